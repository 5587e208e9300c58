// How a table writes dates and decimals as text: Business Central exports them in the user's regional format
// ("31.01.2023", "1.234,56" in a German export; "01/31/2023" in a US one), and a row added to the table must be
// written the same way, or its column ends up mixed. Read from the column's own cells (a sample: the first
// ones that show it), else from the table's other columns, else from the workbook (a CSV folder's other files).
// Pure; the formatting works on exact decimal text, never on a float.
import type { CellValue, TableData } from "./port";
import { decimalEvidence, type DecimalSeparator } from "./values";

/** A date format as text: "dd.mm.yyyy" is { order: "dmy", separator: ".", padded: true, yearDigits: 4 }. */
export interface DateText {
  readonly order: "ymd" | "dmy" | "mdy";
  readonly separator: string;
  /** Day and month with two digits ("05.01.2023"), or as few as they need ("5.1.2023"). */
  readonly padded: boolean;
  readonly yearDigits: 2 | 4;
  /** Text after the date that every cell of the column has ("00:00:00" of a date-time export), or "". */
  readonly suffix: string;
}

/** A decimal as text: its decimal separator and thousands separator ("" for none). */
export interface NumberText {
  readonly decimal: DecimalSeparator;
  readonly group: string;
}

/** One column's style: whether its cells are text (always in a CSV), and its date or number format. */
export interface ColumnText {
  readonly text: boolean;
  readonly date?: DateText;
  readonly number?: NumberText;
}

/** A table's style: each column's (in header order, undefined when unknown), and the table's own as fallback. */
export interface TextStyle {
  readonly columns: readonly (ColumnText | undefined)[];
  readonly date?: DateText;
  readonly number?: NumberText;
}

/** The dates and decimals of a table or workbook as a whole: what columns that show none of their own take. */
export type TextDefaults = Omit<TextStyle, "columns">;

/** The kind of value a column holds, for finding its style (other columns have none). */
export type StyledKind = "date" | "decimal" | undefined;

export const ISO_DATE: DateText = { order: "ymd", separator: "-", padded: true, yearDigits: 4, suffix: "" };
export const PLAIN_NUMBER: NumberText = { decimal: ".", group: "" };

/** Cells looked at per column: enough for a day above 12 or a decimal to show the format. */
const SAMPLE = 2000;

const YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(.*)$/;
const DMY = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(.*)$/;
// A time of day after a date that is midnight, as date-time exports write a date: " 00:00:00", "T00:00:00Z", " 12:00 AM".
const MIDNIGHT =
  /^(?:[T ]\s*(?:0?0:00(?::00(?:[.,]0+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?|12:00(?::00)?\s*[Aa]\.?[Mm]\.?))?$/;

interface DateShape {
  readonly order?: DateText["order"];
  readonly separator: string;
  /** true: two-digit day or month below 10 seen; false: one digit seen; undefined: not shown. */
  readonly padded?: boolean;
  readonly yearDigits: 2 | 4;
  readonly suffix: string;
}

function paddingOf(...parts: string[]): boolean | undefined {
  for (const p of parts) if (+p < 10) return p.length === 2;
  return undefined;
}

/** What one text cell shows of a date format, or undefined when it is not a date. */
function dateShape(cell: string): DateShape | undefined {
  const t = cell.trim();
  const ymd = YMD.exec(t);
  if (ymd) {
    if (!MIDNIGHT.test(ymd[5])) return undefined;
    return { order: "ymd", separator: ymd[2], padded: paddingOf(ymd[3], ymd[4]), yearDigits: 4, suffix: ymd[5] };
  }
  const m = DMY.exec(t);
  if (!m || !MIDNIGHT.test(m[5]) || (m[2] === "-" && m[4].length === 2)) return undefined;
  const [a, b] = [+m[1], +m[3]];
  if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return undefined;
  const order = m[2] === "." || (a > 12 && b <= 12) ? "dmy" : b > 12 && a <= 12 ? "mdy" : undefined;
  return { order, separator: m[2], padded: paddingOf(m[1], m[3]), yearDigits: m[4].length as 2 | 4, suffix: m[5] };
}

/** The date format text cells show, merged over the cells (undefined: none is a date). */
function dateFormatOf(cells: Iterable<CellValue>): DateShape | undefined {
  let found: DateShape | undefined;
  for (const c of cells) {
    if (typeof c !== "string") continue;
    const s = dateShape(c);
    if (!s) continue;
    if (!found) found = s;
    else if (s.separator === found.separator && s.yearDigits === found.yearDigits)
      found = { ...found, order: found.order ?? s.order, padded: found.padded ?? s.padded };
    if (found.order && found.padded !== undefined) break;
  }
  return found;
}

const GROUPED = /^[-+]?\d{1,3}([ .,'\u00a0\u202f])\d{3}(?:\1\d{3})*(?:([.,])\d*)?$/;

/** The number format a decimal column's text cells show (undefined: no cell shows a separator). */
function numberFormatOf(cells: readonly CellValue[]): NumberText | undefined {
  const evidence = decimalEvidence(cells);
  let decimal = evidence === "mixed" ? undefined : evidence;
  let group = "";
  for (const c of cells) {
    if (typeof c !== "string") continue;
    const m = GROUPED.exec(c.trim());
    if (!m || m[1] === m[2]) continue;
    // "1.234" alone may be 1.234: a group only when the decimal separator is another one (shown, or after it).
    if (m[2]) decimal ??= m[2] as DecimalSeparator;
    if (decimal && m[1] !== decimal) {
      group = m[1];
      break;
    }
  }
  return decimal ? { decimal, group } : undefined;
}

/** The first non-blank cells of a column, up to the sample size. */
function sample(table: TableData, index: number): CellValue[] {
  const out: CellValue[] = [];
  for (const row of table.rows) {
    const c = row[index] ?? null;
    if (c === null || c === "") continue;
    out.push(c);
    if (out.length >= SAMPLE) break;
  }
  return out;
}

function complete(shape: DateShape | undefined, order?: DateText["order"]): DateText | undefined {
  if (!shape) return undefined;
  const o = shape.order ?? order ?? (shape.separator === "/" ? undefined : "dmy");
  return o ? { ...shape, order: o, padded: shape.padded ?? true } : undefined;
}

/**
 * The table's style from its own cells: each date and decimal column's format (`kinds`, in header order, says
 * which columns are dates and decimals), and the table's (its first column's that shows one). A column that shows
 * no format of its own takes the table's, else `fallback`'s; a date order no cell proves comes from the table's
 * other date columns, else `fallback`, else day first (dotted dates always are).
 */
export function detectTextStyle(table: TableData, kinds: readonly StyledKind[], fallback?: TextDefaults): TextStyle {
  const samples = kinds.map((k, i) => (k ? sample(table, i) : []));
  const shapes = kinds.map((k, i) => (k === "date" ? dateFormatOf(samples[i]) : undefined));
  const numbers = kinds.map((k, i) => (k === "decimal" ? numberFormatOf(samples[i]) : undefined));
  const order = shapes.find((s) => s?.order)?.order ?? fallback?.date?.order;
  const tableDate =
    complete(
      shapes.find((s) => s),
      order,
    ) ?? fallback?.date;
  const tableNumber = numbers.find((n) => n) ?? fallback?.number;
  const columns = kinds.map((k, i): ColumnText | undefined => {
    if (!k) return undefined;
    const text = samples[i].length > 0 && samples[i].slice(0, 50).every((c) => typeof c === "string");
    if (k === "date") return { text, date: complete(shapes[i], order) ?? tableDate };
    return { text, number: numbers[i] ?? tableNumber };
  });
  return { columns, date: tableDate, number: tableNumber };
}

/**
 * A workbook's style from rows whose columns are not known (a CSV folder's first rows): the date format of the
 * cells that are dates, the decimal separator the numbers prove. Undefined parts: nothing shows them.
 */
export function guessTextStyle(rows: readonly (readonly CellValue[])[]): TextDefaults {
  const cells = rows.flat();
  const shape = dateFormatOf(cells);
  const evidence = decimalEvidence(cells);
  const number = evidence === undefined || evidence === "mixed" ? undefined : numberFormatOf(cells);
  return { date: complete(shape), number };
}

const pad = (n: number, padded: boolean): string => (padded ? String(n).padStart(2, "0") : String(n));

/** An ISO date ("2023-01-31") in a date format ("31.01.2023"). */
export function dateAsText(iso: string, f: DateText): string {
  const [y, m, d] = iso.split("-");
  const year = f.yearDigits === 2 ? y.slice(-2) : y;
  const mm = pad(+m, f.padded);
  const dd = pad(+d, f.padded);
  const parts = f.order === "ymd" ? [year, mm, dd] : f.order === "dmy" ? [dd, mm, year] : [mm, dd, year];
  return parts.join(f.separator) + f.suffix;
}

/** A decimal's exact text ("-1234.50", as decimalText writes it) in a number format ("-1.234,50"). */
export function decimalAsText(text: string, f: NumberText): string {
  if (f.decimal === "." && f.group === "") return text;
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return text;
  const int = f.group ? m[2].replace(/\B(?=(\d{3})+(?!\d))/g, f.group) : m[2];
  return m[1] + int + (m[3] !== undefined ? f.decimal + m[3] : "");
}
