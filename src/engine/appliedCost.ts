// Applied cost (Inventory Adjustment: ForwardAppliedCost, CalcInbndEntryAdjustedCost,
// IncludedInCostCalculation; spec costing-engine.md §7, revaluation.md §4.1): an outbound entry costs what
// the inbound entries it is applied to cost, share by share; a cost receiver (a return applied from a sale,
// a transfer receipt) costs what its source cost.
import { Decimal, Rounding, ZERO, roundAmount, roundTo } from "./money";
import { maxDate } from "./calendar";
import type { ItemApplicationEntry, ItemLedgerEntry, ValueEntry } from "./model";
import type { CostBook } from "./costBook";
import type { CostLink, LedgerIndex } from "./ledgerIndex";

export interface CostContext {
  readonly index: LedgerIndex;
  readonly book: CostBook;
  readonly rounding: Rounding;
  /** The last share computed for each cost application row; the rounding residual sums them. */
  readonly shares: Map<ItemApplicationEntry, Decimal>;
}

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
  const ob = own.find((x) => !x.itemLedgerEntryQuantity.isZero()) ?? own[0];
  if (!ob) return true;
  return ob.entryNo > v.entryNo || maxDate(ob.valuationDate, ob.postingDate) > v.valuationDate;
}

/** The inbound's cost as the outbound sees it (its revaluations included or not), for the whole inbound quantity. */
export function inboundCostFor(ctx: CostContext, inbound: ItemLedgerEntry, outboundNo: number): Decimal {
  const complete = inbound.quantity.eq(inbound.invoicedQuantity);
  const uninvoiced = inbound.quantity.minus(inbound.invoicedQuantity);
  let sum = ZERO;
  for (const v of ctx.index.vesByIle.get(inbound.entryNo) ?? []) {
    if (v.expectedCost && complete) continue;
    if (!includedInCost(ctx, v, outboundNo)) continue;
    if (v.entryType === "Revaluation" && !v.costAmountExpected.isZero() && !v.valuedQuantity.isZero())
      sum = sum.plus(v.costAmountExpected.plus(v.costAmountActual).mul(inbound.quantity).div(v.valuedQuantity));
    else if (v.expectedCost && !v.valuedQuantity.isZero())
      sum = sum.plus(v.costAmountExpected.mul(uninvoiced).div(v.valuedQuantity));
    else if (v.partialRevaluation && v.entryType === "Revaluation" && !v.valuedQuantity.isZero())
      sum = sum.plus(v.costAmountActual.mul(inbound.quantity).div(v.valuedQuantity));
    else sum = sum.plus(v.costAmountActual);
  }
  const p = ctx.book.pendingOf(inbound.entryNo);
  sum = sum.plus(p.actual);
  if (!complete) sum = sum.plus(p.expected.mul(uninvoiced).div(inbound.quantity));
  return sum;
}

/** One application row's share: Round(inbound cost × applied quantity / inbound quantity). */
function share(ctx: CostContext, inbound: ItemLedgerEntry, quantity: Decimal, outboundNo: number): Decimal {
  return roundAmount(inboundCostFor(ctx, inbound, outboundNo).mul(quantity).div(inbound.quantity), ctx.rounding);
}

/** New cost of an outbound from its cost applications; null when it has none (valued otherwise). */
export function appliedOutboundCost(ctx: CostContext, o: ItemLedgerEntry): Decimal | null {
  const rows = (ctx.index.consumedBy.get(o.entryNo) ?? []).filter((r) => r.costApplication);
  if (rows.length === 0) return null;
  let total = ZERO;
  let applied = ZERO;
  for (const r of rows) {
    const inbound = ctx.index.ile.get(r.inboundItemEntryNo);
    if (!inbound) continue;
    const s = share(ctx, inbound, r.quantity, o.entryNo);
    ctx.shares.set(r, s);
    total = total.plus(s);
    applied = applied.plus(r.quantity);
  }
  const unapplied = o.quantity.minus(applied); // open negative part keeps the unit cost it was posted at
  if (!unapplied.isZero()) {
    const first = (ctx.index.vesByIle.get(o.entryNo) ?? [])[0];
    let unit = first ? first.costPerUnit.abs() : ZERO;
    if (unit.isZero() && !applied.isZero()) unit = total.div(applied).abs();
    total = total.plus(roundAmount(unit.mul(unapplied), ctx.rounding));
  }
  return total;
}

/** Cost a receiver takes from its source: Round(source cost × quantity / source quantity). */
export function receiverCost(ctx: CostContext, link: CostLink): Decimal | null {
  const source = ctx.index.ile.get(link.from);
  if (!source) return null;
  if (source.quantity.isNeg())
    return roundAmount(ctx.book.directCost(source.entryNo).mul(link.quantity).div(source.quantity), ctx.rounding);
  return roundAmount(inboundCostFor(ctx, source, link.to).mul(link.quantity).div(source.quantity), ctx.rounding);
}

/**
 * EliminateRndgResidual: a fully applied, closed and invoiced inbound keeps no cost; what the rounded shares
 * left behind is posted as a Rounding entry. Returns the Rounding total the entry should carry, or null.
 */
export function roundingResidual(ctx: CostContext, e: ItemLedgerEntry): Decimal | null {
  if (!e.positive || e.open || !e.completelyInvoiced) return null;
  const rows = (ctx.index.consumedFrom.get(e.entryNo) ?? []).filter((r) => r.costApplication);
  if (rows.length === 0) return null;
  let appliedQty = ZERO;
  let shares = ZERO;
  for (const r of rows) {
    const o = ctx.index.ile.get(r.outboundItemEntryNo);
    if (!o || !o.completelyInvoiced) return null;
    appliedQty = appliedQty.plus(r.quantity);
    shares = shares.plus(ctx.shares.get(r) ?? share(ctx, e, r.quantity, o.entryNo));
  }
  if (!appliedQty.neg().eq(e.quantity)) return null;
  let cost = ZERO;
  for (const v of ctx.index.vesByIle.get(e.entryNo) ?? [])
    if (v.entryType !== "Rounding") cost = cost.plus(v.costAmountActual).plus(v.costAmountExpected);
  const p = ctx.book.pendingOf(e.entryNo);
  return roundTo(cost.plus(p.actual).plus(p.expected).plus(shares).neg(), ctx.rounding.amount);
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
    if (target !== null && book.setTotalCost(e, target))
      changed = true;
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
