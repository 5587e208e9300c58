// Applied cost (Inventory Adjustment: ForwardAppliedCost, CalcInbndEntryAdjustedCost,
// IncludedInCostCalculation; spec costing-engine.md §7, revaluation.md §4.1): an outbound entry costs what
// the inbound entries it is applied to cost, share by share; a cost receiver (a return applied from a sale,
// a transfer receipt) costs what its source cost. Amounts are scaled integers (fixedPoint.ts).
import { maxDate } from "./calendar";
import type { ItemLedgerEntry, ValueEntry } from "./model";
import type { CostContext } from "./costContext";
import type { CostLink } from "./ledgerIndex";
import { ONE_SCALED, Fixed, abs, divRound, mulDiv, mulDivRound, roundTo } from "./money";

/** Levels of cost forwarding from one entry, at the most (Inventory Adjustment's MaxLevels). */
const MAX_LEVELS = 100;

/** IncludedInCostCalculation: does a value entry of an inbound count in the cost of this outbound? */
export function includedInCost(ctx: CostContext, v: ValueEntry, outboundNo: number): boolean {
  if (v.entryType === "Rounding") return false;
  if (v.entryType !== "Revaluation") return true;
  if (v.appliesToEntry !== 0) {
    const target = ctx.index.ve.get(v.appliesToEntry);
    return target ? includedInCost(ctx, target, outboundNo) : true;
  }
  if (!v.partialRevaluation) return true;
  const own = ctx.index.vesByIle.get(outboundNo) ?? [];
  const ob = own.find((x) => x.itemLedgerEntryQuantity !== 0n) ?? own[0];
  if (!ob) return true;
  return ob.entryNo > v.entryNo || maxDate(ob.valuationDate, ob.postingDate) > v.valuationDate;
}

/** The inbound's cost as the outbound sees it (its revaluations included or not), for the whole inbound quantity. */
export function inboundCostFor(ctx: CostContext, inbound: ItemLedgerEntry, outboundNo: number): Fixed {
  const plain = ctx.book.plainCost(inbound.entryNo);
  if (plain !== null) return plain;
  const complete = inbound.quantity === inbound.invoicedQuantity;
  const quantity = inbound.quantity;
  const uninvoiced = quantity - inbound.invoicedQuantity;
  let sum = 0n;
  for (const v of ctx.index.vesByIle.get(inbound.entryNo) ?? []) {
    if (v.expectedCost && complete) continue;
    if (v.entryType === "Rounding" || (v.entryType === "Revaluation" && !includedInCost(ctx, v, outboundNo))) continue;
    const actual = v.costAmountActual;
    const expected = v.costAmountExpected;
    if (v.entryType === "Revaluation" && expected !== 0n && v.valuedQuantity !== 0n)
      sum += mulDiv(expected + actual, quantity, v.valuedQuantity);
    else if (v.expectedCost && v.valuedQuantity !== 0n) sum += mulDiv(expected, uninvoiced, v.valuedQuantity);
    else if (v.partialRevaluation && v.entryType === "Revaluation" && v.valuedQuantity !== 0n)
      sum += mulDiv(actual, quantity, v.valuedQuantity);
    else sum += actual;
  }
  const p = ctx.book.pendingOf(inbound.entryNo);
  sum += p.actual;
  if (!complete && p.expected !== 0n) sum += mulDiv(p.expected, uninvoiced, quantity);
  return sum;
}

/** One application row's share: Round(inbound cost × applied quantity / inbound quantity). */
function share(ctx: CostContext, inbound: ItemLedgerEntry, quantity: Fixed, outboundNo: number): Fixed {
  const { rounding } = ctx.book;
  return mulDivRound(inboundCostFor(ctx, inbound, outboundNo), quantity, inbound.quantity, rounding.amount);
}

/** New cost of an outbound from its cost applications; null when it has none (valued otherwise). */
export function appliedOutboundCost(ctx: CostContext, o: ItemLedgerEntry): Fixed | null {
  const { rounding } = ctx.book;
  let total = 0n;
  let applied = 0n;
  let rows = 0;
  for (const r of ctx.index.consumedBy.get(o.entryNo) ?? []) {
    if (!r.costApplication) continue;
    const inbound = ctx.index.ile.get(r.inboundItemEntryNo);
    if (!inbound) continue;
    const q = r.quantity;
    const s = share(ctx, inbound, q, o.entryNo);
    ctx.shares.set(r.entryNo, s);
    total += s;
    applied += q;
    rows++;
  }
  if (rows === 0) return null;
  const unapplied = o.quantity - applied; // open negative part keeps the unit cost it was posted at
  if (unapplied !== 0n) {
    const first = (ctx.index.vesByIle.get(o.entryNo) ?? [])[0];
    // Cost per Unit as posted; when the export lacks it, the first entry's cost over its valued quantity.
    let unit = !first
      ? 0n
      : first.costPerUnit !== null
        ? abs(first.costPerUnit)
        : first.valuedQuantity === 0n
          ? 0n
          : abs(divRound(first.costAmountActual + first.costAmountExpected, first.valuedQuantity, rounding.unitAmount));
    if (unit === 0n && applied !== 0n) unit = abs(mulDiv(total, ONE_SCALED, applied));
    total += mulDivRound(unit, unapplied, ONE_SCALED, rounding.amount);
  }
  return total;
}

/** Cost a receiver takes from its source: Round(source cost × quantity / source quantity). */
export function receiverCost(ctx: CostContext, link: CostLink): Fixed | null {
  const source = ctx.index.ile.get(link.from);
  if (!source) return null;
  const { rounding } = ctx.book;
  const q = link.quantity;
  const sourceCost = source.quantity < 0n ? ctx.book.directCost(source.entryNo) : inboundCostFor(ctx, source, link.to);
  return mulDivRound(sourceCost, q, source.quantity, rounding.amount);
}

/**
 * Completely Invoiced as Business Central keeps it for a transfer receipt: the receipt is invoiced when the inbound
 * it was transferred from is (InsertTransferEntry copies the flag), and so on back to the purchase.
 */
function invoicedToTheSource(ctx: CostContext, e: ItemLedgerEntry): boolean {
  for (let x: ItemLedgerEntry | undefined = e, level = 0; x && level < MAX_LEVELS; level++) {
    if (!x.completelyInvoiced) return false;
    const link: CostLink | undefined = x.entryType === "Transfer" ? ctx.index.sourceOf.get(x.entryNo) : undefined;
    x = link ? ctx.index.ile.get(link.from) : undefined;
  }
  return true;
}

/**
 * EliminateRndgResidual: a fully applied, closed and invoiced inbound keeps no cost; what the rounded shares
 * left behind is posted as a Rounding entry. Returns the Rounding total the entry should carry, or null.
 */
export function roundingResidual(ctx: CostContext, e: ItemLedgerEntry): Fixed | null {
  if (!e.positive || e.open || !invoicedToTheSource(ctx, e)) return null;
  const { rounding } = ctx.book;
  let appliedQty = 0n;
  let shares = 0n;
  let rows = 0;
  for (const r of ctx.index.consumedFrom.get(e.entryNo) ?? []) {
    if (!r.costApplication) continue;
    const o = ctx.index.ile.get(r.outboundItemEntryNo);
    if (!o || !o.completelyInvoiced) return null;
    const q = r.quantity;
    appliedQty += q;
    shares += ctx.shares.get(r.entryNo) ?? share(ctx, e, q, o.entryNo);
    rows++;
  }
  if (rows === 0 || -appliedQty !== e.quantity) return null;
  return roundTo(-(ctx.book.costWithoutRounding(e.entryNo) + shares), rounding.amount);
}

/**
 * ForwardAppliedCost: an inbound's new cost passed on at once to what is cost-applied to it (a fixed write-off,
 * the outbounds of FIFO/LIFO/Standard items) and to the receivers of those (returns, transfer receipts), and so on
 * down the chain. `changed` hears of every entry whose cost moved.
 */
export function forwardAppliedCost(
  ctx: CostContext,
  inboundNo: number,
  changed: (ileNo: number) => void,
  level = 0,
): void {
  if (level >= MAX_LEVELS) return;
  const { book, index } = ctx;
  const passOn = (e: ItemLedgerEntry) => {
    changed(e.entryNo);
    forwardAppliedCost(ctx, e.entryNo, changed, level + 1);
  };
  for (const r of index.consumedFrom.get(inboundNo) ?? []) {
    if (!r.costApplication) continue;
    const o = index.ile.get(r.outboundItemEntryNo);
    const target = o && !o.positive ? appliedOutboundCost(ctx, o) : null;
    if (o && target !== null && book.setTotalCost(o, target)) passOn(o);
  }
  for (const l of index.receiversOf.get(inboundNo) ?? []) {
    const r = index.ile.get(l.to);
    const received = r ? receiverCost(ctx, l) : null;
    if (r && received !== null && book.setDirectCost(r, received)) passOn(r);
  }
}

/**
 * The applied-cost pass over one item's entries in entry-number order: outbounds from their applications,
 * receivers from their sources. Returns true when a cost changed after an entry depending on it was valued
 * (negative inventory closed later, a receiver posted before its source), so the pass must run again.
 */
export function adjustAppliedCost(ctx: CostContext, entries: readonly ItemLedgerEntry[]): boolean {
  const { book, index } = ctx;
  let again = false;
  for (const e of entries) {
    let changed = false;
    const target = e.positive ? null : appliedOutboundCost(ctx, e);
    if (target !== null && book.setTotalCost(e, target)) changed = true;
    const link = index.sourceOf.get(e.entryNo);
    const received = link ? receiverCost(ctx, link) : null;
    if (received !== null && book.setDirectCost(e, received)) changed = true;
    if (changed && valuedBefore(ctx, e)) again = true;
  }
  return again;
}

/** Does anything that takes cost from this entry come earlier in entry-number order? */
function valuedBefore(ctx: CostContext, e: ItemLedgerEntry): boolean {
  for (const r of ctx.index.consumedFrom.get(e.entryNo) ?? [])
    if (r.costApplication && r.outboundItemEntryNo < e.entryNo) return true;
  for (const l of ctx.index.receiversOf.get(e.entryNo) ?? []) if (l.to < e.entryNo) return true;
  return false;
}
