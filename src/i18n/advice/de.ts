// The export advice in de (English: ./en.ts).
import type { Translations } from "../msg";
import type { adviceEn } from "./en";

export const adviceDe: Translations<typeof adviceEn> = {
  "advice.required": "Die Tabelle kann ohne sie nicht gelesen werden: jede Zeile braucht sie.",
  "advice.fromItemLedgerEntry": "Aus dem Artikelposten des Wertpostens übernommen, wo Business Central dasselbe bucht.",
  "advice.notNeeded": "Von der Bewertung nicht verwendet.",
  "advice.entryCost": "Nicht nötig: die Kosten eines Postens sind die Summe seiner Wertposten.",
  "advice.38.documentNo":
    "Ein Umlagerungseingang wird mit dem nächstgelegenen früheren Umlagerungsausgang des Artikels gepaart statt mit dem Ausgang seines eigenen Belegs.",
  "advice.38.locationCode":
    "Jeder Posten gilt als ohne Lagerort gebucht, daher werden die Lagerorte eines Artikels gemeinsam ausgeglichen und gemittelt.",
  "advice.38.variantCode":
    "Jeder Posten gilt als ohne Variante gebucht, daher werden die Varianten eines Artikels gemeinsam ausgeglichen und gemittelt.",
  "advice.38.invoicedQuantity": "Aus den Wertposten des Postens summiert.",
  "advice.38.remainingQuantity": "Aus den Artikelausgleichen in der Reihenfolge der Lfd. Nr. nachgerechnet.",
  "advice.38.open": "Aus der nachgerechneten Restmenge gesetzt.",
  "advice.38.positive": "Aus dem Vorzeichen von Menge gesetzt.",
  "advice.38.completelyInvoiced": "Gesetzt, wo die Fakturierte Menge gleich der Menge ist.",
  "advice.38.lastInvoiceDate": "Das späteste Buchungsdatum der fakturierten Wertposten des Postens.",
  "advice.38.appliestoEntry":
    "Als 0 angenommen (kein fester Ausgleich): eine Rücksendung oder Korrektur, die gegen einen bestimmten Posten gebucht wurde, wird ausgeglichen und bewertet, als hätte sie keinen, und ein Abgangsposten eines Artikels mit Lagerabgangsmethode Durchschnitt wird zum Durchschnitt bewertet.",
  "advice.38.orderNo":
    "Eine Istmeldung wird nicht mit dem verknüpft, was ihr Fertigungs- oder Montageauftrag verbraucht hat, daher werden ihre Kosten nicht aus dem Verbrauch reguliert.",
  "advice.38.serialNo":
    "Die Posten eines Artikels mit Lagerabgangsmethode Ausgewählt werden nach FIFO ausgeglichen statt nach Seriennummer.",
  "advice.38.lotNo":
    "Die Posten eines Artikels mit Lagerabgangsmethode Ausgewählt werden nach FIFO ausgeglichen statt nach Chargennummer.",
  "advice.5802.valuationDate":
    "In der Reihenfolge der Lfd. Nr. aus den Buchungsdaten und den Artikelausgleichen nachgerechnet, wie die Buchung es gesetzt hat.",
  "advice.5802.documentNo": "Aus dem Artikelposten des Wertpostens übernommen.",
  "advice.5802.valuedQuantity":
    "Die Menge des Artikelpostens (die fakturierte Menge bei einer späteren Rechnung). Ohne die Spalte verweigert costing adjust, neue Wertposten anzufügen, die nicht gleich zurückgelesen würden.",
  "advice.5802.invoicedQuantity":
    "Die bewertete Menge direkter Kosten, die keine Regulierung, kein Artikel Zu-/Abschlag und keine Soll-Kosten sind, sonst 0. Ohne die Spalte verweigert costing adjust, neue Wertposten anzufügen, die nicht gleich zurückgelesen würden.",
  "advice.5802.itemLedgerEntryQuantity": "Die Menge des Postens auf seinem ersten Wertposten, 0 auf den anderen.",
  "advice.5802.costAmountExpected":
    "Als 0 angenommen, daher tragen noch nicht fakturierte Wareneingänge und Lieferungen keine Kosten. Der Befehl costing adjust verweigert, neue Wertposten mit Soll-Kosten anzufügen.",
  "advice.5802.costPerUnit":
    "Die Kosten geteilt durch die bewertete Menge, wo sie benötigt werden (der offene Teil eines negativen Postens).",
  "advice.5802.adjustment":
    "Ein Posten gilt nur dann als Regulierung, wenn er einen Wert in „Ausgleich mit Lfd. Nr.“ hat, den die Seite nicht hat, daher werden frühere Regulierungen als Buchungen gelesen. Der Befehl costing adjust verweigert, neue Regulierungen anzufügen.",
  "advice.5802.itemChargeNo":
    "Als leer angenommen, daher wird ein Artikel Zu-/Abschlag als gewöhnliche Buchung direkter Kosten gelesen.",
  "advice.5802.valuedByAverageCost":
    "Auf den Abgangsposten von Artikeln mit Lagerabgangsmethode Durchschnitt gesetzt, die keinen festen Ausgleich haben.",
  "advice.5802.partialRevaluation":
    "Neubewertungen gelten als von „Lagerwert berechnen“ erstellt, was dieselben Kosten ergibt.",
  "advice.5802.appliestoEntry":
    "Als 0 angenommen: eine Regulierung wird ihrem Posten über ihren Artikelposten zugeordnet, was dieselben Kosten ergibt.",
  "advice.5802.expectedCost": "Auf den Posten gesetzt, die nur einen erwarteten Betrag tragen.",
  "advice.31.costingMethod": "Die Bewertung stoppt, bis die Lagerabgangsmethode jedes Artikels bekannt ist.",
  "advice.31.unitCost":
    "Von der Bewertung nicht verwendet; das Buchen einer Neubewertung mit „Einstandspreis (fest) aktualisieren“ schreibt den neuen Einstandspreis eines Artikels mit Lagerabgangsmethode Standard hinein.",
  "advice.31.standardCost":
    "Von Lagerreg. fakt. Einst.-Preise nicht verwendet (die Wertposten tragen den Einstandspreis (fest)); calc-value --base standard-cost schlägt daraus die neuen Einstandspreise vor, und das Buchen mit „Einstandspreis (fest) aktualisieren“ schreibt hinein.",
  "advice.31.lastDirectCost":
    "Von der Bewertung nicht verwendet; calc-value --base last-direct-cost schlägt daraus die neuen Einstandspreise vor.",
  "advice.31.blocked":
    "Von der Bewertung nicht verwendet; „Lagerwert berechnen“ behandelt jeden Artikel als nicht gesperrt, während Business Central einen gesperrten zurückweist.",
  "advice.506.postingDate": "Aus dem Artikelposten des Ausgleichs übernommen.",
  "advice.506.transferredfromEntryNo":
    "Als 0 angenommen, daher wird ein Umlagerungseingang nicht mit dem Zugangsposten verknüpft, aus dem seine Ware kam.",
  "advice.506.costApplication":
    "Als Nein angenommen, daher übernimmt kein Abgangsposten seine Kosten aus dem Zugangsposten, mit dem er ausgeglichen wurde.",
  "advice.100.newFiscalYear":
    "Keine Periode gilt als Beginn eines Geschäftsjahres, daher gelten die Einstellungen der Lager Einrichtung für jedes Datum.",
  "advice.100.averageCostPeriod":
    "Jedes Geschäftsjahr wird mit leerer Durchschnittskostenperiode gelesen, was es in Business Central nie gibt, daher stoppt die Bewertung.",
  "advice.100.averageCostCalcType": "Die Durchschn. Kostenber.-Art der Lager Einrichtung gilt für jedes Geschäftsjahr.",
  "advice.38.absent": "Ohne die Artikelposten kann nichts bewertet werden.",
  "advice.38.absentExport": "Öffnen Sie Seite 38 „Artikelposten“ und wählen Sie In Excel öffnen.",
  "advice.5802.absent": "Ohne die Wertposten kann nichts bewertet werden.",
  "advice.5802.absentExport": "Öffnen Sie Seite 5802 „Wertposten“ und wählen Sie In Excel öffnen.",
  "advice.31.absentExport":
    "Öffnen Sie Seite 31 „Artikelübersicht“ (Artikel), wählen Sie Anpassen und fügen Sie „Lagerabgangsmethode“ hinzu (standardmäßig ausgeblendet), dann wählen Sie In Excel öffnen.",
  "advice.506.absent":
    "Neu aufgebaut, indem die Mengen in der Reihenfolge der Lfd. Nr. ausgeglichen werden, wie die Buchung es tat (FIFO, LIFO, Ausgewählt, feste Ausgleiche, Umlagerungen).",
  "advice.506.absentExport":
    "Seite 506 „Artikelausgleichsposten“ wird von der Suche nicht gefunden: hängen Sie ?page=506 an die Adresse von Business Central an und wählen Sie In Excel öffnen, oder exportieren Sie Tabelle 339 „Artikelausgleichsposten“ mit einem Konfigurationspaket (RapidStart).",
  "advice.100.absent":
    "Durchschnittskostenperiode und Durchschn. Kostenber.-Art der Lager Einrichtung gelten für jedes Datum, und Geschäftsjahre sind Kalenderjahre.",
  "advice.100.absentExport":
    "Öffnen Sie Seite 100 „Buchhaltungsperioden“, wählen Sie Anpassen und fügen Sie „Durchschnittskostenperiode“ und „Durchschn. Kostenber.-Art“ hinzu (standardmäßig ausgeblendet), dann wählen Sie In Excel öffnen.",
  "advice.notHere.transfers": "Diese Posten enthalten keine Umlagerungen, die Spalte ändert hier also nichts.",
  "advice.notHere.production":
    "Diese Posten enthalten keine Istmeldungs-, Verbrauchs- oder Montageposten, die Spalte ändert hier also nichts.",
  "advice.notHere.specific":
    "Diese Posten enthalten keine Artikel mit Lagerabgangsmethode Ausgewählt, die Spalte ändert hier also nichts.",
  "advice.setup":
    "Die Anfangswerte von Business Central werden verwendet: Durchschnittskostenperiode Tag, Durchschn. Kostenber.-Art Artikel & Lagerort & Variante, Beträge auf 0,01 und Einheitsbeträge auf 0,00001 gerundet.",
  "advice.setupExport":
    "Fügen Sie ein Blatt „Lager Einrichtung“ mit den Spalten Feld und Wert hinzu, mit je einer Zeile für Durchschnittskostenperiode und Durchschn. Kostenber.-Art (Seite 461 „Lager Einrichtung“), Betragsrundungspräzision, Rundungspräzision Einheitsbetrag und Buchungen zugel. ab (Seite 118 „Finanzbuchhaltung Einrichtung“): beide Seiten sind Karten, die In Excel öffnen nicht exportiert.",
  "advice.shown":
    "Seite {page} „{pageName}“ zeigt „{field}“ standardmäßig an: wählen Sie auf der Seite In Excel öffnen (falls „{field}“ mit Anpassen entfernt wurde, fügen Sie es zuerst wieder hinzu).",
  "advice.hidden":
    "Seite {page} „{pageName}“ blendet „{field}“ standardmäßig aus: wählen Sie auf der Seite das Einstellungssymbol, Anpassen, + Feld, ziehen Sie „{field}“ in die Liste, wählen Sie Fertig und dann erneut In Excel öffnen.",
  "advice.absent":
    "Seite {page} „{pageName}“ hat „{field}“ nicht, daher kann Anpassen es nicht hinzufügen: ein Administrator kann es mit Seiten anpassen hinzufügen (Profile (Rollen), Business Central 2023 Veröffentlichungszyklus 2 oder später), oder Sie exportieren Tabelle {tableNo} „{tableName}“ mit einem Konfigurationspaket (RapidStart) oder lesen es über die API (OData).",
  "advice.oldPage506":
    "Seite 506 „Artikelausgleichsposten“ zeigt „{field}“ in neueren Versionen von Business Central; wo die Seite es nicht hat, exportieren Sie stattdessen Tabelle 339 „Artikelausgleichsposten“ mit einem Konfigurationspaket (RapidStart).",
  "advice.chosenMethod":
    "Die Artikel ohne Lagerabgangsmethode werden als {method} bewertet, die für sie gewählte Lagerabgangsmethode; die Zahlen entsprechen denen von Business Central nur, wenn das dort die Lagerabgangsmethode jedes Artikels ist.",
  "advice.page.38": "Artikelposten",
  "advice.page.5802": "Wertposten",
  "advice.page.31": "Artikelübersicht",
  "advice.page.506": "Artikelausgleichsposten",
  "advice.page.100": "Buchhaltungsperioden",
  "advice.table.32": "Artikelposten",
  "advice.table.5802": "Wertposten",
  "advice.table.27": "Artikel",
  "advice.table.339": "Artikelausgleichsposten",
  "advice.table.50": "Buchhaltungsperiode",
  // One advice as the command line and the task pane show it.
  "advice.lineTable":
    "{table}, die ganze Tabelle{count, plural, =0 {} one { (# Zeile)} other { (# Zeilen)}}: {effect}",
  "advice.lineColumn":
    "{table}, Spalte „{column}“{count, plural, =0 {} one { (# Zeile)} other { (# Zeilen)}}: {effect}",
  "advice.lineToExport": "So exportieren Sie sie: {hint}",
};
