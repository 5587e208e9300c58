// The real services behind the command line: the engine (src/engine), the file adapter (src/files) and the
// workbook use cases (src/workbook/useCases) over its port.
import path from "node:path";
import { stat } from "node:fs/promises";
import {
  adjustCostItemEntries,
  averageCostAt,
  averageCostEntryPoints,
  explainAverageCost,
  inventoryAsOf,
} from "../engine";
import { openLockedWorkbook } from "../files";
import {
  appendValueEntries,
  calculateJournal,
  loadLedger,
  postJournal,
  previewJournal,
  readJournalForPosting,
} from "../workbook/useCases";
import { timePhase } from "../workbook/phases";
import { InputError } from "./errors";
import type { CostingServices, OpenedWorkbook } from "./services";

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

async function open(p: string): Promise<OpenedWorkbook> {
  const kind = await kindOf(p);
  const port = await timePhase("open", () => openLockedWorkbook(p));
  return {
    path: p,
    kind,
    port,
    recovered: port.recovered,
    save: (outPath?: string) => port.save(outPath),
    close: async () => port.close?.(),
  };
}

export const services: CostingServices = {
  openWorkbook: open,
  adjustCostItemEntries,
  inventoryAsOf,
  averageCostAt,
  explainAverageCost,
  averageCostEntryPoints,
  loadLedger,
  appendValueEntries,
  calculateJournal,
  readJournalForPosting,
  previewJournal,
  postJournal,
};
