// What the command line needs from the engine and the workbook side. Commands receive these as one object,
// so tests can run the whole CLI in-process; the real implementation lives in wiring.ts and is loaded lazily
// (a usage error never loads ExcelJS or the engine).
import type { Rounding } from "../engine/money";
import type { LedgerInput, Problem, ValueEntry } from "../engine/model";

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

/** The engine's functions the commands call (type-only: nothing of the engine loads before it is needed). */
type Engine = typeof import("../engine");

export interface CostingServices {
  openWorkbook(path: string): Promise<OpenedWorkbook>;
  replayLedger: Engine["replayLedger"];
  adjustCostItemEntries: Engine["adjustCostItemEntries"];
  inventoryAsOf: Engine["inventoryAsOf"];
  averageCostAt: Engine["averageCostAt"];
  explainAverageCost: Engine["explainAverageCost"];
  averageCostEntryPoints: Engine["averageCostEntryPoints"];
}

/** The real services (engine + file adapter), loaded on first use. */
export async function realServices(): Promise<CostingServices> {
  const wiring = await import("./wiring");
  return wiring.services;
}
