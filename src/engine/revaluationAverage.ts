// CalcAverageUnitCost of report 5899 "Calculate Inventory Value" (spec revaluation.md §1.5): the unit cost an
// Average item is revalued from, per Item, on the last day of an average cost period. Invoiced quantity and
// actual cost valued up to the date, less transfers invoiced but not completely invoiced, less postings dated
// after the date but valued on or before it (other than revaluations and item charges).
import type { IsoDate } from "./calendar";
import { ZERO, divide, type Fixed } from "./money";
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
): Fixed {
  const inScope = (x: { locationCode: string; variantCode: string }) =>
    !scope || (x.locationCode === scope.locationCode && x.variantCode === scope.variantCode);
  let quantity: Fixed = ZERO;
  let cost: Fixed = ZERO;
  const entries = (ix.ilesByItem.get(itemNo) ?? []).filter(inScope);
  for (const e of entries)
    for (const v of ix.vesByIle.get(e.entryNo) ?? []) {
      if (v.valuationDate > date) continue;
      quantity += v.invoicedQuantity;
      cost += v.costAmountActual;
      // Back-dated postings: valued on or before the date but posted after it.
      if (v.postingDate > date && v.itemChargeNo === "" && v.entryType !== "Revaluation") {
        quantity -= v.invoicedQuantity;
        cost -= v.costAmountActual;
      }
    }
  for (const e of entries) {
    const invoicedNotComplete =
      e.quantity === e.invoicedQuantity &&
      !e.completelyInvoiced &&
      e.lastInvoiceDate !== "" &&
      e.lastInvoiceDate <= date &&
      e.invoicedQuantity !== 0n;
    if (!invoicedNotComplete) continue;
    quantity -= e.quantity;
    cost -= remainingInventoryValue(ix, e, e.quantity, { includeExpected: false, postingDateTo: date });
  }
  if (quantity === 0n) return ZERO;
  const average = divide(cost, quantity);
  return average < 0n ? ZERO : average;
}
