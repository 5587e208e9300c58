// exceljs details: cell values as plain CellValues, A1 ranges, and the table models exceljs keeps.
import type ExcelJS from "exceljs";
import { evaluatedAsFormula } from "../workbook/csv";
import type { CellValue } from "../workbook/port";

/** The parts of exceljs's internal table model this adapter reads and extends. */
export interface TableModel {
  name: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  style?: object;
  columns: { name: string }[];
}

/** exceljs's typings declare getTables() wrongly; its tables map holds objects with a `model`. */
export function tableModels(ws: ExcelJS.Worksheet): TableModel[] {
  const tables = (ws as unknown as { tables: Record<string, { model: TableModel }> }).tables ?? {};
  return Object.values(tables).map((t) => t.model);
}

/** A cell's value as shown: formulas by their result, rich text and hyperlinks by their text. */
export function cellValueOf(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    if ("result" in v) return cellValueOf(v.result as ExcelJS.CellValue);
    if ("formula" in v || "sharedFormula" in v) return null;
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("error" in v) return String(v.error);
  }
  return null;
}

/**
 * A text cell Excel would make a formula of when the user presses F2 and Enter ("=1+2", "-2+3") gets the text
 * number format "@", so it stays the text it is. Called on every cell this adapter writes.
 */
export function keepText(cell: ExcelJS.Cell): void {
  if (typeof cell.value === "string" && evaluatedAsFormula(cell.value)) cell.numFmt = "@";
}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function colLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** "B2:D10" -> 1-based rows and columns. */
export function decodeRange(ref: string): Range {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) throw new Error(`Not a cell range: ${ref}`);
  const top = +m[2];
  const left = colNumber(m[1]);
  return { top, left, bottom: m[4] ? +m[4] : top, right: m[3] ? colNumber(m[3]) : left };
}

export function encodeRange(r: Range): string {
  return `${colLetters(r.left)}${r.top}:${colLetters(r.right)}${r.bottom}`;
}
