// The answers of the COSTING functions, from the ledger's query index (LedgerQueries): each function's
// arguments are read first (a bad argument is an error at once, without the ledger), then answered from the
// index. Errors are CellErrors with Excel's codes: an unknown item #N/A, a date before the ledger #NUM!, an item
// that is not Average for AVGCOST #VALUE!, an average calculated per location and variant asked without them
// #VALUE! (naming the locations to choose from), nothing on hand (no unit cost, nothing to average) #DIV/0!.
// Never a number that is not the engine's answer.
import {
  AveragePoolsError,
  LedgerError,
  explainAverageCost,
  formatExact,
  ledgerItemNo,
  type LedgerQueries,
} from "../engine";
import { averageCostOverview, type OverviewCell } from "../workbook/averageCostOverview";
import type { Messages } from "../i18n";
import type { IsoDate } from "../engine/calendar";
import { CellError, codeArg, dateArg, flagArg, isoToSerial, toCellNumber } from "./cells";
import { say } from "../i18n";

/** A function's answer once the ledger is there; throws CellError. */
export type Answer<T> = (q: LedgerQueries) => T;

/** Where an item's rows are looked for: a location and variant, each undefined for all of them. */
interface Scope {
  readonly locationCode?: string;
  readonly variantCode?: string;
}

function scopeOf(location: unknown, variant: unknown): Scope {
  const locationCode = codeArg(location);
  const variantCode = codeArg(variant);
  return {
    ...(locationCode === undefined ? {} : { locationCode }),
    ...(variantCode === undefined ? {} : { variantCode }),
  };
}

function itemArg(v: unknown): string {
  const item = codeArg(v);
  if (item === undefined) throw new CellError("#VALUE!", say("fn.itemMissing"));
  return item;
}

/** The item number as the ledger spells it (ledgerItemNo). */
const itemIn = (q: LedgerQueries, item: string): string => ledgerItemNo(q.ledger.items, item);

/**
 * Runs an index query for the item on the date: a date before the ledger is #NUM!; the engine's refusals are
 * #N/A (unknown item, an item without entries) or, for `averageOnly`, #VALUE! (the item is not Average, or its
 * average is per location and variant and the question does not say which).
 */
function ask<T>(q: LedgerQueries, item: string, date: IsoDate, run: (itemNo: string) => T, averageOnly = false): T {
  const itemNo = itemIn(q, item);
  if (q.firstDate !== "" && date < q.firstDate) {
    throw new CellError("#NUM!", say("fn.beforeLedger", { date, first: q.firstDate }));
  }
  try {
    return run(itemNo);
  } catch (e) {
    if (!(e instanceof LedgerError)) throw e;
    if (averageOnly && e instanceof AveragePoolsError) throw new CellError("#VALUE!", e.message);
    const known = q.ledger.items.get(itemNo);
    if (averageOnly && known && known.costingMethod !== "Average") throw new CellError("#VALUE!", e.message);
    throw new CellError("#N/A", e.message);
  }
}

/** =COSTING.AVGCOST: the average unit cost Adjust Cost gives the period holding the date (Average items). */
export function averageCost(item: unknown, date: unknown, location?: unknown, variant?: unknown): Answer<number> {
  const itemNo = itemArg(item);
  const d = dateArg(date);
  const scope = scopeOf(location, variant);
  return (q) => {
    const answer = ask(q, itemNo, d, (no) => q.averageCost({ itemNo: no, date: d, ...scope }), true);
    if (answer.unitCost === null) {
      throw new CellError(
        "#DIV/0!",
        say("fn.nothingToAverage", {
          item: answer.itemNo,
          start: answer.period.start,
          end: answer.period.end,
          quantity: formatExact(answer.quantity),
        }),
      );
    }
    return toCellNumber(answer.unitCost);
  };
}

const basisOf = (byPostingDate: unknown) =>
  flagArg(byPostingDate, "by_posting_date") ? ("posting" as const) : ("valuation" as const);

/** The arguments of UNITCOST, QTY and VALUE, read (and refused) before the ledger is needed. */
function stockArgs(item: unknown, date: unknown, location: unknown, variant: unknown, byPostingDate: unknown) {
  return {
    itemNo: itemArg(item),
    d: dateArg(date),
    query: { ...scopeOf(location, variant), basis: basisOf(byPostingDate) },
  };
}

/** =COSTING.UNITCOST: inventory value ÷ quantity as of the date, any costing method. */
export function unitCost(
  item: unknown,
  date: unknown,
  location?: unknown,
  variant?: unknown,
  byPostingDate?: unknown,
): Answer<number> {
  const { itemNo, d, query } = stockArgs(item, date, location, variant, byPostingDate);
  return (q) => {
    const cost = ask(q, itemNo, d, (no) => q.unitCost(no, d, query));
    if (cost === null) {
      throw new CellError("#DIV/0!", say("fn.nothingOnHand", { item: itemIn(q, itemNo), date: d }));
    }
    return toCellNumber(cost);
  };
}

/** =COSTING.QTY and =COSTING.VALUE: inventory quantity or value as of the date. */
export function inventory(
  what: "quantity" | "value",
  item: unknown,
  date: unknown,
  location?: unknown,
  variant?: unknown,
  byPostingDate?: unknown,
): Answer<number> {
  const { itemNo, d, query } = stockArgs(item, date, location, variant, byPostingDate);
  return (q) => toCellNumber(ask(q, itemNo, d, (no) => q.inventory(no, d, query))[what]);
}

/** =COSTING.REVALQTY: the quantity Calculate Inventory Value would revalue as of the date. */
export function revaluableQuantity(
  item: unknown,
  date: unknown,
  location?: unknown,
  variant?: unknown,
): Answer<number> {
  const itemNo = itemArg(item);
  const d = dateArg(date);
  const scope = scopeOf(location, variant);
  return (q) => toCellNumber(ask(q, itemNo, d, (no) => q.revaluableQuantity(no, d, scope)));
}

/** =COSTING.PERIOD: the first and last date of the average cost period holding the date, as one row. */
export function period(date: unknown): Answer<number[][]> {
  const d = dateArg(date);
  return (q) => {
    const p = q.period(d);
    return [[isoToSerial(p.start), isoToSerial(p.end)]];
  };
}

/** One cell of the Average Cost Calc. Overview as Excel shows it: dates as dates, decimals as numbers. */
function overviewCell(c: OverviewCell): number | string {
  if (c === null) return "";
  if ("text" in c) return c.text;
  if ("entryNo" in c) return c.entryNo;
  if ("dates" in c) return c.dates[0] === c.dates[1] ? isoToSerial(c.dates[0]) : `${c.dates[0]} .. ${c.dates[1]}`;
  return toCellNumber(c.decimal);
}

/**
 * =COSTING.EXPLAIN: Business Central's Average Cost Calc. Overview of the pool behind AVGCOST, as a table with its
 * header row: the opening and its sources, each entry of the period (backdated ones marked), the closing and the
 * average (the rows `costing explain` prints). Refused as AVGCOST is.
 */
export function explainAverage(
  item: unknown,
  date: unknown,
  location: unknown,
  variant: unknown,
  m: Messages,
): Answer<(number | string)[][]> {
  const itemNo = itemArg(item);
  const d = dateArg(date);
  const scope = scopeOf(location, variant);
  return (q) => {
    const r = ask(q, itemNo, d, (no) => explainAverageCost(q.ledger, { itemNo: no, date: d, ...scope }), true);
    const table = averageCostOverview(r, m, true);
    return [[...table.headers], ...table.rows.map((row) => row.map(overviewCell))];
  };
}

/** A cell of AVGCOSTS: a number, "" for a blank item, or the cell's error. */
export type ManyCell = number | string | CellError;

/** A range argument: rows of cells, or a single value (one cell, or omitted). */
type Grid = readonly (readonly unknown[])[];

const asGrid = (v: unknown): Grid =>
  Array.isArray(v) ? (v as unknown[]).map((r) => (Array.isArray(r) ? (r as unknown[]) : [r])) : [[v]];

/**
 * =COSTING.AVGCOSTS: AVGCOST for each row (and column) of the ranges at once, each cell its own answer or error.
 * The ranges line up as Excel lines up arrays: one row (or column) is repeated over the others'; where a range
 * is shorter than the longest, the cell is #N/A.
 */
export function averageCosts(
  items: unknown,
  dates: unknown,
  locations?: unknown,
  variants?: unknown,
): Answer<ManyCell[][]> {
  const grids = [asGrid(items), asGrid(dates), asGrid(locations), asGrid(variants)];
  const widths = grids.map((g) => g.reduce((w, r) => Math.max(w, r.length), 0));
  const rows = Math.max(...grids.map((g) => g.length));
  const cols = Math.max(...widths);
  const at = (k: number, r: number, c: number): { ok: true; value: unknown } | { ok: false } => {
    const g = grids[k];
    const row = g.length === 1 ? g[0] : g[r];
    const width = widths[k];
    if (!row || (width !== 1 && c >= width)) return { ok: false };
    return { ok: true, value: width === 1 ? row[0] : row[c] };
  };
  return (q) =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c): ManyCell => {
        const cells = grids.map((_g, k) => at(k, r, c));
        if (cells.some((x) => !x.ok)) {
          return new CellError("#N/A", say("fn.rangesNotAligned"));
        }
        const [item, date, location, variant] = cells.map((x) => (x.ok ? x.value : null));
        if (codeArg(item) === undefined) return "";
        try {
          return averageCost(item, date, location, variant)(q);
        } catch (e) {
          return e instanceof CellError ? e : unexpectedError(e);
        }
      }),
    );
}

/** The message of a failure that is not the user's (a bug): said, never hidden behind a number. */
export function unexpected(e: unknown): string {
  return unexpectedError(e).message;
}

/** A failure that is not the user's (a bug) as the cell's #N/A. */
export function unexpectedError(e: unknown): CellError {
  return new CellError("#N/A", say("fn.unexpected", { reason: e instanceof Error ? e.message : String(e) }));
}
