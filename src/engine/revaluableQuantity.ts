// Revaluable quantity and value as of a date (report 5899 "Calculate Inventory Value": IncludeEntryInCalc,
// CalculateRemQuantity, table 32 CalculateRemInventoryValue; spec revaluation.md §1.3). Which inbound entries
// count, how much of each is left on the date (by application date), and what that remainder is worth.
import type { IsoDate } from "./calendar";
import { ZERO, mulDiv, type Fixed, type Quantity } from "./money";
import type { ItemApplicationEntry, ItemLedgerEntry, Ledger, ValueEntry } from "./model";
import { EntryMap, maxEntryNo } from "./entryMap";

/** The lookups the revaluation needs over one ledger. */
export interface RevaluationIndex {
  readonly ledger: Ledger;
  readonly ile: EntryMap<ItemLedgerEntry>;
  readonly vesByIle: EntryMap<ValueEntry[]>;
  readonly ilesByItem: ReadonlyMap<string, readonly ItemLedgerEntry[]>;
  /** Every application row that counts against an inbound entry (its own row included), by inbound entry. */
  readonly rowsByInbound: EntryMap<ItemApplicationEntry[]>;
}

export function revaluationIndex(ledger: Ledger): RevaluationIndex {
  const cap = maxEntryNo(ledger.itemLedgerEntries);
  const ile = new EntryMap<ItemLedgerEntry>(cap);
  const ilesByItem = new Map<string, ItemLedgerEntry[]>();
  for (const e of ledger.itemLedgerEntries) {
    ile.set(e.entryNo, e);
    const l = ilesByItem.get(e.itemNo);
    if (l) l.push(e);
    else ilesByItem.set(e.itemNo, [e]);
  }
  const vesByIle = new EntryMap<ValueEntry[]>(cap);
  for (const v of ledger.valueEntries) {
    const l = vesByIle.get(v.itemLedgerEntryNo);
    if (l) l.push(v);
    else vesByIle.set(v.itemLedgerEntryNo, [v]);
  }
  const rowsByInbound = new EntryMap<ItemApplicationEntry[]>(cap);
  for (const a of ledger.applications) {
    const l = rowsByInbound.get(a.inboundItemEntryNo);
    if (l) l.push(a);
    else rowsByInbound.set(a.inboundItemEntryNo, [a]);
  }
  return { ledger, ile, vesByIle, ilesByItem, rowsByInbound };
}

/**
 * IncludeEntryInCalc: an inbound entry is revaluable on the date when it is completely invoiced with its last
 * invoice on or before the date; Standard items calculated per Item also count receipts not yet invoiced.
 */
export function isRevaluable(e: ItemLedgerEntry, date: IsoDate, includeExpected: boolean): boolean {
  if (!e.positive) return false;
  if (includeExpected) return e.postingDate <= date;
  return e.completelyInvoiced && e.lastInvoiceDate !== "" && e.lastInvoiceDate <= date;
}

/**
 * revaluableQuantity(entry, date) (CalculateRemQuantity): the entry's quantity less what was applied to it with an
 * application dated on or before the date. An outbound dated later does not count, even if posted earlier.
 */
export function revaluableQuantity(ix: RevaluationIndex, entryNo: number, date: IsoDate): Quantity {
  let q = 0n;
  for (const a of ix.rowsByInbound.get(entryNo) ?? []) if (a.postingDate <= date) q += a.quantity;
  return q as Quantity;
}

const BASE_COST_TYPES = new Set(["Direct Cost", "Indirect Cost", "Variance"]);

export interface ValueFilter {
  /** Count expected cost too (Standard items per Item, entries not completely invoiced). */
  readonly includeExpected: boolean;
  /** Value entries with a Valuation Date up to this date (not for output: see `postingDateTo`). */
  readonly valuationDateTo?: IsoDate;
  /** Value entries with a Posting Date up to this date. */
  readonly postingDateTo?: IsoDate;
}

/**
 * CalculateRemInventoryValue: what `quantity` of the entry is worth, unrounded. Direct cost, indirect cost and
 * variance share by the entry's quantity; each revaluation by its own Valued Quantity; Rounding never counts.
 */
export function remainingInventoryValue(
  ix: RevaluationIndex,
  e: ItemLedgerEntry,
  quantity: Fixed,
  filter: ValueFilter,
): Fixed {
  if (quantity === 0n) return ZERO;
  let base: Fixed = ZERO;
  let cost: Fixed = ZERO;
  for (const v of ix.vesByIle.get(e.entryNo) ?? []) {
    if (filter.valuationDateTo !== undefined && v.valuationDate > filter.valuationDateTo) continue;
    if (filter.postingDateTo !== undefined && v.postingDate > filter.postingDateTo) continue;
    if (!filter.includeExpected && v.expectedCost) continue;
    const amount = filter.includeExpected ? v.costAmountActual + v.costAmountExpected : v.costAmountActual;
    if (BASE_COST_TYPES.has(v.entryType)) base += amount;
    else if (v.entryType === "Revaluation" && v.valuedQuantity !== 0n)
      cost += mulDiv(quantity, amount, v.valuedQuantity);
  }
  return cost + mulDiv(quantity, base, e.quantity);
}

/** The date filter CalculateRemInventoryValue uses: output by posting date, everything else by valuation date. */
export function valueFilterAsOf(e: ItemLedgerEntry, date: IsoDate, includeExpected: boolean): ValueFilter {
  const output = e.entryType === "Output" || e.entryType === "Assembly Output";
  return output ? { includeExpected, postingDateTo: date } : { includeExpected, valuationDateTo: date };
}
