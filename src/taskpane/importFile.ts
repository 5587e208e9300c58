// Reading a file the user picked (Import from file) in the browser: a .csv file as one sheet named after the
// file, parsed by the same CSV code as the command line's; an .xlsx workbook's sheets with ExcelJS. ExcelJS is
// loaded only when an .xlsx is imported, as its own chunk: webpack takes the package's "browser" build
// (exceljs/dist/exceljs.min.js, self-contained, no Node module), so the pane's own bundle stays small.
import type { CellValue } from "../workbook/port";
import { parseCsv } from "../workbook/csv";
import { decodeText, UndecodableText } from "../workbook/textEncoding";
import type { ImportedSheet } from "../workbook/importTables";

/** Reads a picked file into sheets of cells; throws a message for the user when it cannot. */
export type ReadImportFile = (file: File) => Promise<ImportedSheet[]>;

/** The file's bytes (FileReader: every browser Excel runs add-ins in, and jsdom). */
function bytesOf(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsArrayBuffer(file);
  });
}

/** A .csv file's text in the encoding it came in; a damaged one refused, named. */
function csvText(fileName: string, bytes: ArrayBuffer): string {
  try {
    return decodeText(new Uint8Array(bytes)).text;
  } catch (e) {
    throw e instanceof UndecodableText ? new Error(`${fileName}: ${e.message}`) : e;
  }
}

/** "Item Ledger Entries (2).csv" -> "Item Ledger Entries": the name a downloaded file's table goes by. */
export function sheetNameOf(fileName: string): string {
  return fileName
    .replace(/\.[^.]*$/, "")
    .replace(/\s*\(\d+\)$/, "")
    .trim();
}

export function csvSheets(fileName: string, text: string): ImportedSheet[] {
  const parsed = parseCsv(text);
  const rows: (readonly CellValue[])[] = [];
  for (let i = 0; i < parsed.skipped; i++) rows.push([]);
  for (const r of parsed.records) rows.push(r.map((c) => (c === "" ? null : c)));
  return [{ name: sheetNameOf(fileName), rows }];
}

type ExcelJsModule = typeof import("exceljs");
type ExcelJsCell = import("exceljs").CellValue;

/** A cell as shown: formulas by their result, rich text and hyperlinks by their text (as src/files reads). */
function cellValueOf(v: ExcelJsCell | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    if ("result" in v) return cellValueOf(v.result as ExcelJsCell);
    if ("formula" in v || "sharedFormula" in v) return null;
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("error" in v) return String(v.error);
  }
  return null;
}

export async function xlsxSheets(fileName: string, bytes: ArrayBuffer): Promise<ImportedSheet[]> {
  const loaded = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as ExcelJsModule & {
    default?: ExcelJsModule;
  };
  const ExcelJS = loaded.default ?? loaded;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (e) {
    throw new Error(
      `${fileName} could not be read as an .xlsx workbook (${e instanceof Error ? e.message : String(e)}). Save it ` +
        "again from Excel as an Excel Workbook (.xlsx), or export the table as CSV.",
    );
  }
  return wb.worksheets.map((ws) => {
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => (cells[col - 1] = cellValueOf(cell.value)));
      for (let i = 0; i < cells.length; i++) cells[i] ??= null;
      rows[rowNumber - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { name: ws.name, rows };
  });
}

/** The picked file's sheets: .csv or .xlsx; anything else is refused with what to choose instead. */
export const readImportFile: ReadImportFile = async (file) => {
  const name = file.name.toLowerCase();
  if (name.endsWith(".csv")) return csvSheets(file.name, csvText(file.name, await bytesOf(file)));
  if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) return xlsxSheets(file.name, await bytesOf(file));
  throw new Error(
    `${file.name} is neither an .xlsx workbook nor a .csv file. Choose the file Business Central's "Open in ` +
      'Excel" or export made (.xlsx), or a table saved as CSV.',
  );
};
