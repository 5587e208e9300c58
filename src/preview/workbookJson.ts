// A FakeExcel's contents as plain JSON, so a workbook loaded in Node (fromXlsx.ts reads .xlsx files
// with exceljs, which does not run in the page) can be handed to the fake Excel inside the browser page and
// rebuilt there with the same FakeExcel class. Values, number formats, Excel tables and sheet protection travel;
// formulas do not (the fake keeps only their results, as Range.values returns them).
import { FakeExcel, type Scalar } from "./fakeExcel";

export interface SheetJson {
  readonly name: string;
  readonly protected: boolean;
  /** Row-major values, null for an empty cell. */
  readonly values: (Scalar | null)[][];
  /** Row-major number formats ("General" where the cell has none). */
  readonly formats: string[][];
}

export interface TableJson {
  readonly name: string;
  readonly sheet: string;
  /** 0-based header row and first column, and the size including the header (and totals) row. */
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly showTotals: boolean;
  readonly style: string;
}

export interface WorkbookJson {
  readonly sheets: readonly SheetJson[];
  readonly tables: readonly TableJson[];
}

export function workbookToJson(excel: FakeExcel): WorkbookJson {
  return {
    sheets: excel.sheets.map((s) => ({
      name: s.name,
      protected: s.protected,
      values: Array.from(s.cells, (r) => Array.from(r ?? [], (c) => (c && c.value !== "" ? c.value : null))),
      formats: Array.from(s.cells, (r) => Array.from(r ?? [], (c) => c?.format ?? "General")),
    })),
    tables: excel.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      row: t.row,
      col: t.col,
      rows: t.rows,
      cols: t.cols,
      showTotals: t.showTotals,
      style: t.style,
    })),
  };
}

export function workbookFromJson(json: WorkbookJson): FakeExcel {
  const excel = new FakeExcel();
  for (const s of json.sheets) excel.addSheet(s.name, s.values, s.formats).protected = s.protected;
  for (const t of json.tables) {
    const table = excel.addTable(t.name, excel.sheet(t.sheet), t.row, t.col, t.rows, t.cols);
    table.showTotals = t.showTotals;
    table.style = t.style;
  }
  return excel;
}
