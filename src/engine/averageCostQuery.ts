// The average unit cost of the period holding a date, and its explanation, like Business Central's
// "Average Cost Calc. Overview": opening inventory, each inbound of the period, each outbound valued. With Average
// Cost Calc. Type Item & Location & Variant a question without a location (or variant) names every pool of the
// item (averagePools.ts): the *Pools queries answer for each, the single ones refuse, naming them.
// Answered on the ledger as Adjust Cost leaves it (adjusting is idempotent, so an adjusted ledger is unchanged).
import {
  ZERO,
  amount,
  divRound,
  quantity as asQuantity,
  unitAmount,
  type Amount,
  type Quantity,
  type UnitAmount,
} from "./money";
import type { IsoDate } from "./calendar";
import { type AverageCostCalcType, type Ledger, LedgerError, ledgerItemNo } from "./model";
import { Period, calcTypeOn, valuationPeriod } from "./averageCostPeriod";
import { adjustCostItemEntries } from "./adjustCost";
import { itemsWithComponents, ledgerOfItems } from "./itemScope";
import { indexLedger } from "./ledgerIndex";
import { rulesOf } from "./costingMethods";
import { AveragePoolsError, itemPools, poolsAsked } from "./averagePools";
import { type Opening, type PoolLine, poolOverview } from "./averageCostOverview";

export type { Backdating, Opening, OpeningSource, PoolLine } from "./averageCostOverview";

export interface AverageCostQuery {
  readonly itemNo: string;
  readonly date: IsoDate;
  /** Not given: every location (Calc. Type Item & Location & Variant), or none (Calc. Type Item). */
  readonly locationCode?: string;
  readonly variantCode?: string;
}

export interface AverageCostAnswer {
  readonly itemNo: string;
  readonly locationCode: string;
  readonly variantCode: string;
  readonly period: Period;
  readonly calcType: AverageCostCalcType;
  readonly quantity: Quantity; // quantity the average is taken over
  readonly value: Amount;
  readonly unitCost: UnitAmount | null; // null when there is nothing positive to average
}

export interface AverageCostExplanation extends AverageCostAnswer {
  readonly opening: Opening;
  readonly lines: readonly PoolLine[];
  readonly closing: { readonly quantity: Quantity; readonly value: Amount };
}

/** The answers for the pools a question names; `named` when it names one, the one asked for. */
export interface AveragePools<T> {
  readonly named: boolean;
  readonly pools: readonly T[];
}

/** Each pool the question names, explained (Calc. Type Item: the item's one pool). */
export function explainAverageCostPools(ledger: Ledger, asked: AverageCostQuery): AveragePools<AverageCostExplanation> {
  const itemNo = ledgerItemNo(ledger.items, asked.itemNo);
  const item = ledger.items.get(itemNo);
  if (!item || !ledger.itemLedgerEntries.some((e) => e.itemNo === itemNo))
    throw new LedgerError(`Item ${itemNo} has no entries in Item Ledger Entries. Check the item number.`);
  if (!rulesOf(item).averaged)
    throw new LedgerError(
      `Item ${itemNo} uses costing method ${item.costingMethod}; an average cost exists only for Average items. ` +
        `Use the inventory value (costing valuation) for this item instead.`,
    );
  const settings = { setup: ledger.setup, accountingPeriods: ledger.accountingPeriods };
  const period = valuationPeriod(asked.date, settings);
  const calcType = calcTypeOn(asked.date, settings);
  // Adjust Cost for the item and the components its orders consume (their costs make up its output's), then
  // the item's own entries indexed: what a full run gives the item, without adjusting or indexing the others.
  const adjusted = adjustCostItemEntries(ledger, { itemNos: [...itemsWithComponents(ledger, [itemNo])] }).ledger;
  const index = indexLedger(ledgerOfItems(adjusted, new Set([itemNo])));
  const entries = index.ilesByItem.get(itemNo) ?? [];
  const { pools, named } = poolsAsked(
    { ...asked, itemNo },
    itemPools(entries, (e) => index.ileVd.get(e.entryNo)!),
    calcType,
    period.end,
  );
  const explained = pools.map((scope): AverageCostExplanation => {
    const o = poolOverview(index, itemNo, period, calcType === "Item" ? null : scope);
    const { quantity, value } = o.pool;
    return {
      itemNo,
      locationCode: scope.locationCode,
      variantCode: scope.variantCode,
      period,
      calcType,
      quantity: asQuantity(quantity),
      value: amount(value),
      unitCost:
        quantity > ZERO ? unitAmount(divRound(value, quantity, ledger.setup.unitAmountRoundingPrecision)) : null,
      opening: o.opening,
      lines: o.lines,
      closing: o.closing,
    };
  });
  return { named, pools: explained };
}

/** The one pool the question names, explained; refused (AveragePoolsError) when it names several. */
export function explainAverageCost(ledger: Ledger, q: AverageCostQuery): AverageCostExplanation {
  const { named, pools } = explainAverageCostPools(ledger, q);
  if (!named) throw new AveragePoolsError(pools[0].itemNo, pools);
  return pools[0];
}

const answerOf = ({
  itemNo,
  locationCode,
  variantCode,
  period,
  calcType,
  quantity,
  value,
  unitCost,
}: AverageCostAnswer): AverageCostAnswer => ({
  itemNo,
  locationCode,
  variantCode,
  period,
  calcType,
  quantity,
  value,
  unitCost,
});

/** The average of each pool the question names. */
export function averageCostPools(ledger: Ledger, q: AverageCostQuery): AveragePools<AverageCostAnswer> {
  const { named, pools } = explainAverageCostPools(ledger, q);
  return { named, pools: pools.map(answerOf) };
}

/** The average of the one pool the question names; refused (AveragePoolsError) when it names several. */
export function averageCostAt(ledger: Ledger, q: AverageCostQuery): AverageCostAnswer {
  return answerOf(explainAverageCost(ledger, q));
}
