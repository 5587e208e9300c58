// Lookups over a replayed ledger that the cost adjustment and the queries share.
import type { IsoDate } from "./calendar";
import type { Quantity } from "./money";
import type { ItemApplicationEntry, ItemLedgerEntry, Ledger, ValueEntry } from "./model";
import { EntryLookup, EntryMap, maxEntryNo } from "./entryMap";

export interface CostLink {
  readonly from: number; // the entry whose cost is passed on
  readonly to: number; // the entry that receives it
  readonly quantity: Quantity; // positive quantity received
}

export interface LedgerIndex {
  readonly ledger: Ledger;
  /** Highest entry numbers, to size the arrays keyed by them. */
  readonly capacity: {
    readonly ile: number;
    readonly ve: number;
    /** How many there are: few, numbered high (a part of a large ledger), keep their maps sparse. */
    readonly ileCount: number;
    readonly veCount: number;
  };
  readonly ile: EntryLookup<ItemLedgerEntry>;
  readonly vesByIle: EntryLookup<readonly ValueEntry[]>; // ascending Entry No.
  readonly ve: EntryLookup<ValueEntry>;
  readonly ilesByItem: ReadonlyMap<string, readonly ItemLedgerEntry[]>; // ascending Entry No.
  /** Rows where an outbound consumed an inbound (Quantity < 0), by outbound and by inbound. */
  readonly consumedBy: EntryLookup<readonly ItemApplicationEntry[]>;
  readonly consumedFrom: EntryLookup<readonly ItemApplicationEntry[]>;
  /** Cost receivers (returns applied from a sale, transfer receipts), by the entry they receive from. */
  readonly receiversOf: EntryLookup<readonly CostLink[]>;
  readonly sourceOf: EntryLookup<CostLink>;
  /** Valuation date of each entry's quantity posting (its first value entry). */
  readonly ileVd: EntryLookup<IsoDate>;
}

function push<K, V>(m: { get(k: K): V[] | undefined; set(k: K, v: V[]): unknown }, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/**
 * Records grouped by an entry number, in their input order, each list allocated at its exact length: lists grown
 * by push keep spare slots, which on a million entries is tens of megabytes held through the whole run.
 */
function groupByEntry<T>(
  records: readonly T[],
  keyOf: (r: T) => number | null,
  capacity: number,
  keys: number,
): EntryMap<T[]> {
  const counts = new EntryMap<number>(capacity, keys);
  for (const r of records) {
    const k = keyOf(r);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const groups = new EntryMap<T[]>(capacity, keys);
  const filled = new EntryMap<number>(capacity, keys);
  for (const r of records) {
    const k = keyOf(r);
    if (k === null) continue;
    let l = groups.get(k);
    if (!l) groups.set(k, (l = new Array<T>(counts.get(k)!)));
    const i = filled.get(k) ?? 0;
    l[i] = r;
    filled.set(k, i + 1);
  }
  return groups;
}

export function indexLedger(ledger: Ledger): LedgerIndex {
  const ileCap = maxEntryNo(ledger.itemLedgerEntries);
  const veCap = maxEntryNo(ledger.valueEntries);
  const ileCount = ledger.itemLedgerEntries.length;
  const veCount = ledger.valueEntries.length;
  const ile = new EntryMap<ItemLedgerEntry>(ileCap, ileCount);
  for (const e of ledger.itemLedgerEntries) ile.set(e.entryNo, e);
  const vesByIle = groupByEntry(ledger.valueEntries, (v) => v.itemLedgerEntryNo, ileCap, ileCount);
  const ve = new EntryMap<ValueEntry>(veCap, veCount);
  for (const v of ledger.valueEntries) ve.set(v.entryNo, v);
  // Value entries arrive in entry-number order from the replay; sort only if an input was not.
  for (const e of ledger.itemLedgerEntries) {
    const l = vesByIle.get(e.entryNo);
    if (l && l.some((v, i) => i > 0 && l[i - 1].entryNo > v.entryNo)) l.sort((a, b) => a.entryNo - b.entryNo);
  }
  const ilesByItem = new Map<string, ItemLedgerEntry[]>();
  for (const e of ledger.itemLedgerEntries) push(ilesByItem, e.itemNo, e);
  for (const l of ilesByItem.values()) l.sort((a, b) => a.entryNo - b.entryNo);

  const consumedBy = groupByEntry(
    ledger.applications,
    (a) => (a.quantity < 0n ? a.outboundItemEntryNo : null),
    ileCap,
    ileCount,
  );
  const consumedFrom = groupByEntry(
    ledger.applications,
    (a) => (a.quantity < 0n ? a.inboundItemEntryNo : null),
    ileCap,
    ileCount,
  );
  const receiversOf = new EntryMap<CostLink[]>(ileCap, ileCount);
  const sourceOf = new EntryMap<CostLink>(ileCap, ileCount);
  for (const a of ledger.applications) {
    if (a.quantity < 0n) continue;
    const from = a.outboundItemEntryNo !== 0 ? a.outboundItemEntryNo : a.transferredFromEntryNo;
    if (from === 0 || a.inboundItemEntryNo !== a.itemLedgerEntryNo || !ile.has(from)) continue;
    const link: CostLink = { from, to: a.inboundItemEntryNo, quantity: a.quantity };
    push(receiversOf, from, link);
    sourceOf.set(link.to, link);
  }
  const ileVd = new EntryMap<IsoDate>(ileCap, ileCount);
  for (const e of ledger.itemLedgerEntries) {
    const own = vesByIle.get(e.entryNo) ?? [];
    const posting = own.find((v) => v.itemLedgerEntryQuantity !== 0n) ?? own[0];
    ileVd.set(e.entryNo, posting?.valuationDate ?? e.postingDate);
  }
  return {
    ledger,
    capacity: { ile: ileCap, ve: veCap, ileCount, veCount },
    ile,
    vesByIle,
    ve,
    ilesByItem,
    consumedBy,
    consumedFrom,
    receiversOf,
    sourceOf,
    ileVd,
  };
}

/** A lookup with some entries replaced or added over another, which stays as it was. */
class Overlay<V> implements EntryLookup<V> {
  constructor(
    private readonly base: EntryLookup<V>,
    private readonly changes: ReadonlyMap<number, V>,
    /** Overlays below this one: a lookup passes through each. */
    readonly depth: number,
  ) {}

  get(entryNo: number): V | undefined {
    const v = this.changes.get(entryNo);
    return v !== undefined ? v : this.base.get(entryNo);
  }

  has(entryNo: number): boolean {
    return this.get(entryNo) !== undefined;
  }
}

/** After this many posts on one index, it is built again (each lookup would pass through every one). */
const MAX_OVERLAYS = 16;

/**
 * The index of `ledger`, which is `index`'s ledger with `added` value entries appended, each of an item ledger
 * entry that already had value entries (a revaluation, adjustments): only their entries' lists change, and the
 * lookups of everything else are shared with `index`, which stays as it was. Null when that does not hold (build
 * the index again).
 */
export function indexWithValueEntries(
  index: LedgerIndex,
  ledger: Ledger,
  added: readonly ValueEntry[],
): LedgerIndex | null {
  const depth = index.vesByIle instanceof Overlay ? index.vesByIle.depth + 1 : 0;
  if (depth >= MAX_OVERLAYS) return null;
  const lists = new Map<number, ValueEntry[]>();
  const ves = new Map<number, ValueEntry>();
  let veCap = index.capacity.ve;
  for (const v of added) {
    const before = index.vesByIle.get(v.itemLedgerEntryNo);
    if (!before || before.length === 0 || index.ve.has(v.entryNo) || ves.has(v.entryNo)) return null;
    if (v.entryNo < before[before.length - 1].entryNo) return null; // lists stay in entry-number order
    let l = lists.get(v.itemLedgerEntryNo);
    if (!l) lists.set(v.itemLedgerEntryNo, (l = [...before]));
    if (l.length > 0 && v.entryNo < l[l.length - 1].entryNo) return null;
    l.push(v);
    ves.set(v.entryNo, v);
    if (v.entryNo > veCap) veCap = v.entryNo;
  }
  return {
    ...index,
    ledger,
    capacity: { ...index.capacity, ve: veCap, veCount: index.capacity.veCount + added.length },
    vesByIle: new Overlay(index.vesByIle, lists, depth),
    ve: new Overlay(index.ve, ves, depth),
  };
}
