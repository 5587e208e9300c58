// Item Application Entry: which inbound an outbound consumes, as Item Jnl.-Post Line applies quantities at
// posting (spec costing-engine.md §1, §5.1). One function per method behind one signature, chosen by method.
import { Decimal, ZERO } from "./money";
import type { CostingMethod, ItemLedgerEntry } from "./model";

/** An entry still holding open quantity during the replay. */
export interface OpenEntry {
  readonly entry: ItemLedgerEntry;
  remaining: Decimal; // signed: positive for inbound, negative for outbound
}

export interface QuantityApplication {
  readonly inbound: OpenEntry;
  readonly quantity: Decimal; // positive amount taken from the inbound
}

/** Picks the open inbound entries an outbound takes from, in the order the method consumes them. */
export type ApplicationOrder = (outbound: ItemLedgerEntry, candidates: readonly OpenEntry[]) => OpenEntry[];

const byDateThenNo = (a: OpenEntry, b: OpenEntry): number =>
  a.entry.postingDate < b.entry.postingDate
    ? -1
    : a.entry.postingDate > b.entry.postingDate
      ? 1
      : a.entry.entryNo - b.entry.entryNo;

/** FIFO and LIFO are one rule with an order: earliest (or latest) posting date, then entry no. */
function inOrder(direction: 1 | -1): ApplicationOrder {
  return (_outbound, candidates) => [...candidates].sort((a, b) => direction * byDateThenNo(a, b));
}

/** Specific: the inbound with the outbound's serial (or lot) no.; without one, FIFO. */
const specific: ApplicationOrder = (outbound, candidates) => {
  const fifo = inOrder(1)(outbound, candidates);
  if (!outbound.serialNo && !outbound.lotNo) return fifo;
  const match = (c: OpenEntry) =>
    outbound.serialNo ? c.entry.serialNo === outbound.serialNo : c.entry.lotNo === outbound.lotNo;
  return fifo.filter(match);
};

export const applicationOrder: Record<CostingMethod, ApplicationOrder> = {
  FIFO: inOrder(1),
  Average: inOrder(1),
  Standard: inOrder(1),
  LIFO: inOrder(-1),
  Specific: specific,
};

/** Takes up to `quantity` (positive) from the ordered candidates; returns what was taken. */
export function takeQuantity(quantity: Decimal, ordered: readonly OpenEntry[]): QuantityApplication[] {
  const taken: QuantityApplication[] = [];
  let need = quantity;
  for (const c of ordered) {
    if (need.lte(ZERO)) break;
    const available = c.remaining.abs();
    if (available.isZero()) continue;
    const q = Decimal.min(available, need);
    c.remaining = c.remaining.isNeg() ? c.remaining.plus(q) : c.remaining.minus(q);
    need = need.minus(q);
    taken.push({ inbound: c, quantity: q });
  }
  return taken;
}
