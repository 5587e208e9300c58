// The command line in Danish (Business Central DAN's field captions come from the captions module).
import type { Translations } from "../msg";
import type { cliEn as EnglishCatalogue } from "./en";

export const cliDa: Translations<typeof EnglishCatalogue> = {
  "cli.about":
    "Inventory Costing til Excel: Business Centrals Juster kostpris - vareposter, gennemsnitlig kostpris,\n" +
    "lagerværdi og værdiregulering på en projektmappe med poster (<workbook> er en .xlsx-fil eller en mappe med\n" +
    "CSV-filer, én pr. tabel).",
  "cli.usage": "Brug: costing <command> <workbook> [indstillinger]",
  "cli.commands": "Kommandoer:",
  "cli.options": "Indstillinger (alle kommandoer):",
  "cli.langOption": "meddelelsernes sprog: en, sv, de, da, nl, fr eller es (standard: LC_ALL, LC_MESSAGES eller LANG)",
  "cli.commandHelp": '"costing <command> --help" viser en kommandos indstillinger.',
  "cli.exitCodes":
    "Slutkoder: 0 udført, 1 projektmappen eller en værdi i den kræver opmærksomhed, 2 forkert kommandolinje, 3 intern fejl.",
  "cli.commandUsage": "Brug: costing {command} ",
  "cli.repeat": " (gentag for flere)",

  "summary.adjust": "Kør Juster kostpris - vareposter, og tilføj justeringsværdiposterne",
  "summary.avgcost": "Den gennemsnitlige kostpris for den periode, der indeholder en dato",
  "summary.calc-value": "Beregn lagerværdi: skriv værdireguleringskladden for en dato",
  "summary.check": "Kontrollér en projektmappe: tabeller, opsætning, varer, datoer, udledte kolonner og hvert problem",
  "summary.explain": "Puljen bag et gennemsnit: primo, hver tilgang, hver værdiansat afgang, ultimo",
  "summary.post": 'Bogfør værdireguleringskladden: reguleringsværdiposter, kostprisjustering, "Posting Log"',
  "summary.preview": "Hvad bogføringen af værdireguleringskladden ville ændre (intet skrives)",
  "summary.valuation": "Lagerantal og lagerværdi pr. vare på en dato",
  "summary.scenario": "Værdireguleringsscenarier: tilføj, vis, sammenlign side om side, genberegn, bogfør et",

  "cli.unknownCommand": 'ukendt kommando "{name}".',
  "cli.langUnknown": '--lang "{value}" er ikke en af en, sv, de, da, nl, fr, es.',
  "cli.langMissing": "--lang skal have et sprog: en, sv, de, da, nl, fr eller es.",
  "cli.notAChoice": '--{option} "{value}" er ikke {choices}.',
  "cli.missingPositional": "<{name}> mangler.",
  "cli.unexpectedArgument": "Uventet argument {args}.",
  "cli.missingOption": "--{option} <{value}> mangler.",
  "cli.notADate": '--{option} "{value}" er ikke en dato skrevet YYYY-MM-DD (for eksempel 2023-01-31).',
  "cli.outEmpty": "--out skal have en sti.",
  "cli.outIsWorkbook":
    "--out angiver selve projektmappen. Udelad --out for at ændre projektmappen på stedet, eller angiv en anden sti.",
  "cli.outXlsx": '--out "{out}" skal være en .xlsx-fil, som projektmappen "{workbook}".',
  "cli.outFolder": '--out "{out}" skal være en mappe (til CSV-filerne), som projektmappen "{workbook}".',
  "cli.perItemOnly":
    "{options} gælder kun for --per item (en linje pr. post regulerer den post, som den er){count, plural, one {.} other {.}}",
  "cli.documentNoEmpty": "--document-no skal have et bilagsnummer.",
  "cli.scenarioAction": '"{value}" er ikke en scenariehandling. Angiv en af {actions}.',
  "cli.scenarioOneWhatIf": "Angiv én antagelse for et scenarie, ikke {options}.",
  "cli.negativeCost": '--unit-cost "{value}" er negativ. Angiv en kostpris på 0 eller mere.',
  "cli.notANumber": '--{option} "{value}" er ikke et tal. Skriv det som 8.00 eller -10.',
  "cli.finishAndRollback": "--finish og --rollback udelukker hinanden: angiv den, du ønsker.",
  "cli.noAdjustRollback":
    "--no-adjust gør intet sammen med --rollback (en tilbagerulning kører ingen kostprisjustering); udelad den.",

  "cli.recovered":
    'Bemærk: en costing-kommando, der startede {startedAt}, blev afbrudt, mens den gemte "{workbook}"; gemningen ' +
    "er nu fuldført ({files} skrevet), så projektmappen er hel igen.",
  "cli.theFile": "filen",
  "cli.fileNotFound": "{where} blev ikke fundet. Kontrollér stien, og kør kommandoen igen.",
  "cli.fileDenied": "{where} kan ikke åbnes eller skrives: adgang nægtet. Kontrollér filens tilladelser.",
  "cli.fileBusy": "{where} er i brug (åben i Excel?). Luk den, og kør kommandoen igen.",
  "cli.fileKind": "{where} er ikke af den forventede slags (en fil, hvor en mappe var forventet, eller omvendt).",
  "cli.fileNoSpace":
    "Der er ikke mere plads til at skrive {where}. Frigør plads; den oprindelige projektmappe er uændret.",
  "cli.loadProblems":
    'Projektmappen "{workbook}" har {count, plural, one {# problem} other {# problemer}}, der skal rettes først; ' +
    '{consequence} Ret cellerne nævnt nedenfor (eller kør "costing check {workbook}" for hele rapporten), og kør ' +
    "kommandoen igen.",
  "cli.loadUnreadable":
    'Projektmappen "{workbook}" kunne ikke læses; {consequence} Ret cellerne nævnt nedenfor (eller kør "costing ' +
    'check {workbook}" for hele rapporten), og kør kommandoen igen.',
  "cli.nothingWritten": "intet blev skrevet.",
  "cli.noValuation": "der blev ikke foretaget nogen værdiansættelse.",
  "cli.noAverage": "der blev ikke beregnet noget gennemsnit.",
  "cli.nothingExplained": "intet blev forklaret.",
  "cli.nothingPosted": "intet blev bogført.",
  "cli.nothingPreviewed": "der blev ikke vist nogen eksempelvisning.",
  "cli.writtenToOut": "{out} ({workbook} er uændret)",
  "cli.writtenInPlace": "{workbook} (ændret på stedet)",
  "cli.total": "I alt",
  "col.location": "Lokation",
  "col.variant": "Variant",

  "check.workbook": "Projektmappe: {workbook} ({kind})",
  "check.xlsx": "Excel-projektmappe",
  "check.csv": "mappe med CSV-filer",
  "check.tablesFound": "Fundne tabeller",
  "check.table": "Tabel",
  "check.foundAs": "Fundet som",
  "check.rows": "Rækker",
  "check.notFound": "(ikke fundet)",
  "check.setup": "Gældende opsætning",
  "check.field": "Felt",
  "check.value": "Værdi",
  "check.noRestriction": "(ingen begrænsning)",
  "check.noPeriods": "Ingen regnskabsperioder: Lageropsætning gælder for alle datoer; regnskabsårene er kalenderår.",
  "check.fiscalYears":
    "Regnskabsår (Regnskabsperioder, {count, plural, one {# periode} other {# perioder}}): hvert med sine egne indstillinger.",
  "check.starts": "Starter",
  "check.calcType": "Beregn.type",
  "check.closed": "Lukket",
  "check.blank": "(tom)",
  "check.yes": "Ja",
  "check.no": "Nej",
  "check.itemsByMethod": "Varer efter kostmetode",
  "check.items": "Varer",
  "check.dates": "Datoer",
  "check.postingDates": "Bogføringsdatoer (vareposter):",
  "check.valuationDates": "Værdiansættelsesdatoer (værdiposter):",
  "check.noDates": "(ingen)",
  "check.chosenMethod": "{method} (--costing-method)",
  "check.exportLacks": "Hvad eksporten mangler",
  "check.adviceNone": "Intet: eksporten har hver kolonne, som værdiansættelsen bruger.",
  "check.adviceRefused": "Værdiansættelsen stopper uden disse; tilføj dem til eksporten:",
  "check.adviceWarned": "Uden disse gættes der, så tallene kan afvige fra Business Centrals; tilføj dem til eksporten:",
  "check.adviceDerived": "Udledt nøjagtigt af posterne; eksportér dem kun for at få dem krydstjekket:",
  "check.adviceUnused": "Bruges ikke ved værdiansættelsen af disse poster:",
  "check.counts":
    "{entries, plural, one {# varepost} other {# vareposter}}, {values, plural, one {# værdipost} other {# værdiposter}}",
  "check.adjustment": "Kostprisjustering (Indf.st., regl. gnsn. kostpr.)",
  "check.allAdjusted":
    "{count, plural, one {# indgangspunkt} other {Alle # indgangspunkter}} justeret: costing adjust ville ikke bogføre noget.",
  "check.notAdjusted":
    "{open, plural, one {# indgangspunkt} other {# indgangspunkter}} af {total} ikke justeret, for " +
    "{items, plural, one {# vare} other {# varer}} (tidligst: vare {item}, {date}).",
  "check.runAdjust": "Kør costing adjust for at værdiansætte dem; senere perioder for samme vare genberegnes også.",
  "check.noProblems": "Problemer: ingen. Projektmappen er klar til costing adjust.",
  "check.problems":
    "Problemer: {errors, plural, one {# fejl} other {# fejl}}, {warnings, plural, one {# advarsel} other {# advarsler}}",
  "check.repair": "Reparer den afbrudte bogføring med kommandoen ovenfor, og kør costing check igen.",
  "check.correct": "Ret fejlene i projektmappen (hver nævner tabel, række og kolonne), og kør costing check igen.",
  "check.onlyWarnings": "Kun advarsler: projektmappen kan justeres; gennemgå dem.",

  "adjust.heading": "Juster kostpris - vareposter: {workbook}",
  "adjust.progress": "Justerer kostpris",
  "adjust.nothing": "Intet at justere: alle varers kostpris er allerede justeret. Der blev ikke oprettet værdiposter.",
  "adjust.copied": "Kopieret uændret til: {out}",
  "adjust.unchanged": "Projektmappen blev ikke ændret.",
  "adjust.items": "Justerede varer:",
  "adjust.created": "Oprettede værdiposter:",
  "adjust.total": "Samlet beløb:",
  "adjust.writtenTo": "Skrevet til:",
  "adjust.range": "{count} (løbenr. {first}..{last})",
  "adjust.appended": "{count, plural, one {# værdipost} other {# værdiposter}} tilføjet til Værdiposter.",

  "valuation.heading": "Lager pr. {date} (efter værdiansættelsesdato): {workbook}",
  "valuation.headingPosting": "Lager pr. {date} (efter bogføringsdato): {workbook}",
  "valuation.value": "Værdi",
  "valuation.none": "(intet lager på den dato)",

  "average.heading": "Gennemsnitlig kostpris for {scope} den {date}",
  "average.allLocations": "{item} (alle lokationer og varianter)",
  "average.location": "{item}, lokation {location}",
  "average.locationVariant": "{item}, lokation {location}, variant {variant}",
  "average.period": "Gennemsnitlig omkostningsperiode",
  "average.quantity": "Antal",
  "average.value": "Værdi",
  "average.unitCost": "Kostpris",
  "average.noQuantity": "ingen (intet antal i periodens pulje)",
  "explain.heading": "Beregning af gennemsnitlig kostpris for {scope}",
  "explain.period": "Periode {start} .. {end} (Beregn.type for gnsn. kostpris {calcType})",
  "explain.opening": "Primo (før perioden)",
  "explain.closing": "Ultimo",
  "explain.averageRow": "Gennemsnitlig kostpris",
  "explain.line": "Linje",
  "explain.inbound": "indgående",
  "average.pools":
    "Gennemsnitlig kostpris for {item} den {date}, pr. lokation og variant (Beregn.type for gnsn. kostpris {calcType}): {count, plural, one {# pulje} other {# puljer}}.",
  "average.locationColumn": "Lokation",
  "average.variantColumn": "Variant",
  "average.pickPool": "For en af dem angives --location (”costing {command} ... --location {location}”).",
  "average.pickPoolVariant":
    "For en af dem angives --location og --variant (”costing {command} ... --location {location} --variant {variant}”).",
  "explain.note": "Bemærkning",
  "explain.openingInbounds": "{count, plural, one {# indgående post} other {# indgående poster}}",
  "explain.openingOutbounds": "{count, plural, one {# udgående post} other {# udgående poster}}",
  "explain.openingRevaluations": "værdireguleringer af {count, plural, one {# post} other {# poster}}",
  "explain.ofWhichBackdated": "heraf tilbagedateret ({kind})",
  "explain.leftOut": "ikke i puljen: {count, plural, one {# åben udgående} other {# åbne udgående}}",
  "explain.leftOutNote": "Negativ lagerbeholdning fra tidligere perioder, endnu ikke dækket: udeladt af gennemsnittet.",
  "explain.backdated":
    "Tilbagedateret: værdipost {valueEntry}, bogført den {postingDate} og værdiansat den {valuationDate}, kom efter post {after} værdiansat den {afterDate}.",
  "explain.backdatedNote":
    "Tilbagedaterede værdier tæller fra deres værdiansættelsesdato: Juster kostpris - vareposter beregnede periodernes gennemsnit igen fra da af.",
  "explain.outboundAveraged": "udgående, gennemsnit",
  "explain.outboundFixed": "udgående, fast udligning",
  "explain.revaluation": "værdiregulering",
  "explain.costChange": "kostprisændring",
  "explain.none": "Gennemsnitlig kostpris: ingen (intet antal i periodens pulje).",
  "explain.unitCost": "Gennemsnitlig kostpris: {unitCost} (værdi {value} / antal {quantity})",

  "calc.heading": "Beregn lagerværdi: {workbook}",
  "calc.postingDate": "Bogføringsdato:",
  "calc.documentNo": "Bilagsnr.:",
  "calc.per": "Beregn pr.:",
  "calc.perItem": "Vare",
  "calc.perEntry": "Varepost",
  "calc.byLocation": "efter lokation",
  "calc.byVariant": "efter variant",
  "calc.nothing":
    "Intet at regulere: ingen vare har lager, der kan reguleres, på den dato (fuldt fakturerede tilgange tilbage).",
  "calc.noJournal": "Der blev ikke skrevet nogen kladde; projektmappen blev ikke ændret.",
  "calc.lines": "Linjer:",
  "calc.items": "Varer:",
  "calc.inventoryValue": "Lagerværdi (beregnet):",
  "calc.amountFromBase": "Beløb (fra --base):",
  "calc.moreLines": "  ... og {count} linjer mere i kladden",
  "calc.replacedUnposted":
    "Den tidligere kladde blev erstattet ({count, plural, one {# linje} other {# linjer}} ikke bogført, kasseret med --replace).",
  "calc.replacedPosted": 'Den tidligere kladde blev erstattet (bogført; dens række i "Posting Log" bliver).',
  "calc.writtenTo": "Værdireguleringskladde skrevet til: {where}",
  "calc.nextSheet":
    'Næste: angiv den nye Kostpris (reguleret) (eller Lagerværdi (reguleret)) på linjerne i arket "Revaluation ' +
    'Journal"; derefter viser "costing preview {target}" virkningen, og "costing post {target}" bogfører den.',
  "calc.nextCsv":
    'Næste: angiv den nye Kostpris (reguleret) (eller Lagerværdi (reguleret)) på linjerne i "Revaluation ' +
    'Journal.csv"; derefter viser "costing preview {target}" virkningen, og "costing post {target}" bogfører den.',

  "preview.heading": "Eksempelvisning af værdireguleringskladden (intet skrives): {workbook}",
  "preview.lines": "Bogføringsdato {date}, {count, plural, one {# linje} other {# linjer}}",
  "preview.linesMoving":
    "Bogføringsdato {date}, {count, plural, one {# linje} other {# linjer}}, {moving} med et Beløb forskelligt fra 0,00",
  "preview.none": "Bogføringen ville ikke oprette reguleringsposter: hver linjes Beløb er 0,00.",
  "preview.enterCost":
    'Angiv den nye Kostpris (reguleret) på de linjer, der skal reguleres, og kør "costing preview" igen.',
  "preview.entries": "Værdiposter, som bogføringen ville oprette:",
  "preview.kind": "Art",
  "preview.revaluation": "Værdiregulering",
  "preview.adjustment": "Justering",
  "preview.adjustmentsNote1":
    "  (Justeringer: alt, hvad Juster kostpris - vareposter ville bogføre efter værdireguleringen, også hvad den",
  "preview.adjustmentsNote2": '  ville bogføre uden den; kør "costing adjust" først for kun at se kladdens.)',
  "preview.perItem": "Pr. vare: lagerværdi den {date} (efter værdiansættelsesdato) og vareforbrug, før og efter:",
  "preview.inventoryBefore": "Lager før",
  "preview.after": "efter",
  "preview.change": "ændring",
  "preview.cogsBefore": "Vareforbrug før",
  "preview.perMonth": "Ændringer pr. vare og måned (efter bogføringsdato):",
  "preview.month": "Måned",
  "preview.inventoryChange": "Ændring i lagerværdi",
  "preview.cogsChange": "Ændring i vareforbrug",
  "preview.nothingWritten": 'Intet blev skrevet. "costing post {workbook}" bogfører kladden.',

  "scenario.whatIf.Calculated": "beregnet (angiv selv kostpriserne)",
  "scenario.whatIf.Percent": "procent",
  "scenario.whatIf.Unit Cost": "kostpris",
  "scenario.whatIf.Last Direct Cost": "Sidste købspris",
  "scenario.whatIf.Standard Cost": "Standardkostpris",
  "scenario.cli.added": 'Scenariet "{name}" blev tilføjet: {workbook}',
  "scenario.cli.replaced": 'Scenariet "{name}" blev beregnet på ny: {workbook}',
  "scenario.cli.refreshed": 'Scenariet "{name}" blev genberegnet på posterne, som de er nu: {workbook}',
  "scenario.cli.posted": 'Scenariet "{name}" blev bogført som værdireguleringskladden: {workbook}',
  "scenario.cli.whatIf": "Antagelse",
  "scenario.cli.amount": "Reguleringsbeløb",
  "scenario.cli.nextCompare":
    'Angiv eventuelt kostpriser på dets linjer i tabellen "Revaluation Scenarios"; "costing scenario compare {workbook}" viser alle scenarier side om side.',
  "scenario.cli.listHeading": "Værdireguleringsscenarier: {workbook}",
  "scenario.cli.linesColumn": "Linjer",
  "scenario.cli.status": "Status",
  "scenario.cli.current": "aktuelt",
  "scenario.cli.stale": "forældet",
  "scenario.cli.postedAt": "bogført {postedAt}",
  "scenario.cli.compareHeading":
    "Værdireguleringsscenarier side om side, på posterne, som de er nu (intet skrives): {workbook}",
  "scenario.cli.inventoryBefore": "Lager på bogføringsdatoen",
  "scenario.cli.inventoryAfter": "  efter værdireguleringen",
  "scenario.cli.cogsPerMonth": "Ændring i vareforbrug pr. måned",
  "scenario.cli.staleNote":
    'Et forældet scenarie blev beregnet, før der blev bogført poster for dets varer: tallene viser, hvad dets antagelse giver på posterne, som de er nu. "costing scenario refresh" gemmer dem; indtil da afviser "costing scenario post" det.',
  "scenario.cli.signs":
    "Et negativt reguleringsbeløb sænker lagerværdien; en negativ ændring i vareforbrug betyder, at vareforbruget falder.",
  "scenario.cli.noItemChanges": "  Ingen ændringer for varer: hver linjes Beløb er 0,00.",
  "scenario.cli.perItem": '"{name}", pr. vare (største ændring først; varer, det ikke ændrer, vises ikke):',
  "scenario.cli.nothingWritten":
    'Intet blev skrevet. "costing scenario post {workbook} --name <name>" bogfører et af dem.',

  "post.heading": "Værdireguleringskladden bogført: {workbook}",
  "post.documentNo": "Bilagsnr.:",
  "post.linesPosted": "Bogførte linjer:",
  "post.skipped": "{count} ({skipped} med Beløb 0,00 sprunget over)",
  "post.revaluationEntries": "Reguleringsposter:",
  "post.adjustmentEntries": "Justeringsposter:",
  "post.entries": "{count}{range}",
  "post.range": " (løbenr. {first}..{last})",
  "post.amount": "{entries}, beløb {amount}",
  "post.byAdjustCost": "{entries} (Juster kostpris - vareposter)",
  "post.adjustCost": "Kostprisjustering:",
  "post.notAdjusted": 'ikke kørt (--no-adjust); "costing adjust" fører værdireguleringen videre til salget',
  "post.standardCost": "Kostpris (standard) ændret:",
  "post.standardCostValue": "{item}: {cost}",
  "post.standardAndUnitCost": "{item}: {cost} (Kostpris {unitCost})",
  "post.postingLog": '"Posting Log":',
  "post.logged": "{postedAt}, kontrolsum {checksum}...",
  "post.writtenTo": "Skrevet til:",
  "post.appended":
    "{count, plural, one {# værdipost} other {# værdiposter}} tilføjet til Værdiposter; kladden er markeret som bogført.",
  "repair.nothing":
    'Der er intet at fuldføre: projektmappen "{workbook}" har ingen afbrudt bogføring (værdiposter med ' +
    'værdireguleringskladdens bilagsnr., som ingen række i "Posting Log" dækker). Intet blev skrevet. "costing ' +
    'post {workbook}" bogfører en kladde, der ikke er bogført endnu; "costing check {workbook}" viser, hvad ' +
    "projektmappen indeholder.",
  "repair.nothingToRollBack":
    'Der er intet at rulle tilbage: projektmappen "{workbook}" har ingen afbrudt bogføring (værdiposter med ' +
    'værdireguleringskladdens bilagsnr., som ingen række i "Posting Log" dækker). Intet blev skrevet. "costing ' +
    'post {workbook}" bogfører en kladde, der ikke er bogført endnu; "costing check {workbook}" viser, hvad ' +
    "projektmappen indeholder.",
  "repair.cannotFinish": "{message} Den kan ikke fuldføres; intet blev skrevet.",
  "repair.finished": 'Den afbrudte bogføring af kladden "{journal}" fuldført: {workbook}',
  "repair.valueEntriesPosted": "Bogførte værdiposter:",
  "repair.appendedBy":
    "{range} (tilføjet af den afbrudte bogføring; {count, plural, one {# reguleringspost} " +
    "other {# reguleringsposter}}, beløb {amount})",
  "repair.noneMore": "ikke flere (Juster kostpris - vareposter fandt intet tilbage at justere)",
  "repair.adjustments": "{count} (løbenr. {range}), beløb {amount} (Juster kostpris - vareposter)",
  "repair.logRow": "en række for værdiposterne {range}",
  "repair.markedPosted": "Kladden er markeret som bogført.",
  "repair.rolledBack": 'Den afbrudte bogføring af kladden "{journal}" rullet tilbage: {workbook}',
  "repair.deleted": "Slettede værdiposter:",
  "repair.deletedEntries": "{count} (løbenr. {range}, tilføjet af den afbrudte bogføring af bilagsnr. {documentNos})",
  "repair.notPosted":
    'Kladden er ikke bogført: "costing preview {target}" viser, hvad bogføringen gør, "costing post {target}" bogfører den.',
};
