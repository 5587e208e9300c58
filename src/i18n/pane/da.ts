// The task pane in Danish (Business Central DAN: Juster kostpris - vareposter, Beregn lagerværdi,
// Værdireguleringskladde; field captions from the captions module).
import type { Translations } from "../msg";
import type { paneEn as EnglishCatalogue } from "./en";

export const paneDa: Translations<typeof EnglishCatalogue> = {
  "manifest.displayName": "Lagerværdiansættelse",
  "manifest.description":
    "Business Centrals lagerværdiansættelse i Excel: Juster kostpris - vareposter, gennemsnitlig kostpris og lagerværdi på poster eksporteret fra Business Central.",
  "manifest.getStartedTitle": "Lagerværdiansættelse er klar",
  "manifest.getStartedDescription":
    "Åbn Lagerværdiansættelse på fanen Hjem for at læse posterne eksporteret fra Business Central.",
  "manifest.group": "Værdiansættelse",
  "manifest.button": "Lagerværdiansættelse",
  "manifest.tooltip":
    "Åbn ruden Lagerværdiansættelse: læser vareposterne og værdiposterne i denne projektmappe og viser problemerne.",
  "pane.steps": "Trin",
  "pane.tab.ledger": "Poster",
  "pane.tab.setup": "Opsætning",
  "pane.tab.adjust": "Juster",
  "pane.tab.calculate": "Beregn",
  "pane.tab.post": "Bogfør",
  "pane.tab.valuation": "Værdiansættelse",
  "pane.tab.explain": "Forklar",
  "pane.tab.scenarios": "Scenarier",
  "pane.readingAgain": "Projektmappen læses igen efter ændringen...",
  "pane.notInExcel":
    "Lagerværdiansættelse kører i Excel. Denne side blev åbnet uden for Excel, så der er ingen projektmappe at " +
    "læse: åbn projektmappen i Excel, og vælg Hjem > Lagerværdiansættelse (README beskriver, hvordan tilføjelsesprogrammet tilføjes).",

  "pane.cancelled": "Annulleret: intet blev skrevet.",
  "pane.progress.read": "Læser {table}: {done} af {total} rækker",
  "pane.progress.write": "Skriver {table}: {done} af {total} rækker",
  "pane.progress.append": "Tilføjer til {table}: {done} af {total} rækker",
  "pane.writing": "Skriver til projektmappen...",
  "pane.problems": "Problemer",
  "pane.cancel": "Annuller",
  "pane.cannotCancel": "Skriver, kan ikke annulleres",
  "pane.readingNow": "Læser posterne, som projektmappen har dem nu...",
  "pane.ledgerProblemsNow":
    "Projektmappens poster har problemer nu, så intet blev skrevet. Ret dem (trinnet Poster viser dem efter Læs igen).",

  "pane.ledger.title": "Poster",
  "pane.ledger.readAgain": "Læs igen",
  "pane.ledger.unreadable": "Projektmappen kunne ikke læses: {message}",
  "pane.ledger.looking": "Leder efter tabellerne med poster...",
  "pane.ledger.tablesFound": "Fundne tabeller",
  "pane.ledger.details": "Fundne tabeller og gældende opsætning",
  "pane.ledger.table": "Tabel",
  "pane.ledger.foundOn": "Fundet på",
  "pane.ledger.rows": "Rækker",
  "pane.ledger.notFound": "ikke fundet",
  "pane.ledger.counts": "Poster",
  "pane.ledger.items": "{count, plural, one {# vare med poster} other {# varer med poster}}",
  "pane.ledger.itemLedgerEntries": "{count, plural, one {# varepost} other {# vareposter}}",
  "pane.ledger.valueEntries": "{count, plural, one {# værdipost} other {# værdiposter}}",
  "pane.ledger.postingDates": "Bogføringsdatoer {from} til {to}",
  "pane.costingMethod.label": "Værdiansæt varer uden kostmetode som",
  "pane.costingMethod.howToChoose": "vælg en under ”{label}” i trinnet Poster",
  "pane.costingMethod.notChosen": "Ikke valgt: værdiansættelsen stopper",
  "pane.costingMethod.hint":
    "Kun for de varer, projektmappen ikke giver nogen kostmetode. Bedre: tilføj kolonnen Kostmetode til eksporten (Varer, Tilpas), og læs igen.",
  "pane.costingMethod.chosenHere": "valgt i trinnet Poster",
  "pane.costingMethod.chosenLabel": "Kostmetode valgt",
  "pane.ledger.addToExport": "Tilføj til eksporten: uden disse stopper værdiansættelsen, eller tallene gættes",
  "pane.ledger.columnsToAdd": "Kolonner, der skal tilføjes til eksporten",
  "pane.ledger.folded":
    "Udledt nøjagtigt af posterne eller ikke brugt ({count, plural, one {# kolonne} other {# kolonner}})",
  "pane.ledger.derivedColumns": "Udledte kolonner",
  "pane.ledger.errors":
    "{errors, plural, one {# fejl} other {# fejl}} og {warnings, plural, one {# advarsel} other {# advarsler}}: " +
    "ret cellerne nævnt nedenfor, og vælg derefter Læs igen.",
  "pane.ledger.warnings":
    "Klar til værdiansættelse, med {warnings, plural, one {# advarsel} other {# advarsler}} at gennemgå.",
  "pane.ledger.ready": "Klar til værdiansættelse: ingen problemer fundet.",
  "pane.ledger.goToLabel": "Gå til {table}, række {row}",
  "pane.ledger.goTo": "Gå til",
  "pane.ledger.rounding": "Afrunding: beløb {amount}, enhedsbeløb {unitAmount}",
  "pane.ledger.noRestriction": "ingen begrænsning",
  "pane.ledger.noPeriods": "Regnskabsperioder: ingen (kalenderperioder)",
  "pane.ledger.periods": "Regnskabsperioder: {count} i {years, plural, one {# regnskabsår} other {# regnskabsår}}",

  "pane.import.summary": "Importeret fra {file} til nye ark: {tables}.",
  "pane.import.summaryMapping":
    'Importeret fra {file} til nye ark: {tables}. Filens kolonnetilknytning blev tilføjet til arket "{sheet}".',
  "pane.import.table": "{table} ({count, plural, one {# række} other {# rækker}})",
  "pane.import.tableFrom": '{table} ({count, plural, one {# række} other {# rækker}}, fra "{from}")',
  "pane.import.importing": "Importerer {file}",
  "pane.import.reading": "Læser {file}...",
  "pane.import.looking": "Leder efter tabellerne med poster i {file}...",
  "pane.import.writing": "Skriver tabellerne fra {file}...",
  "pane.import.button": "Importér fra fil...",
  "pane.import.label": "Importér fra fil",
  "pane.import.hint":
    "En eksport, der ikke er i denne projektmappe endnu (.xlsx eller .csv): hver tabel med poster i den kommer i " +
    "et nyt ark med tabellens navn.",

  "pane.map.twice": '{table}: overskriften "{header}" er valgt til både "{first}" og "{second}". Vælg den én gang.',
  "pane.map.saving": "Gemmer kolonnetilknytningen",
  "pane.map.writing": 'Skriver arket "{sheet}"...',
  "pane.map.saved": 'Kolonnetilknytningen er gemt i arket "{sheet}": {changes}.',
  "pane.map.unmapped": '{table} "{column}" ikke længere tilknyttet',
  "pane.map.mapped": '{table} "{column}" = "{header}"',
  "pane.map.label": "Kolonnetilknytning",
  "pane.map.hide": "Skjul kolonnetilknytning",
  "pane.map.show": "Tilknyt kolonner manuelt",
  "pane.map.introRequired":
    "En påkrævet kolonne blev ikke fundet ved sit navn. Vælg for hver kolonne den overskrift, der indeholder den. " +
    'Tilknytningen gemmes i arket "{sheet}" i denne projektmappe (kolonnerne Table, Column, Header), så hver ' +
    "senere læsning bruger den, også costing-kommandolinjens.",
  "pane.map.intro":
    "Overskrifter i tabellerne, som intet kolonnenavn passer til. Vælg for hver kolonne den overskrift, der " +
    'indeholder den. Tilknytningen gemmes i arket "{sheet}" i denne projektmappe (kolonnerne Table, Column, ' +
    "Header), så hver senere læsning bruger den, også costing-kommandolinjens.",
  "pane.map.legend": '{table} (arket "{sheet}")',
  "pane.map.nothingToPick":
    "Hver overskrift i arket hører til en anden kolonne, så der er ingen at vælge: tilføj den manglende kolonne til eksporten.",
  "pane.map.required": "{column} (påkrævet)",
  "pane.map.stale": 'Tilknyttet "{header}", som arket ikke har.',
  "pane.map.notFound": "Ikke fundet: vælg dens overskrift.",
  "pane.map.notMapped": "Ikke tilknyttet",
  "pane.map.save": "Gem tilknytning",

  "pane.setup.title": "Opsætning",
  "pane.setup.notANumber": '{what} "{text}" er ikke et tal. Angiv f.eks. 0,01.',
  "pane.setup.notPositive": "{what} skal være større end 0, f.eks. 0,01.",
  "pane.dateNotRead": '{what} "{text}" er ikke en dato; intet blev gjort. Angiv den som {example}.',
  "pane.setup.saving": "Gemmer opsætningen",
  "pane.setup.writing": "Skriver arket Lageropsætning...",
  "pane.setup.saved": "Lageropsætning gemt i projektmappen. Posterne læses igen med den.",
  "pane.setup.addingYear": "Tilføjer et regnskabsår",
  "pane.setup.firstDay": "Angiv regnskabsårets første dag, den første i en måned (f.eks. 2025-01-01).",
  "pane.setup.periodExists": "Der er allerede en regnskabsperiode, der starter {date}.",
  "pane.setup.overlap":
    "Året fra {from} går ind i regnskabsperioden, der starter {start}. Vælg den første dag efter den sidste " +
    "periode, eller ret arket Regnskabsperioder manuelt.",
  "pane.setup.writingPeriods": "Skriver arket Regnskabsperioder...",
  "pane.setup.added": "Tolv månedsperioder fra {date} tilføjet til arket Regnskabsperioder.",
  "pane.setup.noLimit": "Tom: ingen grænse.",
  "pane.setup.save": "Gem opsætning",
  "pane.setup.periods": "Regnskabsperioder",
  "pane.setup.noPeriods": "Ingen: de gennemsnitlige omkostningsperioder følger kalenderen og opsætningen ovenfor.",
  "pane.setup.periodCount": "{count, plural, one {# periode} other {# perioder}}, regnskabsår fra {years}.",
  "pane.setup.newYear": "Nyt regnskabsår fra",
  "pane.setup.addPeriods": "Tilføj 12 perioder",
  "pane.setup.fiscalYears": "Regnskabsår",
  "pane.setup.yearFrom": "Fra",
  "pane.setup.yearsNote":
    "Hvert regnskabsår beholder den gennemsnitskostprisperiode og beregningstype, det blev åbnet med (dets periode med Nyt regnskabsår); opsætningen ovenfor er det, et regnskabsår tilføjet fra nu af får.",

  "pane.adjust.title": "Juster kostpris",
  "pane.adjust.intro":
    "Kører Juster kostpris - vareposter: udgående poster får kostprisen for det, de er udlignet med, " +
    "gennemsnitsvarer deres periodes gennemsnit. Intet skrives, før du tilføjer.",
  "pane.adjust.adjusting": "Justerer kostpris",
  "pane.adjust.running": "Kører Juster kostpris - vareposter...",
  "pane.adjust.appending": "Tilføjer",
  "pane.adjust.runningAgain": "Kører Juster kostpris - vareposter igen på de aktuelle poster...",
  "pane.adjust.changed":
    "Projektmappen er ændret, siden justeringerne blev beregnet, så intet blev tilføjet. Tabellen viser nu, hvad " +
    "kostprisjusteringen giver på de aktuelle poster: kontrollér den, og tilføj igen.",
  "pane.adjust.writing": "Tilføjer {count, plural, one {# værdipost} other {# værdiposter}} til Værdiposter...",
  "pane.adjust.done":
    "{count, plural, one {# værdipost} other {# værdiposter}} tilføjet til Værdiposter (løbenr. {first}..{last}).",
  "pane.adjust.calculate": "Beregn justeringer",
  "pane.adjust.nothing": "Intet at justere: alle varers kostpris er allerede justeret.",
  "pane.adjust.summary":
    "{count, plural, one {# værdipost} other {# værdiposter}} for {items, plural, one {# vare} other {# varer}}, i alt {total}:",
  "pane.adjust.perItem": "Justeringer pr. vare",
  "pane.adjust.chart": "Hvor reguleringerne havner: beløb pr. måned, pr. vare",
  "pane.adjust.perMonth": "Reguleringer pr. vare og måned (bogføringsdato)",
  "pane.adjust.entries": "Poster",
  "pane.adjust.append": "Tilføj {count, plural, one {# værdipost} other {# værdiposter}}",

  "pane.calc.title": "Beregn lagerværdi",
  "pane.calc.baseBlank": "(tom): behold den beregnede værdi",
  "pane.calc.baseLastDirect": "Seneste købspris",
  "pane.calc.baseStandard": "Kostpris (standard)",
  "pane.calc.calculating": "Beregner",
  "pane.calc.running": "Beregner lagerværdien...",
  "pane.calc.nothing":
    "Intet at regulere {date}: ingen vare har et antal, der kan reguleres (fuldt faktureret, på lager den dag), " +
    "inden for de valgte indstillinger. Intet blev skrevet.",
  "pane.calc.written":
    '{count, plural, one {# linje} other {# linjer}} skrevet i arket "Revaluation Journal", Lagerværdi ' +
    "(beregnet) {total}. Angiv den nye Kostpris (reguleret) eller Lagerværdi (reguleret) dér, eller brug " +
    "hvad-nu-hvis-værktøjerne nedenfor.",
  "pane.calc.noJournal": "Der er ingen værdireguleringskladde endnu: beregn lagerværdien først.",
  "pane.calc.cellsToCorrect": "Værdireguleringskladden har celler, der skal rettes først; intet blev ændret.",
  "pane.calc.postedAlready": "Denne kladde er allerede bogført; beregn en ny for at prøve andre kostpriser.",
  "pane.calc.writing": "Skriver værdireguleringskladden...",
  "pane.calc.changed":
    "{label}: {changed} af {total, plural, one {# linje} other {# linjer}} ændret i værdireguleringskladden.",
  "pane.calc.fromLastDirect": "Kostpris (reguleret) fra seneste købspris",
  "pane.calc.fromStandard": "Kostpris (reguleret) fra kostpris (standard)",
  "pane.calc.whatIf": "Hvad nu hvis",
  "pane.calc.notAPercentage": '"{value}" er ikke en procentsats. Angiv f.eks. -10 eller 5,5.',
  "pane.calc.byPercent": "Kostpris (reguleret) ændret med {percent} %",
  "pane.calc.postingDateHint": "Datoen, lageret værdiansættes på; reguleringen bogføres på den.",
  "pane.calc.documentNoHint": "Tom: REVAL-<dato>.",
  "pane.calc.per": "Beregn pr.",
  "pane.calc.perItem": "Vare",
  "pane.calc.perEntry": "Varepost",
  "pane.calc.byLocation": "Efter lokation",
  "pane.calc.byVariant": "Efter variant",
  "pane.calc.base": "Beregningsgrundlag",
  "pane.calc.updateStandardCost": "Opdater kostpris (standard)",
  "pane.calc.items": "Varer",
  "pane.calc.itemsHint": "Varenumre adskilt af kommaer; tom for alle varer.",
  "pane.calc.replace": "Erstat en kladde, der ikke er bogført",
  "pane.calc.calculate": "Beregn",
  "pane.calc.whatIfTitle": "Hvad nu hvis i kladden",
  "pane.calc.forItems": "For varer",
  "pane.calc.forItemsHint": "Tom: hver linje i kladden.",
  "pane.calc.change": "Ændring %",
  "pane.calc.apply": "Anvend",
  "pane.calc.lastDirect": "Fra seneste købspris",
  "pane.calc.standard": "Fra kostpris (standard)",

  "pane.post.title": "Eksempel og bogføring",
  "pane.post.intro":
    'Læser arket "Revaluation Journal". Eksemplet viser, hvad bogføringen ville ændre; intet skrives, før du bogfører.',
  "pane.post.preview": "Vis eksempel",
  "pane.post.readingJournal": "Læser værdireguleringskladden...",
  "pane.post.onACopy": "Bogfører på en kopi og kører kostprisjustering...",
  "pane.post.posting": "Bogfører",
  "pane.post.checking": "Kontrollerer hver linje, før noget skrives...",
  "pane.post.writing": 'Bogfører: tilføjer værdiposter, "Posting Log", markerer kladden som bogført...',
  "pane.post.done":
    "{lines, plural, one {# linje} other {# linjer}} bogført (bilagsnr. {documentNos}): {revaluations} " +
    "regulerings- og {adjustments, plural, one {# justeringsværdipost} other {# justeringsværdiposter}} tilføjet " +
    'til Værdiposter, beløb {amount}. "Posting Log" har en ny række, og kladden er markeret som bogført.',
  "pane.post.doneRange":
    "{lines, plural, one {# linje} other {# linjer}} bogført (bilagsnr. {documentNos}): {revaluations} " +
    "regulerings- og {adjustments, plural, one {# justeringsværdipost} other {# justeringsværdiposter}} tilføjet " +
    'til Værdiposter (løbenr. {first}..{last}), beløb {amount}. "Posting Log" har en ny række, og kladden er ' +
    "markeret som bogført.",
  "pane.post.adjust": "Kør kostprisjustering efter bogføringen (fører reguleringen videre til det salg, den påvirker)",
  "pane.post.post": "Bogfør",
  "pane.post.previewFirst":
    "Vis først et eksempel på kladden: Bogfør kan bruges, når eksemplet viser, hvad bogføringen ændrer.",
  "pane.post.changedSincePreview":
    "Revalueringskladden eller posterne er ændret siden eksemplet, så intet blev bogført.",
  "pane.post.previewNow": "Eksemplet nedenfor viser kladden, som den er nu: kontrollér det, og bogfør derefter.",
  "pane.post.wouldCreate":
    "Bogføringen ville oprette {count, plural, one {# reguleringsværdipost} other {# reguleringsværdiposter}}; " +
    "kostprisjusteringen ville derefter tilføje {adjustments}.",
  "pane.post.perItem": "Virkning pr. vare",
  "pane.post.item": "Vare",
  "pane.post.inventoryBefore": "Lager før",
  "pane.post.after": "efter",
  "pane.post.cogsChange": "Ændring i vareforbrug",
  "pane.post.perMonth": "Virkning pr. vare og måned",
  "pane.post.month": "Måned",
  "pane.post.inventory": "Lager",
  "pane.post.cogs": "Vareforbrug",
  "pane.post.finishing": "Afslutter bogføringen",
  "pane.post.finishingInterrupted": "Afslutter den afbrudte bogføring...",
  "pane.post.rollingBack": "Ruller tilbage",
  "pane.post.deleting": "Sletter de værdiposter, den afbrudte bogføring tilføjede...",
  "pane.post.finish": "Afslut bogføringen",
  "pane.post.rollBack": "Rul tilbage",
  "pane.post.inventoryDown": "lager ned",
  "pane.post.inventoryUp": "lager op",
  "pane.post.cogsUp": "vareforbrug op",
  "pane.post.cogsDown": "vareforbrug ned",
  "pane.post.unchanged": "{count, plural, one {# vare} other {# varer}}, som kladden ikke ændrer, vises ikke.",
  "pane.post.signs":
    "Lager og vareforbrug, som de ville være efter bogføring, Reguler kostpris medregnet. En positiv ændring af vareforbruget er mere vareforbrug (en lavere avance), en negativ mindre.",
  "pane.post.writeToSheet": "Skriv til ark med diagram",
  "pane.post.writingSheet": "Skriver arket Revaluation Preview og dets diagram...",
  "pane.post.sheetWritten":
    "Ændringen pr. måned står i arket {sheet} med et diagram ved siden af til at kopiere ind i en rapport.",
  "pane.post.sheetWrittenNoChart": "Ændringen pr. måned står i arket {sheet} (denne Excel tilføjer intet diagram).",
  "pane.post.chartTitle": "Ændring pr. måned: lagerværdi og vareforbrug",

  "pane.scenarios.title": "Værdireguleringsscenarier",
  "pane.scenarios.intro":
    'Prøv flere reguleringer, før du bogfører én. Hvert scenarie er et sæt linjer i værdireguleringskladden, som gemmes i arket "Revaluation Scenarios" og sammenlignes på en kopi af posterne, som de er nu: intet bogføres, før du bogfører et af dem.',
  "pane.scenarios.compare": "Sammenlign",
  "pane.scenarios.comparing": "Sammenligner scenarierne på en kopi af posterne",
  "pane.scenarios.none": "Der er ingen scenarier endnu: tilføj et nedenfor.",
  "pane.scenarios.sideBySide": "Scenarierne side om side",
  "pane.scenarios.inventoryAfter": "Lager efter",
  "pane.scenarios.signs": "Negativ: lager ned eller vareforbrug ned.",
  "pane.scenarios.staleMark":
    "* Forældet: der er bogført poster for dets varer, siden det blev beregnet; tallene viser, hvad det giver nu.",
  "pane.scenarios.cogsChart": "Vareforbrug: ændring pr. måned",
  "pane.scenarios.inventoryChart": "Lagerværdi: ændring pr. måned",
  "pane.scenarios.sheetInventory": "{name}: ændring i lager",
  "pane.scenarios.sheetCogs": "{name}: ændring i vareforbrug",
  "pane.scenarios.sheetChart": "Ændring pr. måned og scenarie: lagerværdi og vareforbrug",
  "pane.scenarios.current": "Beregnet på posterne, som de er.",
  "pane.scenarios.stale": "Forældet: genberegn det, før du bogfører det.",
  "pane.scenarios.postedAt": "Bogført {postedAt}.",
  "pane.scenarios.byPercent": "Kostpris ændret med {percent} %",
  "pane.scenarios.atUnitCost": "Kostpris {cost}",
  "pane.scenarios.typed": "Kostpriser angivet i arket",
  "pane.scenarios.whatIfOn": "{whatIf}, bogføringsdato {date}",
  "pane.scenarios.recalculate": "Genberegn",
  "pane.scenarios.refreshed": 'Scenariet "{name}" blev beregnet igen på posterne, som de er nu.',
  "pane.scenarios.post": "Bogfør",
  "pane.scenarios.posting": "Bogfører scenariet",
  "pane.scenarios.postedDone":
    'Scenariet "{name}" blev bogført som værdireguleringskladden: {revaluations, plural, one {# reguleringspost} other {# reguleringsposter}} ({amount}) og {adjustments, plural, one {# justeringspost} other {# justeringsposter}}. De andre scenarier for dets varer er nu forældede.',
  "pane.scenarios.changedSinceCompare":
    'Scenariet "{name}" eller posterne er ændret siden sammenligningen; intet blev bogført. Sammenligningen vises igen, som den er nu: se på den, og bogfør derefter.',
  "pane.scenarios.replaceJournal": "Erstat en værdireguleringskladde, der ikke er bogført endnu",
  "pane.scenarios.perItem": "Pr. vare",
  "pane.scenarios.hideItems": "Skjul varer",
  "pane.scenarios.perItemOf": "{name}, pr. vare",
  "pane.scenarios.noItemChanges": "Det ændrer ingen vare: hver linjes Beløb er 0,00.",
  "pane.scenarios.addTitle": "Tilføj et scenarie",
  "pane.scenarios.name": "Navn",
  "pane.scenarios.whatIf": "Ny kostpris",
  "pane.scenarios.percent": "Den beregnede kostpris ændret med en procentsats",
  "pane.scenarios.unitCost": "Én kostpris for alle linjer",
  "pane.scenarios.lastDirect": "Varens seneste købspris",
  "pane.scenarios.standard": "Varens kostpris (standard)",
  "pane.scenarios.calculated": "Den beregnede kostpris: jeg angiver de nye i arket",
  "pane.scenarios.fromJournal": "Værdireguleringskladdens linjer, som de er",
  "pane.scenarios.percentValue": "Ændring i %, f.eks. -10",
  "pane.scenarios.unitCostValue": "Kostpris, f.eks. 8,00",
  "pane.scenarios.items": "Varer (tom: alle varer)",
  "pane.scenarios.replace": "Erstat scenariet med det navn",
  "pane.scenarios.add": "Tilføj scenarie",
  "pane.scenarios.adding": "Tilføjer scenariet",
  "pane.scenarios.writing": "Skriver arket Revaluation Scenarios",
  "pane.scenarios.added":
    'Scenariet "{name}" blev tilføjet: {count, plural, one {# linje} other {# linjer}}, reguleringsbeløb {amount}.',
  "pane.scenarios.missingDate": "Angiv reguleringens bogføringsdato; intet blev gjort.",
  "pane.scenarios.negativeCost": '"{value}" er negativ; intet blev gjort. Angiv en kostpris på 0 eller mere.',
  "pane.scenarios.notANumber": '"{value}" er ikke et tal; intet blev gjort. Angiv det som -10 eller 8,00.',

  // Explain
  "pane.explain.title": "Forklar en gennemsnitskostpris",
  "pane.explain.intro":
    "Business Centrals oversigt over beregning af gns. kostpris for en vare med kostmetoden Gennemsnit på en dato: gennemsnitskostprisperioden, primo, hver post i perioden, ultimo og gennemsnittet, som Reguler kostpris efterlader posterne (på en kopi; intet skrives). Eller vælg en COSTING-celle eller en postrække i Excel, og tag den derfra.",
  "pane.explain.date": "Dato",
  "pane.explain.codeHint":
    "Kun når beregningstypen for gns. kostpris er Vare & lokation & variant. Tom: hver lokation; (blank): posterne uden lokation.",
  "pane.explain.explain": "Forklar",
  "pane.explain.explaining": "Forklarer",
  "pane.explain.computing": "Kører Reguler kostpris på en kopi og samler periodens poster...",
  "pane.explain.fromSelection": "Fra den markerede celle",
  "pane.explain.readingSelection": "Læser den markerede celle...",
  "pane.explain.writeToSheet": "Skriv til ark",
  "pane.explain.writing": "Skriver arket Average Cost Overview...",
  "pane.explain.written": "{rows, plural, one {# række} other {# rækker}} skrevet til arket {sheet}.",
  "pane.explain.fromCall": "Forklaret ud fra {address}: COSTING.{name}.",
  "pane.explain.fromRow": "Forklaret ud fra {table}, række {row}.",
  "pane.explain.selectionNotUsable":
    "Den markerede celle {address} indeholder ingen COSTING-formel og er ikke en række i Værdiposter eller Vareposter; intet blev forklaret. Marker en sådan celle i Excel, og klik igen på Fra den markerede celle, eller skriv varen og datoen.",
  "pane.explain.notExplained":
    "Den markerede celle {address} indeholder COSTING.{name}, som ikke har noget gennemsnit bag sig; intet blev forklaret. Marker en celle med AVGCOST, UNITCOST, QTY, VALUE, REVALQTY eller EXPLAIN.",
  "pane.explain.argumentUnknown":
    "Den markerede celle {address} overfører {text}, som ruden ikke kan læse som en vare, en dato eller en kode; intet blev forklaret. Skriv varen og datoen ovenfor, og klik på Forklar.",
  "pane.explain.argumentMissing":
    "Formlen i {address} angiver ingen vare eller ingen dato; intet blev forklaret. Skriv dem ovenfor, og klik på Forklar.",
  "pane.explain.missing": "Skriv varenummeret og en dato, og klik derefter på Forklar.",
  "pane.explain.goTo": "Gå til varepost {entry}",
  "pane.explain.averageOf": "Gennemsnit af",

  // Valuation
  "pane.valuation.title": "Lagerværdiansættelse",
  "pane.valuation.intro":
    "Lageret pr. vare på en dato, som costing valuation på kommandolinjen værdiansætter det: antal og værdi (faktisk og forventet kostpris). Intet skrives.",
  "pane.valuation.date": "Dato",
  "pane.valuation.basis": "Tæl værdiposterne",
  "pane.valuation.byValuationDate":
    "Efter værdiansættelsesdato (som Beregn lagerværdi og gennemsnitskostprisen ser det)",
  "pane.valuation.byPostingDate": "Efter bogføringsdato (som rapporten Lagerværdiansættelse)",
  "pane.valuation.byLocation": "Én linje pr. lokation",
  "pane.valuation.adjusted":
    "Med de reguleringer, Reguler kostpris ville bogføre (på en kopi, som COSTING-funktionerne svarer)",
  "pane.valuation.value": "Værdiansæt lager",
  "pane.valuation.valuing": "Værdiansætter",
  "pane.valuation.computing": "Lægger værdiposterne sammen...",
  "pane.valuation.adjusting": "Kører Reguler kostpris på en kopi og lægger værdiposterne sammen...",
  "pane.valuation.heading": "Lager pr. {date}, efter værdiansættelsesdato",
  "pane.valuation.headingPosting": "Lager pr. {date}, efter bogføringsdato",
  "pane.valuation.none": "Intet på lager og ingen værdi på den dato.",
  "pane.valuation.expected": "Af totalen er {amount} forventet kostpris (leveret, endnu ikke faktureret).",
  "pane.valuation.hidden":
    "{count, plural, one {# vare} other {# varer}} uden beholdning og uden værdi på datoen vises ikke.",
  "pane.valuation.missingDate": "Angiv en dato, og klik derefter på Værdiansæt lager.",

  // Journal lines
  "pane.journal.title": "Kladdelinjer",
  "pane.journal.show": "Vis kladdens linjer",
  "pane.journal.readAgain": "Læs linjerne igen",
  "pane.journal.reading": "Læser revalueringskladden...",
  "pane.journal.none": "Projektmappen har endnu ingen revalueringskladde: beregn en i trinnet Beregn først.",
  "pane.journal.saving": "Ændrer kostprisen",
  "pane.journal.writing": "Skriver Kostpris (revalueret) i kladden og genberegner linjen...",
  "pane.journal.notANumber":
    '"{text}" er ikke en kostpris; intet blev skrevet. Angiv et tal på 0 eller mere, f.eks. {example}.',
  "pane.journal.cannot":
    "Linjen kunne ikke ændres (den er bogført, eller kladden er ændret); intet blev skrevet. Linjerne ovenfor er kladden, som den er nu.",
  "pane.journal.onHand": "{quantity} til {unitCost} beregnet",
  "pane.journal.unitCostOf": "Kostpris (revalueret) for {item}, række {row}",
  "pane.journal.more": "De første {shown} af {count} linjer; arket har dem alle.",
};
