// Export advice from Business Central's pages: for each column of the ledger tables, the list page it is
// exported from (page 38 "Item Ledger Entries", page 5802 "Value Entries", page 31 "Item List", page 506 "Item
// Application Entries", page 100 "Accounting Periods"; the setup cards page 461 "Inventory Setup" and page 118
// "General Ledger Setup"), whether the page shows the field by default, hides it (Visible = false: Personalize
// adds it) or does not have it (page customization, a configuration package of the table, or the API), and what
// this tool does when an export lacks it: stops (refused), guesses a value that can change the figures (warned),
// rebuilds it exactly from the rest of the ledger (derived), or does not need it (unused). Read from BaseApp's
// page definitions (StefanMaron/MSDyn365BC.Code.History); each column's English caption is its field's name in
// Business Central's table. Every sentence is whole, with its values as parameters (for translation).
import type { ItemLedgerEntryType, LedgerInput } from "../engine/model";

/** How the page shows a field: by default, hidden by default (Personalize), or not at all. */
export type Visibility = "shown" | "hidden" | "absent";

/** What the tool does without the column: stops, guesses (figures may differ), rebuilds exactly, or needs none. */
export type Without = "refused" | "warned" | "derived" | "unused";

/** Ledgers where a guessed column can change the figures; elsewhere it changes nothing. */
type MattersWhen = "transfers" | "production" | "specific";

interface PageField {
  /** The column's English caption in the workbook (schema.ts). */
  readonly column: string;
  readonly visibility: Visibility;
  readonly without: Without;
  /** What the tool does when the export lacks the column. */
  readonly effect: string;
  readonly mattersWhen?: MattersWhen;
  /** How to export it, when the page's visibility alone does not say it. */
  readonly toExport?: string;
}

export interface ExportPage {
  /** The workbook table's English caption. */
  readonly table: string;
  readonly pageNo: number;
  readonly pageName: string;
  readonly tableNo: number;
  readonly tableName: string;
  /** The whole table missing from the workbook. */
  readonly whenAbsent: { readonly without: Without; readonly effect: string; readonly toExport: string };
  readonly fields: readonly PageField[];
}

/** The column of a whole table missing from the workbook. */
export const WHOLE_TABLE = "(whole table)";

const f = (
  column: string,
  visibility: Visibility,
  without: Without,
  effect: string,
  more: Partial<Pick<PageField, "mattersWhen" | "toExport">> = {},
): PageField => ({ column, visibility, without, effect, ...more });

const REQUIRED = "The table cannot be read without it: every row needs it.";
const FROM_ILE = "Taken from the value entry's item ledger entry, where Business Central posts the same.";
const NOT_NEEDED = "Not used by the costing.";
const ENTRY_COST = "Not needed: an entry's cost is the sum of its value entries.";

export const EXPORT_PAGES: readonly ExportPage[] = [
  {
    table: "Item Ledger Entries",
    pageNo: 38,
    pageName: "Item Ledger Entries",
    tableNo: 32,
    tableName: "Item Ledger Entry",
    whenAbsent: {
      without: "refused",
      effect: "Nothing can be costed without the item ledger entries.",
      toExport: 'Open page 38 "Item Ledger Entries" and choose Open in Excel.',
    },
    fields: [
      f("Entry No.", "shown", "refused", REQUIRED),
      f("Item No.", "shown", "refused", REQUIRED),
      f("Posting Date", "shown", "refused", REQUIRED),
      f("Entry Type", "shown", "refused", REQUIRED),
      f("Document Type", "shown", "unused", NOT_NEEDED),
      f(
        "Document No.",
        "shown",
        "warned",
        "A transfer receipt is paired with the nearest earlier transfer shipment of the item instead of the shipment of its own document.",
        { mattersWhen: "transfers" },
      ),
      f(
        "Location Code",
        "shown",
        "warned",
        "Every entry is taken as posted without a location, so the locations of an item are applied and averaged together.",
      ),
      f(
        "Variant Code",
        "hidden",
        "warned",
        "Every entry is taken as posted without a variant, so the variants of an item are applied and averaged together.",
      ),
      f("Quantity", "shown", "refused", REQUIRED),
      f("Invoiced Quantity", "shown", "derived", "Summed from the entry's value entries."),
      f("Remaining Quantity", "shown", "derived", "Replayed from the item applications, in entry-number order."),
      f("Cost Amount (Actual)", "shown", "unused", ENTRY_COST),
      f("Cost Amount (Expected)", "hidden", "unused", ENTRY_COST),
      f("Open", "shown", "derived", "Set from the replayed Remaining Quantity."),
      f("Positive", "absent", "derived", "Set from the sign of Quantity."),
      f("Completely Invoiced", "hidden", "derived", "Set where the Invoiced Quantity equals the Quantity."),
      f("Last Invoice Date", "absent", "derived", "The latest posting date of the entry's invoiced value entries."),
      f(
        "Applies-to Entry",
        "absent",
        "warned",
        "Taken as 0 (no fixed application): a return or correction posted against a particular entry is applied and costed as if it had none, and an Average item's outbound entry is valued at the average.",
      ),
      f("Order Type", "shown", "unused", NOT_NEEDED),
      f(
        "Order No.",
        "hidden",
        "warned",
        "Output is not linked to what its production or assembly order consumed, so its cost is not adjusted from the consumption.",
        { mattersWhen: "production" },
      ),
      f(
        "Serial No.",
        "hidden",
        "warned",
        "A Specific item's entries are applied first in, first out instead of by serial number.",
        { mattersWhen: "specific" },
      ),
      f(
        "Lot No.",
        "hidden",
        "warned",
        "A Specific item's entries are applied first in, first out instead of by lot number.",
        { mattersWhen: "specific" },
      ),
    ],
  },
  {
    table: "Value Entries",
    pageNo: 5802,
    pageName: "Value Entries",
    tableNo: 5802,
    tableName: "Value Entry",
    whenAbsent: {
      without: "refused",
      effect: "Nothing can be costed without the value entries.",
      toExport: 'Open page 5802 "Value Entries" and choose Open in Excel.',
    },
    fields: [
      f("Entry No.", "shown", "refused", REQUIRED),
      f("Item Ledger Entry No.", "shown", "refused", REQUIRED),
      f("Item No.", "shown", "derived", FROM_ILE),
      f("Posting Date", "shown", "refused", REQUIRED),
      f(
        "Valuation Date",
        "hidden",
        "derived",
        "Replayed in entry-number order from the posting dates and the item applications, as posting set it.",
      ),
      f("Entry Type", "shown", "refused", REQUIRED),
      f("Item Ledger Entry Type", "shown", "derived", FROM_ILE),
      f("Document No.", "shown", "derived", "Taken from the value entry's item ledger entry."),
      f("Location Code", "hidden", "derived", FROM_ILE),
      f("Variant Code", "absent", "derived", FROM_ILE),
      f(
        "Valued Quantity",
        "shown",
        "derived",
        "The item ledger entry's quantity (the invoiced quantity on a later invoice). Without the column, costing adjust refuses to append new value entries that would not read back the same.",
      ),
      f(
        "Invoiced Quantity",
        "shown",
        "derived",
        "The valued quantity of a direct cost that is no adjustment, item charge or expected cost, else 0. Without the column, costing adjust refuses to append new value entries that would not read back the same.",
      ),
      f(
        "Item Ledger Entry Quantity",
        "shown",
        "derived",
        "The entry's quantity on its first value entry, 0 on the others.",
      ),
      f("Cost Amount (Actual)", "shown", "refused", REQUIRED),
      f(
        "Cost Amount (Expected)",
        "shown",
        "warned",
        "Taken as 0, so receipts and shipments not invoiced yet carry no cost. Costing adjust refuses to append new value entries with an expected cost.",
      ),
      f(
        "Cost per Unit",
        "shown",
        "derived",
        "The cost divided by the valued quantity, where it is needed (the open part of a negative entry).",
      ),
      f(
        "Adjustment",
        "shown",
        "warned",
        "An entry is taken as an adjustment only when it has an Applies-to Entry, which the page does not have, so earlier adjustments read as postings. Costing adjust refuses to append new adjustments.",
      ),
      f(
        "Item Charge No.",
        "shown",
        "warned",
        "Taken as blank, so an item charge is read as an ordinary direct cost posting.",
      ),
      f(
        "Valued By Average Cost",
        "shown",
        "derived",
        "Set on the outbound entries of Average items that have no fixed application.",
      ),
      f(
        "Partial Revaluation",
        "absent",
        "derived",
        "Revaluations are taken as made by Calculate Inventory Value, which costs the same.",
      ),
      f(
        "Applies-to Entry",
        "absent",
        "derived",
        "Taken as 0: an adjustment is matched to its entry through its item ledger entry, which costs the same.",
      ),
      f("Expected Cost", "absent", "derived", "Set on the entries that carry only an expected amount."),
    ],
  },
  {
    table: "Items",
    pageNo: 31,
    pageName: "Item List",
    tableNo: 27,
    tableName: "Item",
    whenAbsent: {
      without: "refused",
      effect: "Costing stops until the costing method of every item is known.",
      toExport:
        'Open page 31 "Item List" (Items), choose Personalize and add "Costing Method" (hidden by default), then choose Open in Excel.',
    },
    fields: [
      f("No.", "shown", "refused", REQUIRED),
      f("Description", "shown", "unused", NOT_NEEDED),
      f("Costing Method", "hidden", "refused", "Costing stops until the costing method of every item is known."),
      f(
        "Unit Cost",
        "shown",
        "unused",
        "Not used by the costing; posting a revaluation with Update Standard Cost writes a Standard item's new unit cost into it.",
      ),
      f(
        "Standard Cost",
        "hidden",
        "unused",
        "Not used by Adjust Cost (the value entries carry the standard cost); calc-value --base standard-cost proposes the new unit costs from it, and posting with Update Standard Cost writes into it.",
      ),
      f(
        "Last Direct Cost",
        "hidden",
        "unused",
        "Not used by the costing; calc-value --base last-direct-cost proposes the new unit costs from it.",
      ),
      f(
        "Blocked",
        "hidden",
        "unused",
        "Not used by the costing; Calculate Inventory Value takes every item as not blocked, where Business Central refuses a blocked one.",
      ),
    ],
  },
  {
    table: "Item Application Entries",
    pageNo: 506,
    pageName: "Item Application Entries",
    tableNo: 339,
    tableName: "Item Application Entry",
    whenAbsent: {
      without: "derived",
      effect:
        "Rebuilt by applying the quantities in entry-number order, as posting did (FIFO, LIFO, Specific, fixed applications, transfers).",
      toExport:
        'Page 506 "Item Application Entries" is not found by search: add ?page=506 to Business Central\'s address and choose Open in Excel, or export table 339 "Item Application Entry" with a configuration package (RapidStart).',
    },
    fields: [
      f("Entry No.", "shown", "refused", REQUIRED),
      f("Item Ledger Entry No.", "shown", "refused", REQUIRED),
      f("Inbound Item Entry No.", "shown", "refused", REQUIRED),
      f("Outbound Item Entry No.", "shown", "refused", REQUIRED),
      f("Quantity", "shown", "refused", REQUIRED),
      f("Posting Date", "shown", "derived", "Taken from the application's item ledger entry."),
      f(
        "Transferred-from Entry No.",
        "shown",
        "warned",
        "Taken as 0, so a transfer receipt is not linked to the inbound entry its goods came from.",
        { mattersWhen: "transfers", toExport: OLD_PAGE_506("Transferred-from Entry No.") },
      ),
      f(
        "Cost Application",
        "shown",
        "warned",
        "Taken as No, so no outbound entry takes its cost from the inbound entry it was applied to.",
        { toExport: OLD_PAGE_506("Cost Application") },
      ),
    ],
  },
  {
    table: "Accounting Periods",
    pageNo: 100,
    pageName: "Accounting Periods",
    tableNo: 50,
    tableName: "Accounting Period",
    whenAbsent: {
      without: "warned",
      effect:
        "Inventory Setup's Average Cost Period and Average Cost Calc. Type apply to every date, and fiscal years are calendar years.",
      toExport:
        'Open page 100 "Accounting Periods", choose Personalize and add "Average Cost Period" and "Average Cost Calc. Type" (hidden by default), then choose Open in Excel.',
    },
    fields: [
      f("Starting Date", "shown", "refused", REQUIRED),
      f("Name", "shown", "unused", NOT_NEEDED),
      f(
        "New Fiscal Year",
        "shown",
        "warned",
        "No period is taken as starting a fiscal year, so Inventory Setup's settings apply to every date.",
      ),
      f("Closed", "shown", "unused", NOT_NEEDED),
      f("Date Locked", "shown", "unused", NOT_NEEDED),
      f(
        "Average Cost Period",
        "hidden",
        "refused",
        "Every fiscal year is read with a blank Average Cost Period, which Business Central never has, so costing stops.",
      ),
      f(
        "Average Cost Calc. Type",
        "hidden",
        "warned",
        "Inventory Setup's Average Cost Calc. Type is taken for every fiscal year.",
      ),
    ],
  },
];

function OLD_PAGE_506(field: string): string {
  return (
    `Page 506 "Item Application Entries" shows "${field}" in recent versions of Business Central; where the page ` +
    `does not have it, export table 339 "Item Application Entry" with a configuration package (RapidStart) instead.`
  );
}

/** The setup: two cards, which Open in Excel does not export; typed as Field / Value rows. */
export const SETUP_ADVICE = {
  table: "Inventory Setup",
  without: "warned" as Without,
  effect:
    "Business Central's initial values are used: Average Cost Period Day, Average Cost Calc. Type Item & Location & Variant, amounts rounded to 0.01 and unit amounts to 0.00001.",
  toExport:
    'Add a sheet "Inventory Setup" with the columns Field and Value and a row for each of Average Cost Period and Average Cost Calc. Type (page 461 "Inventory Setup"), Amount Rounding Precision, Unit-Amount Rounding Precision and Allow Posting From (page 118 "General Ledger Setup"): both pages are cards, which Open in Excel does not export.',
} as const;

const NOT_HERE: Record<MattersWhen, string> = {
  transfers: "This ledger has no transfers, so it changes nothing here.",
  production: "This ledger has no output, consumption or assembly entries, so it changes nothing here.",
  specific: "This ledger has no Specific items, so it changes nothing here.",
};

/** How to get the field into the export, from the page's visibility. */
function toExport(page: ExportPage, field: string, visibility: Visibility): string {
  const where = `Page ${page.pageNo} "${page.pageName}"`;
  switch (visibility) {
    case "shown":
      return `${where} shows "${field}" by default: choose Open in Excel on the page (if "${field}" was removed with Personalize, add it back first).`;
    case "hidden":
      return `${where} hides "${field}" by default: on the page choose the settings icon, Personalize, + Field, drag "${field}" into the list, choose Done, then Open in Excel again.`;
    case "absent":
      return (
        `${where} does not have "${field}", so Personalize cannot add it: an administrator can add it with ` +
        `Customize pages (Profiles (Roles), Business Central 2023 release wave 2 or later), or export table ` +
        `${page.tableNo} "${page.tableName}" with a configuration package (RapidStart), or read it through the API (OData).`
      );
  }
}

/** The advice for one missing column (or WHOLE_TABLE) of a workbook table. */
export interface ColumnAdvice {
  readonly table: string;
  readonly column: string;
  /** Rows of the table (for a missing table: of the table it is rebuilt for), 0 when unknown. */
  readonly rows: number;
  /** Business Central's page, e.g. 'page 5802 "Value Entries"'. */
  readonly page: string;
  readonly visibility: Visibility | "table";
  readonly without: Without;
  /** What the tool does without it (whole sentences). */
  readonly effect: string;
  /** How to get it into the export, naming the page (whole sentences). */
  readonly toExport: string;
}

export function exportPage(table: string): ExportPage | undefined {
  return EXPORT_PAGES.find((p) => p.table === table);
}

function pageLabel(page: ExportPage): string {
  return `page ${page.pageNo} "${page.pageName}"`;
}

const PRODUCTION: readonly ItemLedgerEntryType[] = ["Output", "Consumption", "Assembly Output", "Assembly Consumption"];

/** Whether this ledger has what makes a guessed column change the figures (unknown ledger: it may). */
function matters(when: MattersWhen | undefined, input?: LedgerInput | null): boolean {
  if (!when || !input) return true;
  const types = new Set(input.itemLedgerEntries.map((e) => e.entryType));
  if (when === "transfers") return types.has("Transfer");
  if (when === "specific") return input.items.some((i) => i.costingMethod === "Specific");
  return PRODUCTION.some((t) => types.has(t));
}

/**
 * The advice for one missing column of a workbook table: the page, whether it shows, hides or lacks the field,
 * what the tool does without it, and how to export it. `input`, when given, tells whether a guess matters here.
 */
export function columnAdvice(table: string, column: string, rows = 0, input?: LedgerInput | null): ColumnAdvice {
  if (table === SETUP_ADVICE.table) {
    const { without, effect, toExport: how } = SETUP_ADVICE;
    return {
      table,
      column,
      rows,
      page: 'page 461 "Inventory Setup"',
      visibility: "table",
      without,
      effect,
      toExport: how,
    };
  }
  const page = exportPage(table);
  if (!page) throw new Error(`No export advice for the table ${table}`);
  if (column === WHOLE_TABLE) {
    const { without, effect, toExport: how } = page.whenAbsent;
    return { table, column, rows, page: pageLabel(page), visibility: "table", without, effect, toExport: how };
  }
  const field = page.fields.find((d) => d.column === column);
  if (!field) throw new Error(`No export advice for the column ${column} of ${table}`);
  const here = matters(field.mattersWhen, input);
  return {
    table,
    column,
    rows,
    page: pageLabel(page),
    visibility: field.visibility,
    without: here ? field.without : "unused",
    effect: here ? field.effect : `${field.effect} ${NOT_HERE[field.mattersWhen!]}`,
    toExport: field.toExport ?? toExport(page, column, field.visibility),
  };
}

const ORDER: readonly Without[] = ["refused", "warned", "derived", "unused"];

/** A table as the reader found it: its caption, where (null: not in the workbook), and its rows. */
export interface TableRead {
  readonly name: string;
  readonly sheet: string | null;
  readonly rows: number;
}

/**
 * The advice for everything the export lacks: each missing column of the tables found, and each optional table
 * not found (Items, Item Application Entries, Inventory Setup, Accounting Periods), what matters first
 * (refused, then warned, derived, unused), in table and column order within each.
 */
export function exportAdvice(
  missingColumns: ReadonlyMap<string, readonly string[]>,
  tables: readonly TableRead[],
  input?: LedgerInput | null,
  chosenCostingMethod?: string,
): ColumnAdvice[] {
  const rowsOf = (name: string) => tables.find((t) => t.name === name)?.rows ?? 0;
  const out: ColumnAdvice[] = [];
  for (const t of tables) {
    if (t.sheet === null) {
      // The two ledger tables missing are errors of their own; the others are what an export often lacks.
      if (t.name === "Item Ledger Entries" || t.name === "Value Entries") continue;
      const rows = t.name === "Item Application Entries" ? rowsOf("Item Ledger Entries") : 0;
      out.push(columnAdvice(t.name, WHOLE_TABLE, rows, input));
      continue;
    }
    const page = exportPage(t.name);
    const missing = missingColumns.get(t.name) ?? [];
    if (!page) continue;
    for (const field of page.fields)
      if (missing.includes(field.column)) out.push(columnAdvice(t.name, field.column, t.rows, input));
  }
  return out
    .map((a) => (chosenCostingMethod ? withChosenCostingMethod(a, chosenCostingMethod) : a))
    .map((a, i) => ({ a, i }))
    .sort((x, y) => ORDER.indexOf(x.a.without) - ORDER.indexOf(y.a.without) || x.i - y.i)
    .map((x) => x.a);
}

/** The sentence to add to a "column is missing" error: where Business Central has the field. */
export function missingColumnAdvice(table: string, column: string): string | undefined {
  const page = exportPage(table);
  const field = page?.fields.find((d) => d.column === column);
  return page && field ? (field.toExport ?? toExport(page, column, field.visibility)) : undefined;
}

/**
 * A costing method chosen for the items the workbook gives none (--costing-method, the pane's choice): costing
 * no longer stops without the Costing Method column, it goes on with a method the user chose instead of Business
 * Central's, so the column moves from "refused" to "warned".
 */
function withChosenCostingMethod(a: ColumnAdvice, method: string): ColumnAdvice {
  const itemsMethod = a.table === "Items" && (a.column === "Costing Method" || a.column === WHOLE_TABLE);
  if (!itemsMethod || a.without !== "refused") return a;
  return {
    ...a,
    without: "warned",
    effect: `The items without a costing method are costed as ${method}, the costing method chosen for them; the figures are Business Central's only if that is each item's costing method there.`,
  };
}
