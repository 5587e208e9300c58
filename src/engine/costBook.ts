// The cost of each item ledger entry during one Adjust Cost run: what its value entries hold, plus the
// adjustments this run has decided but not yet posted (BC's "Inventory Adjustment Buffer").
// A target cost for an entry is spread over its documents as PostAdjmtBuf does: expected cost on the
// expected-cost entry, actual cost over the invoices by invoiced quantity, rounding carried to the last.
// Amounts are scaled integers (fixedPoint.ts).
import type { ItemLedgerEntry, ValueEntry } from "./model";
import type { LedgerIndex } from "./ledgerIndex";
import { EntryMap } from "./entryMap";
import { Fixed, Rounding, mulDivRound, roundDiv } from "./money";

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

/** What the run knows of one item ledger entry's cost; filled on first use. */
interface EntryCost {
  cost: Fixed; // actual + expected, all value entries and pending adjustments
  other: Fixed; // not direct cost: item charges, variance, indirect, revaluation, rounding
  rounding: Fixed; // Rounding value entries, posted and pending (part of `other`)
  baseActual: Fixed; // direct cost in the value entries, actual and expected
  baseExpected: Fixed;
  pendingActual: Fixed; // pending direct-cost adjustments, actual and expected
  pendingExpected: Fixed;
  pendingTotal: Fixed;
  plain: boolean; // completely invoiced, no revaluation, rounding or expected cost: its cost is its total
}

function noCostYet(plain: boolean): EntryCost {
  return {
    cost: 0n,
    other: 0n,
    rounding: 0n,
    baseActual: 0n,
    baseExpected: 0n,
    pendingActual: 0n,
    pendingExpected: 0n,
    pendingTotal: 0n,
    plain,
  };
}

/** Pending adjustments of one value entry, by channel. */
type EntryPending = Partial<Record<Channel, PendingAdjustment>>;

export class CostBook {
  private readonly entries: EntryMap<EntryCost>;
  private readonly pending: EntryMap<EntryPending>;
  private readonly pendingByItem = new Map<string, PendingAdjustment[]>();
  /** Called whenever an entry's cost changes, so running sums can follow. */
  onChange: (ileNo: number, delta: Fixed) => void = () => {};
  /** How many times a cost changed in this run: a pass that finds it where it left it has nothing new to see. */
  changes = 0;

  constructor(
    private readonly index: LedgerIndex,
    readonly rounding: Rounding,
  ) {
    this.entries = new EntryMap(index.capacity.ile, index.capacity.ileCount);
    this.pending = new EntryMap(index.capacity.ve, index.capacity.veCount);
    // Every entry's record in one pass over the value entries in their stored order: on a million entries
    // this reads memory in sequence instead of chasing each entry's value entries (about 1 s less).
    for (const e of index.ledger.itemLedgerEntries) this.entries.set(e.entryNo, noCostYet(e.completelyInvoiced));
    for (const v of index.ledger.valueEntries) {
      const c = this.entries.get(v.itemLedgerEntryNo);
      if (!c) continue;
      const a = v.costAmountActual;
      const x = v.costAmountExpected;
      // Adding to zero keeps the same BigInt: on a million entries most sums are one amount, shared, not copied.
      const both = x === 0n ? a : a === 0n ? x : a + x;
      c.cost = c.cost === 0n ? both : c.cost + both;
      if (isDirect(v)) {
        if (a !== 0n) c.baseActual = c.baseActual === 0n ? a : c.baseActual + a;
        if (x !== 0n) c.baseExpected = c.baseExpected === 0n ? x : c.baseExpected + x;
      } else if (both !== 0n) c.other = c.other === 0n ? both : c.other + both;
      if (v.entryType === "Rounding" && both !== 0n) c.rounding += both;
      if (v.expectedCost || v.entryType === "Revaluation" || v.entryType === "Rounding" || x !== 0n) c.plain = false;
    }
  }

  private entry(ileNo: number): EntryCost {
    let c = this.entries.get(ileNo);
    if (!c) {
      // An entry number with no item ledger entry: nothing to cost.
      c = noCostYet(false);
      this.entries.set(ileNo, c);
    }
    return c;
  }

  /** Actual + expected cost of an entry, all value entries and pending adjustments. */
  cost(ileNo: number): Fixed {
    return this.entry(ileNo).cost;
  }

  /**
   * The whole cost of an inbound whose every value entry counts as it is for every outbound; else null. A Rounding
   * entry this run has decided never counts (IncludedInCostCalculation); a posted one makes the entry not plain.
   */
  plainCost(ileNo: number): Fixed | null {
    const c = this.entry(ileNo);
    return c.plain && c.pendingExpected === 0n ? (c.rounding === 0n ? c.cost : c.cost - c.rounding) : null;
  }

  /** Cost of an entry without its Rounding value entries, posted or pending (EliminateRndgResidual's base). */
  costWithoutRounding(ileNo: number): Fixed {
    const c = this.entry(ileNo);
    return c.rounding === 0n ? c.cost : c.cost - c.rounding;
  }

  /**
   * Makes the entry's cost without its Rounding entries equal `total` by changing its direct cost: an output's
   * cost is compared without them (CalcActualOutputCosts), and an outbound has none.
   */
  setTotalCost(e: ItemLedgerEntry, total: Fixed): boolean {
    const c = this.entry(e.entryNo);
    return this.setDirectCost(e, total - (c.rounding === 0n ? c.other : c.other - c.rounding));
  }

  /** Cost of an entry in its value entries, before this run's adjustments. */
  baseCost(ileNo: number): Fixed {
    const c = this.entry(ileNo);
    return c.cost - c.pendingTotal;
  }

  /** What this run has added to an entry so far. */
  pendingTotal(ileNo: number): Fixed {
    return this.entries.get(ileNo)?.pendingTotal ?? 0n;
  }

  /** Pending actual and expected adjustments of an entry (they count as Direct Cost value entries). */
  pendingOf(ileNo: number): Parts {
    const c = this.entries.get(ileNo);
    return !c || (c.pendingActual === 0n && c.pendingExpected === 0n)
      ? NOTHING_PENDING
      : { actual: c.pendingActual, expected: c.pendingExpected };
  }

  /** The non-zero adjustments decided for one item's entries. */
  adjustmentsOf(itemNo: string): PendingAdjustment[] {
    return (this.pendingByItem.get(itemNo) ?? []).filter((p) => p.amount !== 0n);
  }

  private get(veNo: number, channel: Channel): Fixed {
    return this.pending.get(veNo)?.[channel]?.amount ?? 0n;
  }

  private add(original: ValueEntry, channel: Channel, delta: Fixed): void {
    if (delta === 0n) return;
    let slot = this.pending.get(original.entryNo);
    if (!slot) this.pending.set(original.entryNo, (slot = {}));
    const p = slot[channel];
    if (p) p.amount += delta;
    else {
      const created: PendingAdjustment = { original, channel, amount: delta };
      slot[channel] = created;
      const list = this.pendingByItem.get(original.itemNo);
      if (list) list.push(created);
      else this.pendingByItem.set(original.itemNo, [created]);
    }
    const c = this.entry(original.itemLedgerEntryNo);
    c.cost += delta;
    c.pendingTotal += delta;
    if (channel === "rounding") {
      c.other += delta;
      c.rounding += delta;
    } else if (channel === "actual") c.pendingActual += delta;
    else c.pendingExpected += delta;
    this.changes++;
    this.onChange(original.itemLedgerEntryNo, delta);
  }

  /** Direct cost (no item charges) the entry carries now. */
  directCost(ileNo: number): Fixed {
    const c = this.entry(ileNo);
    return c.baseActual + c.pendingActual + c.baseExpected + c.pendingExpected;
  }

  /** Cheap check that an entry fully invoiced (or not at all) already carries the target, split as it must be. */
  private alreadyAt(e: ItemLedgerEntry, target: Fixed): boolean {
    const c = this.entry(e.entryNo);
    const actual = c.baseActual + c.pendingActual;
    const expected = c.baseExpected + c.pendingExpected;
    if (e.completelyInvoiced) return expected === 0n && actual === target;
    if (e.invoicedQuantity === 0n) return actual === 0n && expected === target;
    return false;
  }

  /** Makes the entry's direct cost equal `target`; returns whether anything changed. */
  setDirectCost(e: ItemLedgerEntry, target: Fixed): boolean {
    if (this.alreadyAt(e, target)) return false;
    const own = this.index.vesByIle.get(e.entryNo) ?? [];
    if (own.length === 1 && isDirect(own[0]) && !own[0].adjustment) return this.setSingleDocument(e, own[0], target);
    const ves = own.filter(isDirect);
    const originals = ves.filter((v) => !v.adjustment);
    if (originals.length === 0) return false;
    const actualTarget = this.actualTarget(e, target);
    const expectedTarget = target - actualTarget;

    let currentExpected = 0n;
    let currentActual = 0n;
    const docActual = new Map<number, Fixed>();
    for (const v of ves) {
      currentExpected += v.costAmountExpected + this.get(v.entryNo, "expected");
      const a = v.costAmountActual + this.get(v.entryNo, "actual");
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

    let invoices = originals.filter((v) => !v.expectedCost && (v.invoicedQuantity !== 0n || v.costAmountActual !== 0n));
    if (invoices.length === 0) {
      if (actualTarget === currentActual) return changed;
      invoices = [originals[originals.length - 1]];
    }
    const byInvoiced = invoices.some((v) => v.invoicedQuantity !== 0n);
    const weights = invoices.map((v) => (byInvoiced ? v.invoicedQuantity : v.valuedQuantity));
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

  /** setDirectCost for the usual entry: one value entry, holding both its expected and its actual cost. */
  private setSingleDocument(e: ItemLedgerEntry, v: ValueEntry, target: Fixed): boolean {
    const actualTarget = this.actualTarget(e, target);
    const c = this.entry(e.entryNo);
    const dExpected = target - actualTarget - (c.baseExpected + c.pendingExpected);
    const dActual = actualTarget - (c.baseActual + c.pendingActual);
    if (dExpected !== 0n) this.add(v, "expected", dExpected);
    if (dActual !== 0n) this.add(v, "actual", dActual);
    return dExpected !== 0n || dActual !== 0n;
  }

  /** The actual part of a target cost: all of it once invoiced, else the invoiced share. */
  private actualTarget(e: ItemLedgerEntry, target: Fixed): Fixed {
    if (e.completelyInvoiced) return target;
    if (e.invoicedQuantity === 0n) return 0n;
    return mulDivRound(target, e.invoicedQuantity, e.quantity, this.rounding.amount);
  }

  /** Makes the entry's Rounding value entries sum to `target`. */
  setRounding(e: ItemLedgerEntry, target: Fixed): boolean {
    const current = this.entry(e.entryNo).rounding;
    if (target === current) return false;
    const ves = this.index.vesByIle.get(e.entryNo) ?? [];
    let holder: ValueEntry | undefined;
    for (let i = ves.length - 1; i >= 0 && !holder; i--) if (isDirect(ves[i]) && !ves[i].adjustment) holder = ves[i];
    if (!holder) return false;
    this.add(holder, "rounding", target - current);
    return true;
  }
}
