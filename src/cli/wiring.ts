// The real services behind the command line: the engine (src/engine) and the file adapter (src/files)
// with the table reader/writer (src/workbook).
import path from "node:path";
import { stat } from "node:fs/promises";
import {
  adjustCostItemEntries,
  averageCostAt,
  averageCostEntryPoints,
  calculateInventoryValue,
  completeRevaluationLine,
  explainAverageCost,
  inventoryAsOf,
  postRevaluationJournal,
  previewRevaluation,
  replayLedger,
} from "../engine";
import { openWorkbook } from "../files";
import {
  ITEMS,
  LEDGER_TABLES,
  VALUE_ENTRIES,
  columnMatches,
  readLedgerInput,
  recordToRow,
  rowStyleFor,
  tableSpec,
  valueEntryToRow,
  numbersAsText,
  type CellUpdate,
} from "../workbook";
import {
  appendPostingLog,
  markJournalPosted,
  readPostingLog,
  readRevaluationJournal,
  writeRevaluationJournal,
} from "../workbook/journal";
import { tableLabel } from "../workbook/problems";
import { cellText } from "../workbook/values";
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
      // CSV keeps only text: amounts with all their places, so "6.375" is never read back as 6,375.
      const rows = entries.map((ve) => valueEntryToRow(table.headers, ve, style));
      await port.appendRows(
        table.name,
        port.dateStyle === "iso" ? rows.map((r) => numbersAsText(VALUE_ENTRIES, table.headers, r, rounding)) : rows,
      );
    },
    readRevaluationJournal: (options) => readRevaluationJournal(port, options),
    writeRevaluationJournal: (lines, rounding) => writeRevaluationJournal(port, lines, rounding),
    markJournalPosted: (journal, rounding) => markJournalPosted(port, journal, rounding),
    readPostingLog: () => readPostingLog(port),
    async appendPostingLog(entry, rounding) {
      const log = await readPostingLog(port);
      await appendPostingLog(port, log.table, entry, rounding);
    },
    async updateItems(items, rounding) {
      if (items.length === 0) return [];
      const table = await port.readTable(tableSpec(ITEMS));
      const what = (i: (typeof items)[number]) =>
        `item ${i.no}: Standard Cost ${i.standardCost.toFixed()}, Unit Cost ${i.unitCost.toFixed()}`;
      if (!table)
        return items.map((i) => `The workbook has no Items table, so the new costs of ${what(i)} were not written.`);
      const label = tableLabel(table);
      const noCol = table.headers.findIndex((h) => columnMatches(ITEMS.columns[0], h));
      const style = { ...rowStyleFor(table, port.dateStyle, rounding), booleans: undefined };
      const fields = ["standardCost", "unitCost"] as const;
      const cols = fields.map((f) =>
        table.headers.findIndex((h) =>
          columnMatches(
            ITEMS.columns.find((c) => c.field === f)!,
            h,
          ),
        ),
      );
      const notes: string[] = [];
      const updates: CellUpdate[] = [];
      for (const item of items) {
        const i = noCol < 0 ? -1 : table.rows.findIndex((r) => cellText(r[noCol] ?? null).trim() === item.no);
        if (i < 0) {
          notes.push(`${label} has no row for item ${item.no}, so its new costs were not written (${what(item)}).`);
          continue;
        }
        const row = recordToRow(ITEMS, table.headers, item, style);
        fields.forEach((f, k) => {
          const c = cols[k];
          if (c >= 0) updates.push({ row: table.rowNumbers[i], column: c, value: row[c] });
          else if (f === "standardCost" || item.costingMethod === "Standard")
            notes.push(
              `${label} has no "${ITEMS.columns.find((d) => d.field === f)!.caption}" column, so ${what(item)} was not written there.`,
            );
        });
      }
      if (updates.length === 0) return notes;
      if (port.updateCells) await port.updateCells(table.name, updates);
      else {
        const rows = table.rows.map((r) => [...r]);
        for (const u of updates) rows[table.rowNumbers.indexOf(u.row)][u.column] = u.value;
        await port.writeTable(table.name, table.headers, rows);
      }
      return notes;
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
  calculateInventoryValue,
  completeRevaluationLine,
  postRevaluationJournal,
  previewRevaluation,
};
