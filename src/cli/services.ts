// What the command line needs from the outside: a way to open a workbook. Everything else (the engine, the
// workbook use cases) the commands import themselves, lazily, when they run: a usage error never loads ExcelJS
// or the engine. The real opener is in wiring.ts (the file adapter); tests replace it (RunOptions.openWorkbook)
// to run the whole command line in-process.
import type { WorkbookPort } from "../workbook/port";

/** An opened workbook: an .xlsx file or a folder of CSV files, as a WorkbookPort. */
export interface OpenedWorkbook {
  readonly path: string;
  readonly kind: "xlsx" | "csv";
  readonly port: WorkbookPort;
  /** An earlier command's interrupted save, completed when this command opened the workbook. */
  readonly recovered?: { readonly files: readonly string[]; readonly startedAt: string };
  /** Write atomically: in place without a path, otherwise to `outPath` (same kind). */
  save(outPath?: string): Promise<void>;
  /** Let go of the workbook (its lock released); runCli closes every workbook a command opened, whatever the outcome. */
  close(): Promise<void>;
}

/** Opens a workbook: with `writes`, under its lock for the command's whole run. */
export type OpenWorkbook = (path: string, writes: boolean) => Promise<OpenedWorkbook>;
