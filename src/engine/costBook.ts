// The cost of each item ledger entry during one Adjust Cost run: what its value entries hold, plus the
// adjustments this run has decided but not yet posted (BC's "Inventory Adjustment Buffer").
// A target cost for an entry is spread over its documents as PostAdjmtBuf does: expected cost on the
// expected-cost entry, actual cost over the invoices by invoiced quantity, rounding carried to the last.
// Amounts are scaled integers (fixedPoint.ts).
import type { ItemLedgerEntry, ValueEntry } from "./model";
import type { LedgerIndex } from "./ledgerIndex";
import { EntryMap } from "./entryMap";
import { Fixed, FixedRounding, mulDivRound, roundDiv } from "./fixedPoint";
import type { FixedView } from "./fixedView";

export type Channel = "actual" | "expected" | "rounding";

export interface PendingAdjustment {
  readonly original: ValueEntry; // the value entry adjusted (for rounding: the entry's last invoice)
  readonly channel: Channel;
  amount: Fixed;
}

interface Parts {
  readonly actual: Fixed;
  readonly expected: Fixed;
}

const NOTHING_PENDING: Parts = { actual: 0n, expected: 0n };

export const isDirect = (v: ValueEntry) => v.entryType === "Direct Cost" && !v.itemChargeNo;

export class CostBook {
  private readonly pending: Record<Channel, EntryMap<PendingAdjustment>>;
  private readonly pendingByIle: EntryMap<Fixed>;
  private readonly pendingByItem = new Map<string, PendingAdjustment[]>();
  private readonly pendingParts: EntryMap<Parts>;
  private readonly baseDirectParts: EntryMap<Parts>;
  private readonly costNow: EntryMap<Fixed>;
  private readonly otherNow: EntryMap<Fixed>;
  /** Called whenever an entry's cost changes, so running sums can follow. */
  onChange: (ileNo: number, delta: Fixed) => void = () => {};

  constructor(
    private readonly index: LedgerIndex,
    readonly num: FixedView,
    readonly rounding: FixedRounding,
  ) {
    const { ile, ve } = index.capacity;
    this.pending = { actual: new EntryMap(ve), expected: new EntryMap(ve), rounding: new EntryMap(ve) };
    this.pendingByIle = new EntryMap(ile);
    this.pendingParts = new EntryMap(ile);
    this.baseDirectParts = new EntryMap(ile);
    this.costNow = new EntryMap(ile);
    this.otherNow = new EntryMap(ile);
  }

  /** Actual + expected cost of an entry, all value entries and pending adjustments. */
  cost(ileNo: number): Fixed {
    let c = this.costNow.get(ileNo);
    if (c === undefined) {
      c = 0n;
      for (const v of this.index.vesByIle.get(ileNo) ?? []) c += this.num.actual(v) + this.num.expected(v);
      this.costNow.set(ileNo, c);
    }
    return c;
  }

  /** Cost that is not direct cost: item charges, variance, indirect cost, revaluation, rounding. */
  otherCost(ileNo: number): Fixed {
    let c = this.otherNow.get(ileNo);
    if (c === undefined) {
      c = 0n;
      for (const v of this.index.vesByIle.get(ileNo) ?? []) if (!isDirect(v)) c += this.num.actual(v) + this.num.expected(v);
      this.otherNow.set(ileNo, c);
    }
    return c;
  }

  /** Makes the entry's whole cost equal `total` by changing its direct cost. */
  setTotalCost(e: ItemLedgerEntry, total: Fixed): boolean {
    return this.setDirectCost(e, total - this.otherCost(e.entryNo));
  }

  /** What this run has added to an entry so far. */
  pendingTotal(ileNo: number): Fixed {
    return this.pendingByIle.get(ileNo) ?? 0n;
  }

  /** Pending actual and expected adjustments of an entry (they count as Direct Cost value entries). */
  pendingOf(ileNo: number): Parts {
    return this.pendingParts.get(ileNo) ?? NOTHING_PENDING;
  }

  /** The non-zero adjustments decided for one item's entries. */
  adjustmentsOf(itemNo: string): PendingAdjustment[] {
    return (this.pendingByItem.get(itemNo) ?? []).filter((p) => p.amount !== 0n);
  }

  private get(veNo: number, channel: Channel): Fixed {
    return this.pending[channel].get(veNo)?.amount ?? 0n;
  }

  private add(original: ValueEntry, channel: Channel, delta: Fixed): void {
    if (delta === 0n) return;
    const p = this.pending[channel].get(original.entryNo);
    if (p) p.amount += delta;
    else {
      const created: PendingAdjustment = { original, channel, amount: delta };
      this.pending[channel].set(original.entryNo, created);
      const list = this.pendingByItem.get(original.itemNo);
      if (list) list.push(created);
      else this.pendingByItem.set(original.itemNo, [created]);
    }
    const ile = original.itemLedgerEntryNo;
    this.costNow.set(ile, this.cost(ile) + delta);
    if (channel === "rounding") this.otherNow.set(ile, this.otherCost(ile) + delta);
    else {
      const parts = this.pendingOf(ile);
      this.pendingParts.set(
        ile,
        channel === "actual"
          ? { actual: parts.actual + delta, expected: parts.expected }
          : { actual: parts.actual, expected: parts.expected + delta },
      );
    }
    this.pendingByIle.set(ile, this.pendingTotal(ile) + delta);
    this.onChange(ile, delta);
  }

  /** Direct cost actual and expected of an entry, with pending adjustments. */
  private directParts(ileNo: number): Parts {
    let base = this.baseDirectParts.get(ileNo);
    if (!base) {
      let actual = 0n;
      let expected = 0n;
      for (const v of this.index.vesByIle.get(ileNo) ?? [])
        if (isDirect(v)) {
          actual += this.num.actual(v);
          expected += this.num.expected(v);
        }
      this.baseDirectParts.set(ileNo, (base = { actual, expected }));
    }
    const p = this.pendingOf(ileNo);
    return p === NOTHING_PENDING ? base : { actual: base.actual + p.actual, expected: base.expected + p.expected };
  }

  /** Direct cost (no item charges) the entry carries now. */
  directCost(ileNo: number): Fixed {
    const p = this.directParts(ileNo);
    return p.actual + p.expected;
  }

  /** Cheap check that an entry fully invoiced (or not at all) already carries the target, split as it must be. */
  private alreadyAt(e: ItemLedgerEntry, target: Fixed): boolean {
    const { actual, expected } = this.directParts(e.entryNo);
    if (e.completelyInvoiced) return expected === 0n && actual === target;
    if (e.invoicedQuantity.isZero()) return actual === 0n && expected === target;
    return false;
  }

  /** Makes the entry's direct cost equal `target`; returns whether anything changed. */
  setDirectCost(e: ItemLedgerEntry, target: Fixed): boolean {
    if (this.alreadyAt(e, target)) return false;
    const ves = (this.index.vesByIle.get(e.entryNo) ?? []).filter(isDirect);
    const originals = ves.filter((v) => !v.adjustment);
    if (originals.length === 0) return false;
    const actualTarget = e.completelyInvoiced
      ? target
      : e.invoicedQuantity.isZero()
        ? 0n
        : mulDivRound(target, this.num.invoiced(e), this.num.quantity(e), this.rounding.amount);
    const expectedTarget = target - actualTarget;

    let currentExpected = 0n;
    let currentActual = 0n;
    const docActual = new Map<number, Fixed>();
    for (const v of ves) {
      currentExpected += this.num.expected(v) + this.get(v.entryNo, "expected");
      const a = this.num.actual(v) + this.get(v.entryNo, "actual");
      currentActual += a;
      const doc = v.adjustment && this.index.ve.has(v.appliesToEntry) ? v.appliesToEntry : v.entryNo;
      docActual.set(doc, (docActual.get(doc) ?? 0n) + a);
    }
    let changed = false;
    const holder = originals.find((v) => v.expectedCost) ?? originals[0];
    if (expectedTarget !== currentExpected) {
      this.add(holder, "expected", expectedTarget - currentExpected);
      changed = true;
    }

    let invoices = originals.filter((v) => !v.expectedCost && (!v.invoicedQuantity.isZero() || !v.costAmountActual.isZero()));
    if (invoices.length === 0) {
      if (actualTarget === currentActual) return changed;
      invoices = [originals[originals.length - 1]];
    }
    const byInvoiced = invoices.some((v) => !v.invoicedQuantity.isZero());
    const weights = invoices.map((v) => this.num.of(byInvoiced ? v.invoicedQuantity : v.valuedQuantity));
    const total = weights.reduce((s, w) => s + w, 0n);
    let assigned = 0n;
    let currentAssigned = 0n;
    let residual = 0n; // carried as a scaled amount times `total`, so the split stays exact
    invoices.forEach((v, i) => {
      const last = i === invoices.length - 1;
      let share: Fixed;
      if (last || total === 0n) share = actualTarget - assigned;
      else {
        const exactTimesTotal = actualTarget * weights[i] + residual;
        share = roundDiv(exactTimesTotal, total * this.rounding.amount) * this.rounding.amount;
        residual = exactTimesTotal - share * total;
      }
      assigned += share;
      const current = last ? currentActual - currentAssigned : (docActual.get(v.entryNo) ?? 0n);
      currentAssigned += current;
      if (share !== current) {
        this.add(v, "actual", share - current);
        changed = true;
      }
    });
    return changed;
  }

  /** Makes the entry's Rounding value entries sum to `target`. */
  setRounding(e: ItemLedgerEntry, target: Fixed): boolean {
    const ves = this.index.vesByIle.get(e.entryNo) ?? [];
    let holder: ValueEntry | undefined;
    for (let i = ves.length - 1; i >= 0 && !holder; i--) if (isDirect(ves[i]) && !ves[i].adjustment) holder = ves[i];
    if (!holder) return false;
    let current = this.get(holder.entryNo, "rounding");
    for (const v of ves) if (v.entryType === "Rounding") current += this.num.actual(v);
    if (target === current) return false;
    this.add(holder, "rounding", target - current);
    return true;
  }
}
