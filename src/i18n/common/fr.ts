// French (Business Central FRA: Ajuster coûts - Écr. article, Calculer valeur stock, Feuille réévaluation).
import type { Translations } from "../msg";
import type { en as EnglishCatalogue } from "./en";

export const fr: Translations<typeof EnglishCatalogue> = {
  "problem.error": "Erreur : {message}",
  "problem.warning": "Avertissement : {message}",
  field: "{label} : {value}",
  rows: "{count, plural, one {ligne} other {lignes}} {rows}",
  entriesMore: "{entries}, ... ({more} de plus)",

  "costingMethod.noItemsTable":
    "Le classeur n’a pas de table Articles, donc le mode évaluation stock de {count, plural, one {# article} other {# articles}} des écritures n’est pas connu ({items}) ; rien n’est évalué sur une supposition. Dans Business Central, ouvrez Articles, choisissez Personnaliser, ajoutez la colonne Mode évaluation stock (masquée par défaut dans la liste des articles) et exportez de nouveau (une feuille nommée « Items » ou « Articles »), ou ajoutez à la main une table Articles avec les colonnes N° et Mode évaluation stock.",
  "costingMethod.noColumn":
    "{table} : la colonne « Mode évaluation stock » manque, donc le mode évaluation stock de {count, plural, one {# article} other {# articles}} des écritures n’est pas connu ({items}) ; rien n’est évalué sur une supposition. Dans Business Central, ouvrez Articles, choisissez Personnaliser, ajoutez la colonne Mode évaluation stock (masquée par défaut dans la liste des articles) et exportez de nouveau, ou ajoutez à la main une colonne Mode évaluation stock à la table Articles (un en-tête et le mode évaluation stock sur la ligne de chaque article ; une colonne sous un autre en-tête peut être associée à l’étape Écritures du volet Office, Associer les colonnes).",
  "costingMethod.itemRow": "{item} (ligne {row})",
  "costingMethod.emptyCells":
    "{table}, colonne « Mode évaluation stock » : la cellule est vide pour {count, plural, one {# article} other {# articles}} des écritures ({items}), donc {count, plural, one {son} other {leur}} mode évaluation stock n’est pas connu ; rien n’est évalué sur une supposition. Saisissez pour chacun le mode évaluation stock que Business Central a sur la fiche article (FIFO, LIFO, Spécifique, Moyen ou Standard).",
  "costingMethod.notListed":
    "{table} : {count, plural, one {# article des écritures n’est} other {# articles des écritures ne sont}} pas dans la table Articles ({items}), donc {count, plural, one {son} other {leur}} mode évaluation stock n’est pas connu ; rien n’est évalué sur une supposition. Ajoutez-{count, plural, one {le} other {les}} à la table Articles avec le N° et le mode évaluation stock que Business Central {count, plural, one {lui} other {leur}} donne (exportez de nouveau Articles, avec la colonne Mode évaluation stock).",
  "costingMethod.orChoose": "Ou évaluez-les tous avec un seul mode évaluation stock : {how}.",
  "costingMethod.chooseOnCommandLine": "exécutez de nouveau la commande avec --costing-method {methods}",
  "costingMethod.standardWithoutCost":
    "Standard a été choisi comme mode évaluation stock des articles pour lesquels le classeur n’en donne aucun, mais la table Articles ne donne pas de coût standard pour {count, plural, one {# d’entre eux} other {# d’entre eux}} ({items}) : les écritures d’un article standard sont validées à son coût standard, donc {count, plural, one {l’évaluer} other {les évaluer}} en Standard sans lui serait une supposition. Dans Business Central, ouvrez Articles, choisissez Personnaliser, ajoutez les colonnes Mode évaluation stock et Coût standard (toutes deux masquées par défaut dans la liste des articles) et exportez de nouveau, ou choisissez un autre mode évaluation stock.",
  "costingMethod.notNeeded":
    "Le mode évaluation stock {method} ({how}) n’a pas été nécessaire : le classeur donne à chaque article son mode évaluation stock.",
  "costingMethod.chosen":
    "Mode évaluation stock {method} ({how}) pour {count, plural, one {l’article} other {les # articles}} auxquels le classeur ne donne aucun mode évaluation stock : {items}. Tout autre article est évalué avec le mode évaluation stock de sa ligne dans Articles.",
  "next.workbook.cli": "Le classeur « {workbook} »",
  "next.workbook.pane": "Le classeur",
  "next.again.cli": "relancez la commande",
  "next.again.pane": "réessayez",
  "next.calculate.cli": "lancez « costing calc-value {workbook} --date <YYYY-MM-DD> »",
  "next.calculate.pane": "utilisez « Calculer valeur stock » dans le volet",
  "next.adjust.cli": "lancez « costing adjust »",
  "next.adjust.pane": "utilisez « Ajuster coûts » dans le volet",
  "next.calculateNew.cli": "calculez une nouvelle feuille : « costing calc-value {workbook} --date <YYYY-MM-DD> »",
  "next.calculateNew.pane": "{calculate} pour calculer une nouvelle feuille",
  "next.postOrReplace.cli":
    "Validez-la d'abord (« costing post {workbook} »), ou relancez calc-value avec --replace pour l'abandonner.",
  "next.postOrReplace.pane": "Validez-la d'abord, ou calculez à nouveau en choisissant de la remplacer.",
  "next.calculateAgain.cli":
    "lancez « costing calc-value {workbook} --date {date} --replace » (avec --item, --per et les autres options avec lesquelles elle a été calculée)",
  "next.calculateAgain.pane": "{calculate} pour le {date}, en choisissant de remplacer la feuille",
  "next.finishPost.cli": "avec « costing post {workbook} --finish »",
  "next.rollBackPost.cli": "avec « costing post {workbook} --rollback »",

  "next.refreshScenario.cli": "lancez « costing scenario refresh {workbook} --name '{name}' »",
  "next.refreshScenario.pane": "cliquez sur « Recalculer » pour le scénario « {name} »",
  "next.replaceScenario.cli": "Indiquez un autre nom, ou ajoutez-le à nouveau avec --replace pour le recalculer.",
  "next.replaceScenario.pane": "Indiquez un autre nom, ou cochez « Remplacer le scénario de ce nom ».",

  "next.postOrReplaceScenario.cli":
    "Validez-la d'abord (« costing post {workbook} »), ou validez le scénario avec --replace pour l'abandonner.",
  "next.postOrReplaceScenario.pane":
    "Validez-la d'abord, ou cochez « Remplacer une feuille réévaluation pas encore validée ».",
  "scenario.postedBefore":
    "Le scénario « {name} » a déjà été validé le {postedAt} (Posting Log, ligne {row}) ; rien n'a été validé. Le valider à nouveau réévaluerait le stock deux fois.",
  "scenario.journalPosted":
    "La feuille « {journal} » a déjà été validée ; rien n'a été écrit. Un scénario se prend d'une feuille pas encore validée : calculez-en d'abord une nouvelle.",
  "scenario.nameMissing": "Donnez un nom au scénario ; rien n'a été écrit.",
  "scenario.nothingWritten": "rien n'a été écrit.",
  "scenario.exists": "Il y a déjà un scénario « {name} » dans {table} ; rien n'a été écrit. {replace}",
  "scenario.none": "{workbook} n'a encore aucun scénario de réévaluation ; rien n'a été fait. Ajoutez-en un d'abord.",
  "scenario.notFound":
    "{table} n'a pas de scénario « {name} » ; rien n'a été fait. Les scénarios existants sont : {names}.",
  "scenario.problems":
    "{table} a {count, plural, one {# problème} other {# problèmes}} à corriger d'abord ; rien n'a été fait. Corrigez les cellules indiquées ci-dessous et {again}.",
  "scenario.noJournal":
    "{workbook} n'a aucune ligne de feuille réévaluation d'où reprendre le scénario ; rien n'a été écrit. {calculate} d'abord.",
  "scenario.refused":
    "Le scénario « {name} » ne peut pas être calculé : Calculer valeur stock a été refusé pour {count, plural, one {# raison} other {# raisons}} ci-dessous ; rien n'a été écrit.",
  "scenario.nothing":
    "Le scénario « {name} » n'a rien à réévaluer au {date} (aucun stock de ses articles) ; rien n'a été écrit.",
  "scenario.stale":
    "Le scénario « {name} » a été calculé sur les écritures telles qu'elles étaient : des écritures ont été validées depuis pour ses articles ; rien n'a été validé. {refresh}, regardez à nouveau son effet, puis validez-le.",
  "scenario.noAmount":
    "Le scénario « {name} » ne réévalue rien : le Montant de chaque ligne est 0,00 ; rien n'a été validé. Saisissez le nouveau Coût unitaire (réévalué) sur ses lignes dans la table « Revaluation Scenarios », ou ajoutez-le à nouveau avec une hypothèse.",
  "scenario.postRefused":
    "La validation du scénario « {name} » serait refusée pour {count, plural, one {# raison} other {# raisons}} ci-dessous ; rien n'a été validé.",
  "scenario.baseNotPerEntry":
    "Un scénario à partir du {base} de l'article se calcule par article : Calculer par Écriture comptable article ne prend aucune base de calcul. Calculez-le par article, ou indiquez un pourcentage ou un coût unitaire.",
  "scenario.percentBelow":
    "Une variation de {percent} % rendrait les coûts unitaires négatifs. Indiquez une variation de -100 % ou plus.",

  "journal.nothingPosted": "rien n'a été validé.",
  "journal.nothingPreviewed": "aucun aperçu n'a été fait.",
  "journal.unposted":
    "{workbook} a déjà une feuille « {journal} » avec {count, plural, one {# ligne non validée} other {# lignes " +
    "non validées}} ({rows}, n° document {documentNos}) ; rien n'a été écrit. {postOrReplace}",
  "journal.unpostedNoDocument":
    "{workbook} a déjà une feuille « {journal} » avec {count, plural, one {# ligne non validée} other {# lignes " +
    "non validées}} ({rows}) ; rien n'a été écrit. {postOrReplace}",
  "journal.calculateRefused":
    "Calculer valeur stock a été refusé pour {count, plural, one {# raison} other {# raisons}} ci-dessous ; rien n'a été écrit.",
  "journal.missing":
    "{workbook} n'a pas de feuille réévaluation ; {nothing} {calculate} pour en calculer une, saisissez le " +
    "nouveau Coût unitaire (réévalué) sur ses lignes, et {again}.",
  "journal.problems":
    "La feuille « {journal} » a {count, plural, one {# problème} other {# problèmes}} à corriger d'abord ; " +
    "{nothing} Corrigez les cellules indiquées ci-dessous et {again}.",
  "journal.postedLogged":
    "La feuille « {journal} » a déjà été validée le {postedAt} (n° document {documentNo}, écritures valeur " +
    "{first}..{last} ; « Posting Log », ligne {row}) ; {nothing} La valider à nouveau réévaluerait le stock deux " +
    "fois. Pour réévaluer à nouveau, {calculateNew}.",
  "journal.postedLoggedSome":
    "La feuille « {journal} » a déjà été validée le {postedAt} (n° document {documentNo}, écritures valeur " +
    "{first}..{last} ; « Posting Log », ligne {row}) ; {nothing} La valider à nouveau réévaluerait le stock deux " +
    "fois. Pour réévaluer à nouveau, {calculateNew}, ou supprimez les lignes validées ({rows}) pour ne valider que " +
    "les autres.",
  "journal.blankDocumentNo": "vide",
  "journal.postedRows":
    "La feuille « {journal} » a déjà été validée (ses {rows} indiquent « Posted = Yes ») ; {nothing} La valider à " +
    "nouveau réévaluerait le stock deux fois. Pour réévaluer à nouveau, {calculateNew}.",
  "journal.postedRowsSome":
    "La feuille « {journal} » a déjà été validée (ses {rows} indiquent « Posted = Yes ») ; {nothing} La valider à " +
    "nouveau réévaluerait le stock deux fois. Pour réévaluer à nouveau, {calculateNew}, ou supprimez les lignes " +
    "validées ({rows}) pour ne valider que les autres.",
  "journal.cannotCompare":
    "La feuille « {journal} » ne peut pas être comparée aux écritures, auxquelles elle doit correspondre pour être " +
    "validée : Calculer valeur stock, relancé pour ses lignes, est refusé pour {count, plural, one {# raison} " +
    "other {# raisons}} ci-dessous ; {nothing} Corrigez ce qui est indiqué et {again}.",
  "journal.stale":
    "La feuille « {journal} » a été calculée sur les écritures telles qu'elles étaient : {count, plural, " +
    "one {# ligne ne correspond} other {# lignes ne correspondent}} plus à ce que Calculer valeur stock donne " +
    "maintenant (ci-dessous) ; {nothing} La valider réévaluerait le stock à partir de valeurs qu'il n'a plus, une " +
    "seconde fois si la feuille a déjà été validée. {recalculate}, puis saisissez le nouveau Coût unitaire " +
    "(réévalué) et validez à nouveau.",
  "journal.previewRefused":
    "La validation de la feuille « {journal} » serait refusée pour {count, plural, one {# raison} other {# raisons}} ci-dessous ; {nothing}",

  "post.noLines":
    "La feuille « {journal} » n'a aucune ligne, il n'y a donc rien à valider ; {nothing} Saisissez le nouveau Coût " +
    "unitaire (réévalué), ou la Valeur stock (réévaluée), sur les lignes à réévaluer, puis {again}.",
  "post.noAmount":
    "La feuille « {journal} » n'a aucune ligne avec un Montant différent de 0,00 ({count, plural, one {# ligne} " +
    "other {# lignes}}), il n'y a donc rien à valider ; {nothing} Saisissez le nouveau Coût unitaire (réévalué), " +
    "ou la Valeur stock (réévaluée), sur les lignes à réévaluer, puis {again}.",
  "post.refused":
    "La validation de la feuille « {journal} » a été refusée pour {count, plural, one {# raison} other {# raisons}} ci-dessous ; {nothing}",

  "interrupted.finishWith":
    "Une validation de la feuille « {journal} » (n° document {documentNos}) a été interrompue : les écritures " +
    "valeur {first}..{last} ont été ajoutées, mais « Posting Log » n'a aucune ligne pour elles. Terminez la " +
    "validation {finish} (ajustement des coûts, articles, « Posting Log », feuille marquée validée) ou annulez-la " +
    "{rollBack} (ces lignes sont supprimées) ; valider à nouveau réévaluerait le stock deux fois.",
  "interrupted.finishInPane":
    "Une validation de la feuille « {journal} » (n° document {documentNos}) a été interrompue : les écritures " +
    "valeur {first}..{last} ont été ajoutées, mais « Posting Log » n'a aucune ligne pour elles. Terminez la " +
    "validation (ajustement des coûts, articles, « Posting Log », feuille marquée validée) ou annulez-la (ces " +
    "lignes sont supprimées) à l'étape « Valider » du volet ; valider à nouveau réévaluerait le stock deux fois.",
  "interrupted.partialWith":
    "Une validation de la feuille « {journal} » (n° document {documentNos}) a été interrompue : les écritures " +
    "valeur {first}..{last} ont été ajoutées, mais « Posting Log » n'a aucune ligne pour elles. Seule une partie " +
    "des écritures de réévaluation a été écrite : annulez-la {rollBack} (ces lignes sont supprimées), puis validez " +
    "à nouveau.",
  "interrupted.partialInPane":
    "Une validation de la feuille « {journal} » (n° document {documentNos}) a été interrompue : les écritures " +
    "valeur {first}..{last} ont été ajoutées, mais « Posting Log » n'a aucune ligne pour elles. Seule une partie " +
    "des écritures de réévaluation a été écrite : annulez-la à l'étape « Valider » du volet (ces lignes sont " +
    "supprimées), puis validez à nouveau.",

  "unsettled.entries":
    "L'article {item} n'a pas été ajusté : après {rounds} passes d'ajustement des coûts, les coûts des écritures " +
    "comptables article {entries} ont continué à se modifier mutuellement (une boucle de lettrages ou de " +
    "transferts). Aucune écriture valeur n'a été écrite pour lui ; les autres articles ont été ajustés. Vérifiez " +
    "l'Écriture lettrée et les transferts de ces écritures, corrigez les écritures et {again}.",
  "unsettled.item":
    "L'article {item} n'a pas été ajusté : après {rounds} passes d'ajustement des coûts, ses coûts ont continué " +
    "à changer (une boucle de lettrages ou de transferts). Aucune écriture valeur n'a été écrite pour lui ; les " +
    "autres articles ont été ajustés. Vérifiez l'Écriture lettrée et les transferts de ces écritures, corrigez " +
    "les écritures et {again}.",

  "fn.itemMissing": "Le numéro d'article manque. Indiquez un numéro d'article, par exemple AVG-DAY.",
  "fn.beforeLedger": "{date} est antérieure à la première écriture ({first}). Indiquez une date à partir du {first}.",
  "fn.nothingToAverage":
    "L'article {item} n'a rien dont faire la moyenne dans la période du {start} au {end} : sa quantité y est de {quantity}.",
  "fn.nothingOnHand": "L'article {item} n'a rien en stock le {date}, il n'a donc pas de coût unitaire.",
  "fn.rangesNotAligned":
    "Les plages données à AVGCOSTS ne sont pas de même taille ; cette cellule n'a pas de correspondance.",
  "fn.noLedgerBoth":
    "Aucune écriture dans ce classeur : les fonctions COSTING ont besoin des tables Écritures comptables article " +
    "et Écritures valeur (feuilles ou tableaux Excel de ces noms, tels qu'exportés de Business Central ; Articles " +
    "donne les modes d'évaluation du stock, Paramètres stock et Périodes comptables les périodes coût moyen). " +
    "Manquent : Écritures comptables article et Écritures valeur.",
  "fn.noItemLedgerEntries":
    "Aucune écriture dans ce classeur : les fonctions COSTING ont besoin des tables Écritures comptables article " +
    "et Écritures valeur (feuilles ou tableaux Excel de ces noms, tels qu'exportés de Business Central ; Articles " +
    "donne les modes d'évaluation du stock, Paramètres stock et Périodes comptables les périodes coût moyen). " +
    "Manque : Écritures comptables article.",
  "fn.noValueEntries":
    "Aucune écriture dans ce classeur : les fonctions COSTING ont besoin des tables Écritures comptables article " +
    "et Écritures valeur (feuilles ou tableaux Excel de ces noms, tels qu'exportés de Business Central ; Articles " +
    "donne les modes d'évaluation du stock, Paramètres stock et Périodes comptables les périodes coût moyen). " +
    "Manque : Écritures valeur.",
  "fn.dateMissing": "La date manque. Indiquez une cellule de date ou un texte comme 2020-03-01.",
  "fn.notADate": "La date {value} n'est pas une date. Indiquez une cellule de date ou un texte comme 2020-03-01.",
  "fn.textNotADate": "La date « {value} » n'est pas une date.",
  "fn.flag": "{what} prend VRAI ou FAUX, pas « {value} ».",
};
