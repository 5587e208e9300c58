// The functions' side of the shared runtime: the one ledger copy every COSTING function answers from (read
// from the open workbook through Office.js unless a test or the benchmark gives another source), and answers
// made what Excel shows (CustomFunctions.Error for errors).
import type { CellError } from "./cells";
import { isCellError } from "./cells";
import { LedgerCache, type LedgerCacheOptions, type QueriesSource } from "./ledgerCache";
import { officeLedgerSource } from "./workbookLedger";
import { messages, officeLocale, type Messages } from "../i18n";

let words: Messages | null = null;

/** The functions' language: Excel's display language (English outside Office). */
export function functionsMessages(): Messages {
  if (!words) {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    words = messages(officeLocale(office?.context?.displayLanguage));
  }
  return words;
}

let cache: LedgerCache | null = null;

/** The ledger copy the functions answer from (created on the first call: the open workbook). */
export function functionsLedger(): LedgerCache {
  return (cache ??= new LedgerCache(officeLedgerSource()));
}

/** Makes the functions answer from `source` from now on (tests, the benchmark); returns the new copy. */
export function useLedgerSource(source: QueriesSource, options?: LedgerCacheOptions): LedgerCache {
  cache?.dispose();
  cache = new LedgerCache(source, options);
  return cache;
}

/** A CellError as the error Excel shows in the cell (with its message, for #VALUE! and #N/A, in Excel's language). */
export function excelError(e: CellError): CustomFunctions.Error {
  return new CustomFunctions.Error(e.code as CustomFunctions.ErrorCode, e.messageIn(functionsMessages()));
}

/** One answer for a cell: a number, or Excel's error. */
export function scalarResult(v: number | CellError): number | CustomFunctions.Error {
  return isCellError(v) ? excelError(v) : v;
}

/** A block of answers for a spilling cell: each cell a value or its own error; a CellError for all of it. */
export function matrixResult<T>(
  v: readonly (readonly (T | CellError)[])[] | CellError,
): (T | CustomFunctions.Error)[][] | CustomFunctions.Error {
  if (isCellError(v)) return excelError(v);
  return v.map((row) => row.map((c) => (isCellError(c) ? excelError(c) : c)));
}
