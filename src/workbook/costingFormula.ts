// A COSTING function call in a cell's formula (=COSTING.AVGCOST(A2, "2025-02-15", , "BLUE")), taken apart so the
// task pane can explain the average the cell shows: which function, and each argument as a literal, a cell
// reference (to be read) or omitted. Formulas come as Office.js gives Range.formulas: English, commas between
// arguments, whatever the user's locale. Only what a person types for these functions is understood: text,
// numbers, TRUE/FALSE, references, DATE(y, m, d); anything else is "other", and the pane says so.
import type { CellValue } from "./port";

/** One argument of the call. */
export type FormulaArg =
  | { readonly kind: "omitted" }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** DATE(year, month, day) with literal numbers: the date as yyyy-mm-dd. */
  | { readonly kind: "date"; readonly value: string }
  /** A cell: on `sheet` (null: the formula's own sheet), at `address` ("B2", "$B$2"). */
  | { readonly kind: "reference"; readonly sheet: string | null; readonly address: string }
  | { readonly kind: "other"; readonly text: string };

export interface CostingCall {
  /** The function's name without the namespace, in capitals: "AVGCOST", "VALUE", ... */
  readonly name: string;
  readonly args: readonly FormulaArg[];
}

const CALL = /^=\s*(?:_xldudf_)?COSTING[._]([A-Z]+)\s*\(([\s\S]*)\)\s*$/i;
const REFERENCE = /^(?:(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!)?(\$?[A-Z]{1,3}\$?\d+)$/i;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?$/i;
const DATE_CALL = /^DATE\(\s*(\d{4})\s*,\s*(\d{1,2})\s*,\s*(\d{1,2})\s*\)$/i;

/** The formula's COSTING call when the whole formula is one (`=COSTING.X(...)`); null otherwise. */
export function parseCostingCall(formula: string): CostingCall | null {
  const m = CALL.exec(formula.trim());
  if (!m) return null;
  const parts = splitArguments(m[2]);
  if (parts === null) return null;
  const args = parts.length === 1 && parts[0].trim() === "" ? [] : parts.map(argumentOf);
  return { name: m[1].toUpperCase(), args };
}

/** The top-level arguments (commas outside quotes and parentheses); null when quotes or parentheses do not close. */
function splitArguments(inner: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quoted) {
      if (c === '"') quoted = inner[i + 1] === '"' ? (i++, true) : false;
    } else if (c === '"') quoted = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return null;
  }
  if (quoted || depth !== 0) return null;
  parts.push(inner.slice(start));
  return parts;
}

function argumentOf(raw: string): FormulaArg {
  const t = raw.trim();
  if (t === "") return { kind: "omitted" };
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"'))
    return { kind: "text", value: t.slice(1, -1).replace(/""/g, '"') };
  if (NUMBER.test(t)) return { kind: "number", value: Number(t) };
  if (/^(TRUE|FALSE)$/i.test(t)) return { kind: "boolean", value: t.toUpperCase() === "TRUE" };
  const date = DATE_CALL.exec(t);
  if (date) {
    const [y, mo, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const iso = `${date[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    const real = new Date(Date.UTC(y, mo - 1, d));
    if (real.getUTCMonth() === mo - 1 && real.getUTCDate() === d) return { kind: "date", value: iso };
  }
  const ref = REFERENCE.exec(t);
  if (ref) {
    const sheet = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : (ref[2] ?? null);
    return { kind: "reference", sheet, address: ref[3].replace(/\$/g, "").toUpperCase() };
  }
  return { kind: "other", text: t };
}

/** An argument as the function receives it: a value (a literal or the cell referred to), omitted, or not known. */
export type CallArgument =
  | { readonly kind: "value"; readonly value: CellValue }
  | { readonly kind: "omitted" }
  | { readonly kind: "other"; readonly text: string };

/** The cell selected in Excel, as the adapter reads it (src/excel/selectedCell.ts). */
export interface SelectedCell {
  readonly sheet: string;
  /** The cell's address on its sheet ("B7"). */
  readonly address: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** The COSTING call the formula is, its arguments as the function receives them; null when there is none. */
  readonly call: { readonly name: string; readonly args: readonly CallArgument[] } | null;
}
