// Average Cost Calc. Overview (page 5847, codeunit "Get Average Cost Calc Overview"): one pool's period as Adjust
// Cost averaged it — the opening (what was valued before the period, by source, the backdated values among it,
// and the open outbounds left out), each entry of the period with its value entries of the period (Increase,
// Decrease, Applied Decrease, Revaluation), and the closing. A value is marked backdated when it was posted after
// an entry of the pool with a later valuation date: a receipt dated back, an invoice or item charge valued on its
// receipt's date after a later sale was posted. The averages already taken from then on had to be taken again
// (Business Central's "recalculating average cost"); a value valued before its posting date with nothing later
// posted in between changed no average and is not marked.
import { ZERO, amount, quantity as asQuantity, type Amount, type Fixed, type Quantity } from "./money";
import type { IsoDate } from "./calendar";
import type { ItemLedgerEntry, ItemLedgerEntryType, ValueEntry } from "./model";
import type { Period } from "./averageCostPeriod";
import type { LedgerIndex } from "./ledgerIndex";
import type { PoolScope } from "./averagePools";

/** Why a value counts in averages taken before it was posted. */
export interface Backdating {
  /** The value entry posted late. */
  readonly valueEntryNo: number;
  readonly postingDate: IsoDate;
  readonly valuationDate: IsoDate;
  /** The entry of the pool with the latest valuation date posted before it: later than its own. */
  readonly postedAfter: { readonly itemLedgerEntryNo: number; readonly valuationDate: IsoDate };
}

export interface PoolLine {
  readonly kind: "inbound" | "outbound, averaged" | "outbound, fixed application" | "revaluation" | "cost change";
  readonly itemLedgerEntryNo: number;
  readonly entryType: ItemLedgerEntryType;
  readonly postingDate: IsoDate;
  readonly valuationDate: IsoDate;
  readonly quantity: Quantity;
  readonly value: Amount;
  /** The first backdated value entry of the line; null when none is. */
  readonly backdated: Backdating | null;
}

/** A part of the opening: the values of one kind valued before the period. */
export interface OpeningSource {
  readonly source: "inbounds" | "outbounds" | "revaluations";
  /** Item ledger entries they belong to. */
  readonly entries: number;
  readonly quantity: Quantity;
  readonly value: Amount;
  readonly firstValuationDate: IsoDate;
  readonly lastValuationDate: IsoDate;
}

export interface Opening {
  readonly quantity: Quantity;
  readonly value: Amount;
  /** What the opening is made of; their quantities and values add up to the opening's. */
  readonly sources: readonly OpeningSource[];
  /** Of the opening, the values posted backdated, per item ledger entry (only its backdated value entries). */
  readonly backdated: readonly PoolLine[];
  /** Outbounds of earlier periods still open (negative inventory not covered yet): left out of the pool. */
  readonly leftOut: { readonly entries: number; readonly quantity: Quantity; readonly value: Amount } | null;
}

export interface PoolOverview {
  readonly opening: Opening;
  readonly lines: readonly PoolLine[];
  /** Quantity and value the average is taken over: the opening and the period, less its averaged outbounds. */
  readonly pool: { readonly quantity: Fixed; readonly value: Fixed };
  readonly closing: { readonly quantity: Quantity; readonly value: Amount };
}

const SOURCES: readonly OpeningSource["source"][] = ["inbounds", "outbounds", "revaluations"];

interface Sum {
  line: PoolLine;
  quantity: Fixed;
  value: Fixed;
}

/** The overview of one pool (the whole item with Calc. Type Item) in one period, on the adjusted ledger's index. */
export function poolOverview(
  index: LedgerIndex,
  itemNo: string,
  period: Period,
  scope: PoolScope | null,
): PoolOverview {
  const entries = (index.ilesByItem.get(itemNo) ?? []).filter(
    (e) => scope === null || (e.locationCode === scope.locationCode && e.variantCode === scope.variantCode),
  );
  const late = backdatedValues(index, entries);
  let openQ: Fixed = ZERO;
  let openV: Fixed = ZERO;
  const sources = new Map<
    OpeningSource["source"],
    { ile: Set<number>; q: Fixed; v: Fixed; first: string; last: string }
  >();
  const openingLate = new Map<string, Sum>();
  const left = { ile: new Set<number>(), q: ZERO as Fixed, v: ZERO as Fixed };
  const lines = new Map<string, Sum>();
  for (const e of entries) {
    const vd = index.ileVd.get(e.entryNo)!;
    const averaged =
      !e.positive && e.appliesToEntry === 0 && (index.vesByIle.get(e.entryNo)?.[0]?.valuedByAverageCost ?? false);
    const openBefore = !e.positive && e.remainingQuantity < 0n && vd < period.start;
    for (const v of index.vesByIle.get(e.entryNo) ?? []) {
      if (v.valuationDate > period.end) continue;
      const value = v.costAmountActual + v.costAmountExpected;
      if (openBefore) {
        left.ile.add(e.entryNo);
        left.q += v.itemLedgerEntryQuantity;
        left.v += value;
        continue;
      }
      const kind: PoolLine["kind"] =
        v.entryType === "Revaluation"
          ? "revaluation"
          : e.positive
            ? "inbound"
            : averaged
              ? "outbound, averaged"
              : "outbound, fixed application";
      const backdated = late.get(v.entryNo) ?? null;
      if (v.valuationDate < period.start) {
        openQ += v.itemLedgerEntryQuantity;
        openV += value;
        const source = v.entryType === "Revaluation" ? "revaluations" : e.positive ? "inbounds" : "outbounds";
        const s = sources.get(source) ?? { ile: new Set(), q: ZERO, v: ZERO, first: v.valuationDate, last: "" };
        s.ile.add(e.entryNo);
        s.q += v.itemLedgerEntryQuantity;
        s.v += value;
        if (v.valuationDate < s.first) s.first = v.valuationDate;
        if (v.valuationDate > s.last) s.last = v.valuationDate;
        sources.set(source, s);
        if (backdated) add(openingLate, `${e.entryNo}\u0000${kind}`, e, kind, v, backdated);
        continue;
      }
      // A value of the period on an entry valued before it (an invoice, a charge): a cost change.
      const inPeriod = vd < period.start && kind !== "revaluation" ? "cost change" : kind;
      add(lines, `${e.entryNo}\u0000${inPeriod}`, e, inPeriod, v, backdated);
    }
  }
  const all = finish(lines);
  let quantity: Fixed = openQ;
  let value: Fixed = openV;
  let closingQ: Fixed = openQ;
  let closingV: Fixed = openV;
  for (const l of all) {
    closingQ += l.quantity;
    closingV += l.value;
    if (l.kind === "outbound, averaged") continue;
    quantity += l.quantity;
    value += l.value;
  }
  return {
    opening: {
      quantity: asQuantity(openQ),
      value: amount(openV),
      sources: SOURCES.flatMap((source) => {
        const s = sources.get(source);
        return s
          ? [
              {
                source,
                entries: s.ile.size,
                quantity: asQuantity(s.q),
                value: amount(s.v),
                firstValuationDate: s.first,
                lastValuationDate: s.last,
              },
            ]
          : [];
      }),
      backdated: finish(openingLate),
      leftOut:
        left.ile.size === 0 ? null : { entries: left.ile.size, quantity: asQuantity(left.q), value: amount(left.v) },
    },
    lines: all,
    pool: { quantity, value },
    closing: { quantity: asQuantity(closingQ), value: amount(closingV) },
  };
}

function add(
  lines: Map<string, Sum>,
  key: string,
  e: ItemLedgerEntry,
  kind: PoolLine["kind"],
  v: ValueEntry,
  backdated: Backdating | null,
): void {
  const l = lines.get(key) ?? {
    line: {
      kind,
      itemLedgerEntryNo: e.entryNo,
      entryType: e.entryType,
      postingDate: e.postingDate,
      valuationDate: v.valuationDate,
      quantity: ZERO,
      value: ZERO,
      backdated,
    },
    quantity: ZERO,
    value: ZERO,
  };
  if (l.line.backdated === null && backdated !== null) l.line = { ...l.line, backdated };
  l.quantity += v.itemLedgerEntryQuantity;
  l.value += v.costAmountActual + v.costAmountExpected;
  lines.set(key, l);
}

function finish(lines: Map<string, Sum>): PoolLine[] {
  return [...lines.values()]
    .map((l) => ({ ...l.line, quantity: asQuantity(l.quantity), value: amount(l.value) }))
    .sort((a, b) => a.itemLedgerEntryNo - b.itemLedgerEntryNo);
}

/**
 * The pool's backdated value entries, by value entry no.: in posting order (entry no.), a value entry that is not
 * Adjust Cost's (an adjustment or a rounding entry) is backdated when an entry of the pool posted before it has a
 * later valuation date.
 */
function backdatedValues(index: LedgerIndex, entries: readonly ItemLedgerEntry[]): Map<number, Backdating> {
  const ves = entries.flatMap((e) => index.vesByIle.get(e.entryNo) ?? []).sort((a, b) => a.entryNo - b.entryNo);
  const out = new Map<number, Backdating>();
  let latest: { itemLedgerEntryNo: number; valuationDate: IsoDate } | null = null;
  for (const v of ves) {
    if (v.adjustment || v.entryType === "Rounding") continue;
    if (latest !== null && latest.valuationDate > v.valuationDate)
      out.set(v.entryNo, {
        valueEntryNo: v.entryNo,
        postingDate: v.postingDate,
        valuationDate: v.valuationDate,
        postedAfter: latest,
      });
    if (latest === null || v.valuationDate > latest.valuationDate)
      latest = { itemLedgerEntryNo: v.itemLedgerEntryNo, valuationDate: v.valuationDate };
  }
  return out;
}
