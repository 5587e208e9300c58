// Danish (Business Central DAN: Juster kostpris - vareposter, Beregn lagerværdi, Værdireguleringskladde).
import type { Translations } from "../msg";
import type { en as EnglishCatalogue } from "./en";

export const da: Translations<typeof EnglishCatalogue> = {
  "problem.error": "Fejl: {message}",
  "problem.warning": "Advarsel: {message}",
  field: "{label}: {value}",
  rows: "{count, plural, one {række} other {rækker}} {rows}",
  entriesMore: "{entries}, ... ({more} flere)",

  "costingMethod.noItemsTable":
    "Projektmappen har ingen tabel Varer, så kostmetoden for {count, plural, one {# vare} other {# varer}} i posterne er ikke kendt ({items}); intet værdiansættes på et gæt. Åbn Varer i Business Central, vælg Tilpas, tilføj kolonnen Kostmetode (skjult som standard på varelisten), og eksportér igen (et ark med navnet ”Items” eller ”Varer”), eller tilføj en tabel Varer med kolonnerne Nr. og Kostmetode manuelt.",
  "costingMethod.noColumn":
    "{table}: kolonnen ”Kostmetode” mangler, så kostmetoden for {count, plural, one {# vare} other {# varer}} i posterne er ikke kendt ({items}); intet værdiansættes på et gæt. Åbn Varer i Business Central, vælg Tilpas, tilføj kolonnen Kostmetode (skjult som standard på varelisten), og eksportér igen, eller tilføj en kolonne Kostmetode i tabellen Varer manuelt (en overskrift og kostmetoden på hver vares række; en kolonne under en anden overskrift kan tilknyttes i opgaveruden, trinnet Poster, Tilknyt kolonner).",
  "costingMethod.itemRow": "{item} (række {row})",
  "costingMethod.emptyCells":
    "{table}, kolonnen ”Kostmetode”: cellen er tom for {count, plural, one {# vare} other {# varer}} i posterne ({items}), så {count, plural, one {dens} other {deres}} kostmetode er ikke kendt; intet værdiansættes på et gæt. Angiv hver enkelts kostmetode, som Business Central har den på varekortet (FIFO, LIFO, Specifik, Gennemsnit eller Standard).",
  "costingMethod.notListed":
    "{table}: {count, plural, one {# vare i posterne er} other {# varer i posterne er}} ikke i tabellen Varer ({items}), så {count, plural, one {dens} other {deres}} kostmetode er ikke kendt; intet værdiansættes på et gæt. Tilføj {count, plural, one {den} other {dem}} i tabellen Varer med Nr. og Kostmetode, som Business Central har {count, plural, one {den} other {dem}} (eksportér Varer igen, med kolonnen Kostmetode).",
  "costingMethod.orChoose": "Eller værdiansæt dem alle med én kostmetode: {how}.",
  "costingMethod.chooseOnCommandLine": "kør kommandoen igen med --costing-method {methods}",
  "costingMethod.standardWithoutCost":
    "Standard blev valgt som kostmetode for de varer, projektmappen ikke giver nogen, men tabellen Varer giver ingen standardkostpris for {count, plural, one {# af dem} other {# af dem}} ({items}): en standardvares poster bogføres til dens standardkostpris, så at værdiansætte {count, plural, one {den} other {dem}} som Standard uden den ville være et gæt. Åbn Varer i Business Central, vælg Tilpas, tilføj kolonnerne Kostmetode og Standardkostpris (begge skjult som standard på varelisten), og eksportér igen, eller vælg en anden kostmetode.",
  "costingMethod.notNeeded":
    "Kostmetode {method} ({how}) var ikke nødvendig: projektmappen giver hver vare dens kostmetode.",
  "costingMethod.chosen":
    "Kostmetode {method} ({how}) for {count, plural, one {den # vare} other {de # varer}}, som projektmappen ikke giver nogen kostmetode: {items}. Alle andre varer værdiansættes med kostmetoden i deres række i Varer.",
  "next.workbook.cli": 'Projektmappen "{workbook}"',
  "next.workbook.pane": "Projektmappen",
  "next.again.cli": "kør kommandoen igen",
  "next.again.pane": "prøv igen",
  "next.calculate.cli": 'kør "costing calc-value {workbook} --date <YYYY-MM-DD>"',
  "next.calculate.pane": 'brug "Beregn lagerværdi" i opgaveruden',
  "next.adjust.cli": 'kør "costing adjust"',
  "next.adjust.pane": 'brug "Juster kostpris" i opgaveruden',
  "next.calculateNew.cli": 'beregn en ny kladde: "costing calc-value {workbook} --date <YYYY-MM-DD>"',
  "next.calculateNew.pane": "{calculate} for at beregne en ny kladde",
  "next.postOrReplace.cli":
    'Bogfør den først ("costing post {workbook}"), eller kør calc-value igen med --replace for at kassere den.',
  "next.postOrReplace.pane": "Bogfør den først, eller beregn igen og vælg at erstatte den.",
  "next.calculateAgain.cli":
    'kør "costing calc-value {workbook} --date {date} --replace" (med --item, --per og de andre indstillinger, den blev beregnet med)',
  "next.calculateAgain.pane": "{calculate} for {date}, og vælg at erstatte kladden",
  "next.finishPost.cli": 'med "costing post {workbook} --finish"',
  "next.rollBackPost.cli": 'med "costing post {workbook} --rollback"',

  "next.refreshScenario.cli": "kør \"costing scenario refresh {workbook} --name '{name}'\"",
  "next.refreshScenario.pane": 'tryk på "Genberegn" ved scenariet "{name}"',
  "next.replaceScenario.cli": "Angiv et andet navn, eller tilføj det igen med --replace for at beregne det på ny.",
  "next.replaceScenario.pane": 'Angiv et andet navn, eller markér "Erstat scenariet med det navn".',

  "next.postOrReplaceScenario.cli":
    'Bogfør den først ("costing post {workbook}"), eller bogfør scenariet med --replace for at kassere den.',
  "next.postOrReplaceScenario.pane":
    'Bogfør den først, eller marker "Erstat en værdireguleringskladde, der ikke er bogført endnu".',
  "scenario.postedBefore":
    'Scenariet "{name}" blev allerede bogført {postedAt} (Posting Log, række {row}); intet blev bogført. En ny bogføring ville regulere lageret to gange.',
  "scenario.journalPosted":
    'Kladden "{journal}" er allerede bogført; intet blev skrevet. Et scenarie tages fra en kladde, der ikke er bogført endnu: beregn en ny først.',
  "scenario.nameMissing": "Giv scenariet et navn; intet blev skrevet.",
  "scenario.nothingWritten": "intet blev skrevet.",
  "scenario.exists": 'Der findes allerede et scenarie "{name}" i {table}; intet blev skrevet. {replace}',
  "scenario.none": "{workbook} har endnu ingen værdireguleringsscenarier; intet blev gjort. Tilføj et først.",
  "scenario.notFound": '{table} har intet scenarie "{name}"; intet blev gjort. De scenarier, der findes, er: {names}.',
  "scenario.problems":
    "{table} har {count, plural, one {# problem} other {# problemer}}, der skal rettes først; intet blev gjort. Ret cellerne nævnt nedenfor, og {again}.",
  "scenario.noJournal":
    "{workbook} har ingen linjer i værdireguleringskladden at tage scenariet fra; intet blev skrevet. {calculate} først.",
  "scenario.refused":
    'Scenariet "{name}" kan ikke beregnes: Beregn lagerværdi blev afvist af {count, plural, one {# grund} other {# grunde}} nedenfor; intet blev skrevet.',
  "scenario.nothing":
    'Scenariet "{name}" har intet at regulere {date} (intet lager af dets varer); intet blev skrevet.',
  "scenario.stale":
    'Scenariet "{name}" blev beregnet på posterne, som de var før: der er siden bogført poster for dets varer; intet blev bogført. {refresh}, se på virkningen igen, og bogfør det derefter.',
  "scenario.noAmount":
    'Scenariet "{name}" regulerer intet: hver linjes Beløb er 0,00; intet blev bogført. Angiv den nye Kostpris (reguleret) på dets linjer i tabellen "Revaluation Scenarios", eller tilføj det igen med en antagelse.',
  "scenario.postRefused":
    'Bogføringen af scenariet "{name}" ville blive afvist af {count, plural, one {# grund} other {# grunde}} nedenfor; intet blev bogført.',
  "scenario.baseNotPerEntry":
    "Et scenarie ud fra varens {base} beregnes pr. vare: Beregn pr. Varepost tager intet beregningsgrundlag. Beregn det pr. vare, eller angiv en procentsats eller en kostpris.",
  "scenario.percentBelow":
    "En ændring på {percent} % ville gøre kostpriserne negative. Angiv en ændring på -100 % eller mere.",

  "journal.nothingPosted": "intet blev bogført.",
  "journal.nothingPreviewed": "der blev ikke vist nogen eksempelvisning.",
  "journal.unposted":
    '{workbook} har allerede en kladde "{journal}" med {count, plural, one {# linje} other {# linjer}}, der ' +
    "ikke er bogført endnu ({rows}, bilagsnr. {documentNos}); intet blev skrevet. {postOrReplace}",
  "journal.unpostedNoDocument":
    '{workbook} har allerede en kladde "{journal}" med {count, plural, one {# linje} other {# linjer}}, der ' +
    "ikke er bogført endnu ({rows}); intet blev skrevet. {postOrReplace}",
  "journal.calculateRefused":
    "Beregn lagerværdi blev afvist af {count, plural, one {# grund} other {# grunde}} nedenfor; intet blev skrevet.",
  "journal.missing":
    "{workbook} har ingen værdireguleringskladde; {nothing} {calculate} for at beregne en, angiv den nye " +
    "Kostpris (reguleret) på dens linjer, og {again}.",
  "journal.problems":
    'Kladden "{journal}" har {count, plural, one {# problem} other {# problemer}}, der skal rettes først; ' +
    "{nothing} Ret cellerne nævnt nedenfor, og {again}.",
  "journal.postedLogged":
    'Kladden "{journal}" blev allerede bogført {postedAt} (bilagsnr. {documentNo}, værdiposter {first}..{last}; ' +
    '"Posting Log", række {row}); {nothing} En ny bogføring ville regulere lageret to gange. For at regulere ' +
    "igen, {calculateNew}.",
  "journal.postedLoggedSome":
    'Kladden "{journal}" blev allerede bogført {postedAt} (bilagsnr. {documentNo}, værdiposter {first}..{last}; ' +
    '"Posting Log", række {row}); {nothing} En ny bogføring ville regulere lageret to gange. For at regulere ' +
    "igen, {calculateNew}, eller slet de bogførte linjer ({rows}) for kun at bogføre de andre.",
  "journal.blankDocumentNo": "tomt",
  "journal.postedRows":
    'Kladden "{journal}" blev allerede bogført (i {rows} står "Posted = Yes"); {nothing} En ny bogføring ville ' +
    "regulere lageret to gange. For at regulere igen, {calculateNew}.",
  "journal.postedRowsSome":
    'Kladden "{journal}" blev allerede bogført (i {rows} står "Posted = Yes"); {nothing} En ny bogføring ville ' +
    "regulere lageret to gange. For at regulere igen, {calculateNew}, eller slet de bogførte linjer ({rows}) for " +
    "kun at bogføre de andre.",
  "journal.cannotCompare":
    'Kladden "{journal}" kan ikke sammenlignes med posterne, som den skal stemme med for at blive bogført: ' +
    "Beregn lagerværdi, kørt igen for dens linjer, afvises af {count, plural, one {# grund} other {# grunde}} " +
    "nedenfor; {nothing} Ret det, der står, og {again}.",
  "journal.stale":
    'Kladden "{journal}" blev beregnet på posterne, som de var før: {count, plural, one {# linje stemmer} ' +
    "other {# linjer stemmer}} ikke længere med, hvad Beregn lagerværdi giver nu (nedenfor); {nothing} En " +
    "bogføring ville regulere lageret ud fra værdier, det ikke længere har, en anden gang hvis kladden allerede " +
    "er bogført. {recalculate}, angiv derefter den nye Kostpris (reguleret), og bogfør igen.",
  "journal.previewRefused":
    'Bogføringen af kladden "{journal}" ville blive afvist af {count, plural, one {# grund} other {# grunde}} nedenfor; {nothing}',

  "post.noLines":
    'Kladden "{journal}" har ingen linjer, så der er intet at bogføre; {nothing} Angiv den nye Kostpris ' +
    "(reguleret) eller Lagerværdi (reguleret) på de linjer, der skal reguleres, og {again}.",
  "post.noAmount":
    'Kladden "{journal}" har ingen linje med et Beløb forskelligt fra 0,00 ({count, plural, one {# linje} ' +
    "other {# linjer}}), så der er intet at bogføre; {nothing} Angiv den nye Kostpris (reguleret) eller " +
    "Lagerværdi (reguleret) på de linjer, der skal reguleres, og {again}.",
  "post.refused":
    'Bogføringen af kladden "{journal}" blev afvist af {count, plural, one {# grund} other {# grunde}} nedenfor; {nothing}',

  "interrupted.finishWith":
    'En bogføring af kladden "{journal}" (bilagsnr. {documentNos}) blev afbrudt: værdiposterne {first}..{last} ' +
    'blev tilføjet, men "Posting Log" har ingen række for dem. Afslut bogføringen {finish} (kostprisjustering, ' +
    'varer, "Posting Log", kladden markeret som bogført) eller rul den tilbage {rollBack} (de rækker slettes); ' +
    "en ny bogføring ville regulere lageret to gange.",
  "interrupted.finishInPane":
    'En bogføring af kladden "{journal}" (bilagsnr. {documentNos}) blev afbrudt: værdiposterne {first}..{last} ' +
    'blev tilføjet, men "Posting Log" har ingen række for dem. Afslut bogføringen (kostprisjustering, varer, ' +
    '"Posting Log", kladden markeret som bogført) eller rul den tilbage (de rækker slettes) i trinnet "Bogfør" ' +
    "i opgaveruden; en ny bogføring ville regulere lageret to gange.",
  "interrupted.partialWith":
    'En bogføring af kladden "{journal}" (bilagsnr. {documentNos}) blev afbrudt: værdiposterne {first}..{last} ' +
    'blev tilføjet, men "Posting Log" har ingen række for dem. Kun en del af reguleringsposterne blev skrevet: ' +
    "rul den tilbage {rollBack} (de rækker slettes), og bogfør derefter igen.",
  "interrupted.partialInPane":
    'En bogføring af kladden "{journal}" (bilagsnr. {documentNos}) blev afbrudt: værdiposterne {first}..{last} ' +
    'blev tilføjet, men "Posting Log" har ingen række for dem. Kun en del af reguleringsposterne blev skrevet: ' +
    'rul den tilbage i trinnet "Bogfør" i opgaveruden (de rækker slettes), og bogfør derefter igen.',

  "unsettled.entries":
    "Vare {item} blev ikke justeret: efter {rounds} runder kostprisjustering blev omkostningerne for vareposterne " +
    "{entries} ved med at ændre hinanden (en løkke af udligninger eller overførsler). Der blev ikke skrevet " +
    "værdiposter for den; de andre varer blev justeret. Kontrollér Udligningspost og overførslerne for de poster, " +
    "ret posterne, og {again}.",
  "unsettled.item":
    "Vare {item} blev ikke justeret: efter {rounds} runder kostprisjustering blev dens omkostninger ved med at " +
    "ændre sig (en løkke af udligninger eller overførsler). Der blev ikke skrevet værdiposter for den; de andre " +
    "varer blev justeret. Kontrollér Udligningspost og overførslerne for de poster, ret posterne, og {again}.",

  "fn.itemMissing": "Varenummeret mangler. Angiv et varenummer, f.eks. AVG-DAY.",
  "fn.beforeLedger": "{date} ligger før den første post ({first}). Angiv en dato fra og med {first}.",
  "fn.nothingToAverage":
    "Vare {item} har intet at beregne gennemsnit af i perioden {start} til {end}: dens antal dér er {quantity}.",
  "fn.nothingOnHand": "Vare {item} har intet på lager {date} og har derfor ingen kostpris.",
  "fn.rangesNotAligned": "Områderne givet til AVGCOSTS er ikke lige store; denne celle har intet modstykke.",
  "fn.noLedgerBoth":
    "Ingen poster i denne projektmappe: COSTING-funktionerne skal bruge tabellerne Vareposter og Værdiposter " +
    "(ark eller Excel-tabeller med de navne, som eksporteret fra Business Central; Varer giver kostmetoderne, " +
    "Lageropsætning og Regnskabsperioder de gennemsnitlige omkostningsperioder). Mangler: Vareposter og Værdiposter.",
  "fn.noItemLedgerEntries":
    "Ingen poster i denne projektmappe: COSTING-funktionerne skal bruge tabellerne Vareposter og Værdiposter " +
    "(ark eller Excel-tabeller med de navne, som eksporteret fra Business Central; Varer giver kostmetoderne, " +
    "Lageropsætning og Regnskabsperioder de gennemsnitlige omkostningsperioder). Mangler: Vareposter.",
  "fn.noValueEntries":
    "Ingen poster i denne projektmappe: COSTING-funktionerne skal bruge tabellerne Vareposter og Værdiposter " +
    "(ark eller Excel-tabeller med de navne, som eksporteret fra Business Central; Varer giver kostmetoderne, " +
    "Lageropsætning og Regnskabsperioder de gennemsnitlige omkostningsperioder). Mangler: Værdiposter.",
  "fn.dateMissing": "Datoen mangler. Angiv en datocelle eller tekst som 2020-03-01.",
  "fn.notADate": "Datoen {value} er ikke en dato. Angiv en datocelle eller tekst som 2020-03-01.",
  "fn.textNotADate": 'Datoen "{value}" er ikke en dato.',
  "fn.flag": '{what} tager SAND eller FALSK, ikke "{value}".',
};
