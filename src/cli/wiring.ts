// The real services behind the command line: the engine (src/engine) and the file adapter (src/files)
// with the table reader/writer (src/workbook).
import path from "node:path";
import { stat } from "node:fs/promises";
import {
  adjustCostItemEntries,
  averageCostAt,
  averageCostEntryPoints,
  explainAverageCost,
  inventoryAsOf,
  replayLedger,
} from "../engine";
import { openWorkbook } from "../files";
import { LEDGER_TABLES, VALUE_ENTRIES, readLedgerInput, rowStyleFor, tableSpec, valueEntryToRow } from "../workbook";
import { InputError } from "./errors";
import type { CostingServices, OpenedWorkbook, TableFound } from "./services";

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
  const port = await openWorkbook(p);
  return {
    path: p,
    kind,
    async tables(): Promise<TableFound[]> {
      const found: TableFound[] = [];
      for (const schema of LEDGER_TABLES) {
        const t = await port.readTable(tableSpec(schema));
        found.push({ name: schema.caption, sheet: t ? t.sheet : null, rows: t ? t.rows.length : 0 });
      }
      return found;
    },
    readLedgerInput: () => readLedgerInput(port),
    async appendValueEntries(entries, rounding) {
      const table = await port.readTable(tableSpec(VALUE_ENTRIES));
      if (!table) throw new InputError(`The workbook "${p}" has no Value Entries table to append to.`);
      const style = rowStyleFor(table, port.dateStyle, rounding);
      await port.appendRows(
        table.name,
        entries.map((ve) => valueEntryToRow(table.headers, ve, style)),
      );
    },
    save: (outPath?: string) => port.save(outPath),
  };
}

export const services: CostingServices = {
  openWorkbook: open,
  replayLedger,
  adjustCostItemEntries,
  inventoryAsOf,
  averageCostAt,
  explainAverageCost,
  averageCostEntryPoints,
};
