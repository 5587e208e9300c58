// Order-level adjustment of output (production: Consumption -> Output; assembly: Assembly Consumption ->
// Assembly Output): the output of an order carries what the order consumed, spread by output quantity.
// Capacity and overhead are not in an item ledger export, so an order without consumption is left as it is.
import { Fixed, mulDivRound } from "./money";
import type { ItemLedgerEntry } from "./model";
import type { CostContext } from "./costContext";

export interface ProductionOrder {
  readonly consumption: ItemLedgerEntry[];
  readonly output: ItemLedgerEntry[];
}

const CONSUMES: Partial<Record<ItemLedgerEntry["entryType"], ItemLedgerEntry["entryType"]>> = {
  Consumption: "Output",
  "Assembly Consumption": "Assembly Output",
};

function orderKey(e: ItemLedgerEntry): string | null {
  const no = e.orderNo || (e.entryType.startsWith("Assembly") ? e.documentNo : "");
  if (!no) return null;
  return `${e.entryType.startsWith("Assembly") ? "A" : "P"}\u0000${no}`;
}

/** Orders by key, from the consumption and output entries that name them. */
export function productionOrders(entries: readonly ItemLedgerEntry[]): Map<string, ProductionOrder> {
  const orders = new Map<string, ProductionOrder>();
  for (const e of entries) {
    const isConsumption = e.entryType in CONSUMES;
    const isOutput = e.entryType === "Output" || e.entryType === "Assembly Output";
    if (!isConsumption && !isOutput) continue;
    const key = orderKey(e);
    if (!key) continue;
    const o = orders.get(key) ?? { consumption: [], output: [] };
    (isConsumption ? o.consumption : o.output).push(e);
    orders.set(key, o);
  }
  return orders;
}

/** Sets the cost of an item's positive output entries from their orders' consumption; true if any changed. */
/** The orders that output each item, so an item's adjustment looks only at its own orders. */
export function ordersByOutputItem(orders: ReadonlyMap<string, ProductionOrder>): Map<string, ProductionOrder[]> {
  const byItem = new Map<string, ProductionOrder[]>();
  for (const order of orders.values()) {
    for (const itemNo of new Set(order.output.map((e) => e.itemNo))) {
      const l = byItem.get(itemNo);
      if (l) l.push(order);
      else byItem.set(itemNo, [order]);
    }
  }
  return byItem;
}

export function adjustOrderOutput(
  ctx: CostContext,
  itemNo: string,
  orders: readonly ProductionOrder[],
  isStandard: boolean,
): boolean {
  if (isStandard) return false; // standard items produce at standard cost; variance is not modelled here
  let changed = false;
  for (const order of orders) {
    const outputs = order.output.filter((e) => e.itemNo === itemNo && e.positive && e.appliesToEntry === 0);
    if (outputs.length === 0 || order.consumption.length === 0) continue;
    const { book } = ctx;
    let consumed = 0n;
    for (const c of order.consumption) consumed += book.cost(c.entryNo);
    const total = -consumed;
    const quantity = outputs.reduce((s, e) => s + e.quantity, 0n);
    let assigned = 0n;
    outputs.forEach((e, i) => {
      const target: Fixed =
        i === outputs.length - 1 ? total - assigned : mulDivRound(total, e.quantity, quantity, book.rounding.amount);
      assigned += target;
      if (ctx.book.setTotalCost(e, target)) changed = true;
    });
  }
  return changed;
}

/** Items in the order Adjust Cost takes them: components before the items produced from them. */
export function adjustmentOrder(itemNos: readonly string[], orders: ReadonlyMap<string, ProductionOrder>): string[] {
  const parents = new Map<string, Set<string>>();
  const indegree = new Map<string, number>(itemNos.map((i) => [i, 0]));
  for (const o of orders.values()) {
    for (const c of o.consumption)
      for (const out of o.output) {
        if (c.itemNo === out.itemNo) continue;
        const set = parents.get(c.itemNo) ?? new Set();
        if (!set.has(out.itemNo)) {
          set.add(out.itemNo);
          indegree.set(out.itemNo, (indegree.get(out.itemNo) ?? 0) + 1);
        }
        parents.set(c.itemNo, set);
      }
  }
  const ready = itemNos.filter((i) => (indegree.get(i) ?? 0) === 0).sort();
  const done: string[] = [];
  const seen = new Set<string>();
  while (done.length < itemNos.length) {
    if (ready.length === 0) {
      // A cycle (an item consumed into itself): take the lowest item no. left and go on.
      const rest = itemNos.filter((i) => !seen.has(i)).sort();
      ready.push(rest[0]);
    }
    const next = ready.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    done.push(next);
    for (const p of parents.get(next) ?? []) {
      indegree.set(p, (indegree.get(p) ?? 0) - 1);
      if (indegree.get(p) === 0 && !seen.has(p)) {
        ready.push(p);
        ready.sort();
      }
    }
  }
  return done;
}
