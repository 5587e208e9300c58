// The export advice in French (English: ./en.ts).
import type { Translations } from "../msg";
import type { adviceEn } from "./en";

export const adviceFr: Translations<typeof adviceEn> = {
  "advice.required": "La table ne peut pas être lue sans elle : chaque ligne en a besoin.",
  "advice.fromItemLedgerEntry":
    "Reprise de l’écriture comptable article de l’écriture valeur, où Business Central valide la même chose.",
  "advice.notNeeded": "Non utilisée par l’évaluation.",
  "advice.entryCost": "Inutile : le coût d’une écriture est la somme de ses écritures valeur.",
  "advice.38.documentNo":
    "Une réception transfert est associée à l’expédition transfert antérieure la plus proche de l’article au lieu de l’expédition de son propre document.",
  "advice.38.locationCode":
    "Chaque écriture est considérée comme validée sans magasin, donc les magasins d’un article sont lettrés et moyennés ensemble.",
  "advice.38.variantCode":
    "Chaque écriture est considérée comme validée sans variante, donc les variantes d’un article sont lettrées et moyennées ensemble.",
  "advice.38.invoicedQuantity": "Somme des écritures valeur de l’écriture.",
  "advice.38.remainingQuantity": "Recalculée à partir des lettrages article, dans l’ordre des numéros d’écriture.",
  "advice.38.open": "Déduit de la quantité restante recalculée.",
  "advice.38.positive": "Déduit du signe de la quantité.",
  "advice.38.completelyInvoiced": "Défini là où la quantité facturée est égale à la quantité.",
  "advice.38.lastInvoiceDate":
    "La date de comptabilisation la plus récente des écritures valeur facturées de l’écriture.",
  "advice.38.appliestoEntry":
    "Considéré comme 0 (aucun lettrage fixe) : un retour ou une correction validé contre une écriture précise est lettré et évalué comme s’il n’en avait pas, et une sortie d’un article en coût moyen est évaluée au coût moyen.",
  "advice.38.orderNo":
    "Une production n’est pas liée à ce que son ordre de fabrication ou d’assemblage a consommé, donc son coût n’est pas ajusté d’après la consommation.",
  "advice.38.serialNo":
    "Les écritures d’un article en mode Spécifique sont lettrées selon FIFO au lieu du numéro de série.",
  "advice.38.lotNo": "Les écritures d’un article en mode Spécifique sont lettrées selon FIFO au lieu du numéro de lot.",
  "advice.5802.valuationDate":
    "Recalculée dans l’ordre des numéros d’écriture à partir des dates de comptabilisation et des lettrages article, comme la validation l’a fixée.",
  "advice.5802.documentNo": "Reprise de l’écriture comptable article de l’écriture valeur.",
  "advice.5802.valuedQuantity":
    "La quantité de l’écriture comptable article (la quantité facturée pour une facture ultérieure). Sans la colonne, costing adjust refuse d’ajouter de nouvelles écritures valeur qui ne se reliraient pas à l’identique.",
  "advice.5802.invoicedQuantity":
    "La quantité évaluée d’un coût direct qui n’est ni un ajustement, ni un frais annexe, ni un coût prévu, sinon 0. Sans la colonne, costing adjust refuse d’ajouter de nouvelles écritures valeur qui ne se reliraient pas à l’identique.",
  "advice.5802.itemLedgerEntryQuantity": "La quantité de l’écriture sur sa première écriture valeur, 0 sur les autres.",
  "advice.5802.costAmountExpected":
    "Considéré comme 0, donc les réceptions et expéditions pas encore facturées n’ont pas de coût. Costing adjust refuse d’ajouter de nouvelles écritures valeur avec un coût prévu.",
  "advice.5802.costPerUnit":
    "Le coût divisé par la quantité évaluée, là où il est nécessaire (la partie ouverte d’une écriture négative).",
  "advice.5802.adjustment":
    "Une écriture n’est considérée comme un ajustement que si elle a un N° écriture lettrée, que la page n’a pas, donc les ajustements antérieurs se lisent comme des validations. Costing adjust refuse d’ajouter de nouveaux ajustements.",
  "advice.5802.itemChargeNo":
    "Considéré comme vide, donc un frais annexe est lu comme une validation de coût direct ordinaire.",
  "advice.5802.valuedByAverageCost":
    "Défini sur les écritures de sortie des articles en coût moyen qui n’ont pas de lettrage fixe.",
  "advice.5802.partialRevaluation":
    "Les réévaluations sont considérées comme faites par Calculer valeur stock, ce qui donne le même coût.",
  "advice.5802.appliestoEntry":
    "Considéré comme 0 : un ajustement est rattaché à son écriture par son écriture comptable article, ce qui donne le même coût.",
  "advice.5802.expectedCost": "Défini sur les écritures qui ne portent qu’un montant prévu.",
  "advice.31.costingMethod":
    "L’évaluation s’arrête tant que le mode évaluation stock de chaque article n’est pas connu.",
  "advice.31.unitCost":
    "Non utilisé par l’évaluation ; la validation d’une réévaluation avec mise à jour du coût standard y écrit le nouveau coût unitaire d’un article standard.",
  "advice.31.standardCost":
    "Non utilisé par Ajuster coûts - Écr. article (les écritures valeur portent le coût standard) ; calc-value --base standard-cost en propose les nouveaux coûts unitaires, et la validation avec mise à jour du coût standard y écrit.",
  "advice.31.lastDirectCost":
    "Non utilisé par l’évaluation ; calc-value --base last-direct-cost en propose les nouveaux coûts unitaires.",
  "advice.31.blocked":
    "Non utilisé par l’évaluation ; Calculer valeur stock considère chaque article comme non bloqué, là où Business Central refuse un article bloqué.",
  "advice.506.postingDate": "Reprise de l’écriture comptable article du lettrage.",
  "advice.506.transferredfromEntryNo":
    "Considéré comme 0, donc une réception transfert n’est pas liée à l’écriture d’entrée dont proviennent ses marchandises.",
  "advice.506.costApplication":
    "Considéré comme Non, donc aucune écriture de sortie ne prend son coût de l’écriture d’entrée à laquelle elle a été lettrée.",
  "advice.100.newFiscalYear":
    "Aucune période n’est considérée comme début d’exercice, donc les paramètres stock s’appliquent à toutes les dates.",
  "advice.100.averageCostPeriod":
    "Chaque exercice est lu avec une période coût moyen vide, ce que Business Central n’a jamais, donc l’évaluation s’arrête.",
  "advice.100.averageCostCalcType": "Le type calcul coût moyen des paramètres stock est pris pour chaque exercice.",
  "advice.38.absent": "Rien ne peut être évalué sans les écritures comptables article.",
  "advice.38.absentExport": "Ouvrez la page 38 « Écritures comptables article » et choisissez Ouvrir dans Excel.",
  "advice.5802.absent": "Rien ne peut être évalué sans les écritures valeur.",
  "advice.5802.absentExport": "Ouvrez la page 5802 « Écritures valeur » et choisissez Ouvrir dans Excel.",
  "advice.31.absentExport":
    "Ouvrez la page 31 « Liste des articles » (Articles), choisissez Personnaliser et ajoutez « Mode évaluation stock » (masqué par défaut), puis choisissez Ouvrir dans Excel.",
  "advice.506.absent":
    "Reconstruit en lettrant les quantités dans l’ordre des numéros d’écriture, comme la validation l’a fait (FIFO, LIFO, Spécifique, lettrages fixes, transferts).",
  "advice.506.absentExport":
    "La page 506 « Écritures lettrage article » n’est pas trouvée par la recherche : ajoutez ?page=506 à l’adresse de Business Central et choisissez Ouvrir dans Excel, ou exportez la table 339 « Écriture lettrage article » avec un package de configuration (RapidStart).",
  "advice.100.absent":
    "La période coût moyen et le type calcul coût moyen des paramètres stock s’appliquent à toutes les dates, et les exercices sont des années civiles.",
  "advice.100.absentExport":
    "Ouvrez la page 100 « Périodes comptables », choisissez Personnaliser et ajoutez « Période coût moyen » et « Type calcul coût moyen » (masqués par défaut), puis choisissez Ouvrir dans Excel.",
  "advice.notHere.transfers": "Ces écritures n’ont pas de transferts, donc cela ne change rien ici.",
  "advice.notHere.production":
    "Ces écritures n’ont pas d’écritures de production, de consommation ou d’assemblage, donc cela ne change rien ici.",
  "advice.notHere.specific": "Ces écritures n’ont pas d’articles en mode Spécifique, donc cela ne change rien ici.",
  "advice.setup":
    "Les valeurs initiales de Business Central sont utilisées : période coût moyen Jour, type calcul coût moyen Article & Magasin & Variante, montants arrondis à 0,01 et montants unitaires à 0,00001.",
  "advice.setupExport":
    "Ajoutez une feuille « Paramètres stock » avec les colonnes Champ et Valeur et une ligne pour chacun de Période coût moyen et Type calcul coût moyen (page 461 « Paramètres stock »), Précision arrondi montant, Précision arrondi montant unitaire et Validation autorisée du (page 118 « Paramètres comptabilité ») : ces deux pages sont des fiches, qu’Ouvrir dans Excel n’exporte pas.",
  "advice.shown":
    "La page {page} « {pageName} » affiche « {field} » par défaut : choisissez Ouvrir dans Excel sur la page (si « {field} » a été retiré avec Personnaliser, ajoutez-le d’abord de nouveau).",
  "advice.hidden":
    "La page {page} « {pageName} » masque « {field} » par défaut : sur la page, choisissez l’icône des paramètres, Personnaliser, + Champ, faites glisser « {field} » dans la liste, choisissez Terminé, puis de nouveau Ouvrir dans Excel.",
  "advice.absent":
    "La page {page} « {pageName} » n’a pas « {field} », donc Personnaliser ne peut pas l’ajouter : un administrateur peut l’ajouter avec Personnaliser les pages (Profils (rôles), Business Central 2023 2e vague de lancement ou ultérieure), ou exporter la table {tableNo} « {tableName} » avec un package de configuration (RapidStart), ou la lire par l’API (OData).",
  "advice.oldPage506":
    "La page 506 « Écritures lettrage article » affiche « {field} » dans les versions récentes de Business Central ; là où la page ne l’a pas, exportez plutôt la table 339 « Écriture lettrage article » avec un package de configuration (RapidStart).",
  "advice.chosenMethod":
    "Les articles sans mode évaluation stock sont évalués en {method}, le mode choisi pour eux ; les chiffres ne sont ceux de Business Central que si c’est le mode évaluation stock de chaque article là-bas.",
  "advice.page.38": "Écritures comptables article",
  "advice.page.5802": "Écritures valeur",
  "advice.page.31": "Liste des articles",
  "advice.page.506": "Écritures lettrage article",
  "advice.page.100": "Périodes comptables",
  "advice.table.32": "Écriture comptable article",
  "advice.table.5802": "Écriture valeur",
  "advice.table.27": "Article",
  "advice.table.339": "Écriture lettrage article",
  "advice.table.50": "Période comptable",
  // One advice as the command line and the task pane show it.
  "advice.lineTable":
    "{table}, toute la table{count, plural, =0 {} one { (# ligne)} other { (# lignes)}}: {effect}",
  "advice.lineColumn":
    "{table}, colonne « {column} »{count, plural, =0 {} one { (# ligne)} other { (# lignes)}}: {effect}",
  "advice.lineToExport": "Pour l’exporter: {hint}",
};
