// Adjust Cost – Item Entries after new postings, for the items they touch only (Business Central marks an item
// "Cost is Adjusted" = No when an entry of it is posted, and Adjust Cost takes only those items; codeunit 5895
// "Inventory Adjustment", MakeMultiLevelAdjmt). An item's cost reaches another item only through an order: what
// a production or assembly order consumes makes up the cost of its output, so an output item is adjusted again
// when a component of its orders is, and so on up the bill. Every other item keeps the costs it had.
import { adjustCostItemEntries, type AdjustCostOptions, type AdjustCostResult } from "./adjustCost";
import type { Ledger } from "./model";
import { productionOrders } from "./orderCost";

/** The items to adjust again when entries of `touched` were posted: they, and the outputs they are made into. */
export function itemsToReadjust(ledger: Ledger, touched: Iterable<string>): string[] {
  // component item -> the items its orders put out
  const madeInto = new Map<string, Set<string>>();
  for (const order of productionOrders(ledger.itemLedgerEntries).values()) {
    for (const c of order.consumption) {
      const outputs = madeInto.get(c.itemNo) ?? new Set<string>();
      for (const o of order.output) if (o.itemNo !== c.itemNo) outputs.add(o.itemNo);
      madeInto.set(c.itemNo, outputs);
    }
  }
  const items = new Set<string>();
  const queue = [...touched];
  while (queue.length > 0) {
    const itemNo = queue.pop()!;
    if (items.has(itemNo)) continue;
    items.add(itemNo);
    for (const out of madeInto.get(itemNo) ?? []) queue.push(out);
  }
  return [...items].sort();
}

/**
 * Adjust Cost on a ledger that was adjusted before entries of `touched` items were posted: only those items and
 * the outputs they are made into are adjusted (the others have nothing left to adjust), with the result a full
 * run would have.
 */
export function readjustCost(
  ledger: Ledger,
  touched: Iterable<string>,
  options: Omit<AdjustCostOptions, "itemNos"> = {},
): AdjustCostResult {
  return adjustCostItemEntries(ledger, { ...options, itemNos: itemsToReadjust(ledger, touched) });
}
