// The real workbook opener behind the command line: the file adapter (src/files), the workbook locked for the
// command's whole run (close releases it); loaded by runCli only when a command opens a workbook.
import path from "node:path";
import { stat } from "node:fs/promises";
import { openLockedWorkbook, openWorkbookToRead } from "../files/open";
import { timePhase } from "../workbook/phases";
import { InputError } from "./errors";
import type { OpenedWorkbook } from "./services";

async function kindOf(p: string): Promise<"xlsx" | "csv"> {
  const s = await stat(p).catch(() => null);
  if (!s) {
    throw new InputError(
      `The workbook "${p}" was not found. Give the path of an .xlsx file or of a folder of CSV files ` +
        `(for example assets/sample.xlsx or assets/sample).`,
    );
  }
  if (s.isDirectory()) return "csv";
  if (path.extname(p).toLowerCase() === ".xlsx") return "xlsx";
  throw new InputError(
    `"${p}" is neither an .xlsx workbook nor a folder of CSV files. Save the workbook as .xlsx ` +
      `(Excel Workbook), or put one CSV file per table in a folder and give the folder.`,
  );
}

/** A command that writes holds the workbook's lock until close; one that only reads takes none. */
export async function openWorkbook(p: string, writes: boolean): Promise<OpenedWorkbook> {
  const kind = await kindOf(p);
  const port = await timePhase("open", () => (writes ? openLockedWorkbook(p) : openWorkbookToRead(p)));
  return {
    path: p,
    kind,
    port,
    recovered: port.recovered,
    save: (outPath?: string) => port.save(outPath),
    close: async () => {
      await port.close?.();
    },
  };
}
