// Custom functions (namespace COSTING). They run in the task pane's shared runtime; the webpack plugin
// custom-functions-metadata-plugin writes functions.json from the JSDoc tags and registers each function
// (CustomFunctions.associate) when the bundle loads.
//
// The costing functions never take the ledger as an argument: on the first call they read the ledger tables of
// the open workbook (as the task pane reads them), replay and index them once, and answer every call from that
// copy (src/functions/ledgerCache.ts). They are streaming functions: when the ledger tables change (an edit, a
// post or import from the task pane), the copy is read again and each live cell gets its new answer, without
// the user recalculating. Dates are Excel dates (serial numbers) or text such as "2020-03-01".
import packageJson from "../../package.json";
import {
  averageCost,
  averageCosts,
  explainAverage,
  inventory,
  period,
  revaluableQuantity,
  unitCost,
  type ManyCell,
} from "./answers";
import { functionsLedger, functionsMessages, matrixResult, scalarResult } from "./runtime";

/**
 * The version of the Inventory Costing add-in and its costing engine, e.g. "0.1.0": which version calculated.
 * @customfunction VERSION
 * @returns The add-in's version.
 */
export function costingVersion(): string {
  return packageJson.version;
}

/**
 * Average unit cost Adjust Cost gives the average cost period holding the date (Average items).
 * @customfunction AVGCOST
 * @param item Item No., as in the Items table.
 * @param date A date in the period: a date cell or text such as "2025-02-15".
 * @param location Location Code: needed when Average Cost Calc. Type is per item, location and variant.
 * @param variant Variant Code: needed then when the item has variants at the location.
 * @param invocation Set by Excel.
 * @returns The average unit cost of the period.
 */
export function avgCost(
  item: string,
  date: number | string,
  location?: string,
  variant?: string,
  invocation?: CustomFunctions.StreamingInvocation<number>,
): void {
  functionsLedger().answer(invocation!, () => averageCost(item, date, location, variant), scalarResult);
}

/**
 * Inventory value divided by quantity on hand as of the date, any costing method.
 * @customfunction UNITCOST
 * @param item Item No., as in the Items table.
 * @param date As of this date: a date cell or text such as "2020-03-01".
 * @param location Location Code; omitted or blank: all locations.
 * @param variant Variant Code; omitted or blank: all variants.
 * @param by_posting_date TRUE: by posting date (Inventory Valuation report); FALSE or omitted: by valuation date.
 * @param invocation Set by Excel.
 * @returns The unit cost of the inventory on hand.
 */
export function costingUnitCost(
  item: string,
  date: number | string,
  location?: string,
  variant?: string,
  by_posting_date?: boolean,
  invocation?: CustomFunctions.StreamingInvocation<number>,
): void {
  functionsLedger().answer(invocation!, () => unitCost(item, date, location, variant, by_posting_date), scalarResult);
}

/**
 * Inventory quantity on hand as of the date.
 * @customfunction QTY
 * @param item Item No., as in the Items table.
 * @param date As of this date: a date cell or text such as "2020-03-01".
 * @param location Location Code; omitted or blank: all locations.
 * @param variant Variant Code; omitted or blank: all variants.
 * @param by_posting_date TRUE: by posting date (Inventory Valuation report); FALSE or omitted: by valuation date.
 * @param invocation Set by Excel.
 * @returns The quantity on hand.
 */
export function costingQuantity(
  item: string,
  date: number | string,
  location?: string,
  variant?: string,
  by_posting_date?: boolean,
  invocation?: CustomFunctions.StreamingInvocation<number>,
): void {
  functionsLedger().answer(
    invocation!,
    () => inventory("quantity", item, date, location, variant, by_posting_date),
    scalarResult,
  );
}

/**
 * Inventory value (cost amount actual and expected) as of the date.
 * @customfunction VALUE
 * @param item Item No., as in the Items table.
 * @param date As of this date: a date cell or text such as "2020-03-01".
 * @param location Location Code; omitted or blank: all locations.
 * @param variant Variant Code; omitted or blank: all variants.
 * @param by_posting_date TRUE: by posting date (Inventory Valuation report); FALSE or omitted: by valuation date.
 * @param invocation Set by Excel.
 * @returns The inventory value.
 */
export function costingValue(
  item: string,
  date: number | string,
  location?: string,
  variant?: string,
  by_posting_date?: boolean,
  invocation?: CustomFunctions.StreamingInvocation<number>,
): void {
  functionsLedger().answer(
    invocation!,
    () => inventory("value", item, date, location, variant, by_posting_date),
    scalarResult,
  );
}

/**
 * Quantity Calculate Inventory Value would revalue as of the date (Revaluation Journal, per item).
 * @customfunction REVALQTY
 * @param item Item No., as in the Items table.
 * @param date As of this date: a date cell or text such as "2020-03-01".
 * @param location Location Code; omitted or blank: all locations.
 * @param variant Variant Code; omitted or blank: all variants.
 * @param invocation Set by Excel.
 * @returns The revaluable quantity.
 */
export function revalQty(
  item: string,
  date: number | string,
  location?: string,
  variant?: string,
  invocation?: CustomFunctions.StreamingInvocation<number>,
): void {
  functionsLedger().answer(invocation!, () => revaluableQuantity(item, date, location, variant), scalarResult);
}

/**
 * First and last date of the average cost period holding the date; spills into two cells of a row.
 * @customfunction PERIOD
 * @param date A date: a date cell or text such as "2025-02-15".
 * @param invocation Set by Excel.
 * @returns The period's first and last date, as dates.
 */
export function costingPeriod(
  date: number | string,
  invocation?: CustomFunctions.StreamingInvocation<number[][]>,
): void {
  functionsLedger().answer(invocation!, () => period(date), matrixResult);
}

/**
 * AVGCOST for whole ranges in one call (one answer or error per cell), for large reports.
 * @customfunction AVGCOSTS
 * @param items Item numbers, e.g. a column.
 * @param dates Dates, the same size as items, or one date for all.
 * @param locations Location Codes, the same size as items, or one for all.
 * @param variants Variant Codes, the same size as items, or one for all.
 * @param invocation Set by Excel.
 * @returns An average unit cost per item and date; a blank item gives a blank cell.
 */
export function avgCosts(
  items: string[][],
  dates: unknown[][],
  locations?: string[][],
  variants?: string[][],
  invocation?: CustomFunctions.StreamingInvocation<unknown[][]>,
): void {
  functionsLedger().answer<ManyCell[][], unknown[][] | CustomFunctions.Error>(
    invocation!,
    () => averageCosts(items, dates, locations, variants),
    matrixResult,
  );
}

/**
 * The Average Cost Calc. Overview behind AVGCOST: opening, each entry of the period, closing, average; spills.
 * @customfunction EXPLAIN
 * @param item Item No., as in the Items table.
 * @param date A date in the period: a date cell or text such as "2025-02-15".
 * @param location Location Code: needed when Average Cost Calc. Type is per item, location and variant.
 * @param variant Variant Code: needed then when the item has variants at the location.
 * @param invocation Set by Excel.
 * @returns The overview's rows.
 */
export function explain(
  item: string,
  date: number | string,
  location?: string,
  variant?: string,
  invocation?: CustomFunctions.StreamingInvocation<unknown[][]>,
): void {
  functionsLedger().answer<(number | string)[][], unknown[][] | CustomFunctions.Error>(
    invocation!,
    () => explainAverage(item, date, location, variant, functionsMessages()),
    matrixResult,
  );
}
