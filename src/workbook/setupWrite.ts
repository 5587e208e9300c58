// Saving Inventory Setup and Accounting Periods into the workbook, so the settings travel with the file:
// Inventory Setup as its Field / Value table, Accounting Periods as a table with Business Central's columns.
import type { AccountingPeriod, InventorySetup } from "../engine/model";
import { isoDate, monthOf, yearOf } from "../engine/calendar";
import { formatExact } from "../engine/money";
import type { CellValue, WorkbookPort } from "./port";
import { ACCOUNTING_PERIODS, INVENTORY_SETUP, SETUP_FIELDS } from "./schema";

const yesNo = (b: boolean) => (b ? "Yes" : "No");

/** The setting as the setup table shows it: dates and decimals as text the reader takes in any locale. */
function settingText(field: string, setup: InventorySetup): CellValue {
  const value = (setup as unknown as Record<string, unknown>)[field];
  if (value === undefined || value === null || value === "") return null;
  return typeof value === "string" ? value : typeof value === "bigint" ? formatExact(value) : String(value);
}

/** Replaces the Inventory Setup table with one Field / Value row per setting. */
export async function writeInventorySetup(port: WorkbookPort, setup: InventorySetup): Promise<void> {
  const rows = SETUP_FIELDS.map((def) => [def.caption, settingText(def.field, setup)]);
  await port.writeTable(INVENTORY_SETUP.caption, ["Field", "Value"], rows);
}

/** Replaces the Accounting Periods table. */
export async function writeAccountingPeriods(port: WorkbookPort, periods: readonly AccountingPeriod[]): Promise<void> {
  const headers = ACCOUNTING_PERIODS.columns.map((c) => c.caption);
  const dates = port.dateStyle;
  const rows = [...periods]
    .sort((a, b) => (a.startingDate < b.startingDate ? -1 : 1))
    .map((p) => [
      dates === "date" ? new Date(p.startingDate + "T00:00:00Z") : p.startingDate,
      p.name,
      yesNo(p.newFiscalYear),
      yesNo(p.closed),
      yesNo(p.dateLocked),
      p.averageCostPeriod,
      p.averageCostCalcType,
    ]);
  await port.writeTable(ACCOUNTING_PERIODS.caption, headers, rows);
}

/** Month names as accounting periods are named. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Twelve monthly periods of a fiscal year starting on `start` (Create Fiscal Year), the first marked New Fiscal
 * Year and carrying the year's Average Cost Period and Calc. Type, as Business Central stores them.
 */
export function fiscalYearPeriods(start: string, setup: InventorySetup): AccountingPeriod[] {
  if (!start.endsWith("-01")) throw new RangeError(`A fiscal year starts on the first of a month; ${start} does not.`);
  const out: AccountingPeriod[] = [];
  let d = start;
  for (let i = 0; i < 12; i++) {
    out.push({
      startingDate: d,
      name: MONTH_NAMES[monthOf(d) - 1],
      newFiscalYear: i === 0,
      closed: false,
      dateLocked: false,
      averageCostPeriod: i === 0 ? setup.averageCostPeriod : null,
      averageCostCalcType: i === 0 ? setup.averageCostCalcType : null,
    });
    d = monthOf(d) === 12 ? isoDate(yearOf(d) + 1, 1, 1) : isoDate(yearOf(d), monthOf(d) + 1, 1);
  }
  return out;
}
