// German (Business Central DEU: Lagerreg. fakt. Einst.-Preise, Lagerwert berechnen, Neubewertungs Buch.-Blatt).
import type { Translations } from "../msg";
import type { en as EnglishCatalogue } from "./en";

export const de: Translations<typeof EnglishCatalogue> = {
  "problem.error": "Fehler: {message}",
  "problem.warning": "Warnung: {message}",
  field: "{label}: {value}",
  rows: "{count, plural, one {Zeile} other {Zeilen}} {rows}",
  entriesMore: "{entries}, ... ({more} weitere)",

  "costingMethod.noItemsTable":
    "Die Arbeitsmappe hat keine Tabelle Artikel, daher ist die Lagerabgangsmethode von " +
    "{count, plural, one {# Artikel} other {# Artikeln}} der Posten nicht bekannt ({items}); nichts wird auf Verdacht " +
    "bewertet. Öffnen Sie in Business Central die Artikel, wählen Sie Anpassen, fügen Sie die Spalte Lagerabgangsmethode hinzu (in der Artikelübersicht standardmäßig ausgeblendet) und exportieren Sie erneut (ein Blatt namens „Items“ oder „Artikel“), oder legen Sie von Hand eine Tabelle Artikel mit " +
    "den Spalten Nr. und Lagerabgangsmethode an.",
  "costingMethod.noColumn":
    "{table}: die Spalte „Lagerabgangsmethode“ fehlt, daher ist die Lagerabgangsmethode von " +
    "{count, plural, one {# Artikel} other {# Artikeln}} der Posten nicht bekannt ({items}); nichts wird auf Verdacht " +
    "bewertet. Öffnen Sie in Business Central die Artikel, wählen Sie Anpassen, fügen Sie die Spalte Lagerabgangsmethode hinzu (in der Artikelübersicht standardmäßig ausgeblendet) und exportieren Sie erneut, oder fügen Sie der Tabelle Artikel von Hand eine Spalte Lagerabgangsmethode hinzu (eine " +
    "Überschrift und die Lagerabgangsmethode in der Zeile jedes Artikels; eine Spalte unter einer anderen Überschrift " +
    "lässt sich im Schritt Posten des Aufgabenbereichs zuordnen, Spalten zuordnen).",
  "costingMethod.itemRow": "{item} (Zeile {row})",
  "costingMethod.emptyCells":
    "{table}, Spalte „Lagerabgangsmethode“: die Zelle ist leer für {count, plural, one {# Artikel} other {# Artikel}} " +
    "der Posten ({items}), daher ist {count, plural, one {seine} other {ihre}} Lagerabgangsmethode nicht bekannt; " +
    "nichts wird auf Verdacht bewertet. Geben Sie für jeden die Lagerabgangsmethode ein, wie Business Central sie auf " +
    "der Artikelkarte hat (FIFO, LIFO, Ausgewählt, Durchschnitt oder Standard).",
  "costingMethod.notListed":
    "{table}: {count, plural, one {# Artikel der Posten ist} other {# Artikel der Posten sind}} nicht in der Tabelle " +
    "Artikel ({items}), daher ist {count, plural, one {seine} other {ihre}} Lagerabgangsmethode nicht bekannt; " +
    "nichts wird auf Verdacht bewertet. Nehmen Sie {count, plural, one {ihn} other {sie}} mit Nr. und " +
    "Lagerabgangsmethode, wie Business Central sie hat, in die Tabelle Artikel auf (exportieren Sie die Artikel " +
    "erneut, mit der Spalte Lagerabgangsmethode).",
  "costingMethod.orChoose": "Oder bewerten Sie sie alle mit einer Lagerabgangsmethode: {how}.",
  "costingMethod.chooseOnCommandLine": "führen Sie den Befehl erneut mit --costing-method {methods} aus",
  "costingMethod.standardWithoutCost":
    "Standard wurde als Lagerabgangsmethode der Artikel ohne eine gewählt, aber die Tabelle Artikel gibt für " +
    "{count, plural, one {# davon} other {# davon}} keinen Einstandspreis (fest) an ({items}): die Posten eines " +
    "Standardartikels werden zu seinem Einstandspreis (fest) gebucht, also wäre die Bewertung als Standard ohne ihn " +
    "eine Vermutung. Öffnen Sie in Business Central die Artikel, wählen Sie Anpassen, fügen Sie die Spalten " +
    "Lagerabgangsmethode und Einstandspreis (fest) hinzu (beide in der Artikelübersicht standardmäßig ausgeblendet) " +
    "und exportieren Sie erneut, oder wählen Sie eine andere Lagerabgangsmethode.",
  "costingMethod.notNeeded":
    "Lagerabgangsmethode {method} ({how}) wurde nicht gebraucht: die Arbeitsmappe gibt jedem Artikel seine Lagerabgangsmethode.",
  "costingMethod.chosen":
    "Lagerabgangsmethode {method} ({how}) für {count, plural, one {den # Artikel} other {die # Artikel}}, denen die " +
    "Arbeitsmappe keine Lagerabgangsmethode gibt: {items}. Jeder andere Artikel wird mit der Lagerabgangsmethode " +
    "seiner Zeile in Artikel bewertet.",
  "next.workbook.cli": "Die Arbeitsmappe „{workbook}“",
  "next.workbook.pane": "Die Arbeitsmappe",
  "next.again.cli": "führen Sie den Befehl erneut aus",
  "next.again.pane": "versuchen Sie es erneut",
  "next.calculate.cli": "führen Sie „costing calc-value {workbook} --date <YYYY-MM-DD>“ aus",
  "next.calculate.pane": "verwenden Sie „Lagerwert berechnen“ im Aufgabenbereich",
  "next.adjust.cli": "führen Sie „costing adjust“ aus",
  "next.adjust.pane": "verwenden Sie „Lagerregulierung“ im Aufgabenbereich",
  "next.calculateNew.cli": "berechnen Sie ein neues Buch.-Blatt: „costing calc-value {workbook} --date <YYYY-MM-DD>“",
  "next.calculateNew.pane": "{calculate}, um ein neues Buch.-Blatt zu berechnen",
  "next.postOrReplace.cli":
    "Buchen Sie es zuerst („costing post {workbook}“), oder führen Sie calc-value erneut mit --replace aus, um es zu verwerfen.",
  "next.postOrReplace.pane": "Buchen Sie es zuerst, oder berechnen Sie erneut und wählen Sie, es zu ersetzen.",
  "next.calculateAgain.cli":
    "führen Sie „costing calc-value {workbook} --date {date} --replace“ aus (mit --item, --per und den anderen Optionen, mit denen es berechnet wurde)",
  "next.calculateAgain.pane": "{calculate} für den {date} und wählen Sie, das Buch.-Blatt zu ersetzen",
  "next.finishPost.cli": "mit „costing post {workbook} --finish“",
  "next.rollBackPost.cli": "mit „costing post {workbook} --rollback“",

  "next.refreshScenario.cli": "führen Sie „costing scenario refresh {workbook} --name '{name}'“ aus",
  "next.refreshScenario.pane": "klicken Sie beim Szenario „{name}“ auf „Neu berechnen“",
  "next.replaceScenario.cli":
    "Geben Sie einen anderen Namen an, oder fügen Sie es mit --replace erneut hinzu, um es neu zu berechnen.",
  "next.replaceScenario.pane":
    "Geben Sie einen anderen Namen an, oder aktivieren Sie „Das Szenario dieses Namens ersetzen“.",

  "next.postOrReplaceScenario.cli":
    "Buchen Sie es zuerst („costing post {workbook}“), oder buchen Sie das Szenario mit --replace, um es zu verwerfen.",
  "next.postOrReplaceScenario.pane":
    "Buchen Sie es zuerst, oder markieren Sie „Ein noch nicht gebuchtes Neubewertungs Buch.-Blatt ersetzen“.",
  "scenario.postedBefore":
    "Das Szenario „{name}“ wurde bereits am {postedAt} gebucht (Posting Log, Zeile {row}); es wurde nichts gebucht. Eine zweite Buchung würde den Lagerbestand doppelt neu bewerten.",
  "scenario.journalPosted":
    "Das Buch.-Blatt „{journal}“ wurde bereits gebucht; es wurde nichts geschrieben. Ein Szenario wird aus einem noch nicht gebuchten Buch.-Blatt übernommen: berechnen Sie zuerst ein neues.",
  "scenario.nameMissing": "Geben Sie dem Szenario einen Namen; es wurde nichts geschrieben.",
  "scenario.nothingWritten": "es wurde nichts geschrieben.",
  "scenario.exists": "In {table} gibt es bereits ein Szenario „{name}“; es wurde nichts geschrieben. {replace}",
  "scenario.none":
    "{workbook} hat noch keine Neubewertungsszenarien; es wurde nichts getan. Fügen Sie zuerst eines hinzu.",
  "scenario.notFound": "{table} hat kein Szenario „{name}“; es wurde nichts getan. Vorhandene Szenarien: {names}.",
  "scenario.problems":
    "{table} hat {count, plural, one {# Problem, das zuerst behoben werden muss} other {# Probleme, die zuerst behoben werden müssen}}; es wurde nichts getan. Korrigieren Sie die unten genannten Zellen und {again}.",
  "scenario.noJournal":
    "{workbook} hat keine Zeilen im Neubewertungs Buch.-Blatt, aus denen sich das Szenario übernehmen ließe; es wurde nichts geschrieben. {calculate}, um zuerst eines zu berechnen.",
  "scenario.refused":
    "Das Szenario „{name}“ kann nicht berechnet werden: Lagerwert berechnen wurde aus {count, plural, one {# Grund} other {# Gründen}} abgelehnt (siehe unten); es wurde nichts geschrieben.",
  "scenario.nothing":
    "Das Szenario „{name}“ hat am {date} nichts neu zu bewerten (kein Lagerbestand seiner Artikel); es wurde nichts geschrieben.",
  "scenario.stale":
    "Das Szenario „{name}“ wurde auf den Posten berechnet, wie sie vorher waren: seitdem wurden Posten für seine Artikel gebucht; es wurde nichts gebucht. {refresh}, prüfen Sie seine Wirkung erneut und buchen Sie es dann.",
  "scenario.noAmount":
    "Das Szenario „{name}“ bewertet nichts neu: der Betrag jeder Zeile ist 0,00; es wurde nichts gebucht. Geben Sie den neuen Einstandspreis (neu bewertet) in seinen Zeilen in der Tabelle „Revaluation Scenarios“ ein, oder fügen Sie es mit einer Was-wäre-wenn-Annahme erneut hinzu.",
  "scenario.postRefused":
    "Die Buchung des Szenarios „{name}“ würde aus {count, plural, one {# Grund} other {# Gründen}} abgelehnt (siehe unten); es wurde nichts gebucht.",
  "scenario.baseNotPerEntry":
    "Ein Szenario aus dem {base} des Artikels wird pro Artikel berechnet: Berechnen pro Artikelposten nimmt keine Berechnungsgrundlage. Berechnen Sie es pro Artikel, oder geben Sie einen Prozentsatz oder einen Einstandspreis an.",
  "scenario.percentBelow":
    "Eine Änderung um {percent} % würde die Einstandspreise negativ machen. Geben Sie eine Änderung von -100 % oder mehr an.",

  "journal.nothingPosted": "es wurde nichts gebucht.",
  "journal.nothingPreviewed": "es wurde keine Vorschau erstellt.",
  "journal.unposted":
    "{workbook} hat bereits ein Buch.-Blatt „{journal}“ mit {count, plural, one {# Zeile} other {# Zeilen}}, die noch nicht " +
    "gebucht {count, plural, one {ist} other {sind}} ({rows}, Belegnr. {documentNos}); es wurde nichts geschrieben. {postOrReplace}",
  "journal.unpostedNoDocument":
    "{workbook} hat bereits ein Buch.-Blatt „{journal}“ mit {count, plural, one {# Zeile} other {# Zeilen}}, die noch nicht " +
    "gebucht {count, plural, one {ist} other {sind}} ({rows}); es wurde nichts geschrieben. {postOrReplace}",
  "journal.calculateRefused":
    "Lagerwert berechnen wurde aus {count, plural, one {# Grund} other {# Gründen}} abgelehnt (siehe unten); es wurde nichts geschrieben.",
  "journal.missing":
    "{workbook} hat kein Neubewertungs Buch.-Blatt; {nothing} {calculate}, um eines zu berechnen, geben Sie den " +
    "neuen Einstandspreis (neu bewertet) in seinen Zeilen ein und {again}.",
  "journal.problems":
    "Das Buch.-Blatt „{journal}“ hat {count, plural, one {# Problem} other {# Probleme}}, die zuerst behoben werden müssen; " +
    "{nothing} Korrigieren Sie die unten genannten Zellen und {again}.",
  "journal.postedLogged":
    "Das Buch.-Blatt „{journal}“ wurde bereits am {postedAt} gebucht (Belegnr. {documentNo}, Wertposten {first}..{last}; " +
    "„Posting Log“, Zeile {row}); {nothing} Eine zweite Buchung würde den Lagerbestand doppelt neu bewerten. Um " +
    "erneut neu zu bewerten, {calculateNew}.",
  "journal.postedLoggedSome":
    "Das Buch.-Blatt „{journal}“ wurde bereits am {postedAt} gebucht (Belegnr. {documentNo}, Wertposten {first}..{last}; " +
    "„Posting Log“, Zeile {row}); {nothing} Eine zweite Buchung würde den Lagerbestand doppelt neu bewerten. Um " +
    "erneut neu zu bewerten, {calculateNew}, oder löschen Sie die gebuchten Zeilen ({rows}), um nur die anderen zu buchen.",
  "journal.blankDocumentNo": "leer",
  "journal.postedRows":
    "Das Buch.-Blatt „{journal}“ wurde bereits gebucht (in {rows} steht „Posted = Yes“); {nothing} Eine zweite Buchung würde " +
    "den Lagerbestand doppelt neu bewerten. Um erneut neu zu bewerten, {calculateNew}.",
  "journal.postedRowsSome":
    "Das Buch.-Blatt „{journal}“ wurde bereits gebucht (in {rows} steht „Posted = Yes“); {nothing} Eine zweite Buchung würde " +
    "den Lagerbestand doppelt neu bewerten. Um erneut neu zu bewerten, {calculateNew}, oder löschen Sie die " +
    "gebuchten Zeilen ({rows}), um nur die anderen zu buchen.",
  "journal.cannotCompare":
    "Das Buch.-Blatt „{journal}“ lässt sich nicht mit den Posten vergleichen, denen es zum Buchen entsprechen muss: Lagerwert " +
    "berechnen, erneut für seine Zeilen ausgeführt, wird aus {count, plural, one {# Grund} other {# Gründen}} " +
    "abgelehnt (siehe unten); {nothing} Korrigieren Sie, was dort steht, und {again}.",
  "journal.stale":
    "Das Buch.-Blatt „{journal}“ wurde auf den Posten berechnet, wie sie vorher waren: {count, plural, one {# Zeile stimmt} " +
    "other {# Zeilen stimmen}} nicht mehr mit dem überein, was Lagerwert berechnen jetzt ergibt (siehe unten); " +
    "{nothing} Eine Buchung würde den Lagerbestand aus Werten neu bewerten, die er nicht mehr hat, ein zweites " +
    "Mal, falls das Buch.-Blatt schon gebucht wurde. {recalculate}, geben Sie dann den neuen Einstandspreis (neu " +
    "bewertet) ein und buchen Sie erneut.",
  "journal.previewRefused":
    "Die Buchung des Buch.-Blatts „{journal}“ würde aus {count, plural, one {# Grund} other {# Gründen}} abgelehnt (siehe unten); {nothing}",

  "post.noLines":
    "Das Buch.-Blatt „{journal}“ hat keine Zeilen, es gibt also nichts zu buchen; {nothing} Geben Sie den neuen Einstandspreis " +
    "(neu bewertet) oder Lagerwert (neu bewertet) in den Zeilen ein, die neu bewertet werden sollen, und {again}.",
  "post.noAmount":
    "Das Buch.-Blatt „{journal}“ hat keine Zeile mit einem Betrag ungleich 0,00 ({count, plural, one {# Zeile} other {# Zeilen}}), " +
    "es gibt also nichts zu buchen; {nothing} Geben Sie den neuen Einstandspreis (neu bewertet) oder Lagerwert " +
    "(neu bewertet) in den Zeilen ein, die neu bewertet werden sollen, und {again}.",
  "post.refused":
    "Die Buchung des Buch.-Blatts „{journal}“ wurde aus {count, plural, one {# Grund} other {# Gründen}} abgelehnt (siehe unten); {nothing}",

  "interrupted.finishWith":
    "Eine Buchung des Buch.-Blatts „{journal}“ (Belegnr. {documentNos}) wurde unterbrochen: die Wertposten {first}..{last} wurden " +
    "angefügt, aber „Posting Log“ hat keine Zeile dafür. Schließen Sie die Buchung {finish} ab (Lagerregulierung, " +
    "Artikel, „Posting Log“, Buch.-Blatt als gebucht markiert) oder machen Sie sie {rollBack} rückgängig (diese " +
    "Zeilen werden gelöscht); eine erneute Buchung würde den Lagerbestand doppelt neu bewerten.",
  "interrupted.finishInPane":
    "Eine Buchung des Buch.-Blatts „{journal}“ (Belegnr. {documentNos}) wurde unterbrochen: die Wertposten {first}..{last} wurden " +
    "angefügt, aber „Posting Log“ hat keine Zeile dafür. Schließen Sie die Buchung im Schritt „Buchen“ des " +
    "Aufgabenbereichs ab (Lagerregulierung, Artikel, „Posting Log“, Buch.-Blatt als gebucht markiert) oder machen " +
    "Sie sie dort rückgängig (diese Zeilen werden gelöscht); eine erneute Buchung würde den Lagerbestand doppelt " +
    "neu bewerten.",
  "interrupted.partialWith":
    "Eine Buchung des Buch.-Blatts „{journal}“ (Belegnr. {documentNos}) wurde unterbrochen: die Wertposten {first}..{last} wurden " +
    "angefügt, aber „Posting Log“ hat keine Zeile dafür. Nur ein Teil der Neubewertungsposten wurde geschrieben: " +
    "machen Sie die Buchung {rollBack} rückgängig (diese Zeilen werden gelöscht) und buchen Sie dann erneut.",
  "interrupted.partialInPane":
    "Eine Buchung des Buch.-Blatts „{journal}“ (Belegnr. {documentNos}) wurde unterbrochen: die Wertposten {first}..{last} wurden " +
    "angefügt, aber „Posting Log“ hat keine Zeile dafür. Nur ein Teil der Neubewertungsposten wurde geschrieben: " +
    "machen Sie die Buchung im Schritt „Buchen“ des Aufgabenbereichs rückgängig (diese Zeilen werden gelöscht) und " +
    "buchen Sie dann erneut.",

  "unsettled.entries":
    "Artikel {item} wurde nicht reguliert: nach {rounds} Durchläufen der Lagerregulierung änderten sich die " +
    "Kosten der Artikelposten {entries} immer wieder gegenseitig (eine Schleife von Ausgleichen oder Umlagerungen). " +
    "Für ihn wurden keine Wertposten geschrieben; die anderen Artikel wurden reguliert. Prüfen Sie „Ausgleich mit " +
    "Lfd. Nr.“ und die Umlagerungen dieser Posten, korrigieren Sie die Posten und {again}.",
  "unsettled.item":
    "Artikel {item} wurde nicht reguliert: nach {rounds} Durchläufen der Lagerregulierung änderten sich seine " +
    "Kosten immer weiter (eine Schleife von Ausgleichen oder Umlagerungen). Für ihn wurden keine Wertposten " +
    "geschrieben; die anderen Artikel wurden reguliert. Prüfen Sie „Ausgleich mit Lfd. Nr.“ und die Umlagerungen " +
    "dieser Posten, korrigieren Sie die Posten und {again}.",

  "fn.itemMissing": "Die Artikelnummer fehlt. Geben Sie eine Artikelnummer an, z. B. AVG-DAY.",
  "fn.beforeLedger": "{date} liegt vor dem ersten Posten ({first}). Geben Sie ein Datum ab dem {first} an.",
  "fn.nothingToAverage":
    "Artikel {item} hat in der Periode {start} bis {end} nichts zu mitteln: seine Menge dort ist {quantity}.",
  "fn.nothingOnHand": "Artikel {item} hat am {date} keinen Lagerbestand und daher keinen Einstandspreis.",
  "fn.rangesNotAligned":
    "Die an AVGCOSTS übergebenen Bereiche sind nicht gleich groß; zu dieser Zelle gibt es kein Gegenstück.",
  "fn.noLedgerBoth":
    "In dieser Arbeitsmappe gibt es keine Posten: die COSTING-Funktionen brauchen die Tabellen Artikelposten und " +
    "Wertposten (Blätter oder Excel-Tabellen dieses Namens, wie aus Business Central exportiert; Artikel liefert " +
    "die Lagerabgangsmethoden, Lager Einrichtung und Buchhaltungsperioden die Durchschnittskostenperioden). Es " +
    "fehlen: Artikelposten und Wertposten.",
  "fn.noItemLedgerEntries":
    "In dieser Arbeitsmappe gibt es keine Posten: die COSTING-Funktionen brauchen die Tabellen Artikelposten und " +
    "Wertposten (Blätter oder Excel-Tabellen dieses Namens, wie aus Business Central exportiert; Artikel liefert " +
    "die Lagerabgangsmethoden, Lager Einrichtung und Buchhaltungsperioden die Durchschnittskostenperioden). Es " +
    "fehlt: Artikelposten.",
  "fn.noValueEntries":
    "In dieser Arbeitsmappe gibt es keine Posten: die COSTING-Funktionen brauchen die Tabellen Artikelposten und " +
    "Wertposten (Blätter oder Excel-Tabellen dieses Namens, wie aus Business Central exportiert; Artikel liefert " +
    "die Lagerabgangsmethoden, Lager Einrichtung und Buchhaltungsperioden die Durchschnittskostenperioden). Es " +
    "fehlt: Wertposten.",
  "fn.dateMissing": "Das Datum fehlt. Geben Sie eine Datumszelle oder Text wie 2020-03-01 an.",
  "fn.notADate": "Das Datum {value} ist kein Datum. Geben Sie eine Datumszelle oder Text wie 2020-03-01 an.",
  "fn.textNotADate": "Das Datum „{value}“ ist kein Datum.",
  "fn.flag": "{what} nimmt WAHR oder FALSCH, nicht „{value}“.",
};
