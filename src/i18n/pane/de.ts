// The task pane in German (Business Central DEU: Lagerreg. fakt. Einst.-Preise, Lagerwert berechnen,
// Neubewertungs Buch.-Blatt; field captions from the captions module).
import type { Translations } from "../msg";
import type { paneEn as EnglishCatalogue } from "./en";

export const paneDe: Translations<typeof EnglishCatalogue> = {
  "manifest.displayName": "Lagerbewertung",
  "manifest.description":
    "Lagerbewertung von Business Central in Excel: Lagerreg. fakt. Einst.-Preise, Durchschnittskosten und Lagerwert auf Posten, die aus Business Central exportiert wurden.",
  "manifest.getStartedTitle": "Lagerbewertung ist bereit",
  "manifest.getStartedDescription":
    "Öffnen Sie Lagerbewertung auf der Registerkarte Start, um die aus Business Central exportierten Posten zu lesen.",
  "manifest.group": "Bewertung",
  "manifest.button": "Lagerbewertung",
  "manifest.tooltip":
    "Öffnet den Bereich Lagerbewertung: liest die Artikelposten und Wertposten dieser Arbeitsmappe und listet die Probleme auf.",
  "pane.steps": "Schritte",
  "pane.tab.ledger": "Posten",
  "pane.tab.setup": "Einrichtung",
  "pane.tab.adjust": "Regulieren",
  "pane.tab.calculate": "Berechnen",
  "pane.tab.post": "Buchen",
  "pane.tab.valuation": "Bewertung",
  "pane.tab.explain": "Erklären",
  "pane.tab.scenarios": "Szenarien",
  "pane.readingAgain": "Die Arbeitsmappe wird nach der Änderung erneut gelesen...",
  "pane.notInExcel":
    "Lagerbewertung läuft in Excel. Diese Seite wurde außerhalb von Excel geöffnet, daher gibt es keine " +
    "Arbeitsmappe zu lesen: öffnen Sie die Arbeitsmappe in Excel und wählen Sie Start > Lagerbewertung (die " +
    "README beschreibt, wie das Add-In hinzugefügt wird).",

  "pane.cancelled": "Abgebrochen: es wurde nichts geschrieben.",
  "pane.progress.read": "{table} wird gelesen: {done} von {total} Zeilen",
  "pane.progress.write": "{table} wird geschrieben: {done} von {total} Zeilen",
  "pane.progress.append": "An {table} wird angefügt: {done} von {total} Zeilen",
  "pane.writing": "Es wird in die Arbeitsmappe geschrieben...",
  "pane.problems": "Probleme",
  "pane.cancel": "Abbrechen",
  "pane.cannotCancel": "Schreibt, Abbrechen nicht möglich",
  "pane.readingNow": "Die Posten werden gelesen, wie die Arbeitsmappe sie jetzt enthält...",
  "pane.ledgerProblemsNow":
    "Die Posten der Arbeitsmappe haben jetzt Probleme, daher wurde nichts geschrieben. Korrigieren Sie sie (der " +
    "Schritt „Posten“ listet sie nach „Erneut lesen“ auf).",

  "pane.ledger.title": "Posten",
  "pane.ledger.readAgain": "Erneut lesen",
  "pane.ledger.unreadable": "Die Arbeitsmappe konnte nicht gelesen werden: {message}",
  "pane.ledger.looking": "Die Tabellen mit den Posten werden gesucht...",
  "pane.ledger.tablesFound": "Gefundene Tabellen",
  "pane.ledger.details": "Gefundene Tabellen und geltende Einrichtung",
  "pane.ledger.table": "Tabelle",
  "pane.ledger.foundOn": "Gefunden auf",
  "pane.ledger.rows": "Zeilen",
  "pane.ledger.notFound": "nicht gefunden",
  "pane.ledger.counts": "Posten",
  "pane.ledger.items": "{count, plural, one {# Artikel mit Posten} other {# Artikel mit Posten}}",
  "pane.ledger.itemLedgerEntries": "{count, plural, one {# Artikelposten} other {# Artikelposten}}",
  "pane.ledger.valueEntries": "{count, plural, one {# Wertposten} other {# Wertposten}}",
  "pane.ledger.postingDates": "Buchungsdaten {from} bis {to}",
  "pane.costingMethod.label": "Artikel ohne Lagerabgangsmethode bewerten als",
  "pane.costingMethod.howToChoose": "wählen Sie eine unter „{label}“ im Schritt Posten",
  "pane.costingMethod.notChosen": "Nicht gewählt: die Bewertung stoppt",
  "pane.costingMethod.hint":
    "Nur für die Artikel, denen die Arbeitsmappe keine Lagerabgangsmethode gibt. Besser: nehmen Sie die Spalte " +
    "Lagerabgangsmethode in den Export auf (Artikel, Anpassen) und lesen Sie erneut.",
  "pane.costingMethod.chosenHere": "im Schritt Posten gewählt",
  "pane.costingMethod.chosenLabel": "Lagerabgangsmethode gewählt",
  "pane.ledger.addToExport":
    "In den Export aufnehmen: ohne diese stoppt die Bewertung oder die Zahlen werden geschätzt",
  "pane.ledger.columnsToAdd": "In den Export aufzunehmende Spalten",
  "pane.ledger.folded":
    "Exakt aus den Posten abgeleitet oder nicht verwendet ({count, plural, one {# Spalte} other {# Spalten}})",
  "pane.ledger.derivedColumns": "Abgeleitete Spalten",
  "pane.ledger.errors":
    "{errors, plural, one {# Fehler} other {# Fehler}} und {warnings, plural, one {# Warnung} other {# Warnungen}}: " +
    "korrigieren Sie die unten genannten Zellen und wählen Sie dann „Erneut lesen“.",
  "pane.ledger.warnings":
    "Bereit für die Bewertung, mit {warnings, plural, one {# Warnung} other {# Warnungen}} zur Prüfung.",
  "pane.ledger.ready": "Bereit für die Bewertung: keine Probleme gefunden.",
  "pane.ledger.goToLabel": "Gehe zu {table}, Zeile {row}",
  "pane.ledger.goTo": "Gehe zu",
  "pane.ledger.rounding": "Rundung: Beträge {amount}, Einheitsbeträge {unitAmount}",
  "pane.ledger.noRestriction": "keine Einschränkung",
  "pane.ledger.noPeriods": "Buchhaltungsperioden: keine (Kalenderperioden)",
  "pane.ledger.periods":
    "Buchhaltungsperioden: {count} in {years, plural, one {# Geschäftsjahr} other {# Geschäftsjahren}}",

  "pane.import.summary": "Aus {file} in neue Blätter importiert: {tables}.",
  "pane.import.summaryMapping":
    "Aus {file} in neue Blätter importiert: {tables}. Die Spaltenzuordnung der Datei wurde dem Blatt „{sheet}“ hinzugefügt.",
  "pane.import.table": "{table} ({count, plural, one {# Zeile} other {# Zeilen}})",
  "pane.import.tableFrom": "{table} ({count, plural, one {# Zeile} other {# Zeilen}}, aus „{from}“)",
  "pane.import.importing": "{file} wird importiert",
  "pane.import.reading": "{file} wird gelesen...",
  "pane.import.looking": "Die Tabellen mit den Posten werden in {file} gesucht...",
  "pane.import.writing": "Die Tabellen aus {file} werden geschrieben...",
  "pane.import.button": "Aus Datei importieren...",
  "pane.import.label": "Aus Datei importieren",
  "pane.import.hint":
    "Ein Export, der noch nicht in dieser Arbeitsmappe ist (.xlsx oder .csv): jede Tabelle mit Posten darin " +
    "kommt in ein neues Blatt mit dem Namen der Tabelle.",

  "pane.map.twice":
    "{table}: die Spaltenüberschrift „{header}“ ist für „{first}“ und „{second}“ gewählt. Wählen Sie sie nur einmal.",
  "pane.map.saving": "Die Spaltenzuordnung wird gespeichert",
  "pane.map.writing": "Das Blatt „{sheet}“ wird geschrieben...",
  "pane.map.saved": "Spaltenzuordnung im Blatt „{sheet}“ gespeichert: {changes}.",
  "pane.map.unmapped": "{table} „{column}“ nicht mehr zugeordnet",
  "pane.map.mapped": "{table} „{column}“ = „{header}“",
  "pane.map.label": "Spaltenzuordnung",
  "pane.map.hide": "Spaltenzuordnung ausblenden",
  "pane.map.show": "Spalten von Hand zuordnen",
  "pane.map.introRequired":
    "Eine benötigte Spalte wurde nicht an ihrem Namen erkannt. Wählen Sie für jede Spalte die Überschrift, die " +
    "sie enthält. Die Zuordnung wird im Blatt „{sheet}“ dieser Arbeitsmappe gespeichert (Spalten Table, Column, " +
    "Header), damit jedes spätere Lesen sie verwendet, auch das der costing-Befehlszeile.",
  "pane.map.intro":
    "Überschriften der Tabellen, zu denen kein Spaltenname passt. Wählen Sie für jede Spalte die Überschrift, die " +
    "sie enthält. Die Zuordnung wird im Blatt „{sheet}“ dieser Arbeitsmappe gespeichert (Spalten Table, Column, " +
    "Header), damit jedes spätere Lesen sie verwendet, auch das der costing-Befehlszeile.",
  "pane.map.legend": "{table} (Blatt „{sheet}“)",
  "pane.map.nothingToPick":
    "Jede Überschrift des Blatts gehört zu einer anderen Spalte, es gibt also keine zur Auswahl: fügen Sie die " +
    "fehlende Spalte dem Export hinzu.",
  "pane.map.required": "{column} (erforderlich)",
  "pane.map.stale": "Zugeordnet zu „{header}“, das das Blatt nicht hat.",
  "pane.map.notFound": "Nicht gefunden: wählen Sie ihre Überschrift.",
  "pane.map.notMapped": "Nicht zugeordnet",
  "pane.map.save": "Zuordnung speichern",

  "pane.setup.title": "Einrichtung",
  "pane.setup.notANumber": "{what} „{text}“ ist keine Zahl. Geben Sie z. B. 0,01 ein.",
  "pane.setup.notPositive": "{what} muss größer als 0 sein, z. B. 0,01.",
  "pane.dateNotRead": "{what} „{text}“ ist kein Datum; es wurde nichts getan. Geben Sie es als {example} ein.",
  "pane.setup.saving": "Die Einrichtung wird gespeichert",
  "pane.setup.writing": "Das Blatt Lager Einrichtung wird geschrieben...",
  "pane.setup.saved": "Lager Einrichtung in der Arbeitsmappe gespeichert. Die Posten werden damit erneut gelesen.",
  "pane.setup.addingYear": "Ein Geschäftsjahr wird hinzugefügt",
  "pane.setup.firstDay":
    "Geben Sie den ersten Tag des Geschäftsjahres ein, den Ersten eines Monats (z. B. 2025-01-01).",
  "pane.setup.periodExists": "Es gibt bereits eine Buchhaltungsperiode, die am {date} beginnt.",
  "pane.setup.overlap":
    "Das Jahr ab {from} reicht in die Buchhaltungsperiode, die am {start} beginnt. Wählen Sie den ersten Tag nach " +
    "der letzten Periode, oder ändern Sie das Blatt Buchhaltungsperioden von Hand.",
  "pane.setup.writingPeriods": "Das Blatt Buchhaltungsperioden wird geschrieben...",
  "pane.setup.added": "Zwölf Monatsperioden ab {date} dem Blatt Buchhaltungsperioden hinzugefügt.",
  "pane.setup.noLimit": "Leer: keine Grenze.",
  "pane.setup.save": "Einrichtung speichern",
  "pane.setup.periods": "Buchhaltungsperioden",
  "pane.setup.noPeriods": "Keine: die Durchschnittskostenperioden folgen dem Kalender und der Einrichtung oben.",
  "pane.setup.periodCount": "{count, plural, one {# Periode} other {# Perioden}}, Geschäftsjahre ab {years}.",
  "pane.setup.newYear": "Neues Geschäftsjahr ab",
  "pane.setup.addPeriods": "12 Perioden hinzufügen",
  "pane.setup.fiscalYears": "Geschäftsjahre",
  "pane.setup.yearFrom": "Ab",
  "pane.setup.yearsNote":
    "Jedes Geschäftsjahr behält die Durchschn. Kostenperiode und Durchschn. Kostenber.-Art, mit denen es eröffnet wurde (die seiner Periode mit Neues Geschäftsjahr); die Einrichtung oben erhält ein ab jetzt hinzugefügtes Geschäftsjahr.",

  "pane.adjust.title": "Lagerregulierung",
  "pane.adjust.intro":
    "Führt Lagerreg. fakt. Einst.-Preise aus: Abgänge erhalten die Kosten dessen, womit sie ausgeglichen sind, " +
    "Durchschnittsartikel den Durchschnitt ihrer Periode. Es wird nichts geschrieben, bevor Sie anfügen.",
  "pane.adjust.adjusting": "Lagerregulierung",
  "pane.adjust.running": "Lagerreg. fakt. Einst.-Preise läuft...",
  "pane.adjust.appending": "Anfügen",
  "pane.adjust.runningAgain": "Lagerreg. fakt. Einst.-Preise läuft erneut auf den aktuellen Posten...",
  "pane.adjust.changed":
    "Die Arbeitsmappe hat sich geändert, seit die Regulierungen berechnet wurden, daher wurde nichts angefügt. " +
    "Die Tabelle zeigt jetzt, was die Lagerregulierung auf den aktuellen Posten ergibt: prüfen Sie sie und fügen " +
    "Sie erneut an.",
  "pane.adjust.writing":
    "{count, plural, one {# Wertposten wird} other {# Wertposten werden}} an die Tabelle Wertposten angefügt...",
  "pane.adjust.done":
    "{count, plural, one {# Wertposten} other {# Wertposten}} an die Tabelle Wertposten angefügt (Lfd. Nr. {first}..{last}).",
  "pane.adjust.calculate": "Regulierungen berechnen",
  "pane.adjust.nothing": "Nichts zu regulieren: die Kosten jedes Artikels sind bereits reguliert.",
  "pane.adjust.summary":
    "{count, plural, one {# Wertposten} other {# Wertposten}} für {items, plural, one {# Artikel} other {# Artikel}}, Summe {total}:",
  "pane.adjust.perItem": "Regulierungen je Artikel",
  "pane.adjust.chart": "Wohin die Regulierungen gehen: Betrag je Monat, je Artikel",
  "pane.adjust.perMonth": "Regulierungen je Artikel und Monat (Buchungsdatum)",
  "pane.adjust.entries": "Posten",
  "pane.adjust.append": "{count, plural, one {# Wertposten} other {# Wertposten}} anfügen",

  "pane.calc.title": "Lagerwert berechnen",
  "pane.calc.baseBlank": "(leer): den berechneten Wert behalten",
  "pane.calc.baseLastDirect": "EK-Preis (neuester)",
  "pane.calc.baseStandard": "Einstandspreis (fest)",
  "pane.calc.calculating": "Berechnen",
  "pane.calc.running": "Der Lagerwert wird berechnet...",
  "pane.calc.nothing":
    "Am {date} ist nichts neu zu bewerten: kein Artikel hat eine neu bewertbare Menge (vollständig fakturiert, " +
    "an diesem Tag am Lager) innerhalb der gewählten Optionen. Es wurde nichts geschrieben.",
  "pane.calc.written":
    "{count, plural, one {# Zeile} other {# Zeilen}} in das Blatt „Revaluation Journal“ geschrieben, Lagerwert " +
    "(berechnet) {total}. Geben Sie dort den neuen Einstandspreis (neu bewertet) oder Lagerwert (neu bewertet) " +
    "ein, oder verwenden Sie die Was-wäre-wenn-Werkzeuge unten.",
  "pane.calc.noJournal": "Es gibt noch kein Neubewertungs Buch.-Blatt: berechnen Sie zuerst den Lagerwert.",
  "pane.calc.cellsToCorrect":
    "Das Neubewertungs Buch.-Blatt hat zuerst Zellen zu korrigieren; es wurde nichts geändert.",
  "pane.calc.postedAlready":
    "Dieses Buch.-Blatt wurde bereits gebucht; berechnen Sie ein neues, um andere Kosten auszuprobieren.",
  "pane.calc.writing": "Das Neubewertungs Buch.-Blatt wird geschrieben...",
  "pane.calc.changed":
    "{label}: {changed} von {total, plural, one {# Zeile} other {# Zeilen}} im Neubewertungs Buch.-Blatt geändert.",
  "pane.calc.fromLastDirect": "Einstandspreis (neu bewertet) aus EK-Preis (neuester)",
  "pane.calc.fromStandard": "Einstandspreis (neu bewertet) aus Einstandspreis (fest)",
  "pane.calc.whatIf": "Was wäre wenn",
  "pane.calc.notAPercentage": "„{value}“ ist kein Prozentsatz. Geben Sie z. B. -10 oder 5,5 ein.",
  "pane.calc.byPercent": "Einstandspreis (neu bewertet) um {percent} % geändert",
  "pane.calc.postingDateHint":
    "Das Datum, an dem der Lagerbestand bewertet wird; die Neubewertung wird darauf gebucht.",
  "pane.calc.documentNoHint": "Leer: REVAL-<Datum>.",
  "pane.calc.per": "Berechnen pro",
  "pane.calc.perItem": "Artikel",
  "pane.calc.perEntry": "Artikelposten",
  "pane.calc.byLocation": "Nach Lagerort",
  "pane.calc.byVariant": "Nach Variante",
  "pane.calc.base": "Berechnungsgrundlage",
  "pane.calc.updateStandardCost": "Einstandspreis (fest) aktualisieren",
  "pane.calc.items": "Artikel",
  "pane.calc.itemsHint": "Artikelnummern, durch Kommas getrennt; leer für alle Artikel.",
  "pane.calc.replace": "Ein nicht gebuchtes Buch.-Blatt ersetzen",
  "pane.calc.calculate": "Berechnen",
  "pane.calc.whatIfTitle": "Was wäre wenn im Buch.-Blatt",
  "pane.calc.forItems": "Für Artikel",
  "pane.calc.forItemsHint": "Leer: jede Zeile des Buch.-Blatts.",
  "pane.calc.change": "Änderung %",
  "pane.calc.apply": "Anwenden",
  "pane.calc.lastDirect": "Aus EK-Preis (neuester)",
  "pane.calc.standard": "Aus Einstandspreis (fest)",

  "pane.post.title": "Vorschau und Buchen",
  "pane.post.intro":
    "Liest das Blatt „Revaluation Journal“. Die Vorschau zeigt, was die Buchung ändern würde; es wird nichts " +
    "geschrieben, bevor Sie buchen.",
  "pane.post.preview": "Vorschau",
  "pane.post.readingJournal": "Das Neubewertungs Buch.-Blatt wird gelesen...",
  "pane.post.onACopy": "Buchung auf einer Kopie und Lagerregulierung laufen...",
  "pane.post.posting": "Buchen",
  "pane.post.checking": "Jede Zeile wird geprüft, bevor etwas geschrieben wird...",
  "pane.post.writing": "Buchen: Wertposten anfügen, „Posting Log“, Buch.-Blatt als gebucht markieren...",
  "pane.post.done":
    "{lines, plural, one {# Zeile} other {# Zeilen}} gebucht (Belegnr. {documentNos}): {revaluations} " +
    "Neubewertungs- und {adjustments, plural, one {# Regulierungswertposten} other {# Regulierungswertposten}} an die " +
    "Tabelle Wertposten angefügt, Betrag {amount}. „Posting Log“ hat eine neue Zeile und das Buch.-Blatt ist als gebucht markiert.",
  "pane.post.doneRange":
    "{lines, plural, one {# Zeile} other {# Zeilen}} gebucht (Belegnr. {documentNos}): {revaluations} " +
    "Neubewertungs- und {adjustments, plural, one {# Regulierungswertposten} other {# Regulierungswertposten}} an die " +
    "Tabelle Wertposten angefügt (Lfd. Nr. {first}..{last}), Betrag {amount}. „Posting Log“ hat eine neue Zeile und das " +
    "Buch.-Blatt ist als gebucht markiert.",
  "pane.post.adjust":
    "Nach dem Buchen Lagerregulierung ausführen (gibt die Neubewertung an die betroffenen Verkäufe weiter)",
  "pane.post.post": "Buchen",
  "pane.post.previewFirst":
    "Zeigen Sie zuerst die Vorschau des Buch.-Blatts an: Buchen ist möglich, sobald die Vorschau zeigt, was das Buchen ändert.",
  "pane.post.changedSincePreview":
    "Das Neubewertungs-Buch.-Blatt oder die Posten haben sich seit der Vorschau geändert, daher wurde nichts gebucht.",
  "pane.post.previewNow":
    "Die Vorschau unten zeigt das Buch.-Blatt, wie es jetzt ist: prüfen Sie sie und buchen Sie dann.",
  "pane.post.wouldCreate":
    "Die Buchung würde {count, plural, one {# Neubewertungswertposten} other {# Neubewertungswertposten}} " +
    "erstellen; die Lagerregulierung würde dann {adjustments} hinzufügen.",
  "pane.post.perItem": "Wirkung je Artikel",
  "pane.post.item": "Artikel",
  "pane.post.inventoryBefore": "Lager vorher",
  "pane.post.after": "nachher",
  "pane.post.cogsChange": "Änderung Wareneinsatz",
  "pane.post.perMonth": "Wirkung je Artikel und Monat",
  "pane.post.month": "Monat",
  "pane.post.inventory": "Lager",
  "pane.post.cogs": "Wareneinsatz",
  "pane.post.finishing": "Die Buchung wird abgeschlossen",
  "pane.post.finishingInterrupted": "Die unterbrochene Buchung wird abgeschlossen...",
  "pane.post.rollingBack": "Rückgängig machen",
  "pane.post.deleting": "Die von der unterbrochenen Buchung angefügten Wertposten werden gelöscht...",
  "pane.post.finish": "Buchung abschließen",
  "pane.post.rollBack": "Rückgängig machen",
  "pane.post.inventoryDown": "Lager sinkt",
  "pane.post.inventoryUp": "Lager steigt",
  "pane.post.cogsUp": "Wareneinsatz steigt",
  "pane.post.cogsDown": "Wareneinsatz sinkt",
  "pane.post.unchanged":
    "{count, plural, one {# Artikel} other {# Artikel}}, die das Buch.-Blatt nicht ändert, nicht angezeigt.",
  "pane.post.signs":
    "Lager und Wareneinsatz, wie sie nach dem Buchen wären, Kostenregulierung eingeschlossen. Eine positive Änderung des Wareneinsatzes ist mehr Wareneinsatz (eine geringere Marge), eine negative weniger.",
  "pane.post.writeToSheet": "In Blatt schreiben, mit Diagramm",
  "pane.post.writingSheet": "Das Blatt „Revaluation Preview“ und sein Diagramm werden geschrieben...",
  "pane.post.sheetWritten":
    "Die Änderung je Monat steht im Blatt „{sheet}“, daneben ein Diagramm zum Kopieren in einen Bericht.",
  "pane.post.sheetWrittenNoChart":
    "Die Änderung je Monat steht im Blatt „{sheet}“ (dieses Excel fügt kein Diagramm ein).",
  "pane.post.chartTitle": "Änderung je Monat: Lagerwert und Wareneinsatz",

  "pane.scenarios.title": "Neubewertungsszenarien",
  "pane.scenarios.intro":
    "Probieren Sie mehrere Neubewertungen aus, bevor Sie eine buchen. Jedes Szenario ist eine Reihe von Zeilen des Neubewertungs Buch.-Blatts, die im Blatt „Revaluation Scenarios“ gespeichert und auf einer Kopie mit den Posten, wie sie jetzt sind, verglichen werden: es wird nichts gebucht, bevor Sie eines buchen.",
  "pane.scenarios.compare": "Vergleichen",
  "pane.scenarios.comparing": "Die Szenarien werden auf einer Kopie der Posten verglichen",
  "pane.scenarios.none": "Es gibt noch keine Szenarien: fügen Sie unten eines hinzu.",
  "pane.scenarios.sideBySide": "Die Szenarien nebeneinander",
  "pane.scenarios.inventoryAfter": "Lager nachher",
  "pane.scenarios.signs": "Negativ: Lager sinkt oder Wareneinsatz sinkt.",
  "pane.scenarios.staleMark":
    "* Veraltet: seit der Berechnung wurden Posten für seine Artikel gebucht; die Zahlen zeigen, was es jetzt ergibt.",
  "pane.scenarios.cogsChart": "Wareneinsatz: Änderung je Monat",
  "pane.scenarios.inventoryChart": "Lagerwert: Änderung je Monat",
  "pane.scenarios.sheetInventory": "{name}: Änderung Lager",
  "pane.scenarios.sheetCogs": "{name}: Änderung Wareneinsatz",
  "pane.scenarios.sheetChart": "Änderung je Monat und Szenario: Lagerwert und Wareneinsatz",
  "pane.scenarios.current": "Auf den Posten berechnet, wie sie sind.",
  "pane.scenarios.stale": "Veraltet: berechnen Sie es neu, bevor Sie es buchen.",
  "pane.scenarios.postedAt": "Gebucht am {postedAt}.",
  "pane.scenarios.byPercent": "Einstandspreis um {percent} % geändert",
  "pane.scenarios.atUnitCost": "Einstandspreis {cost}",
  "pane.scenarios.typed": "Im Blatt eingegebene Einstandspreise",
  "pane.scenarios.whatIfOn": "{whatIf}, Buchungsdatum {date}",
  "pane.scenarios.recalculate": "Neu berechnen",
  "pane.scenarios.refreshed": "Das Szenario „{name}“ wurde auf den Posten, wie sie jetzt sind, neu berechnet.",
  "pane.scenarios.post": "Buchen",
  "pane.scenarios.posting": "Das Szenario wird gebucht",
  "pane.scenarios.postedDone":
    "Das Szenario „{name}“ wurde als Neubewertungs Buch.-Blatt gebucht: {revaluations, plural, one {# Neubewertungsposten} other {# Neubewertungsposten}} ({amount}) und {adjustments, plural, one {# Regulierungsposten} other {# Regulierungsposten}}. Die anderen Szenarien seiner Artikel sind jetzt veraltet.",
  "pane.scenarios.changedSinceCompare":
    "Das Szenario „{name}“ oder die Posten haben sich seit dem Vergleich geändert; es wurde nichts gebucht. Der Vergleich wird so, wie er jetzt ist, erneut angezeigt: prüfen Sie ihn und buchen Sie dann.",
  "pane.scenarios.replaceJournal": "Ein noch nicht gebuchtes Neubewertungs Buch.-Blatt ersetzen",
  "pane.scenarios.perItem": "Je Artikel",
  "pane.scenarios.hideItems": "Artikel ausblenden",
  "pane.scenarios.perItemOf": "{name}, je Artikel",
  "pane.scenarios.noItemChanges": "Es ändert keinen Artikel: der Betrag jeder Zeile ist 0,00.",
  "pane.scenarios.addTitle": "Ein Szenario hinzufügen",
  "pane.scenarios.name": "Name",
  "pane.scenarios.whatIf": "Neuer Einstandspreis",
  "pane.scenarios.percent": "Der berechnete Einstandspreis, um einen Prozentsatz geändert",
  "pane.scenarios.unitCost": "Ein Einstandspreis für alle Zeilen",
  "pane.scenarios.lastDirect": "EK-Preis (neuester) des Artikels",
  "pane.scenarios.standard": "Einstandspreis (fest) des Artikels",
  "pane.scenarios.calculated": "Der berechnete Einstandspreis: die neuen gebe ich im Blatt ein",
  "pane.scenarios.fromJournal": "Die Zeilen des Neubewertungs Buch.-Blatts, wie sie sind",
  "pane.scenarios.percentValue": "Änderung in %, z. B. -10",
  "pane.scenarios.unitCostValue": "Einstandspreis, z. B. 8,00",
  "pane.scenarios.items": "Artikel (leer: alle Artikel)",
  "pane.scenarios.replace": "Das Szenario dieses Namens ersetzen",
  "pane.scenarios.add": "Szenario hinzufügen",
  "pane.scenarios.adding": "Das Szenario wird hinzugefügt",
  "pane.scenarios.writing": "Das Blatt „Revaluation Scenarios“ wird geschrieben",
  "pane.scenarios.added":
    "Das Szenario „{name}“ wurde hinzugefügt: {count, plural, one {# Zeile} other {# Zeilen}}, Neubewertungsbetrag {amount}.",
  "pane.scenarios.missingDate": "Geben Sie das Buchungsdatum der Neubewertung ein; es wurde nichts getan.",
  "pane.scenarios.negativeCost":
    "„{value}“ ist negativ; es wurde nichts getan. Geben Sie einen Einstandspreis von 0 oder mehr ein.",
  "pane.scenarios.notANumber": "„{value}“ ist keine Zahl; es wurde nichts getan. Geben Sie sie als -10 oder 8,00 ein.",

  // Explain
  "pane.explain.title": "Durchschnittskosten erklären",
  "pane.explain.intro":
    "Die Durchschn. Kostenberechnungsübersicht von Business Central für einen Artikel mit Lagerabgangsmethode Durchschnitt an einem Datum: die Durchschnittskostenperiode, der Anfangsbestand, jeder Posten der Periode, der Endbestand und der Durchschnitt, wie die Kostenregulierung die Posten hinterlässt (auf einer Kopie; es wird nichts geschrieben). Oder wählen Sie in Excel eine COSTING-Zelle oder eine Postenzeile und übernehmen Sie sie.",
  "pane.explain.date": "Datum",
  "pane.explain.codeHint":
    "Nur wenn die Durchschn. Kostenber.-Art Artikel & Lagerort & Variante ist. Leer: jeder Lagerort; (blank): die Posten ohne Lagerort.",
  "pane.explain.explain": "Erklären",
  "pane.explain.explaining": "Erklären",
  "pane.explain.computing": "Kostenregulierung auf einer Kopie und Sammeln der Posten der Periode...",
  "pane.explain.fromSelection": "Aus der markierten Zelle",
  "pane.explain.readingSelection": "Die markierte Zelle wird gelesen...",
  "pane.explain.writeToSheet": "In Blatt schreiben",
  "pane.explain.writing": "Das Blatt „Average Cost Overview“ wird geschrieben...",
  "pane.explain.written": "{rows, plural, one {# Zeile} other {# Zeilen}} in das Blatt „{sheet}“ geschrieben.",
  "pane.explain.fromCall": "Erklärt aus {address}: COSTING.{name}.",
  "pane.explain.fromRow": "Erklärt aus {table}, Zeile {row}.",
  "pane.explain.selectionNotUsable":
    "Die markierte Zelle {address} enthält keine COSTING-Formel und ist keine Zeile der Wertposten oder Artikelposten; es wurde nichts erklärt. Markieren Sie in Excel eine solche Zelle und klicken Sie erneut auf Aus der markierten Zelle, oder geben Sie Artikel und Datum ein.",
  "pane.explain.notExplained":
    "Die markierte Zelle {address} enthält COSTING.{name}, hinter dem kein Durchschnitt steht; es wurde nichts erklärt. Markieren Sie eine Zelle mit AVGCOST, UNITCOST, QTY, VALUE, REVALQTY oder EXPLAIN.",
  "pane.explain.argumentUnknown":
    "Die markierte Zelle {address} übergibt {text}; das kann der Bereich nicht als Artikel, Datum oder Code lesen. Es wurde nichts erklärt. Geben Sie Artikel und Datum oben ein und klicken Sie auf Erklären.",
  "pane.explain.argumentMissing":
    "Die Formel in {address} nennt keinen Artikel oder kein Datum; es wurde nichts erklärt. Geben Sie sie oben ein und klicken Sie auf Erklären.",
  "pane.explain.missing": "Geben Sie die Artikelnummer und ein Datum ein und klicken Sie dann auf Erklären.",
  "pane.explain.goTo": "Gehe zu Artikelposten {entry}",
  "pane.explain.averageOf": "Durchschnitt von",

  // Valuation
  "pane.valuation.title": "Lagerbewertung",
  "pane.valuation.intro":
    "Der Lagerbestand je Artikel an einem Datum, wie costing valuation in der Befehlszeile ihn bewertet: Menge und Wert (tatsächliche und erwartete Kosten). Es wird nichts geschrieben.",
  "pane.valuation.date": "Datum",
  "pane.valuation.basis": "Wertposten zählen",
  "pane.valuation.byValuationDate": "Nach Bewertungsdatum (wie Lagerwert berechnen und die Durchschnittskosten)",
  "pane.valuation.byPostingDate": "Nach Buchungsdatum (wie der Bericht Lagerbewertung)",
  "pane.valuation.byLocation": "Eine Zeile je Lagerort",
  "pane.valuation.adjusted":
    "Mit den Regulierungen, die die Kostenregulierung buchen würde (auf einer Kopie, wie die COSTING-Funktionen antworten)",
  "pane.valuation.value": "Lager bewerten",
  "pane.valuation.valuing": "Bewerten",
  "pane.valuation.computing": "Die Wertposten werden summiert...",
  "pane.valuation.adjusting": "Kostenregulierung auf einer Kopie, dann werden die Wertposten summiert...",
  "pane.valuation.heading": "Lagerbestand am {date}, nach Bewertungsdatum",
  "pane.valuation.headingPosting": "Lagerbestand am {date}, nach Buchungsdatum",
  "pane.valuation.none": "An diesem Datum kein Bestand und kein Wert.",
  "pane.valuation.expected": "Von der Summe sind {amount} erwartete Kosten (geliefert, noch nicht fakturiert).",
  "pane.valuation.hidden":
    "{count, plural, one {# Artikel} other {# Artikel}} ohne Bestand und ohne Wert an diesem Datum nicht angezeigt.",
  "pane.valuation.missingDate": "Geben Sie ein Datum ein und klicken Sie dann auf Lager bewerten.",

  // Journal lines
  "pane.journal.title": "Buch.-Blattzeilen",
  "pane.journal.show": "Zeilen des Buch.-Blatts anzeigen",
  "pane.journal.readAgain": "Zeilen erneut lesen",
  "pane.journal.reading": "Das Neubewertungs-Buch.-Blatt wird gelesen...",
  "pane.journal.none":
    "Die Arbeitsmappe hat noch kein Neubewertungs-Buch.-Blatt: berechnen Sie zuerst eines im Schritt Berechnen.",
  "pane.journal.saving": "Einstandspreis ändern",
  "pane.journal.writing":
    "Einstandspreis (neu bewertet) wird in das Buch.-Blatt geschrieben und die Zeile neu berechnet...",
  "pane.journal.notANumber":
    "„{text}“ ist kein Einstandspreis; es wurde nichts geschrieben. Geben Sie eine Zahl von 0 oder mehr ein, etwa {example}.",
  "pane.journal.cannot":
    "Diese Zeile konnte nicht geändert werden (sie wurde gebucht, oder das Buch.-Blatt hat sich geändert); es wurde nichts geschrieben. Die Zeilen oben sind das Buch.-Blatt, wie es jetzt ist.",
  "pane.journal.onHand": "{quantity} zu {unitCost} berechnet",
  "pane.journal.unitCostOf": "Einstandspreis (neu bewertet) von {item}, Zeile {row}",
  "pane.journal.more": "Die ersten {shown} von {count} Zeilen; das Blatt enthält alle.",
};
