// The command line in Swedish (Business Central SVE's field captions come from the captions module).
import type { Translations } from "../msg";
import type { cliEn as EnglishCatalogue } from "./en";

export const cliSv: Translations<typeof EnglishCatalogue> = {
  "cli.about":
    "Inventory Costing för Excel: Business Centrals Justera kostnad - artikeltransaktioner, genomsnittskostnad,\n" +
    "lagervärdering och omvärdering på en arbetsbok med transaktioner (<workbook> är en .xlsx-fil eller en mapp med\n" +
    "CSV-filer, en per tabell).",
  "cli.usage": "Användning: costing <command> <workbook> [alternativ]",
  "cli.commands": "Kommandon:",
  "cli.options": "Alternativ (alla kommandon):",
  "cli.langOption": "meddelandenas språk: en, sv, de, da, nl, fr eller es (standard: LC_ALL, LC_MESSAGES eller LANG)",
  "cli.commandHelp": "”costing <command> --help” visar ett kommandos alternativ.",
  "cli.exitCodes":
    "Slutkoder: 0 klart, 1 arbetsboken eller ett värde i den behöver åtgärdas, 2 fel kommandorad, 3 internt fel.",
  "cli.commandUsage": "Användning: costing {command} ",
  "cli.repeat": " (upprepa för fler)",

  "summary.adjust": "Kör Justera kostnad - artikeltransaktioner och lägg till justeringsvärdetransaktionerna",
  "summary.avgcost": "Den genomsnittliga styckkostnaden för perioden som innehåller ett datum",
  "summary.calc-value": "Beräkna lagervärde: skriv omvärderingsjournalen för ett datum",
  "summary.check":
    "Kontrollera en arbetsbok: tabeller, inställningar, artiklar, datum, härledda kolumner och varje problem",
  "summary.explain": "Poolen bakom ett genomsnitt: ingående, varje inleverans, varje värderad utleverans, utgående",
  "summary.post": "Bokför omvärderingsjournalen: omvärderingsvärdetransaktioner, kostnadsjustering, ”Posting Log”",
  "summary.preview": "Vad bokföringen av omvärderingsjournalen skulle ändra (inget skrivs)",
  "summary.valuation": "Lagerantal och lagervärde per artikel per ett datum",
  "summary.scenario": "Omvärderingsscenarier: lägg till, lista, jämför sida vid sida, beräkna om, bokför ett",

  "cli.unknownCommand": "okänt kommando ”{name}”.",
  "cli.langUnknown": "--lang ”{value}” är inte något av en, sv, de, da, nl, fr, es.",
  "cli.langMissing": "--lang behöver ett språk: en, sv, de, da, nl, fr eller es.",
  "cli.notAChoice": "--{option} ”{value}” är inte {choices}.",
  "cli.missingPositional": "<{name}> saknas.",
  "cli.unexpectedArgument": "Oväntat argument {args}.",
  "cli.missingOption": "--{option} <{value}> saknas.",
  "cli.notADate": "--{option} ”{value}” är inget datum skrivet YYYY-MM-DD (till exempel 2023-01-31).",
  "cli.outEmpty": "--out behöver en sökväg.",
  "cli.outIsWorkbook":
    "--out anger själva arbetsboken. Utelämna --out för att ändra arbetsboken på plats, eller ange en annan sökväg.",
  "cli.outXlsx": "--out ”{out}” måste vara en .xlsx-fil, som arbetsboken ”{workbook}”.",
  "cli.outFolder": "--out ”{out}” måste vara en mapp (för CSV-filerna), som arbetsboken ”{workbook}”.",
  "cli.perItemOnly":
    "{options} gäller bara --per item (en rad per transaktion omvärderar den transaktionen som den är){count, plural, one {.} other {.}}",
  "cli.documentNoEmpty": "--document-no behöver ett dokumentnummer.",
  "cli.scenarioAction": "”{value}” är ingen scenarioåtgärd. Ange en av {actions}.",
  "cli.scenarioOneWhatIf": "Ange ett antagande för ett scenario, inte {options}.",
  "cli.negativeCost": "--unit-cost ”{value}” är negativt. Ange en styckkostnad på 0 eller mer.",
  "cli.notANumber": "--{option} ”{value}” är inget tal. Skriv det som 8.00 eller -10.",
  "cli.finishAndRollback": "--finish och --rollback utesluter varandra: ange det du vill.",
  "cli.noAdjustRollback":
    "--no-adjust gör ingenting med --rollback (en återställning kör ingen kostnadsjustering); utelämna det.",

  "cli.recovered":
    "Obs: ett costing-kommando som startade {startedAt} avbröts när det sparade ”{workbook}”; sparandet är nu " +
    "slutfört ({files} skrivna), så arbetsboken är hel igen.",
  "cli.theFile": "filen",
  "cli.fileNotFound": "{where} hittades inte. Kontrollera sökvägen och kör kommandot igen.",
  "cli.fileDenied": "{where} kan inte öppnas eller skrivas: åtkomst nekad. Kontrollera filens behörigheter.",
  "cli.fileBusy": "{where} används (öppen i Excel?). Stäng den och kör kommandot igen.",
  "cli.fileKind": "{where} är inte av förväntad sort (en fil där en mapp väntades, eller tvärtom).",
  "cli.fileNoSpace":
    "Det finns inget utrymme kvar för att skriva {where}. Frigör utrymme; den ursprungliga arbetsboken är oförändrad.",
  "cli.loadProblems":
    "Arbetsboken ”{workbook}” har {count, plural, one {# problem} other {# problem}} som måste rättas först; " +
    "{consequence} Rätta cellerna som anges nedan (eller kör ”costing check {workbook}” för hela rapporten) och " +
    "kör kommandot igen.",
  "cli.loadUnreadable":
    "Arbetsboken ”{workbook}” kunde inte läsas; {consequence} Rätta cellerna som anges nedan (eller kör ”costing " +
    "check {workbook}” för hela rapporten) och kör kommandot igen.",
  "cli.nothingWritten": "inget skrevs.",
  "cli.noValuation": "ingen värdering gjordes.",
  "cli.noAverage": "inget genomsnitt beräknades.",
  "cli.nothingExplained": "inget förklarades.",
  "cli.nothingPosted": "inget bokfördes.",
  "cli.nothingPreviewed": "ingen förhandsgranskning gjordes.",
  "cli.writtenToOut": "{out} ({workbook} är oförändrad)",
  "cli.writtenInPlace": "{workbook} (ändrad på plats)",
  "cli.total": "Totalt",
  "col.location": "Lagerställe",
  "col.variant": "Variant",

  "check.workbook": "Arbetsbok: {workbook} ({kind})",
  "check.xlsx": "Excel-arbetsbok",
  "check.csv": "mapp med CSV-filer",
  "check.tablesFound": "Hittade tabeller",
  "check.table": "Tabell",
  "check.foundAs": "Hittad som",
  "check.rows": "Rader",
  "check.notFound": "(hittades inte)",
  "check.setup": "Gällande inställningar",
  "check.field": "Fält",
  "check.value": "Värde",
  "check.noRestriction": "(ingen begränsning)",
  "check.noPeriods":
    "Inga redovisningsperioder: Lagerinställningar gäller för varje datum; räkenskapsåren är kalenderår.",
  "check.fiscalYears":
    "Räkenskapsår (Redovisningsperioder, {count, plural, one {# period} other {# perioder}}): vart och ett med sina egna inställningar.",
  "check.starts": "Börjar",
  "check.calcType": "Ber.typ",
  "check.closed": "Stängd",
  "check.blank": "(tomt)",
  "check.yes": "Ja",
  "check.no": "Nej",
  "check.itemsByMethod": "Artiklar per värderingsprincip",
  "check.chosenMethod": "{method} (--costing-method)",
  "check.items": "Artiklar",
  "check.dates": "Datum",
  "check.postingDates": "Bokföringsdatum (artikeltransaktioner):",
  "check.valuationDates": "Värderingsdatum (värdetransaktioner):",
  "check.noDates": "(inga)",
  "check.exportLacks": "Vad exporten saknar",
  "check.adviceNone": "Ingenting: exporten har varje kolumn som värderingen använder.",
  "check.adviceRefused": "Värderingen stoppar utan dessa; lägg till dem i exporten:",
  "check.adviceWarned": "Gissas utan dessa, så siffrorna kan avvika från Business Centrals; lägg till dem i exporten:",
  "check.adviceDerived": "Härledda exakt ur transaktionerna; exportera dem bara för att få dem kontrollerade:",
  "check.adviceUnused": "Används inte av värderingen av dessa transaktioner:",
  "check.counts":
    "{entries, plural, one {# artikeltransaktion} other {# artikeltransaktioner}}, {values, plural, one {# värdetransaktion} other {# värdetransaktioner}}",
  "check.adjustment": "Kostnadsjustering (Ingångspunkt för genomsn.kostn.justering)",
  "check.allAdjusted":
    "{count, plural, one {# ingångspunkt} other {Alla # ingångspunkter}} justerade: costing adjust skulle inte bokföra något.",
  "check.notAdjusted":
    "{open, plural, one {# ingångspunkt} other {# ingångspunkter}} av {total} inte justerade, för " +
    "{items, plural, one {# artikel} other {# artiklar}} (tidigast: artikel {item}, {date}).",
  "check.runAdjust": "Kör costing adjust för att värdera dem; senare perioder för samma artikel räknas om också.",
  "check.noProblems": "Problem: inga. Arbetsboken är klar för costing adjust.",
  "check.problems":
    "Problem: {errors, plural, one {# fel} other {# fel}}, {warnings, plural, one {# varning} other {# varningar}}",
  "check.repair": "Reparera den avbrutna bokföringen med kommandot ovan och kör costing check igen.",
  "check.correct": "Rätta felen i arbetsboken (vart och ett anger tabell, rad och kolumn) och kör costing check igen.",
  "check.onlyWarnings": "Bara varningar: arbetsboken kan justeras; gå igenom dem.",

  "adjust.heading": "Justera kostnad - artikeltransaktioner: {workbook}",
  "adjust.progress": "Justerar kostnad",
  "adjust.nothing": "Inget att justera: alla artiklars kostnad är redan justerad. Inga värdetransaktioner skapades.",
  "adjust.copied": "Kopierad oförändrad till: {out}",
  "adjust.unchanged": "Arbetsboken ändrades inte.",
  "adjust.items": "Justerade artiklar:",
  "adjust.created": "Skapade värdetransaktioner:",
  "adjust.total": "Totalt belopp:",
  "adjust.writtenTo": "Skriven till:",
  "adjust.range": "{count} (löpnr {first}..{last})",
  "adjust.appended":
    "{count, plural, one {# värdetransaktion} other {# värdetransaktioner}} tillagda i Värdetransaktioner.",

  "valuation.heading": "Lager per {date} (efter värderingsdatum): {workbook}",
  "valuation.headingPosting": "Lager per {date} (efter bokföringsdatum): {workbook}",
  "valuation.value": "Värde",
  "valuation.none": "(inget lager det datumet)",

  "average.heading": "Genomsnittskostnad för {scope} den {date}",
  "average.allLocations": "{item} (alla lagerställen och varianter)",
  "average.location": "{item}, lagerställe {location}",
  "average.locationVariant": "{item}, lagerställe {location}, variant {variant}",
  "average.pools":
    "Genomsnittskostnad för {item} den {date}, per lagerställe och variant (Genoms. kost.ber.typ {calcType}): " +
    "{count, plural, one {# pool} other {# pooler}}.",
  "average.locationColumn": "Lagerställe",
  "average.variantColumn": "Variant",
  "average.pickPool": "Ange --location för en av dem (”costing {command} ... --location {location}”).",
  "average.pickPoolVariant":
    "Ange --location och --variant för en av dem (”costing {command} ... --location {location} --variant {variant}”).",
  "average.period": "Period för genomsnittskostnad",
  "average.quantity": "Antal",
  "average.value": "Värde",
  "average.unitCost": "Styckkostnad",
  "average.noQuantity": "ingen (inget antal i periodens pool)",
  "explain.heading": "Beräkning av genomsnittskostnad för {scope}",
  "explain.period": "Period {start} .. {end} (Genoms. kost.ber.typ {calcType})",
  "explain.opening": "Ingående (före perioden)",
  "explain.closing": "Utgående",
  "explain.averageRow": "Genomsnittlig styckkostnad",
  "explain.line": "Rad",
  "explain.inbound": "ingående",
  "explain.outboundAveraged": "utgående, genomsnitt",
  "explain.outboundFixed": "utgående, fast koppling",
  "explain.revaluation": "omvärdering",
  "explain.costChange": "kostnadsändring",
  "explain.note": "Anmärkning",
  "explain.openingInbounds": "{count, plural, one {# ingående transaktion} other {# ingående transaktioner}}",
  "explain.openingOutbounds": "{count, plural, one {# utgående transaktion} other {# utgående transaktioner}}",
  "explain.openingRevaluations": "omvärderingar av {count, plural, one {# transaktion} other {# transaktioner}}",
  "explain.ofWhichBackdated": "varav bakåtdaterade ({kind})",
  "explain.leftOut": "inte i poolen: {count, plural, one {# öppen utgående} other {# öppna utgående}}",
  "explain.leftOutNote": "Negativt lager från tidigare perioder som ännu inte täckts: utelämnat ur genomsnittet.",
  "explain.backdated":
    "Bakåtdaterad: värdetransaktion {valueEntry}, bokförd den {postingDate} och värderad den {valuationDate}, " +
    "kom efter transaktion {after} värderad den {afterDate}.",
  "explain.backdatedNote":
    "Bakåtdaterade värden räknas från sitt värderingsdatum: Justera kostnad - artikeltransaktioner beräknade om periodernas genomsnitt från och med då.",
  "explain.none": "Genomsnittlig styckkostnad: ingen (inget antal i periodens pool).",
  "explain.unitCost": "Genomsnittlig styckkostnad: {unitCost} (värde {value} / antal {quantity})",

  "calc.heading": "Beräkna lagervärde: {workbook}",
  "calc.postingDate": "Bokföringsdatum:",
  "calc.documentNo": "Dokumentnr:",
  "calc.per": "Beräkna per:",
  "calc.perItem": "Artikel",
  "calc.perEntry": "Artikeltransaktion",
  "calc.byLocation": "per lagerställe",
  "calc.byVariant": "per variant",
  "calc.nothing":
    "Inget att omvärdera: ingen artikel har omvärderingsbart lager det datumet (helt fakturerade inleveranser kvar).",
  "calc.noJournal": "Ingen journal skrevs; arbetsboken ändrades inte.",
  "calc.lines": "Rader:",
  "calc.items": "Artiklar:",
  "calc.inventoryValue": "Lagervärde (beräknat):",
  "calc.amountFromBase": "Belopp (från --base):",
  "calc.moreLines": "  ... och {count} rader till i journalen",
  "calc.replacedUnposted":
    "Den tidigare journalen ersattes ({count, plural, one {# rad} other {# rader}} inte bokförda, kastade med --replace).",
  "calc.replacedPosted": "Den tidigare journalen ersattes (bokförd; dess rad i ”Posting Log” finns kvar).",
  "calc.writtenTo": "Omvärderingsjournal skriven till: {where}",
  "calc.nextSheet":
    "Nästa: ange den nya Styckkostnad (omvärderad) (eller Lagervärde (omvärderat)) på raderna i bladet " +
    "”Revaluation Journal”; sedan visar ”costing preview {target}” effekten och ”costing post {target}” bokför den.",
  "calc.nextCsv":
    "Nästa: ange den nya Styckkostnad (omvärderad) (eller Lagervärde (omvärderat)) på raderna i ”Revaluation " +
    "Journal.csv”; sedan visar ”costing preview {target}” effekten och ”costing post {target}” bokför den.",

  "preview.heading": "Förhandsgranskning av omvärderingsjournalen (inget skrivs): {workbook}",
  "preview.lines": "Bokföringsdatum {date}, {count, plural, one {# rad} other {# rader}}",
  "preview.linesMoving":
    "Bokföringsdatum {date}, {count, plural, one {# rad} other {# rader}}, {moving} med ett Belopp skilt från 0,00",
  "preview.none": "Bokföringen skulle inte skapa några omvärderingstransaktioner: varje rads Belopp är 0,00.",
  "preview.enterCost":
    "Ange den nya Styckkostnad (omvärderad) på raderna som ska omvärderas och kör sedan ”costing preview” igen.",
  "preview.entries": "Värdetransaktioner som bokföringen skulle skapa:",
  "preview.kind": "Sort",
  "preview.revaluation": "Omvärdering",
  "preview.adjustment": "Justering",
  "preview.adjustmentsNote1":
    "  (Justeringar: allt som Justera kostnad - artikeltransaktioner skulle bokföra efter omvärderingen, också det",
  "preview.adjustmentsNote2": "  den skulle bokföra utan den; kör ”costing adjust” först för att bara se journalens.)",
  "preview.perItem":
    "Per artikel: lagervärde den {date} (efter värderingsdatum) och kostnad sålda varor, före och efter:",
  "preview.inventoryBefore": "Lager före",
  "preview.after": "efter",
  "preview.change": "ändring",
  "preview.cogsBefore": "KSV före",
  "preview.perMonth": "Ändringar per artikel och månad (efter bokföringsdatum):",
  "preview.month": "Månad",
  "preview.inventoryChange": "Ändring av lagervärde",
  "preview.cogsChange": "Ändring av KSV",
  "preview.nothingWritten": "Inget skrevs. ”costing post {workbook}” bokför journalen.",

  "scenario.whatIf.Calculated": "beräknat (ange styckkostnaderna själv)",
  "scenario.whatIf.Percent": "procent",
  "scenario.whatIf.Unit Cost": "styckkostnad",
  "scenario.whatIf.Last Direct Cost": "Senaste inköpspris",
  "scenario.whatIf.Standard Cost": "Standardkostnad",
  "scenario.cli.added": "Scenariot ”{name}” lades till: {workbook}",
  "scenario.cli.replaced": "Scenariot ”{name}” beräknades på nytt: {workbook}",
  "scenario.cli.refreshed": "Scenariot ”{name}” beräknades om på transaktionerna som de är nu: {workbook}",
  "scenario.cli.posted": "Scenariot ”{name}” bokfördes som omvärderingsjournalen: {workbook}",
  "scenario.cli.whatIf": "Antagande",
  "scenario.cli.amount": "Omvärderingsbelopp",
  "scenario.cli.nextCompare":
    "Ange gärna styckkostnader på dess rader i tabellen ”Revaluation Scenarios”; ”costing scenario compare {workbook}” visar alla scenarier sida vid sida.",
  "scenario.cli.listHeading": "Omvärderingsscenarier: {workbook}",
  "scenario.cli.linesColumn": "Rader",
  "scenario.cli.status": "Status",
  "scenario.cli.current": "aktuellt",
  "scenario.cli.stale": "inaktuellt",
  "scenario.cli.postedAt": "bokfört {postedAt}",
  "scenario.cli.compareHeading":
    "Omvärderingsscenarier sida vid sida, på transaktionerna som de är nu (inget skrivs): {workbook}",
  "scenario.cli.inventoryBefore": "Lager på bokföringsdatumet",
  "scenario.cli.inventoryAfter": "  efter omvärderingen",
  "scenario.cli.cogsPerMonth": "Ändring av KSV per månad",
  "scenario.cli.staleNote":
    "Ett inaktuellt scenario beräknades innan transaktioner bokfördes för dess artiklar: siffrorna visar vad dess antagande ger på transaktionerna som de är nu. ”costing scenario refresh” sparar dem; till dess avvisar ”costing scenario post” det.",
  "scenario.cli.signs":
    "Ett negativt omvärderingsbelopp sänker lagervärdet; en negativ ändring av KSV betyder att kostnaden för sålda varor minskar.",
  "scenario.cli.noItemChanges": "  Inga ändringar för artiklar: varje rads Belopp är 0,00.",
  "scenario.cli.perItem": "”{name}”, per artikel (största ändringen först; artiklar som det inte ändrar visas inte):",
  "scenario.cli.nothingWritten": "Inget skrevs. ”costing scenario post {workbook} --name <name>” bokför ett av dem.",

  "post.heading": "Omvärderingsjournalen bokförd: {workbook}",
  "post.documentNo": "Dokumentnr:",
  "post.linesPosted": "Bokförda rader:",
  "post.skipped": "{count} ({skipped} med Belopp 0,00 överhoppade)",
  "post.revaluationEntries": "Omvärderingstransaktioner:",
  "post.adjustmentEntries": "Justeringstransaktioner:",
  "post.entries": "{count}{range}",
  "post.range": " (löpnr {first}..{last})",
  "post.amount": "{entries}, belopp {amount}",
  "post.byAdjustCost": "{entries} (Justera kostnad - artikeltransaktioner)",
  "post.adjustCost": "Kostnadsjustering:",
  "post.notAdjusted": "inte körd (--no-adjust); ”costing adjust” för omvärderingen vidare till försäljningen",
  "post.standardCost": "Standardkostnad ändrad:",
  "post.standardCostValue": "{item}: {cost}",
  "post.standardAndUnitCost": "{item}: {cost} (Styckkostnad {unitCost})",
  "post.postingLog": "”Posting Log”:",
  "post.logged": "{postedAt}, kontrollsumma {checksum}...",
  "post.writtenTo": "Skriven till:",
  "post.appended":
    "{count, plural, one {# värdetransaktion} other {# värdetransaktioner}} tillagda i Värdetransaktioner; journalen är markerad som bokförd.",
  "repair.nothing":
    "Det finns inget att slutföra: arbetsboken ”{workbook}” har ingen avbruten bokföring (värdetransaktioner med " +
    "omvärderingsjournalens dokumentnr som ingen rad i ”Posting Log” täcker). Inget skrevs. ”costing post " +
    "{workbook}” bokför en journal som inte är bokförd än; ”costing check {workbook}” visar vad arbetsboken innehåller.",
  "repair.nothingToRollBack":
    "Det finns inget att återställa: arbetsboken ”{workbook}” har ingen avbruten bokföring (värdetransaktioner med " +
    "omvärderingsjournalens dokumentnr som ingen rad i ”Posting Log” täcker). Inget skrevs. ”costing post " +
    "{workbook}” bokför en journal som inte är bokförd än; ”costing check {workbook}” visar vad arbetsboken innehåller.",
  "repair.cannotFinish": "{message} Den kan inte slutföras; inget skrevs.",
  "repair.finished": "Den avbrutna bokföringen av journalen ”{journal}” slutförd: {workbook}",
  "repair.valueEntriesPosted": "Bokförda värdetransaktioner:",
  "repair.appendedBy":
    "{range} (tillagda av den avbrutna bokföringen; {count, plural, one {# omvärderingstransaktion} " +
    "other {# omvärderingstransaktioner}}, belopp {amount})",
  "repair.noneMore": "inga fler (Justera kostnad - artikeltransaktioner fann inget kvar att justera)",
  "repair.adjustments": "{count} (löpnr {range}), belopp {amount} (Justera kostnad - artikeltransaktioner)",
  "repair.logRow": "en rad för värdetransaktionerna {range}",
  "repair.markedPosted": "Journalen är markerad som bokförd.",
  "repair.rolledBack": "Den avbrutna bokföringen av journalen ”{journal}” återställd: {workbook}",
  "repair.deleted": "Borttagna värdetransaktioner:",
  "repair.deletedEntries": "{count} (löpnr {range}, tillagda av den avbrutna bokföringen av dokumentnr {documentNos})",
  "repair.notPosted":
    "Journalen är inte bokförd: ”costing preview {target}” visar vad bokföringen gör, ”costing post {target}” bokför den.",
};
