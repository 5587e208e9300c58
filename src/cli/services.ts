// What the command line needs from the engine and the workbook side. Commands receive these as one object,
// so tests can run the whole CLI in-process; the real implementation lives in wiring.ts and is loaded lazily
// (a usage error never loads ExcelJS or the engine).
import type { Rounding } from "../engine/money";
import type { Item, LedgerInput, Problem, ValueEntry } from "../engine/model";
import type { RevaluationJournalLine } from "../engine/revaluationJournal";
import type { JournalRead, JournalReadOptions, PostingLogEntry, PostingLogRead } from "../workbook/journal";

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
  /** The Revaluation Journal's lines, recomputed from what the user edited (hand-typed lines completed). */
  readRevaluationJournal(options: JournalReadOptions): Promise<JournalRead>;
  /** Replace (or create) the Revaluation Journal with these lines, not posted. */
  writeRevaluationJournal(lines: readonly RevaluationJournalLine[], rounding: Rounding): Promise<void>;
  /** Rewrite the journal's lines as posted (the values posted, Posted = Yes). */
  markJournalPosted(journal: JournalRead, rounding: Rounding): Promise<void>;
  readPostingLog(): Promise<PostingLogRead>;
  /** Add a row to the Posting Log, creating it when absent. */
  appendPostingLog(entry: PostingLogEntry, rounding: Rounding): Promise<void>;
  /**
   * Write these items' Standard Cost and Unit Cost into their Items rows (other cells kept). Returns what could
   * not be written (no Items row, no such column), in the user's words.
   */
  updateItems(items: readonly Item[], rounding: Rounding): Promise<string[]>;
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
  calculateInventoryValue: Engine["calculateInventoryValue"];
  completeRevaluationLine: Engine["completeRevaluationLine"];
  postRevaluationJournal: Engine["postRevaluationJournal"];
  previewRevaluation: Engine["previewRevaluation"];
}

/** The real services (engine + file adapter), loaded on first use. */
export async function realServices(): Promise<CostingServices> {
  const wiring = await import("./wiring");
  return wiring.services;
}
