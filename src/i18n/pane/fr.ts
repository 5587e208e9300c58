// The task pane in French (Business Central FRA: Ajuster coûts - Écr. article, Calculer valeur stock,
// Feuille réévaluation; field captions from the captions module).
import type { Translations } from "../msg";
import type { paneEn as EnglishCatalogue } from "./en";

export const paneFr: Translations<typeof EnglishCatalogue> = {
  "manifest.displayName": "Évaluation du stock",
  "manifest.description":
    "L'évaluation du stock de Business Central dans Excel : Ajuster coûts - Écr. article, coût moyen et valeur du stock sur des écritures exportées de Business Central.",
  "manifest.getStartedTitle": "Évaluation du stock est prêt",
  "manifest.getStartedDescription":
    "Ouvrez Évaluation du stock dans l'onglet Accueil pour lire les écritures exportées de Business Central.",
  "manifest.group": "Évaluation",
  "manifest.button": "Évaluation du stock",
  "manifest.tooltip":
    "Ouvre le volet Évaluation du stock : lit les écritures comptables article et les écritures valeur de ce classeur et liste les problèmes.",
  "pane.steps": "Étapes",
  "pane.tab.ledger": "Écritures",
  "pane.tab.setup": "Paramètres",
  "pane.tab.adjust": "Ajuster",
  "pane.tab.calculate": "Calculer",
  "pane.tab.post": "Valider",
  "pane.tab.valuation": "Valorisation",
  "pane.tab.explain": "Expliquer",
  "pane.tab.scenarios": "Scénarios",
  "pane.readingAgain": "Le classeur est relu après la modification...",
  "pane.notInExcel":
    "Évaluation du stock fonctionne dans Excel. Cette page a été ouverte hors d'Excel, il n'y a donc pas de " +
    "classeur à lire : ouvrez le classeur dans Excel et choisissez Accueil > Évaluation du stock (le README explique " +
    "comment ajouter le complément).",

  "pane.cancelled": "Annulé : rien n'a été écrit.",
  "pane.progress.read": "Lecture de {table} : {done} sur {total} lignes",
  "pane.progress.write": "Écriture de {table} : {done} sur {total} lignes",
  "pane.progress.append": "Ajout à {table} : {done} sur {total} lignes",
  "pane.writing": "Écriture dans le classeur...",
  "pane.problems": "Problèmes",
  "pane.cancel": "Annuler",
  "pane.cannotCancel": "Écriture en cours, impossible d'annuler",
  "pane.readingNow": "Lecture des écritures telles que le classeur les contient maintenant...",
  "pane.ledgerProblemsNow":
    "Les écritures du classeur ont maintenant des problèmes, rien n'a donc été écrit. Corrigez-les (l'étape " +
    "Écritures les liste après Relire).",

  "pane.ledger.title": "Écritures",
  "pane.ledger.readAgain": "Relire",
  "pane.ledger.unreadable": "Le classeur n'a pas pu être lu : {message}",
  "pane.ledger.looking": "Recherche des tables d'écritures...",
  "pane.ledger.tablesFound": "Tables trouvées",
  "pane.ledger.details": "Tables trouvées et configuration en vigueur",
  "pane.ledger.table": "Table",
  "pane.ledger.foundOn": "Trouvée sur",
  "pane.ledger.rows": "Lignes",
  "pane.ledger.notFound": "introuvable",
  "pane.ledger.counts": "Écritures",
  "pane.ledger.items": "{count, plural, one {# article avec écritures} other {# articles avec écritures}}",
  "pane.ledger.itemLedgerEntries":
    "{count, plural, one {# écriture comptable article} other {# écritures comptables article}}",
  "pane.ledger.valueEntries": "{count, plural, one {# écriture valeur} other {# écritures valeur}}",
  "pane.ledger.postingDates": "Dates comptabilisation du {from} au {to}",
  "pane.costingMethod.label": "Évaluer les articles sans mode évaluation stock en",
  "pane.costingMethod.howToChoose": "choisissez-en un sous « {label} » à l’étape Écritures",
  "pane.costingMethod.notChosen": "Non choisi : l’évaluation s’arrête",
  "pane.costingMethod.hint":
    "Seulement pour les articles auxquels le classeur ne donne aucun mode évaluation stock. Mieux : ajoutez la colonne Mode évaluation stock à l’export (Articles, Personnaliser) et relisez.",
  "pane.costingMethod.chosenHere": "choisi à l’étape Écritures",
  "pane.costingMethod.chosenLabel": "Mode évaluation stock choisi",
  "pane.ledger.addToExport":
    "À ajouter à l’export : sans celles-ci, l’évaluation s’arrête ou les chiffres sont supposés",
  "pane.ledger.columnsToAdd": "Colonnes à ajouter à l’export",
  "pane.ledger.folded":
    "Déduites exactement des écritures, ou non utilisées ({count, plural, one {# colonne} other {# colonnes}})",
  "pane.ledger.derivedColumns": "Colonnes déduites",
  "pane.ledger.errors":
    "{errors, plural, one {# erreur} other {# erreurs}} et {warnings, plural, one {# avertissement} other {# avertissements}} : " +
    "corrigez les cellules indiquées ci-dessous, puis choisissez Relire.",
  "pane.ledger.warnings":
    "Prêt pour l'évaluation, avec {warnings, plural, one {# avertissement} other {# avertissements}} à examiner.",
  "pane.ledger.ready": "Prêt pour l'évaluation : aucun problème trouvé.",
  "pane.ledger.goToLabel": "Aller à {table}, ligne {row}",
  "pane.ledger.goTo": "Aller à",
  "pane.ledger.rounding": "Arrondi : montants {amount}, montants unitaires {unitAmount}",
  "pane.ledger.noRestriction": "aucune restriction",
  "pane.ledger.noPeriods": "Périodes comptables : aucune (périodes du calendrier)",
  "pane.ledger.periods": "Périodes comptables : {count} sur {years, plural, one {# exercice} other {# exercices}}",

  "pane.import.summary": "Importé de {file} dans de nouvelles feuilles : {tables}.",
  "pane.import.summaryMapping":
    "Importé de {file} dans de nouvelles feuilles : {tables}. Le mappage des colonnes du fichier a été ajouté à la feuille « {sheet} ».",
  "pane.import.table": "{table} ({count, plural, one {# ligne} other {# lignes}})",
  "pane.import.tableFrom": "{table} ({count, plural, one {# ligne} other {# lignes}}, de « {from} »)",
  "pane.import.importing": "Importation de {file}",
  "pane.import.reading": "Lecture de {file}...",
  "pane.import.looking": "Recherche des tables d'écritures dans {file}...",
  "pane.import.writing": "Écriture des tables de {file}...",
  "pane.import.button": "Importer depuis un fichier...",
  "pane.import.label": "Importer depuis un fichier",
  "pane.import.hint":
    "Un export qui n'est pas encore dans ce classeur (.xlsx ou .csv) : chaque table d'écritures qu'il contient " +
    "va dans une nouvelle feuille au nom de la table.",

  "pane.map.twice":
    "{table} : l'en-tête « {header} » est choisi à la fois pour « {first} » et « {second} ». Choisissez-le une seule fois.",
  "pane.map.saving": "Enregistrement du mappage des colonnes",
  "pane.map.writing": "Écriture de la feuille « {sheet} »...",
  "pane.map.saved": "Mappage des colonnes enregistré dans la feuille « {sheet} » : {changes}.",
  "pane.map.unmapped": "{table} « {column} » n'est plus mappée",
  "pane.map.mapped": "{table} « {column} » = « {header} »",
  "pane.map.label": "Mappage des colonnes",
  "pane.map.hide": "Masquer le mappage des colonnes",
  "pane.map.show": "Mapper les colonnes à la main",
  "pane.map.introRequired":
    "Une colonne obligatoire n'a pas été trouvée par son nom. Pour chaque colonne, choisissez l'en-tête qui la " +
    "contient. Le mappage est enregistré dans la feuille « {sheet} » de ce classeur (colonnes Table, Column, " +
    "Header), pour que chaque lecture suivante l'utilise, celle de la ligne de commande costing aussi.",
  "pane.map.intro":
    "En-têtes des tables auxquels aucun nom de colonne ne correspond. Pour chaque colonne, choisissez l'en-tête " +
    "qui la contient. Le mappage est enregistré dans la feuille « {sheet} » de ce classeur (colonnes Table, " +
    "Column, Header), pour que chaque lecture suivante l'utilise, celle de la ligne de commande costing aussi.",
  "pane.map.legend": "{table} (feuille « {sheet} »)",
  "pane.map.nothingToPick":
    "Chaque en-tête de la feuille appartient à une autre colonne, il n'y en a donc aucun à choisir : ajoutez la " +
    "colonne manquante à l'export.",
  "pane.map.required": "{column} (obligatoire)",
  "pane.map.stale": "Mappée sur « {header} », que la feuille n'a pas.",
  "pane.map.notFound": "Introuvable : choisissez son en-tête.",
  "pane.map.notMapped": "Non mappée",
  "pane.map.save": "Enregistrer le mappage",

  "pane.setup.title": "Paramètres",
  "pane.setup.notANumber": "{what} « {text} » n'est pas un nombre. Saisissez par exemple 0,01.",
  "pane.setup.notPositive": "{what} doit être supérieur à 0, par exemple 0,01.",
  "pane.dateNotRead": "{what} « {text} » n'est pas une date ; rien n'a été fait. Saisissez-la sous la forme {example}.",
  "pane.setup.saving": "Enregistrement des paramètres",
  "pane.setup.writing": "Écriture de la feuille Paramètres stock...",
  "pane.setup.saved": "Paramètres stock enregistrés dans le classeur. Les écritures sont relues avec eux.",
  "pane.setup.addingYear": "Ajout d'un exercice",
  "pane.setup.firstDay": "Saisissez le premier jour de l'exercice, le premier d'un mois (par exemple 2025-01-01).",
  "pane.setup.periodExists": "Une période comptable commence déjà le {date}.",
  "pane.setup.overlap":
    "L'année à partir du {from} empiète sur la période comptable qui commence le {start}. Choisissez le premier " +
    "jour après la dernière période, ou modifiez la feuille Périodes comptables à la main.",
  "pane.setup.writingPeriods": "Écriture de la feuille Périodes comptables...",
  "pane.setup.added": "Douze périodes mensuelles à partir du {date} ajoutées à la feuille Périodes comptables.",
  "pane.setup.noLimit": "Vide : aucune limite.",
  "pane.setup.save": "Enregistrer les paramètres",
  "pane.setup.periods": "Périodes comptables",
  "pane.setup.noPeriods": "Aucune : les périodes coût moyen suivent le calendrier et les paramètres ci-dessus.",
  "pane.setup.periodCount": "{count, plural, one {# période} other {# périodes}}, exercices à partir du {years}.",
  "pane.setup.newYear": "Nouvel exercice à partir du",
  "pane.setup.addPeriods": "Ajouter 12 périodes",
  "pane.setup.fiscalYears": "Exercices",
  "pane.setup.yearFrom": "Du",
  "pane.setup.yearsNote":
    "Chaque exercice garde la période coût moyen et le type calcul coût moyen avec lesquels il a été ouvert (ceux de sa période Nouvel exercice) ; la configuration ci-dessus est celle que reçoit un exercice ajouté désormais.",

  "pane.adjust.title": "Ajuster coûts",
  "pane.adjust.intro":
    "Lance Ajuster coûts - Écr. article : les sorties prennent le coût de ce à quoi elles sont lettrées, les " +
    "articles au coût moyen la moyenne de leur période. Rien n'est écrit avant que vous ajoutiez.",
  "pane.adjust.adjusting": "Ajustement des coûts",
  "pane.adjust.running": "Ajuster coûts - Écr. article en cours...",
  "pane.adjust.appending": "Ajout",
  "pane.adjust.runningAgain": "Ajuster coûts - Écr. article relancé sur les écritures actuelles...",
  "pane.adjust.changed":
    "Le classeur a changé depuis le calcul des ajustements, rien n'a donc été ajouté. La table montre maintenant " +
    "ce que donne l'ajustement des coûts sur les écritures actuelles : vérifiez-la et ajoutez à nouveau.",
  "pane.adjust.writing":
    "Ajout de {count, plural, one {# écriture valeur} other {# écritures valeur}} à Écritures valeur...",
  "pane.adjust.done":
    "{count, plural, one {# écriture valeur ajoutée} other {# écritures valeur ajoutées}} à Écritures valeur (n° séquence {first}..{last}).",
  "pane.adjust.calculate": "Calculer les ajustements",
  "pane.adjust.nothing": "Rien à ajuster : le coût de chaque article est déjà ajusté.",
  "pane.adjust.summary":
    "{count, plural, one {# écriture valeur} other {# écritures valeur}} pour {items, plural, one {# article} other {# articles}}, total {total} :",
  "pane.adjust.perItem": "Ajustements par article",
  "pane.adjust.chart": "Où vont les ajustements : montant par mois, par article",
  "pane.adjust.perMonth": "Ajustements par article et par mois (date comptabilisation)",
  "pane.adjust.entries": "Écritures",
  "pane.adjust.append": "Ajouter {count, plural, one {# écriture valeur} other {# écritures valeur}}",

  "pane.calc.title": "Calculer valeur stock",
  "pane.calc.baseBlank": "(vide) : garder la valeur calculée",
  "pane.calc.baseLastDirect": "Dernier coût direct",
  "pane.calc.baseStandard": "Coût standard",
  "pane.calc.calculating": "Calcul",
  "pane.calc.running": "Calcul de la valeur du stock...",
  "pane.calc.nothing":
    "Rien à réévaluer au {date} : aucun article n'a de quantité réévaluable (entièrement facturée, en stock ce " +
    "jour-là) dans les options choisies. Rien n'a été écrit.",
  "pane.calc.written":
    "{count, plural, one {# ligne écrite} other {# lignes écrites}} dans la feuille « Revaluation Journal », " +
    "Valeur stock (calculée) {total}. Saisissez-y le nouveau Coût unitaire (réévalué) ou la Valeur stock " +
    "(réévaluée), ou utilisez les outils de simulation ci-dessous.",
  "pane.calc.noJournal": "Il n'y a pas encore de feuille réévaluation : calculez d'abord la valeur du stock.",
  "pane.calc.cellsToCorrect": "La feuille réévaluation a d'abord des cellules à corriger ; rien n'a été modifié.",
  "pane.calc.postedAlready": "Cette feuille a déjà été validée ; calculez-en une nouvelle pour essayer d'autres coûts.",
  "pane.calc.writing": "Écriture de la feuille réévaluation...",
  "pane.calc.changed":
    "{label} : {changed} sur {total, plural, one {# ligne modifiée} other {# lignes modifiées}} dans la feuille réévaluation.",
  "pane.calc.fromLastDirect": "Coût unitaire (réévalué) à partir du dernier coût direct",
  "pane.calc.fromStandard": "Coût unitaire (réévalué) à partir du coût standard",
  "pane.calc.whatIf": "Simulation",
  "pane.calc.notAPercentage": "« {value} » n'est pas un pourcentage. Saisissez par exemple -10 ou 5,5.",
  "pane.calc.byPercent": "Coût unitaire (réévalué) modifié de {percent} %",
  "pane.calc.postingDateHint": "La date d'évaluation du stock ; la réévaluation y est validée.",
  "pane.calc.documentNoHint": "Vide : REVAL-<date>.",
  "pane.calc.per": "Calculer par",
  "pane.calc.perItem": "Article",
  "pane.calc.perEntry": "Écriture comptable article",
  "pane.calc.byLocation": "Par magasin",
  "pane.calc.byVariant": "Par variante",
  "pane.calc.base": "Base de calcul",
  "pane.calc.updateStandardCost": "Mettre à jour le coût standard",
  "pane.calc.items": "Articles",
  "pane.calc.itemsHint": "Numéros d'article séparés par des virgules ; vide pour tous les articles.",
  "pane.calc.replace": "Remplacer une feuille non validée",
  "pane.calc.calculate": "Calculer",
  "pane.calc.whatIfTitle": "Simulation sur la feuille",
  "pane.calc.forItems": "Pour les articles",
  "pane.calc.forItemsHint": "Vide : chaque ligne de la feuille.",
  "pane.calc.change": "Variation %",
  "pane.calc.apply": "Appliquer",
  "pane.calc.lastDirect": "Depuis le dernier coût direct",
  "pane.calc.standard": "Depuis le coût standard",

  "pane.post.title": "Aperçu et validation",
  "pane.post.intro":
    "Lit la feuille « Revaluation Journal ». L'aperçu montre ce que la validation changerait ; rien n'est écrit " +
    "avant que vous validiez.",
  "pane.post.preview": "Aperçu",
  "pane.post.readingJournal": "Lecture de la feuille réévaluation...",
  "pane.post.onACopy": "Validation sur une copie et ajustement des coûts...",
  "pane.post.posting": "Validation",
  "pane.post.checking": "Vérification de chaque ligne avant toute écriture...",
  "pane.post.writing": "Validation : ajout des écritures valeur, « Posting Log », feuille marquée validée...",
  "pane.post.done":
    "{lines, plural, one {# ligne validée} other {# lignes validées}} (n° document {documentNos}) : " +
    "{revaluations} de réévaluation et {adjustments, plural, one {# écriture valeur d'ajustement} " +
    "other {# écritures valeur d'ajustement}} ajoutées à Écritures valeur, montant {amount}. « Posting Log » a " +
    "une nouvelle ligne et la feuille est marquée validée.",
  "pane.post.doneRange":
    "{lines, plural, one {# ligne validée} other {# lignes validées}} (n° document {documentNos}) : " +
    "{revaluations} de réévaluation et {adjustments, plural, one {# écriture valeur d'ajustement} " +
    "other {# écritures valeur d'ajustement}} ajoutées à Écritures valeur (n° séquence {first}..{last}), montant " +
    "{amount}. « Posting Log » a une nouvelle ligne et la feuille est marquée validée.",
  "pane.post.adjust": "Ajuster les coûts après la validation (reporte la réévaluation sur les ventes qu'elle concerne)",
  "pane.post.post": "Valider",
  "pane.post.previewFirst":
    "Affichez d'abord l'aperçu de la feuille : Valider est possible dès que l'aperçu montre ce que la validation change.",
  "pane.post.changedSincePreview":
    "La feuille réévaluation ou les écritures ont changé depuis l'aperçu, rien n'a donc été validé.",
  "pane.post.previewNow":
    "L'aperçu ci-dessous montre la feuille telle qu'elle est maintenant : vérifiez-le, puis validez.",
  "pane.post.wouldCreate":
    "La validation créerait {count, plural, one {# écriture valeur de réévaluation} other {# écritures valeur " +
    "de réévaluation}} ; l'ajustement des coûts en ajouterait ensuite {adjustments}.",
  "pane.post.perItem": "Effet par article",
  "pane.post.item": "Article",
  "pane.post.inventoryBefore": "Stock avant",
  "pane.post.after": "après",
  "pane.post.cogsChange": "Variation coût des ventes",
  "pane.post.perMonth": "Effet par article et par mois",
  "pane.post.month": "Mois",
  "pane.post.inventory": "Stock",
  "pane.post.cogs": "Coût des ventes",
  "pane.post.finishing": "Fin de la validation",
  "pane.post.finishingInterrupted": "Fin de la validation interrompue...",
  "pane.post.rollingBack": "Annulation",
  "pane.post.deleting": "Suppression des écritures valeur ajoutées par la validation interrompue...",
  "pane.post.finish": "Terminer la validation",
  "pane.post.rollBack": "Annuler",
  "pane.post.inventoryDown": "stock en baisse",
  "pane.post.inventoryUp": "stock en hausse",
  "pane.post.cogsUp": "coût des ventes en hausse",
  "pane.post.cogsDown": "coût des ventes en baisse",
  "pane.post.unchanged":
    "{count, plural, one {# article} other {# articles}} que la feuille ne change pas non affichés.",
  "pane.post.signs":
    "Le stock et le coût des ventes tels qu'ils seraient après validation, ajustement des coûts compris. Une variation positive du coût des ventes est plus de coût (une marge plus faible), une négative moins.",
  "pane.post.writeToSheet": "Écrire dans une feuille, avec un graphique",
  "pane.post.writingSheet": "Écriture de la feuille Revaluation Preview et de son graphique...",
  "pane.post.sheetWritten":
    "La variation par mois est sur la feuille {sheet}, avec un graphique à côté à copier dans un rapport.",
  "pane.post.sheetWrittenNoChart":
    "La variation par mois est sur la feuille {sheet} (cet Excel n'ajoute pas de graphique).",
  "pane.post.chartTitle": "Variation par mois : valeur du stock et coût des ventes",

  "pane.scenarios.title": "Scénarios de réévaluation",
  "pane.scenarios.intro":
    "Essayez plusieurs réévaluations avant d'en valider une. Chaque scénario est un ensemble de lignes de feuille réévaluation, conservé dans la feuille « Revaluation Scenarios » et comparé, sur une copie, aux écritures telles qu'elles sont maintenant : rien n'est validé avant que vous en validiez un.",
  "pane.scenarios.compare": "Comparer",
  "pane.scenarios.comparing": "Comparaison des scénarios sur une copie des écritures",
  "pane.scenarios.none": "Il n'y a pas encore de scénario : ajoutez-en un ci-dessous.",
  "pane.scenarios.sideBySide": "Les scénarios côte à côte",
  "pane.scenarios.inventoryAfter": "Stock après",
  "pane.scenarios.signs": "Négatif : stock en baisse, ou coût des ventes en baisse.",
  "pane.scenarios.staleMark":
    "* Périmé : des écritures ont été validées pour ses articles depuis son calcul ; les chiffres montrent ce qu'il donne maintenant.",
  "pane.scenarios.cogsChart": "Coût des ventes : variation par mois",
  "pane.scenarios.inventoryChart": "Valeur du stock : variation par mois",
  "pane.scenarios.sheetInventory": "{name} : variation du stock",
  "pane.scenarios.sheetCogs": "{name} : variation coût des ventes",
  "pane.scenarios.sheetChart": "Variation par mois et par scénario : valeur du stock et coût des ventes",
  "pane.scenarios.current": "Calculé sur les écritures telles qu'elles sont.",
  "pane.scenarios.stale": "Périmé : recalculez-le avant de le valider.",
  "pane.scenarios.postedAt": "Validé le {postedAt}.",
  "pane.scenarios.byPercent": "Coût unitaire modifié de {percent} %",
  "pane.scenarios.atUnitCost": "Coût unitaire {cost}",
  "pane.scenarios.typed": "Coûts unitaires saisis dans la feuille",
  "pane.scenarios.whatIfOn": "{whatIf}, date de comptabilisation {date}",
  "pane.scenarios.recalculate": "Recalculer",
  "pane.scenarios.refreshed":
    "Le scénario « {name} » a été recalculé sur les écritures telles qu'elles sont maintenant.",
  "pane.scenarios.post": "Valider",
  "pane.scenarios.posting": "Validation du scénario",
  "pane.scenarios.postedDone":
    "Le scénario « {name} » a été validé comme feuille réévaluation : {revaluations, plural, one {# écriture de réévaluation} other {# écritures de réévaluation}} ({amount}) et {adjustments, plural, one {# écriture d'ajustement} other {# écritures d'ajustement}}. Les autres scénarios de ses articles sont désormais périmés.",
  "pane.scenarios.changedSinceCompare":
    "Le scénario « {name} » ou les écritures ont changé depuis la comparaison ; rien n'a été validé. La comparaison est affichée à nouveau telle qu'elle est maintenant : examinez-la, puis validez.",
  "pane.scenarios.replaceJournal": "Remplacer une feuille réévaluation pas encore validée",
  "pane.scenarios.perItem": "Par article",
  "pane.scenarios.hideItems": "Masquer les articles",
  "pane.scenarios.perItemOf": "{name}, par article",
  "pane.scenarios.noItemChanges": "Il ne modifie aucun article : le Montant de chaque ligne est 0,00.",
  "pane.scenarios.addTitle": "Ajouter un scénario",
  "pane.scenarios.name": "Nom",
  "pane.scenarios.whatIf": "Nouveau coût unitaire",
  "pane.scenarios.percent": "Le coût unitaire calculé, modifié d'un pourcentage",
  "pane.scenarios.unitCost": "Un même coût unitaire pour toutes les lignes",
  "pane.scenarios.lastDirect": "Le dernier coût direct de l'article",
  "pane.scenarios.standard": "Le coût standard de l'article",
  "pane.scenarios.calculated": "Le coût unitaire calculé : je saisis les nouveaux dans la feuille",
  "pane.scenarios.fromJournal": "Les lignes de la feuille réévaluation telles quelles",
  "pane.scenarios.percentValue": "Variation en %, par exemple -10",
  "pane.scenarios.unitCostValue": "Coût unitaire, par exemple 8,00",
  "pane.scenarios.items": "Articles (vide : tous les articles)",
  "pane.scenarios.replace": "Remplacer le scénario de ce nom",
  "pane.scenarios.add": "Ajouter le scénario",
  "pane.scenarios.adding": "Ajout du scénario",
  "pane.scenarios.writing": "Écriture de la feuille Revaluation Scenarios",
  "pane.scenarios.added":
    "Le scénario « {name} » a été ajouté : {count, plural, one {# ligne} other {# lignes}}, montant de réévaluation {amount}.",
  "pane.scenarios.missingDate": "Saisissez la date de comptabilisation de la réévaluation ; rien n'a été fait.",
  "pane.scenarios.negativeCost":
    "« {value} » est négatif ; rien n'a été fait. Saisissez un coût unitaire de 0 ou plus.",
  "pane.scenarios.notANumber":
    "« {value} » n'est pas un nombre ; rien n'a été fait. Saisissez-le sous la forme -10 ou 8,00.",

  // Explain
  "pane.explain.title": "Expliquer un coût moyen",
  "pane.explain.intro":
    "L'aperçu du calcul du coût moyen de Business Central pour un article en méthode Moyen à une date : la période de coût moyen, l'ouverture, chaque écriture de la période, la clôture et la moyenne, tels que l'ajustement des coûts laisse les écritures (sur une copie ; rien n'est écrit). Ou sélectionnez dans Excel une cellule COSTING ou une ligne d'écriture et partez de là.",
  "pane.explain.date": "Date",
  "pane.explain.codeHint":
    "Seulement si le type calcul coût moyen est Article & magasin & variante. Vide : chaque magasin ; (blank) : les écritures sans magasin.",
  "pane.explain.explain": "Expliquer",
  "pane.explain.explaining": "Explication",
  "pane.explain.computing": "Ajustement des coûts sur une copie et collecte des écritures de la période...",
  "pane.explain.fromSelection": "Depuis la cellule sélectionnée",
  "pane.explain.readingSelection": "Lecture de la cellule sélectionnée...",
  "pane.explain.writeToSheet": "Écrire dans une feuille",
  "pane.explain.writing": "Écriture de la feuille Average Cost Overview...",
  "pane.explain.written": "{rows, plural, one {# ligne écrite} other {# lignes écrites}} dans la feuille {sheet}.",
  "pane.explain.fromCall": "Expliqué depuis {address} : COSTING.{name}.",
  "pane.explain.fromRow": "Expliqué depuis {table}, ligne {row}.",
  "pane.explain.selectionNotUsable":
    "La cellule sélectionnée {address} ne contient pas de formule COSTING et n'est pas une ligne des écritures valeur ou des écritures article ; rien n'a été expliqué. Sélectionnez une telle cellule dans Excel et cliquez de nouveau sur Depuis la cellule sélectionnée, ou saisissez l'article et la date.",
  "pane.explain.notExplained":
    "La cellule sélectionnée {address} contient COSTING.{name}, sans moyenne derrière ; rien n'a été expliqué. Sélectionnez une cellule avec AVGCOST, UNITCOST, QTY, VALUE, REVALQTY ou EXPLAIN.",
  "pane.explain.argumentUnknown":
    "La cellule sélectionnée {address} transmet {text}, que le volet ne peut pas lire comme un article, une date ou un code ; rien n'a été expliqué. Saisissez l'article et la date ci-dessus et cliquez sur Expliquer.",
  "pane.explain.argumentMissing":
    "La formule de {address} ne donne pas d'article ou pas de date ; rien n'a été expliqué. Saisissez-les ci-dessus et cliquez sur Expliquer.",
  "pane.explain.missing": "Saisissez le numéro d'article et une date, puis cliquez sur Expliquer.",
  "pane.explain.goTo": "Aller à l'écriture article {entry}",
  "pane.explain.averageOf": "Moyenne de",

  // Valuation
  "pane.valuation.title": "Valorisation du stock",
  "pane.valuation.intro":
    "Le stock par article à une date, tel que costing valuation en ligne de commande le valorise : quantité et valeur (coût réel et prévu). Rien n'est écrit.",
  "pane.valuation.date": "Date",
  "pane.valuation.basis": "Compter les écritures valeur",
  "pane.valuation.byValuationDate": "Par date d'évaluation (comme Calculer valeur stock et le coût moyen)",
  "pane.valuation.byPostingDate": "Par date comptabilisation (comme l'état Valorisation stock)",
  "pane.valuation.byLocation": "Une ligne par magasin",
  "pane.valuation.adjusted":
    "Avec les ajustements que l'ajustement des coûts validerait (sur une copie, comme répondent les fonctions COSTING)",
  "pane.valuation.value": "Valoriser le stock",
  "pane.valuation.valuing": "Valorisation",
  "pane.valuation.computing": "Addition des écritures valeur...",
  "pane.valuation.adjusting": "Ajustement des coûts sur une copie, puis addition des écritures valeur...",
  "pane.valuation.heading": "Stock au {date}, par date d'évaluation",
  "pane.valuation.headingPosting": "Stock au {date}, par date comptabilisation",
  "pane.valuation.none": "Ni stock ni valeur à cette date.",
  "pane.valuation.expected": "Sur le total, {amount} est un coût prévu (livré, pas encore facturé).",
  "pane.valuation.hidden":
    "{count, plural, one {# article} other {# articles}} sans stock ni valeur à cette date non affichés.",
  "pane.valuation.missingDate": "Saisissez une date, puis cliquez sur Valoriser le stock.",

  // Journal lines
  "pane.journal.title": "Lignes de la feuille",
  "pane.journal.show": "Afficher les lignes de la feuille",
  "pane.journal.readAgain": "Relire les lignes",
  "pane.journal.reading": "Lecture de la feuille réévaluation...",
  "pane.journal.none":
    "Le classeur n'a pas encore de feuille réévaluation : calculez-en une d'abord à l'étape Calculer.",
  "pane.journal.saving": "Modification du coût unitaire",
  "pane.journal.writing": "Écriture du coût unitaire (réévalué) dans la feuille et recalcul de la ligne...",
  "pane.journal.notANumber":
    "« {text} » n'est pas un coût unitaire ; rien n'a été écrit. Saisissez un nombre de 0 ou plus, par exemple {example}.",
  "pane.journal.cannot":
    "Cette ligne n'a pas pu être modifiée (elle a été validée, ou la feuille a changé) ; rien n'a été écrit. Les lignes ci-dessus sont la feuille telle qu'elle est maintenant.",
  "pane.journal.onHand": "{quantity} à {unitCost} calculé",
  "pane.journal.unitCostOf": "Coût unitaire (réévalué) de {item}, ligne {row}",
  "pane.journal.more": "Les {shown} premières lignes sur {count} ; la feuille les contient toutes.",
};
