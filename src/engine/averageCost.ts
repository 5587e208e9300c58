// Average cost (Inventory Adjustment: AdjustItemAvgCost, CalcAvgCost, AdjustOutbndAvgEntry; spec
// costing-engine.md §8): per average cost period, the pool is everything valued up to the period end, less
// open negative entries of earlier periods, less the period's averaged outbounds; outbounds are valued in
// entry-number order from a running pool, so the last one takes what rounding left.
import { Fixed, mulDiv, mulDivRound } from "./money";
import { addDays } from "./calendar";
import type { IsoDate } from "./calendar";
import type { ItemLedgerEntry, ValueEntry } from "./model";
import { Period, PeriodSettings, calcTypeOn, periodLookup } from "./averageCostPeriod";
import { forwardAppliedCost, receiverCost } from "./appliedCost";
import type { CostContext } from "./costContext";
import { chainOfAppliedEntries } from "./appliedEntryChain";
import type { CostLink } from "./ledgerIndex";

export interface Pool {
  readonly quantity: Fixed;
  readonly cost: Fixed;
}

/** Scope of the pool an entry belongs to: the item, or item, location and variant (Average Cost Calc. Type). */
export function poolScope(e: ItemLedgerEntry, vd: IsoDate, s: PeriodSettings): string {
  return calcTypeOn(vd, s) === "Item" ? "" : `${e.locationCode}\u0000${e.variantCode}`;
}

/** Outbound entries whose cost comes from the period average. */
export function isAveragedOutbound(ctx: CostContext, e: ItemLedgerEntry): boolean {
  if (e.positive || e.appliesToEntry !== 0) return false;
  const first = (ctx.index.vesByIle.get(e.entryNo) ?? [])[0];
  return first?.valuedByAverageCost ?? false;
}

interface ScopeEntries {
  readonly key: string;
  readonly entries: ItemLedgerEntry[];
}

export function averageScopes(ctx: CostContext, itemNo: string, s: PeriodSettings): ScopeEntries[] {
  const scopes = new Map<string, ItemLedgerEntry[]>();
  for (const e of ctx.index.ilesByItem.get(itemNo) ?? []) {
    const key = poolScope(e, ctx.index.ileVd.get(e.entryNo)!, s);
    const l = scopes.get(key);
    if (l) l.push(e);
    else scopes.set(key, [e]);
  }
  return [...scopes].map(([key, entries]) => ({ key, entries }));
}

/** Sweeps of one item's pools within one round, at the most (BC's oscillation guard). */
const MAX_SWEEPS = 20;

/** adjustAverageCost(pool, period) for every period of every pool of the item; true if the item needs another
 * round: its pools still moved after the last sweep, or pools of different calc types feed each other. (What is
 * fixed-applied to a receiver follows it at once: forwardAppliedCost.) */
export function adjustAverageCost(
  ctx: CostContext,
  plans: Map<string, SweepPlan>,
  itemNo: string,
  s: PeriodSettings,
): boolean {
  const periodOf = periodLookup(s);
  const scopes = averageScopes(ctx, itemNo, s);
  // Average Cost Calc. Type changed between fiscal years (SumCostsTillValuationDate, spec §8.7): an Item-level
  // year sums the whole item from the beginning; a location/variant year after an Item-level one opens with the
  // item's value up to then, times the location/variant's share of the quantity.
  const mixed = scopes.length > 1 && scopes.some((sc) => sc.key === "");
  const all = ctx.index.ilesByItem.get(itemNo) ?? [];
  const before = mixed ? all.reduce((t, e) => t + ctx.book.cost(e.entryNo), 0n) : 0n;
  // A pool is swept again only when a cost it already used moved (a receipt in it whose shipment was valued
  // after it was swept, or a receiver an earlier outbound of the same period saw): BC's restart, pool by pool.
  const scopeOf = new Map<number, string>();
  for (const sc of scopes) for (const e of sc.entries) scopeOf.set(e.entryNo, sc.key);
  const stale = new Set(scopes.map((sc) => sc.key));
  for (let pass = 0; stale.size > 0 && pass < MAX_SWEEPS; pass++) {
    for (const scope of scopes) {
      if (!stale.delete(scope.key)) continue;
      // Plans depend on nothing that moves within the run, except the openings of a calc type change.
      const key = `${itemNo}\u0000${scope.key}`;
      let plan = mixed ? undefined : plans.get(key);
      if (!plan && !mixed && !scope.entries.some((e) => isAveragedOutbound(ctx, e)))
        plans.set(key, (plan = NOTHING_TO_VALUE));
      if (plan === NOTHING_TO_VALUE) continue;
      const own = { has: (no: number) => scopeOf.get(no) === scope.key };
      const wholeItem = { has: (no: number) => scopeOf.has(no) };
      const base: PoolBase = !mixed
        ? { entries: scope.entries, members: own, openings: [] }
        : scope.key === ""
          ? { entries: all, members: wholeItem, openings: [] }
          : { entries: scope.entries, members: own, openings: openingsAfterItemLevel(ctx, scope, all, s) };
      if (!plan) {
        plan = sweepPlan(ctx, scope, periodOf, base);
        if (!mixed) plans.set(key, plan);
      }
      const moved = (no: number) => stale.add(scopeOf.get(no) ?? scope.key);
      sweepScope(ctx, scope, plan, moved);
    }
  }
  // The pools of different calc types feed each other: go round again until nothing moves.
  // Pools still moving after the last sweep: another round (Adjust Cost gives up on the item after its own limit).
  if (stale.size > 0) return true;
  return mixed && all.reduce((t, e) => t + ctx.book.cost(e.entryNo), 0n) !== before;
}

/** What a pool's base is summed from: its entries, and openings that restart the sum at a calc type change. */
interface PoolBase {
  readonly entries: readonly ItemLedgerEntry[];
  /** Whether an entry is one of `entries` (a lookup, not a set built per pool: an item may have thousands). */
  readonly members: { has(ileNo: number): boolean };
  readonly openings: readonly { readonly vd: IsoDate; readonly quantity: Fixed; readonly cost: Fixed }[];
}

function openingsAfterItemLevel(
  ctx: CostContext,
  scope: ScopeEntries,
  all: readonly ItemLedgerEntry[],
  s: PeriodSettings,
): PoolBase["openings"] {
  const { book, index } = ctx;
  const years = s.accountingPeriods.filter((p) => p.newFiscalYear);
  const { locationCode, variantCode } = scope.entries[0];
  const openings: { vd: IsoDate; quantity: Fixed; cost: Fixed }[] = [];
  for (let i = 1; i < years.length; i++) {
    if (years[i].averageCostCalcType !== "Item & Location & Variant" || years[i - 1].averageCostCalcType !== "Item")
      continue;
    const start = years[i].startingDate;
    let quantity = 0n;
    let allQty = 0n;
    let allCost = 0n;
    for (const e of all) {
      if (index.ileVd.get(e.entryNo)! >= start) continue;
      const q = e.quantity;
      allQty += q;
      allCost += book.cost(e.entryNo);
      if (e.locationCode === locationCode && e.variantCode === variantCode) quantity += q;
    }
    openings.push({ vd: addDays(start, -1), quantity, cost: allQty > 0n ? mulDiv(allCost, quantity, allQty) : 0n });
  }
  return openings;
}

const NO_ENTRIES: ReadonlySet<number> = new Set();
const NO_MEMBERS: readonly ItemLedgerEntry[] = [];
const NO_EXCLUSION = { applies: false, quantity: 0n, cost: 0n } as const;

/** The plan of a pool without averaged outbounds: nothing to sweep. */
const NOTHING_TO_VALUE: SweepPlan = {
  inScope: NO_ENTRIES,
  pieces: [],
  byVd: [],
  openOutbounds: [],
  revaluations: [],
  periods: [],
  chains: new Map(),
};

/** What a sweep needs that does not change while the item is adjusted: built once, reused every round. */
export interface SweepPlan {
  readonly inScope: { has(ileNo: number): boolean };
  readonly pieces: readonly {
    readonly vd: IsoDate;
    readonly quantity: Fixed;
    readonly cost: Fixed;
    readonly reset?: boolean;
  }[];
  readonly byVd: readonly ItemLedgerEntry[];
  readonly openOutbounds: readonly ItemLedgerEntry[];
  readonly revaluations: readonly ValueEntry[];
  readonly periods: readonly { readonly period: Period; readonly outs: readonly ItemLedgerEntry[] }[];
  /** Each averaged outbound's chain of applied entries, found on first use (the ledger's links do not move). */
  readonly chains: Map<number, readonly number[]>;
}

function sweepPlan(ctx: CostContext, scope: ScopeEntries, periodOf: (d: IsoDate) => Period, base: PoolBase): SweepPlan {
  const { index, book } = ctx;
  const vdOf = (e: ItemLedgerEntry) => index.ileVd.get(e.entryNo)!;
  const inScope = base.members;
  // What each entry puts in the pool, by valuation date: one piece per entry whose value entries share its
  // date (the usual case, costed from the cost book), else one per value entry (revaluations dated later).
  const pieces: { vd: IsoDate; quantity: Fixed; cost: Fixed; reset?: boolean }[] = base.openings.map((o) => ({
    ...o,
    reset: true,
  }));
  const allVes: ValueEntry[] = [];
  for (const e of base.entries) {
    const ves = index.vesByIle.get(e.entryNo) ?? [];
    const vd = vdOf(e);
    let quantity = 0n;
    for (const v of ves)
      if (v.itemLedgerEntryQuantity !== 0n)
        quantity += v.itemLedgerEntryQuantity === e.quantity ? e.quantity : v.itemLedgerEntryQuantity;
    if (ves.every((v) => v.valuationDate === vd)) pieces.push({ vd, quantity, cost: book.baseCost(e.entryNo) });
    else
      ves.forEach((v, i) =>
        pieces.push({
          vd: v.valuationDate,
          quantity: i === 0 ? quantity : 0n,
          cost: v.costAmountActual + v.costAmountExpected,
        }),
      );
    for (const v of ves) if (v.entryType === "Revaluation") allVes.push(v);
  }
  // By date; an opening restarts the sum after everything of its own date.
  pieces.sort((a, b) => (a.vd < b.vd ? -1 : a.vd > b.vd ? 1 : Number(a.reset ?? false) - Number(b.reset ?? false)));
  const byVd = [...base.entries].sort((a, b) => {
    const x = vdOf(a);
    const y = vdOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const outsByPeriod = new Map<IsoDate, { period: Period; outs: ItemLedgerEntry[] }>();
  for (const e of scope.entries) {
    if (!isAveragedOutbound(ctx, e)) continue;
    const p = periodOf(vdOf(e));
    const g = outsByPeriod.get(p.start) ?? { period: p, outs: [] };
    g.outs.push(e);
    outsByPeriod.set(p.start, g);
  }
  for (const g of outsByPeriod.values()) g.outs.sort((a, b) => a.entryNo - b.entryNo);
  return {
    inScope,
    pieces,
    byVd,
    openOutbounds: byVd.filter((e) => !e.positive && e.remainingQuantity < 0n),
    revaluations: allVes.filter((v) => v.partialRevaluation),
    periods: [...outsByPeriod.values()].sort((a, b) => (a.period.start < b.period.start ? -1 : 1)),
    chains: new Map(),
  };
}

function sweepScope(ctx: CostContext, scope: ScopeEntries, plan: SweepPlan, moved: (ileNo: number) => void): void {
  const { index, book } = ctx;
  const { inScope, pieces, byVd, openOutbounds, revaluations, periods } = plan;
  const vdOf = (e: ItemLedgerEntry) => index.ileVd.get(e.entryNo)!;
  const firstVeNo = (e: ItemLedgerEntry) => index.vesByIle.get(e.entryNo)?.[0]?.entryNo ?? 0;
  const outMemberOf = (e: ItemLedgerEntry) => isAveragedOutbound(ctx, e);

  let cumQty = 0n;
  let cumCost = 0n;
  let passedEnd = "";
  let vi = 0;
  let ii = 0;
  // Sums over the current period that must follow every cost change: all its averaged outbounds (`outCost`)
  // and the receipts of its neutral transfers (`receiptCost`), so the pool is recomputed in constant time.
  let current: Period = { start: "", end: "" };
  let receiptMember: ReadonlySet<number> = NO_ENTRIES;
  const isPeriodOutbound = (ile: number) => {
    const e = index.ile.get(ile)!;
    const vd = vdOf(e);
    return vd >= current.start && vd <= current.end && inScope.has(ile) && isAveragedOutbound(ctx, e);
  };
  let outCost = 0n;
  let receiptCost = 0n;
  const previous = book.onChange;
  book.onChange = (ile, delta) => {
    if (inScope.has(ile) && vdOf(index.ile.get(ile)!) <= passedEnd) cumCost += delta;
    if (isPeriodOutbound(ile)) outCost += delta;
    if (receiptMember.has(ile)) receiptCost += delta;
  };
  try {
    for (const { period, outs } of periods) {
      for (; vi < pieces.length && pieces[vi].vd <= period.end; vi++) {
        const p = pieces[vi];
        cumQty = p.reset ? p.quantity : cumQty + p.quantity;
        cumCost = p.reset ? p.cost : cumCost + p.cost;
      }
      // This run's adjustments take the valuation date of the entry they adjust.
      for (; ii < byVd.length && vdOf(byVd[ii]) <= period.end; ii++) cumCost += book.pendingTotal(byVd[ii].entryNo);
      passedEnd = period.end;
      let exclQty = 0n;
      let exclCost = 0n;
      for (const o of openOutbounds) {
        if (vdOf(o) >= period.start) break;
        exclQty += o.quantity;
        exclCost += book.cost(o.entryNo);
      }
      current = period;
      /**
       * The outbound's chain of applied entries in this pool and period (ExcludeAvgCostOnValuationDate): its returns,
       * item-level transfer receipts and everything their cost reaches, less what the pool has left out already
       * (the period's averaged outbounds, neutral transfer receipts, open negative entries of earlier periods).
       */
      const chainInPool = (o: ItemLedgerEntry): readonly ItemLedgerEntry[] => {
        let chain = plan.chains.get(o.entryNo);
        if (!chain) plan.chains.set(o.entryNo, (chain = chainOfAppliedEntries(index, o.entryNo, period.end)));
        if (chain.length === 0) return NO_MEMBERS; // most outbounds: nothing allocated per sweep
        const members: ItemLedgerEntry[] = [];
        for (const no of chain) {
          if (!inScope.has(no) || receiptMember.has(no) || isPeriodOutbound(no)) continue;
          const x = index.ile.get(no)!;
          if (!x.positive && x.remainingQuantity < 0n && vdOf(x) < period.start) continue;
          members.push(x);
        }
        return members;
      };
      // At item level a transfer's shipment and receipt cancel: the pair stays out of the pool.
      const neutral = new Map<number, readonly CostLink[]>();
      if (scope.key === "")
        for (const o of outs) {
          if (o.entryType !== "Transfer") continue;
          const links = (index.receiversOf.get(o.entryNo) ?? []).filter(
            (l) => inScope.has(l.to) && vdOf(index.ile.get(l.to)!) <= period.end,
          );
          if (links.length > 0) neutral.set(o.entryNo, links);
        }
      receiptMember =
        neutral.size === 0 ? NO_ENTRIES : new Set([...neutral.values()].flatMap((l) => l.map((x) => x.to)));
      const points = revaluations.filter((v) => v.valuationDate >= period.start && v.valuationDate <= period.end);
      /**
       * Revaluation points (IsExcludeFromAvgCostForRevalPoint): a partial revaluation in the period that was posted
       * after the outbound is not in its average, nor is anything of the period posted after that revaluation;
       * points posted before the outbound count. Such an outbound is an exception: the pool is retaken after it.
       */
      const revaluationPointExclusion = (o: ItemLedgerEntry): { applies: boolean; quantity: Fixed; cost: Fixed } => {
        const own = firstVeNo(o);
        let cut = Infinity;
        for (const v of points) if (v.entryNo > own && v.entryNo < cut) cut = v.entryNo;
        if (cut === Infinity) return NO_EXCLUSION;
        let quantity = 0n;
        let cost = 0n;
        for (const v of points) if (v.entryNo >= cut) cost += v.costAmountActual + v.costAmountExpected;
        for (const x of byVd) {
          const vd = vdOf(x);
          if (vd < period.start || vd > period.end || x === o || firstVeNo(x) < cut || outMemberOf(x)) continue;
          quantity += x.quantity;
          cost += book.cost(x.entryNo);
        }
        return { applies: true, quantity, cost };
      };
      let outQty = 0n;
      outCost = 0n;
      for (const o of outs) {
        outQty += o.quantity;
        outCost += book.cost(o.entryNo);
      }
      let receiptQty = 0n;
      receiptCost = 0n;
      for (const r of receiptMember) {
        receiptQty += index.ile.get(r)!.quantity;
        receiptCost += book.cost(r);
      }
      // Outbounds before the current position that count in the pool again (valued, not neutral).
      let doneQty = 0n;
      let doneCost = 0n;
      /** The pool as the ledger now holds it, without this period's averaged outbounds not yet taken back. */
      const ledgerPool = (withDone: boolean): Pool => ({
        quantity: cumQty - exclQty - outQty + (withDone ? doneQty : 0n) - receiptQty,
        cost: cumCost - exclCost - outCost + (withDone ? doneCost : 0n) - receiptCost,
      });
      let pool = ledgerPool(false);
      let valuedInPeriod = false;
      for (const o of outs) {
        const isNeutral = neutral.has(o.entryNo);
        const chain = chainInPool(o);
        // An outbound whose cost reaches back into its own pool is valued without its chain and without the other
        // outbounds of the period.
        let { quantity, cost } = chain.length > 0 ? ledgerPool(false) : pool;
        for (const x of chain) {
          quantity -= x.quantity;
          cost -= book.cost(x.entryNo);
        }
        const afterPoint = revaluationPointExclusion(o);
        quantity -= afterPoint.quantity;
        cost -= afterPoint.cost;
        const q = o.quantity;
        if (quantity > 0n) {
          const before = book.cost(o.entryNo);
          book.setTotalCost(o, mulDivRound(cost, q, quantity, book.rounding.amount));
          if (book.cost(o.entryNo) !== before) {
            for (const l of index.receiversOf.get(o.entryNo) ?? []) {
              const t = receiverCost(ctx, l);
              const r = index.ile.get(l.to)!;
              const old = book.cost(l.to);
              if (t === null || !book.setDirectCost(r, t)) continue;
              // What is fixed-applied to the receiver follows at once (ForwardAppliedCost), not a round later: a
              // write-off of transferred goods and its receipt then cancel in every pool that holds both.
              forwardAppliedCost(ctx, l.to, (no) => {
                if (!inScope.has(no) || vdOf(index.ile.get(no)!) <= period.end) moved(no);
              });
              if (!inScope.has(l.to))
                moved(l.to); // another pool: swept again if it already was
              else if (vdOf(r) > period.end || receiptMember.has(l.to))
                continue; // taken in when its date comes
              else if (valuedInPeriod)
                moved(l.to); // an earlier outbound of this period saw the old cost
              else pool = { quantity: pool.quantity, cost: pool.cost + book.cost(l.to) - old };
            }
          }
        } // else nothing positive to average: the entry keeps its cost
        valuedInPeriod = true;
        if (isNeutral) continue; // valued at the running average; the pool is unchanged
        doneQty += q;
        doneCost += book.cost(o.entryNo);
        if (chain.length > 0 || afterPoint.applies)
          pool = ledgerPool(true); // after an exception the pool is taken from the ledger again
        else if (pool.quantity + q > 0n) pool = { quantity: pool.quantity + q, cost: pool.cost + book.cost(o.entryNo) };
      }
    }
  } finally {
    book.onChange = previous;
  }
}
