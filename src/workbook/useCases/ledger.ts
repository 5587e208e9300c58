// The ledger through any WorkbookPort: read and replayed (every problem collected), and the changes posting
// makes to it written back: value entries appended in the table's own columns and style, items' new costs
// written into their rows.
import {
  LedgerError,
  type Ledger,
  type LedgerInput,
  type Problem,
  type ValueEntry,
  type ValueEntryInput,
} from "../../engine/model";
import { replayLedger } from "../../engine/replay";
import type { ItemWithNewCost } from "../../engine/revaluationPosting";
import { exportAdvice, type ColumnAdvice } from "../exportAdvice";
import { completeValueEntries } from "../../engine/valueEntryDefaults";
import { formatExact } from "../../engine/money";
import type { CellUpdate, CellValue, TableSpec, WorkbookPort, WriteTableOptions } from "../port";
import { tableLabel } from "../problems";
import { columnMatches, ITEMS, LEDGER_TABLES, tableSpec, VALUE_ENTRIES } from "../schema";
import { readLedgerInput } from "../tables";
import type { CostingMethodChoice, CostingMethodsRead } from "../costingMethods";
import { canonicalHeaders, readColumnMap, type ColumnMap } from "../columnMap";
import { cellText } from "../values";
import { recordToRow, rowStyleFor, rowWriter, type AppendTarget, type RowStyle } from "../write";
import { valueEntriesTarget as appendTargetOf } from "../copiedFields";
import { detectLanguage } from "../captions";
import { roundingOf } from "../../engine/model";
import { timePhase } from "../phases";

export interface TableFound {
  /** The table's caption, e.g. "Value Entries". */
  readonly name: string;
  /** Where it was found (sheet or CSV file name), or null when the workbook has no such table. */
  readonly sheet: string | null;
  readonly rows: number;
}

export interface LoadedLedger {
  /** The tables as read, or null when they could not be read (the problems say why). */
  readonly input: LedgerInput | null;
  /** The replayed ledger, or null when any problem is an error. */
  readonly ledger: Ledger | null;
  /** What the export lacks (columns, optional tables): what the tool does without each, how to export it. */
  readonly advice: readonly ColumnAdvice[];
  readonly problems: readonly Problem[];
  /** Each ledger table, where it was found and its rows. */
  readonly tables: readonly TableFound[];
  /** The Value Entries table as read, for appendValueEntries (so it need not be read again). */
  readonly valueEntriesTable?: AppendTarget;
  /** The items the workbook gives no costing method, and the one chosen for them (to say so first). */
  readonly costingMethods: CostingMethodsRead;
  /** The headers mapped by hand the tables were read with (Costing Column Map). */
  readonly columnMap: ColumnMap;
}

const isError = (p: Problem): boolean => p.severity === "error";

/**
 * How decimals go to this port: a port that keeps only text (CSV) gets each one's exact decimal text with all
 * the places of its precision (so "6.375" is never read back as 6,375), never through a float.
 */
const numbersFor = (port: WorkbookPort): "text" | "cells" => (port.dateStyle === "iso" ? "text" : "cells");

/** The ledger's amount and unit-amount rounding precisions (the engine's). */
export { roundingOf };

/** Where a table was found and its rows, without its cells. */
type Found = { readonly sheet: string; readonly rows: number } | null;

/** The port, remembering where each readTable found its table (so the tables are read once; no cell is kept). */
function recording(port: WorkbookPort, found: Map<string, Found>): WorkbookPort {
  return {
    get dateStyle() {
      return port.dateStyle;
    },
    async readTable(spec: TableSpec) {
      const t = await port.readTable(spec);
      found.set(spec.name, t && { sheet: t.sheet, rows: t.rows.length });
      return t;
    },
    writeTable: (
      name: string,
      headers: readonly string[],
      rows: readonly (readonly CellValue[])[],
      options?: WriteTableOptions,
    ) => port.writeTable(name, headers, rows, options),
    appendRows: (name: string, rows: readonly (readonly CellValue[])[]) => port.appendRows(name, rows),
    defaultTextStyle: port.defaultTextStyle && (() => port.defaultTextStyle!()),
  };
}

/**
 * Reads the ledger tables and replays the ledger: everything read, replayed where possible, every problem
 * collected (bad content never throws; a port that cannot read does). Items the workbook gives no costing method
 * are an error, unless `choice` gives the one to cost them with.
 */
export async function loadLedger(port: WorkbookPort, choice: CostingMethodChoice = {}): Promise<LoadedLedger> {
  const found = new Map<string, Found>();
  const read = await timePhase("read", () => readLedgerInput(recording(port, found), choice));
  const tables: TableFound[] = [];
  for (const schema of LEDGER_TABLES) {
    const spec = tableSpec(schema);
    let t = found.get(spec.name);
    if (t === undefined) {
      const read = await port.readTable(spec);
      t = read && { sheet: read.sheet, rows: read.rows.length };
    }
    tables.push({ name: schema.caption, sheet: t ? t.sheet : null, rows: t ? t.rows : 0 });
  }
  const problems: Problem[] = [...read.problems];
  const { valueEntriesTable, costingMethods, columnMap } = read;
  const advice = exportAdvice(read.missingColumns, tables, read.input, costingMethods.chosen);
  if (!read.input || problems.some(isError)) {
    return { input: read.input, ledger: null, advice, problems, tables, valueEntriesTable, costingMethods, columnMap };
  }
  const input = read.input;
  const replay = timePhase("replay", () => replayLedger(input));
  problems.push(...replay.problems);
  const ledger = problems.some(isError) ? null : replay.ledger;
  return { input: read.input, ledger, advice, problems, tables, valueEntriesTable, costingMethods, columnMap };
}

/** The Value Entries table to append to, read from the workbook as it is now. */
async function valueEntriesTarget(port: WorkbookPort): Promise<AppendTarget> {
  const mapped = (await readColumnMap(port)).forTable(VALUE_ENTRIES.caption);
  const found = await port.readTable(tableSpec(VALUE_ENTRIES, mapped));
  if (!found) {
    throw new LedgerError(
      "The workbook has no Value Entries table to append the new value entries to; nothing was written. " +
        'Add the sheet "Value Entries" (the value entries exported from Business Central) and try again.',
    );
  }
  // Headers mapped by hand (Costing Column Map) read as their columns' captions, so those columns are filled.
  const headers = canonicalHeaders(VALUE_ENTRIES, found.headers, mapped);
  return appendTargetOf(found, headers, port.defaultTextStyle?.());
}

/** Options of appendValueEntries. */
export interface AppendOptions {
  /** Whether a revaluation entry was posted from a journal line per item ledger entry (it takes its dimensions). */
  readonly revaluedPerEntry?: (ve: ValueEntry) => boolean;
}

/**
 * Appends value entries under Value Entries, in the table's own column order, language, Yes/No style and date
 * and number style, with the fields Business Central copies from the entry adjusted (copiedFields.ts); amounts
 * rounded to the ledger's precisions. A port that keeps only text (CSV) gets amounts with all their places, so
 * "6,375" is never read back as 6375. `table`: the Value Entries table as loadLedger read it, when nothing has
 * changed it since (the command line's own port); else it is read again.
 */
export async function appendValueEntries(
  port: WorkbookPort,
  ledger: Ledger,
  entries: readonly ValueEntry[],
  table?: AppendTarget,
  options: AppendOptions = {},
): Promise<void> {
  if (entries.length === 0) return;
  const target = table ?? (await valueEntriesTarget(port));
  const lost = lostColumns(target.headers, entries, ledger);
  if (lost.length > 0) {
    const list = lost.map((c) => `"${c}"`).join(", ");
    throw new LedgerError(
      `Value Entries has no column ${list}, so the ${entries.length} new value entries cannot be written without ` +
        `losing what they are: read back, they would count as other entries and Adjust Cost would change the cost ` +
        `again. Nothing was written. Add the column${lost.length > 1 ? "s" : ""} ${list} to the Value Entries ` +
        `table (a header cell each; the rows already there may stay blank) and try again.`,
    );
  }
  const style: RowStyle = {
    dates: port.dateStyle,
    booleans: target.booleans,
    rounding: roundingOf(ledger),
    language: detectLanguage(target.headers),
    numbers: numbersFor(port),
    text: target.text,
  };
  const row = rowWriter(VALUE_ENTRIES, target.headers, style);
  const fill = target.copied?.filler(ledger, entries, style, options.revaluedPerEntry);
  await port.appendRows(
    target.name,
    entries.map((ve) => {
      const cells = row(ve);
      fill?.(ve, cells);
      return cells;
    }),
  );
}

/**
 * Value entry fields a row read back derives when its column is missing (valueEntryDefaults.ts) and whose loss
 * changes the ledger: an amount dropped, or an adjustment read back as a posting (its invoiced quantity would
 * invoice its entry a second time). Applies-to Entry, Expected Cost and Partial Revaluation may be missing
 * (Business Central's Value Entries page has none of them): what is derived without them costs the same.
 */
const DERIVED_WHEN_MISSING = ["adjustment", "costAmountExpected", "valuedQuantity", "invoicedQuantity"] as const;

/**
 * Captions of the columns the table lacks where a new entry's value is not what reading the row back would derive
 * (an adjustment without Adjustment or Applies-to Entry reads as a posting; an expected amount is dropped).
 */
function lostColumns(headers: readonly string[], entries: readonly ValueEntry[], ledger: Ledger): string[] {
  const absent = VALUE_ENTRIES.columns.filter((d) => !headers.some((h) => columnMatches(d, h)));
  const missing = absent.filter((d) => (DERIVED_WHEN_MISSING as readonly string[]).includes(d.field));
  if (missing.length === 0) return [];
  const ileNos = new Set(entries.map((v) => v.itemLedgerEntryNo));
  const iles = new Map(ledger.itemLedgerEntries.filter((e) => ileNos.has(e.entryNo)).map((e) => [e.entryNo, e]));
  const stripped = entries.map((v) => {
    const r: Record<string, unknown> = { ...v };
    for (const d of absent) delete r[d.field]; // read back as the table can hold it
    return r as unknown as ValueEntryInput;
  });
  const readBack = completeValueEntries(stripped, iles);
  const byNo = new Map(entries.map((v) => [v.entryNo, v]));
  const same = (a: unknown, b: unknown) => a === b;
  return missing
    .filter((d) =>
      readBack.some(
        (r) =>
          !same(
            (r as Record<string, unknown>)[d.field],
            (byNo.get(r.entryNo) as unknown as Record<string, unknown>)[d.field],
          ),
      ),
    )
    .map((d) => d.caption);
}

/**
 * Writes these items' Standard Cost and Unit Cost into their Items rows; the other cells stay (changed in
 * place where the port can, else the table is written again). Returns what could not be written (no Items
 * table, no row for the item, no such column), in the user's words.
 */
export async function updateItems(
  port: WorkbookPort,
  ledger: Ledger,
  items: readonly ItemWithNewCost[],
): Promise<string[]> {
  if (items.length === 0) return [];
  const rounding = roundingOf(ledger);
  const mapped = (await readColumnMap(port)).forTable(ITEMS.caption);
  const found = await port.readTable(tableSpec(ITEMS, mapped));
  const what = (i: ItemWithNewCost) =>
    `item ${i.no}: Standard Cost ${formatExact(i.standardCost)}, Unit Cost ${formatExact(i.unitCost)}`;
  if (!found)
    return items.map((i) => `The workbook has no Items table, so the new costs of ${what(i)} were not written.`);
  const label = tableLabel(found);
  // Headers mapped by hand read as their columns' captions; a rewritten table keeps the sheet's own headers.
  const table = { ...found, headers: canonicalHeaders(ITEMS, found.headers, mapped) };
  const noCol = table.headers.findIndex((h) => columnMatches(ITEMS.columns[0], h));
  const style = {
    ...rowStyleFor(table, port.dateStyle, rounding, ITEMS, port.defaultTextStyle?.()),
    booleans: undefined,
    numbers: numbersFor(port),
  };
  const fields = ["standardCost", "unitCost"] as const;
  const defOf = (f: string) => ITEMS.columns.find((c) => c.field === f)!;
  const cols = fields.map((f) => table.headers.findIndex((h) => columnMatches(defOf(f), h)));
  const notes: string[] = [];
  const updates: CellUpdate[] = [];
  for (const item of items) {
    const i = noCol < 0 ? -1 : table.rows.findIndex((r) => cellText(r[noCol] ?? null).trim() === item.no);
    if (i < 0) {
      notes.push(`${label} has no row for item ${item.no}, so its new costs were not written (${what(item)}).`);
      continue;
    }
    // CSV keeps text: costs with all the places of their precision ("3.00"), as the other tables.
    const row = recordToRow(ITEMS, table.headers, item, style);
    fields.forEach((f, k) => {
      const c = cols[k];
      if (c >= 0) updates.push({ row: table.rowNumbers[i], column: c, value: row[c] });
      else if (f === "standardCost" || item.costingMethod === "Standard")
        notes.push(`${label} has no "${defOf(f).caption}" column, so ${what(item)} was not written there.`);
    });
  }
  if (updates.length === 0) return notes;
  if (port.updateCells) await port.updateCells(table.name, updates);
  else {
    const rows = table.rows.map((r) => [...r]);
    for (const u of updates) rows[table.rowNumbers.indexOf(u.row)][u.column] = u.value;
    await port.writeTable(table.name, found.headers, rows);
  }
  return notes;
}
