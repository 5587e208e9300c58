// The command line in French (Business Central FRA's field captions come from the captions module).
import type { Translations } from "../msg";
import type { cliEn as EnglishCatalogue } from "./en";

export const cliFr: Translations<typeof EnglishCatalogue> = {
  "cli.about":
    "Inventory Costing pour Excel : Ajuster coûts - Écr. article de Business Central, coût moyen, évaluation du\n" +
    "stock et réévaluation sur un classeur d'écritures (<workbook> est un fichier .xlsx ou un dossier de fichiers\n" +
    "CSV, un par table).",
  "cli.usage": "Utilisation : costing <command> <workbook> [options]",
  "cli.commands": "Commandes :",
  "cli.options": "Options (toute commande) :",
  "cli.langOption": "la langue des messages : en, sv, de, da, nl, fr ou es (par défaut : LC_ALL, LC_MESSAGES ou LANG)",
  "cli.commandHelp": "« costing <command> --help » affiche les options d'une commande.",
  "cli.exitCodes":
    "Codes de sortie : 0 terminé, 1 le classeur ou une valeur demande votre attention, 2 ligne de commande erronée, 3 erreur interne.",
  "cli.commandUsage": "Utilisation : costing {command} ",
  "cli.repeat": " (à répéter pour plusieurs)",

  "summary.adjust": "Lancer Ajuster coûts - Écr. article et ajouter les écritures valeur d'ajustement",
  "summary.avgcost": "Le coût unitaire moyen de la période qui contient une date",
  "summary.calc-value": "Calculer valeur stock : écrire la feuille réévaluation pour une date",
  "summary.check": "Vérifier un classeur : tables, paramètres, articles, dates, colonnes déduites et chaque problème",
  "summary.explain": "Le groupe derrière une moyenne : ouverture, chaque entrée, chaque sortie évaluée, clôture",
  "summary.post":
    "Valider la feuille réévaluation : écritures valeur de réévaluation, ajustement des coûts, « Posting Log »",
  "summary.preview": "Ce que la validation de la feuille réévaluation changerait (rien n'est écrit)",
  "summary.valuation": "Quantité et valeur du stock par article à une date",
  "summary.scenario": "Scénarios de réévaluation : ajouter, lister, comparer côte à côte, recalculer, en valider un",

  "cli.unknownCommand": "commande inconnue « {name} ».",
  "cli.langUnknown": "--lang « {value} » n'est pas l'une de en, sv, de, da, nl, fr, es.",
  "cli.langMissing": "--lang demande une langue : en, sv, de, da, nl, fr ou es.",
  "cli.notAChoice": "--{option} « {value} » n'est pas {choices}.",
  "cli.missingPositional": "<{name}> manque.",
  "cli.unexpectedArgument": "Argument inattendu {args}.",
  "cli.missingOption": "--{option} <{value}> manque.",
  "cli.notADate": "--{option} « {value} » n'est pas une date écrite YYYY-MM-DD (par exemple 2023-01-31).",
  "cli.outEmpty": "--out demande un chemin.",
  "cli.outIsWorkbook":
    "--out désigne le classeur lui-même. Omettez --out pour modifier le classeur sur place, ou indiquez un autre chemin.",
  "cli.outXlsx": "--out « {out} » doit être un fichier .xlsx, comme le classeur « {workbook} ».",
  "cli.outFolder": "--out « {out} » doit être un dossier (pour les fichiers CSV), comme le classeur « {workbook} ».",
  "cli.perItemOnly":
    "{options} ne {count, plural, one {s'applique} other {s'appliquent}} qu'à --per item (une ligne par écriture réévalue cette écriture telle quelle).",
  "cli.documentNoEmpty": "--document-no demande un numéro de document.",
  "cli.scenarioAction": "« {value} » n'est pas une action de scénario. Indiquez-en une parmi {actions}.",
  "cli.scenarioOneWhatIf": "Indiquez une seule hypothèse par scénario, pas {options}.",
  "cli.negativeCost": "--unit-cost « {value} » est négatif. Indiquez un coût unitaire de 0 ou plus.",
  "cli.notANumber": "--{option} « {value} » n'est pas un nombre. Écrivez-le sous la forme 8.00 ou -10.",
  "cli.finishAndRollback": "--finish et --rollback s'excluent : indiquez celui que vous voulez.",
  "cli.noAdjustRollback":
    "--no-adjust ne fait rien avec --rollback (une annulation n'ajuste pas les coûts) ; retirez-le.",

  "cli.recovered":
    "Remarque : une commande costing commencée à {startedAt} a été interrompue pendant l'enregistrement de " +
    "« {workbook} » ; l'enregistrement est maintenant terminé ({files} écrits), le classeur est de nouveau entier.",
  "cli.theFile": "le fichier",
  "cli.fileNotFound": "{where} est introuvable. Vérifiez le chemin et relancez la commande.",
  "cli.fileDenied": "{where} ne peut être ouvert ni écrit : accès refusé. Vérifiez les autorisations du fichier.",
  "cli.fileBusy": "{where} est en cours d'utilisation (ouvert dans Excel ?). Fermez-le et relancez la commande.",
  "cli.fileKind": "{where} n'est pas du type attendu (un fichier là où un dossier était attendu, ou l'inverse).",
  "cli.fileNoSpace":
    "Il n'y a plus de place pour écrire {where}. Libérez de l'espace ; le classeur d'origine est inchangé.",
  "cli.loadProblems":
    "Le classeur « {workbook} » a {count, plural, one {# problème} other {# problèmes}} à corriger d'abord ; " +
    "{consequence} Corrigez les cellules indiquées ci-dessous (ou lancez « costing check {workbook} » pour le " +
    "rapport complet) et relancez la commande.",
  "cli.loadUnreadable":
    "Le classeur « {workbook} » n'a pas pu être lu ; {consequence} Corrigez les cellules indiquées ci-dessous (ou " +
    "lancez « costing check {workbook} » pour le rapport complet) et relancez la commande.",
  "cli.nothingWritten": "rien n'a été écrit.",
  "cli.noValuation": "aucune évaluation n'a été faite.",
  "cli.noAverage": "aucune moyenne n'a été calculée.",
  "cli.nothingExplained": "rien n'a été expliqué.",
  "cli.nothingPosted": "rien n'a été validé.",
  "cli.nothingPreviewed": "aucun aperçu n'a été fait.",
  "cli.writtenToOut": "{out} ({workbook} est inchangé)",
  "cli.writtenInPlace": "{workbook} (modifié sur place)",
  "cli.total": "Total",
  "col.location": "Magasin",
  "col.variant": "Variante",

  "check.workbook": "Classeur : {workbook} ({kind})",
  "check.xlsx": "classeur Excel",
  "check.csv": "dossier de fichiers CSV",
  "check.tablesFound": "Tables trouvées",
  "check.table": "Table",
  "check.foundAs": "Trouvée comme",
  "check.rows": "Lignes",
  "check.notFound": "(introuvable)",
  "check.setup": "Paramètres en vigueur",
  "check.field": "Champ",
  "check.value": "Valeur",
  "check.noRestriction": "(aucune restriction)",
  "check.noPeriods":
    "Aucune période comptable : Paramètres stock s'appliquent à toute date ; les exercices sont des années civiles.",
  "check.fiscalYears":
    "Exercices (Périodes comptables, {count, plural, one {# période} other {# périodes}}) : chacun avec ses propres paramètres.",
  "check.starts": "Début",
  "check.calcType": "Type calcul",
  "check.closed": "Clôturé",
  "check.blank": "(vide)",
  "check.yes": "Oui",
  "check.no": "Non",
  "check.itemsByMethod": "Articles par mode évaluation stock",
  "check.items": "Articles",
  "check.dates": "Dates",
  "check.postingDates": "Dates comptabilisation (écritures comptables article) :",
  "check.valuationDates": "Dates évaluation (écritures valeur) :",
  "check.noDates": "(aucune)",
  "check.chosenMethod": "{method} (--costing-method)",
  "check.exportLacks": "Ce qui manque à l’export",
  "check.adviceNone": "Rien : l’export a toutes les colonnes que l’évaluation utilise.",
  "check.adviceRefused": "L’évaluation s’arrête sans celles-ci ; ajoutez-les à l’export :",
  "check.adviceWarned":
    "Sans celles-ci, des valeurs sont supposées, donc les chiffres peuvent différer de ceux de Business Central ; ajoutez-les à l’export :",
  "check.adviceDerived": "Déduites exactement des écritures ; exportez-les seulement pour les faire contrôler :",
  "check.adviceUnused": "Non utilisées par l’évaluation de ces écritures :",
  "check.counts":
    "{entries, plural, one {# écriture comptable article} other {# écritures comptables article}}, " +
    "{values, plural, one {# écriture valeur} other {# écritures valeur}}",
  "check.adjustment": "Ajustement des coûts (Point d'entrée ajustement coût moyen)",
  "check.allAdjusted":
    "{count, plural, one {# point d'entrée ajusté} other {Les # points d'entrée ajustés}} : costing adjust ne validerait rien.",
  "check.notAdjusted":
    "{open, plural, one {# point d'entrée} other {# points d'entrée}} sur {total} non ajustés, pour " +
    "{items, plural, one {# article} other {# articles}} (le plus ancien : article {item}, {date}).",
  "check.runAdjust":
    "Lancez costing adjust pour les évaluer ; les périodes suivantes du même article sont recalculées aussi.",
  "check.noProblems": "Problèmes : aucun. Le classeur est prêt pour costing adjust.",
  "check.problems":
    "Problèmes : {errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}}",
  "check.repair": "Réparez la validation interrompue avec la commande indiquée ci-dessus et relancez costing check.",
  "check.correct":
    "Corrigez les erreurs dans le classeur (chacune nomme la table, la ligne et la colonne) et relancez costing check.",
  "check.onlyWarnings": "Seulement des avertissements : le classeur peut être ajusté ; examinez-les.",

  "adjust.heading": "Ajuster coûts - Écr. article : {workbook}",
  "adjust.progress": "Ajustement des coûts",
  "adjust.nothing": "Rien à ajuster : le coût de chaque article est déjà ajusté. Aucune écriture valeur n'a été créée.",
  "adjust.copied": "Copié sans modification vers : {out}",
  "adjust.unchanged": "Le classeur n'a pas été modifié.",
  "adjust.items": "Articles ajustés :",
  "adjust.created": "Écritures valeur créées :",
  "adjust.total": "Montant total :",
  "adjust.writtenTo": "Écrit dans :",
  "adjust.range": "{count} (n° séquence {first}..{last})",
  "adjust.appended":
    "{count, plural, one {# écriture valeur ajoutée} other {# écritures valeur ajoutées}} à Écritures valeur.",

  "valuation.heading": "Stock au {date} (par date évaluation) : {workbook}",
  "valuation.headingPosting": "Stock au {date} (par date comptabilisation) : {workbook}",
  "valuation.value": "Valeur",
  "valuation.none": "(aucun stock à cette date)",

  "average.heading": "Coût moyen de {scope} au {date}",
  "average.allLocations": "{item} (tous les magasins et variantes)",
  "average.location": "{item}, magasin {location}",
  "average.locationVariant": "{item}, magasin {location}, variante {variant}",
  "average.period": "Période coût moyen",
  "average.quantity": "Quantité",
  "average.value": "Valeur",
  "average.unitCost": "Coût unitaire",
  "average.noQuantity": "aucun (aucune quantité dans le groupe de la période)",
  "explain.heading": "Calcul du coût moyen de {scope}",
  "explain.period": "Période {start} .. {end} (Type calcul coût moyen {calcType})",
  "explain.opening": "Ouverture (avant la période)",
  "explain.closing": "Clôture",
  "explain.averageRow": "Coût unitaire moyen",
  "explain.line": "Ligne",
  "explain.inbound": "entrée",
  "average.pools":
    "Coût moyen de {item} au {date}, par magasin et variante (Type calcul coût moyen {calcType}) : {count, plural, one {# groupe} other {# groupes}}.",
  "average.locationColumn": "Magasin",
  "average.variantColumn": "Variante",
  "average.pickPool": "Pour l’un d’eux, indiquez --location (« costing {command} ... --location {location} »).",
  "average.pickPoolVariant":
    "Pour l’un d’eux, indiquez --location et --variant (« costing {command} ... --location {location} --variant {variant} »).",
  "explain.note": "Remarque",
  "explain.openingInbounds": "{count, plural, one {# écriture d’entrée} other {# écritures d’entrée}}",
  "explain.openingOutbounds": "{count, plural, one {# écriture de sortie} other {# écritures de sortie}}",
  "explain.openingRevaluations": "réévaluations de {count, plural, one {# écriture} other {# écritures}}",
  "explain.ofWhichBackdated": "dont antidatées ({kind})",
  "explain.leftOut": "hors du groupe : {count, plural, one {# sortie ouverte} other {# sorties ouvertes}}",
  "explain.leftOutNote": "Stock négatif de périodes antérieures pas encore couvert : laissé hors de la moyenne.",
  "explain.backdated":
    "Antidatée : écriture valeur {valueEntry}, validée le {postingDate} et évaluée au {valuationDate}, venue après l’écriture {after} évaluée au {afterDate}.",
  "explain.backdatedNote":
    "Les valeurs antidatées comptent à partir de leur date d’évaluation : Ajuster coûts - Écr. article a recalculé les moyennes des périodes à partir de là.",
  "explain.outboundAveraged": "sortie, au coût moyen",
  "explain.outboundFixed": "sortie, lettrage fixe",
  "explain.revaluation": "réévaluation",
  "explain.costChange": "changement de coût",
  "explain.none": "Coût unitaire moyen : aucun (aucune quantité dans le groupe de la période).",
  "explain.unitCost": "Coût unitaire moyen : {unitCost} (valeur {value} / quantité {quantity})",

  "calc.heading": "Calculer valeur stock : {workbook}",
  "calc.postingDate": "Date comptabilisation :",
  "calc.documentNo": "N° document :",
  "calc.per": "Calculer par :",
  "calc.perItem": "Article",
  "calc.perEntry": "Écriture comptable article",
  "calc.byLocation": "par magasin",
  "calc.byVariant": "par variante",
  "calc.nothing":
    "Rien à réévaluer : aucun article n'a de stock réévaluable à cette date (réceptions entièrement facturées restantes).",
  "calc.noJournal": "Aucune feuille n'a été écrite ; le classeur n'a pas été modifié.",
  "calc.lines": "Lignes :",
  "calc.items": "Articles :",
  "calc.inventoryValue": "Valeur stock (calculée) :",
  "calc.amountFromBase": "Montant (de --base) :",
  "calc.moreLines": "  ... et {count} lignes de plus dans la feuille",
  "calc.replacedUnposted":
    "La feuille précédente a été remplacée ({count, plural, one {# ligne non validée} other {# lignes non validées}}, abandonnées avec --replace).",
  "calc.replacedPosted": "La feuille précédente a été remplacée (validée ; sa ligne de « Posting Log » reste).",
  "calc.writtenTo": "Feuille réévaluation écrite dans : {where}",
  "calc.nextSheet":
    "Ensuite : saisissez le nouveau Coût unitaire (réévalué) (ou la Valeur stock (réévaluée)) sur les lignes de " +
    "la feuille « Revaluation Journal » ; puis « costing preview {target} » montre l'effet et « costing post {target} » la valide.",
  "calc.nextCsv":
    "Ensuite : saisissez le nouveau Coût unitaire (réévalué) (ou la Valeur stock (réévaluée)) sur les lignes de " +
    "« Revaluation Journal.csv » ; puis « costing preview {target} » montre l'effet et « costing post {target} » la valide.",

  "preview.heading": "Aperçu de la feuille réévaluation (rien n'est écrit) : {workbook}",
  "preview.lines": "Date comptabilisation {date}, {count, plural, one {# ligne} other {# lignes}}",
  "preview.linesMoving":
    "Date comptabilisation {date}, {count, plural, one {# ligne} other {# lignes}}, {moving} avec un Montant différent de 0,00",
  "preview.none": "La validation ne créerait aucune écriture de réévaluation : le Montant de chaque ligne est 0,00.",
  "preview.enterCost":
    "Saisissez le nouveau Coût unitaire (réévalué) sur les lignes à réévaluer, puis relancez « costing preview ».",
  "preview.entries": "Écritures valeur que la validation créerait :",
  "preview.kind": "Nature",
  "preview.revaluation": "Réévaluation",
  "preview.adjustment": "Ajustement",
  "preview.adjustmentsNote1":
    "  (Ajustements : tout ce qu'Ajuster coûts - Écr. article validerait après la réévaluation, y compris ce qu'il",
  "preview.adjustmentsNote2":
    "  validerait sans elle ; lancez d'abord « costing adjust » pour ne voir que ceux de la feuille.)",
  "preview.perItem":
    "Par article : valeur du stock au {date} (par date évaluation) et coût des ventes, avant et après :",
  "preview.inventoryBefore": "Stock avant",
  "preview.after": "après",
  "preview.change": "variation",
  "preview.cogsBefore": "Coût des ventes avant",
  "preview.perMonth": "Variations par article et par mois (par date comptabilisation) :",
  "preview.month": "Mois",
  "preview.inventoryChange": "Variation valeur stock",
  "preview.cogsChange": "Variation coût des ventes",
  "preview.nothingWritten": "Rien n'a été écrit. « costing post {workbook} » valide la feuille.",

  "scenario.whatIf.Calculated": "calculé (saisissez les coûts unitaires)",
  "scenario.whatIf.Percent": "pourcentage",
  "scenario.whatIf.Unit Cost": "coût unitaire",
  "scenario.whatIf.Last Direct Cost": "Dernier coût direct",
  "scenario.whatIf.Standard Cost": "Coût standard",
  "scenario.cli.added": "Scénario « {name} » ajouté : {workbook}",
  "scenario.cli.replaced": "Scénario « {name} » remplacé et recalculé : {workbook}",
  "scenario.cli.refreshed":
    "Scénario « {name} » recalculé sur les écritures telles qu'elles sont maintenant : {workbook}",
  "scenario.cli.posted": "Scénario « {name} » validé comme feuille réévaluation : {workbook}",
  "scenario.cli.whatIf": "Hypothèse",
  "scenario.cli.amount": "Montant de réévaluation",
  "scenario.cli.nextCompare":
    "Saisissez si vous le souhaitez des coûts unitaires sur ses lignes dans la table « Revaluation Scenarios » ; « costing scenario compare {workbook} » montre tous les scénarios côte à côte.",
  "scenario.cli.listHeading": "Scénarios de réévaluation : {workbook}",
  "scenario.cli.linesColumn": "Lignes",
  "scenario.cli.status": "Statut",
  "scenario.cli.current": "à jour",
  "scenario.cli.stale": "périmé",
  "scenario.cli.postedAt": "validé le {postedAt}",
  "scenario.cli.compareHeading":
    "Scénarios de réévaluation côte à côte, sur les écritures telles qu'elles sont maintenant (rien n'est écrit) : {workbook}",
  "scenario.cli.inventoryBefore": "Stock à la date comptabilisation",
  "scenario.cli.inventoryAfter": "  après la réévaluation",
  "scenario.cli.cogsPerMonth": "Variation coût des ventes par mois",
  "scenario.cli.staleNote":
    "Un scénario périmé a été calculé avant que des écritures soient validées pour ses articles : ses chiffres sont ceux que donne son hypothèse sur les écritures telles qu'elles sont maintenant. « costing scenario refresh » les enregistre ; d'ici là, « costing scenario post » le refuse.",
  "scenario.cli.signs":
    "Un montant de réévaluation négatif diminue le stock ; une variation négative du coût des ventes signifie que le coût des ventes baisse.",
  "scenario.cli.noItemChanges": "  Aucune variation par article : le Montant de chaque ligne est 0,00.",
  "scenario.cli.perItem":
    "« {name} », par article (plus forte variation d'abord ; les articles qu'il ne change pas ne sont pas affichés) :",
  "scenario.cli.nothingWritten": "Rien n'a été écrit. « costing scenario post {workbook} --name <name> » en valide un.",

  "post.heading": "Feuille réévaluation validée : {workbook}",
  "post.documentNo": "N° document :",
  "post.linesPosted": "Lignes validées :",
  "post.skipped": "{count} ({skipped} avec Montant 0,00 ignorées)",
  "post.revaluationEntries": "Écritures de réévaluation :",
  "post.adjustmentEntries": "Écritures d'ajustement :",
  "post.entries": "{count}{range}",
  "post.range": " (n° séquence {first}..{last})",
  "post.amount": "{entries}, montant {amount}",
  "post.byAdjustCost": "{entries} (Ajuster coûts - Écr. article)",
  "post.adjustCost": "Ajustement des coûts :",
  "post.notAdjusted": "non lancé (--no-adjust) ; « costing adjust » reporte la réévaluation sur les ventes",
  "post.standardCost": "Coût standard modifié :",
  "post.standardCostValue": "{item} : {cost}",
  "post.standardAndUnitCost": "{item} : {cost} (Coût unitaire {unitCost})",
  "post.postingLog": "« Posting Log » :",
  "post.logged": "{postedAt}, somme de contrôle {checksum}...",
  "post.writtenTo": "Écrit dans :",
  "post.appended":
    "{count, plural, one {# écriture valeur ajoutée} other {# écritures valeur ajoutées}} à Écritures valeur ; la feuille est marquée validée.",
  "repair.nothing":
    "Il n'y a rien à terminer : le classeur « {workbook} » n'a pas de validation interrompue (écritures valeur du " +
    "n° document de sa feuille réévaluation qu'aucune ligne de « Posting Log » ne couvre). Rien n'a été écrit. " +
    "« costing post {workbook} » valide une feuille pas encore validée ; « costing check {workbook} » montre ce " +
    "que contient le classeur.",
  "repair.nothingToRollBack":
    "Il n'y a rien à annuler : le classeur « {workbook} » n'a pas de validation interrompue (écritures valeur du " +
    "n° document de sa feuille réévaluation qu'aucune ligne de « Posting Log » ne couvre). Rien n'a été écrit. " +
    "« costing post {workbook} » valide une feuille pas encore validée ; « costing check {workbook} » montre ce " +
    "que contient le classeur.",
  "repair.cannotFinish": "{message} Elle ne peut pas être terminée ; rien n'a été écrit.",
  "repair.finished": "Validation interrompue de la feuille « {journal} » terminée : {workbook}",
  "repair.valueEntriesPosted": "Écritures valeur validées :",
  "repair.appendedBy":
    "{range} (ajoutées par la validation interrompue ; {count, plural, one {# écriture de réévaluation} " +
    "other {# écritures de réévaluation}}, montant {amount})",
  "repair.noneMore": "aucune de plus (Ajuster coûts - Écr. article n'a plus rien trouvé à ajuster)",
  "repair.adjustments": "{count} (n° séquence {range}), montant {amount} (Ajuster coûts - Écr. article)",
  "repair.logRow": "une ligne pour les écritures valeur {range}",
  "repair.markedPosted": "La feuille est marquée validée.",
  "repair.rolledBack": "Validation interrompue de la feuille « {journal} » annulée : {workbook}",
  "repair.deleted": "Écritures valeur supprimées :",
  "repair.deletedEntries":
    "{count} (n° séquence {range}, ajoutées par la validation interrompue du n° document {documentNos})",
  "repair.notPosted":
    "La feuille n'est pas validée : « costing preview {target} » montre ce que fait sa validation, « costing post {target} » la valide.",
};
