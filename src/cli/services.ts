// What the command line needs from the engine and the workbook side. Commands receive these as one object,
// so tests can run the whole CLI in-process; the real implementation lives in wiring.ts and is loaded lazily
// (a usage error never loads ExcelJS or the engine).
import type { IsoDate } from "../engine/calendar";
import type { Decimal, Rounding } from "../engine/money";
import type { AverageCostCalcType, Ledger, LedgerInput, Problem, ValueEntry } from "../engine/model";

export interface DerivedColumn {
  readonly table: string;
  readonly column: string;
  readonly rows: number;
  readonly how: string;
}

export interface TableFound {
  readonly name: string;
  /** Where it was found (sheet or CSV file name), or null when the workbook has no such table. */
  readonly sheet: string | null;
  readonly rows: number;
}

/** An opened workbook: an .xlsx file or a folder of CSV files. */
export interface OpenedWorkbook {
  readonly path: string;
  readonly kind: "xlsx" | "csv";
  tables(): Promise<readonly TableFound[]>;
  readLedgerInput(): Promise<{ input: LedgerInput | null; problems: readonly Problem[] }>;
  /** Append new value entries under Value Entries, in the table's own column order. */
  appendValueEntries(entries: readonly ValueEntry[], rounding: Rounding): Promise<void>;
  /** Write atomically: in place without a path, otherwise to `outPath` (same kind). */
  save(outPath?: string): Promise<void>;
}

export interface ReplayOutcome {
  readonly ledger: Ledger | null;
  readonly derived: readonly DerivedColumn[];
  readonly problems: readonly Problem[];
}

export interface AdjustOutcome {
  readonly ledger: Ledger;
  readonly newValueEntries: readonly ValueEntry[];
  readonly itemsAdjusted: readonly string[];
  readonly totalAmount: Decimal;
}

export interface InventoryRow {
  readonly itemNo: string;
  readonly locationCode: string;
  readonly variantCode: string;
  readonly quantity: Decimal;
  readonly costAmountActual: Decimal;
  readonly costAmountExpected: Decimal;
  readonly value: Decimal;
}

export interface AverageQuery {
  readonly itemNo: string;
  readonly date: IsoDate;
  readonly locationCode?: string;
  readonly variantCode?: string;
}

export interface AverageCost {
  readonly itemNo: string;
  readonly locationCode: string;
  readonly variantCode: string;
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
  readonly calcType: AverageCostCalcType | string;
  readonly quantity: Decimal;
  readonly value: Decimal;
  readonly unitCost: Decimal | null;
}

export interface PoolLine {
  readonly kind: string;
  readonly itemLedgerEntryNo: number;
  readonly entryType: string;
  readonly postingDate: IsoDate;
  readonly valuationDate: IsoDate;
  readonly quantity: Decimal;
  readonly value: Decimal;
}

export interface AverageCostExplanation extends AverageCost {
  readonly opening: { readonly quantity: Decimal; readonly value: Decimal };
  readonly lines: readonly PoolLine[];
  readonly closing: { readonly quantity: Decimal; readonly value: Decimal };
}

export interface CostingServices {
  openWorkbook(path: string): Promise<OpenedWorkbook>;
  replayLedger(input: LedgerInput): ReplayOutcome;
  adjustCostItemEntries(
    ledger: Ledger,
    options?: { onProgress?: (done: number, total: number) => void },
  ): AdjustOutcome;
  inventoryAsOf(
    ledger: Ledger,
    date: IsoDate,
    options?: { basis?: "valuation" | "posting"; byLocation?: boolean; byVariant?: boolean },
  ): readonly InventoryRow[];
  averageCostAt(ledger: Ledger, query: AverageQuery): AverageCost;
  explainAverageCost(ledger: Ledger, query: AverageQuery): AverageCostExplanation;
}

/** The real services (engine + file adapter), loaded on first use. */
export async function realServices(): Promise<CostingServices> {
  const wiring = await import("./wiring");
  return wiring.services;
}
