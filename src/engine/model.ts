// The ledger model: Item, Item Ledger Entry, Value Entry, Item Application Entry, Inventory Setup and
// Accounting Period, with Business Central's field names (spec: costing-engine.md §1, §2).
// Records are immutable; operations return new records.
import type { Amount, Fixed, Quantity, Rounding, UnitAmount } from "./money";
import type { IsoDate } from "./calendar";

export const COSTING_METHODS = ["FIFO", "LIFO", "Specific", "Average", "Standard"] as const;
export type CostingMethod = (typeof COSTING_METHODS)[number];

export const ITEM_LEDGER_ENTRY_TYPES = [
  "Purchase",
  "Sale",
  "Positive Adjmt.",
  "Negative Adjmt.",
  "Transfer",
  "Consumption",
  "Output",
  "Assembly Consumption",
  "Assembly Output",
] as const;
export type ItemLedgerEntryType = (typeof ITEM_LEDGER_ENTRY_TYPES)[number];

export const VALUE_ENTRY_TYPES = ["Direct Cost", "Indirect Cost", "Variance", "Revaluation", "Rounding"] as const;
export type ValueEntryType = (typeof VALUE_ENTRY_TYPES)[number];

export const AVERAGE_COST_PERIODS = ["Day", "Week", "Month", "Quarter", "Year", "Accounting Period"] as const;
export type AverageCostPeriod = (typeof AVERAGE_COST_PERIODS)[number];

export const AVERAGE_COST_CALC_TYPES = ["Item", "Item & Location & Variant"] as const;
export type AverageCostCalcType = (typeof AVERAGE_COST_CALC_TYPES)[number];

export interface Item {
  readonly no: string;
  readonly description: string;
  readonly costingMethod: CostingMethod;
  readonly unitCost: UnitAmount;
  /** null: the workbook does not give it (no Standard Cost column, or its cell empty); never taken as 0. */
  readonly standardCost: UnitAmount | null;
  /** null: the workbook does not give it (no Last Direct Cost column, or its cell empty); never taken as 0. */
  readonly lastDirectCost: UnitAmount | null;
  readonly blocked: boolean;
}

export interface ItemLedgerEntry {
  readonly entryNo: number;
  readonly itemNo: string;
  readonly postingDate: IsoDate;
  readonly entryType: ItemLedgerEntryType;
  readonly documentType: string;
  readonly documentNo: string;
  readonly locationCode: string;
  readonly variantCode: string;
  readonly quantity: Quantity;
  readonly invoicedQuantity: Quantity;
  readonly remainingQuantity: Quantity;
  readonly open: boolean;
  readonly positive: boolean;
  readonly completelyInvoiced: boolean;
  readonly lastInvoiceDate: IsoDate; // NO_DATE when never invoiced
  readonly appliesToEntry: number; // 0 = none
  readonly orderType: string;
  readonly orderNo: string;
  readonly serialNo: string;
  readonly lotNo: string;
}

export interface ValueEntry {
  readonly entryNo: number;
  readonly itemLedgerEntryNo: number;
  readonly itemNo: string;
  readonly postingDate: IsoDate;
  readonly valuationDate: IsoDate;
  readonly entryType: ValueEntryType;
  readonly itemLedgerEntryType: ItemLedgerEntryType;
  readonly documentNo: string;
  readonly locationCode: string;
  readonly variantCode: string;
  readonly valuedQuantity: Quantity;
  readonly invoicedQuantity: Quantity;
  readonly itemLedgerEntryQuantity: Quantity;
  readonly costAmountActual: Amount;
  readonly costAmountExpected: Amount;
  readonly costPerUnit: UnitAmount | null; // null: not in the export; unitCostOf() derives it where it is needed
  readonly adjustment: boolean;
  readonly itemChargeNo: string;
  readonly valuedByAverageCost: boolean;
  readonly partialRevaluation: boolean;
  readonly appliesToEntry: number; // for adjustments: the value entry adjusted
  readonly expectedCost: boolean;
}

export interface ItemApplicationEntry {
  readonly entryNo: number;
  readonly itemLedgerEntryNo: number;
  readonly inboundItemEntryNo: number;
  readonly outboundItemEntryNo: number; // 0 on an inbound's own row
  readonly quantity: Quantity;
  readonly postingDate: IsoDate;
  readonly transferredFromEntryNo: number;
  readonly costApplication: boolean;
}

export interface InventorySetup {
  readonly averageCostPeriod: AverageCostPeriod;
  readonly averageCostCalcType: AverageCostCalcType;
  readonly amountRoundingPrecision: Fixed;
  readonly unitAmountRoundingPrecision: Fixed;
  readonly allowPostingFrom: IsoDate; // NO_DATE = no restriction
}

export interface AccountingPeriod {
  readonly startingDate: IsoDate;
  readonly name: string;
  readonly newFiscalYear: boolean;
  readonly closed: boolean;
  readonly dateLocked: boolean;
  readonly averageCostPeriod: AverageCostPeriod | null;
  readonly averageCostCalcType: AverageCostCalcType | null;
}

/** How a blank Location Code or Variant Code is named in lists and messages, and may be given back. */
export const BLANK_CODE = "(blank)";

/** A code as a list or message shows it: the code, or BLANK_CODE for a blank one. */
export function codeName(code: string): string {
  return code === "" ? BLANK_CODE : code;
}

/**
 * A code (Item No., Location Code, Variant Code) as the ledger spells it: as given, else in capitals (Business
 * Central keeps Code fields in capitals, and a controller types "avg-day" for AVG-DAY or "blue" for BLUE); the
 * blank code for BLANK_CODE when the ledger has no code spelt so; as given when none of these is known.
 */
export function ledgerCode(known: { has(code: string): boolean }, given: string): string {
  if (known.has(given)) return given;
  const upper = given.toUpperCase();
  if (known.has(upper)) return upper;
  if (upper === BLANK_CODE.toUpperCase() && known.has("")) return "";
  return given;
}

/** An item number as the ledger spells it (ledgerCode over the items). */
export function ledgerItemNo(items: ReadonlyMap<string, unknown>, given: string): string {
  return ledgerCode(items, given);
}

/** A complete, consistent ledger: every derived field is filled in (see replay.ts). */
export interface Ledger {
  readonly items: ReadonlyMap<string, Item>;
  readonly itemLedgerEntries: readonly ItemLedgerEntry[]; // ascending Entry No.
  readonly valueEntries: readonly ValueEntry[]; // ascending Entry No.
  readonly applications: readonly ItemApplicationEntry[];
  readonly setup: InventorySetup;
  readonly accountingPeriods: readonly AccountingPeriod[]; // ascending Starting Date
}

/** Optional fields are the ones an export may lack; the replay derives them. */
export type Partialize<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export type ItemLedgerEntryInput = Partialize<
  ItemLedgerEntry,
  | "documentType"
  | "documentNo"
  | "locationCode"
  | "variantCode"
  | "invoicedQuantity"
  | "remainingQuantity"
  | "open"
  | "positive"
  | "completelyInvoiced"
  | "lastInvoiceDate"
  | "appliesToEntry"
  | "orderType"
  | "orderNo"
  | "serialNo"
  | "lotNo"
> & {
  /** Cost Amount (Actual)/(Expected) as exported on the item ledger entry: cross-checked only. */
  readonly costAmountActual?: Amount;
  readonly costAmountExpected?: Amount;
};

export type ValueEntryInput = Partialize<
  ValueEntry,
  | "itemNo"
  | "valuationDate"
  | "itemLedgerEntryType"
  | "documentNo"
  | "locationCode"
  | "variantCode"
  | "valuedQuantity"
  | "invoicedQuantity"
  | "itemLedgerEntryQuantity"
  | "costAmountExpected"
  | "costPerUnit"
  | "adjustment"
  | "itemChargeNo"
  | "valuedByAverageCost"
  | "partialRevaluation"
  | "appliesToEntry"
  | "expectedCost"
>;

/** Where a record came from, so problems can name the sheet, row and column. */
export interface SourceRef {
  readonly table: string;
  readonly row: number; // 1-based worksheet/CSV row, header included
  readonly column?: string;
  readonly value?: string;
}

/** The ledger as read from a workbook, before replay. */
export interface LedgerInput {
  readonly items: readonly Item[];
  readonly itemLedgerEntries: readonly ItemLedgerEntryInput[];
  readonly valueEntries: readonly ValueEntryInput[];
  readonly applications?: readonly ItemApplicationEntry[]; // absent: rebuilt
  readonly setup: InventorySetup;
  readonly accountingPeriods: readonly AccountingPeriod[];
  /** Source rows by record, keyed "ILE:<no>", "VE:<no>", "ITEM:<no>" for messages. */
  readonly sources?: ReadonlyMap<string, SourceRef>;
  /** Columns absent from the input, per table (e.g. "Value Entries" -> ["Valuation Date"]). */
  readonly missingColumns?: ReadonlyMap<string, readonly string[]>;
}

export type Severity = "error" | "warning";

/**
 * A question the ledger cannot answer (an unknown item, an average of a FIFO item, a fiscal year without an
 * Average Cost Period): the message is for the user. Any other error is a fault in the engine.
 */
export class LedgerError extends Error {
  override readonly name = "LedgerError";
}

/** One problem found in a ledger; validation collects them all. */
export interface Problem {
  readonly severity: Severity;
  readonly message: string; // what happened and what to do, in the controller's words
  readonly source?: SourceRef;
  /**
   * The message as data, where it has one: sentences of the front ends' message catalogue (src/i18n), which say
   * it in the user's language; `message` is their English. Without it the message is English in every language.
   */
  readonly said?: readonly MessageText[];
  /** Problems of one kind on many rows, said once: what they are and what to do (after "N rows "). */
  readonly kind?: ProblemKind;
}

/**
 * A sentence of the message catalogue: its key and parameters (a parameter may be a sentence, a list of them, or
 * an exact decimal string, said in the locale's form: "-12.5" is "-12,5" in German).
 */
export interface MessageText {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number | MessageDecimal | MessageText | readonly MessageText[]>>;
}

/** An exact decimal string ("-12.5") as a sentence's parameter, written as the user's locale writes numbers. */
export interface MessageDecimal {
  readonly decimal: string;
}

export interface ProblemKind {
  readonly key: string;
  /** Follows a count and a place: "Item Ledger Entries, Remaining Quantity: 3412 rows <summary>". */
  readonly summary: string;
}

/** The ledger's rounding precisions (General Ledger Setup: Amount and Unit-Amount Rounding Precision). */
export function roundingOf(ledger: { readonly setup: InventorySetup }): Rounding {
  return { amount: ledger.setup.amountRoundingPrecision, unitAmount: ledger.setup.unitAmountRoundingPrecision };
}
