// Dutch (Business Central NLD: Kostprijs herwaarderen - Artikelposten, Voorraadwaarde berekenen, Herwaarderingsdagboek).
import type { Translations } from "../msg";
import type { en as EnglishCatalogue } from "./en";

export const nl: Translations<typeof EnglishCatalogue> = {
  "problem.error": "Fout: {message}",
  "problem.warning": "Waarschuwing: {message}",
  field: "{label}: {value}",
  rows: "{count, plural, one {rij} other {rijen}} {rows}",
  entriesMore: "{entries}, ... (nog {more})",

  "costingMethod.noItemsTable":
    'De werkmap heeft geen tabel Artikelen, dus de waarderingsmethode van {count, plural, one {# artikel} other {# artikelen}} van de posten is niet bekend ({items}); er wordt niets op een gok gewaardeerd. Open Artikelen in Business Central, kies Aanpassen, voeg de kolom Waarderingsmethode toe (standaard verborgen in het artikeloverzicht) en exporteer opnieuw (een blad met de naam "Items" of "Artikelen"), of voeg handmatig een tabel Artikelen toe met de kolommen Nr. en Waarderingsmethode.',
  "costingMethod.noColumn":
    '{table}: de kolom "Waarderingsmethode" ontbreekt, dus de waarderingsmethode van {count, plural, one {# artikel} other {# artikelen}} van de posten is niet bekend ({items}); er wordt niets op een gok gewaardeerd. Open Artikelen in Business Central, kies Aanpassen, voeg de kolom Waarderingsmethode toe (standaard verborgen in het artikeloverzicht) en exporteer opnieuw, of voeg handmatig een kolom Waarderingsmethode toe aan de tabel Artikelen (een kop met de waarderingsmethode op de rij van elk artikel; een kolom onder een andere kop kan worden toegewezen in de stap Posten van het taakvenster, Kolommen toewijzen).',
  "costingMethod.itemRow": "{item} (rij {row})",
  "costingMethod.emptyCells":
    '{table}, kolom "Waarderingsmethode": de cel is leeg voor {count, plural, one {# artikel} other {# artikelen}} van de posten ({items}), dus {count, plural, one {de} other {hun}} waarderingsmethode is niet bekend; er wordt niets op een gok gewaardeerd. Vul voor elk de waarderingsmethode in zoals Business Central die op de artikelkaart heeft (FIFO, LIFO, Specifiek, Gemiddeld of Standaard).',
  "costingMethod.notListed":
    "{table}: {count, plural, one {# artikel van de posten staat} other {# artikelen van de posten staan}} niet in de tabel Artikelen ({items}), dus {count, plural, one {de} other {hun}} waarderingsmethode is niet bekend; er wordt niets op een gok gewaardeerd. Voeg {count, plural, one {het} other {ze}} toe aan de tabel Artikelen met Nr. en Waarderingsmethode zoals Business Central {count, plural, one {het} other {ze}} heeft (exporteer Artikelen opnieuw, met de kolom Waarderingsmethode).",
  "costingMethod.orChoose": "Of waardeer ze allemaal met één waarderingsmethode: {how}.",
  "costingMethod.chooseOnCommandLine": "voer de opdracht opnieuw uit met --costing-method {methods}",
  "costingMethod.standardWithoutCost":
    "Standaard is gekozen als waarderingsmethode van de artikelen waarvoor de werkmap er geen geeft, maar de tabel Artikelen geeft geen vaste verrekenprijs voor {count, plural, one {# ervan} other {# ervan}} ({items}): de posten van een standaardartikel worden geboekt tegen de vaste verrekenprijs, dus {count, plural, one {het} other {ze}} als Standaard waarderen zonder die prijs zou een gok zijn. Open Artikelen in Business Central, kies Aanpassen, voeg de kolommen Waarderingsmethode en Vaste verrekenprijs toe (beide standaard verborgen in het artikeloverzicht) en exporteer opnieuw, of kies een andere waarderingsmethode.",
  "costingMethod.notNeeded":
    "Waarderingsmethode {method} ({how}) was niet nodig: de werkmap geeft elk artikel zijn waarderingsmethode.",
  "costingMethod.chosen":
    "Waarderingsmethode {method} ({how}) voor {count, plural, one {het # artikel} other {de # artikelen}} waarvoor de werkmap geen waarderingsmethode geeft: {items}. Elk ander artikel wordt gewaardeerd met de waarderingsmethode van zijn rij in Artikelen.",
  "next.workbook.cli": 'De werkmap "{workbook}"',
  "next.workbook.pane": "De werkmap",
  "next.again.cli": "voer de opdracht opnieuw uit",
  "next.again.pane": "probeer het opnieuw",
  "next.calculate.cli": 'voer "costing calc-value {workbook} --date <YYYY-MM-DD>" uit',
  "next.calculate.pane": 'gebruik "Voorraadwaarde berekenen" in het taakvenster',
  "next.adjust.cli": 'voer "costing adjust" uit',
  "next.adjust.pane": 'gebruik "Kostprijs herwaarderen" in het taakvenster',
  "next.calculateNew.cli": 'bereken een nieuw dagboek: "costing calc-value {workbook} --date <YYYY-MM-DD>"',
  "next.calculateNew.pane": "{calculate} om een nieuw dagboek te berekenen",
  "next.postOrReplace.cli":
    'Boek het eerst ("costing post {workbook}"), of voer calc-value opnieuw uit met --replace om het te verwerpen.',
  "next.postOrReplace.pane": "Boek het eerst, of bereken opnieuw en kies ervoor het te vervangen.",
  "next.calculateAgain.cli":
    'voer "costing calc-value {workbook} --date {date} --replace" uit (met --item, --per en de andere opties waarmee het is berekend)',
  "next.calculateAgain.pane": "{calculate} voor {date} en kies ervoor het dagboek te vervangen",
  "next.finishPost.cli": 'met "costing post {workbook} --finish"',
  "next.rollBackPost.cli": 'met "costing post {workbook} --rollback"',

  "next.refreshScenario.cli": "voer \"costing scenario refresh {workbook} --name '{name}'\" uit",
  "next.refreshScenario.pane": 'klik op "Opnieuw berekenen" bij het scenario "{name}"',
  "next.replaceScenario.cli":
    "Geef een andere naam op, of voeg het opnieuw toe met --replace om het opnieuw te berekenen.",
  "next.replaceScenario.pane": 'Geef een andere naam op, of vink "Het scenario met die naam vervangen" aan.',

  "next.postOrReplaceScenario.cli":
    'Boek het eerst ("costing post {workbook}"), of boek het scenario met --replace om het te verwerpen.',
  "next.postOrReplaceScenario.pane":
    'Boek het eerst, of vink "Een nog niet geboekt herwaarderingsdagboek vervangen" aan.',
  "scenario.postedBefore":
    'Het scenario "{name}" is al geboekt op {postedAt} (Posting Log, rij {row}); er is niets geboekt. Opnieuw boeken zou de voorraad twee keer herwaarderen.',
  "scenario.journalPosted":
    'Het dagboek "{journal}" is al geboekt; er is niets geschreven. Een scenario wordt overgenomen uit een dagboek dat nog niet geboekt is: bereken eerst een nieuw.',
  "scenario.nameMissing": "Geef het scenario een naam; er is niets geschreven.",
  "scenario.nothingWritten": "er is niets geschreven.",
  "scenario.exists": 'Er staat al een scenario "{name}" in {table}; er is niets geschreven. {replace}',
  "scenario.none": "{workbook} heeft nog geen herwaarderingsscenario's; er is niets gedaan. Voeg er eerst een toe.",
  "scenario.notFound": '{table} heeft geen scenario "{name}"; er is niets gedaan. De scenario\'s die er zijn: {names}.',
  "scenario.problems":
    "{table} heeft {count, plural, one {# probleem} other {# problemen}} die eerst opgelost moeten worden; er is niets gedaan. Corrigeer de cellen die hieronder staan en {again}.",
  "scenario.noJournal":
    "{workbook} heeft geen regels in het herwaarderingsdagboek om het scenario uit over te nemen; er is niets geschreven. {calculate} om er eerst een te berekenen.",
  "scenario.refused":
    'Het scenario "{name}" kan niet worden berekend: Voorraadwaarde berekenen is geweigerd om {count, plural, one {# reden} other {# redenen}} hieronder; er is niets geschreven.',
  "scenario.nothing":
    'Het scenario "{name}" heeft op {date} niets te herwaarderen (geen voorraad van zijn artikelen); er is niets geschreven.',
  "scenario.stale":
    'Het scenario "{name}" is berekend op de posten zoals ze eerder waren: sindsdien zijn er posten voor zijn artikelen geboekt; er is niets geboekt. {refresh}, bekijk het effect opnieuw en boek het daarna.',
  "scenario.noAmount":
    'Het scenario "{name}" herwaardeert niets: het Bedrag van elke regel is 0,00; er is niets geboekt. Voer de nieuwe Kostprijs (geherwaardeerd) in op zijn regels in de tabel "Revaluation Scenarios", of voeg het opnieuw toe met een wat-als-aanname.',
  "scenario.postRefused":
    'Het boeken van het scenario "{name}" zou worden geweigerd om {count, plural, one {# reden} other {# redenen}} hieronder; er is niets geboekt.',
  "scenario.baseNotPerEntry":
    "Een scenario uit de {base} van het artikel wordt per artikel berekend: Berekenen per Artikelpost neemt geen berekeningsbasis. Bereken het per artikel, of geef een percentage of een kostprijs op.",
  "scenario.percentBelow":
    "Een wijziging van {percent} % zou de kostprijzen negatief maken. Geef een wijziging van -100 % of meer op.",

  "journal.nothingPosted": "er is niets geboekt.",
  "journal.nothingPreviewed": "er is geen voorbeeld gemaakt.",
  "journal.unposted":
    '{workbook} heeft al een dagboek "{journal}" met {count, plural, one {# regel} other {# regels}} die nog niet ' +
    "{count, plural, one {is} other {zijn}} geboekt ({rows}, documentnr. {documentNos}); er is niets geschreven. {postOrReplace}",
  "journal.unpostedNoDocument":
    '{workbook} heeft al een dagboek "{journal}" met {count, plural, one {# regel} other {# regels}} die nog niet ' +
    "{count, plural, one {is} other {zijn}} geboekt ({rows}); er is niets geschreven. {postOrReplace}",
  "journal.calculateRefused":
    "Voorraadwaarde berekenen is geweigerd om {count, plural, one {# reden} other {# redenen}} hieronder; er is niets geschreven.",
  "journal.missing":
    "{workbook} heeft geen herwaarderingsdagboek; {nothing} {calculate} om er een te berekenen, voer de nieuwe " +
    "Kostprijs (geherwaardeerd) in op de regels en {again}.",
  "journal.problems":
    'Het dagboek "{journal}" heeft {count, plural, one {# probleem} other {# problemen}} die eerst opgelost moeten ' +
    "worden; {nothing} Corrigeer de cellen die hieronder staan en {again}.",
  "journal.postedLogged":
    'Het dagboek "{journal}" is al geboekt op {postedAt} (documentnr. {documentNo}, waardeposten {first}..{last}; ' +
    '"Posting Log", rij {row}); {nothing} Opnieuw boeken zou de voorraad twee keer herwaarderen. Om opnieuw te ' +
    "herwaarderen, {calculateNew}.",
  "journal.postedLoggedSome":
    'Het dagboek "{journal}" is al geboekt op {postedAt} (documentnr. {documentNo}, waardeposten {first}..{last}; ' +
    '"Posting Log", rij {row}); {nothing} Opnieuw boeken zou de voorraad twee keer herwaarderen. Om opnieuw te ' +
    "herwaarderen, {calculateNew}, of verwijder de geboekte regels ({rows}) om alleen de andere te boeken.",
  "journal.blankDocumentNo": "leeg",
  "journal.postedRows":
    'Het dagboek "{journal}" is al geboekt (in {rows} staat "Posted = Yes"); {nothing} Opnieuw boeken zou de ' +
    "voorraad twee keer herwaarderen. Om opnieuw te herwaarderen, {calculateNew}.",
  "journal.postedRowsSome":
    'Het dagboek "{journal}" is al geboekt (in {rows} staat "Posted = Yes"); {nothing} Opnieuw boeken zou de ' +
    "voorraad twee keer herwaarderen. Om opnieuw te herwaarderen, {calculateNew}, of verwijder de geboekte regels " +
    "({rows}) om alleen de andere te boeken.",
  "journal.cannotCompare":
    'Het dagboek "{journal}" kan niet worden vergeleken met de posten, waarmee het moet overeenkomen om geboekt ' +
    "te worden: Voorraadwaarde berekenen, opnieuw uitgevoerd voor de regels, wordt geweigerd om " +
    "{count, plural, one {# reden} other {# redenen}} hieronder; {nothing} Corrigeer wat er staat en {again}.",
  "journal.stale":
    'Het dagboek "{journal}" is berekend op de posten zoals ze eerder waren: {count, plural, one {# regel komt} ' +
    "other {# regels komen}} niet meer overeen met wat Voorraadwaarde berekenen nu geeft (hieronder); {nothing} " +
    "Boeken zou de voorraad herwaarderen vanuit waarden die ze niet meer heeft, een tweede keer als het dagboek " +
    "al geboekt is. {recalculate}, voer daarna de nieuwe Kostprijs (geherwaardeerd) in en boek opnieuw.",
  "journal.previewRefused":
    'Het boeken van het dagboek "{journal}" zou worden geweigerd om {count, plural, one {# reden} other {# redenen}} hieronder; {nothing}',

  "post.noLines":
    'Het dagboek "{journal}" heeft geen regels, dus er is niets te boeken; {nothing} Voer de nieuwe Kostprijs ' +
    "(geherwaardeerd) of Voorraadwaarde (geherwaardeerd) in op de regels die u wilt herwaarderen en {again}.",
  "post.noAmount":
    'Het dagboek "{journal}" heeft geen regel met een Bedrag anders dan 0,00 ({count, plural, one {# regel} ' +
    "other {# regels}}), dus er is niets te boeken; {nothing} Voer de nieuwe Kostprijs (geherwaardeerd) of " +
    "Voorraadwaarde (geherwaardeerd) in op de regels die u wilt herwaarderen en {again}.",
  "post.refused":
    'Het boeken van het dagboek "{journal}" is geweigerd om {count, plural, one {# reden} other {# redenen}} hieronder; {nothing}',

  "interrupted.finishWith":
    'Een boeking van het dagboek "{journal}" (documentnr. {documentNos}) is onderbroken: de waardeposten ' +
    '{first}..{last} zijn toegevoegd, maar "Posting Log" heeft er geen rij voor. Voltooi de boeking {finish} ' +
    '(kostprijsherwaardering, artikelen, "Posting Log", dagboek gemarkeerd als geboekt) of draai haar terug ' +
    "{rollBack} (die rijen worden verwijderd); opnieuw boeken zou de voorraad twee keer herwaarderen.",
  "interrupted.finishInPane":
    'Een boeking van het dagboek "{journal}" (documentnr. {documentNos}) is onderbroken: de waardeposten ' +
    '{first}..{last} zijn toegevoegd, maar "Posting Log" heeft er geen rij voor. Voltooi de boeking ' +
    '(kostprijsherwaardering, artikelen, "Posting Log", dagboek gemarkeerd als geboekt) of draai haar terug (die ' +
    'rijen worden verwijderd) in de stap "Boeken" van het taakvenster; opnieuw boeken zou de voorraad twee keer ' +
    "herwaarderen.",
  "interrupted.partialWith":
    'Een boeking van het dagboek "{journal}" (documentnr. {documentNos}) is onderbroken: de waardeposten ' +
    '{first}..{last} zijn toegevoegd, maar "Posting Log" heeft er geen rij voor. Slechts een deel van de ' +
    "herwaarderingsposten is geschreven: draai haar terug {rollBack} (die rijen worden verwijderd) en boek daarna opnieuw.",
  "interrupted.partialInPane":
    'Een boeking van het dagboek "{journal}" (documentnr. {documentNos}) is onderbroken: de waardeposten ' +
    '{first}..{last} zijn toegevoegd, maar "Posting Log" heeft er geen rij voor. Slechts een deel van de ' +
    'herwaarderingsposten is geschreven: draai haar terug in de stap "Boeken" van het taakvenster (die rijen ' +
    "worden verwijderd) en boek daarna opnieuw.",

  "unsettled.entries":
    "Artikel {item} is niet geherwaardeerd: na {rounds} rondes kostprijsherwaardering bleven de kosten van de " +
    "artikelposten {entries} elkaar veranderen (een lus van vereffeningen of transfers). Er zijn geen waardeposten " +
    "voor geschreven; de andere artikelen zijn geherwaardeerd. Controleer Vereffenen met post en de transfers van " +
    "die posten, corrigeer de posten en {again}.",
  "unsettled.item":
    "Artikel {item} is niet geherwaardeerd: na {rounds} rondes kostprijsherwaardering bleven de kosten veranderen " +
    "(een lus van vereffeningen of transfers). Er zijn geen waardeposten voor geschreven; de andere artikelen zijn " +
    "geherwaardeerd. Controleer Vereffenen met post en de transfers van die posten, corrigeer de posten en {again}.",

  "fn.itemMissing": "Het artikelnummer ontbreekt. Geef een artikelnummer op, bijvoorbeeld AVG-DAY.",
  "fn.beforeLedger": "{date} ligt voor de eerste post ({first}). Geef een datum vanaf {first} op.",
  "fn.nothingToAverage":
    "Artikel {item} heeft niets om te middelen in de periode {start} tot {end}: het aantal daar is {quantity}.",
  "fn.nothingOnHand": "Artikel {item} heeft op {date} niets op voorraad en heeft dus geen kostprijs.",
  "fn.rangesNotAligned": "De bereiken die aan AVGCOSTS zijn gegeven zijn niet even groot; deze cel heeft geen paar.",
  "fn.noLedgerBoth":
    "Geen posten in deze werkmap: de COSTING-functies hebben de tabellen Artikelposten en Waardeposten nodig " +
    "(bladen of Excel-tabellen met die namen, zoals geëxporteerd uit Business Central; Artikelen geeft de " +
    "waarderingsmethoden, Voorraadinstellingen en Boekingsperioden de periodes voor gemiddelde kostprijsberekening). " +
    "Ontbreekt: Artikelposten en Waardeposten.",
  "fn.noItemLedgerEntries":
    "Geen posten in deze werkmap: de COSTING-functies hebben de tabellen Artikelposten en Waardeposten nodig " +
    "(bladen of Excel-tabellen met die namen, zoals geëxporteerd uit Business Central; Artikelen geeft de " +
    "waarderingsmethoden, Voorraadinstellingen en Boekingsperioden de periodes voor gemiddelde kostprijsberekening). " +
    "Ontbreekt: Artikelposten.",
  "fn.noValueEntries":
    "Geen posten in deze werkmap: de COSTING-functies hebben de tabellen Artikelposten en Waardeposten nodig " +
    "(bladen of Excel-tabellen met die namen, zoals geëxporteerd uit Business Central; Artikelen geeft de " +
    "waarderingsmethoden, Voorraadinstellingen en Boekingsperioden de periodes voor gemiddelde kostprijsberekening). " +
    "Ontbreekt: Waardeposten.",
  "fn.dateMissing": "De datum ontbreekt. Geef een datumcel of tekst zoals 2020-03-01 op.",
  "fn.notADate": "De datum {value} is geen datum. Geef een datumcel of tekst zoals 2020-03-01 op.",
  "fn.textNotADate": 'De datum "{value}" is geen datum.',
  "fn.flag": '{what} neemt WAAR of ONWAAR, niet "{value}".',
};
