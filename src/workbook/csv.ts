// RFC 4180 CSV: quoted fields, "" escapes, CRLF/LF/CR line ends; a leading BOM ignored (the bytes' encoding is
// textEncoding.ts's); delimiter , ; or tab, detected from the first line. Text that a spreadsheet would run as a formula is written so it stays
// text (see escapeFormulaText) and read back as written.
// Pure (no Node API): the file adapter (src/files) and the task pane's import from a file both use it.
import type { CellValue } from "./port";

export type Delimiter = "," | ";" | "\t";

export interface ParsedCsv {
  readonly delimiter: Delimiter;
  readonly records: string[][];
  /** Number of leading lines that are not records (Excel's "sep=;" line). */
  readonly skipped: number;
}

const BOM = "\uFEFF";

/** The delimiter that occurs most often outside quotes in the first line (comma on a tie or none). */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  return (Object.keys(counts) as Delimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ",");
}

/**
 * Parses CSV text; the delimiter is detected unless given. `stopAfter`: stop once that many records with a
 * non-blank field are read (the first rows of a file, where header rows are looked for).
 */
export function parseCsv(input: string, knownDelimiter?: Delimiter, stopAfter = Infinity): ParsedCsv {
  let text = input.startsWith(BOM) ? input.slice(1) : input;
  let skipped = 0;
  let delimiter: Delimiter;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep && [",", ";", "\t"].includes(sep[1])) {
    delimiter = sep[1] as Delimiter;
    text = text.slice(sep[0].length);
    skipped = 1;
  } else delimiter = knownDelimiter ?? detectDelimiter(text);

  const records: string[][] = [];
  let record: string[] = [];
  let filled = 0;
  let field = "";
  let quoted = false;
  const endField = () => {
    record.push(unescapeFormulaText(field));
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    if (stopAfter !== Infinity && record.some((f) => f.trim() !== "")) filled++;
    record = [];
  };
  // Runs of plain characters are taken whole (one slice, not a string per character); the states are those
  // of RFC 4180: a quote opens a quoted field only at the start of a field, "" inside one is a quote.
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let i = 0;
  while (i < n && filled < stopAfter) {
    if (quoted) {
      const j = text.indexOf('"', i);
      if (j < 0) {
        field += text.slice(i);
        i = n;
      } else {
        field += text.slice(i, j);
        if (text.charCodeAt(j + 1) === 34) {
          field += '"';
          i = j + 2;
        } else {
          quoted = false;
          i = j + 1;
        }
      }
      continue;
    }
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === d || c === 10 || c === 13 || c === 34) break;
      j++;
    }
    if (j > i) field += text.slice(i, j);
    if (j >= n) {
      i = n;
      break;
    }
    const c = text.charCodeAt(j);
    if (c === 34) {
      if (field === "") quoted = true;
      else field += '"';
      i = j + 1;
    } else if (c === d) {
      endField();
      i = j + 1;
    } else {
      endRecord();
      i = c === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    }
  }
  if (filled < stopAfter && (field !== "" || record.length > 0)) endRecord();
  return { delimiter, records, skipped };
}

/**
 * Text a spreadsheet would run as a formula, or read as something else than the text, when it is typed in (or
 * opened from a CSV): text starting with = + - @, tab or CR, unless it is a plain negative number ("-5",
 * "-1.234,56", which it reads as the number the text is). Numbers written as numbers are never text.
 */
export function evaluatedAsFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NEGATIVE.test(text);
}

// Apostrophes already in front count too, so "'=x" is written "''=x" and every text reads back as it was.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NEGATIVE = /^-[\d.,]*\d[\d.,]*$/;

/**
 * CSV's formula injection guard: text that evaluatedAsFormula gets a leading apostrophe ("-2+3" is written
 * "'-2+3", "=HYPERLINK(...)" "'=HYPERLINK(...)"), the usual escape: a spreadsheet shows it as text, with the
 * apostrophe, and runs nothing. This reader drops that one apostrophe (unescapeFormulaText), so the text reads
 * back exactly as it was; a text that starts with an apostrophe of its own keeps it (it gets a second one).
 */
export function escapeFormulaText(text: string): string {
  return evaluatedAsFormula(text) ? "'" + text : text;
}

/** The inverse of escapeFormulaText: one leading apostrophe before a text it would escape is dropped. */
export function unescapeFormulaText(text: string): string {
  return text.startsWith("'") && evaluatedAsFormula(text.slice(1)) ? text.slice(1) : text;
}

function quoteField(text: string, delimiter: Delimiter): string {
  return /["\r\n]/.test(text) || text.includes(delimiter) || /^\s|\s$/.test(text)
    ? '"' + text.replace(/"/g, '""') + '"'
    : text;
}

export interface CsvStyle {
  readonly delimiter: Delimiter;
  readonly decimalSeparator: "." | ",";
  readonly lineEnding: "\r\n" | "\n";
}

/** One cell as CSV text: numbers in plain decimal notation, dates as ISO, booleans TRUE/FALSE. */
export function formatCell(value: CellValue, style: CsvStyle): string {
  if (value === null) return "";
  if (typeof value === "number") {
    const s = plainNumber(value);
    return style.decimalSeparator === "," ? s.replace(".", ",") : s;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return escapeFormulaText(value);
}

/** A number without exponent notation (1e-7 -> 0.0000001). */
function plainNumber(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const [mantissa, exp] = s.split(/e/i);
  const e = Number(exp);
  const neg = mantissa.startsWith("-");
  const digits = mantissa.replace(/^-/, "").replace(".", "");
  const point = mantissa.replace(/^-/, "").indexOf(".");
  const intLen = (point < 0 ? mantissa.replace(/^-/, "").length : point) + e;
  const out =
    intLen <= 0
      ? "0." + "0".repeat(-intLen) + digits
      : intLen >= digits.length
        ? digits + "0".repeat(intLen - digits.length)
        : digits.slice(0, intLen) + "." + digits.slice(intLen);
  return (neg ? "-" : "") + out;
}

export function formatRecord(values: readonly CellValue[], style: CsvStyle): string {
  return values.map((v) => quoteField(formatCell(v, style), style.delimiter)).join(style.delimiter);
}

export function formatCsv(rows: readonly (readonly CellValue[])[], style: CsvStyle): string {
  return rows.map((r) => formatRecord(r, style) + style.lineEnding).join("");
}
