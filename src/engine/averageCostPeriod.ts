// Average Cost Period: Avg. Cost Adjmt. Entry Point "GetValuationPeriod" and the fiscal-year settings of
// Accounting Period / Inventory Setup (spec costing-engine.md §2, §3).
import {
  IsoDate,
  MAX_DATE,
  addDays,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from "./calendar";
import {
  type AccountingPeriod,
  type AverageCostCalcType,
  type AverageCostPeriod,
  type InventorySetup,
  LedgerError,
} from "./model";

export interface FiscalYearSettings {
  readonly start: IsoDate;
  readonly averageCostPeriod: AverageCostPeriod;
  readonly calcType: AverageCostCalcType;
}

export interface Period {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** Setup and accounting periods: what decides the period of a date. */
export interface PeriodSettings {
  readonly setup: InventorySetup;
  readonly accountingPeriods: readonly AccountingPeriod[]; // ascending Starting Date
}

/** FiscalYearAccPeriod: the New Fiscal Year row in force on a date, or the calendar year without periods. */
export function fiscalYearSettings(date: IsoDate, s: PeriodSettings): FiscalYearSettings {
  const years = s.accountingPeriods.filter((p) => p.newFiscalYear);
  if (s.accountingPeriods.length === 0 || years.length === 0) {
    return {
      start: startOfYear(date),
      averageCostPeriod: s.setup.averageCostPeriod,
      calcType: s.setup.averageCostCalcType,
    };
  }
  let row = years[0];
  for (const y of years) if (y.startingDate <= date) row = y;
  if (!row.averageCostPeriod) {
    throw new LedgerError(
      `Accounting Periods, Starting Date ${row.startingDate}: Average Cost Period is blank on this new fiscal year. ` +
        `Fill in Average Cost Period (for example Day or Month) on the fiscal year row.`,
    );
  }
  return {
    start: row.startingDate,
    averageCostPeriod: row.averageCostPeriod,
    calcType: row.averageCostCalcType ?? s.setup.averageCostCalcType,
  };
}

function accountingPeriodOf(date: IsoDate, periods: readonly AccountingPeriod[]): Period {
  if (periods.length === 0) return { start: startOfMonth(date), end: endOfMonth(date) };
  let i = -1;
  for (let k = 0; k < periods.length; k++) if (periods[k].startingDate <= date) i = k;
  if (i < 0) return { start: "0001-01-01", end: addDays(periods[0].startingDate, -1) };
  const end = i + 1 < periods.length ? addDays(periods[i + 1].startingDate, -1) : MAX_DATE;
  return { start: periods[i].startingDate, end };
}

const calendarPeriod: Record<Exclude<AverageCostPeriod, "Accounting Period">, (d: IsoDate) => Period> = {
  Day: (d) => ({ start: d, end: d }),
  Week: (d) => ({ start: startOfWeek(d), end: addDays(startOfWeek(d), 6) }),
  Month: (d) => ({ start: startOfMonth(d), end: endOfMonth(d) }),
  Quarter: (d) => ({ start: startOfQuarter(d), end: endOfQuarter(d) }),
  Year: (d) => ({ start: startOfYear(d), end: endOfYear(d) }),
};

/** valuationPeriod(date): the average cost period holding a date, split at a fiscal-year start. */
export function valuationPeriod(date: IsoDate, s: PeriodSettings): Period {
  const fy = fiscalYearSettings(date, s);
  if (fy.averageCostPeriod === "Day") return calendarPeriod.Day(date);
  if (fy.averageCostPeriod === "Accounting Period") return accountingPeriodOf(date, s.accountingPeriods);
  const p = calendarPeriod[fy.averageCostPeriod](date);
  const fy2 = fiscalYearSettings(p.end, s);
  if (p.start <= fy2.start && fy2.start <= p.end && p.start !== fy2.start) {
    return date < fy2.start ? { start: p.start, end: addDays(fy2.start, -1) } : { start: fy2.start, end: p.end };
  }
  return p;
}

/** The Average Cost Calc. Type in force for the period holding a date. */
export function calcTypeOn(date: IsoDate, s: PeriodSettings): AverageCostCalcType {
  // Asked once per entry in Adjust Cost: remembered per date for the ledger's own setup and periods.
  let bySetup = calcTypes.get(s.accountingPeriods);
  if (!bySetup) calcTypes.set(s.accountingPeriods, (bySetup = new WeakMap()));
  let byDate = bySetup.get(s.setup);
  if (!byDate) bySetup.set(s.setup, (byDate = new Map()));
  let t = byDate.get(date);
  if (!t) byDate.set(date, (t = fiscalYearSettings(valuationPeriod(date, s).end, s).calcType));
  return t;
}

const calcTypes = new WeakMap<object, WeakMap<object, Map<IsoDate, AverageCostCalcType>>>();

/**
 * Memoised period lookup: a ledger has few distinct dates, and the adjustment asks for each many times.
 */
export function periodLookup(s: PeriodSettings): (date: IsoDate) => Period {
  const cache = new Map<IsoDate, Period>();
  return (date) => {
    let p = cache.get(date);
    if (!p) {
      p = valuationPeriod(date, s);
      cache.set(date, p);
    }
    return p;
  };
}
