// Adjust Cost – Item Entries as the task pane's Adjust step runs it, off the pane's thread: the ledger read as the
// workbook holds it now, replayed and adjusted, and what the step shows (per item, per item and month) or appends.
// Plain functions of a port, so the worker and the pane's own thread (where there is no Worker) run the same code.
import { adjustCostItemEntries, ZERO, type AdjustCostResult, type CostingMethod, type Fixed } from "../../engine";
import type { UnsettledItem } from "../../engine";
import type { WorkbookPort } from "../../workbook/port";
import { appendValueEntries } from "../../workbook/useCases";
import { ledgerNow, type LedgerProblems } from "./ledgerNow";
import type { JobReport } from "./protocol";

export interface ItemTotal {
  readonly itemNo: string;
  readonly entries: number;
  readonly amount: Fixed;
}

export interface MonthTotal {
  readonly itemNo: string;
  readonly month: string;
  readonly amount: Fixed;
}

/** What Adjust Cost would append, as the step shows it (the entries themselves stay where they were made). */
export interface AdjustSummary {
  readonly count: number;
  readonly totalAmount: Fixed;
  readonly perItem: readonly ItemTotal[];
  /** Per item and month of posting date: where Adjust Cost puts the cost. */
  readonly perMonth: readonly MonthTotal[];
  readonly unsettled: readonly UnsettledItem[];
}

export type AdjustOutcome =
  | LedgerProblems
  | { readonly kind: "calculated"; readonly summary: AdjustSummary }
  /** Append found other adjustments than those shown: nothing written, the new ones shown. */
  | { readonly kind: "changed"; readonly summary: AdjustSummary }
  | { readonly kind: "appended"; readonly summary: AdjustSummary; readonly first: number; readonly last: number };

export interface AdjustParams {
  readonly costingMethod?: CostingMethod;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function adjustSummary(result: AdjustCostResult): AdjustSummary {
  const items = new Map<string, { entries: number; amount: Fixed }>();
  const months = new Map<string, { itemNo: string; month: string; amount: Fixed }>();
  for (const v of result.newValueEntries) {
    const amount = v.costAmountActual + v.costAmountExpected;
    const t = items.get(v.itemNo) ?? { entries: 0, amount: ZERO };
    items.set(v.itemNo, { entries: t.entries + 1, amount: t.amount + amount });
    const month = v.postingDate.slice(0, 7);
    const key = `${v.itemNo}\u0000${month}`;
    const m = months.get(key) ?? { itemNo: v.itemNo, month, amount: ZERO };
    months.set(key, { ...m, amount: m.amount + amount });
  }
  return {
    count: result.newValueEntries.length,
    totalAmount: result.totalAmount,
    perItem: [...items].map(([itemNo, t]) => ({ itemNo, ...t })).sort((a, b) => byText(a.itemNo, b.itemNo)),
    perMonth: [...months.values()].sort((a, b) => byText(a.itemNo, b.itemNo) || byText(a.month, b.month)),
    unsettled: result.unsettled,
  };
}

/** Adjust Cost on the ledger as the workbook holds it now, summarized; nothing is written. */
export async function calculateAdjustments(
  port: WorkbookPort,
  params: AdjustParams,
  report: JobReport,
): Promise<AdjustOutcome> {
  const loaded = await ledgerNow(port, params.costingMethod, report);
  if ("kind" in loaded) return loaded;
  await report({ key: "adjusting" });
  return { kind: "calculated", summary: adjustSummary(adjustCostItemEntries(loaded.ledger)) };
}

export interface AppendParams extends AdjustParams {
  /** What the step showed: appended only when Adjust Cost, run again now, gives the same. */
  readonly shown: { readonly count: number; readonly totalAmount: Fixed };
}

/**
 * Adjust Cost run again on the ledger as it is now, and its value entries appended to Value Entries when they
 * are the ones shown (the table as just read, not read a second time).
 */
export async function appendAdjustments(
  port: WorkbookPort,
  params: AppendParams,
  report: JobReport,
): Promise<AdjustOutcome> {
  const loaded = await ledgerNow(port, params.costingMethod, report);
  if ("kind" in loaded) return loaded;
  await report({ key: "adjusting" });
  const r = adjustCostItemEntries(loaded.ledger);
  const summary = adjustSummary(r);
  if (summary.count !== params.shown.count || summary.totalAmount !== params.shown.totalAmount)
    return { kind: "changed", summary };
  if (summary.count === 0) return { kind: "calculated", summary };
  await report({ key: "writing", count: summary.count });
  await appendValueEntries(port, loaded.ledger, r.newValueEntries, loaded.valueEntriesTable);
  const first = r.newValueEntries[0].entryNo;
  return { kind: "appended", summary, first, last: r.newValueEntries[r.newValueEntries.length - 1].entryNo };
}
