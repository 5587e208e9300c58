// What the custom functions take from cells and give back: dates (Excel serials or ISO text), item, location
// and variant codes, and errors as Excel shows them. Nothing here needs Office: the errors are plain objects,
// made CustomFunctions.Error only where a result goes to Excel (functions.ts).
import { toNumber, type Fixed } from "../engine/money";
import type { IsoDate } from "../engine/calendar";
import { dateToSerial } from "../excel/cells";
import { excelSerialToIso, parseDate } from "../workbook/values";
import { ENGLISH_MESSAGES, say, type Messages, type Said } from "../i18n";

/** The Excel errors the functions return (CustomFunctions.ErrorCode's values). */
export type ErrorCode = "#N/A" | "#VALUE!" | "#NUM!" | "#DIV/0!";

/**
 * An answer that is an Excel error, with a message a user can read. Excel shows the message (in the cell's
 * error indicator) for #VALUE! and #N/A only; the others carry it for tests and logs. The message is kept as
 * catalogue data and said in Excel's display language where the answer goes to Excel (messageIn); `message`
 * is the English one.
 */
export class CellError extends Error {
  override readonly name = "CellError";
  readonly said: Said;
  constructor(
    readonly code: ErrorCode,
    message: Said | string,
  ) {
    const said = typeof message === "string" ? say("fn.engine", { message }) : message;
    super(ENGLISH_MESSAGES.said(said));
    this.said = said;
  }

  /** The message in the user's language. */
  messageIn(m: Messages): string {
    return m.said(this.said);
  }
}

export const isCellError = (v: unknown): v is CellError => v instanceof CellError;

/** A scalar as Excel hands it to a function: omitted optional arguments come as null (or undefined). */
export type Arg = string | number | boolean | null | undefined;

const isBlankArg = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * A date argument: an Excel serial (a date cell, =DATE(...)), or text such as "2020-03-01" (also a date Excel
 * shows as text in another form, when its day and month cannot be mixed up). The time of day is ignored.
 */
export function dateArg(v: unknown): IsoDate {
  if (isBlankArg(v)) throw new CellError("#VALUE!", say("fn.dateMissing"));
  if (typeof v === "number") {
    const parsed = excelSerialToIso(v);
    if (parsed.ok) return parsed.value;
    // The reader's reason is English: the message is English whole.
    throw new CellError("#VALUE!", say("fn.dateNotRead", { value: String(v), reason: parsed.reason }));
  }
  if (typeof v === "string") {
    const parsed = parseDate(v.trim());
    if (parsed.ok && parsed.value !== "") return parsed.value;
    if (parsed.ok) throw new CellError("#VALUE!", say("fn.textNotADate", { value: v.trim() }));
    throw new CellError("#VALUE!", say("fn.dateNotRead", { value: `"${v.trim()}"`, reason: parsed.reason }));
  }
  throw new CellError("#VALUE!", say("fn.notADate", { value: String(v).toUpperCase() }));
}

/** A code argument (item, location, variant) as text; undefined when omitted or blank. */
export function codeArg(v: unknown): string | undefined {
  if (isBlankArg(v)) return undefined;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v).trim();
}

/** An optional TRUE/FALSE argument (also 1/0 and "TRUE"/"FALSE" text); false when omitted. */
export function flagArg(v: unknown, what: string): boolean {
  if (isBlankArg(v)) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const t = String(v).trim().toUpperCase();
  if (t === "TRUE") return true;
  if (t === "FALSE") return false;
  throw new CellError("#VALUE!", say("fn.flag", { what, value: String(v) }));
}

/** An amount or quantity for a cell. */
export function toCellNumber(d: Fixed): number {
  return toNumber(d);
}

/** A date as Excel's serial number. */
export function isoToSerial(d: IsoDate): number {
  return dateToSerial(new Date(`${d}T00:00:00Z`));
}
