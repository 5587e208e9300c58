// The part of the ledger Adjust Cost – Item Entries reads when it adjusts some items only (its Item No. filter):
// their entries, and those of the components their production and assembly orders consume, whose costs make up
// their output's. Indexing that part instead of the whole ledger is what makes a re-adjust of a few items quick.
import type { Ledger } from "./model";
import { maxEntryNo } from "./entryMap";
import { productionOrders } from "./orderCost";

/** The items and, order by order down the bill, every component their outputs are made of. */
export function itemsWithComponents(ledger: Ledger, itemNos: Iterable<string>): Set<string> {
  const componentsOf = new Map<string, Set<string>>(); // output item -> the items its orders consume
  for (const order of productionOrders(ledger.itemLedgerEntries).values()) {
    for (const o of order.output) {
      const set = componentsOf.get(o.itemNo) ?? new Set<string>();
      for (const c of order.consumption) if (c.itemNo !== o.itemNo) set.add(c.itemNo);
      componentsOf.set(o.itemNo, set);
    }
  }
  const items = new Set<string>();
  const queue = [...itemNos];
  while (queue.length > 0) {
    const itemNo = queue.pop()!;
    if (items.has(itemNo)) continue;
    items.add(itemNo);
    for (const c of componentsOf.get(itemNo) ?? []) queue.push(c);
  }
  return items;
}

/** The ledger with only these items' entries, value entries and applications (items and setup as they are). */
export function ledgerOfItems(ledger: Ledger, itemNos: ReadonlySet<string>): Ledger {
  const itemLedgerEntries = ledger.itemLedgerEntries.filter((e) => itemNos.has(e.itemNo));
  // Marks by entry no.: a million value entries are looked up in a flat array, not a Set.
  const mine = new Uint8Array(maxEntryNo(ledger.itemLedgerEntries) + 1);
  for (const e of itemLedgerEntries) mine[e.entryNo] = 1;
  const ofMine = (entryNo: number) => mine[entryNo] === 1;
  return {
    ...ledger,
    itemLedgerEntries,
    valueEntries: ledger.valueEntries.filter((v) => ofMine(v.itemLedgerEntryNo)),
    applications: ledger.applications.filter((a) => ofMine(a.itemLedgerEntryNo)),
  };
}
