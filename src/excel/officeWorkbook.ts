// The open Excel workbook as a WorkbookPort, through Office.js: the task pane's counterpart of src/files.
// Tables are found by Excel table name, sheet name or header row (as the file adapter finds them); rows are
// read and written in blocks that keep each request well under Excel on the web's 5 MB limit, one
// context.sync() per block, with a progress report after each.
import { findRegion, nameMatches, tableData, type GridRow, type Region } from "../workbook/grid";
import type {
  CellUpdate,
  CellValue,
  ChartSpec,
  TableData,
  TableSpec,
  WorkbookPort,
  WriteTableOptions,
} from "../workbook/port";
import { excelTableName } from "../workbook/port";
import {
  address,
  columnLetters,
  formatFor,
  fromExcel,
  GENERAL_FORMAT,
  newColumnFormat,
  TEXT_FORMAT,
  toExcel,
} from "./cells";
import { errorCode, explainOfficeError, isPayloadLimit, protectedSheetMessage } from "./errors";

/** Excel.run, or a stand-in with the same shape (tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface Progress {
  /** The table's caption, e.g. "Value Entries". */
  readonly table: string;
  readonly action: "read" | "write" | "append";
  /** Rows done so far, of `total`. */
  readonly done: number;
  readonly total: number;
}

export interface OfficeWorkbookOptions {
  /** Defaults to Office.js's Excel.run. */
  readonly run?: ExcelRun;
  /**
   * Cells per request when reading; writes send half as many (values and number formats). 100,000 cells of
   * ledger data (entry numbers, dates, short codes, amounts) stay around 2 MB, under the 5 MB limit; a
   * request Excel still refuses as too large is retried in smaller blocks.
   */
  readonly cellsPerRequest?: number;
  readonly onProgress?: (progress: Progress) => void;
}

/** Where a table sits: its sheet, the Excel table (if it is one), and its rows and columns. */
interface Location {
  readonly sheet: string;
  readonly table?: string;
  /** 1-based sheet row of the header row. */
  readonly headerRow: number;
  /** 0-based first column and width. */
  readonly firstCol: number;
  readonly width: number;
  /** 1-based sheet row of the last data row (the header row when there is none). */
  lastRow: number;
}

/** Rows searched for a header row at the top of each sheet's used range, and columns read there. */
export const HEADER_BLOCK_ROWS = 30;
const HEADER_BLOCK_COLS = 128;
const DEFAULT_CELLS_PER_REQUEST = 100_000;
/** Ranges per request when changing single cells: each is its own object in the request. */
const RUNS_PER_REQUEST = 500;
const TABLE_STYLE = "TableStyleLight9";

type Rows = readonly (readonly CellValue[])[];

export class OfficeWorkbook implements WorkbookPort {
  readonly dateStyle = "date";
  private readonly run: ExcelRun;
  private readonly readCells: number;
  private readonly writeCells: number;
  private readonly located = new Map<string, Location>();

  constructor(private readonly options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
    const cells = Math.max(1, options.cellsPerRequest ?? DEFAULT_CELLS_PER_REQUEST);
    this.readCells = cells;
    this.writeCells = Math.max(1, Math.floor(cells / 2));
  }

  private progress(table: string, action: Progress["action"], done: number, total: number): void {
    this.options.onProgress?.({ table, action, done, total });
  }

  /** One Excel.run; an Office.js error in it is explained (sheet, what was being done, what to do). */
  private async batch<T>(sheet: string, doing: string, fn: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(fn);
    } catch (e) {
      throw errorCode(e) ? explainOfficeError(e, sheet, doing) : e;
    }
  }

  async readTable(spec: TableSpec): Promise<TableData | null> {
    const loc = await this.locate(spec);
    if (!loc) return null;
    const grid = await this.readRows(spec.name, loc.sheet, loc.headerRow, loc.lastRow, loc.firstCol, loc.width, true);
    const region: Region = { headerRow: loc.headerRow, firstCol: 0, width: loc.width };
    const data = tableData(spec, loc.sheet, grid, region, loc.lastRow);
    if (!loc.table) loc.lastRow = data.rowNumbers.length ? data.rowNumbers[data.rowNumbers.length - 1] : loc.headerRow;
    this.located.set(spec.name, loc);
    return data;
  }

  /**
   * An Excel table by name; else the sheet by name, else the first sheet whose top rows hold the header row
   * (one sheet's top rows per request, so a workbook of many sheets never makes one large request).
   */
  private async locate(spec: TableSpec): Promise<Location | null> {
    const survey = await this.batch(spec.name, `looking for the ${spec.name} table`, (context) =>
      surveyWorkbook(context, spec),
    );
    const byName = survey.tables.find((t) => t.name.toLowerCase() === spec.excelName.toLowerCase());
    if (byName) return tableLocation(byName);
    for (const c of survey.candidates) {
      if (!c.used) {
        if (c.named) return { sheet: c.sheet, headerRow: 1, firstCol: 0, width: 0, lastRow: 1 };
        continue;
      }
      const u = c.used;
      const top = u.row + 1;
      const bottom = u.row + Math.min(u.rows, HEADER_BLOCK_ROWS);
      const block = await this.readRows(spec.name, c.sheet, top, bottom, u.col, Math.min(u.cols, HEADER_BLOCK_COLS));
      const pad: CellValue[] = new Array<CellValue>(u.col).fill(null);
      const region = findRegion(
        spec,
        block.map((r) => ({ rowNumber: r.rowNumber, cells: [...pad, ...r.cells] })),
        c.named,
      );
      if (!region) continue;
      const table = survey.tables.find(
        (t) => t.sheet === c.sheet && t.row + 1 === region.headerRow && t.col === region.firstCol,
      );
      if (table) return tableLocation(table);
      return {
        sheet: c.sheet,
        headerRow: region.headerRow,
        firstCol: region.firstCol,
        width: region.width,
        lastRow: Math.max(region.headerRow, u.row + u.rows),
      };
    }
    return null;
  }

  /**
   * Sheet rows firstRow..lastRow (1-based) of columns firstCol.. (0-based) + width, in blocks under the
   * request budget, one Excel.run and sync per block; a block Excel refuses as too large is read in halves.
   */
  private async readRows(
    caption: string,
    sheet: string,
    firstRow: number,
    lastRow: number,
    firstCol: number,
    width: number,
    report = false,
  ): Promise<GridRow[]> {
    const grid: GridRow[] = [];
    const total = lastRow - firstRow + 1;
    let blockRows = Math.max(1, Math.floor(this.readCells / Math.max(1, width)));
    let next = firstRow;
    if (report) this.progress(caption, "read", 0, total);
    while (next <= lastRow && width > 0) {
      const count = Math.min(blockRows, lastRow - next + 1);
      let values: unknown[][];
      try {
        values = await this.run((context) => readBlock(context, sheet, next - 1, firstCol, count, width));
      } catch (e) {
        if (isPayloadLimit(e) && count > 1) {
          blockRows = Math.ceil(count / 2);
          continue;
        }
        throw explainOfficeError(e, sheet, `reading ${caption}`);
      }
      values.forEach((cells, i) => grid.push({ rowNumber: next + i, cells: cells.map(fromExcel) }));
      next += count;
      if (report) this.progress(caption, "read", next - firstRow, total);
    }
    return grid;
  }

  async writeTable(
    name: string,
    headers: readonly string[],
    rows: Rows,
    options: WriteTableOptions = {},
  ): Promise<void> {
    const excelName = excelTableName(name);
    const width = headers.length;
    const what = `the ${name} table`;
    await this.batch(name, `preparing the sheet for ${what}`, (context) =>
      prepareSheet(context, name, excelName, what),
    );
    this.located.delete(name);

    // The caller's format for a column (amounts "#,##0.00", unit costs "#,##0.00###"), else one from its values.
    const columnFormats = headers.map((_, i) => options.numberFormats?.[i] ?? newColumnFormat(rows, i));
    const all: Rows = [headers, ...rows];
    await this.writeBlocks(name, name, "write", all.length, width, async (context, start, count) => {
      const block = all.slice(start, start + count);
      const range = context.workbook.worksheets.getItem(name).getRangeByIndexes(start, 0, count, width);
      range.numberFormat = block.map((r, i) =>
        headers.map((_, c) => (start + i === 0 ? TEXT_FORMAT : formatFor(r[c] ?? null, columnFormats[c]))),
      );
      range.values = block.map((r) => headers.map((_, c) => toExcel(r[c] ?? null)));
      await context.sync();
    });

    await this.batch(name, `making ${what} an Excel table`, async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      if (rows.length > 0) {
        const table = sheet.tables.add(address(0, 0, rows.length + 1, width), true);
        table.name = excelName;
        table.style = TABLE_STYLE;
      }
      sheet.getRangeByIndexes(0, 0, Math.min(all.length, 200), width).format.autofitColumns();
      await context.sync();
    });
  }

  async appendRows(name: string, rows: Rows): Promise<number | void> {
    const loc = await this.locateByName(name);
    if (!loc) {
      throw new Error(
        `The workbook has no "${name}" table to add rows to. Add a sheet named "${name}" (or an Excel table ` +
          `named ${excelTableName(name)}) with its header row, and try again.`,
      );
    }
    if (rows.length === 0) return;
    const what = `the new ${name} rows`;
    const model = await this.batch(loc.sheet, `preparing ${what}`, (context) => appendTarget(context, loc, what));
    const width = loc.width;
    const formats = rows.map((r) => Array.from({ length: width }, (_, c) => formatFor(r[c] ?? null, model[c])));
    const values = rows.map((r) => Array.from({ length: width }, (_, c) => toExcel(r[c] ?? null)));
    const firstNew = loc.lastRow; // 0-based index of the first new sheet row
    await this.writeBlocks(name, loc.sheet, "append", rows.length, width, async (context, start, count) => {
      let range: Excel.Range;
      if (loc.table) {
        // One rows.add per block (blank cells), then formats before values, so text never becomes a formula.
        const table = context.workbook.tables.getItem(loc.table);
        table.rows.add(
          undefined,
          Array.from({ length: count }, () => Array.from({ length: width }, () => "")),
        );
        range = table
          .getDataBodyRange()
          .getLastRow()
          .getOffsetRange(-(count - 1), 0)
          .getResizedRange(count - 1, 0);
      } else {
        range = context.workbook.worksheets
          .getItem(loc.sheet)
          .getRangeByIndexes(firstNew + start, loc.firstCol, count, width);
      }
      range.numberFormat = formats.slice(start, start + count);
      range.values = values.slice(start, start + count);
      await context.sync();
      loc.lastRow += count;
    });
    return firstNew + 1;
  }

  /**
   * A native chart of the table (Worksheet.charts.add, ExcelApi 1.1) over its header and rows, series by column,
   * titled, placed from the second column right of the table. One Excel.run, one sync.
   */
  async addChart(name: string, chart: ChartSpec): Promise<void> {
    const loc = await this.locateByName(name);
    if (!loc) throw new Error(`The workbook has no "${name}" table to chart.`);
    await this.batch(loc.sheet, `adding a chart of ${name}`, async (context) => {
      const sheet = context.workbook.worksheets.getItem(loc.sheet);
      const rows = loc.lastRow - loc.headerRow + 1;
      const source = sheet.getRangeByIndexes(loc.headerRow - 1, loc.firstCol, rows, loc.width);
      const added = sheet.charts.add(chart.type === "line" ? "Line" : "ColumnClustered", source, "Columns");
      added.title.text = chart.title;
      const left = loc.firstCol + loc.width + 1;
      added.setPosition(`${columnLetters(left)}${loc.headerRow}`, `${columnLetters(left + 7)}${loc.headerRow + 17}`);
      await context.sync();
    });
  }

  /**
   * Deletes the table's rows from sheet row `fromRow` to its end (rolling back rows an interrupted post
   * appended); cells below move up. One Excel.run, one sync.
   */
  async deleteRowsFrom(name: string, fromRow: number): Promise<void> {
    const loc = await this.locateByName(name);
    if (!loc) throw new Error(`The workbook has no "${name}" table to change.`);
    if (fromRow <= loc.headerRow || fromRow > loc.lastRow) return;
    const count = loc.lastRow - fromRow + 1;
    await this.batch(loc.sheet, `deleting ${count} ${name} rows`, async (context) => {
      context.workbook.worksheets
        .getItem(loc.sheet)
        .getRangeByIndexes(fromRow - 1, loc.firstCol, count, loc.width)
        .delete("Up"); // Excel.DeleteShiftDirection.up
      await context.sync();
    });
    loc.lastRow = fromRow - 1;
  }

  /**
   * Changes single cells of a table read before (or found by its name): each cell keeps its number format
   * unless the value needs another (text always gets the text format, so it never becomes a formula or a
   * number). Cells side by side in a row go as one range; the ranges go in blocks within the request budget,
   * one Excel.run per block: one sync to check the sheet and load the cells' formats, one to write them all.
   */
  async updateCells(name: string, updates: readonly CellUpdate[]): Promise<void> {
    const loc = await this.locateByName(name);
    if (!loc) throw new Error(`The workbook has no "${name}" table to change.`);
    for (const u of updates) {
      if (u.column < 0 || u.column >= loc.width || u.row <= loc.headerRow || u.row > loc.lastRow) {
        throw new Error(`Row ${u.row}, column ${u.column + 1} is outside the ${name} table.`);
      }
    }
    const runs = cellRuns(updates);
    if (runs.length === 0) return;
    const total = updates.length;
    const what = `the changed ${name} cells`;
    let blockRuns = RUNS_PER_REQUEST;
    let blockCells = this.writeCells;
    let start = 0;
    let done = 0;
    this.progress(name, "write", 0, total);
    while (start < runs.length) {
      let end = start + 1;
      let cells = runs[start].values.length;
      while (end < runs.length && end - start < blockRuns && cells + runs[end].values.length <= blockCells) {
        cells += runs[end].values.length;
        end++;
      }
      const block = runs.slice(start, end);
      try {
        await this.run((context) => writeCellRuns(context, loc.sheet, loc.firstCol, block, what));
      } catch (e) {
        if (isPayloadLimit(e) && block.length > 1) {
          blockRuns = Math.ceil(block.length / 2);
          blockCells = Math.max(1, Math.ceil(cells / 2));
          continue;
        }
        if (!errorCode(e)) throw e;
        const before = done === 0 ? "" : ` (${done} of ${total} cells were changed before)`;
        throw new Error(explainOfficeError(e, loc.sheet, `changing ${name} cells`).message + before);
      }
      start = end;
      done += cells;
      this.progress(name, "write", Math.min(done, total), total);
    }
  }

  /**
   * Runs `write` over rows [0, total) in blocks within the write budget, one Excel.run (and one sync) per
   * block; a block Excel refuses as too large is retried in halves.
   */
  private async writeBlocks(
    caption: string,
    sheet: string,
    action: Progress["action"],
    total: number,
    width: number,
    write: (context: Excel.RequestContext, start: number, count: number) => Promise<void>,
  ): Promise<void> {
    let blockRows = Math.max(1, Math.floor(this.writeCells / Math.max(1, width)));
    let start = 0;
    this.progress(caption, action, 0, total);
    while (start < total) {
      const count = Math.min(blockRows, total - start);
      try {
        await this.run((context) => write(context, start, count));
      } catch (e) {
        if (isPayloadLimit(e) && count > 1) {
          blockRows = Math.ceil(count / 2);
          continue;
        }
        const done = start === 0 ? "" : ` (${start} of ${total} rows were written before)`;
        const err = explainOfficeError(e, sheet, action === "append" ? `adding ${caption} rows` : `writing ${caption}`);
        throw new Error(err.message + done);
      }
      start += count;
      this.progress(caption, action, start, total);
    }
  }

  /** The table called `name`, as found by the last readTable, else by Excel table or sheet name. */
  private async locateByName(name: string): Promise<Location | undefined> {
    const known = this.located.get(name);
    if (known) return known;
    const spec: TableSpec = { name, excelName: excelTableName(name), isHeaderRow: () => false };
    // An Excel table says where it ends: found, not read (a table the ledger store holds is written to without
    // its cells being read again). A plain sheet's last data row is known only by reading it.
    const loc = await this.locate(spec);
    if (loc?.table) {
      this.located.set(name, loc);
      return loc;
    }
    await this.readTable(spec);
    return this.located.get(name);
  }
}

/** One block of cells, read with one sync. */
async function readBlock(
  context: Excel.RequestContext,
  sheet: string,
  row: number,
  col: number,
  rows: number,
  cols: number,
): Promise<unknown[][]> {
  const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(row, col, rows, cols);
  range.load("values");
  await context.sync();
  return range.values;
}

/** Cells side by side in one sheet row: 1-based sheet row, 0-based first column (in the table), values. */
interface CellRun {
  readonly row: number;
  readonly column: number;
  readonly values: CellValue[];
}

/** The updates as runs of adjacent cells, by row and column; a cell given twice takes its last value. */
function cellRuns(updates: readonly CellUpdate[]): CellRun[] {
  const last = new Map<string, CellUpdate>();
  for (const u of updates) last.set(`${u.row}:${u.column}`, u);
  const sorted = [...last.values()].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: { row: number; column: number; values: CellValue[] }[] = [];
  for (const u of sorted) {
    const run = runs[runs.length - 1];
    if (run && run.row === u.row && run.column + run.values.length === u.column) run.values.push(u.value);
    else runs.push({ row: u.row, column: u.column, values: [u.value] });
  }
  return runs;
}

/**
 * One block of changed cells: the sheet checked and the cells' number formats loaded (one sync), then every
 * run's formats and values set (formats first, so text never becomes a formula) and written (one sync).
 */
async function writeCellRuns(
  context: Excel.RequestContext,
  sheetName: string,
  firstCol: number,
  runs: readonly CellRun[],
  what: string,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const protection = context.workbook.worksheets.getItem(sheetName).protection;
  protection.load("protected");
  const ranges = runs.map((r) => sheet.getRangeByIndexes(r.row - 1, firstCol + r.column, 1, r.values.length));
  for (const range of ranges) range.load("numberFormat");
  await context.sync();
  if (protection.protected) throw new Error(protectedSheetMessage(sheetName, what));
  runs.forEach((r, i) => {
    const current = ranges[i].numberFormat[0] as unknown[];
    ranges[i].numberFormat = [
      r.values.map((v, c) => formatFor(v, typeof current[c] === "string" ? (current[c] as string) : GENERAL_FORMAT)),
    ];
    ranges[i].values = [r.values.map(toExcel)];
  });
  await context.sync();
}

/** An Excel table's name, sheet and cells (0-based), as plain values. */
interface TableGeometry {
  readonly name: string;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly showTotals: boolean;
}

interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** A sheet that may hold the table, and its used range (null when it is empty). */
interface Candidate {
  readonly sheet: string;
  readonly named: boolean;
  readonly used: Rect | null;
}

/**
 * Every Excel table (name, sheet, cells), and the sheets to search for the spec's header row: the sheet of
 * the table's name if there is one, else all, each with its used range. Two syncs, whatever the workbook.
 */
async function surveyWorkbook(
  context: Excel.RequestContext,
  spec: TableSpec,
): Promise<{ tables: TableGeometry[]; candidates: Candidate[] }> {
  const tables = context.workbook.tables;
  const sheets = context.workbook.worksheets;
  tables.load("items/name");
  sheets.load("items/name");
  await context.sync();

  const ranges = tables.items.map((t) => {
    const range = t.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    t.load("name,showTotals");
    t.worksheet.load("name");
    return range;
  });
  const named = sheets.items.find((s) => nameMatches(spec, s.name));
  const searched = named ? [named] : sheets.items;
  const used = searched.map((s) => {
    const u = s.getUsedRangeOrNullObject(true);
    u.load("rowIndex,columnIndex,rowCount,columnCount");
    return u;
  });
  await context.sync();

  return {
    tables: tables.items.map((t, i) => ({
      name: t.name,
      sheet: t.worksheet.name,
      row: ranges[i].rowIndex,
      col: ranges[i].columnIndex,
      rows: ranges[i].rowCount,
      cols: ranges[i].columnCount,
      showTotals: t.showTotals,
    })),
    candidates: searched.map((s, i) => ({
      sheet: s.name,
      named: s === named,
      used: used[i].isNullObject
        ? null
        : { row: used[i].rowIndex, col: used[i].columnIndex, rows: used[i].rowCount, cols: used[i].columnCount },
    })),
  };
}

function tableLocation(t: TableGeometry): Location {
  return {
    sheet: t.sheet,
    table: t.name,
    headerRow: t.row + 1,
    firstCol: t.col,
    width: t.cols,
    lastRow: t.row + t.rows - (t.showTotals ? 1 : 0),
  };
}

/**
 * Makes `name` an empty sheet for a new table: refuses a protected sheet, frees the Excel table name (a table
 * of that name elsewhere becomes a plain range, its data kept), clears the sheet or adds it.
 */
async function prepareSheet(context: Excel.RequestContext, name: string, excelName: string, what: string) {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  const protection = context.workbook.worksheets.getItemOrNullObject(name).protection;
  const table = context.workbook.tables.getItemOrNullObject(excelName);
  await context.sync();
  if (!sheet.isNullObject) {
    protection.load("protected");
    await context.sync();
    if (protection.protected) throw new Error(protectedSheetMessage(name, what));
  }
  if (!table.isNullObject) table.convertToRange();
  if (sheet.isNullObject) context.workbook.worksheets.add(name);
  else sheet.getRange().clear();
  await context.sync();
}

/** Checks the target sheet can take rows; returns the number format of each column (from the last row). */
async function appendTarget(context: Excel.RequestContext, loc: Location, what: string): Promise<string[]> {
  const sheet = context.workbook.worksheets.getItem(loc.sheet);
  const protection = context.workbook.worksheets.getItem(loc.sheet).protection;
  protection.load("protected");
  let model: Excel.Range | null = null;
  if (loc.table) model = context.workbook.tables.getItem(loc.table).getDataBodyRange().getLastRow();
  else if (loc.lastRow > loc.headerRow) model = sheet.getRangeByIndexes(loc.lastRow - 1, loc.firstCol, 1, loc.width);
  model?.load("numberFormat");
  await context.sync();
  if (protection.protected) throw new Error(protectedSheetMessage(loc.sheet, what));
  const formats = model ? (model.numberFormat[0] as unknown[]) : [];
  return Array.from({ length: loc.width }, (_, c) =>
    typeof formats[c] === "string" ? (formats[c] as string) : GENERAL_FORMAT,
  );
}
