// Export advice from Business Central's pages: for each column of the ledger tables, the list page it is
// exported from (page 38 "Item Ledger Entries", page 5802 "Value Entries", page 31 "Item List", page 506 "Item
// Application Entries", page 100 "Accounting Periods"; the setup cards page 461 "Inventory Setup" and page 118
// "General Ledger Setup"), whether the page shows the field by default, hides it (Visible = false: Personalize
// adds it) or does not have it (page customization, a configuration package of the table, or the API), and what
// this tool does when an export lacks it: stops (refused), guesses a value that can change the figures (warned),
// rebuilds it exactly from the rest of the ledger (derived), or does not need it (unused). Read from BaseApp's
// page definitions (StefanMaron/MSDyn365BC.Code.History); each column's English caption is its field's name in
// Business Central's table. Every sentence is whole, with its values as parameters (for translation).
import type { CostingMethod, ItemLedgerEntryType, LedgerInput } from "../engine/model";
import type { AdviceKey, Messages } from "../i18n";

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
  /** What the tool does when the export lacks the column (a sentence of the advice catalogue). */
  readonly effect: AdviceKey;
  readonly mattersWhen?: MattersWhen;
  /** How to export it, when the page's visibility alone does not say it: page 506's fields of recent versions. */
  readonly toExport?: "oldPage506";
}

export interface ExportPage {
  /** The workbook table's English caption. */
  readonly table: string;
  readonly pageNo: number;
  /** Business Central's name of the page and of its table, as sentences of the advice catalogue. */
  readonly pageName: AdviceKey;
  readonly tableNo: number;
  readonly tableName: AdviceKey;
  /** The whole table missing from the workbook. */
  readonly whenAbsent: { readonly without: Without; readonly effect: AdviceKey; readonly toExport: AdviceKey };
  readonly fields: readonly PageField[];
}

/** The column of a whole table missing from the workbook. */
export const WHOLE_TABLE = "(whole table)";

const f = (
  column: string,
  visibility: Visibility,
  without: Without,
  effect: AdviceKey,
  more: Partial<Pick<PageField, "mattersWhen" | "toExport">> = {},
): PageField => ({ column, visibility, without, effect, ...more });

export const EXPORT_PAGES: readonly ExportPage[] = [
  {
    table: "Item Ledger Entries",
    pageNo: 38,
    pageName: "advice.page.38",
    tableNo: 32,
    tableName: "advice.table.32",
    whenAbsent: { without: "refused", effect: "advice.38.absent", toExport: "advice.38.absentExport" },
    fields: [
      f("Entry No.", "shown", "refused", "advice.required"),
      f("Item No.", "shown", "refused", "advice.required"),
      f("Posting Date", "shown", "refused", "advice.required"),
      f("Entry Type", "shown", "refused", "advice.required"),
      f("Document Type", "shown", "unused", "advice.notNeeded"),
      f("Document No.", "shown", "warned", "advice.38.documentNo", { mattersWhen: "transfers" }),
      f("Location Code", "shown", "warned", "advice.38.locationCode"),
      f("Variant Code", "hidden", "warned", "advice.38.variantCode"),
      f("Quantity", "shown", "refused", "advice.required"),
      f("Invoiced Quantity", "shown", "derived", "advice.38.invoicedQuantity"),
      f("Remaining Quantity", "shown", "derived", "advice.38.remainingQuantity"),
      f("Cost Amount (Actual)", "shown", "unused", "advice.entryCost"),
      f("Cost Amount (Expected)", "hidden", "unused", "advice.entryCost"),
      f("Open", "shown", "derived", "advice.38.open"),
      f("Positive", "absent", "derived", "advice.38.positive"),
      f("Completely Invoiced", "hidden", "derived", "advice.38.completelyInvoiced"),
      f("Last Invoice Date", "absent", "derived", "advice.38.lastInvoiceDate"),
      f("Applies-to Entry", "absent", "warned", "advice.38.appliestoEntry"),
      f("Order Type", "shown", "unused", "advice.notNeeded"),
      f("Order No.", "hidden", "warned", "advice.38.orderNo", { mattersWhen: "production" }),
      f("Serial No.", "hidden", "warned", "advice.38.serialNo", { mattersWhen: "specific" }),
      f("Lot No.", "hidden", "warned", "advice.38.lotNo", { mattersWhen: "specific" }),
    ],
  },
  {
    table: "Value Entries",
    pageNo: 5802,
    pageName: "advice.page.5802",
    tableNo: 5802,
    tableName: "advice.table.5802",
    whenAbsent: { without: "refused", effect: "advice.5802.absent", toExport: "advice.5802.absentExport" },
    fields: [
      f("Entry No.", "shown", "refused", "advice.required"),
      f("Item Ledger Entry No.", "shown", "refused", "advice.required"),
      f("Item No.", "shown", "derived", "advice.fromItemLedgerEntry"),
      f("Posting Date", "shown", "refused", "advice.required"),
      f("Valuation Date", "hidden", "derived", "advice.5802.valuationDate"),
      f("Entry Type", "shown", "refused", "advice.required"),
      f("Item Ledger Entry Type", "shown", "derived", "advice.fromItemLedgerEntry"),
      f("Document No.", "shown", "derived", "advice.5802.documentNo"),
      f("Location Code", "hidden", "derived", "advice.fromItemLedgerEntry"),
      f("Variant Code", "absent", "derived", "advice.fromItemLedgerEntry"),
      f("Valued Quantity", "shown", "derived", "advice.5802.valuedQuantity"),
      f("Invoiced Quantity", "shown", "derived", "advice.5802.invoicedQuantity"),
      f("Item Ledger Entry Quantity", "shown", "derived", "advice.5802.itemLedgerEntryQuantity"),
      f("Cost Amount (Actual)", "shown", "refused", "advice.required"),
      f("Cost Amount (Expected)", "shown", "warned", "advice.5802.costAmountExpected"),
      f("Cost per Unit", "shown", "derived", "advice.5802.costPerUnit"),
      f("Adjustment", "shown", "warned", "advice.5802.adjustment"),
      f("Item Charge No.", "shown", "warned", "advice.5802.itemChargeNo"),
      f("Valued By Average Cost", "shown", "derived", "advice.5802.valuedByAverageCost"),
      f("Partial Revaluation", "absent", "derived", "advice.5802.partialRevaluation"),
      f("Applies-to Entry", "absent", "derived", "advice.5802.appliestoEntry"),
      f("Expected Cost", "absent", "derived", "advice.5802.expectedCost"),
    ],
  },
  {
    table: "Items",
    pageNo: 31,
    pageName: "advice.page.31",
    tableNo: 27,
    tableName: "advice.table.27",
    whenAbsent: { without: "refused", effect: "advice.31.costingMethod", toExport: "advice.31.absentExport" },
    fields: [
      f("No.", "shown", "refused", "advice.required"),
      f("Description", "shown", "unused", "advice.notNeeded"),
      f("Costing Method", "hidden", "refused", "advice.31.costingMethod"),
      f("Unit Cost", "shown", "unused", "advice.31.unitCost"),
      f("Standard Cost", "hidden", "unused", "advice.31.standardCost"),
      f("Last Direct Cost", "hidden", "unused", "advice.31.lastDirectCost"),
      f("Blocked", "hidden", "unused", "advice.31.blocked"),
    ],
  },
  {
    table: "Item Application Entries",
    pageNo: 506,
    pageName: "advice.page.506",
    tableNo: 339,
    tableName: "advice.table.339",
    whenAbsent: { without: "derived", effect: "advice.506.absent", toExport: "advice.506.absentExport" },
    fields: [
      f("Entry No.", "shown", "refused", "advice.required"),
      f("Item Ledger Entry No.", "shown", "refused", "advice.required"),
      f("Inbound Item Entry No.", "shown", "refused", "advice.required"),
      f("Outbound Item Entry No.", "shown", "refused", "advice.required"),
      f("Quantity", "shown", "refused", "advice.required"),
      f("Posting Date", "shown", "derived", "advice.506.postingDate"),
      f("Transferred-from Entry No.", "shown", "warned", "advice.506.transferredfromEntryNo", {
        mattersWhen: "transfers",
        toExport: "oldPage506",
      }),
      f("Cost Application", "shown", "warned", "advice.506.costApplication", { toExport: "oldPage506" }),
    ],
  },
  {
    table: "Accounting Periods",
    pageNo: 100,
    pageName: "advice.page.100",
    tableNo: 50,
    tableName: "advice.table.50",
    whenAbsent: { without: "warned", effect: "advice.100.absent", toExport: "advice.100.absentExport" },
    fields: [
      f("Starting Date", "shown", "refused", "advice.required"),
      f("Name", "shown", "unused", "advice.notNeeded"),
      f("New Fiscal Year", "shown", "warned", "advice.100.newFiscalYear"),
      f("Closed", "shown", "unused", "advice.notNeeded"),
      f("Date Locked", "shown", "unused", "advice.notNeeded"),
      f("Average Cost Period", "hidden", "refused", "advice.100.averageCostPeriod"),
      f("Average Cost Calc. Type", "hidden", "warned", "advice.100.averageCostCalcType"),
    ],
  },
];

/** The setup: two cards, which Open in Excel does not export; typed as Field / Value rows. */
const SETUP_TABLE = "Inventory Setup";

const NOT_HERE: Record<MattersWhen, AdviceKey> = {
  transfers: "advice.notHere.transfers",
  production: "advice.notHere.production",
  specific: "advice.notHere.specific",
};

/** The advice for one missing column (or WHOLE_TABLE) of a workbook table. */
export interface ColumnAdvice {
  readonly table: string;
  readonly column: string;
  /** Rows of the table (for a missing table: of the table it is rebuilt for), 0 when unknown. */
  readonly rows: number;
  /** Business Central's page number (461 Inventory Setup for the setup). */
  readonly pageNo: number;
  readonly visibility: Visibility | "table";
  readonly without: Without;
  /** What the tool does without it: sentences of the advice catalogue (adviceEffect says them). */
  readonly effect: AdviceKey;
  /** This ledger has nothing a guess could change (added to the effect). */
  readonly notHere?: MattersWhen;
  /** Costed with this costing method, chosen for the items the workbook gives none. */
  readonly chosenCostingMethod?: CostingMethod;
  /** How to get it into the export: a sentence of its own, or the page's visibility (adviceToExport). */
  readonly toExport?: AdviceKey | "oldPage506";
}

export function exportPage(table: string): ExportPage | undefined {
  return EXPORT_PAGES.find((p) => p.table === table);
}

/** A sentence (or a page's or table's name) of the advice catalogue, in the user's language. */
const sentence = (key: AdviceKey, m: Messages): string => m.said({ key, params: {} });

/** What the tool does without the column, in the user's language. */
export function adviceEffect(a: ColumnAdvice, m: Messages): string {
  if (a.chosenCostingMethod)
    return m.t("advice.chosenMethod", { method: m.enumCaption("costingMethod", a.chosenCostingMethod) });
  const effect = sentence(a.effect, m);
  return a.notHere ? `${effect} ${sentence(NOT_HERE[a.notHere], m)}` : effect;
}

/** How to get the column (or table) into the export, naming Business Central's page, in the user's language. */
export function adviceToExport(a: ColumnAdvice, m: Messages): string {
  if (a.toExport === "oldPage506") return m.t("advice.oldPage506", { field: m.caption(a.column) });
  if (a.toExport) return sentence(a.toExport, m);
  const page = exportPage(a.table)!;
  const where = {
    page: String(page.pageNo),
    pageName: sentence(page.pageName, m),
    field: m.caption(a.column),
  };
  switch (a.visibility) {
    case "shown":
      return m.t("advice.shown", where);
    case "hidden":
      return m.t("advice.hidden", where);
    default:
      return m.t("advice.absent", {
        ...where,
        tableNo: String(page.tableNo),
        tableName: sentence(page.tableName, m),
      });
  }
}

/** One advice as the command line and the task pane show it: what is missing and its effect, then how to export it. */
export function adviceLine(a: ColumnAdvice, m: Messages): { readonly what: string; readonly toExport: string } {
  const effect = adviceEffect(a, m);
  const what =
    a.column === WHOLE_TABLE
      ? m.t("advice.lineTable", { table: m.caption(a.table), count: a.rows, effect })
      : m.t("advice.lineColumn", { table: m.caption(a.table), column: m.caption(a.column), count: a.rows, effect });
  return { what, toExport: m.t("advice.lineToExport", { hint: adviceToExport(a, m) }) };
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
  if (table === SETUP_TABLE) {
    const setup = { effect: "advice.setup", toExport: "advice.setupExport" } as const;
    return { table, column, rows, pageNo: 461, visibility: "table", without: "warned", ...setup };
  }
  const page = exportPage(table);
  if (!page) throw new Error(`No export advice for the table ${table}`);
  if (column === WHOLE_TABLE) {
    const { without, effect, toExport } = page.whenAbsent;
    return { table, column, rows, pageNo: page.pageNo, visibility: "table", without, effect, toExport };
  }
  const field = page.fields.find((d) => d.column === column);
  if (!field) throw new Error(`No export advice for the column ${column} of ${table}`);
  const here = matters(field.mattersWhen, input);
  return {
    table,
    column,
    rows,
    pageNo: page.pageNo,
    visibility: field.visibility,
    without: here ? field.without : "unused",
    effect: field.effect,
    ...(here ? {} : { notHere: field.mattersWhen }),
    ...(field.toExport ? { toExport: field.toExport } : {}),
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
  chosenCostingMethod?: CostingMethod,
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
export function missingColumnAdvice(table: string, column: string, m: Messages): string | undefined {
  const field = exportPage(table)?.fields.find((d) => d.column === column);
  return field ? adviceToExport(columnAdvice(table, column), m) : undefined;
}

/**
 * A costing method chosen for the items the workbook gives none (--costing-method, the pane's choice): costing
 * no longer stops without the Costing Method column, it goes on with a method the user chose instead of Business
 * Central's, so the column moves from "refused" to "warned".
 */
function withChosenCostingMethod(a: ColumnAdvice, method: CostingMethod): ColumnAdvice {
  const itemsMethod = a.table === "Items" && (a.column === "Costing Method" || a.column === WHOLE_TABLE);
  if (!itemsMethod || a.without !== "refused") return a;
  return { ...a, without: "warned", chosenCostingMethod: method };
}
