// An .xlsx workbook (exceljs) as a workbook port. Other sheets, tables and formatting are kept; appended
// rows go under the table (extending a real Excel table's range) with the formatting of the row above. Cells
// are copied out of exceljs when a table is read and handed over, not kept (only a sheet's first rows are).
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { CellUpdate, CellValue, TableData, TableSpec, WriteTableOptions } from "../workbook/port";
import { excelTableName } from "../workbook/port";
import { commitFiles, contentHash } from "./commit";
import { lockWorkbook } from "./lock";
import { WorkbookFileError } from "./fileError";
import { findRegion, HEADER_SCAN_ROWS, nameMatches, tableData, type GridRow, type Region } from "../workbook/grid";
import type { FileWorkbook } from "./fileWorkbook";
import { isBlank } from "../workbook/values";
import { JOURNAL_TABLES } from "../workbook/schema";
import { cellValueOf, decodeRange, encodeRange, keepText, tableModels, type TableModel } from "./xlsxCells";
import { xlsxPackage } from "./xlsxPackage";

type Location = { ws: ExcelJS.Worksheet; region: Region; table?: TableModel };

/** The number format of dates in a workbook that shows none of its own. */
const DATE_FORMAT = "yyyy-mm-dd";
/** Formats that say nothing of the workbook's own: none, and Excel's built-in short date (format 14). */
const LOCALE_DATE = new Set(["", "General", "mm-dd-yy"]);

export class XlsxWorkbook implements FileWorkbook {
  readonly kind = "xlsx";
  readonly dateStyle = "date";
  private readonly located = new Map<string, Location>();
  private readonly heads = new Map<number, GridRow[]>();
  private dateFormat?: string;

  private constructor(
    readonly path: string,
    private readonly wb: ExcelJS.Workbook,
    /** The hash of the file as read, to find a save by Excel or another program before this one's. */
    private readAs: string,
  ) {}

  static async open(file: string): Promise<XlsxWorkbook> {
    const raw = await readFile(file);
    const bytes = await xlsxPackage(file, raw);
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch (e) {
      // The package is whole (checked above), so what exceljs can't parse is in the file's parts.
      throw new WorkbookFileError(
        `"${file}" could not be read as an .xlsx workbook: a part of it is damaged or not as Excel writes ` +
          `it (${e instanceof Error ? e.message : String(e)}). ` +
          "If Excel opens it, save it there again as Excel Workbook (.xlsx); otherwise restore it from a backup. " +
          "Then run the command again.",
      );
    }
    for (const ws of wb.worksheets) {
      checkGrid(file, ws);
      for (const t of tableModels(ws)) repairLoadedTable(file, ws, t);
    }
    return new XlsxWorkbook(file, wb, contentHash(raw));
  }

  /** A sheet's rows as cells: built when a table is read and handed over, not kept (exceljs keeps the cells). */
  private grid(ws: ExcelJS.Worksheet): GridRow[] {
    const rows: GridRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => rows.push({ rowNumber, cells: rowCells(row) }));
    return rows;
  }

  /** A sheet's first rows (up to HEADER_SCAN_ROWS with a value), where header rows are looked for; kept. */
  private head(ws: ExcelJS.Worksheet): GridRow[] {
    let head = this.heads.get(ws.id);
    if (!head) {
      const rows: GridRow[] = [];
      let filled = 0;
      const count = ws.rowCount;
      for (let r = 1; r <= count && filled < HEADER_SCAN_ROWS; r++) {
        const row = ws.findRow(r);
        if (!row || !row.hasValues) continue;
        const cells = rowCells(row);
        rows.push({ rowNumber: r, cells });
        if (!cells.every(isBlank)) filled++;
      }
      head = rows;
      this.heads.set(ws.id, head);
    }
    return head;
  }

  /**
   * The number format of the workbook's own dates (the first date cell with one of its own in the first rows of a sheet
   * this tool does not write), for dates in a new table or a column that has none: "dd.mm.yyyy" in a German
   * export. Found once, when first needed.
   */
  private dateFormatOf(): string {
    if (this.dateFormat !== undefined) return this.dateFormat;
    this.dateFormat = DATE_FORMAT;
    const own = new Set(JOURNAL_TABLES.map((t) => t.caption.toLowerCase()));
    for (const ws of this.wb.worksheets) {
      if (own.has(ws.name.toLowerCase())) continue;
      for (let r = 1; r <= Math.min(ws.rowCount, 2 * HEADER_SCAN_ROWS); r++) {
        let found: string | undefined;
        ws.findRow(r)?.eachCell((cell) => {
          if (!found && cell.value instanceof Date && !LOCALE_DATE.has(cell.numFmt ?? "General")) found = cell.numFmt;
        });
        if (found) return (this.dateFormat = found);
      }
    }
    return this.dateFormat;
  }

  private findExcelTable(excelName: string): Location | undefined {
    for (const ws of this.wb.worksheets) {
      for (const t of tableModels(ws)) {
        if (t.name.toLowerCase() !== excelName.toLowerCase()) continue;
        return { ws, table: t, region: regionOfTable(t) };
      }
    }
    return undefined;
  }

  /** A region found on a sheet is a real Excel table when one starts at its header cell. */
  private withTable(ws: ExcelJS.Worksheet, region: Region): Location {
    const table = tableModels(ws).find((t) => {
      const r = regionOfTable(t);
      return r.headerRow === region.headerRow && r.firstCol === region.firstCol;
    });
    return table ? { ws, table, region: regionOfTable(table) } : { ws, region };
  }

  async readTable(spec: TableSpec): Promise<TableData | null> {
    let loc = this.findExcelTable(spec.excelName);
    if (!loc) {
      const named = this.wb.worksheets.find((ws) => nameMatches(spec, ws.name));
      for (const ws of named ? [named] : this.wb.worksheets) {
        const region = findRegion(spec, this.head(ws), ws === named);
        if (region) {
          loc = this.withTable(ws, region);
          break;
        }
      }
    }
    if (!loc) return null;
    this.located.set(spec.name, loc);
    const last = loc.table ? decodeRange(loc.table.tableRef!).bottom - (loc.table.totalsRow ? 1 : 0) : Infinity;
    return tableData(spec, loc.ws.name, this.grid(loc.ws), loc.region, last);
  }

  private locate(name: string): Location | undefined {
    const known = this.located.get(name);
    if (known) return known;
    const spec: TableSpec = { name, excelName: excelTableName(name), isHeaderRow: () => false };
    const byTable = this.findExcelTable(spec.excelName);
    if (byTable) return byTable;
    const ws = this.wb.worksheets.find((w) => nameMatches(spec, w.name));
    const region = ws && findRegion(spec, this.head(ws), true);
    return ws && region ? this.withTable(ws, region) : undefined;
  }

  async appendRows(name: string, rows: readonly (readonly CellValue[])[]): Promise<void> {
    const loc = this.locate(name);
    if (!loc) throw new Error(`The workbook has no "${name}" table to add rows to.`);
    if (rows.length === 0) return;
    const { ws, region, table } = loc;
    let last: number;
    if (table) {
      // New rows go under the last data row; a totals row moves down under them, staying the table's last row.
      const range = decodeRange(table.tableRef!);
      last = table.totalsRow ? range.bottom - 1 : range.bottom;
      for (let r = range.bottom + 1; r <= range.bottom + rows.length; r++) {
        const row = ws.findRow(r);
        if (row && hasValueIn({ rowNumber: r, cells: rowCells(row) }, region)) {
          throw new WorkbookFileError(
            `"${this.path}", sheet "${ws.name}": row ${r} under the table ${table.name} is not empty; ` +
              `${rows.length} new rows go there. Move what is there further down and run the command again.`,
          );
        }
      }
      if (table.totalsRow) moveRow(ws, range.bottom, range.bottom + rows.length, region);
      table.tableRef = encodeRange({ ...range, bottom: range.bottom + rows.length });
      table.autoFilterRef = encodeRange({ ...range, bottom: last + rows.length });
    } else {
      last = region.headerRow;
      ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        if (rowNumber > last && hasValueIn({ rowNumber, cells: rowCells(row) }, region)) last = rowNumber;
      });
    }
    const dates = this.dateFormatOf();
    rows.forEach((values, i) => writeRow(ws, last + 1 + i, region, values, last > region.headerRow ? last : 0, dates));
    this.heads.delete(ws.id);
  }

  /**
   * Deletes a table's rows from sheet row `fromRow` to its last data row (rolling back rows an interrupted post
   * appended): their cells in the table's columns are emptied, a totals row moves up under the rows kept, and
   * a real Excel table's range ends there again (with one row under its header at least, as Excel keeps). The
   * rest of the sheet stays as it is.
   */
  async deleteRowsFrom(name: string, fromRow: number): Promise<void> {
    const loc = this.located.get(name) ?? this.locate(name);
    if (!loc) throw new Error(`The workbook has no "${name}" table to change.`);
    const { ws, region, table } = loc;
    if (fromRow <= region.headerRow) throw new Error(`Row ${fromRow} is not a data row of the ${name} table.`);
    const range = table && decodeRange(table.tableRef!);
    const totals = table?.totalsRow ? 1 : 0;
    let last = range ? range.bottom - totals : fromRow - 1;
    if (!range) {
      ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        if (rowNumber > last && hasValueIn({ rowNumber, cells: rowCells(row) }, region)) last = rowNumber;
      });
    }
    if (fromRow > last) return;
    for (let r = fromRow; r <= last; r++) {
      const row = ws.findRow(r);
      if (!row) continue;
      for (let c = region.firstCol + 1; c <= region.firstCol + region.width; c++) {
        const cell = row.getCell(c);
        cell.value = null;
        cell.style = {};
      }
      row.commit();
    }
    if (table && range) {
      const bottom = Math.max(fromRow - 1, region.headerRow + 1);
      if (totals) moveRow(ws, range.bottom, bottom + 1, region);
      table.tableRef = encodeRange({ ...range, bottom: bottom + totals });
      table.autoFilterRef = encodeRange({ ...range, bottom });
    }
    this.heads.delete(ws.id);
  }

  async updateCells(name: string, updates: readonly CellUpdate[]): Promise<void> {
    const loc = this.located.get(name) ?? this.locate(name);
    if (!loc) throw new Error(`The workbook has no "${name}" table to change.`);
    const { ws, region } = loc;
    for (const u of updates) {
      if (u.column < 0 || u.column >= region.width || u.row <= region.headerRow) {
        throw new Error(`Row ${u.row}, column ${u.column + 1} is outside the ${name} table.`);
      }
      const cell = ws.getRow(u.row).getCell(region.firstCol + 1 + u.column);
      cell.value = u.value;
      if (u.value instanceof Date && (!cell.numFmt || cell.numFmt === "General")) cell.numFmt = this.dateFormatOf();
      keepText(cell);
    }
    this.heads.delete(ws.id);
  }

  async writeTable(
    name: string,
    headers: readonly string[],
    rows: readonly (readonly CellValue[])[],
    options: WriteTableOptions = {},
  ): Promise<void> {
    const excelName = excelTableName(name);
    const old = this.wb.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    for (const ws of this.wb.worksheets)
      for (const t of tableModels(ws)) if (t.name === excelName) ws.removeTable(t.name);
    if (old) this.wb.removeWorksheet(old.id);
    const ws = this.wb.addWorksheet(name);
    // Keep the sheet where it was (exceljs orders sheets by orderNo, which its typings omit).
    type Ordered = { orderNo: number };
    if (old) (ws as unknown as Ordered).orderNo = (old as unknown as Ordered).orderNo;
    if (rows.length > 0) {
      ws.addTable({
        name: excelName,
        ref: "A1",
        headerRow: true,
        style: { theme: "TableStyleLight9", showRowStripes: true },
        columns: headers.map((h) => ({ name: h, filterButton: true })),
        rows: rows.map((r) => [...r]),
      });
    } else ws.getRow(1).values = [...headers];
    const formats = options.numberFormats ?? [];
    const dates = this.dateFormatOf();
    ws.eachRow((row, rowNumber) =>
      row.eachCell((cell, col) => {
        if (cell.value instanceof Date) cell.numFmt = dates;
        else if (rowNumber > 1 && typeof cell.value === "number" && formats[col - 1]) cell.numFmt = formats[col - 1]!;
        keepText(cell);
      }),
    );
    headers.forEach((h, i) => (ws.getColumn(i + 1).width = Math.max(12, h.length + 4)));
    this.located.delete(name);
    this.heads.clear();
  }

  /** One rename over the file, checked unchanged since it was read; `outPath` is written under its own lock. */
  async save(outPath?: string): Promise<void> {
    const data = new Uint8Array((await this.wb.xlsx.writeBuffer()) as ArrayBuffer);
    const label = `The workbook "${this.path}"`;
    if (outPath === undefined) {
      await commitFiles([{ target: this.path, data, before: this.readAs }], { label });
      this.readAs = contentHash(data);
      return;
    }
    const lock = await lockWorkbook(outPath, false);
    try {
      await commitFiles([{ target: outPath, data }], { label });
    } finally {
      await lock.release();
    }
  }
}

/** A row's cells as CellValues (index 0 = column A), blanks as null. */
function rowCells(row: ExcelJS.Row): CellValue[] {
  const cells: CellValue[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => (cells[col - 1] = cellValueOf(cell.value)));
  for (let i = 0; i < cells.length; i++) cells[i] ??= null;
  return cells;
}

function regionOfTable(t: TableModel): Region {
  const r = decodeRange(t.tableRef!);
  return { headerRow: r.top, firstCol: r.left - 1, width: r.right - r.left + 1 };
}

function hasValueIn(row: GridRow, region: Region): boolean {
  return row.cells.slice(region.firstCol, region.firstCol + region.width).some((c) => c !== null && c !== "");
}

/**
 * Moves a table's totals row (its cells in the region, their styles, the row's height) down to another row;
 * a formula's cached result is dropped, as it no longer sums the rows above, so Excel calculates it again.
 */
function moveRow(ws: ExcelJS.Worksheet, from: number, to: number, region: Region): void {
  const source = ws.getRow(from);
  const target = ws.getRow(to);
  target.height = source.height;
  for (let c = region.firstCol + 1; c <= region.firstCol + region.width; c++) {
    const cell = source.getCell(c);
    const value = cell.value;
    const moved = target.getCell(c);
    const formula = value && typeof value === "object" && "formula" in value ? value.formula : undefined;
    moved.value = formula ? ({ formula } as ExcelJS.CellFormulaValue) : value;
    moved.style = { ...cell.style };
    cell.value = null;
    cell.style = {};
  }
  target.commit();
}

/** Writes values as plain values (text stays text: never a formula), styled as the row above (dates: `dates`). */
function writeRow(
  ws: ExcelJS.Worksheet,
  rowNumber: number,
  region: Region,
  values: readonly CellValue[],
  styleRow: number,
  dates: string,
) {
  const row = ws.getRow(rowNumber);
  values.forEach((v, i) => {
    const cell = row.getCell(region.firstCol + 1 + i);
    if (styleRow) cell.style = { ...ws.getRow(styleRow).getCell(region.firstCol + 1 + i).style };
    cell.value = v;
    if (v instanceof Date && (!cell.numFmt || cell.numFmt === "General")) cell.numFmt = dates;
    keepText(cell);
  });
  row.commit();
}

/** Excel's grid: columns A to XFD, rows 1 to 1,048,576. */
const MAX_COLUMNS = 16384;
const MAX_ROWS = 1048576;

/** A sheet with cells beyond Excel's grid is not one Excel wrote (and would take long to go through). */
function checkGrid(file: string, ws: ExcelJS.Worksheet): void {
  if (ws.rowCount > MAX_ROWS || ws.columnCount > MAX_COLUMNS) {
    throw new WorkbookFileError(
      `"${file}", sheet "${ws.name}" has cells beyond Excel's grid (at most column XFD and row ${MAX_ROWS}): ` +
        "the file is damaged or was not written by a spreadsheet program. Restore it from a backup, or copy " +
        "the tables into a new workbook, and run the command again.",
    );
  }
}

/**
 * A table's range must be one Excel can hold, as wide as its columns; exceljs reads a table's header row from
 * headerRowCount="1", which Excel omits (it is the default), has no autoFilter range when Excel wrote none and
 * no style when LibreOffice wrote none (and fails writing it): all are restored so the table is written back
 * as it was.
 */
function repairLoadedTable(file: string, ws: ExcelJS.Worksheet, t: TableModel): void {
  const r = /^[A-Z]+\d+:[A-Z]+\d+$/i.test(t.tableRef ?? "") ? decodeRange(t.tableRef!) : undefined;
  if (!r || r.top < 1 || r.left < 1 || r.bottom > MAX_ROWS || r.right > MAX_COLUMNS || r.bottom < r.top) {
    throw new WorkbookFileError(
      `"${file}": the Excel table ${t.name} on sheet "${ws.name}" has the range ${t.tableRef ?? "(none)"}, ` +
        `which is not a range of Excel's grid (at most column XFD and row ${MAX_ROWS}). Restore the file from a ` +
        "backup, or fix the table's range in Excel (Table Design > Resize Table), and run the command again.",
    );
  }
  if (r.right - r.left + 1 !== t.columns.length) {
    throw new WorkbookFileError(
      `"${file}": the Excel table ${t.name} on sheet "${ws.name}" has the range ${t.tableRef} for ` +
        `${t.columns.length} columns. Fix the table's range in Excel (Table Design > Resize Table), or restore ` +
        "the file from a backup, and run the command again.",
    );
  }
  if (!t.headerRow) {
    const first = ws.getRow(r.top);
    t.headerRow = t.columns.every((c, i) => String(cellValueOf(first.getCell(r.left + i).value) ?? "") === c.name);
  }
  t.autoFilterRef ??= t.totalsRow ? encodeRange({ ...r, bottom: r.bottom - 1 }) : t.tableRef;
  t.style ??= {};
}
