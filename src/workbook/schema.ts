// The tables of the ledger workbook and their columns (spec: workbook-format.md). Columns are found by
// caption, never by position; `required` ones must be present, the rest are used when present.
import {
  AVERAGE_COST_CALC_TYPES,
  AVERAGE_COST_PERIODS,
  COSTING_METHODS,
  ITEM_LEDGER_ENTRY_TYPES,
  VALUE_ENTRY_TYPES,
} from "../engine/model";
import { INVENTORY_VALUE_PER } from "../engine/revaluationJournal";
import { headerMatches, normalizeCaption, tableAliases, type EnumKind } from "./captions";
import { excelTableName, type CellValue, type TableSpec } from "./port";

export type ColumnKind =
  | { readonly type: "text" | "decimal" | "integer" | "date" | "boolean" }
  | { readonly type: "enum"; readonly enum: EnumKind; readonly values: readonly string[]; readonly what: string };

export interface ColumnDef {
  /** English caption, the key into the caption lists. */
  readonly caption: string;
  /** The record field it fills. */
  readonly field: string;
  readonly kind: ColumnKind;
  readonly required?: boolean;
  /** Other captions that also name this column (Items "No." is often exported as "Item No."). */
  readonly alsoMatches?: readonly string[];
}

export interface TableSchema {
  readonly caption: string;
  readonly excelName: string;
  readonly columns: readonly ColumnDef[];
  /** Extra header rows that also identify the table (Inventory Setup as one row of fields). */
  readonly alternativeHeaders?: readonly (readonly string[])[];
  /**
   * When set, a header row is this table's only when it has every caption of one of these sets (instead of
   * every required column): for tables whose required columns alone would also match another table's header.
   */
  readonly headerSets?: readonly (readonly string[])[];
  /** A header row with one of these captions is another table's (the scenarios' holds the journal's columns). */
  readonly notWith?: readonly string[];
}

const text = { type: "text" } as const;
const decimal = { type: "decimal" } as const;
const integer = { type: "integer" } as const;
const date = { type: "date" } as const;
const boolean = { type: "boolean" } as const;
export const ENUMS = {
  ileType: { type: "enum", enum: "itemLedgerEntryType", values: ITEM_LEDGER_ENTRY_TYPES, what: "entry type" },
  veType: { type: "enum", enum: "valueEntryType", values: VALUE_ENTRY_TYPES, what: "value entry type" },
  costingMethod: { type: "enum", enum: "costingMethod", values: COSTING_METHODS, what: "costing method" },
  period: { type: "enum", enum: "averageCostPeriod", values: AVERAGE_COST_PERIODS, what: "average cost period" },
  calcType: {
    type: "enum",
    enum: "averageCostCalcType",
    values: AVERAGE_COST_CALC_TYPES,
    what: "average cost calculation type",
  },
  inventoryValuePer: {
    type: "enum",
    enum: "inventoryValuePer",
    values: INVENTORY_VALUE_PER.filter((v) => v !== ""),
    what: "Inventory Value Per",
  },
} as const;

const col = (caption: string, field: string, kind: ColumnKind, required = false): ColumnDef => ({
  caption,
  field,
  kind,
  required,
});

function schema(
  caption: string,
  columns: ColumnDef[],
  alternativeHeaders?: string[][],
  headerSets?: string[][],
): TableSchema {
  return { caption, excelName: excelTableName(caption), columns, alternativeHeaders, headerSets };
}

export const ITEM_LEDGER_ENTRIES = schema("Item Ledger Entries", [
  col("Entry No.", "entryNo", integer, true),
  col("Item No.", "itemNo", text, true),
  col("Posting Date", "postingDate", date, true),
  col("Entry Type", "entryType", ENUMS.ileType, true),
  col("Document Type", "documentType", text),
  col("Document No.", "documentNo", text),
  col("Location Code", "locationCode", text),
  col("Variant Code", "variantCode", text),
  col("Quantity", "quantity", decimal, true),
  col("Invoiced Quantity", "invoicedQuantity", decimal),
  col("Remaining Quantity", "remainingQuantity", decimal),
  col("Cost Amount (Actual)", "costAmountActual", decimal),
  col("Cost Amount (Expected)", "costAmountExpected", decimal),
  col("Open", "open", boolean),
  col("Positive", "positive", boolean),
  col("Completely Invoiced", "completelyInvoiced", boolean),
  col("Last Invoice Date", "lastInvoiceDate", date),
  col("Applies-to Entry", "appliesToEntry", integer),
  col("Order Type", "orderType", text),
  col("Order No.", "orderNo", text),
  col("Serial No.", "serialNo", text),
  col("Lot No.", "lotNo", text),
]);

export const VALUE_ENTRIES = schema("Value Entries", [
  col("Entry No.", "entryNo", integer, true),
  col("Item Ledger Entry No.", "itemLedgerEntryNo", integer, true),
  col("Item No.", "itemNo", text),
  col("Posting Date", "postingDate", date, true),
  col("Valuation Date", "valuationDate", date),
  col("Entry Type", "entryType", ENUMS.veType, true),
  col("Item Ledger Entry Type", "itemLedgerEntryType", ENUMS.ileType),
  col("Document No.", "documentNo", text),
  col("Location Code", "locationCode", text),
  col("Variant Code", "variantCode", text),
  col("Valued Quantity", "valuedQuantity", decimal),
  col("Invoiced Quantity", "invoicedQuantity", decimal),
  col("Item Ledger Entry Quantity", "itemLedgerEntryQuantity", decimal),
  col("Cost Amount (Actual)", "costAmountActual", decimal, true),
  col("Cost Amount (Expected)", "costAmountExpected", decimal),
  col("Cost per Unit", "costPerUnit", decimal),
  col("Adjustment", "adjustment", boolean),
  col("Item Charge No.", "itemChargeNo", text),
  col("Valued By Average Cost", "valuedByAverageCost", boolean),
  col("Partial Revaluation", "partialRevaluation", boolean),
  col("Applies-to Entry", "appliesToEntry", integer),
  col("Expected Cost", "expectedCost", boolean),
]);

/**
 * Value Entries columns the costing does not read, filled on the entries this tool appends as Business Central
 * fills them (copiedFields.ts): copied from the entry adjusted (`copied`), or 0 on every new entry (`zero`: it is
 * not posted to the general ledger yet, nor a sale or purchase). Their cells are never parsed.
 */
export const VALUE_ENTRY_COPIED_COLUMNS: readonly ColumnDef[] = [
  col("Document Type", "documentType", text),
  col("Document Line No.", "documentLineNo", integer),
  col("Document Date", "documentDate", date),
  col("External Document No.", "externalDocumentNo", text),
  col("Description", "description", text),
  col("Source Type", "sourceType", text),
  col("Source No.", "sourceNo", text),
  col("Source Posting Group", "sourcePostingGroup", text),
  col("Source Code", "sourceCode", text),
  col("Salespers./Purch. Code", "salespersPurchCode", text),
  col("Inventory Posting Group", "inventoryPostingGroup", text),
  col("Gen. Bus. Posting Group", "genBusPostingGroup", text),
  col("Gen. Prod. Posting Group", "genProdPostingGroup", text),
  col("Global Dimension 1 Code", "globalDimension1Code", text),
  col("Global Dimension 2 Code", "globalDimension2Code", text),
  col("Dimension Set ID", "dimensionSetId", integer),
  col("Reason Code", "reasonCode", text),
  col("Return Reason Code", "returnReasonCode", text),
  col("Drop Shipment", "dropShipment", boolean),
  col("Order Type", "orderType", text),
  col("Order No.", "orderNo", text),
  col("Order Line No.", "orderLineNo", integer),
  col("Job No.", "jobNo", text),
  col("Job Task No.", "jobTaskNo", text),
  col("Inventoriable", "inventoriable", boolean),
];

/** Value Entries amounts that are 0 on every entry this tool appends (see VALUE_ENTRY_COPIED_COLUMNS). */
export const VALUE_ENTRY_ZERO_COLUMNS: readonly ColumnDef[] = [
  col("Cost Posted to G/L", "costPostedToGL", decimal),
  col("Expected Cost Posted to G/L", "expectedCostPostedToGL", decimal),
  col("Cost Posted to G/L (ACY)", "costPostedToGLACY", decimal),
  col("Exp. Cost Posted to G/L (ACY)", "expCostPostedToGLACY", decimal),
  col("Sales Amount (Actual)", "salesAmountActual", decimal),
  col("Sales Amount (Expected)", "salesAmountExpected", decimal),
  col("Purchase Amount (Actual)", "purchaseAmountActual", decimal),
  col("Purchase Amount (Expected)", "purchaseAmountExpected", decimal),
  col("Discount Amount", "discountAmount", decimal),
  col("Cost Amount (Non-Invtbl.)", "costAmountNonInvtbl", decimal),
  col("Cost Amount (Non-Invtbl.)(ACY)", "costAmountNonInvtblACY", decimal),
];

/**
 * Items (page 31 Item List). Costing Method, Standard Cost and Last Direct Cost are hidden on the page by default,
 * so an export may lack them: the table is read without them (costingMethods.ts says what that stops). Its header
 * row is recognised by No. with Costing Method or with Unit Cost (shown on the page by default).
 */
export const ITEMS = schema(
  "Items",
  [
    { ...col("No.", "no", text, true), alsoMatches: ["Item No."] },
    col("Description", "description", text),
    col("Costing Method", "costingMethod", ENUMS.costingMethod),
    col("Unit Cost", "unitCost", decimal),
    col("Standard Cost", "standardCost", decimal),
    col("Last Direct Cost", "lastDirectCost", decimal),
    col("Blocked", "blocked", boolean),
  ],
  undefined,
  [
    ["No.", "Costing Method"],
    ["No.", "Unit Cost"],
  ],
);

export const ITEM_APPLICATION_ENTRIES = schema("Item Application Entries", [
  col("Entry No.", "entryNo", integer, true),
  col("Item Ledger Entry No.", "itemLedgerEntryNo", integer, true),
  col("Inbound Item Entry No.", "inboundItemEntryNo", integer, true),
  col("Outbound Item Entry No.", "outboundItemEntryNo", integer, true),
  col("Quantity", "quantity", decimal, true),
  col("Posting Date", "postingDate", date),
  col("Transferred-from Entry No.", "transferredFromEntryNo", integer),
  col("Cost Application", "costApplication", boolean),
]);

/** The fields of the Inventory Setup, each a row of its Field / Value table. */
export const SETUP_FIELDS: readonly ColumnDef[] = [
  col("Average Cost Period", "averageCostPeriod", ENUMS.period),
  col("Average Cost Calc. Type", "averageCostCalcType", ENUMS.calcType),
  col("Amount Rounding Precision", "amountRoundingPrecision", decimal),
  col("Unit-Amount Rounding Precision", "unitAmountRoundingPrecision", decimal),
  col("Allow Posting From", "allowPostingFrom", date),
];

export const INVENTORY_SETUP = schema(
  "Inventory Setup",
  [col("Field", "field", text, true), col("Value", "value", text, true)],
  [["Average Cost Period"], ["Average Cost Calc. Type"], ["Amount Rounding Precision"]],
);

export const ACCOUNTING_PERIODS = schema("Accounting Periods", [
  col("Starting Date", "startingDate", date, true),
  col("Name", "name", text),
  col("New Fiscal Year", "newFiscalYear", boolean),
  col("Closed", "closed", boolean),
  col("Date Locked", "dateLocked", boolean),
  col("Average Cost Period", "averageCostPeriod", ENUMS.period),
  col("Average Cost Calc. Type", "averageCostCalcType", ENUMS.calcType),
]);

/**
 * The Revaluation Journal (spec revaluation.md §2), written by Calculate Inventory Value and edited by the user:
 * Unit Cost (Revalued) or Inventory Value (Revalued). Item No. is the only column every line needs; a line
 * typed by hand may hold just Item No., Applies-to Entry and a revalued value. Its header row is recognised by
 * Item No. with a revalued column, so the ledger tables (which have Item No. too) are never taken for it.
 */
export const REVALUATION_JOURNAL: TableSchema = {
  ...schema(
    "Revaluation Journal",
    [
      col("Posting Date", "postingDate", date),
      col("Document No.", "documentNo", text),
      col("Item No.", "itemNo", text, true),
      col("Variant Code", "variantCode", text),
      col("Location Code", "locationCode", text),
      col("Entry Type", "entryType", ENUMS.ileType),
      col("Applies-to Entry", "appliesToEntry", integer),
      col("Quantity", "quantity", decimal),
      col("Unit Cost (Calculated)", "unitCostCalculated", decimal),
      col("Inventory Value (Calculated)", "inventoryValueCalculated", decimal),
      col("Unit Cost (Revalued)", "unitCostRevalued", decimal),
      col("Inventory Value (Revalued)", "inventoryValueRevalued", decimal),
      col("Amount", "amount", decimal),
      col("Inventory Value Per", "inventoryValuePer", ENUMS.inventoryValuePer),
      col("Partial Revaluation", "partialRevaluation", boolean),
      col("Applied Amount", "appliedAmount", decimal),
      col("Update Standard Cost", "updateStandardCost", boolean),
      col("Posted", "posted", boolean),
    ],
    undefined,
    [
      ["Item No.", "Unit Cost (Revalued)"],
      ["Item No.", "Inventory Value (Revalued)"],
    ],
  ),
  notWith: ["Scenario"],
};

/**
 * The revaluation scenarios kept in the workbook (ours, not Business Central's): one row per line of each
 * scenario, the scenario's name and recipe (what-if, its value, the items it covers, the ledger it was calculated
 * on) repeated on each of its lines, then the journal's own columns. Posting a scenario makes its lines the
 * Revaluation Journal.
 */
export const REVALUATION_SCENARIOS = schema("Revaluation Scenarios", [
  col("Scenario", "scenario", text, true),
  col("What-If", "whatIf", text),
  col("What-If Value", "whatIfValue", decimal),
  col("Item Filter", "itemFilter", text),
  col("Calculated On", "calculatedOn", text),
  ...REVALUATION_JOURNAL.columns.filter((c) => c.field !== "posted"),
]);

/** One row per posted Revaluation Journal: when, what, which value entries, and a checksum of the lines. */
export const POSTING_LOG = schema("Posting Log", [
  col("Posted At", "postedAt", text, true),
  col("Document No.", "documentNo", text),
  col("Lines", "lines", integer),
  col("First Entry No.", "firstEntryNo", integer),
  col("Last Entry No.", "lastEntryNo", integer),
  col("Total Amount", "totalAmount", decimal),
  col("Checksum", "checksum", text, true),
]);

/**
 * The column mapping the user made by hand (spec: "the mapping is remembered in the workbook"): one row per
 * column whose header no caption list knows, saying which table, which column (English caption) and the
 * header as it stands in the sheet. Read by every reader of the ledger (src/workbook/columnMap.ts).
 */
export const COLUMN_MAP = schema("Costing Column Map", [
  col("Table", "table", text, true),
  col("Column", "column", text, true),
  col("Header", "header", text, true),
]);

/** Tables the journal steps write (not part of the ledger that is read and replayed). */
export const JOURNAL_TABLES: readonly TableSchema[] = [REVALUATION_JOURNAL, POSTING_LOG, REVALUATION_SCENARIOS];

export const LEDGER_TABLES: readonly TableSchema[] = [
  ITEM_LEDGER_ENTRIES,
  VALUE_ENTRIES,
  ITEMS,
  ITEM_APPLICATION_ENTRIES,
  INVENTORY_SETUP,
  ACCOUNTING_PERIODS,
];

/** True when a header names this column, in any supported language. */
export function columnMatches(def: ColumnDef, header: CellValue): boolean {
  if (typeof header !== "string") return false;
  return [def.caption, ...(def.alsoMatches ?? [])].some((c) => headerMatches(c, header));
}

/**
 * How a port finds the table: Excel table name, sheet name (any language), or a header row. `mapped` (English
 * column caption -> header as it stands, from the Costing Column Map) makes a mapped header count as its column.
 */
export function tableSpec(s: TableSchema, mapped?: ReadonlyMap<string, string>): TableSpec {
  const required = s.columns.filter((c) => c.required);
  const isMapped = (d: ColumnDef, cell: CellValue): boolean => {
    const header = mapped?.get(d.caption);
    return header !== undefined && typeof cell === "string" && normalizeCaption(cell) === normalizeCaption(header);
  };
  const hasAll = (cells: readonly CellValue[], defs: readonly ColumnDef[]): boolean =>
    defs.every((d) => cells.some((cell) => columnMatches(d, cell) || isMapped(d, cell)));
  const alternatives = (s.alternativeHeaders ?? []).map((captions) =>
    captions.map((caption) => col(caption, caption, text, true)),
  );
  // A caption of one of the table's columns is matched as that column (its other captions too: "Item No.").
  const defOf = (caption: string) => s.columns.find((c) => c.caption === caption) ?? col(caption, caption, text, true);
  const sets = s.headerSets?.map((captions) => captions.map(defOf));
  const others = (s.notWith ?? []).map((caption) => col(caption, caption, text));
  const anotherTable = (cells: readonly CellValue[]) =>
    others.some((d) => cells.some((cell) => columnMatches(d, cell)));
  const isHeaderRow = sets
    ? (cells: readonly CellValue[]) => sets.some((defs) => hasAll(cells, defs))
    : (cells: readonly CellValue[]) => hasAll(cells, required) || alternatives.some((defs) => hasAll(cells, defs));
  return {
    name: s.caption,
    excelName: s.excelName,
    nameAliases: tableAliases(s.caption),
    isHeaderRow: (cells) => isHeaderRow(cells) && !anotherTable(cells),
    ...(mapped && { mapped }),
  };
}
