// The task pane in Dutch (Business Central NLD: Kostprijs herwaarderen - Artikelposten, Voorraadwaarde berekenen,
// Herwaarderingsdagboek; field captions from the captions module).
import type { Translations } from "../msg";
import type { paneEn as EnglishCatalogue } from "./en";

export const paneNl: Translations<typeof EnglishCatalogue> = {
  "manifest.displayName": "Voorraadwaardering",
  "manifest.description":
    "Voorraadwaardering van Business Central in Excel: Kostprijs herwaarderen - Artikelposten, gemiddelde kostprijs en voorraadwaarde op posten die uit Business Central zijn geëxporteerd.",
  "manifest.getStartedTitle": "Voorraadwaardering is klaar",
  "manifest.getStartedDescription":
    "Open Voorraadwaardering op het tabblad Start om de uit Business Central geëxporteerde posten te lezen.",
  "manifest.group": "Waardering",
  "manifest.button": "Voorraadwaardering",
  "manifest.tooltip":
    "Open het deelvenster Voorraadwaardering: leest de artikelposten en waardeposten in deze werkmap en toont de problemen.",
  "pane.steps": "Stappen",
  "pane.tab.ledger": "Posten",
  "pane.tab.setup": "Instellingen",
  "pane.tab.adjust": "Herwaarderen",
  "pane.tab.calculate": "Berekenen",
  "pane.tab.post": "Boeken",
  "pane.tab.valuation": "Waardering",
  "pane.tab.explain": "Uitleggen",
  "pane.tab.scenarios": "Scenario's",
  "pane.readingAgain": "De werkmap wordt na de wijziging opnieuw gelezen...",
  "pane.notInExcel":
    "Voorraadwaardering draait in Excel. Deze pagina is buiten Excel geopend, dus er is geen werkmap om te lezen: " +
    "open de werkmap in Excel en kies Start > Voorraadwaardering (de README beschrijft hoe u de invoegtoepassing toevoegt).",

  "pane.cancelled": "Geannuleerd: er is niets geschreven.",
  "pane.progress.read": "{table} lezen: {done} van {total} rijen",
  "pane.progress.write": "{table} schrijven: {done} van {total} rijen",
  "pane.progress.append": "Toevoegen aan {table}: {done} van {total} rijen",
  "pane.writing": "Schrijven naar de werkmap...",
  "pane.problems": "Problemen",
  "pane.cancel": "Annuleren",
  "pane.cannotCancel": "Bezig met schrijven, annuleren kan niet",
  "pane.readingNow": "De posten worden gelezen zoals de werkmap ze nu bevat...",
  "pane.ledgerProblemsNow":
    "De posten van de werkmap hebben nu problemen, dus er is niets geschreven. Corrigeer ze (de stap Posten toont " +
    "ze na Opnieuw lezen).",

  "pane.ledger.title": "Posten",
  "pane.ledger.readAgain": "Opnieuw lezen",
  "pane.ledger.unreadable": "De werkmap kon niet worden gelezen: {message}",
  "pane.ledger.looking": "De tabellen met posten worden gezocht...",
  "pane.ledger.tablesFound": "Gevonden tabellen",
  "pane.ledger.details": "Gevonden tabellen en geldende instellingen",
  "pane.ledger.table": "Tabel",
  "pane.ledger.foundOn": "Gevonden op",
  "pane.ledger.rows": "Rijen",
  "pane.ledger.notFound": "niet gevonden",
  "pane.ledger.counts": "Posten",
  "pane.ledger.items": "{count, plural, one {# artikel met posten} other {# artikelen met posten}}",
  "pane.ledger.itemLedgerEntries": "{count, plural, one {# artikelpost} other {# artikelposten}}",
  "pane.ledger.valueEntries": "{count, plural, one {# waardepost} other {# waardeposten}}",
  "pane.ledger.postingDates": "Boekingsdatums {from} tot {to}",
  "pane.costingMethod.label": "Artikelen zonder waarderingsmethode waarderen als",
  "pane.costingMethod.howToChoose": 'kies er een onder "{label}" in de stap Posten',
  "pane.costingMethod.notChosen": "Niet gekozen: de waardering stopt",
  "pane.costingMethod.hint":
    "Alleen voor de artikelen waarvoor de werkmap geen waarderingsmethode geeft. Beter: voeg de kolom Waarderingsmethode toe aan de export (Artikelen, Aanpassen) en lees opnieuw.",
  "pane.costingMethod.chosenHere": "gekozen in de stap Posten",
  "pane.costingMethod.chosenLabel": "Waarderingsmethode gekozen",
  "pane.ledger.addToExport": "Toevoegen aan de export: zonder deze stopt de waardering of worden de cijfers geschat",
  "pane.ledger.columnsToAdd": "Kolommen om aan de export toe te voegen",
  "pane.ledger.folded":
    "Exact afgeleid uit de posten, of niet gebruikt ({count, plural, one {# kolom} other {# kolommen}})",
  "pane.ledger.derivedColumns": "Afgeleide kolommen",
  "pane.ledger.errors":
    "{errors, plural, one {# fout} other {# fouten}} en {warnings, plural, one {# waarschuwing} other {# waarschuwingen}}: " +
    "corrigeer de cellen die hieronder staan en kies daarna Opnieuw lezen.",
  "pane.ledger.warnings":
    "Klaar voor de waardering, met {warnings, plural, one {# waarschuwing} other {# waarschuwingen}} om te bekijken.",
  "pane.ledger.ready": "Klaar voor de waardering: geen problemen gevonden.",
  "pane.ledger.goToLabel": "Ga naar {table}, rij {row}",
  "pane.ledger.goTo": "Ga naar",
  "pane.ledger.rounding": "Afronding: bedragen {amount}, bedragen per eenheid {unitAmount}",
  "pane.ledger.noRestriction": "geen beperking",
  "pane.ledger.noPeriods": "Boekingsperioden: geen (kalenderperioden)",
  "pane.ledger.periods": "Boekingsperioden: {count} in {years, plural, one {# boekjaar} other {# boekjaren}}",

  "pane.import.summary": "Geïmporteerd uit {file} in nieuwe bladen: {tables}.",
  "pane.import.summaryMapping":
    'Geïmporteerd uit {file} in nieuwe bladen: {tables}. De kolomtoewijzing van het bestand is toegevoegd aan het blad "{sheet}".',
  "pane.import.table": "{table} ({count, plural, one {# rij} other {# rijen}})",
  "pane.import.tableFrom": '{table} ({count, plural, one {# rij} other {# rijen}}, uit "{from}")',
  "pane.import.importing": "{file} importeren",
  "pane.import.reading": "{file} lezen...",
  "pane.import.looking": "De tabellen met posten worden in {file} gezocht...",
  "pane.import.writing": "De tabellen uit {file} worden geschreven...",
  "pane.import.button": "Importeren uit bestand...",
  "pane.import.label": "Importeren uit bestand",
  "pane.import.hint":
    "Een export die nog niet in deze werkmap staat (.xlsx of .csv): elke tabel met posten erin komt in een nieuw " +
    "blad met de naam van de tabel.",

  "pane.map.twice": '{table}: de kop "{header}" is gekozen voor zowel "{first}" als "{second}". Kies hem één keer.',
  "pane.map.saving": "De kolomtoewijzing wordt opgeslagen",
  "pane.map.writing": 'Het blad "{sheet}" wordt geschreven...',
  "pane.map.saved": 'Kolomtoewijzing opgeslagen in het blad "{sheet}": {changes}.',
  "pane.map.unmapped": '{table} "{column}" niet meer toegewezen',
  "pane.map.mapped": '{table} "{column}" = "{header}"',
  "pane.map.label": "Kolomtoewijzing",
  "pane.map.hide": "Kolomtoewijzing verbergen",
  "pane.map.show": "Kolommen handmatig toewijzen",
  "pane.map.introRequired":
    "Een verplichte kolom is niet op zijn naam gevonden. Kies voor elke kolom de kop die hem bevat. De toewijzing " +
    'wordt opgeslagen in het blad "{sheet}" van deze werkmap (kolommen Table, Column, Header), zodat elke latere ' +
    "lezing hem gebruikt, ook die van de costing-opdrachtregel.",
  "pane.map.intro":
    "Koppen van de tabellen waar geen kolomnaam bij past. Kies voor elke kolom de kop die hem bevat. De toewijzing " +
    'wordt opgeslagen in het blad "{sheet}" van deze werkmap (kolommen Table, Column, Header), zodat elke latere ' +
    "lezing hem gebruikt, ook die van de costing-opdrachtregel.",
  "pane.map.legend": '{table} (blad "{sheet}")',
  "pane.map.nothingToPick":
    "Elke kop van het blad hoort bij een andere kolom, dus er is er geen om te kiezen: voeg de ontbrekende kolom " +
    "toe aan de export.",
  "pane.map.required": "{column} (verplicht)",
  "pane.map.stale": 'Toegewezen aan "{header}", dat het blad niet heeft.',
  "pane.map.notFound": "Niet gevonden: kies de kop.",
  "pane.map.notMapped": "Niet toegewezen",
  "pane.map.save": "Toewijzing opslaan",

  "pane.setup.title": "Instellingen",
  "pane.setup.notANumber": '{what} "{text}" is geen getal. Voer bijvoorbeeld 0,01 in.',
  "pane.setup.notPositive": "{what} moet groter zijn dan 0, bijvoorbeeld 0,01.",
  "pane.dateNotRead": '{what} "{text}" is geen datum; er is niets gedaan. Typ hem als {example}.',
  "pane.setup.saving": "De instellingen worden opgeslagen",
  "pane.setup.writing": "Het blad Voorraadinstellingen wordt geschreven...",
  "pane.setup.saved": "Voorraadinstellingen opgeslagen in de werkmap. De posten worden ermee opnieuw gelezen.",
  "pane.setup.addingYear": "Een boekjaar toevoegen",
  "pane.setup.firstDay": "Voer de eerste dag van het boekjaar in, de eerste van een maand (bijvoorbeeld 2025-01-01).",
  "pane.setup.periodExists": "Er is al een boekingsperiode die op {date} begint.",
  "pane.setup.overlap":
    "Het jaar vanaf {from} loopt door in de boekingsperiode die op {start} begint. Kies de eerste dag na de " +
    "laatste periode, of wijzig het blad Boekingsperioden handmatig.",
  "pane.setup.writingPeriods": "Het blad Boekingsperioden wordt geschreven...",
  "pane.setup.added": "Twaalf maandperioden vanaf {date} toegevoegd aan het blad Boekingsperioden.",
  "pane.setup.noLimit": "Leeg: geen grens.",
  "pane.setup.save": "Instellingen opslaan",
  "pane.setup.periods": "Boekingsperioden",
  "pane.setup.noPeriods":
    "Geen: de perioden voor gemiddelde kostprijsberekening volgen de kalender en de instellingen hierboven.",
  "pane.setup.periodCount": "{count, plural, one {# periode} other {# perioden}}, boekjaren vanaf {years}.",
  "pane.setup.newYear": "Nieuw boekjaar vanaf",
  "pane.setup.addPeriods": "12 perioden toevoegen",
  "pane.setup.fiscalYears": "Boekjaren",
  "pane.setup.yearFrom": "Vanaf",
  "pane.setup.yearsNote":
    "Elk boekjaar houdt de gemiddelde-kostprijsperiode en het berekeningstype waarmee het geopend is (die van zijn periode met Nieuw boekjaar); de instelling hierboven krijgt een boekjaar dat vanaf nu wordt toegevoegd.",

  "pane.adjust.title": "Kostprijs herwaarderen",
  "pane.adjust.intro":
    "Voert Kostprijs herwaarderen - Artikelposten uit: uitgaande posten krijgen de kosten van waarmee ze vereffend " +
    "zijn, artikelen met gemiddelde kostprijs het gemiddelde van hun periode. Er wordt niets geschreven voordat u toevoegt.",
  "pane.adjust.adjusting": "Kostprijs herwaarderen",
  "pane.adjust.running": "Kostprijs herwaarderen - Artikelposten wordt uitgevoerd...",
  "pane.adjust.appending": "Toevoegen",
  "pane.adjust.runningAgain": "Kostprijs herwaarderen - Artikelposten wordt opnieuw uitgevoerd op de huidige posten...",
  "pane.adjust.changed":
    "De werkmap is gewijzigd sinds de correcties zijn berekend, dus er is niets toegevoegd. De tabel toont nu wat " +
    "de kostprijsherwaardering op de huidige posten geeft: controleer die en voeg opnieuw toe.",
  "pane.adjust.writing": "{count, plural, one {# waardepost} other {# waardeposten}} toevoegen aan Waardeposten...",
  "pane.adjust.done":
    "{count, plural, one {# waardepost} other {# waardeposten}} toegevoegd aan Waardeposten (volgnr. {first}..{last}).",
  "pane.adjust.calculate": "Correcties berekenen",
  "pane.adjust.nothing": "Niets te herwaarderen: de kostprijs van elk artikel is al geherwaardeerd.",
  "pane.adjust.summary":
    "{count, plural, one {# waardepost} other {# waardeposten}} voor {items, plural, one {# artikel} other {# artikelen}}, totaal {total}:",
  "pane.adjust.perItem": "Correcties per artikel",
  "pane.adjust.chart": "Waar de herwaarderingen terechtkomen: bedrag per maand, per artikel",
  "pane.adjust.perMonth": "Herwaarderingen per artikel en maand (boekingsdatum)",
  "pane.adjust.entries": "Posten",
  "pane.adjust.append": "{count, plural, one {# waardepost} other {# waardeposten}} toevoegen",

  "pane.calc.title": "Voorraadwaarde berekenen",
  "pane.calc.baseBlank": "(leeg): de berekende waarde behouden",
  "pane.calc.baseLastDirect": "Laatste directe kostprijs",
  "pane.calc.baseStandard": "Vaste verrekenprijs",
  "pane.calc.calculating": "Berekenen",
  "pane.calc.running": "De voorraadwaarde wordt berekend...",
  "pane.calc.nothing":
    "Niets te herwaarderen op {date}: geen artikel heeft een herwaardeerbaar aantal (volledig gefactureerd, op " +
    "voorraad die dag) binnen de gekozen opties. Er is niets geschreven.",
  "pane.calc.written":
    '{count, plural, one {# regel} other {# regels}} geschreven in het blad "Revaluation Journal", ' +
    "Voorraadwaarde (berekend) {total}. Voer daar de nieuwe Kostprijs (geherwaardeerd) of Voorraadwaarde " +
    "(geherwaardeerd) in, of gebruik de wat-als-hulpmiddelen hieronder.",
  "pane.calc.noJournal": "Er is nog geen herwaarderingsdagboek: bereken eerst de voorraadwaarde.",
  "pane.calc.cellsToCorrect": "Het herwaarderingsdagboek heeft eerst cellen om te corrigeren; er is niets gewijzigd.",
  "pane.calc.postedAlready": "Dit dagboek is al geboekt; bereken een nieuw om andere kosten te proberen.",
  "pane.calc.writing": "Het herwaarderingsdagboek wordt geschreven...",
  "pane.calc.changed":
    "{label}: {changed} van {total, plural, one {# regel} other {# regels}} gewijzigd in het herwaarderingsdagboek.",
  "pane.calc.fromLastDirect": "Kostprijs (geherwaardeerd) uit laatste directe kostprijs",
  "pane.calc.fromStandard": "Kostprijs (geherwaardeerd) uit vaste verrekenprijs",
  "pane.calc.whatIf": "Wat als",
  "pane.calc.notAPercentage": '"{value}" is geen percentage. Voer bijvoorbeeld -10 of 5,5 in.',
  "pane.calc.byPercent": "Kostprijs (geherwaardeerd) gewijzigd met {percent} %",
  "pane.calc.postingDateHint": "De datum waarop de voorraad wordt gewaardeerd; de herwaardering wordt erop geboekt.",
  "pane.calc.documentNoHint": "Leeg: REVAL-<datum>.",
  "pane.calc.per": "Berekenen per",
  "pane.calc.perItem": "Artikel",
  "pane.calc.perEntry": "Artikelpost",
  "pane.calc.byLocation": "Per locatie",
  "pane.calc.byVariant": "Per variant",
  "pane.calc.base": "Berekeningsbasis",
  "pane.calc.updateStandardCost": "Vaste verrekenprijs bijwerken",
  "pane.calc.items": "Artikelen",
  "pane.calc.itemsHint": "Artikelnummers gescheiden door komma's; leeg voor alle artikelen.",
  "pane.calc.replace": "Een niet geboekt dagboek vervangen",
  "pane.calc.calculate": "Berekenen",
  "pane.calc.whatIfTitle": "Wat als in het dagboek",
  "pane.calc.forItems": "Voor artikelen",
  "pane.calc.forItemsHint": "Leeg: elke regel van het dagboek.",
  "pane.calc.change": "Wijziging %",
  "pane.calc.apply": "Toepassen",
  "pane.calc.lastDirect": "Uit laatste directe kostprijs",
  "pane.calc.standard": "Uit vaste verrekenprijs",

  "pane.post.title": "Voorbeeld en boeken",
  "pane.post.intro":
    'Leest het blad "Revaluation Journal". Het voorbeeld toont wat boeken zou wijzigen; er wordt niets ' +
    "geschreven voordat u boekt.",
  "pane.post.preview": "Voorbeeld",
  "pane.post.readingJournal": "Het herwaarderingsdagboek wordt gelezen...",
  "pane.post.onACopy": "Boeken op een kopie en kostprijsherwaardering uitvoeren...",
  "pane.post.posting": "Boeken",
  "pane.post.checking": "Elke regel wordt gecontroleerd voordat er iets wordt geschreven...",
  "pane.post.writing": 'Boeken: waardeposten toevoegen, "Posting Log", dagboek als geboekt markeren...',
  "pane.post.done":
    "{lines, plural, one {# regel} other {# regels}} geboekt (documentnr. {documentNos}): {revaluations} " +
    "herwaarderings- en {adjustments, plural, one {# correctiewaardepost} other {# correctiewaardeposten}} " +
    'toegevoegd aan Waardeposten, bedrag {amount}. "Posting Log" heeft een nieuwe rij en het dagboek is gemarkeerd als geboekt.',
  "pane.post.doneRange":
    "{lines, plural, one {# regel} other {# regels}} geboekt (documentnr. {documentNos}): {revaluations} " +
    "herwaarderings- en {adjustments, plural, one {# correctiewaardepost} other {# correctiewaardeposten}} " +
    'toegevoegd aan Waardeposten (volgnr. {first}..{last}), bedrag {amount}. "Posting Log" heeft een nieuwe rij ' +
    "en het dagboek is gemarkeerd als geboekt.",
  "pane.post.adjust":
    "Kostprijsherwaardering uitvoeren na het boeken (geeft de herwaardering door aan de verkopen waarop ze van invloed is)",
  "pane.post.post": "Boeken",
  "pane.post.previewFirst":
    "Bekijk eerst een voorbeeld van het dagboek: Boeken kan zodra het voorbeeld toont wat boeken verandert.",
  "pane.post.changedSincePreview":
    "Het herwaarderingsdagboek of de posten zijn sinds het voorbeeld gewijzigd, dus er is niets geboekt.",
  "pane.post.previewNow": "Het voorbeeld hieronder toont het dagboek zoals het nu is: controleer het en boek daarna.",
  "pane.post.wouldCreate":
    "Boeken zou {count, plural, one {# herwaarderingswaardepost} other {# herwaarderingswaardeposten}} maken; de " +
    "kostprijsherwaardering zou er daarna {adjustments} toevoegen.",
  "pane.post.perItem": "Effect per artikel",
  "pane.post.item": "Artikel",
  "pane.post.inventoryBefore": "Voorraad vóór",
  "pane.post.after": "na",
  "pane.post.cogsChange": "Wijziging kostprijs verkopen",
  "pane.post.perMonth": "Effect per artikel en maand",
  "pane.post.month": "Maand",
  "pane.post.inventory": "Voorraad",
  "pane.post.cogs": "Kostprijs verkopen",
  "pane.post.finishing": "De boeking voltooien",
  "pane.post.finishingInterrupted": "De onderbroken boeking wordt voltooid...",
  "pane.post.rollingBack": "Terugdraaien",
  "pane.post.deleting": "De waardeposten die de onderbroken boeking toevoegde, worden verwijderd...",
  "pane.post.finish": "Boeking voltooien",
  "pane.post.rollBack": "Terugdraaien",
  "pane.post.inventoryDown": "voorraad omlaag",
  "pane.post.inventoryUp": "voorraad omhoog",
  "pane.post.cogsUp": "kostprijs verkopen omhoog",
  "pane.post.cogsDown": "kostprijs verkopen omlaag",
  "pane.post.unchanged":
    "{count, plural, one {# artikel} other {# artikelen}} die het dagboek niet verandert niet getoond.",
  "pane.post.signs":
    "Voorraad en kostprijs verkopen zoals ze na het boeken zouden zijn, Kostprijs herwaarderen inbegrepen. Een positieve wijziging van de kostprijs verkopen is meer kostprijs (een lagere marge), een negatieve minder.",
  "pane.post.writeToSheet": "Naar blad schrijven, met grafiek",
  "pane.post.writingSheet": "Het blad Revaluation Preview en de grafiek worden geschreven...",
  "pane.post.sheetWritten":
    "De wijziging per maand staat op het blad {sheet}, met een grafiek ernaast om in een rapport te kopiëren.",
  "pane.post.sheetWrittenNoChart":
    "De wijziging per maand staat op het blad {sheet} (deze Excel voegt geen grafiek toe).",
  "pane.post.chartTitle": "Wijziging per maand: voorraadwaarde en kostprijs verkopen",

  "pane.scenarios.title": "Herwaarderingsscenario's",
  "pane.scenarios.intro":
    'Probeer meerdere herwaarderingen voordat u er een boekt. Elk scenario is een set regels van het herwaarderingsdagboek, bewaard in het blad "Revaluation Scenarios" en op een kopie vergeleken op de posten zoals ze nu zijn: er wordt niets geboekt voordat u er een boekt.',
  "pane.scenarios.compare": "Vergelijken",
  "pane.scenarios.comparing": "De scenario's worden vergeleken op een kopie van de posten",
  "pane.scenarios.none": "Er zijn nog geen scenario's: voeg er hieronder een toe.",
  "pane.scenarios.sideBySide": "De scenario's naast elkaar",
  "pane.scenarios.inventoryAfter": "Voorraad na",
  "pane.scenarios.signs": "Negatief: voorraad omlaag, of kostprijs verkopen omlaag.",
  "pane.scenarios.staleMark":
    "* Verouderd: sinds de berekening zijn er posten voor zijn artikelen geboekt; de cijfers tonen wat het nu oplevert.",
  "pane.scenarios.cogsChart": "Kostprijs verkopen: wijziging per maand",
  "pane.scenarios.inventoryChart": "Voorraadwaarde: wijziging per maand",
  "pane.scenarios.sheetInventory": "{name}: wijziging voorraad",
  "pane.scenarios.sheetCogs": "{name}: wijziging kostprijs verkopen",
  "pane.scenarios.sheetChart": "Wijziging per maand en scenario: voorraadwaarde en kostprijs verkopen",
  "pane.scenarios.current": "Berekend op de posten zoals ze zijn.",
  "pane.scenarios.stale": "Verouderd: bereken het opnieuw voordat u het boekt.",
  "pane.scenarios.postedAt": "Geboekt op {postedAt}.",
  "pane.scenarios.byPercent": "Kostprijs gewijzigd met {percent} %",
  "pane.scenarios.atUnitCost": "Kostprijs {cost}",
  "pane.scenarios.typed": "Kostprijzen ingevoerd in het blad",
  "pane.scenarios.whatIfOn": "{whatIf}, boekingsdatum {date}",
  "pane.scenarios.recalculate": "Opnieuw berekenen",
  "pane.scenarios.refreshed": 'Het scenario "{name}" is opnieuw berekend op de posten zoals ze nu zijn.',
  "pane.scenarios.post": "Boeken",
  "pane.scenarios.posting": "Het scenario wordt geboekt",
  "pane.scenarios.postedDone":
    'Het scenario "{name}" is geboekt als het herwaarderingsdagboek: {revaluations, plural, one {# herwaarderingspost} other {# herwaarderingsposten}} ({amount}) en {adjustments, plural, one {# correctiepost} other {# correctieposten}}. De andere scenario\'s van zijn artikelen zijn nu verouderd.',
  "pane.scenarios.changedSinceCompare":
    'Het scenario "{name}" of de posten zijn sinds de vergelijking gewijzigd; er is niets geboekt. De vergelijking wordt opnieuw getoond zoals ze nu is: bekijk ze en boek daarna.',
  "pane.scenarios.replaceJournal": "Een nog niet geboekt herwaarderingsdagboek vervangen",
  "pane.scenarios.perItem": "Per artikel",
  "pane.scenarios.hideItems": "Artikelen verbergen",
  "pane.scenarios.perItemOf": "{name}, per artikel",
  "pane.scenarios.noItemChanges": "Het wijzigt geen artikel: het Bedrag van elke regel is 0,00.",
  "pane.scenarios.addTitle": "Een scenario toevoegen",
  "pane.scenarios.name": "Naam",
  "pane.scenarios.whatIf": "Nieuwe kostprijs",
  "pane.scenarios.percent": "De berekende kostprijs gewijzigd met een percentage",
  "pane.scenarios.unitCost": "Eén kostprijs voor alle regels",
  "pane.scenarios.lastDirect": "De laatste directe kostprijs van het artikel",
  "pane.scenarios.standard": "De vaste verrekenprijs van het artikel",
  "pane.scenarios.calculated": "De berekende kostprijs: ik voer de nieuwe in het blad in",
  "pane.scenarios.fromJournal": "De regels van het herwaarderingsdagboek zoals ze zijn",
  "pane.scenarios.percentValue": "Wijziging in %, bijvoorbeeld -10",
  "pane.scenarios.unitCostValue": "Kostprijs, bijvoorbeeld 8,00",
  "pane.scenarios.items": "Artikelen (leeg: alle artikelen)",
  "pane.scenarios.replace": "Het scenario met die naam vervangen",
  "pane.scenarios.add": "Scenario toevoegen",
  "pane.scenarios.adding": "Het scenario wordt toegevoegd",
  "pane.scenarios.writing": "Het blad Revaluation Scenarios wordt geschreven",
  "pane.scenarios.added":
    'Het scenario "{name}" is toegevoegd: {count, plural, one {# regel} other {# regels}}, herwaarderingsbedrag {amount}.',
  "pane.scenarios.missingDate": "Voer de boekingsdatum van de herwaardering in; er is niets gedaan.",
  "pane.scenarios.negativeCost": '"{value}" is negatief; er is niets gedaan. Voer een kostprijs van 0 of meer in.',
  "pane.scenarios.notANumber": '"{value}" is geen getal; er is niets gedaan. Voer het in als -10 of 8,00.',

  // Explain
  "pane.explain.title": "Een gemiddelde kostprijs uitleggen",
  "pane.explain.intro":
    "Het overzicht gemiddelde kostprijsberekening van Business Central voor een artikel met waarderingsmethode Gemiddeld op een datum: de gemiddelde-kostprijsperiode, de beginstand, elke post van de periode, de eindstand en het gemiddelde, zoals Kostprijs herwaarderen de posten achterlaat (op een kopie; er wordt niets geschreven). Of selecteer in Excel een COSTING-cel of een postregel en neem die over.",
  "pane.explain.date": "Datum",
  "pane.explain.codeHint":
    "Alleen als het berekeningstype gem. kostprijs Artikel & locatie & variant is. Leeg: elke locatie; (blank): de posten zonder locatie.",
  "pane.explain.explain": "Uitleggen",
  "pane.explain.explaining": "Uitleggen",
  "pane.explain.computing": "Kostprijs herwaarderen op een kopie en de posten van de periode verzamelen...",
  "pane.explain.fromSelection": "Uit de geselecteerde cel",
  "pane.explain.readingSelection": "De geselecteerde cel wordt gelezen...",
  "pane.explain.writeToSheet": "Naar blad schrijven",
  "pane.explain.writing": "Het blad Average Cost Overview wordt geschreven...",
  "pane.explain.written": "{rows, plural, one {# regel} other {# regels}} naar het blad {sheet} geschreven.",
  "pane.explain.fromCall": "Uitgelegd vanuit {address}: COSTING.{name}.",
  "pane.explain.fromRow": "Uitgelegd vanuit {table}, regel {row}.",
  "pane.explain.selectionNotUsable":
    "De geselecteerde cel {address} bevat geen COSTING-formule en is geen regel van Waardeposten of Artikelposten; er is niets uitgelegd. Selecteer zo'n cel in Excel en klik opnieuw op Uit de geselecteerde cel, of typ het artikel en de datum.",
  "pane.explain.notExplained":
    "De geselecteerde cel {address} bevat COSTING.{name}, waar geen gemiddelde achter zit; er is niets uitgelegd. Selecteer een cel met AVGCOST, UNITCOST, QTY, VALUE, REVALQTY of EXPLAIN.",
  "pane.explain.argumentUnknown":
    "De geselecteerde cel {address} geeft {text} door, wat het deelvenster niet als artikel, datum of code kan lezen; er is niets uitgelegd. Typ het artikel en de datum hierboven en klik op Uitleggen.",
  "pane.explain.argumentMissing":
    "De formule in {address} noemt geen artikel of geen datum; er is niets uitgelegd. Typ ze hierboven en klik op Uitleggen.",
  "pane.explain.missing": "Typ het artikelnummer en een datum en klik dan op Uitleggen.",
  "pane.explain.goTo": "Ga naar artikelpost {entry}",
  "pane.explain.averageOf": "Gemiddelde van",

  // Valuation
  "pane.valuation.title": "Voorraadwaardering",
  "pane.valuation.intro":
    "De voorraad per artikel op een datum, zoals costing valuation op de opdrachtregel hem waardeert: aantal en waarde (werkelijke en verwachte kosten). Er wordt niets geschreven.",
  "pane.valuation.date": "Datum",
  "pane.valuation.basis": "De waardeposten tellen",
  "pane.valuation.byValuationDate": "Op waarderingsdatum (zoals Voorraadwaarde berekenen en de gemiddelde kostprijs)",
  "pane.valuation.byPostingDate": "Op boekingsdatum (zoals het rapport Voorraadwaardering)",
  "pane.valuation.byLocation": "Eén regel per locatie",
  "pane.valuation.adjusted":
    "Met de herwaarderingen die Kostprijs herwaarderen zou boeken (op een kopie, zoals de COSTING-functies antwoorden)",
  "pane.valuation.value": "Voorraad waarderen",
  "pane.valuation.valuing": "Waarderen",
  "pane.valuation.computing": "De waardeposten worden opgeteld...",
  "pane.valuation.adjusting": "Kostprijs herwaarderen op een kopie, dan worden de waardeposten opgeteld...",
  "pane.valuation.heading": "Voorraad op {date}, op waarderingsdatum",
  "pane.valuation.headingPosting": "Voorraad op {date}, op boekingsdatum",
  "pane.valuation.none": "Geen voorraad en geen waarde op die datum.",
  "pane.valuation.expected": "Van het totaal is {amount} verwachte kosten (geleverd, nog niet gefactureerd).",
  "pane.valuation.hidden":
    "{count, plural, one {# artikel} other {# artikelen}} zonder voorraad en zonder waarde op die datum niet getoond.",
  "pane.valuation.missingDate": "Typ een datum en klik dan op Voorraad waarderen.",

  // Journal lines
  "pane.journal.title": "Dagboekregels",
  "pane.journal.show": "De regels van het dagboek tonen",
  "pane.journal.readAgain": "De regels opnieuw lezen",
  "pane.journal.reading": "Het herwaarderingsdagboek wordt gelezen...",
  "pane.journal.none": "De werkmap heeft nog geen herwaarderingsdagboek: bereken er eerst een in de stap Berekenen.",
  "pane.journal.saving": "De kostprijs wijzigen",
  "pane.journal.writing": "Kostprijs (geherwaardeerd) wordt in het dagboek geschreven en de regel herberekend...",
  "pane.journal.notANumber":
    '"{text}" is geen kostprijs; er is niets geschreven. Typ een getal van 0 of meer, zoals {example}.',
  "pane.journal.cannot":
    "Die regel kon niet worden gewijzigd (hij is geboekt, of het dagboek is gewijzigd); er is niets geschreven. De regels hierboven zijn het dagboek zoals het nu is.",
  "pane.journal.onHand": "{quantity} tegen {unitCost} berekend",
  "pane.journal.unitCostOf": "Kostprijs (geherwaardeerd) van {item}, regel {row}",
  "pane.journal.more": "De eerste {shown} van {count} regels; het blad bevat ze allemaal.",
};
