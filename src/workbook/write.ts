// Value entries back into a table's own columns: the sheet's header order and language, its Yes/No style, its
// dates and decimals as its cells write them (textStyle.ts), amounts rounded to their precision. Decimals are
// written exactly: as their decimal text where the port keeps text (CSV) or the column holds text, as a number
// cell where 15 significant digits hold them (what an Excel number keeps, so the cell reads back as the same
// decimal), else as a text cell with the exact decimal (999999999999999.97).
import type { ValueEntry } from "../engine/model";
import {
  DEFAULT_ROUNDING,
  abs,
  formatExact,
  parseExact,
  placesOf,
  roundTo,
  significantDigits,
  SCALE,
} from "../engine/money";
import type { Exact, Fixed, Rounding } from "../engine/money";
import { detectLanguage, enumCaption, LANGUAGES, normalizeCaption, type LanguageCaptions } from "./captions";
import type { CellValue, DateStyle, TableData } from "./port";
import { columnMatches, VALUE_ENTRIES, type ColumnDef, type TableSchema } from "./schema";
import { parseBoolean } from "./values";
import {
  dateAsText,
  decimalAsText,
  detectTextStyle,
  ISO_DATE,
  PLAIN_NUMBER,
  type ColumnText,
  type StyledKind,
  type TextDefaults,
  type TextStyle,
} from "./textStyle";
import type { CopiedFields } from "./copiedFields";

export interface RowStyle {
  /** Real dates (xlsx, Office.js) or ISO text (CSV). */
  readonly dates: DateStyle;
  /** What the table writes for Yes and No. */
  readonly booleans?: readonly [CellValue, CellValue];
  /** Amount and unit-amount rounding precisions (General Ledger Setup). */
  readonly rounding?: Rounding;
  /** Language for enum captions; by default the language of the headers. */
  readonly language?: LanguageCaptions;
  /**
   * "text": decimals as their exact decimal text with all the places of their precision (a port that stores
   * only text: CSV); by default decimalCell's number (or exact text beyond 15 significant digits).
   */
  readonly numbers?: "cells" | "text";
  /**
   * How the table writes dates and decimals as text, per column (detectTextStyle): used where the port keeps
   * only text and for columns whose cells are text; ISO dates and plain decimals without it.
   */
  readonly text?: TextStyle;
}

/** Fields rounded to the amount precision, and to the unit-amount precision, when written. */
const AMOUNTS = new Set([
  "costAmountActual",
  "costAmountExpected",
  "inventoryValueCalculated",
  "inventoryValueRevalued",
  "amount",
  "appliedAmount",
  "totalAmount",
  // Value Entries amounts that are 0 on appended entries (schema.ts VALUE_ENTRY_ZERO_COLUMNS).
  "costPostedToGL",
  "expectedCostPostedToGL",
  "costPostedToGLACY",
  "expCostPostedToGLACY",
  "salesAmountActual",
  "salesAmountExpected",
  "purchaseAmountActual",
  "purchaseAmountExpected",
  "discountAmount",
  "costAmountNonInvtbl",
  "costAmountNonInvtblACY",
]);
const UNIT_AMOUNTS = new Set([
  "costPerUnit",
  "unitCostCalculated",
  "unitCostRevalued",
  "unitCost",
  "standardCost",
  "lastDirectCost",
]);

/** Excel's number format for a precision: 0.01 -> "#,##0.00", 0.00001 -> "#,##0.00###" (at least two places). */
export function numberFormatFor(precision: Fixed): string {
  const places = placesOf(precision);
  if (places === 0) return "#,##0";
  return "#,##0." + "0".repeat(Math.min(2, places)) + "#".repeat(Math.max(0, places - 2));
}

/** The precision a field is rounded to when written (amounts, unit amounts), or undefined (quantities). */
export function precisionOf(field: string, rounding: Rounding = DEFAULT_ROUNDING): Fixed | undefined {
  return AMOUNTS.has(field) ? rounding.amount : UNIT_AMOUNTS.has(field) ? rounding.unitAmount : undefined;
}

/**
 * A decimal as the exact text written where only text is kept (CSV): amounts and unit amounts with all the
 * places of their precision ("51.00", "6.37500"), so that no value reads like a thousands group ("6.375" could
 * be 6375) when the file is read again; other decimals with exactly three places get a fourth ("1.2340").
 */
export function decimalText(d: Fixed, precision?: Fixed): string {
  if (precision) return formatExact(roundTo(d, precision), placesOf(precision));
  const text = formatExact(d);
  return /\.\d{3}$/.test(text) ? text + "0" : text;
}

/**
 * Numbers of decimal columns as text for a port that stores only text (CSV), as decimalText writes them.
 * Text already there (an exact decimal from decimalCell) is kept as it is.
 */
export function numbersAsText(
  schema: TableSchema,
  headers: readonly string[],
  row: readonly CellValue[],
  rounding: Rounding = DEFAULT_ROUNDING,
): CellValue[] {
  return row.map((v, i) => {
    if (typeof v !== "number") return v;
    const def = schema.columns.find((d) => columnMatches(d, headers[i]));
    if (!def || def.kind.type !== "decimal") return v;
    // String(v) of a number cell (15 significant digits at most, see decimalCell) is its exact decimal.
    return decimalText(parseExact(String(v)) as Exact, precisionOf(def.field, rounding));
  });
}

/** The number format of each of these headers' columns: amounts and unit amounts by their precision. */
export function columnFormats(
  schema: TableSchema,
  headers: readonly string[],
  rounding: Rounding = DEFAULT_ROUNDING,
): (string | null)[] {
  return headers.map((h) => {
    const def = schema.columns.find((d) => columnMatches(d, h));
    if (!def) return null;
    if (AMOUNTS.has(def.field)) return numberFormatFor(rounding.amount);
    if (UNIT_AMOUNTS.has(def.field)) return numberFormatFor(rounding.unitAmount);
    return null;
  });
}

/** Significant digits an Excel number cell keeps: a decimal with up to 15 comes back from its double exactly. */
export const EXCEL_DIGITS = 15;

/**
 * A Decimal as a worksheet cell (rounded first where it is an amount): a number when its exact decimal has at
 * most 15 significant digits (the double nearest to it prints back as the same decimal, and Excel keeps 15
 * digits), else the exact decimal as text ("999999999999999.97"; a number cell would hold 1E+15), which is read
 * back exactly.
 */
export function decimalCell(d: Fixed, precision?: Fixed): number | string {
  const rounded = precision ? roundTo(d, precision) : d;
  // Trailing zeros of a whole number do not count (1E+15 is exact); beyond 1E+300 a double is not safe.
  const wholeDigits = abs(rounded).toString().length - SCALE;
  if (significantDigits(rounded) <= EXCEL_DIGITS && wholeDigits < 300) return Number(formatExact(rounded));
  return decimalText(rounded, precision);
}

/** The kind of each header's column, for detectTextStyle: dates and decimals of the schema, else undefined. */
export function styledKinds(schema: TableSchema, headers: readonly string[]): StyledKind[] {
  return headers.map((h) => {
    const type = schema.columns.find((d) => columnMatches(d, h))?.kind.type;
    return type === "date" || type === "decimal" ? type : undefined;
  });
}

/**
 * The date and number style of a table as read (its own cells, then the workbook's `defaults`), under these
 * headers (the table's, perhaps with columns added at the end); the workbook's for a table not there yet.
 */
export function textStyleOf(
  schema: TableSchema,
  headers: readonly string[],
  table: TableData | null | undefined,
  defaults?: TextDefaults,
): TextStyle {
  if (!table) return { columns: [], ...defaults };
  return detectTextStyle({ ...table, headers }, styledKinds(schema, headers), defaults);
}

/** How one column's values are written, resolved once for the column: its kind, precision and style. */
export function cellWriter(
  def: ColumnDef,
  style: RowStyle,
  lang: LanguageCaptions,
  column?: ColumnText,
): (value: unknown) => CellValue {
  const rounding = style.rounding ?? DEFAULT_ROUNDING;
  switch (def.kind.type) {
    case "text":
      return (value) => (typeof value === "string" && value !== "" ? value : null);
    case "integer":
      return (value) => (typeof value === "number" ? value : null);
    case "decimal": {
      const precision = precisionOf(def.field, rounding);
      if (style.numbers !== "text" && !column?.text)
        return (value) => (value === undefined || value === null ? null : decimalCell(value as Fixed, precision));
      const format = column?.number ?? style.text?.number ?? PLAIN_NUMBER;
      return (value) =>
        value === undefined || value === null ? null : decimalAsText(decimalText(value as Fixed, precision), format);
    }
    case "date": {
      if (style.dates === "date" && !column?.text)
        return (value) => (typeof value !== "string" || value === "" ? null : new Date(value + "T00:00:00Z"));
      const format = column?.date ?? style.text?.date ?? ISO_DATE;
      return (value) => (typeof value !== "string" || value === "" ? null : dateAsText(value, format));
    }
    case "boolean": {
      const [yes, no] = style.booleans ?? [lang.booleans.yes[0], lang.booleans.no[0]];
      return (value) => (value === true ? yes : no);
    }
    case "enum": {
      const kind = def.kind.enum;
      return (value) => (typeof value === "string" ? enumCaption(kind, value, lang) : null);
    }
  }
}

/**
 * Records as rows of a table with these headers, the columns matched to the schema once (not per row);
 * columns the schema does not know are left blank.
 */
export function rowWriter(
  schema: TableSchema,
  headers: readonly string[],
  style: DateStyle | RowStyle = "date",
): (record: object) => CellValue[] {
  const s: RowStyle = typeof style === "string" ? { dates: style } : style;
  const lang = s.language ?? detectLanguage(headers);
  const columns = headers.map((h, i) => {
    const def = schema.columns.find((d) => columnMatches(d, h));
    return def ? { field: def.field, write: cellWriter(def, s, lang, s.text?.columns[i]) } : undefined;
  });
  return (record) => {
    const values = record as Record<string, unknown>;
    const row: CellValue[] = new Array(columns.length);
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i];
      row[i] = c ? c.write(values[c.field]) : null;
    }
    return row;
  };
}

/** A record as a row of a table with these headers; columns the schema does not know are left blank. */
export function recordToRow(
  schema: TableSchema,
  headers: readonly string[],
  record: object,
  style: DateStyle | RowStyle = "date",
): CellValue[] {
  return rowWriter(schema, headers, style)(record);
}

/** A value entry as a row of the Value Entries table with these headers, in their order and language. */
export function valueEntryToRow(
  headers: readonly string[],
  ve: ValueEntry,
  style: DateStyle | RowStyle = "date",
): CellValue[] {
  return recordToRow(VALUE_ENTRIES, headers, ve, style);
}

/** The pair that contains this Yes (or No) word, preferring the table's language. */
function pairFor(word: string, yes: boolean, lang: LanguageCaptions): readonly [string, string] | undefined {
  const n = normalizeCaption(word);
  for (const l of [lang, ...LANGUAGES]) {
    const own = yes ? l.booleans.yes : l.booleans.no;
    const i = own.findIndex((w) => normalizeCaption(w) === n);
    if (i >= 0) {
      const yesWord = yes ? word : (l.booleans.yes[i] ?? l.booleans.yes[0]);
      const noWord = yes ? (l.booleans.no[i] ?? l.booleans.no[0]) : word;
      return [yesWord, noWord];
    }
  }
  return undefined;
}

/** How a table writes Yes/No, read from its own boolean columns (undefined when it has no values yet). */
export function detectBooleanStyle(
  table: TableData,
  schema: TableSchema = VALUE_ENTRIES,
): readonly [CellValue, CellValue] | undefined {
  const lang = detectLanguage(table.headers);
  const indexes = schema.columns
    .filter((d) => d.kind.type === "boolean")
    .map((d) => table.headers.findIndex((h) => columnMatches(d, h)))
    .filter((i) => i >= 0);
  if (indexes.length === 0) return undefined;
  let yes: CellValue | undefined;
  let no: CellValue | undefined;
  for (const row of table.rows) {
    for (const i of indexes) {
      const cell = row[i] ?? null;
      const r = parseBoolean(cell);
      if (!r.ok || r.value === null) continue;
      if (typeof cell === "boolean") return [true, false];
      if (typeof cell === "number") return [1, 0];
      if (r.value) yes ??= cell;
      else no ??= cell;
      if (yes !== undefined && no !== undefined) return [yes, no];
    }
  }
  const word = yes ?? no;
  return typeof word === "string" ? pairFor(word.trim(), yes !== undefined, lang) : undefined;
}

/**
 * The style for rows appended to this table: its own Yes/No, its language, its dates and decimals as its cells
 * write them (`fallback`: the workbook's, for columns that show none), dates as the port stores them (decimals
 * as numbers: add `numbers: "text"` for a port that keeps only text).
 */
export function rowStyleFor(
  table: TableData,
  dates: DateStyle,
  rounding?: Rounding,
  schema: TableSchema = VALUE_ENTRIES,
  fallback?: TextDefaults,
): RowStyle {
  return {
    dates,
    booleans: detectBooleanStyle(table, schema),
    rounding,
    language: detectLanguage(table.headers),
    text: detectTextStyle(table, styledKinds(schema, table.headers), fallback),
  };
}

/**
 * The table rows are appended to: its caption, headers (mapped ones as their columns' captions), Yes/No style,
 * date and number style, and what new entries copy from the entries they adjust (copiedFields.ts).
 */
export interface AppendTarget {
  readonly name: string;
  readonly headers: readonly string[];
  readonly booleans?: readonly [CellValue, CellValue];
  readonly text?: TextStyle;
  readonly copied?: CopiedFields;
}
