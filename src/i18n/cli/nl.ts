// The command line in Dutch (Business Central NLD's field captions come from the captions module).
import type { Translations } from "../msg";
import type { cliEn as EnglishCatalogue } from "./en";

export const cliNl: Translations<typeof EnglishCatalogue> = {
  "cli.about":
    "Inventory Costing voor Excel: Kostprijs herwaarderen - Artikelposten van Business Central, gemiddelde\n" +
    "kostprijs, voorraadwaardering en herwaardering op een werkmap met posten (<workbook> is een .xlsx-bestand of\n" +
    "een map met CSV-bestanden, één per tabel).",
  "cli.usage": "Gebruik: costing <command> <workbook> [opties]",
  "cli.commands": "Opdrachten:",
  "cli.options": "Opties (elke opdracht):",
  "cli.langOption": "de taal van de meldingen: en, sv, de, da, nl, fr of es (standaard: LC_ALL, LC_MESSAGES of LANG)",
  "cli.commandHelp": '"costing <command> --help" toont de opties van een opdracht.',
  "cli.exitCodes":
    "Afsluitcodes: 0 klaar, 1 de werkmap of een waarde erin vraagt aandacht, 2 verkeerde opdrachtregel, 3 interne fout.",
  "cli.commandUsage": "Gebruik: costing {command} ",
  "cli.repeat": " (herhaal voor meer)",

  "summary.adjust": "Kostprijs herwaarderen - Artikelposten uitvoeren en de correctiewaardeposten toevoegen",
  "summary.avgcost": "De gemiddelde kostprijs van de periode die een datum bevat",
  "summary.calc-value": "Voorraadwaarde berekenen: het herwaarderingsdagboek voor een datum schrijven",
  "summary.check":
    "Een werkmap controleren: tabellen, instellingen, artikelen, datums, afgeleide kolommen en elk probleem",
  "summary.explain": "De pool achter een gemiddelde: begin, elke ontvangst, elke gewaardeerde uitgifte, einde",
  "summary.post": 'Het herwaarderingsdagboek boeken: herwaarderingswaardeposten, kostprijsherwaardering, "Posting Log"',
  "summary.preview": "Wat het boeken van het herwaarderingsdagboek zou wijzigen (er wordt niets geschreven)",
  "summary.valuation": "Voorraadaantal en voorraadwaarde per artikel op een datum",
  "summary.scenario":
    "Herwaarderingsscenario's: toevoegen, weergeven, naast elkaar vergelijken, opnieuw berekenen, er een boeken",

  "cli.unknownCommand": 'onbekende opdracht "{name}".',
  "cli.langUnknown": '--lang "{value}" is geen van en, sv, de, da, nl, fr, es.',
  "cli.langMissing": "--lang heeft een taal nodig: en, sv, de, da, nl, fr of es.",
  "cli.notAChoice": '--{option} "{value}" is niet {choices}.',
  "cli.missingPositional": "<{name}> ontbreekt.",
  "cli.unexpectedArgument": "Onverwacht argument {args}.",
  "cli.missingOption": "--{option} <{value}> ontbreekt.",
  "cli.notADate": '--{option} "{value}" is geen datum in de vorm YYYY-MM-DD (bijvoorbeeld 2023-01-31).',
  "cli.outEmpty": "--out heeft een pad nodig.",
  "cli.outIsWorkbook":
    "--out noemt de werkmap zelf. Laat --out weg om de werkmap ter plaatse bij te werken, of geef een ander pad op.",
  "cli.outXlsx": '--out "{out}" moet een .xlsx-bestand zijn, zoals de werkmap "{workbook}".',
  "cli.outFolder": '--out "{out}" moet een map zijn (voor de CSV-bestanden), zoals de werkmap "{workbook}".',
  "cli.perItemOnly":
    "{options} {count, plural, one {geldt} other {gelden}} alleen voor --per item (een regel per post herwaardeert die post zoals hij is).",
  "cli.documentNoEmpty": "--document-no heeft een documentnummer nodig.",
  "cli.scenarioAction": '"{value}" is geen scenarioactie. Geef een van {actions} op.',
  "cli.scenarioOneWhatIf": "Geef één wat-als-aanname op voor een scenario, niet {options}.",
  "cli.negativeCost": '--unit-cost "{value}" is negatief. Geef een kostprijs van 0 of meer.',
  "cli.notANumber": '--{option} "{value}" is geen getal. Schrijf het als 8.00 of -10.',
  "cli.finishAndRollback": "--finish en --rollback sluiten elkaar uit: geef de gewenste op.",
  "cli.noAdjustRollback":
    "--no-adjust doet niets met --rollback (een terugdraaiing voert geen kostprijsherwaardering uit); laat het weg.",

  "cli.recovered":
    "Opmerking: een costing-opdracht die om {startedAt} begon, werd onderbroken tijdens het opslaan van " +
    '"{workbook}"; het opslaan is nu voltooid ({files} geschreven), dus de werkmap is weer heel.',
  "cli.theFile": "het bestand",
  "cli.fileNotFound": "{where} is niet gevonden. Controleer het pad en voer de opdracht opnieuw uit.",
  "cli.fileDenied":
    "{where} kan niet worden geopend of geschreven: toegang geweigerd. Controleer de machtigingen van het bestand.",
  "cli.fileBusy": "{where} is in gebruik (geopend in Excel?). Sluit het en voer de opdracht opnieuw uit.",
  "cli.fileKind": "{where} is niet van de verwachte soort (een bestand waar een map werd verwacht, of omgekeerd).",
  "cli.fileNoSpace":
    "Er is geen ruimte meer om {where} te schrijven. Maak ruimte vrij; de oorspronkelijke werkmap is ongewijzigd.",
  "cli.loadProblems":
    'De werkmap "{workbook}" heeft {count, plural, one {# probleem} other {# problemen}} die eerst opgelost moeten ' +
    'worden; {consequence} Corrigeer de cellen die hieronder staan (of voer "costing check {workbook}" uit voor ' +
    "het volledige rapport) en voer de opdracht opnieuw uit.",
  "cli.loadUnreadable":
    'De werkmap "{workbook}" kon niet worden gelezen; {consequence} Corrigeer de cellen die hieronder staan (of ' +
    'voer "costing check {workbook}" uit voor het volledige rapport) en voer de opdracht opnieuw uit.',
  "cli.nothingWritten": "er is niets geschreven.",
  "cli.noValuation": "er is geen waardering gemaakt.",
  "cli.noAverage": "er is geen gemiddelde berekend.",
  "cli.nothingExplained": "er is niets uitgelegd.",
  "cli.nothingPosted": "er is niets geboekt.",
  "cli.nothingPreviewed": "er is geen voorbeeld gemaakt.",
  "cli.writtenToOut": "{out} ({workbook} is ongewijzigd)",
  "cli.writtenInPlace": "{workbook} (ter plaatse bijgewerkt)",
  "cli.total": "Totaal",
  "col.location": "Locatie",
  "col.variant": "Variant",

  "check.workbook": "Werkmap: {workbook} ({kind})",
  "check.xlsx": "Excel-werkmap",
  "check.csv": "map met CSV-bestanden",
  "check.tablesFound": "Gevonden tabellen",
  "check.table": "Tabel",
  "check.foundAs": "Gevonden als",
  "check.rows": "Rijen",
  "check.notFound": "(niet gevonden)",
  "check.setup": "Geldende instellingen",
  "check.field": "Veld",
  "check.value": "Waarde",
  "check.noRestriction": "(geen beperking)",
  "check.noPeriods":
    "Geen boekingsperioden: Voorraadinstellingen gelden voor elke datum; boekjaren zijn kalenderjaren.",
  "check.fiscalYears":
    "Boekjaren (Boekingsperioden, {count, plural, one {# periode} other {# perioden}}): elk met zijn eigen instellingen.",
  "check.starts": "Begint",
  "check.calcType": "Berekeningsoort",
  "check.closed": "Afgesloten",
  "check.blank": "(leeg)",
  "check.yes": "Ja",
  "check.no": "Nee",
  "check.itemsByMethod": "Artikelen per waarderingsmethode",
  "check.items": "Artikelen",
  "check.dates": "Datums",
  "check.postingDates": "Boekingsdatums (artikelposten):",
  "check.valuationDates": "Waarderingsdatums (waardeposten):",
  "check.noDates": "(geen)",
  "check.chosenMethod": "{method} (--costing-method)",
  "check.exportLacks": "Wat de export mist",
  "check.adviceNone": "Niets: de export heeft elke kolom die de waardering gebruikt.",
  "check.adviceRefused": "Zonder deze stopt de waardering; voeg ze toe aan de export:",
  "check.adviceWarned":
    "Zonder deze wordt er geschat, dus de cijfers kunnen afwijken van die van Business Central; voeg ze toe aan de export:",
  "check.adviceDerived": "Exact afgeleid uit de posten; exporteer ze alleen om ze te laten controleren:",
  "check.adviceUnused": "Niet gebruikt door de waardering van deze posten:",
  "check.counts":
    "{entries, plural, one {# artikelpost} other {# artikelposten}}, {values, plural, one {# waardepost} other {# waardeposten}}",
  "check.adjustment": "Kostprijsherwaardering (Gem. kostprijsaanpassing invoerhaven)",
  "check.allAdjusted":
    "{count, plural, one {# invoerpunt} other {Alle # invoerpunten}} geherwaardeerd: costing adjust zou niets boeken.",
  "check.notAdjusted":
    "{open, plural, one {# invoerpunt} other {# invoerpunten}} van {total} niet geherwaardeerd, voor " +
    "{items, plural, one {# artikel} other {# artikelen}} (vroegste: artikel {item}, {date}).",
  "check.runAdjust":
    "Voer costing adjust uit om ze te waarderen; latere perioden van hetzelfde artikel worden ook herberekend.",
  "check.noProblems": "Problemen: geen. De werkmap is klaar voor costing adjust.",
  "check.problems":
    "Problemen: {errors, plural, one {# fout} other {# fouten}}, {warnings, plural, one {# waarschuwing} other {# waarschuwingen}}",
  "check.repair": "Herstel de onderbroken boeking met de opdracht hierboven en voer costing check opnieuw uit.",
  "check.correct":
    "Corrigeer de fouten in de werkmap (elke fout noemt tabel, rij en kolom) en voer costing check opnieuw uit.",
  "check.onlyWarnings": "Alleen waarschuwingen: de werkmap kan worden geherwaardeerd; bekijk ze.",

  "adjust.heading": "Kostprijs herwaarderen - Artikelposten: {workbook}",
  "adjust.progress": "Kostprijs herwaarderen",
  "adjust.nothing":
    "Niets te herwaarderen: de kostprijs van elk artikel is al geherwaardeerd. Er zijn geen waardeposten gemaakt.",
  "adjust.copied": "Ongewijzigd gekopieerd naar: {out}",
  "adjust.unchanged": "De werkmap is niet gewijzigd.",
  "adjust.items": "Geherwaardeerde artikelen:",
  "adjust.created": "Gemaakte waardeposten:",
  "adjust.total": "Totaalbedrag:",
  "adjust.writtenTo": "Geschreven naar:",
  "adjust.range": "{count} (volgnr. {first}..{last})",
  "adjust.appended": "{count, plural, one {# waardepost} other {# waardeposten}} toegevoegd aan Waardeposten.",

  "valuation.heading": "Voorraad per {date} (op waarderingsdatum): {workbook}",
  "valuation.headingPosting": "Voorraad per {date} (op boekingsdatum): {workbook}",
  "valuation.value": "Waarde",
  "valuation.none": "(geen voorraad op die datum)",

  "average.heading": "Gemiddelde kostprijs van {scope} op {date}",
  "average.allLocations": "{item} (alle locaties en varianten)",
  "average.location": "{item}, locatie {location}",
  "average.locationVariant": "{item}, locatie {location}, variant {variant}",
  "average.period": "Periode gemiddelde kostprijsberekening",
  "average.quantity": "Aantal",
  "average.value": "Waarde",
  "average.unitCost": "Kostprijs",
  "average.noQuantity": "geen (geen aantal in de pool van de periode)",
  "explain.heading": "Berekening van de gemiddelde kostprijs van {scope}",
  "explain.period": "Periode {start} .. {end} (Gem. kostprijsberekeningsoort {calcType})",
  "explain.opening": "Begin (vóór de periode)",
  "explain.closing": "Einde",
  "explain.averageRow": "Gemiddelde kostprijs",
  "explain.line": "Regel",
  "explain.inbound": "inkomend",
  "average.pools":
    "Gemiddelde kostprijs van {item} op {date}, per locatie en variant (Gem. kostprijsberekeningsoort {calcType}): {count, plural, one {# pool} other {# pools}}.",
  "average.locationColumn": "Locatie",
  "average.variantColumn": "Variant",
  "average.pickPool": 'Geef voor een ervan --location op ("costing {command} ... --location {location}").',
  "average.pickPoolVariant":
    'Geef voor een ervan --location en --variant op ("costing {command} ... --location {location} --variant {variant}").',
  "explain.note": "Opmerking",
  "explain.openingInbounds": "{count, plural, one {# inkomende post} other {# inkomende posten}}",
  "explain.openingOutbounds": "{count, plural, one {# uitgaande post} other {# uitgaande posten}}",
  "explain.openingRevaluations": "herwaarderingen van {count, plural, one {# post} other {# posten}}",
  "explain.ofWhichBackdated": "waarvan met terugwerkende kracht ({kind})",
  "explain.leftOut": "niet in de pool: {count, plural, one {# open uitgaande} other {# open uitgaande}}",
  "explain.leftOutNote": "Negatieve voorraad uit eerdere perioden, nog niet gedekt: buiten het gemiddelde gelaten.",
  "explain.backdated":
    "Met terugwerkende kracht: waardepost {valueEntry}, geboekt op {postingDate} en gewaardeerd op {valuationDate}, kwam na post {after} gewaardeerd op {afterDate}.",
  "explain.backdatedNote":
    "Waarden met terugwerkende kracht tellen vanaf hun waarderingsdatum: Kostprijs herwaarderen - Artikelposten berekende de gemiddelden van de perioden vanaf dan opnieuw.",
  "explain.outboundAveraged": "uitgaand, gemiddeld",
  "explain.outboundFixed": "uitgaand, vaste vereffening",
  "explain.revaluation": "herwaardering",
  "explain.costChange": "kostenwijziging",
  "explain.none": "Gemiddelde kostprijs: geen (geen aantal in de pool van de periode).",
  "explain.unitCost": "Gemiddelde kostprijs: {unitCost} (waarde {value} / aantal {quantity})",

  "calc.heading": "Voorraadwaarde berekenen: {workbook}",
  "calc.postingDate": "Boekingsdatum:",
  "calc.documentNo": "Documentnr.:",
  "calc.per": "Berekenen per:",
  "calc.perItem": "Artikel",
  "calc.perEntry": "Artikelpost",
  "calc.byLocation": "per locatie",
  "calc.byVariant": "per variant",
  "calc.nothing":
    "Niets te herwaarderen: geen artikel heeft op die datum herwaardeerbare voorraad (volledig gefactureerde ontvangsten over).",
  "calc.noJournal": "Er is geen dagboek geschreven; de werkmap is niet gewijzigd.",
  "calc.lines": "Regels:",
  "calc.items": "Artikelen:",
  "calc.inventoryValue": "Voorraadwaarde (berekend):",
  "calc.amountFromBase": "Bedrag (uit --base):",
  "calc.moreLines": "  ... en nog {count} regels in het dagboek",
  "calc.replacedUnposted":
    "Het eerdere dagboek is vervangen ({count, plural, one {# regel} other {# regels}} niet geboekt, verworpen met --replace).",
  "calc.replacedPosted": 'Het eerdere dagboek is vervangen (geboekt; zijn rij in "Posting Log" blijft).',
  "calc.writtenTo": "Herwaarderingsdagboek geschreven naar: {where}",
  "calc.nextSheet":
    "Volgende: voer de nieuwe Kostprijs (geherwaardeerd) (of Voorraadwaarde (geherwaardeerd)) in op de regels in " +
    'het blad "Revaluation Journal"; daarna toont "costing preview {target}" het effect en boekt "costing post {target}" het.',
  "calc.nextCsv":
    "Volgende: voer de nieuwe Kostprijs (geherwaardeerd) (of Voorraadwaarde (geherwaardeerd)) in op de regels in " +
    '"Revaluation Journal.csv"; daarna toont "costing preview {target}" het effect en boekt "costing post {target}" het.',

  "preview.heading": "Voorbeeld van het herwaarderingsdagboek (er wordt niets geschreven): {workbook}",
  "preview.lines": "Boekingsdatum {date}, {count, plural, one {# regel} other {# regels}}",
  "preview.linesMoving":
    "Boekingsdatum {date}, {count, plural, one {# regel} other {# regels}}, {moving} met een Bedrag anders dan 0,00",
  "preview.none": "Boeken zou geen herwaarderingsposten maken: het Bedrag van elke regel is 0,00.",
  "preview.enterCost":
    'Voer de nieuwe Kostprijs (geherwaardeerd) in op de regels die u wilt herwaarderen en voer "costing preview" opnieuw uit.',
  "preview.entries": "Waardeposten die het boeken zou maken:",
  "preview.kind": "Soort",
  "preview.revaluation": "Herwaardering",
  "preview.adjustment": "Correctie",
  "preview.adjustmentsNote1":
    "  (Correcties: alles wat Kostprijs herwaarderen - Artikelposten na de herwaardering zou boeken, ook wat het",
  "preview.adjustmentsNote2":
    '  zonder zou boeken; voer eerst "costing adjust" uit om alleen die van het dagboek te zien.)',
  "preview.perItem": "Per artikel: voorraadwaarde op {date} (op waarderingsdatum) en kostprijs verkopen, vóór en na:",
  "preview.inventoryBefore": "Voorraad vóór",
  "preview.after": "na",
  "preview.change": "wijziging",
  "preview.cogsBefore": "Kostprijs verkopen vóór",
  "preview.perMonth": "Wijzigingen per artikel en maand (op boekingsdatum):",
  "preview.month": "Maand",
  "preview.inventoryChange": "Wijziging voorraadwaarde",
  "preview.cogsChange": "Wijziging kostprijs verkopen",
  "preview.nothingWritten": 'Er is niets geschreven. "costing post {workbook}" boekt het dagboek.',

  "scenario.whatIf.Calculated": "berekend (kostprijzen zelf invoeren)",
  "scenario.whatIf.Percent": "procent",
  "scenario.whatIf.Unit Cost": "kostprijs",
  "scenario.whatIf.Last Direct Cost": "Laatste inkoopprijs",
  "scenario.whatIf.Standard Cost": "Vaste verrekenprijs",
  "scenario.cli.added": 'Scenario "{name}" toegevoegd: {workbook}',
  "scenario.cli.replaced": 'Scenario "{name}" vervangen en opnieuw berekend: {workbook}',
  "scenario.cli.refreshed": 'Scenario "{name}" opnieuw berekend op de posten zoals ze nu zijn: {workbook}',
  "scenario.cli.posted": 'Scenario "{name}" geboekt als het herwaarderingsdagboek: {workbook}',
  "scenario.cli.whatIf": "Wat-als",
  "scenario.cli.amount": "Herwaarderingsbedrag",
  "scenario.cli.nextCompare":
    'Voer desgewenst kostprijzen in op zijn regels in de tabel "Revaluation Scenarios"; "costing scenario compare {workbook}" toont alle scenario\'s naast elkaar.',
  "scenario.cli.listHeading": "Herwaarderingsscenario's: {workbook}",
  "scenario.cli.linesColumn": "Regels",
  "scenario.cli.status": "Status",
  "scenario.cli.current": "actueel",
  "scenario.cli.stale": "verouderd",
  "scenario.cli.postedAt": "geboekt op {postedAt}",
  "scenario.cli.compareHeading":
    "Herwaarderingsscenario's naast elkaar, op de posten zoals ze nu zijn (er wordt niets geschreven): {workbook}",
  "scenario.cli.inventoryBefore": "Voorraad op de boekingsdatum",
  "scenario.cli.inventoryAfter": "  na de herwaardering",
  "scenario.cli.cogsPerMonth": "Wijziging kostprijs verkopen per maand",
  "scenario.cli.staleNote":
    'Een verouderd scenario is berekend voordat er posten voor zijn artikelen werden geboekt: de cijfers tonen wat zijn aanname geeft op de posten zoals ze nu zijn. "costing scenario refresh" slaat ze op; tot dan weigert "costing scenario post" het.',
  "scenario.cli.signs":
    "Een negatief herwaarderingsbedrag verlaagt de voorraad; een negatieve wijziging van de kostprijs verkopen betekent dat de kostprijs verkopen daalt.",
  "scenario.cli.noItemChanges": "  Geen wijzigingen per artikel: het Bedrag van elke regel is 0,00.",
  "scenario.cli.perItem":
    '"{name}", per artikel (grootste wijziging eerst; artikelen die het niet wijzigt, worden niet getoond):',
  "scenario.cli.nothingWritten":
    'Er is niets geschreven. "costing scenario post {workbook} --name <name>" boekt er een van.',

  "post.heading": "Herwaarderingsdagboek geboekt: {workbook}",
  "post.documentNo": "Documentnr.:",
  "post.linesPosted": "Geboekte regels:",
  "post.skipped": "{count} ({skipped} met Bedrag 0,00 overgeslagen)",
  "post.revaluationEntries": "Herwaarderingsposten:",
  "post.adjustmentEntries": "Correctieposten:",
  "post.entries": "{count}{range}",
  "post.range": " (volgnr. {first}..{last})",
  "post.amount": "{entries}, bedrag {amount}",
  "post.byAdjustCost": "{entries} (Kostprijs herwaarderen - Artikelposten)",
  "post.adjustCost": "Kostprijsherwaardering:",
  "post.notAdjusted": 'niet uitgevoerd (--no-adjust); "costing adjust" geeft de herwaardering door aan de verkopen',
  "post.standardCost": "Vaste verrekenprijs gewijzigd:",
  "post.standardCostValue": "{item}: {cost}",
  "post.standardAndUnitCost": "{item}: {cost} (Kostprijs {unitCost})",
  "post.postingLog": '"Posting Log":',
  "post.logged": "{postedAt}, controlegetal {checksum}...",
  "post.writtenTo": "Geschreven naar:",
  "post.appended":
    "{count, plural, one {# waardepost} other {# waardeposten}} toegevoegd aan Waardeposten; het dagboek is gemarkeerd als geboekt.",
  "repair.nothing":
    'Er is niets te voltooien: de werkmap "{workbook}" heeft geen onderbroken boeking (waardeposten met het ' +
    'documentnr. van het herwaarderingsdagboek die geen rij in "Posting Log" dekt). Er is niets geschreven. ' +
    '"costing post {workbook}" boekt een dagboek dat nog niet geboekt is; "costing check {workbook}" toont wat ' +
    "de werkmap bevat.",
  "repair.nothingToRollBack":
    'Er is niets terug te draaien: de werkmap "{workbook}" heeft geen onderbroken boeking (waardeposten met het ' +
    'documentnr. van het herwaarderingsdagboek die geen rij in "Posting Log" dekt). Er is niets geschreven. ' +
    '"costing post {workbook}" boekt een dagboek dat nog niet geboekt is; "costing check {workbook}" toont wat ' +
    "de werkmap bevat.",
  "repair.cannotFinish": "{message} Ze kan niet worden voltooid; er is niets geschreven.",
  "repair.finished": 'Onderbroken boeking van het dagboek "{journal}" voltooid: {workbook}',
  "repair.valueEntriesPosted": "Geboekte waardeposten:",
  "repair.appendedBy":
    "{range} (toegevoegd door de onderbroken boeking; {count, plural, one {# herwaarderingspost} " +
    "other {# herwaarderingsposten}}, bedrag {amount})",
  "repair.noneMore": "geen meer (Kostprijs herwaarderen - Artikelposten vond niets meer te herwaarderen)",
  "repair.adjustments": "{count} (volgnr. {range}), bedrag {amount} (Kostprijs herwaarderen - Artikelposten)",
  "repair.logRow": "een rij voor de waardeposten {range}",
  "repair.markedPosted": "Het dagboek is gemarkeerd als geboekt.",
  "repair.rolledBack": 'Onderbroken boeking van het dagboek "{journal}" teruggedraaid: {workbook}',
  "repair.deleted": "Verwijderde waardeposten:",
  "repair.deletedEntries":
    "{count} (volgnr. {range}, toegevoegd door de onderbroken boeking van documentnr. {documentNos})",
  "repair.notPosted":
    'Het dagboek is niet geboekt: "costing preview {target}" toont wat boeken doet, "costing post {target}" boekt het.',
};
