// Loads an .xlsx file (exceljs) into the fake Excel, as Excel would hold it: dates as serial numbers with a
// date format, Excel tables where the file has them.
import ExcelJS from "exceljs";
import { dateToSerial, DATE_FORMAT } from "../excel/cells";
import { cellValueOf, decodeRange, tableModels } from "../files/xlsxCells";
import { FakeExcel, type Scalar } from "./fakeExcel";

export async function fakeFromXlsx(file: string, options: { tables?: boolean } = {}): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const excel = new FakeExcel();
  for (const ws of wb.worksheets) {
    const rows: (Scalar | null)[][] = [];
    const formats: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cellValueOf(cell.value);
        (rows[r - 1] ??= [])[c - 1] = v instanceof Date ? dateToSerial(v) : v;
        (formats[r - 1] ??= [])[c - 1] = v instanceof Date ? DATE_FORMAT : (cell.numFmt ?? "General");
      });
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const sheet = excel.addSheet(ws.name, rows, formats);
    if (options.tables === false) continue;
    for (const t of tableModels(ws)) {
      const r = decodeRange(t.tableRef!);
      excel.addTable(t.name, sheet, r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);
    }
  }
  return excel;
}
