// The messages between the task pane's thread and its costing worker (Web Worker). The worker runs a job (the
// engine's heavy work: reading the ledger's cells, the replay, Adjust Cost) and reaches the workbook only through
// the pane's thread, which owns Office.js and the ledger store: it asks for a table and gets it back in blocks of
// rows, and hands rows to append in blocks the same way, so no one message takes the pane's thread long to copy.
import type { CellValue, DateStyle, TableData } from "../../workbook/port";
import type { TextDefaults } from "../../workbook/textStyle";

type Rows = readonly (readonly CellValue[])[];

/** Rows per message: a block the pane's thread copies in a few milliseconds. */
export const ROWS_PER_MESSAGE = 5000;

/** What a job says it is doing (the pane shows it in its own language). */
export type JobStep =
  | { readonly key: "reading" }
  | { readonly key: "adjusting" }
  | { readonly key: "computing" }
  | { readonly key: "writing"; readonly count: number };

/** Says what a job does now (`writing`: just before its first write); where it runs on the pane's thread, the
 * pane paints it before the job goes on, and a Cancel since ends the job there. */
export type JobReport = (step: JobStep) => Promise<void>;

/** A job's failure, as the pane shows it (an Error does not cross threads with its kind). */
export interface JobError {
  readonly message: string;
}

/** The pane's thread to the worker. */
export type ToWorker =
  | {
      readonly type: "start";
      readonly job: string;
      readonly params: unknown;
      readonly dateStyle: DateStyle;
      readonly textStyle?: TextDefaults;
    }
  /** A table asked for: its cells without rows (null: the workbook has none), then its rows in blocks. */
  | { readonly type: "table"; readonly call: number; readonly table: Omit<TableData, "rows" | "rowNumbers"> | null }
  | { readonly type: "tableRows"; readonly call: number; readonly rows: Rows; readonly rowNumbers: readonly number[] }
  | { readonly type: "tableEnd"; readonly call: number }
  /** A write done: what the port returned (appendRows: the sheet row of the first row). */
  | { readonly type: "written"; readonly call: number; readonly result: number | undefined }
  | { readonly type: "callFailed"; readonly call: number; readonly error: JobError };

/** The worker to the pane's thread. */
export type FromWorker =
  | {
      readonly type: "readTable";
      readonly call: number;
      readonly name: string;
      readonly mapped?: ReadonlyMap<string, string>;
    }
  /** Rows of a write to come, in blocks, before the write itself. */
  | { readonly type: "writeRows"; readonly call: number; readonly rows: Rows }
  | { readonly type: "appendRows"; readonly call: number; readonly name: string }
  | { readonly type: "step"; readonly step: JobStep }
  | { readonly type: "result"; readonly value: unknown }
  | { readonly type: "failed"; readonly error: JobError };

/** The blocks of `rows`, each at most ROWS_PER_MESSAGE long. */
export function* blocksOf<T>(rows: readonly T[]): Generator<readonly T[]> {
  for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) yield rows.slice(i, i + ROWS_PER_MESSAGE);
}

export function jobError(e: unknown): JobError {
  return { message: e instanceof Error ? e.message : String(e) };
}
