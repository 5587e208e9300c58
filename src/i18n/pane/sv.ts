// The task pane in Swedish (Business Central SVE: Justera kostnad - artikeltransaktioner, Beräkna lagervärde,
// Omvärderingsjournal; field captions from the captions module).
import type { Translations } from "../msg";
import type { paneEn as EnglishCatalogue } from "./en";

export const paneSv: Translations<typeof EnglishCatalogue> = {
  "manifest.displayName": "Lagervärdering",
  "manifest.description":
    "Business Centrals lagervärdering i Excel: Justera kostnad - artikeltransaktioner, genomsnittskostnad och lagervärde på transaktioner exporterade från Business Central.",
  "manifest.getStartedTitle": "Lagervärdering är klart",
  "manifest.getStartedDescription":
    "Öppna Lagervärdering på fliken Start för att läsa transaktionerna som exporterats från Business Central.",
  "manifest.group": "Värdering",
  "manifest.button": "Lagervärdering",
  "manifest.tooltip":
    "Öppna fönstret Lagervärdering: läser artikeltransaktionerna och värdetransaktionerna i den här arbetsboken och listar problemen.",
  "pane.steps": "Steg",
  "pane.tab.ledger": "Transaktioner",
  "pane.tab.setup": "Inställningar",
  "pane.tab.adjust": "Justera",
  "pane.tab.calculate": "Beräkna",
  "pane.tab.post": "Bokför",
  "pane.tab.valuation": "Värdering",
  "pane.tab.explain": "Förklara",
  "pane.tab.scenarios": "Scenarier",
  "pane.readingAgain": "Arbetsboken läses igen efter ändringen...",
  "pane.notInExcel":
    "Lagervärdering körs i Excel. Den här sidan öppnades utanför Excel, så det finns ingen arbetsbok att " +
    "läsa: öppna arbetsboken i Excel och välj Start > Lagervärdering (README beskriver hur tillägget läggs till).",

  "pane.cancelled": "Avbrutet: inget skrevs.",
  "pane.progress.read": "Läser {table}: {done} av {total} rader",
  "pane.progress.write": "Skriver {table}: {done} av {total} rader",
  "pane.progress.append": "Lägger till i {table}: {done} av {total} rader",
  "pane.writing": "Skriver till arbetsboken...",
  "pane.problems": "Problem",
  "pane.cancel": "Avbryt",
  "pane.cannotCancel": "Skriver, kan inte avbrytas",
  "pane.readingNow": "Läser transaktionerna som arbetsboken har dem nu...",
  "pane.ledgerProblemsNow":
    "Arbetsbokens transaktioner har problem nu, så inget skrevs. Rätta dem (steget Transaktioner listar dem efter Läs igen).",

  "pane.ledger.title": "Transaktioner",
  "pane.ledger.readAgain": "Läs igen",
  "pane.ledger.unreadable": "Arbetsboken kunde inte läsas: {message}",
  "pane.ledger.looking": "Letar efter tabellerna med transaktioner...",
  "pane.ledger.tablesFound": "Hittade tabeller",
  "pane.ledger.details": "Hittade tabeller och gällande inställningar",
  "pane.ledger.table": "Tabell",
  "pane.ledger.foundOn": "Hittad på",
  "pane.ledger.rows": "Rader",
  "pane.ledger.notFound": "hittades inte",
  "pane.ledger.counts": "Transaktioner",
  "pane.ledger.items": "{count, plural, one {# artikel med transaktioner} other {# artiklar med transaktioner}}",
  "pane.ledger.itemLedgerEntries": "{count, plural, one {# artikeltransaktion} other {# artikeltransaktioner}}",
  "pane.ledger.valueEntries": "{count, plural, one {# värdetransaktion} other {# värdetransaktioner}}",
  "pane.ledger.postingDates": "Bokföringsdatum {from} till {to}",
  "pane.costingMethod.label": "Värdera artiklar utan värderingsprincip som",
  "pane.costingMethod.howToChoose": "välj en under ”{label}” i steget Transaktioner",
  "pane.costingMethod.notChosen": "Inte vald: värderingen stoppar",
  "pane.costingMethod.hint":
    "Bara för artiklarna som arbetsboken inte ger någon värderingsprincip. Bättre: lägg till kolumnen " +
    "Värderingsprincip i exporten (Artiklar, Anpassa) och läs igen.",
  "pane.costingMethod.chosenHere": "vald i steget Transaktioner",
  "pane.costingMethod.chosenLabel": "Värderingsprincip vald",
  "pane.ledger.addToExport": "Lägg till i exporten: utan dessa stoppar värderingen eller siffrorna gissas",
  "pane.ledger.columnsToAdd": "Kolumner att lägga till i exporten",
  "pane.ledger.folded":
    "Härledda exakt ur transaktionerna, eller används inte ({count, plural, one {# kolumn} other {# kolumner}})",
  "pane.ledger.derivedColumns": "Härledda kolumner",
  "pane.ledger.errors":
    "{errors, plural, one {# fel} other {# fel}} och {warnings, plural, one {# varning} other {# varningar}}: " +
    "rätta cellerna som anges nedan och välj sedan Läs igen.",
  "pane.ledger.warnings":
    "Klar för kalkylering, med {warnings, plural, one {# varning} other {# varningar}} att gå igenom.",
  "pane.ledger.ready": "Klar för kalkylering: inga problem hittades.",
  "pane.ledger.goToLabel": "Gå till {table}, rad {row}",
  "pane.ledger.goTo": "Gå till",
  "pane.ledger.rounding": "Avrundning: belopp {amount}, enhetsbelopp {unitAmount}",
  "pane.ledger.noRestriction": "ingen begränsning",
  "pane.ledger.noPeriods": "Redovisningsperioder: inga (kalenderperioder)",
  "pane.ledger.periods": "Redovisningsperioder: {count} i {years, plural, one {# räkenskapsår} other {# räkenskapsår}}",

  "pane.import.summary": "Importerat från {file} till nya blad: {tables}.",
  "pane.import.summaryMapping":
    "Importerat från {file} till nya blad: {tables}. Filens kolumnmappning lades till i bladet ”{sheet}”.",
  "pane.import.table": "{table} ({count, plural, one {# rad} other {# rader}})",
  "pane.import.tableFrom": "{table} ({count, plural, one {# rad} other {# rader}}, från ”{from}”)",
  "pane.import.importing": "Importerar {file}",
  "pane.import.reading": "Läser {file}...",
  "pane.import.looking": "Letar efter tabellerna med transaktioner i {file}...",
  "pane.import.writing": "Skriver tabellerna från {file}...",
  "pane.import.button": "Importera från fil...",
  "pane.import.label": "Importera från fil",
  "pane.import.hint":
    "En export som inte finns i den här arbetsboken än (.xlsx eller .csv): varje tabell med transaktioner i den " +
    "hamnar i ett nytt blad med tabellens namn.",

  "pane.map.twice": "{table}: rubriken ”{header}” är vald för både ”{first}” och ”{second}”. Välj den en gång.",
  "pane.map.saving": "Sparar kolumnmappningen",
  "pane.map.writing": "Skriver bladet ”{sheet}”...",
  "pane.map.saved": "Kolumnmappningen sparades i bladet ”{sheet}”: {changes}.",
  "pane.map.unmapped": "{table} ”{column}” inte längre mappad",
  "pane.map.mapped": "{table} ”{column}” = ”{header}”",
  "pane.map.label": "Kolumnmappning",
  "pane.map.hide": "Dölj kolumnmappning",
  "pane.map.show": "Mappa kolumner för hand",
  "pane.map.introRequired":
    "En obligatorisk kolumn hittades inte på sitt namn. Välj för varje kolumn den rubrik som innehåller den. " +
    "Mappningen sparas i bladet ”{sheet}” i den här arbetsboken (kolumnerna Table, Column, Header), så att varje " +
    "senare läsning använder den, även costing-kommandoradens.",
  "pane.map.intro":
    "Rubriker i tabellerna som inget kolumnnamn matchar. Välj för varje kolumn den rubrik som innehåller den. " +
    "Mappningen sparas i bladet ”{sheet}” i den här arbetsboken (kolumnerna Table, Column, Header), så att varje " +
    "senare läsning använder den, även costing-kommandoradens.",
  "pane.map.legend": "{table} (bladet ”{sheet}”)",
  "pane.map.nothingToPick":
    "Varje rubrik i bladet hör till en annan kolumn, så det finns ingen att välja: lägg till den saknade kolumnen i exporten.",
  "pane.map.required": "{column} (obligatorisk)",
  "pane.map.stale": "Mappad till ”{header}”, som bladet inte har.",
  "pane.map.notFound": "Hittades inte: välj dess rubrik.",
  "pane.map.notMapped": "Inte mappad",
  "pane.map.save": "Spara mappning",

  "pane.setup.title": "Inställningar",
  "pane.setup.notANumber": "{what} ”{text}” är inget tal. Ange till exempel 0,01.",
  "pane.setup.notPositive": "{what} måste vara större än 0, till exempel 0,01.",
  "pane.dateNotRead": "{what} ”{text}” är inget datum; ingenting gjordes. Ange det som {example}.",
  "pane.setup.saving": "Sparar inställningarna",
  "pane.setup.writing": "Skriver bladet Lagerinställningar...",
  "pane.setup.saved": "Lagerinställningar sparades i arbetsboken. Transaktionerna läses igen med dem.",
  "pane.setup.addingYear": "Lägger till ett räkenskapsår",
  "pane.setup.firstDay": "Ange räkenskapsårets första dag, den första i en månad (till exempel 2025-01-01).",
  "pane.setup.periodExists": "Det finns redan en redovisningsperiod som börjar {date}.",
  "pane.setup.overlap":
    "Året från {from} går in i redovisningsperioden som börjar {start}. Välj första dagen efter den sista " +
    "perioden, eller ändra bladet Redovisningsperioder för hand.",
  "pane.setup.writingPeriods": "Skriver bladet Redovisningsperioder...",
  "pane.setup.added": "Tolv månadsperioder från {date} lades till i bladet Redovisningsperioder.",
  "pane.setup.noLimit": "Tomt: ingen gräns.",
  "pane.setup.save": "Spara inställningar",
  "pane.setup.periods": "Redovisningsperioder",
  "pane.setup.noPeriods": "Inga: perioderna för genomsnittskostnad följer kalendern och inställningarna ovan.",
  "pane.setup.periodCount": "{count, plural, one {# period} other {# perioder}}, räkenskapsår från {years}.",
  "pane.setup.newYear": "Nytt räkenskapsår från",
  "pane.setup.addPeriods": "Lägg till 12 perioder",
  "pane.setup.fiscalYears": "Räkenskapsår",
  "pane.setup.yearFrom": "Från",
  "pane.setup.yearsNote":
    "Varje räkenskapsår behåller den period och beräkningstyp för genomsnittlig kostnad som det öppnades med (dess period med Nytt räkenskapsår); inställningen ovan är vad ett räkenskapsår som läggs till från och med nu får.",

  "pane.adjust.title": "Justera kostnad",
  "pane.adjust.intro":
    "Kör Justera kostnad - artikeltransaktioner: utgående transaktioner får kostnaden för det de kopplades till, " +
    "genomsnittsartiklar sin periods genomsnitt. Inget skrivs förrän du lägger till.",
  "pane.adjust.adjusting": "Justerar kostnad",
  "pane.adjust.running": "Kör Justera kostnad - artikeltransaktioner...",
  "pane.adjust.appending": "Lägger till",
  "pane.adjust.runningAgain": "Kör Justera kostnad - artikeltransaktioner igen på de aktuella transaktionerna...",
  "pane.adjust.changed":
    "Arbetsboken har ändrats sedan justeringarna beräknades, så inget lades till. Tabellen visar nu vad " +
    "kostnadsjusteringen ger på de aktuella transaktionerna: kontrollera den och lägg till igen.",
  "pane.adjust.writing":
    "Lägger till {count, plural, one {# värdetransaktion} other {# värdetransaktioner}} i Värdetransaktioner...",
  "pane.adjust.done":
    "{count, plural, one {# värdetransaktion} other {# värdetransaktioner}} tillagda i Värdetransaktioner (löpnr {first}..{last}).",
  "pane.adjust.calculate": "Beräkna justeringar",
  "pane.adjust.nothing": "Inget att justera: alla artiklars kostnad är redan justerad.",
  "pane.adjust.summary":
    "{count, plural, one {# värdetransaktion} other {# värdetransaktioner}} för {items, plural, one {# artikel} other {# artiklar}}, totalt {total}:",
  "pane.adjust.perItem": "Justeringar per artikel",
  "pane.adjust.chart": "Vart justeringarna går: belopp per månad, per artikel",
  "pane.adjust.perMonth": "Justeringar per artikel och månad (bokföringsdatum)",
  "pane.adjust.entries": "Transaktioner",
  "pane.adjust.append": "Lägg till {count, plural, one {# värdetransaktion} other {# värdetransaktioner}}",

  "pane.calc.title": "Beräkna lagervärde",
  "pane.calc.baseBlank": "(tomt): behåll det beräknade värdet",
  "pane.calc.baseLastDirect": "Senaste inköpspris",
  "pane.calc.baseStandard": "Standardkostnad",
  "pane.calc.calculating": "Beräknar",
  "pane.calc.running": "Beräknar lagervärdet...",
  "pane.calc.nothing":
    "Inget att omvärdera {date}: ingen artikel har ett omvärderingsbart antal (helt fakturerat, i lager den dagen) " +
    "inom de valda alternativen. Inget skrevs.",
  "pane.calc.written":
    "{count, plural, one {# rad} other {# rader}} skrivna i bladet ”Revaluation Journal”, Lagervärde (beräknat) " +
    "{total}. Ange den nya Styckkostnad (omvärderad) eller Lagervärde (omvärderat) där, eller använd " +
    "tänk-om-verktygen nedan.",
  "pane.calc.noJournal": "Det finns ingen omvärderingsjournal än: beräkna lagervärdet först.",
  "pane.calc.cellsToCorrect": "Omvärderingsjournalen har celler att rätta först; inget ändrades.",
  "pane.calc.postedAlready": "Den här journalen är redan bokförd; beräkna en ny för att prova andra kostnader.",
  "pane.calc.writing": "Skriver omvärderingsjournalen...",
  "pane.calc.changed":
    "{label}: {changed} av {total, plural, one {# rad} other {# rader}} ändrade i omvärderingsjournalen.",
  "pane.calc.fromLastDirect": "Styckkostnad (omvärderad) från senaste inköpspris",
  "pane.calc.fromStandard": "Styckkostnad (omvärderad) från standardkostnad",
  "pane.calc.whatIf": "Tänk om",
  "pane.calc.notAPercentage": "”{value}” är ingen procentsats. Ange till exempel -10 eller 5,5.",
  "pane.calc.byPercent": "Styckkostnad (omvärderad) ändrad med {percent} %",
  "pane.calc.postingDateHint": "Datumet då lagret värderas; omvärderingen bokförs på det.",
  "pane.calc.documentNoHint": "Tomt: REVAL-<datum>.",
  "pane.calc.per": "Beräkna per",
  "pane.calc.perItem": "Artikel",
  "pane.calc.perEntry": "Artikeltransaktion",
  "pane.calc.byLocation": "Per lagerställe",
  "pane.calc.byVariant": "Per variant",
  "pane.calc.base": "Beräkningsgrund",
  "pane.calc.updateStandardCost": "Uppdatera standardkostnad",
  "pane.calc.items": "Artiklar",
  "pane.calc.itemsHint": "Artikelnummer åtskilda med kommatecken; tomt för alla artiklar.",
  "pane.calc.replace": "Ersätt en journal som inte bokförts",
  "pane.calc.calculate": "Beräkna",
  "pane.calc.whatIfTitle": "Tänk om i journalen",
  "pane.calc.forItems": "För artiklar",
  "pane.calc.forItemsHint": "Tomt: varje rad i journalen.",
  "pane.calc.change": "Ändring %",
  "pane.calc.apply": "Tillämpa",
  "pane.calc.lastDirect": "Från senaste inköpspris",
  "pane.calc.standard": "Från standardkostnad",

  "pane.post.title": "Förhandsgranska och bokför",
  "pane.post.intro":
    "Läser bladet ”Revaluation Journal”. Förhandsgranskningen visar vad bokföringen skulle ändra; inget skrivs " +
    "förrän du bokför.",
  "pane.post.preview": "Förhandsgranska",
  "pane.post.readingJournal": "Läser omvärderingsjournalen...",
  "pane.post.onACopy": "Bokför på en kopia och kör kostnadsjustering...",
  "pane.post.posting": "Bokför",
  "pane.post.checking": "Kontrollerar varje rad innan något skrivs...",
  "pane.post.writing": "Bokför: lägger till värdetransaktioner, ”Posting Log”, markerar journalen som bokförd...",
  "pane.post.done":
    "{lines, plural, one {# rad} other {# rader}} bokförda (dokumentnr {documentNos}): {revaluations} " +
    "omvärderings- och {adjustments, plural, one {# justeringsvärdetransaktion} other {# justeringsvärdetransaktioner}} " +
    "tillagda i Värdetransaktioner, belopp {amount}. ”Posting Log” har en ny rad och journalen är markerad som bokförd.",
  "pane.post.doneRange":
    "{lines, plural, one {# rad} other {# rader}} bokförda (dokumentnr {documentNos}): {revaluations} " +
    "omvärderings- och {adjustments, plural, one {# justeringsvärdetransaktion} other {# justeringsvärdetransaktioner}} " +
    "tillagda i Värdetransaktioner (löpnr {first}..{last}), belopp {amount}. ”Posting Log” har en ny rad och " +
    "journalen är markerad som bokförd.",
  "pane.post.adjust":
    "Kör kostnadsjustering efter bokföringen (för omvärderingen vidare till försäljningen den påverkar)",
  "pane.post.post": "Bokför",
  "pane.post.previewFirst":
    "Förhandsgranska journalen först: Bokför kan användas när förhandsgranskningen visar vad bokföringen ändrar.",
  "pane.post.changedSincePreview":
    "Omvärderingsjournalen eller transaktionerna har ändrats sedan förhandsgranskningen, så ingenting bokfördes.",
  "pane.post.previewNow": "Förhandsgranskningen nedan visar journalen som den är nu: kontrollera den och bokför sedan.",
  "pane.post.wouldCreate":
    "Bokföringen skulle skapa {count, plural, one {# omvärderingsvärdetransaktion} other {# omvärderingsvärdetransaktioner}}; " +
    "kostnadsjusteringen skulle sedan lägga till {adjustments}.",
  "pane.post.perItem": "Effekt per artikel",
  "pane.post.item": "Artikel",
  "pane.post.inventoryBefore": "Lager före",
  "pane.post.after": "efter",
  "pane.post.cogsChange": "Ändring KSV",
  "pane.post.perMonth": "Effekt per artikel och månad",
  "pane.post.month": "Månad",
  "pane.post.inventory": "Lager",
  "pane.post.cogs": "KSV",
  "pane.post.finishing": "Slutför bokföringen",
  "pane.post.finishingInterrupted": "Slutför den avbrutna bokföringen...",
  "pane.post.rollingBack": "Återställer",
  "pane.post.deleting": "Tar bort värdetransaktionerna som den avbrutna bokföringen lade till...",
  "pane.post.finish": "Slutför bokföringen",
  "pane.post.rollBack": "Återställ",
  "pane.post.inventoryDown": "lager ned",
  "pane.post.inventoryUp": "lager upp",
  "pane.post.cogsUp": "KSV upp",
  "pane.post.cogsDown": "KSV ned",
  "pane.post.unchanged": "{count, plural, one {# artikel} other {# artiklar}} som journalen inte ändrar visas inte.",
  "pane.post.signs":
    "Lager och kostnad sålda varor så som de skulle bli efter bokföringen, Justera kostnad inräknad. En positiv ändring av KSV är mer kostnad för sålda varor (lägre marginal), en negativ mindre.",
  "pane.post.writeToSheet": "Skriv till blad, med diagram",
  "pane.post.writingSheet": "Skriver bladet Revaluation Preview och dess diagram...",
  "pane.post.sheetWritten":
    "Ändringen per månad finns på bladet {sheet}, med ett diagram bredvid att kopiera in i en rapport.",
  "pane.post.sheetWrittenNoChart":
    "Ändringen per månad finns på bladet {sheet} (detta Excel lägger inte till något diagram).",
  "pane.post.chartTitle": "Ändring per månad: lagervärde och kostnad sålda varor",

  "pane.scenarios.title": "Omvärderingsscenarier",
  "pane.scenarios.intro":
    "Prova flera omvärderingar innan du bokför en. Varje scenario är en uppsättning rader i omvärderingsjournalen, som sparas i bladet ”Revaluation Scenarios” och jämförs på transaktionerna som de är nu, på en kopia: inget bokförs förrän du bokför ett av dem.",
  "pane.scenarios.compare": "Jämför",
  "pane.scenarios.comparing": "Jämför scenarierna på en kopia av transaktionerna",
  "pane.scenarios.none": "Det finns inga scenarier än: lägg till ett nedan.",
  "pane.scenarios.sideBySide": "Scenarierna sida vid sida",
  "pane.scenarios.inventoryAfter": "Lager efter",
  "pane.scenarios.signs": "Negativt: lagret minskar, eller kostnad sålda varor minskar.",
  "pane.scenarios.staleMark":
    "* Inaktuellt: transaktioner har bokförts för dess artiklar sedan det beräknades; siffrorna visar vad det ger nu.",
  "pane.scenarios.cogsChart": "Kostnad sålda varor: ändring per månad",
  "pane.scenarios.inventoryChart": "Lagervärde: ändring per månad",
  "pane.scenarios.sheetInventory": "{name}: ändring lager",
  "pane.scenarios.sheetCogs": "{name}: ändring KSV",
  "pane.scenarios.sheetChart": "Ändring per månad och scenario: lagervärde och kostnad sålda varor",
  "pane.scenarios.current": "Beräknat på transaktionerna som de är.",
  "pane.scenarios.stale": "Inaktuellt: beräkna om det innan du bokför det.",
  "pane.scenarios.postedAt": "Bokfört {postedAt}.",
  "pane.scenarios.byPercent": "Styckkostnad ändrad med {percent} %",
  "pane.scenarios.atUnitCost": "Styckkostnad {cost}",
  "pane.scenarios.typed": "Styckkostnader angivna i bladet",
  "pane.scenarios.whatIfOn": "{whatIf}, bokföringsdatum {date}",
  "pane.scenarios.recalculate": "Beräkna om",
  "pane.scenarios.refreshed": "Scenariot ”{name}” beräknades på nytt på transaktionerna som de är nu.",
  "pane.scenarios.post": "Bokför",
  "pane.scenarios.posting": "Bokför scenariot",
  "pane.scenarios.postedDone":
    "Scenariot ”{name}” bokfördes som omvärderingsjournalen: {revaluations, plural, one {# omvärderingstransaktion} other {# omvärderingstransaktioner}} ({amount}) och {adjustments, plural, one {# justeringstransaktion} other {# justeringstransaktioner}}. De andra scenarierna för dess artiklar är inaktuella nu.",
  "pane.scenarios.changedSinceCompare":
    "Scenariot ”{name}” eller transaktionerna har ändrats sedan jämförelsen; inget bokfördes. Jämförelsen visas igen som den är nu: titta på den och bokför sedan.",
  "pane.scenarios.replaceJournal": "Ersätt en omvärderingsjournal som inte bokförts än",
  "pane.scenarios.perItem": "Per artikel",
  "pane.scenarios.hideItems": "Dölj artiklar",
  "pane.scenarios.perItemOf": "{name}, per artikel",
  "pane.scenarios.noItemChanges": "Det ändrar ingen artikel: varje rads Belopp är 0,00.",
  "pane.scenarios.addTitle": "Lägg till ett scenario",
  "pane.scenarios.name": "Namn",
  "pane.scenarios.whatIf": "Ny styckkostnad",
  "pane.scenarios.percent": "Den beräknade styckkostnaden ändrad med en procentsats",
  "pane.scenarios.unitCost": "En och samma styckkostnad för alla rader",
  "pane.scenarios.lastDirect": "Artikelns senaste inköpspris",
  "pane.scenarios.standard": "Artikelns standardkostnad",
  "pane.scenarios.calculated": "Den beräknade styckkostnaden: jag anger de nya i bladet",
  "pane.scenarios.fromJournal": "Omvärderingsjournalens rader som de är",
  "pane.scenarios.percentValue": "Ändring i %, till exempel -10",
  "pane.scenarios.unitCostValue": "Styckkostnad, till exempel 8,00",
  "pane.scenarios.items": "Artiklar (tomt: alla artiklar)",
  "pane.scenarios.replace": "Ersätt scenariot med det namnet",
  "pane.scenarios.add": "Lägg till scenario",
  "pane.scenarios.adding": "Lägger till scenariot",
  "pane.scenarios.writing": "Skriver bladet Revaluation Scenarios",
  "pane.scenarios.added":
    "Scenariot ”{name}” lades till: {count, plural, one {# rad} other {# rader}}, omvärderingsbelopp {amount}.",
  "pane.scenarios.missingDate": "Ange omvärderingens bokföringsdatum; inget gjordes.",
  "pane.scenarios.negativeCost": "”{value}” är negativt; inget gjordes. Ange en styckkostnad på 0 eller mer.",
  "pane.scenarios.notANumber": "”{value}” är inget tal; inget gjordes. Ange det som -10 eller 8,00.",

  // Explain
  "pane.explain.title": "Förklara en genomsnittlig kostnad",
  "pane.explain.intro":
    "Business Centrals översikt över beräkning av genomsnittlig kostnad för en artikel med värderingsprincipen Genomsnitt på ett datum: perioden för genomsnittlig kostnad, ingående saldo, varje transaktion i perioden, utgående saldo och genomsnittet, så som Justera kostnad lämnar transaktionerna (på en kopia; ingenting skrivs). Eller markera en COSTING-cell eller en transaktionsrad i Excel och hämta den därifrån.",
  "pane.explain.date": "Datum",
  "pane.explain.codeHint":
    "Bara när beräkningstypen för genomsnittlig kostnad är Artikel & lagerställe & variant. Tomt: varje lagerställe; (blank): transaktionerna utan lagerställe.",
  "pane.explain.explain": "Förklara",
  "pane.explain.explaining": "Förklarar",
  "pane.explain.computing": "Kör Justera kostnad på en kopia och samlar periodens transaktioner...",
  "pane.explain.fromSelection": "Från den markerade cellen",
  "pane.explain.readingSelection": "Läser den markerade cellen...",
  "pane.explain.writeToSheet": "Skriv till blad",
  "pane.explain.writing": "Skriver bladet Average Cost Overview...",
  "pane.explain.written": "{rows, plural, one {# rad} other {# rader}} skrivna till bladet {sheet}.",
  "pane.explain.fromCall": "Förklarat från {address}: COSTING.{name}.",
  "pane.explain.fromRow": "Förklarat från {table}, rad {row}.",
  "pane.explain.selectionNotUsable":
    "Den markerade cellen {address} innehåller ingen COSTING-formel och är ingen rad i Värdetransaktioner eller Artikeltransaktioner; ingenting förklarades. Markera en sådan cell i Excel och klicka på Från den markerade cellen igen, eller skriv artikeln och datumet.",
  "pane.explain.notExplained":
    "Den markerade cellen {address} innehåller COSTING.{name}, som inte har något genomsnitt bakom sig; ingenting förklarades. Markera en cell med AVGCOST, UNITCOST, QTY, VALUE, REVALQTY eller EXPLAIN.",
  "pane.explain.argumentUnknown":
    "Den markerade cellen {address} skickar {text}, som fönstret inte kan läsa som en artikel, ett datum eller en kod; ingenting förklarades. Skriv artikeln och datumet ovan och klicka på Förklara.",
  "pane.explain.argumentMissing":
    "Formeln i {address} anger ingen artikel eller inget datum; ingenting förklarades. Skriv dem ovan och klicka på Förklara.",
  "pane.explain.missing": "Skriv artikelnumret och ett datum och klicka sedan på Förklara.",
  "pane.explain.goTo": "Gå till artikeltransaktion {entry}",
  "pane.explain.averageOf": "Genomsnitt för",

  // Valuation
  "pane.valuation.title": "Lagervärdering",
  "pane.valuation.intro":
    "Lagret per artikel på ett datum, så som costing valuation på kommandoraden värderar det: antal och värde (faktisk och förväntad kostnad). Ingenting skrivs.",
  "pane.valuation.date": "Datum",
  "pane.valuation.basis": "Räkna värdetransaktionerna",
  "pane.valuation.byValuationDate":
    "Efter värderingsdatum (så som Beräkna lagervärde och den genomsnittliga kostnaden ser det)",
  "pane.valuation.byPostingDate": "Efter bokföringsdatum (så som rapporten Lagervärdering)",
  "pane.valuation.byLocation": "En rad per lagerställe",
  "pane.valuation.adjusted":
    "Med de justeringar som Justera kostnad skulle bokföra (på en kopia, så som COSTING-funktionerna svarar)",
  "pane.valuation.value": "Värdera lagret",
  "pane.valuation.valuing": "Värderar",
  "pane.valuation.computing": "Summerar värdetransaktionerna...",
  "pane.valuation.adjusting": "Kör Justera kostnad på en kopia och summerar värdetransaktionerna...",
  "pane.valuation.heading": "Lager per {date}, efter värderingsdatum",
  "pane.valuation.headingPosting": "Lager per {date}, efter bokföringsdatum",
  "pane.valuation.none": "Inget i lager och inget värde på det datumet.",
  "pane.valuation.expected": "Av totalen är {amount} förväntad kostnad (levererat, ännu inte fakturerat).",
  "pane.valuation.hidden":
    "{count, plural, one {# artikel} other {# artiklar}} utan lager och utan värde på datumet visas inte.",
  "pane.valuation.missingDate": "Ange ett datum och klicka sedan på Värdera lagret.",

  // Journal lines
  "pane.journal.title": "Journalrader",
  "pane.journal.show": "Visa journalens rader",
  "pane.journal.readAgain": "Läs raderna igen",
  "pane.journal.reading": "Läser omvärderingsjournalen...",
  "pane.journal.none": "Arbetsboken har ingen omvärderingsjournal ännu: beräkna en i steget Beräkna först.",
  "pane.journal.saving": "Ändrar styckkostnaden",
  "pane.journal.writing": "Skriver Styckkostnad (omvärderad) i journalen och räknar om raden...",
  "pane.journal.notANumber":
    '"{text}" är ingen styckkostnad; ingenting skrevs. Ange ett tal på 0 eller mer, till exempel {example}.',
  "pane.journal.cannot":
    "Raden kunde inte ändras (den är bokförd, eller journalen har ändrats); ingenting skrevs. Raderna ovan är journalen som den är nu.",
  "pane.journal.onHand": "{quantity} à {unitCost} beräknat",
  "pane.journal.unitCostOf": "Styckkostnad (omvärderad) för {item}, rad {row}",
  "pane.journal.more": "De första {shown} av {count} rader; bladet har alla.",
};
