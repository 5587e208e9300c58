// Item Application Entry: which inbound an outbound consumes, as Item Jnl.-Post Line applies quantities at
// posting (spec costing-engine.md §1, §5.1). One function per method behind one signature, chosen by method;
// FIFO and LIFO are one rule with an order.
import { ZERO, abs, min, type Quantity } from "./money";
import type { CostingMethod, ItemLedgerEntry } from "./model";

/** An entry still holding open quantity during the replay. */
export interface OpenEntry {
  readonly entry: ItemLedgerEntry;
  remaining: Quantity; // signed: positive for inbound, negative for outbound
}

export interface QuantityApplication {
  readonly inbound: OpenEntry;
  readonly quantity: Quantity; // positive amount taken from the inbound
}

const after = (a: OpenEntry, b: OpenEntry): boolean =>
  a.entry.postingDate > b.entry.postingDate ||
  (a.entry.postingDate === b.entry.postingDate && a.entry.entryNo > b.entry.entryNo);

/**
 * Open entries of one item, location and variant and one sign, kept in (Posting Date, Entry No.) order — the
 * key Business Central searches — so FIFO walks it forwards and LIFO backwards, with no sorting per posting.
 */
export class OpenEntries {
  private list: OpenEntry[] = [];
  private closed = 0;

  add(e: OpenEntry): void {
    const l = this.list;
    l.push(e);
    for (let i = l.length - 1; i > 0 && after(l[i - 1], l[i]); i--) [l[i - 1], l[i]] = [l[i], l[i - 1]];
  }

  /** Open entries, earliest first (direction 1) or latest first (-1). */
  *walk(direction: 1 | -1): Generator<OpenEntry> {
    const l = this.list;
    if (direction === 1) {
      for (let i = 0; i < l.length; i++) if (l[i].remaining !== 0n) yield l[i];
    } else for (let i = l.length - 1; i >= 0; i--) if (l[i].remaining !== 0n) yield l[i];
  }

  /** Drops closed entries now and then, so long ledgers keep short lists. */
  noteClosed(count: number): void {
    this.closed += count;
    if (this.closed > 32 && this.closed * 2 > this.list.length) {
      this.list = this.list.filter((e) => e.remaining !== 0n);
      this.closed = 0;
    }
  }
}

/** The open inbound entries an outbound may take from, in the order its costing method consumes them. */
export type ApplicationOrder = (outbound: ItemLedgerEntry, open: OpenEntries) => Iterable<OpenEntry>;

const inOrder =
  (direction: 1 | -1): ApplicationOrder =>
  (_outbound, open) =>
    open.walk(direction);

/** Specific: the inbound with the outbound's serial (or lot) no.; without one, FIFO. */
const specific: ApplicationOrder = function* (outbound, open) {
  for (const c of open.walk(1)) {
    if (!outbound.serialNo && !outbound.lotNo) yield c;
    else if (outbound.serialNo ? c.entry.serialNo === outbound.serialNo : c.entry.lotNo === outbound.lotNo) yield c;
  }
};

export const applicationOrder: Record<CostingMethod, ApplicationOrder> = {
  FIFO: inOrder(1),
  Average: inOrder(1),
  Standard: inOrder(1),
  LIFO: inOrder(-1),
  Specific: specific,
};

/** How an inbound searches the open negative entries it closes: LIFO from the latest (EntryFindMethod "+"). */
export const negativesOrder: Record<CostingMethod, 1 | -1> = {
  FIFO: 1,
  Average: 1,
  Standard: 1,
  Specific: 1,
  LIFO: -1,
};

/** Takes up to `quantity` (positive) from the candidates in order; returns what was taken. */
export function takeQuantity(quantity: Quantity, ordered: Iterable<OpenEntry>): QuantityApplication[] {
  const taken: QuantityApplication[] = [];
  let need = quantity;
  for (const c of ordered) {
    if (need <= ZERO) break;
    const q = min(abs(c.remaining), need);
    c.remaining = (c.remaining < 0n ? c.remaining + q : c.remaining - q) as Quantity;
    need = (need - q) as Quantity;
    taken.push({ inbound: c, quantity: q });
  }
  return taken;
}
