// The export advice in English (src/workbook/exportAdvice.ts says which column gets which sentence): what the tool
// does without a column, and how to get it out of Business Central. Whole sentences; Business Central's page and
// table names are messages of their own ("advice.page.31" Item List), so each language gives its own.
import { msg } from "../msg";

export const adviceEn = {
  "advice.required": "The table cannot be read without it: every row needs it.",
  "advice.fromItemLedgerEntry":
    "Taken from the value entry's item ledger entry, where Business Central posts the same.",
  "advice.notNeeded": "Not used by the costing.",
  "advice.entryCost": "Not needed: an entry's cost is the sum of its value entries.",
  "advice.38.documentNo":
    "A transfer receipt is paired with the nearest earlier transfer shipment of the item instead of the shipment of its own document.",
  "advice.38.locationCode":
    "Every entry is taken as posted without a location, so the locations of an item are applied and averaged together.",
  "advice.38.variantCode":
    "Every entry is taken as posted without a variant, so the variants of an item are applied and averaged together.",
  "advice.38.invoicedQuantity": "Summed from the entry's value entries.",
  "advice.38.remainingQuantity": "Replayed from the item applications, in entry-number order.",
  "advice.38.open": "Set from the replayed Remaining Quantity.",
  "advice.38.positive": "Set from the sign of Quantity.",
  "advice.38.completelyInvoiced": "Set where the Invoiced Quantity equals the Quantity.",
  "advice.38.lastInvoiceDate": "The latest posting date of the entry's invoiced value entries.",
  "advice.38.appliestoEntry":
    "Taken as 0 (no fixed application): a return or correction posted against a particular entry is applied and costed as if it had none, and an Average item's outbound entry is valued at the average.",
  "advice.38.orderNo":
    "Output is not linked to what its production or assembly order consumed, so its cost is not adjusted from the consumption.",
  "advice.38.serialNo": "A Specific item's entries are applied first in, first out instead of by serial number.",
  "advice.38.lotNo": "A Specific item's entries are applied first in, first out instead of by lot number.",
  "advice.5802.valuationDate":
    "Replayed in entry-number order from the posting dates and the item applications, as posting set it.",
  "advice.5802.documentNo": "Taken from the value entry's item ledger entry.",
  "advice.5802.valuedQuantity":
    "The item ledger entry's quantity (the invoiced quantity on a later invoice). Without the column, costing adjust refuses to append new value entries that would not read back the same.",
  "advice.5802.invoicedQuantity":
    "The valued quantity of a direct cost that is no adjustment, item charge or expected cost, else 0. Without the column, costing adjust refuses to append new value entries that would not read back the same.",
  "advice.5802.itemLedgerEntryQuantity": "The entry's quantity on its first value entry, 0 on the others.",
  "advice.5802.costAmountExpected":
    "Taken as 0, so receipts and shipments not invoiced yet carry no cost. Costing adjust refuses to append new value entries with an expected cost.",
  "advice.5802.costPerUnit":
    "The cost divided by the valued quantity, where it is needed (the open part of a negative entry).",
  "advice.5802.adjustment":
    "An entry is taken as an adjustment only when it has an Applies-to Entry, which the page does not have, so earlier adjustments read as postings. Costing adjust refuses to append new adjustments.",
  "advice.5802.itemChargeNo": "Taken as blank, so an item charge is read as an ordinary direct cost posting.",
  "advice.5802.valuedByAverageCost": "Set on the outbound entries of Average items that have no fixed application.",
  "advice.5802.partialRevaluation":
    "Revaluations are taken as made by Calculate Inventory Value, which costs the same.",
  "advice.5802.appliestoEntry":
    "Taken as 0: an adjustment is matched to its entry through its item ledger entry, which costs the same.",
  "advice.5802.expectedCost": "Set on the entries that carry only an expected amount.",
  "advice.31.costingMethod": "Costing stops until the costing method of every item is known.",
  "advice.31.unitCost":
    "Not used by the costing; posting a revaluation with Update Standard Cost writes a Standard item's new unit cost into it.",
  "advice.31.standardCost":
    "Not used by Adjust Cost (the value entries carry the standard cost); calc-value --base standard-cost proposes the new unit costs from it, and posting with Update Standard Cost writes into it.",
  "advice.31.lastDirectCost":
    "Not used by the costing; calc-value --base last-direct-cost proposes the new unit costs from it.",
  "advice.31.blocked":
    "Not used by the costing; Calculate Inventory Value takes every item as not blocked, where Business Central refuses a blocked one.",
  "advice.506.postingDate": "Taken from the application's item ledger entry.",
  "advice.506.transferredfromEntryNo":
    "Taken as 0, so a transfer receipt is not linked to the inbound entry its goods came from.",
  "advice.506.costApplication":
    "Taken as No, so no outbound entry takes its cost from the inbound entry it was applied to.",
  "advice.100.newFiscalYear":
    "No period is taken as starting a fiscal year, so Inventory Setup's settings apply to every date.",
  "advice.100.averageCostPeriod":
    "Every fiscal year is read with a blank Average Cost Period, which Business Central never has, so costing stops.",
  "advice.100.averageCostCalcType": "Inventory Setup's Average Cost Calc. Type is taken for every fiscal year.",
  "advice.38.absent": "Nothing can be costed without the item ledger entries.",
  "advice.38.absentExport": 'Open page 38 "Item Ledger Entries" and choose Open in Excel.',
  "advice.5802.absent": "Nothing can be costed without the value entries.",
  "advice.5802.absentExport": 'Open page 5802 "Value Entries" and choose Open in Excel.',
  "advice.31.absentExport":
    'Open page 31 "Item List" (Items), choose Personalize and add "Costing Method" (hidden by default), then choose Open in Excel.',
  "advice.506.absent":
    "Rebuilt by applying the quantities in entry-number order, as posting did (FIFO, LIFO, Specific, fixed applications, transfers).",
  "advice.506.absentExport":
    'Page 506 "Item Application Entries" is not found by search: add ?page=506 to Business Central\'s address and choose Open in Excel, or export table 339 "Item Application Entry" with a configuration package (RapidStart).',
  "advice.100.absent":
    "Inventory Setup's Average Cost Period and Average Cost Calc. Type apply to every date, and fiscal years are calendar years.",
  "advice.100.absentExport":
    'Open page 100 "Accounting Periods", choose Personalize and add "Average Cost Period" and "Average Cost Calc. Type" (hidden by default), then choose Open in Excel.',
  "advice.notHere.transfers": "This ledger has no transfers, so it changes nothing here.",
  "advice.notHere.production":
    "This ledger has no output, consumption or assembly entries, so it changes nothing here.",
  "advice.notHere.specific": "This ledger has no Specific items, so it changes nothing here.",
  "advice.setup":
    "Business Central's initial values are used: Average Cost Period Day, Average Cost Calc. Type Item & Location & Variant, amounts rounded to 0.01 and unit amounts to 0.00001.",
  "advice.setupExport":
    'Add a sheet "Inventory Setup" with the columns Field and Value and a row for each of Average Cost Period and Average Cost Calc. Type (page 461 "Inventory Setup"), Amount Rounding Precision, Unit-Amount Rounding Precision and Allow Posting From (page 118 "General Ledger Setup"): both pages are cards, which Open in Excel does not export.',
  "advice.shown": msg<"page" | "pageName" | "field">(
    'Page {page} "{pageName}" shows "{field}" by default: choose Open in Excel on the page (if "{field}" was removed with Personalize, add it back first).',
  ),
  "advice.hidden": msg<"page" | "pageName" | "field">(
    'Page {page} "{pageName}" hides "{field}" by default: on the page choose the settings icon, Personalize, + Field, drag "{field}" into the list, choose Done, then Open in Excel again.',
  ),
  "advice.absent": msg<"page" | "pageName" | "field" | "tableNo" | "tableName">(
    'Page {page} "{pageName}" does not have "{field}", so Personalize cannot add it: an administrator can add it with Customize pages (Profiles (Roles), Business Central 2023 release wave 2 or later), or export table {tableNo} "{tableName}" with a configuration package (RapidStart), or read it through the API (OData).',
  ),
  "advice.oldPage506": msg<"field">(
    'Page 506 "Item Application Entries" shows "{field}" in recent versions of Business Central; where the page does not have it, export table 339 "Item Application Entry" with a configuration package (RapidStart) instead.',
  ),
  "advice.chosenMethod": msg<"method">(
    "The items without a costing method are costed as {method}, the costing method chosen for them; the figures are Business Central's only if that is each item's costing method there.",
  ),
  "advice.page.38": "Item Ledger Entries",
  "advice.page.5802": "Value Entries",
  "advice.page.31": "Item List",
  "advice.page.506": "Item Application Entries",
  "advice.page.100": "Accounting Periods",
  "advice.table.32": "Item Ledger Entry",
  "advice.table.5802": "Value Entry",
  "advice.table.27": "Item",
  "advice.table.339": "Item Application Entry",
  "advice.table.50": "Accounting Period",
  // One advice as the command line and the task pane show it.
  "advice.lineTable": msg<"table" | "count" | "effect">(
    "{table}, the whole table{count, plural, =0 {} one { (# row)} other { (# rows)}}: {effect}",
  ),
  "advice.lineColumn": msg<"table" | "column" | "count" | "effect">(
    '{table}, column "{column}"{count, plural, =0 {} one { (# row)} other { (# rows)}}: {effect}',
  ),
  "advice.lineToExport": msg<"hint">("To export it: {hint}"),
};
