// Adjust Cost – Item Entries (report 795 / codeunit 5895 "Inventory Adjustment"; spec costing-engine.md §6):
// per item, components first: order output, the applied-cost pass, rounding residuals, the average-cost pass,
// repeated until nothing moves; then the adjustments are written as new value entries.
// Costs are recomputed from the whole ledger, so a second run finds nothing left to adjust.
import { amount, type Amount } from "./money";
import type { Ledger, ValueEntry } from "./model";
import { indexLedger } from "./ledgerIndex";
import { EntryMap, maxEntryNo } from "./entryMap";
import { CostBook } from "./costBook";
import { adjustAppliedCost, roundingResidual } from "./appliedCost";
import type { CostContext } from "./costContext";
import { adjustAverageCost, type SweepPlan } from "./averageCost";
import { adjustOrderOutput, adjustmentOrder, ordersByOutputItem, productionOrders } from "./orderCost";
import { adjustmentValueEntries } from "./adjustmentEntries";
import { rulesOf } from "./costingMethods";
import { itemsWithComponents, ledgerOfItems } from "./itemScope";

export interface AdjustCostOptions {
  readonly itemNos?: readonly string[];
  /** Rounds per item before its costs count as not settling (default MAX_ROUNDS). */
  readonly maxRounds?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** An item whose costs did not settle within Business Central's limits: nothing is written for it. */
export interface UnsettledItem {
  readonly itemNo: string;
  /** Item ledger entries whose cost still moved in the last round: the loop of applications. */
  readonly entries: readonly number[];
  readonly rounds: number;
}

export interface AdjustCostResult {
  readonly ledger: Ledger; // the input ledger with the new value entries appended
  readonly newValueEntries: readonly ValueEntry[];
  readonly itemsAdjusted: readonly string[];
  readonly totalAmount: Amount;
  readonly unsettled: readonly UnsettledItem[];
}

/** Guard against costs that never settle (BC's oscillation and recursion limits). */
const MAX_ROUNDS = 50;

export function adjustCostItemEntries(ledger: Ledger, options: AdjustCostOptions = {}): AdjustCostResult {
  // With an item filter, only the part of the ledger those items' costs come from is indexed and read.
  const part = options.itemNos ? ledgerOfItems(ledger, itemsWithComponents(ledger, options.itemNos)) : ledger;
  const index = indexLedger(part);
  const maxRounds = options.maxRounds ?? MAX_ROUNDS;
  const rounding = {
    amount: ledger.setup.amountRoundingPrecision,
    unitAmount: ledger.setup.unitAmountRoundingPrecision,
  };
  const book = new CostBook(index, rounding);
  // Shares are kept by application row, not cleared per item: a row belongs to one item, and an array beats a Map here.
  const ctx: CostContext = {
    index,
    book,
    shares: new EntryMap(maxEntryNo(part.applications), part.applications.length),
  };
  // Average-cost sweep plans of the item being adjusted (averageCost.ts), dropped after each item.
  const plans = new Map<string, SweepPlan>();
  const settings = { setup: ledger.setup, accountingPeriods: ledger.accountingPeriods };
  const orders = productionOrders(part.itemLedgerEntries);
  const outputOrders = ordersByOutputItem(orders);
  const wanted = options.itemNos ? new Set(options.itemNos) : null;
  const items = adjustmentOrder([...index.ilesByItem.keys()], orders).filter((i) => !wanted || wanted.has(i));

  const newValueEntries: ValueEntry[] = [];
  let total = 0n; // the adjustments' sum, kept in integers rather than re-added as decimals
  const itemsAdjusted: string[] = [];
  const unsettled: UnsettledItem[] = [];
  let nextEntryNo = maxEntryNo(ledger.valueEntries) + 1;
  items.forEach((itemNo, done) => {
    const rules = rulesOf(ledger.items.get(itemNo));
    const entries = index.ilesByItem.get(itemNo) ?? [];
    // EliminateRndgResidual, for every costing method (an Average inbound fully taken by fixed applications too):
    // brought up to date whenever a cost changed since it last ran; true if a Rounding entry moved.
    let roundedAt = -1;
    const eliminateRoundingResidual = (): boolean => {
      if (!rules.roundingResidual || book.changes === roundedAt) return false;
      let moved = false;
      for (const e of entries) {
        const residual = roundingResidual(ctx, e);
        if (residual !== null && book.setRounding(e, residual)) moved = true;
      }
      roundedAt = book.changes;
      return moved;
    };
    // Another round only when a cost changed after something that depends on it was already valued.
    let settled = false;
    let moving: number[] = [];
    for (let round = 0; round < maxRounds && !settled; round++) {
      const last = round === maxRounds - 1;
      const before = last ? entries.map((e) => book.cost(e.entryNo)) : null;
      let again = adjustOrderOutput(ctx, itemNo, outputOrders.get(itemNo) ?? [], rules.atStandard) && round > 0;
      if (adjustAppliedCost(ctx, entries)) again = true;
      // As AdjustItemAppliedCost does, after each inbound's ForwardAppliedCost and so before the average pass, whose
      // pools hold the Rounding entries; not while costs still move (IsRndgAllowed: not LevelExceeded).
      if (!again) eliminateRoundingResidual();
      if (rules.averaged) {
        if (adjustAverageCost(ctx, plans, itemNo, settings)) again = true;
        // The average moved a cost a rounding residual depends on: the pools already swept saw the old one.
        if (!again && eliminateRoundingResidual()) again = true;
      }
      settled = !again;
      if (before) moving = entries.filter((e, i) => book.cost(e.entryNo) !== before[i]).map((e) => e.entryNo);
    }
    if (!settled) {
      // Costs that keep moving are never written: the item is reported with the entries of its loop.
      unsettled.push({ itemNo, entries: moving, rounds: maxRounds });
      plans.clear();
      options.onProgress?.(done + 1, items.length);
      return;
    }
    plans.clear();
    const mine = book.adjustmentsOf(itemNo);
    if (mine.length > 0) {
      for (const p of mine) total += p.amount;
      const written = adjustmentValueEntries(index, mine, nextEntryNo, book.rounding, ledger.setup.allowPostingFrom);
      nextEntryNo += written.length;
      newValueEntries.push(...written);
      itemsAdjusted.push(itemNo);
    }
    options.onProgress?.(done + 1, items.length);
  });
  const totalAmount = amount(total);
  return {
    // concat, not a spread: on a million entries it copies in a fraction of the time.
    ledger: { ...ledger, valueEntries: ledger.valueEntries.concat(newValueEntries) },
    newValueEntries,
    itemsAdjusted,
    totalAmount,
    unsettled,
  };
}
