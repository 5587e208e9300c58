// RFC 4180 CSV: quoted fields, "" escapes, CRLF/LF/CR line ends; UTF-8 with or without BOM; delimiter , ; or
// tab, detected from the first line. Text that a spreadsheet would run as a formula is written so it stays
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

/** Parses CSV text; the delimiter is detected unless given. */
export function parseCsv(input: string, knownDelimiter?: Delimiter): ParsedCsv {
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
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === "\r" || ch === "\n") {
      endRecord();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (field !== "" || record.length > 0) endRecord();
  return { delimiter, records: records.map((r) => r.map(unescapeFormulaText)), skipped };
}

// Apostrophes already in front count too, so "'=x" is written "''=x" and every text reads back as it was.
const FORMULA_START = /^'*([=+@\t\r]|-(?![\d.]))/;

/**
 * Text starting with = + @ (or tab/CR), or with - followed by something other than a digit or a dot, would be
 * run as a formula by a spreadsheet opening the CSV: it gets a leading apostrophe. "-5" stays as it is (a
 * spreadsheet reads it as the number it looks like, which is harmless). Numbers are never escaped.
 */
export function escapeFormulaText(text: string): string {
  return FORMULA_START.test(text) ? "'" + text : text;
}

/** The inverse of escapeFormulaText: one leading apostrophe before a formula character is dropped. */
export function unescapeFormulaText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
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
