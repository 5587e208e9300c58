// The cost of each item ledger entry during one Adjust Cost run: what its value entries hold, plus the
// adjustments this run has decided but not yet posted (BC's "Inventory Adjustment Buffer").
// A target cost for an entry is spread over its documents as PostAdjmtBuf does: expected cost on the
// expected-cost entry, actual cost over the invoices by invoiced quantity, rounding carried to the last.
import { Decimal, Rounding, ZERO, roundAmount } from "./money";
import type { ItemLedgerEntry, ValueEntry } from "./model";
import type { LedgerIndex } from "./ledgerIndex";
import { EntryMap } from "./entryMap";

export type Channel = "actual" | "expected" | "rounding";

export interface PendingAdjustment {
  readonly original: ValueEntry; // the value entry adjusted (for rounding: the entry's last invoice)
  readonly channel: Channel;
  amount: Decimal;
}

const NOTHING_PENDING = { actual: ZERO, expected: ZERO } as const;

const isDirect = (v: ValueEntry) => v.entryType === "Direct Cost" && !v.itemChargeNo;

export class CostBook {
  private readonly pending: Record<Channel, EntryMap<PendingAdjustment>> = {
    actual: new EntryMap(),
    expected: new EntryMap(),
    rounding: new EntryMap(),
  };
  private readonly pendingByIle = new EntryMap<Decimal>();
  private readonly pendingByItem = new Map<string, PendingAdjustment[]>();
  private readonly pendingParts = new EntryMap<{ actual: Decimal; expected: Decimal }>();
  private readonly baseDirectParts = new EntryMap<[Decimal, Decimal]>();
  private readonly costNow = new EntryMap<Decimal>();
  private readonly otherNow = new EntryMap<Decimal>();
  /** Called whenever an entry's cost changes, so running sums can follow. */
  onChange: (ileNo: number, delta: Decimal) => void = () => {};

  constructor(
    private readonly index: LedgerIndex,
    private readonly rounding: Rounding,
  ) {}

  /** Actual + expected cost of an entry, all value entries and pending adjustments. */
  cost(ileNo: number): Decimal {
    let c = this.costNow.get(ileNo);
    if (c === undefined) {
      c = ZERO;
      for (const v of this.index.vesByIle.get(ileNo) ?? []) c = c.plus(v.costAmountActual).plus(v.costAmountExpected);
      this.costNow.set(ileNo, c);
    }
    return c;
  }

  /** Cost that is not direct cost: item charges, variance, indirect cost, revaluation, rounding. */
  otherCost(ileNo: number): Decimal {
    let c = this.otherNow.get(ileNo);
    if (c === undefined) {
      c = ZERO;
      for (const v of this.index.vesByIle.get(ileNo) ?? [])
        if (!isDirect(v)) c = c.plus(v.costAmountActual).plus(v.costAmountExpected);
      this.otherNow.set(ileNo, c);
    }
    return c;
  }

  /** Makes the entry's whole cost equal `total` by changing its direct cost. */
  setTotalCost(e: ItemLedgerEntry, total: Decimal): boolean {
    const other = this.otherCost(e.entryNo);
    return this.setDirectCost(e, other.isZero() ? total : total.minus(other));
  }

  /** What this run has added to an entry so far. */
  pendingTotal(ileNo: number): Decimal {
    return this.pendingByIle.get(ileNo) ?? ZERO;
  }

  /** Pending actual and expected adjustments of an entry (they count as Direct Cost value entries). */
  pendingOf(ileNo: number): { actual: Decimal; expected: Decimal } {
    return this.pendingParts.get(ileNo) ?? NOTHING_PENDING;
  }

  /** The non-zero adjustments decided for one item's entries. */
  adjustmentsOf(itemNo: string): PendingAdjustment[] {
    return (this.pendingByItem.get(itemNo) ?? []).filter((p) => !p.amount.isZero());
  }

  private get(veNo: number, channel: Channel): Decimal {
    return this.pending[channel].get(veNo)?.amount ?? ZERO;
  }

  private add(original: ValueEntry, channel: Channel, delta: Decimal): void {
    if (delta.isZero()) return;
    const p = this.pending[channel].get(original.entryNo);
    if (p) p.amount = p.amount.plus(delta);
    else {
      const created = { original, channel, amount: delta };
      this.pending[channel].set(original.entryNo, created);
      const list = this.pendingByItem.get(original.itemNo);
      if (list) list.push(created);
      else this.pendingByItem.set(original.itemNo, [created]);
    }
    const ile = original.itemLedgerEntryNo;
    this.costNow.set(ile, this.cost(ile).plus(delta));
    if (channel === "rounding") this.otherNow.set(ile, this.otherCost(ile).plus(delta));
    else {
      const parts = this.pendingParts.get(ile) ?? NOTHING_PENDING;
      this.pendingParts.set(ile, {
        actual: channel === "actual" ? parts.actual.plus(delta) : parts.actual,
        expected: channel === "expected" ? parts.expected.plus(delta) : parts.expected,
      });
    }
    this.pendingByIle.set(ile, (this.pendingByIle.get(ile) ?? ZERO).plus(delta));
    this.onChange(ile, delta);
  }

  /** Direct cost (no item charges) the entry carries now. */
  directCost(ileNo: number): Decimal {
    const [actual, expected] = this.directParts(ileNo);
    return actual.plus(expected);
  }

  /** Makes the entry's direct cost equal `target`; returns whether anything changed. */
  setDirectCost(e: ItemLedgerEntry, target: Decimal): boolean {
    if (this.alreadyAt(e, target)) return false;
    const ves = (this.index.vesByIle.get(e.entryNo) ?? []).filter(isDirect);
    const originals = ves.filter((v) => !v.adjustment);
    if (originals.length === 0) return false;
    const actualTarget = e.completelyInvoiced
      ? target
      : e.invoicedQuantity.isZero()
        ? ZERO
        : roundAmount(target.mul(e.invoicedQuantity).div(e.quantity), this.rounding);
    const expectedTarget = target.minus(actualTarget);

    let currentExpected = ZERO;
    let currentActual = ZERO;
    const docActual = new Map<number, Decimal>();
    for (const v of ves) {
      currentExpected = currentExpected.plus(v.costAmountExpected).plus(this.get(v.entryNo, "expected"));
      const a = v.costAmountActual.plus(this.get(v.entryNo, "actual"));
      currentActual = currentActual.plus(a);
      const doc = v.adjustment && this.index.ve.has(v.appliesToEntry) ? v.appliesToEntry : v.entryNo;
      docActual.set(doc, (docActual.get(doc) ?? ZERO).plus(a));
    }
    let changed = false;
    const holder = originals.find((v) => v.expectedCost) ?? originals[0];
    const dExp = expectedTarget.minus(currentExpected);
    if (!dExp.isZero()) {
      this.add(holder, "expected", dExp);
      changed = true;
    }

    let invoices = originals.filter((v) => !v.expectedCost && (!v.invoicedQuantity.isZero() || !v.costAmountActual.isZero()));
    if (invoices.length === 0) {
      if (actualTarget.eq(currentActual)) return changed;
      invoices = [originals[originals.length - 1]];
    }
    const byInvoiced = invoices.some((v) => !v.invoicedQuantity.isZero());
    const weight = (v: ValueEntry) => (byInvoiced ? v.invoicedQuantity : v.valuedQuantity);
    const total = invoices.reduce((s, v) => s.plus(weight(v)), ZERO);
    let assigned = ZERO;
    let residual = ZERO;
    let currentAssigned = ZERO;
    invoices.forEach((v, i) => {
      const last = i === invoices.length - 1;
      let share: Decimal;
      if (last || total.isZero()) share = actualTarget.minus(assigned);
      else {
        const exact = actualTarget.mul(weight(v)).div(total).plus(residual);
        share = roundAmount(exact, this.rounding);
        residual = exact.minus(share);
      }
      assigned = assigned.plus(share);
      const current = last ? currentActual.minus(currentAssigned) : (docActual.get(v.entryNo) ?? ZERO);
      currentAssigned = currentAssigned.plus(current);
      const d = share.minus(current);
      if (!d.isZero()) {
        this.add(v, "actual", d);
        changed = true;
      }
    });
    return changed;
  }

  /** Cheap check that an entry fully invoiced (or not at all) already carries the target, split as it must be. */
  private alreadyAt(e: ItemLedgerEntry, target: Decimal): boolean {
    const [actual, expected] = this.directParts(e.entryNo);
    if (e.completelyInvoiced) return expected.isZero() && actual.eq(target);
    if (e.invoicedQuantity.isZero()) return actual.isZero() && expected.eq(target);
    return false;
  }

  /** Direct cost actual and expected of an entry, with pending adjustments. */
  private directParts(ileNo: number): [Decimal, Decimal] {
    let base = this.baseDirectParts.get(ileNo);
    if (!base) {
      let a = ZERO;
      let x = ZERO;
      for (const v of this.index.vesByIle.get(ileNo) ?? [])
        if (isDirect(v)) {
          a = a.plus(v.costAmountActual);
          x = x.plus(v.costAmountExpected);
        }
      base = [a, x];
      this.baseDirectParts.set(ileNo, base);
    }
    const p = this.pendingOf(ileNo);
    return p === NOTHING_PENDING ? base : [base[0].plus(p.actual), base[1].plus(p.expected)];
  }

  /** Makes the entry's Rounding value entries sum to `target`. */
  setRounding(e: ItemLedgerEntry, target: Decimal): boolean {
    const ves = this.index.vesByIle.get(e.entryNo) ?? [];
    const holder = [...ves].reverse().find((v) => isDirect(v) && !v.adjustment);
    if (!holder) return false;
    let current = this.get(holder.entryNo, "rounding");
    for (const v of ves) if (v.entryType === "Rounding") current = current.plus(v.costAmountActual);
    const d = target.minus(current);
    if (d.isZero()) return false;
    this.add(holder, "rounding", d);
    return true;
  }
}
