// CalcAverageUnitCost of report 5899 "Calculate Inventory Value" (spec revaluation.md §1.5): the unit cost an
// Average item is revalued from, per Item, on the last day of an average cost period. Invoiced quantity and
// actual cost valued up to the date, less transfers invoiced but not completely invoiced, less postings dated
// after the date but valued on or before it (other than revaluations and item charges).
import type { IsoDate } from "./calendar";
import { Decimal, ZERO } from "./money";
import type { RevaluationIndex } from "./revaluableQuantity";
import { remainingInventoryValue } from "./revaluableQuantity";

export interface AverageScope {
  readonly locationCode: string;
  readonly variantCode: string;
}

/** The period average on `date`, clamped at zero and not rounded; `scope` null means the whole item. */
export function averageUnitCostOn(
  ix: RevaluationIndex,
  itemNo: string,
  date: IsoDate,
  scope: AverageScope | null,
): Decimal {
  const inScope = (x: { locationCode: string; variantCode: string }) =>
    !scope || (x.locationCode === scope.locationCode && x.variantCode === scope.variantCode);
  let quantity = ZERO;
  let cost = ZERO;
  const entries = (ix.ilesByItem.get(itemNo) ?? []).filter(inScope);
  for (const e of entries)
    for (const v of ix.vesByIle.get(e.entryNo) ?? []) {
      if (v.valuationDate > date) continue;
      quantity = quantity.plus(v.invoicedQuantity);
      cost = cost.plus(v.costAmountActual);
      // Back-dated postings: valued on or before the date but posted after it.
      if (v.postingDate > date && v.itemChargeNo === "" && v.entryType !== "Revaluation") {
        quantity = quantity.minus(v.invoicedQuantity);
        cost = cost.minus(v.costAmountActual);
      }
    }
  for (const e of entries) {
    const invoicedNotComplete =
      e.quantity.eq(e.invoicedQuantity) &&
      !e.completelyInvoiced &&
      e.lastInvoiceDate !== "" &&
      e.lastInvoiceDate <= date &&
      !e.invoicedQuantity.isZero();
    if (!invoicedNotComplete) continue;
    quantity = quantity.minus(e.quantity);
    cost = cost.minus(remainingInventoryValue(ix, e, e.quantity, { includeExpected: false, postingDateTo: date }));
  }
  if (quantity.isZero()) return ZERO;
  const average = cost.div(quantity);
  return average.isNeg() ? ZERO : average;
}
