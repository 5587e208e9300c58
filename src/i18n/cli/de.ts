// The command line in German (Business Central DEU's field captions come from the captions module).
import type { Translations } from "../msg";
import type { cliEn as EnglishCatalogue } from "./en";

export const cliDe: Translations<typeof EnglishCatalogue> = {
  "cli.about":
    "Inventory Costing für Excel: Lagerreg. fakt. Einst.-Preise von Business Central, Durchschnittskosten,\n" +
    "Lagerbewertung und Neubewertung auf einer Arbeitsmappe mit Posten (<workbook> ist eine .xlsx-Datei oder ein\n" +
    "Ordner mit CSV-Dateien, eine je Tabelle).",
  "cli.usage": "Aufruf: costing <command> <workbook> [Optionen]",
  "cli.commands": "Befehle:",
  "cli.options": "Optionen (jeder Befehl):",
  "cli.langOption":
    "die Sprache der Meldungen: en, sv, de, da, nl, fr oder es (Standard: LC_ALL, LC_MESSAGES oder LANG)",
  "cli.commandHelp": "„costing <command> --help“ zeigt die Optionen eines Befehls.",
  "cli.exitCodes":
    "Exit-Codes: 0 erledigt, 1 die Arbeitsmappe oder ein Wert darin braucht Aufmerksamkeit, 2 falscher Aufruf, 3 interner Fehler.",
  "cli.commandUsage": "Aufruf: costing {command} ",
  "cli.repeat": " (für mehrere wiederholen)",

  "summary.adjust": "Lagerreg. fakt. Einst.-Preise ausführen und die Regulierungswertposten anfügen",
  "summary.avgcost": "Der durchschnittliche Einstandspreis der Periode, die ein Datum enthält",
  "summary.calc-value": "Lagerwert berechnen: das Neubewertungs Buch.-Blatt für ein Datum schreiben",
  "summary.check":
    "Eine Arbeitsmappe prüfen: Tabellen, Einrichtung, Artikel, Daten, abgeleitete Spalten und jedes Problem",
  "summary.explain": "Der Bestand hinter einem Durchschnitt: Anfang, jeder Zugang, jeder bewertete Abgang, Ende",
  "summary.post": "Das Neubewertungs Buch.-Blatt buchen: Neubewertungswertposten, Lagerregulierung, „Posting Log“",
  "summary.preview": "Was die Buchung des Neubewertungs Buch.-Blatts ändern würde (es wird nichts geschrieben)",
  "summary.valuation": "Lagermenge und Lagerwert je Artikel an einem Datum",
  "summary.scenario":
    "Neubewertungsszenarien: hinzufügen, auflisten, nebeneinander vergleichen, neu berechnen, eines buchen",

  "cli.unknownCommand": "unbekannter Befehl „{name}“.",
  "cli.langUnknown": "--lang „{value}“ ist keine von en, sv, de, da, nl, fr, es.",
  "cli.langMissing": "--lang braucht eine Sprache: en, sv, de, da, nl, fr oder es.",
  "cli.notAChoice": "--{option} „{value}“ ist nicht {choices}.",
  "cli.missingPositional": "<{name}> fehlt.",
  "cli.unexpectedArgument": "Unerwartetes Argument {args}.",
  "cli.missingOption": "--{option} <{value}> fehlt.",
  "cli.notADate": "--{option} „{value}“ ist kein Datum in der Form YYYY-MM-DD (zum Beispiel 2023-01-31).",
  "cli.outEmpty": "--out braucht einen Pfad.",
  "cli.outIsWorkbook":
    "--out nennt die Arbeitsmappe selbst. Lassen Sie --out weg, um die Arbeitsmappe an Ort und Stelle zu ändern, oder geben Sie einen anderen Pfad an.",
  "cli.outXlsx": "--out „{out}“ muss eine .xlsx-Datei sein, wie die Arbeitsmappe „{workbook}“.",
  "cli.outFolder": "--out „{out}“ muss ein Ordner sein (für die CSV-Dateien), wie die Arbeitsmappe „{workbook}“.",
  "cli.perItemOnly":
    "{options} {count, plural, one {gilt} other {gelten}} nur für --per item (eine Zeile je Posten bewertet diesen Posten neu, wie er ist).",
  "cli.documentNoEmpty": "--document-no braucht eine Belegnummer.",
  "cli.scenarioAction": "„{value}“ ist keine Szenario-Aktion. Geben Sie eine von {actions} an.",
  "cli.scenarioOneWhatIf": "Geben Sie für ein Szenario eine Was-wäre-wenn-Annahme an, nicht {options}.",
  "cli.negativeCost": "--unit-cost „{value}“ ist negativ. Geben Sie einen Einstandspreis von 0 oder mehr an.",
  "cli.notANumber": "--{option} „{value}“ ist keine Zahl. Schreiben Sie sie als 8.00 oder -10.",
  "cli.finishAndRollback": "--finish und --rollback schließen sich aus: geben Sie das an, was Sie wollen.",
  "cli.noAdjustRollback":
    "--no-adjust bewirkt mit --rollback nichts (ein Rollback führt keine Lagerregulierung aus); lassen Sie es weg.",

  "cli.recovered":
    "Hinweis: ein costing-Befehl, der um {startedAt} begann, wurde beim Speichern von „{workbook}“ unterbrochen; " +
    "das Speichern ist jetzt abgeschlossen ({files} geschrieben), die Arbeitsmappe ist wieder vollständig.",
  "cli.theFile": "die Datei",
  "cli.fileNotFound": "{where} wurde nicht gefunden. Prüfen Sie den Pfad und führen Sie den Befehl erneut aus.",
  "cli.fileDenied":
    "{where} kann nicht geöffnet oder geschrieben werden: Zugriff verweigert. Prüfen Sie die Berechtigungen der Datei.",
  "cli.fileBusy":
    "{where} ist in Verwendung (in Excel geöffnet?). Schließen Sie sie und führen Sie den Befehl erneut aus.",
  "cli.fileKind":
    "{where} ist nicht von der erwarteten Art (eine Datei, wo ein Ordner erwartet wurde, oder umgekehrt).",
  "cli.fileNoSpace":
    "Es ist kein Platz mehr, um {where} zu schreiben. Schaffen Sie Platz; die ursprüngliche Arbeitsmappe ist unverändert.",
  "cli.loadProblems":
    "Die Arbeitsmappe „{workbook}“ hat {count, plural, one {# Problem, das} other {# Probleme, die}} zuerst behoben " +
    "werden müssen; {consequence} Korrigieren Sie die unten genannten Zellen (oder führen Sie „costing check " +
    "{workbook}“ für den vollständigen Bericht aus) und führen Sie den Befehl erneut aus.",
  "cli.loadUnreadable":
    "Die Arbeitsmappe „{workbook}“ konnte nicht gelesen werden; {consequence} Korrigieren Sie die unten genannten " +
    "Zellen (oder führen Sie „costing check {workbook}“ für den vollständigen Bericht aus) und führen Sie den " +
    "Befehl erneut aus.",
  "cli.nothingWritten": "es wurde nichts geschrieben.",
  "cli.noValuation": "es wurde keine Bewertung erstellt.",
  "cli.noAverage": "es wurde kein Durchschnitt berechnet.",
  "cli.nothingExplained": "es wurde nichts erklärt.",
  "cli.nothingPosted": "es wurde nichts gebucht.",
  "cli.nothingPreviewed": "es wurde keine Vorschau erstellt.",
  "cli.writtenToOut": "{out} ({workbook} ist unverändert)",
  "cli.writtenInPlace": "{workbook} (an Ort und Stelle geändert)",
  "cli.total": "Summe",
  "col.location": "Lagerort",
  "col.variant": "Variante",

  "check.workbook": "Arbeitsmappe: {workbook} ({kind})",
  "check.xlsx": "Excel-Arbeitsmappe",
  "check.csv": "Ordner mit CSV-Dateien",
  "check.tablesFound": "Gefundene Tabellen",
  "check.table": "Tabelle",
  "check.foundAs": "Gefunden als",
  "check.rows": "Zeilen",
  "check.notFound": "(nicht gefunden)",
  "check.setup": "Geltende Einrichtung",
  "check.field": "Feld",
  "check.value": "Wert",
  "check.noRestriction": "(keine Einschränkung)",
  "check.noPeriods":
    "Keine Buchhaltungsperioden: die Lager Einrichtung gilt für jedes Datum; Geschäftsjahre sind Kalenderjahre.",
  "check.fiscalYears":
    "Geschäftsjahre (Buchhaltungsperioden, {count, plural, one {# Periode} other {# Perioden}}): jedes mit seinen eigenen Einstellungen.",
  "check.starts": "Beginnt",
  "check.calcType": "Ber.-Art",
  "check.closed": "Abgeschlossen",
  "check.blank": "(leer)",
  "check.yes": "Ja",
  "check.no": "Nein",
  "check.itemsByMethod": "Artikel nach Lagerabgangsmethode",
  "check.chosenMethod": "{method} (--costing-method)",
  "check.items": "Artikel",
  "check.dates": "Datumsangaben",
  "check.postingDates": "Buchungsdaten (Artikelposten):",
  "check.valuationDates": "Bewertungsdaten (Wertposten):",
  "check.noDates": "(keine)",
  "check.exportLacks": "Was dem Export fehlt",
  "check.adviceNone": "Nichts: der Export hat jede Spalte, die die Bewertung verwendet.",
  "check.adviceRefused": "Ohne diese stoppt die Bewertung; nehmen Sie sie in den Export auf:",
  "check.adviceWarned":
    "Ohne diese wird geschätzt, die Zahlen können also von Business Central abweichen; nehmen Sie sie in den Export auf:",
  "check.adviceDerived": "Exakt aus den Posten abgeleitet; exportieren Sie sie nur, um sie gegenprüfen zu lassen:",
  "check.adviceUnused": "Von der Bewertung dieser Posten nicht verwendet:",
  "check.counts":
    "{entries, plural, one {# Artikelposten} other {# Artikelposten}}, {values, plural, one {# Wertposten} other {# Wertposten}}",
  "check.adjustment": "Lagerregulierung (Durchschn. Kostenreg. Einstiegspunkte)",
  "check.allAdjusted":
    "{count, plural, one {# Einstiegspunkt} other {Alle # Einstiegspunkte}} reguliert: costing adjust würde nichts buchen.",
  "check.notAdjusted":
    "{open, plural, one {# Einstiegspunkt} other {# Einstiegspunkte}} von {total} nicht reguliert, für " +
    "{items, plural, one {# Artikel} other {# Artikel}} (frühester: Artikel {item}, {date}).",
  "check.runAdjust":
    "Führen Sie costing adjust aus, um sie zu bewerten; spätere Perioden desselben Artikels werden mit berechnet.",
  "check.noProblems": "Probleme: keine. Die Arbeitsmappe ist bereit für costing adjust.",
  "check.problems":
    "Probleme: {errors, plural, one {# Fehler} other {# Fehler}}, {warnings, plural, one {# Warnung} other {# Warnungen}}",
  "check.repair":
    "Reparieren Sie die unterbrochene Buchung mit dem oben genannten Befehl und führen Sie costing check erneut aus.",
  "check.correct":
    "Korrigieren Sie die Fehler in der Arbeitsmappe (jeder nennt Tabelle, Zeile und Spalte) und führen Sie costing check erneut aus.",
  "check.onlyWarnings": "Nur Warnungen: die Arbeitsmappe kann reguliert werden; prüfen Sie sie.",

  "adjust.heading": "Lagerreg. fakt. Einst.-Preise: {workbook}",
  "adjust.progress": "Lagerregulierung",
  "adjust.nothing":
    "Nichts zu regulieren: die Kosten jedes Artikels sind bereits reguliert. Es wurden keine Wertposten erstellt.",
  "adjust.copied": "Unverändert kopiert nach: {out}",
  "adjust.unchanged": "Die Arbeitsmappe wurde nicht geändert.",
  "adjust.items": "Regulierte Artikel:",
  "adjust.created": "Erstellte Wertposten:",
  "adjust.total": "Gesamtbetrag:",
  "adjust.writtenTo": "Geschrieben nach:",
  "adjust.range": "{count} (Lfd. Nr. {first}..{last})",
  "adjust.appended": "{count, plural, one {# Wertposten} other {# Wertposten}} an die Tabelle Wertposten angefügt.",

  "valuation.heading": "Lagerbestand per {date} (nach Bewertungsdatum): {workbook}",
  "valuation.headingPosting": "Lagerbestand per {date} (nach Buchungsdatum): {workbook}",
  "valuation.value": "Wert",
  "valuation.none": "(kein Lagerbestand an diesem Datum)",

  "average.heading": "Durchschnittskosten von {scope} am {date}",
  "average.allLocations": "{item} (alle Lagerorte und Varianten)",
  "average.location": "{item}, Lagerort {location}",
  "average.locationVariant": "{item}, Lagerort {location}, Variante {variant}",
  "average.pools":
    "Durchschnittskosten von {item} am {date}, je Lagerort und Variante (Durchschn. Kostenber.-Art {calcType}): " +
    "{count, plural, one {# Bestand} other {# Bestände}}.",
  "average.locationColumn": "Lagerort",
  "average.variantColumn": "Variante",
  "average.pickPool": "Für einen davon geben Sie --location an („costing {command} ... --location {location}“).",
  "average.pickPoolVariant":
    "Für einen davon geben Sie --location und --variant an („costing {command} ... --location {location} --variant {variant}“).",
  "average.period": "Durchschnittskostenperiode",
  "average.quantity": "Menge",
  "average.value": "Wert",
  "average.unitCost": "Einstandspreis",
  "average.noQuantity": "keiner (keine Menge im Bestand der Periode)",
  "explain.heading": "Durchschnittskostenberechnung von {scope}",
  "explain.period": "Periode {start} .. {end} (Durchschn. Kostenber.-Art {calcType})",
  "explain.opening": "Anfangsbestand (vor der Periode)",
  "explain.closing": "Endbestand",
  "explain.averageRow": "Durchschnittlicher Einstandspreis",
  "explain.line": "Zeile",
  "explain.inbound": "Zugang",
  "explain.outboundAveraged": "Abgang, gemittelt",
  "explain.outboundFixed": "Abgang, fester Ausgleich",
  "explain.revaluation": "Neubewertung",
  "explain.costChange": "Kostenänderung",
  "explain.note": "Hinweis",
  "explain.openingInbounds": "{count, plural, one {# Zugangsposten} other {# Zugangsposten}}",
  "explain.openingOutbounds": "{count, plural, one {# Abgangsposten} other {# Abgangsposten}}",
  "explain.openingRevaluations": "Neubewertungen von {count, plural, one {# Posten} other {# Posten}}",
  "explain.ofWhichBackdated": "davon rückdatiert ({kind})",
  "explain.leftOut": "nicht im Bestand: {count, plural, one {# offener Abgang} other {# offene Abgänge}}",
  "explain.leftOutNote":
    "Negativer Lagerbestand früherer Perioden, noch nicht gedeckt: im Durchschnitt nicht enthalten.",
  "explain.backdated":
    "Rückdatiert: Wertposten {valueEntry}, gebucht am {postingDate} und bewertet am {valuationDate}, " +
    "kam nach Posten {after}, bewertet am {afterDate}.",
  "explain.backdatedNote":
    "Rückdatierte Werte zählen ab ihrem Bewertungsdatum: Lagerreg. fakt. Einst.-Preise hat die Durchschnitte der Perioden ab dann neu berechnet.",
  "explain.none": "Durchschnittlicher Einstandspreis: keiner (keine Menge im Bestand der Periode).",
  "explain.unitCost": "Durchschnittlicher Einstandspreis: {unitCost} (Wert {value} / Menge {quantity})",

  "calc.heading": "Lagerwert berechnen: {workbook}",
  "calc.postingDate": "Buchungsdatum:",
  "calc.documentNo": "Belegnr.:",
  "calc.per": "Berechnen pro:",
  "calc.perItem": "Artikel",
  "calc.perEntry": "Artikelposten",
  "calc.byLocation": "nach Lagerort",
  "calc.byVariant": "nach Variante",
  "calc.nothing":
    "Nichts neu zu bewerten: kein Artikel hat an diesem Datum neu bewertbaren Bestand (vollständig fakturierte Zugänge übrig).",
  "calc.noJournal": "Es wurde kein Buch.-Blatt geschrieben; die Arbeitsmappe wurde nicht geändert.",
  "calc.lines": "Zeilen:",
  "calc.items": "Artikel:",
  "calc.inventoryValue": "Lagerwert (berechnet):",
  "calc.amountFromBase": "Betrag (aus --base):",
  "calc.moreLines": "  ... und {count} weitere Zeilen im Buch.-Blatt",
  "calc.replacedUnposted":
    "Das frühere Buch.-Blatt wurde ersetzt ({count, plural, one {# Zeile} other {# Zeilen}} nicht gebucht, mit --replace verworfen).",
  "calc.replacedPosted": "Das frühere Buch.-Blatt wurde ersetzt (gebucht; seine Zeile in „Posting Log“ bleibt).",
  "calc.writtenTo": "Neubewertungs Buch.-Blatt geschrieben nach: {where}",
  "calc.nextSheet":
    "Weiter: geben Sie den neuen Einstandspreis (neu bewertet) (oder Lagerwert (neu bewertet)) in den Zeilen des " +
    "Blatts „Revaluation Journal“ ein; dann zeigt „costing preview {target}“ die Wirkung und „costing post {target}“ bucht es.",
  "calc.nextCsv":
    "Weiter: geben Sie den neuen Einstandspreis (neu bewertet) (oder Lagerwert (neu bewertet)) in den Zeilen von " +
    "„Revaluation Journal.csv“ ein; dann zeigt „costing preview {target}“ die Wirkung und „costing post {target}“ bucht es.",

  "preview.heading": "Vorschau des Neubewertungs Buch.-Blatts (es wird nichts geschrieben): {workbook}",
  "preview.lines": "Buchungsdatum {date}, {count, plural, one {# Zeile} other {# Zeilen}}",
  "preview.linesMoving":
    "Buchungsdatum {date}, {count, plural, one {# Zeile} other {# Zeilen}}, {moving} mit einem Betrag ungleich 0,00",
  "preview.none": "Die Buchung würde keine Neubewertungsposten erstellen: der Betrag jeder Zeile ist 0,00.",
  "preview.enterCost":
    "Geben Sie den neuen Einstandspreis (neu bewertet) in den Zeilen ein, die neu bewertet werden sollen, und führen Sie „costing preview“ erneut aus.",
  "preview.entries": "Wertposten, die die Buchung erstellen würde:",
  "preview.kind": "Art",
  "preview.revaluation": "Neubewertung",
  "preview.adjustment": "Regulierung",
  "preview.adjustmentsNote1":
    "  (Regulierungen: alles, was Lagerreg. fakt. Einst.-Preise nach der Neubewertung buchen würde, auch was sie",
  "preview.adjustmentsNote2":
    "  ohne sie buchen würde; führen Sie zuerst „costing adjust“ aus, um nur die des Buch.-Blatts zu sehen.)",
  "preview.perItem": "Je Artikel: Lagerwert am {date} (nach Bewertungsdatum) und Wareneinsatz, vorher und nachher:",
  "preview.inventoryBefore": "Lager vorher",
  "preview.after": "nachher",
  "preview.change": "Änderung",
  "preview.cogsBefore": "Wareneinsatz vorher",
  "preview.perMonth": "Änderungen je Artikel und Monat (nach Buchungsdatum):",
  "preview.month": "Monat",
  "preview.inventoryChange": "Änderung Lagerwert",
  "preview.cogsChange": "Änderung Wareneinsatz",
  "preview.nothingWritten": "Es wurde nichts geschrieben. „costing post {workbook}“ bucht das Buch.-Blatt.",

  "scenario.whatIf.Calculated": "berechnet (Einstandspreise selbst eingeben)",
  "scenario.whatIf.Percent": "Prozent",
  "scenario.whatIf.Unit Cost": "Einstandspreis",
  "scenario.whatIf.Last Direct Cost": "EK-Preis (neuester)",
  "scenario.whatIf.Standard Cost": "Einstandspreis (fest)",
  "scenario.cli.added": "Szenario „{name}“ hinzugefügt: {workbook}",
  "scenario.cli.replaced": "Szenario „{name}“ ersetzt und neu berechnet: {workbook}",
  "scenario.cli.refreshed": "Szenario „{name}“ auf den Posten, wie sie jetzt sind, neu berechnet: {workbook}",
  "scenario.cli.posted": "Szenario „{name}“ als Neubewertungs Buch.-Blatt gebucht: {workbook}",
  "scenario.cli.whatIf": "Was-wäre-wenn",
  "scenario.cli.amount": "Neubewertungsbetrag",
  "scenario.cli.nextCompare":
    "Geben Sie bei Bedarf Einstandspreise in seinen Zeilen in der Tabelle „Revaluation Scenarios“ ein; „costing scenario compare {workbook}“ zeigt alle Szenarien nebeneinander.",
  "scenario.cli.listHeading": "Neubewertungsszenarien: {workbook}",
  "scenario.cli.linesColumn": "Zeilen",
  "scenario.cli.status": "Status",
  "scenario.cli.current": "aktuell",
  "scenario.cli.stale": "veraltet",
  "scenario.cli.postedAt": "gebucht am {postedAt}",
  "scenario.cli.compareHeading":
    "Neubewertungsszenarien nebeneinander, auf den Posten, wie sie jetzt sind (es wird nichts geschrieben): {workbook}",
  "scenario.cli.inventoryBefore": "Lagerwert am Buchungsdatum",
  "scenario.cli.inventoryAfter": "  nach der Neubewertung",
  "scenario.cli.cogsPerMonth": "Änderung Wareneinsatz je Monat",
  "scenario.cli.staleNote":
    "Ein veraltetes Szenario wurde berechnet, bevor Posten für seine Artikel gebucht wurden: seine Zahlen zeigen, was seine Vorgabe auf den Posten, wie sie jetzt sind, ergibt. „costing scenario refresh“ speichert sie; bis dahin lehnt „costing scenario post“ es ab.",
  "scenario.cli.signs":
    "Ein negativer Neubewertungsbetrag senkt den Lagerwert; eine negative Änderung des Wareneinsatzes heißt, dass der Wareneinsatz sinkt.",
  "scenario.cli.noItemChanges": "  Keine Änderungen an Artikeln: der Betrag jeder Zeile ist 0,00.",
  "scenario.cli.perItem":
    "„{name}“, je Artikel (größte Änderung zuerst; Artikel, die es nicht ändert, werden nicht gezeigt):",
  "scenario.cli.nothingWritten":
    "Es wurde nichts geschrieben. „costing scenario post {workbook} --name <name>“ bucht eines davon.",

  "post.heading": "Neubewertungs Buch.-Blatt gebucht: {workbook}",
  "post.documentNo": "Belegnr.:",
  "post.linesPosted": "Gebuchte Zeilen:",
  "post.skipped": "{count} ({skipped} mit Betrag 0,00 übersprungen)",
  "post.revaluationEntries": "Neubewertungsposten:",
  "post.adjustmentEntries": "Regulierungsposten:",
  "post.entries": "{count}{range}",
  "post.range": " (Lfd. Nr. {first}..{last})",
  "post.amount": "{entries}, Betrag {amount}",
  "post.byAdjustCost": "{entries} (Lagerreg. fakt. Einst.-Preise)",
  "post.adjustCost": "Lagerregulierung:",
  "post.notAdjusted": "nicht ausgeführt (--no-adjust); „costing adjust“ gibt die Neubewertung an die Verkäufe weiter",
  "post.standardCost": "Einstandspreis (fest) geändert:",
  "post.standardCostValue": "{item}: {cost}",
  "post.standardAndUnitCost": "{item}: {cost} (Einstandspreis {unitCost})",
  "post.postingLog": "„Posting Log“:",
  "post.logged": "{postedAt}, Prüfsumme {checksum}...",
  "post.writtenTo": "Geschrieben nach:",
  "post.appended":
    "{count, plural, one {# Wertposten} other {# Wertposten}} an die Tabelle Wertposten angefügt; das Buch.-Blatt ist als gebucht markiert.",
  "repair.nothing":
    "Es gibt nichts abzuschließen: die Arbeitsmappe „{workbook}“ hat keine unterbrochene Buchung (Wertposten mit " +
    "der Belegnr. ihres Neubewertungs Buch.-Blatts, die keine Zeile in „Posting Log“ abdeckt). Es wurde nichts " +
    "geschrieben. „costing post {workbook}“ bucht ein noch nicht gebuchtes Buch.-Blatt; „costing check " +
    "{workbook}“ zeigt, was die Arbeitsmappe enthält.",
  "repair.nothingToRollBack":
    "Es gibt nichts rückgängig zu machen: die Arbeitsmappe „{workbook}“ hat keine unterbrochene Buchung " +
    "(Wertposten mit der Belegnr. ihres Neubewertungs Buch.-Blatts, die keine Zeile in „Posting Log“ abdeckt). Es " +
    "wurde nichts geschrieben. „costing post {workbook}“ bucht ein noch nicht gebuchtes Buch.-Blatt; „costing " +
    "check {workbook}“ zeigt, was die Arbeitsmappe enthält.",
  "repair.cannotFinish": "{message} Sie kann nicht abgeschlossen werden; es wurde nichts geschrieben.",
  "repair.finished": "Unterbrochene Buchung des Buch.-Blatts „{journal}“ abgeschlossen: {workbook}",
  "repair.valueEntriesPosted": "Gebuchte Wertposten:",
  "repair.appendedBy":
    "{range} (von der unterbrochenen Buchung angefügt; {count, plural, one {# Neubewertungsposten} " +
    "other {# Neubewertungsposten}}, Betrag {amount})",
  "repair.noneMore": "keine weiteren (Lagerreg. fakt. Einst.-Preise fand nichts mehr zu regulieren)",
  "repair.adjustments": "{count} (Lfd. Nr. {range}), Betrag {amount} (Lagerreg. fakt. Einst.-Preise)",
  "repair.logRow": "eine Zeile für die Wertposten {range}",
  "repair.markedPosted": "Das Buch.-Blatt ist als gebucht markiert.",
  "repair.rolledBack": "Unterbrochene Buchung des Buch.-Blatts „{journal}“ rückgängig gemacht: {workbook}",
  "repair.deleted": "Gelöschte Wertposten:",
  "repair.deletedEntries":
    "{count} (Lfd. Nr. {range}, von der unterbrochenen Buchung der Belegnr. {documentNos} angefügt)",
  "repair.notPosted":
    "Das Buch.-Blatt ist nicht gebucht: „costing preview {target}“ zeigt, was seine Buchung bewirkt, „costing post {target}“ bucht es.",
};
