// Cell values into ledger values: dates, decimals, booleans and enums, in the forms exports and people use.
// Amounts never pass through a float when they arrive as text; a number cell is read through String(n).
import { isIsoDate, type IsoDate } from "../engine/calendar";
import { ONE_SCALED, dec, formatExact, isWhole, type Exact } from "../engine/money";
import { booleanValue, enumValue, type EnumKind } from "./captions";
import type { CellValue } from "./port";

export type DateOrder = "dmy" | "mdy";
export type DecimalSeparator = "." | ",";

/** A parsed cell, or the reason it could not be read ("is not a number. Enter ..."), in the user's words. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

export function isBlank(cell: CellValue): boolean {
  return cell === null || (typeof cell === "string" && cell.trim() === "");
}

/** A cell as the user sees it, for messages. */
export function cellText(cell: CellValue): string {
  if (cell === null) return "";
  if (cell instanceof Date) return isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/** A cell read as text (Item No., Document No., ...). */
export function parseText(cell: CellValue): string {
  return cellText(cell).trim();
}

// ---- dates -------------------------------------------------------------------------------------------

const DATE_EXAMPLE = "Enter a date such as 2020-01-31.";
const NOT_A_DATE = "is not a date. " + DATE_EXAMPLE;

/**
 * Excel's serial day number to a date. Excel counts 1900 as a leap year: serial 60 is the non-existent
 * 29 February 1900, so serials from 61 on count from 1899-12-30 and those below 60 from 1899-12-31.
 */
export function excelSerialToIso(serial: number): Parsed<IsoDate> {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day > 2958465) return fail(NOT_A_DATE);
  if (day === 60) return fail("is 29 February 1900, a day that does not exist (an Excel quirk). " + DATE_EXAMPLE);
  const base = day > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return ok(new Date(base + day * 86400000).toISOString().slice(0, 10));
}

/** A JS Date from a workbook reader: its UTC parts are the calendar date (exceljs reads serials as UTC). */
export function isoFromDate(d: Date): Parsed<IsoDate> {
  if (isNaN(d.getTime())) return fail(NOT_A_DATE);
  return ok(d.toISOString().slice(0, 10));
}

// A date may be followed by a time of day ("2020-01-31 00:00:00", "2020-01-31T00:00:00Z", "31/01/2020 12:00 AM"),
// as exports of date-time columns write it; anything else after the date ("2020-01-31 this is not a date") is
// not a date.
const TIME = String.raw`(?:[T ]\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const DMY_OR_MDY = new RegExp(String.raw`^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const SERIAL = /^\d{1,7}(?:\.\d+)?$/;

function fullYear(y: string): number {
  // Two-digit years as Windows and Business Central read them: 00-29 are 2000-2029, 30-99 are 1930-1999.
  if (y.length === 4) return +y;
  return +y < 30 ? 2000 + +y : 1900 + +y;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function checked(s: string): Parsed<IsoDate> {
  return isIsoDate(s) ? ok(s) : fail(NOT_A_DATE);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/** "2020-01-31" exactly (ten characters, digits and hyphens): the form exports and this tool write. */
function isoShaped(t: string): boolean {
  if (t.length !== 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return false;
  for (const i of ISO_DIGITS) if (!isDigit(t.charCodeAt(i))) return false;
  return true;
}

/** What one text cell says about the column's date order: a day above 12 fixes it. */
function orderOf(text: string): DateOrder | undefined {
  // Three leading digits can never be a day or a month (the common ISO case, without a regular expression).
  if (isDigit(text.charCodeAt(0)) && isDigit(text.charCodeAt(1)) && isDigit(text.charCodeAt(2))) return undefined;
  const m = DMY_OR_MDY.exec(text.trim());
  if (!m || m[2] === ".") return undefined;
  if (+m[1] > 12 && +m[3] <= 12) return "dmy";
  if (+m[3] > 12 && +m[1] <= 12) return "mdy";
  return undefined;
}

/** The date order a column's own values prove (e.g. one "31/01/2020"), "mixed" when they disagree. */
export function dateOrderEvidence(cells: readonly CellValue[]): DateOrder | "mixed" | undefined {
  let found: DateOrder | undefined;
  for (const c of cells) {
    if (typeof c !== "string") continue;
    const o = orderOf(c);
    if (o && found && o !== found) return "mixed";
    found = o ?? found;
  }
  return found;
}

/** The column's order: proven by its values, else the user's locale (undefined: ambiguous dates fail). */
export function resolveDateOrder(cells: readonly CellValue[], locale?: DateOrder): DateOrder | undefined {
  const evidence = dateOrderEvidence(cells);
  return evidence === undefined || evidence === "mixed" ? locale : evidence;
}

/** A date cell; "" for a blank cell (Business Central's 0D). Dotted dates are always day first. */
export function parseDate(cell: CellValue, order?: DateOrder): Parsed<IsoDate> {
  // The ISO form as it stands: the same date the general path below reads, without its regular expressions.
  if (typeof cell === "string" && isoShaped(cell)) return isIsoDate(cell) ? ok(cell) : fail(NOT_A_DATE);
  if (cell === null || isBlank(cell)) return ok("");
  if (cell instanceof Date) return isoFromDate(cell);
  if (typeof cell === "number") return excelSerialToIso(cell);
  if (typeof cell === "boolean") return fail(NOT_A_DATE);
  const text = cell.trim();
  const ymd = YMD.exec(text);
  if (ymd) return checked(iso(+ymd[1], +ymd[2], +ymd[3]));
  const m = DMY_OR_MDY.exec(text);
  if (m) {
    const a = +m[1];
    const b = +m[3];
    const y = fullYear(m[4]);
    const own = m[2] === "." ? "dmy" : orderOf(text);
    const use = own ?? (a === b ? "dmy" : order);
    if (!use) {
      return fail(
        `could be day-month-year (${iso(y, b, a)}) or month-day-year (${iso(y, a, b)}). ` +
          "Set the date order (day first or month first), or enter dates as 2020-01-31.",
      );
    }
    return checked(use === "dmy" ? iso(y, b, a) : iso(y, a, b));
  }
  if (SERIAL.test(text)) return excelSerialToIso(+text);
  return fail(NOT_A_DATE);
}

// ---- numbers -----------------------------------------------------------------------------------------

const NOT_A_NUMBER = "is not a number. Enter a number such as 12.50.";

type NumberText =
  | { kind: "number"; value: Exact; decimal?: DecimalSeparator }
  | { kind: "ambiguous"; sep: DecimalSeparator; int: string; frac: string }
  | { kind: "bad" };

const other = (s: DecimalSeparator): DecimalSeparator => (s === "." ? "," : ".");

function readNumberText(raw: string): NumberText {
  const s = raw.replace(/[\s\u00a0\u202f]/g, "").replace(/^\u2212/, "-");
  const m = /^([-+]?)(\d*(?:[.,]\d*)*)$/.exec(s);
  if (!m || !/\d/.test(m[2])) return { kind: "bad" };
  const sign = m[1] === "-" ? "-" : "";
  const body = m[2];
  const num = (digits: string, decimal?: DecimalSeparator): NumberText => ({
    kind: "number",
    value: dec(sign + digits),
    decimal,
  });
  if (/^\d+$/.test(body)) return num(body);
  const single = /^(\d*)([.,])(\d+)$/.exec(body);
  if (single) {
    const [, int, sep, frac] = single;
    const groupable = int.length >= 1 && int.length <= 3 && !int.startsWith("0") && frac.length === 3;
    if (!groupable) return num(`${int || "0"}.${frac}`, sep as DecimalSeparator);
    return { kind: "ambiguous", sep: sep as DecimalSeparator, int, frac };
  }
  const last = Math.max(body.lastIndexOf("."), body.lastIndexOf(","));
  const separator = body[last] as DecimalSeparator;
  const intPart = body.slice(0, last);
  const frac = body.slice(last + 1);
  const thousands = other(separator);
  const grouped = new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+$`);
  if (intPart.includes(thousands) && !intPart.includes(separator) && grouped.test(intPart) && /^\d+$/.test(frac)) {
    return num(`${intPart.split(thousands).join("")}.${frac}`, separator);
  }
  // Only one kind of separator, several times: thousands groups ("1.234.567"), so the other is the decimal.
  if (!body.includes(thousands) && new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(body)) {
    return num(body.split(separator).join(""), thousands);
  }
  return { kind: "bad" };
}

/**
 * The plain forms most cells hold, read without regular expressions: an optional sign, digits, and at most one
 * "." or "," followed by digits ("12", "-0.005", "999999999999999,97"). "none" for every other text (spaces,
 * thousands groups, "1,234" which could be either, ...): readNumberText reads those. Same results as it.
 */
type PlainNumber = { readonly text: string; readonly decimal?: DecimalSeparator } | "none";

function plainNumber(s: string): PlainNumber {
  const n = s.length;
  let i = 0;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 || c0 === 43) i = 1; // - +
  const intStart = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  const intEnd = i;
  if (i === n) {
    if (intEnd === intStart) return "none";
    return { text: c0 === 43 ? s.slice(1) : s };
  }
  const sep = s.charCodeAt(i);
  if (sep !== 46 && sep !== 44) return "none"; // . ,
  i++;
  const fracStart = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  if (i !== n || i === fracStart) return "none";
  const intLen = intEnd - intStart;
  // "1,234" / "1.234": a thousands group or a decimal; the column decides (readNumberText's "ambiguous").
  if (intLen >= 1 && intLen <= 3 && s.charCodeAt(intStart) !== 48 && n - fracStart === 3) return "none";
  const sign = c0 === 45 ? "-" : "";
  const int = intLen === 0 ? "0" : s.slice(intStart, intEnd);
  const text = sep === 46 && c0 !== 43 && intLen > 0 ? s : `${sign}${int}.${s.slice(fracStart)}`;
  return { text, decimal: sep === 46 ? "." : "," };
}

/**
 * False when an ASCII text cannot be a number for readNumberText (a letter, a sign after the first digit, ...),
 * so dates and captions are passed over without its regular expressions; true when it may be one.
 */
function mayBeNumber(s: string): boolean {
  let started = false;
  let digits = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return true; // non-ASCII spaces and the minus sign: readNumberText decides
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (isDigit(c)) started = digits = true;
    else if (c === 46 || c === 44) started = true;
    else if (c === 45 || c === 43) {
      if (started) return false;
      started = true;
    } else return false;
  }
  return digits; // a number has a digit (blank cells prove nothing)
}

/** The separator one text cell proves, as readNumberText finds it. */
function separatorOf(c: string): DecimalSeparator | undefined {
  const plain = plainNumber(c);
  if (plain !== "none") return plain.decimal;
  if (!mayBeNumber(c)) return undefined;
  const r = readNumberText(c);
  return r.kind === "number" ? r.decimal : undefined;
}

/** The decimal separator a column's own text values prove ("1.234,56", "12,5"), "mixed" when they disagree. */
export function decimalEvidence(cells: readonly CellValue[]): DecimalSeparator | "mixed" | undefined {
  let found: DecimalSeparator | undefined;
  for (const c of cells) {
    if (typeof c !== "string") continue;
    const decimal = separatorOf(c);
    if (!decimal) continue;
    if (found && decimal !== found) return "mixed";
    found = decimal;
  }
  return found;
}

export function resolveDecimalSeparator(
  cells: readonly CellValue[],
  locale?: DecimalSeparator,
): DecimalSeparator | undefined {
  const evidence = decimalEvidence(cells);
  return evidence === undefined || evidence === "mixed" ? locale : evidence;
}

/** Excel keeps 15 significant digits; reading a double beyond that only adds binary noise. */
function exactFromNumber(n: number): Exact {
  const shortest = String(n); // the shortest text that reads back as n: "0.1", "1e-7", "1.5e+21"
  const mantissa = shortest.replace(/^-/, "").replace(/e.*$/, "").replace(".", "").replace(/^0+/, "");
  return dec(mantissa.length > 15 ? n.toPrecision(15) : shortest);
}

/** A number cell; null for a blank cell. `sep` resolves "1,234" (1234 or 1.234) when the column cannot. */
export function parseDecimal(cell: CellValue, sep?: DecimalSeparator): Parsed<Exact | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === "number") return Number.isFinite(cell) ? ok(exactFromNumber(cell)) : fail(NOT_A_NUMBER);
  if (typeof cell !== "string") return fail(NOT_A_NUMBER);
  const plain = plainNumber(cell);
  if (plain !== "none") return ok(dec(plain.text));
  const r = readNumberText(cell.trim());
  if (r.kind === "number") return ok(r.value);
  if (r.kind === "bad") return fail(NOT_A_NUMBER);
  const sign = cell.trim().startsWith("-") ? "-" : "";
  const asDecimal = dec(`${sign}${r.int}.${r.frac}`);
  const asThousands = dec(`${sign}${r.int}${r.frac}`);
  if (sep) return ok(sep === r.sep ? asDecimal : asThousands);
  return fail(
    `could be ${formatExact(asThousands)} or ${formatExact(asDecimal)}. ` +
      'Enter it without a thousands separator, or set the decimal separator ("." or ",").',
  );
}

/** A whole number (entry numbers); null for a blank cell. */
export function parseInteger(cell: CellValue, sep?: DecimalSeparator): Parsed<number | null> {
  // Up to 15 digits (an entry number): the whole number itself, exactly.
  if (typeof cell === "string" && cell.length <= 15 && /^-?\d+$/.test(cell)) return ok(Number(cell));
  const r = parseDecimal(cell, sep);
  if (!r.ok || r.value === null) return r.ok ? ok(null) : r;
  const whole = isWhole(r.value) ? r.value / ONE_SCALED : null;
  if (whole === null || whole > BigInt(Number.MAX_SAFE_INTEGER) || whole < -BigInt(Number.MAX_SAFE_INTEGER)) {
    return fail("is not a whole number. Enter a whole number such as 1234.");
  }
  return ok(Number(whole));
}

// ---- booleans and enums ------------------------------------------------------------------------------

/** Yes/No in any supported language, TRUE/FALSE, 1/0; null for a blank cell. */
export function parseBoolean(cell: CellValue): Parsed<boolean | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === "boolean") return ok(cell);
  if (typeof cell === "number" && (cell === 0 || cell === 1)) return ok(cell === 1);
  const b = typeof cell === "string" ? booleanValue(cell) : undefined;
  if (b !== undefined) return ok(b);
  return fail("is not Yes or No. Enter Yes or No (TRUE/FALSE and 1/0 also work).");
}

/** An enum value by its caption in any supported language; null for a blank cell. */
export function parseEnum<T extends string>(
  kind: EnumKind,
  values: readonly T[],
  what: string,
  cell: CellValue,
): Parsed<T | null> {
  if (isBlank(cell)) return ok(null);
  const v = enumValue(kind, values, cellText(cell));
  if (v !== undefined) return ok(v);
  return fail(`is not a known ${what}. Use one of: ${values.join(", ")}.`);
}
