// Cell values and number formats between the WorkbookPort's CellValues and Office.js ranges.
import type { CellValue } from "../workbook/port";

/** Dates are written as Excel serial numbers with this format (the file adapter uses the same). */
export const DATE_FORMAT = "yyyy-mm-dd";
/** Excel's text format: what is written into such a cell stays text (never a formula, never a number). */
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";
/** Amounts and unit costs: at least two decimals, up to five (Business Central's unit-amount precision). */
export const DECIMAL_FORMAT = "#,##0.00###";

const MS_PER_DAY = 86400000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A calendar date (its UTC parts) as Excel's serial day number, the inverse of excelSerialToIso: from
 * 1 March 1900 on serials count from 1899-12-30; before it Excel's phantom 29 February 1900 shifts them by one.
 */
export function dateToSerial(d: Date): number {
  const day = Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - SERIAL_EPOCH) / MS_PER_DAY);
  return day > 60 ? day : day - 1;
}

/** A cell as Office.js returns it ("" for an empty cell) as a port CellValue (null for an empty cell). */
export function fromExcel(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** A port CellValue as an Office.js value: dates as serials, null as "" (an empty cell). */
export function toExcel(v: CellValue): string | number | boolean {
  if (v === null) return "";
  if (v instanceof Date) return dateToSerial(v);
  return v;
}

const isDateFormat = (f: string): boolean => /[yd]/i.test(f.replace(/"[^"]*"|\[[^\]]*\]/g, ""));

/**
 * The number format a cell gets. Text is always written with the text format, so imported data such as
 * "=SUM(A1)", "-12", "+1", "@x" or "00123" stays exactly that text. Dates get a date format, numbers keep the
 * column's format (`columnFormat`, e.g. the row above in a table) unless that would turn them into text.
 */
export function formatFor(v: CellValue, columnFormat: string = GENERAL_FORMAT): string {
  if (typeof v === "string") return TEXT_FORMAT;
  if (v instanceof Date) return isDateFormat(columnFormat) ? columnFormat : DATE_FORMAT;
  if (columnFormat === TEXT_FORMAT) return GENERAL_FORMAT;
  return columnFormat;
}

/** The format of a new table's column: dates, decimals, or General. */
export function newColumnFormat(rows: readonly (readonly CellValue[])[], col: number): string {
  let sawDate = false;
  let sawFraction = false;
  for (const row of rows) {
    const v = row[col];
    if (v instanceof Date) sawDate = true;
    else if (typeof v === "number" && !Number.isInteger(v)) sawFraction = true;
  }
  if (sawDate) return DATE_FORMAT;
  return sawFraction ? DECIMAL_FORMAT : GENERAL_FORMAT;
}

/** "A", ..., "Z", "AA", ...: a 0-based column index as Excel's column letters. */
export function columnLetters(index: number): string {
  let s = "";
  for (let x = index + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** "A1:D10" for 0-based first row and column, row and column counts. */
export function address(row: number, col: number, rows: number, cols: number): string {
  return `${columnLetters(col)}${row + 1}:${columnLetters(col + cols - 1)}${row + rows}`;
}
