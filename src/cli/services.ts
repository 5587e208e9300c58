// What the command line needs from the engine and the workbook side. Commands receive these as one object,
// so tests can run the whole CLI in-process; the real implementation lives in wiring.ts and is loaded lazily
// (a usage error never loads ExcelJS or the engine). The workbook use cases (src/workbook/useCases) are the
// ones the task pane runs, here over the file adapter's port.
import type { WorkbookPort } from "../workbook/port";

export type { TableFound } from "../workbook/useCases";

/** An opened workbook: an .xlsx file or a folder of CSV files, as a WorkbookPort. */
export interface OpenedWorkbook {
  readonly path: string;
  readonly kind: "xlsx" | "csv";
  readonly port: WorkbookPort;
  /** An earlier command's interrupted save, completed when this command opened the workbook. */
  readonly recovered?: { readonly files: readonly string[]; readonly startedAt: string };
  /** Write atomically: in place without a path, otherwise to `outPath` (same kind). */
  save(outPath?: string): Promise<void>;
  /** Releases the workbook's lock; runCli closes every workbook a command opened, whatever the outcome. */
  close(): Promise<void>;
}

/** The engine's functions the commands call (type-only: nothing of the engine loads before it is needed). */
type Engine = typeof import("../engine");
/** The workbook use cases, shared with the task pane (type-only, as the engine). */
type UseCases = typeof import("../workbook/useCases");

export interface CostingServices {
  openWorkbook(path: string): Promise<OpenedWorkbook>;
  adjustCostItemEntries: Engine["adjustCostItemEntries"];
  inventoryAsOf: Engine["inventoryAsOf"];
  averageCostAt: Engine["averageCostAt"];
  explainAverageCost: Engine["explainAverageCost"];
  averageCostEntryPoints: Engine["averageCostEntryPoints"];
  loadLedger: UseCases["loadLedger"];
  appendValueEntries: UseCases["appendValueEntries"];
  calculateJournal: UseCases["calculateJournal"];
  readJournalForPosting: UseCases["readJournalForPosting"];
  previewJournal: UseCases["previewJournal"];
  postJournal: UseCases["postJournal"];
}

/** The real services (engine + file adapter), loaded on first use. */
export async function realServices(): Promise<CostingServices> {
  const wiring = await import("./wiring");
  return wiring.services;
}
