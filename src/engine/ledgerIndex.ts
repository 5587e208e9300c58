// Lookups over a replayed ledger that the cost adjustment and the queries share.
import type { IsoDate } from "./calendar";
import type { Decimal } from "./money";
import type { ItemApplicationEntry, ItemLedgerEntry, Ledger, ValueEntry } from "./model";

export interface CostLink {
  readonly from: number; // the entry whose cost is passed on
  readonly to: number; // the entry that receives it
  readonly quantity: Decimal; // positive quantity received
}

export interface LedgerIndex {
  readonly ledger: Ledger;
  readonly ile: ReadonlyMap<number, ItemLedgerEntry>;
  readonly vesByIle: ReadonlyMap<number, readonly ValueEntry[]>; // ascending Entry No.
  readonly ve: ReadonlyMap<number, ValueEntry>;
  readonly ilesByItem: ReadonlyMap<string, readonly ItemLedgerEntry[]>; // ascending Entry No.
  /** Rows where an outbound consumed an inbound (Quantity < 0), by outbound and by inbound. */
  readonly consumedBy: ReadonlyMap<number, readonly ItemApplicationEntry[]>;
  readonly consumedFrom: ReadonlyMap<number, readonly ItemApplicationEntry[]>;
  /** Cost receivers (returns applied from a sale, transfer receipts), by the entry they receive from. */
  readonly receiversOf: ReadonlyMap<number, readonly CostLink[]>;
  readonly sourceOf: ReadonlyMap<number, CostLink>;
  /** Valuation date of each entry's quantity posting (its first value entry). */
  readonly ileVd: ReadonlyMap<number, IsoDate>;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

export function indexLedger(ledger: Ledger): LedgerIndex {
  const ile = new Map(ledger.itemLedgerEntries.map((e) => [e.entryNo, e]));
  const vesByIle = new Map<number, ValueEntry[]>();
  const ve = new Map<number, ValueEntry>();
  for (const v of ledger.valueEntries) {
    push(vesByIle, v.itemLedgerEntryNo, v);
    ve.set(v.entryNo, v);
  }
  for (const l of vesByIle.values()) l.sort((a, b) => a.entryNo - b.entryNo);
  const ilesByItem = new Map<string, ItemLedgerEntry[]>();
  for (const e of ledger.itemLedgerEntries) push(ilesByItem, e.itemNo, e);
  for (const l of ilesByItem.values()) l.sort((a, b) => a.entryNo - b.entryNo);

  const consumedBy = new Map<number, ItemApplicationEntry[]>();
  const consumedFrom = new Map<number, ItemApplicationEntry[]>();
  const receiversOf = new Map<number, CostLink[]>();
  const sourceOf = new Map<number, CostLink>();
  for (const a of ledger.applications) {
    if (a.quantity.isNeg()) {
      push(consumedBy, a.outboundItemEntryNo, a);
      push(consumedFrom, a.inboundItemEntryNo, a);
      continue;
    }
    const from = a.outboundItemEntryNo !== 0 ? a.outboundItemEntryNo : a.transferredFromEntryNo;
    if (from === 0 || a.inboundItemEntryNo !== a.itemLedgerEntryNo || !ile.has(from)) continue;
    const link: CostLink = { from, to: a.inboundItemEntryNo, quantity: a.quantity };
    push(receiversOf, from, link);
    sourceOf.set(link.to, link);
  }
  const ileVd = new Map<number, IsoDate>();
  for (const e of ledger.itemLedgerEntries) {
    const own = vesByIle.get(e.entryNo) ?? [];
    const posting = own.find((v) => !v.itemLedgerEntryQuantity.isZero()) ?? own[0];
    ileVd.set(e.entryNo, posting?.valuationDate ?? e.postingDate);
  }
  return { ledger, ile, vesByIle, ve, ilesByItem, consumedBy, consumedFrom, receiversOf, sourceOf, ileVd };
}
