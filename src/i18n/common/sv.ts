// Swedish (Business Central SVE: Justera kostnad - artikeltransaktioner, Beräkna lagervärde, Omvärderingsjournal).
import type { Translations } from "../msg";
import type { en as EnglishCatalogue } from "./en";

export const sv: Translations<typeof EnglishCatalogue> = {
  "problem.error": "Fel: {message}",
  "problem.warning": "Varning: {message}",
  field: "{label}: {value}",
  rows: "{count, plural, one {rad} other {rader}} {rows}",
  entriesMore: "{entries}, ... ({more} till)",

  "costingMethod.noItemsTable":
    "Arbetsboken har ingen tabell Artiklar, så värderingsprincipen för {count, plural, one {# artikel} other {# artiklar}} " +
    "i transaktionerna är inte känd ({items}); ingenting värderas på en gissning. Öppna Artiklar i Business Central, välj Anpassa, lägg till kolumnen Värderingsprincip (dold som standard i artikellistan) och exportera igen (ett blad med namnet " +
    "”Items” eller ”Artiklar”), eller lägg till en tabell Artiklar med kolumnerna Nr och Värderingsprincip för hand.",
  "costingMethod.noColumn":
    "{table}: kolumnen ”Värderingsprincip” saknas, så värderingsprincipen för " +
    "{count, plural, one {# artikel} other {# artiklar}} i transaktionerna är inte känd ({items}); ingenting värderas " +
    "på en gissning. Öppna Artiklar i Business Central, välj Anpassa, lägg till kolumnen Värderingsprincip (dold som standard i artikellistan) och exportera igen, eller lägg till en kolumn Värderingsprincip i tabellen Artiklar för hand (en rubrik " +
    "med värderingsprincipen på varje artikels rad; en kolumn under en annan rubrik kan mappas i åtgärdsfönstrets " +
    "steg Transaktioner, Mappa kolumner).",
  "costingMethod.itemRow": "{item} (rad {row})",
  "costingMethod.emptyCells":
    "{table}, kolumnen ”Värderingsprincip”: cellen är tom för {count, plural, one {# artikel} other {# artiklar}} " +
    "i transaktionerna ({items}), så {count, plural, one {dess} other {deras}} värderingsprincip är inte känd; " +
    "ingenting värderas på en gissning. Ange var och ens värderingsprincip som Business Central har den på " +
    "artikelkortet (FIFO, LIFO, Specifik, Genomsnitt eller Standard).",
  "costingMethod.notListed":
    "{table}: {count, plural, one {# artikel i transaktionerna finns} other {# artiklar i transaktionerna finns}} inte " +
    "i tabellen Artiklar ({items}), så {count, plural, one {dess} other {deras}} värderingsprincip är inte känd; " +
    "ingenting värderas på en gissning. Lägg till {count, plural, one {den} other {dem}} i tabellen Artiklar med Nr " +
    "och Värderingsprincip som Business Central har {count, plural, one {den} other {dem}} (exportera Artiklar igen, " +
    "med kolumnen Värderingsprincip).",
  "costingMethod.orChoose": "Eller värdera alla med en värderingsprincip: {how}.",
  "costingMethod.chooseOnCommandLine": "kör kommandot igen med --costing-method {methods}",
  "costingMethod.standardWithoutCost":
    "Standard valdes som värderingsprincip för artiklarna som arbetsboken inte ger någon, men tabellen Artiklar ger " +
    "ingen standardkostnad för {count, plural, one {# av dem} other {# av dem}} ({items}): en standardartikels " +
    "transaktioner bokförs till dess standardkostnad, så att värdera {count, plural, one {den} other {dem}} som " +
    "Standard utan den vore en gissning. Öppna Artiklar i Business Central, välj Anpassa, lägg till kolumnerna " +
    "Värderingsprincip och Standardkostnad (båda dolda som standard i artikellistan) och exportera igen, eller välj " +
    "en annan värderingsprincip.",
  "costingMethod.notNeeded":
    "Värderingsprincip {method} ({how}) behövdes inte: arbetsboken ger varje artikel dess värderingsprincip.",
  "costingMethod.chosen":
    "Värderingsprincip {method} ({how}) för {count, plural, one {den # artikel} other {de # artiklar}} som " +
    "arbetsboken inte ger någon värderingsprincip: {items}. Alla andra artiklar värderas med värderingsprincipen " +
    "på sin rad i Artiklar.",
  "next.workbook.cli": "Arbetsboken ”{workbook}”",
  "next.workbook.pane": "Arbetsboken",
  "next.again.cli": "kör kommandot igen",
  "next.again.pane": "försök igen",
  "next.calculate.cli": "kör ”costing calc-value {workbook} --date <YYYY-MM-DD>”",
  "next.calculate.pane": "använd ”Beräkna lagervärde” i åtgärdsfönstret",
  "next.adjust.cli": "kör ”costing adjust”",
  "next.adjust.pane": "använd ”Justera kostnad” i åtgärdsfönstret",
  "next.calculateNew.cli": "beräkna en ny journal: ”costing calc-value {workbook} --date <YYYY-MM-DD>”",
  "next.calculateNew.pane": "{calculate} för att beräkna en ny journal",
  "next.postOrReplace.cli":
    "Bokför den först (”costing post {workbook}”), eller kör calc-value igen med --replace för att kasta den.",
  "next.postOrReplace.pane": "Bokför den först, eller beräkna igen och välj att ersätta den.",
  "next.calculateAgain.cli":
    "kör ”costing calc-value {workbook} --date {date} --replace” (med --item, --per och de andra alternativ den beräknades med)",
  "next.calculateAgain.pane": "{calculate} för {date} och välj att ersätta journalen",
  "next.finishPost.cli": "med ”costing post {workbook} --finish”",
  "next.rollBackPost.cli": "med ”costing post {workbook} --rollback”",

  "next.refreshScenario.cli": "kör ”costing scenario refresh {workbook} --name '{name}'”",
  "next.refreshScenario.pane": "tryck på ”Beräkna om” vid scenariot ”{name}”",
  "next.replaceScenario.cli":
    "Ange ett annat namn, eller lägg till det igen med --replace för att beräkna det på nytt.",
  "next.replaceScenario.pane": "Ange ett annat namn, eller markera ”Ersätt scenariot med det namnet”.",

  "next.postOrReplaceScenario.cli":
    "Bokför den först (”costing post {workbook}”), eller bokför scenariot med --replace för att kasta den.",
  "next.postOrReplaceScenario.pane":
    "Bokför den först, eller markera ”Ersätt en omvärderingsjournal som inte bokförts än”.",
  "scenario.postedBefore":
    "Scenariot ”{name}” bokfördes redan {postedAt} (Posting Log, rad {row}); inget bokfördes. En ny bokföring skulle omvärdera lagret två gånger.",
  "scenario.journalPosted":
    "Journalen ”{journal}” bokfördes redan; inget skrevs. Ett scenario tas från en journal som inte bokförts än: beräkna en ny först.",
  "scenario.nameMissing": "Ge scenariot ett namn; inget skrevs.",
  "scenario.nothingWritten": "inget skrevs.",
  "scenario.exists": "Det finns redan ett scenario ”{name}” i {table}; inget skrevs. {replace}",
  "scenario.none": "{workbook} har inga omvärderingsscenarier ännu; inget gjordes. Lägg till ett först.",
  "scenario.notFound": "{table} har inget scenario ”{name}”; inget gjordes. Scenarierna som finns är: {names}.",
  "scenario.problems":
    "{table} har {count, plural, one {# problem} other {# problem}} som måste rättas först; inget gjordes. Rätta cellerna som anges nedan och {again}.",
  "scenario.noJournal":
    "{workbook} har inga rader i omvärderingsjournalen att ta scenariot från; inget skrevs. {calculate} först.",
  "scenario.refused":
    "Scenariot ”{name}” kan inte beräknas: Beräkna lagervärde avvisades av {count, plural, one {# skäl} other {# skäl}} nedan; inget skrevs.",
  "scenario.nothing": "Scenariot ”{name}” har inget att omvärdera {date} (inget lager av dess artiklar); inget skrevs.",
  "scenario.stale":
    "Scenariot ”{name}” beräknades på transaktionerna som de var tidigare: sedan dess har transaktioner bokförts för dess artiklar; inget bokfördes. {refresh}, titta på effekten igen och bokför det sedan.",
  "scenario.noAmount":
    "Scenariot ”{name}” omvärderar ingenting: varje rads Belopp är 0,00; inget bokfördes. Ange den nya Styckkostnad (omvärderad) på dess rader i tabellen ”Revaluation Scenarios”, eller lägg till det igen med ett antagande.",
  "scenario.postRefused":
    "Bokföringen av scenariot ”{name}” skulle avvisas av {count, plural, one {# skäl} other {# skäl}} nedan; inget bokfördes.",
  "scenario.baseNotPerEntry":
    "Ett scenario från artikelns {base} beräknas per artikel: Beräkna per Artikeltransaktion tar ingen beräkningsgrund. Beräkna det per artikel, eller ange en procentsats eller en styckkostnad.",
  "scenario.percentBelow":
    "En ändring på {percent} % skulle göra styckkostnaderna negativa. Ange en ändring på -100 % eller mer.",

  "journal.nothingPosted": "inget bokfördes.",
  "journal.nothingPreviewed": "ingen förhandsgranskning gjordes.",
  "journal.unposted":
    "{workbook} har redan en journal ”{journal}” med {count, plural, one {# rad} other {# rader}} som inte är " +
    "bokförda ännu ({rows}, dokumentnr {documentNos}); inget skrevs. {postOrReplace}",
  "journal.unpostedNoDocument":
    "{workbook} har redan en journal ”{journal}” med {count, plural, one {# rad} other {# rader}} som inte är " +
    "bokförda ännu ({rows}); inget skrevs. {postOrReplace}",
  "journal.calculateRefused":
    "Beräkna lagervärde avvisades av {count, plural, one {# skäl} other {# skäl}} nedan; inget skrevs.",
  "journal.missing":
    "{workbook} har ingen omvärderingsjournal; {nothing} {calculate} för att beräkna en, ange den nya " +
    "Styckkostnad (omvärderad) på dess rader och {again}.",
  "journal.problems":
    "Journalen ”{journal}” har {count, plural, one {# problem} other {# problem}} som måste rättas först; {nothing} " +
    "Rätta cellerna som anges nedan och {again}.",
  "journal.postedLogged":
    "Journalen ”{journal}” bokfördes redan {postedAt} (dokumentnr {documentNo}, värdetransaktioner " +
    "{first}..{last}; ”Posting Log”, rad {row}); {nothing} En ny bokföring skulle omvärdera lagret två gånger. För " +
    "att omvärdera igen, {calculateNew}.",
  "journal.postedLoggedSome":
    "Journalen ”{journal}” bokfördes redan {postedAt} (dokumentnr {documentNo}, värdetransaktioner " +
    "{first}..{last}; ”Posting Log”, rad {row}); {nothing} En ny bokföring skulle omvärdera lagret två gånger. För " +
    "att omvärdera igen, {calculateNew}, eller ta bort de bokförda raderna ({rows}) för att bara bokföra de andra.",
  "journal.blankDocumentNo": "tomt",
  "journal.postedRows":
    "Journalen ”{journal}” bokfördes redan (i {rows} står ”Posted = Yes”); {nothing} En ny bokföring skulle " +
    "omvärdera lagret två gånger. För att omvärdera igen, {calculateNew}.",
  "journal.postedRowsSome":
    "Journalen ”{journal}” bokfördes redan (i {rows} står ”Posted = Yes”); {nothing} En ny bokföring skulle " +
    "omvärdera lagret två gånger. För att omvärdera igen, {calculateNew}, eller ta bort de bokförda raderna " +
    "({rows}) för att bara bokföra de andra.",
  "journal.cannotCompare":
    "Journalen ”{journal}” kan inte jämföras med transaktionerna, som den måste stämma med för att bokföras: " +
    "Beräkna lagervärde, körd igen för dess rader, avvisas av {count, plural, one {# skäl} other {# skäl}} nedan; " +
    "{nothing} Rätta det som anges och {again}.",
  "journal.stale":
    "Journalen ”{journal}” beräknades på transaktionerna som de var tidigare: {count, plural, one {# rad stämmer} " +
    "other {# rader stämmer}} inte längre med vad Beräkna lagervärde ger nu (nedan); {nothing} En bokföring skulle " +
    "omvärdera lagret från värden det inte längre har, en andra gång om journalen redan bokförts. {recalculate}, " +
    "ange sedan den nya Styckkostnad (omvärderad) och bokför igen.",
  "journal.previewRefused":
    "Bokföringen av journalen ”{journal}” skulle avvisas av {count, plural, one {# skäl} other {# skäl}} nedan; {nothing}",

  "post.noLines":
    "Journalen ”{journal}” har inga rader, så det finns inget att bokföra; {nothing} Ange den nya Styckkostnad " +
    "(omvärderad), eller Lagervärde (omvärderat), på raderna som ska omvärderas och {again}.",
  "post.noAmount":
    "Journalen ”{journal}” har ingen rad med ett Belopp skilt från 0,00 ({count, plural, one {# rad} other {# rader}}), " +
    "så det finns inget att bokföra; {nothing} Ange den nya Styckkostnad (omvärderad), eller Lagervärde " +
    "(omvärderat), på raderna som ska omvärderas och {again}.",
  "post.refused":
    "Bokföringen av journalen ”{journal}” avvisades av {count, plural, one {# skäl} other {# skäl}} nedan; {nothing}",

  "interrupted.finishWith":
    "En bokföring av journalen ”{journal}” (dokumentnr {documentNos}) avbröts: värdetransaktionerna " +
    "{first}..{last} lades till, men ”Posting Log” har ingen rad för dem. Slutför bokföringen {finish} " +
    "(kostnadsjustering, artiklar, ”Posting Log”, journalen markerad som bokförd) eller återställ den {rollBack} " +
    "(de raderna tas bort); en ny bokföring skulle omvärdera lagret två gånger.",
  "interrupted.finishInPane":
    "En bokföring av journalen ”{journal}” (dokumentnr {documentNos}) avbröts: värdetransaktionerna " +
    "{first}..{last} lades till, men ”Posting Log” har ingen rad för dem. Slutför bokföringen (kostnadsjustering, " +
    "artiklar, ”Posting Log”, journalen markerad som bokförd) eller återställ den (de raderna tas bort) i steget " +
    "”Bokför” i åtgärdsfönstret; en ny bokföring skulle omvärdera lagret två gånger.",
  "interrupted.partialWith":
    "En bokföring av journalen ”{journal}” (dokumentnr {documentNos}) avbröts: värdetransaktionerna " +
    "{first}..{last} lades till, men ”Posting Log” har ingen rad för dem. Bara en del av omvärderingstransaktionerna " +
    "skrevs: återställ den {rollBack} (de raderna tas bort) och bokför sedan igen.",
  "interrupted.partialInPane":
    "En bokföring av journalen ”{journal}” (dokumentnr {documentNos}) avbröts: värdetransaktionerna " +
    "{first}..{last} lades till, men ”Posting Log” har ingen rad för dem. Bara en del av omvärderingstransaktionerna " +
    "skrevs: återställ den i steget ”Bokför” i åtgärdsfönstret (de raderna tas bort) och bokför sedan igen.",

  "unsettled.entries":
    "Artikel {item} justerades inte: efter {rounds} omgångar av kostnadsjustering ändrade kostnaderna för " +
    "artikeltransaktionerna {entries} varandra hela tiden (en slinga av kopplingar eller överföringar). Inga " +
    "värdetransaktioner skrevs för den; de andra artiklarna justerades. Kontrollera Kopplas till löpnr och " +
    "överföringarna för de transaktionerna, rätta transaktionerna och {again}.",
  "unsettled.item":
    "Artikel {item} justerades inte: efter {rounds} omgångar av kostnadsjustering ändrades dess kostnader hela " +
    "tiden (en slinga av kopplingar eller överföringar). Inga värdetransaktioner skrevs för den; de andra " +
    "artiklarna justerades. Kontrollera Kopplas till löpnr och överföringarna för de transaktionerna, rätta " +
    "transaktionerna och {again}.",

  "fn.itemMissing": "Artikelnumret saknas. Ange ett artikelnummer, till exempel AVG-DAY.",
  "fn.beforeLedger": "{date} ligger före den första transaktionen ({first}). Ange ett datum från och med {first}.",
  "fn.nothingToAverage":
    "Artikel {item} har inget att beräkna genomsnitt av i perioden {start} till {end}: dess antal där är {quantity}.",
  "fn.nothingOnHand": "Artikel {item} har inget i lager {date} och har därför ingen styckkostnad.",
  "fn.rangesNotAligned": "Områdena som ges till AVGCOSTS är inte lika stora; den här cellen har inget par.",
  "fn.noLedgerBoth":
    "Inga transaktioner i den här arbetsboken: COSTING-funktionerna behöver tabellerna Artikeltransaktioner och " +
    "Värdetransaktioner (blad eller Excel-tabeller med de namnen, exporterade från Business Central; Artiklar ger " +
    "värderingsprinciperna, Lagerinställningar och Redovisningsperioder perioderna för genomsnittskostnad). " +
    "Saknas: Artikeltransaktioner och Värdetransaktioner.",
  "fn.noItemLedgerEntries":
    "Inga transaktioner i den här arbetsboken: COSTING-funktionerna behöver tabellerna Artikeltransaktioner och " +
    "Värdetransaktioner (blad eller Excel-tabeller med de namnen, exporterade från Business Central; Artiklar ger " +
    "värderingsprinciperna, Lagerinställningar och Redovisningsperioder perioderna för genomsnittskostnad). " +
    "Saknas: Artikeltransaktioner.",
  "fn.noValueEntries":
    "Inga transaktioner i den här arbetsboken: COSTING-funktionerna behöver tabellerna Artikeltransaktioner och " +
    "Värdetransaktioner (blad eller Excel-tabeller med de namnen, exporterade från Business Central; Artiklar ger " +
    "värderingsprinciperna, Lagerinställningar och Redovisningsperioder perioderna för genomsnittskostnad). " +
    "Saknas: Värdetransaktioner.",
  "fn.dateMissing": "Datumet saknas. Ange en datumcell eller text som 2020-03-01.",
  "fn.notADate": "Datumet {value} är inget datum. Ange en datumcell eller text som 2020-03-01.",
  "fn.textNotADate": "Datumet ”{value}” är inget datum.",
  "fn.flag": "{what} tar SANT eller FALSKT, inte ”{value}”.",
};
