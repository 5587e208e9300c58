// Revaluation Journal line (table 83 "Item Journal Line", Value Entry Type = Revaluation; spec revaluation.md §2):
// the fields Calculate Inventory Value fills and the user edits, and how each edit recomputes the others.
// Every function returns a new line; a line is never changed in place.
import { Decimal, ZERO, roundTo } from "./money";
import type { Rounding } from "./money";
import type { IsoDate } from "./calendar";
import type { ItemLedgerEntryType } from "./model";

/** Inventory Value Per: blank for a line per item ledger entry, else how a per-item line was grouped. */
export const INVENTORY_VALUE_PER = ["", "Item", "Location", "Variant", "Location and Variant"] as const;
export type InventoryValuePer = (typeof INVENTORY_VALUE_PER)[number];

export interface RevaluationJournalLine {
  readonly lineNo: number; // 10000, 20000, ...
  readonly postingDate: IsoDate;
  readonly documentNo: string;
  readonly itemNo: string;
  readonly variantCode: string;
  readonly locationCode: string;
  readonly entryType: ItemLedgerEntryType; // the entry's type per entry; Positive Adjmt. on a per-item line
  readonly appliesToEntry: number; // 0 on a per-item line
  readonly quantity: Decimal;
  readonly unitCostCalculated: Decimal;
  readonly inventoryValueCalculated: Decimal;
  readonly unitCostRevalued: Decimal;
  readonly inventoryValueRevalued: Decimal;
  readonly amount: Decimal;
  readonly inventoryValuePer: InventoryValuePer;
  readonly partialRevaluation: boolean; // true for lines made by Calculate Inventory Value
  readonly appliedAmount: Decimal; // informational (average items: the entries' own value)
  readonly updateStandardCost: boolean;
}

/** Amount = Round(Quantity × Round(Amount / Quantity)): Amount.OnValidate → Unit Amount → UpdateAmount. */
function amountOf(quantity: Decimal, revalued: Decimal, calculated: Decimal, r: Rounding): Decimal {
  const difference = revalued.minus(calculated);
  if (quantity.isZero()) return roundTo(difference, r.amount);
  return roundTo(quantity.times(difference.div(quantity)), r.amount);
}

/** Inventory Value (Calculated).OnValidate: Unit Cost (Calculated) = Round(IVC / Quantity, unit-amount precision). */
export function withInventoryValueCalculated(
  line: RevaluationJournalLine,
  value: Decimal,
  r: Rounding,
): RevaluationJournalLine {
  const ivc = roundTo(value, r.amount);
  return {
    ...line,
    inventoryValueCalculated: ivc,
    unitCostCalculated: line.quantity.isZero() ? ZERO : roundTo(ivc.div(line.quantity), r.unitAmount),
  };
}

/**
 * Inventory Value (Revalued).OnValidate: Amount = revalued − calculated, and Unit Cost (Revalued) follows
 * (Round(IVR / Quantity)) unless the user typed the unit cost itself (`keepUnitCost`).
 */
export function withInventoryValueRevalued(
  line: RevaluationJournalLine,
  value: Decimal,
  r: Rounding,
  keepUnitCost = false,
): RevaluationJournalLine {
  if (value.isNeg()) throw new RangeError("Inventory Value (Revalued) must not be negative.");
  const ivr = roundTo(value, r.amount);
  return {
    ...line,
    inventoryValueRevalued: ivr,
    amount: amountOf(line.quantity, ivr, line.inventoryValueCalculated, r),
    unitCostRevalued: keepUnitCost
      ? line.unitCostRevalued
      : line.quantity.isZero()
        ? ZERO
        : roundTo(ivr.div(line.quantity), r.unitAmount),
  };
}

/** Unit Cost (Revalued).OnValidate: Inventory Value (Revalued) = Round(unit cost × Quantity); the unit cost is kept. */
export function withUnitCostRevalued(
  line: RevaluationJournalLine,
  unitCost: Decimal,
  r: Rounding,
): RevaluationJournalLine {
  if (unitCost.isNeg()) throw new RangeError("Unit Cost (Revalued) must not be negative.");
  const withCost = { ...line, unitCostRevalued: unitCost };
  return withInventoryValueRevalued(withCost, roundTo(unitCost.times(line.quantity), r.amount), r, true);
}

/** What-if: Unit Cost (Revalued) = Unit Cost (Calculated) changed by `percent` (−10 lowers it by a tenth). */
export function revalueByPercent(line: RevaluationJournalLine, percent: Decimal, r: Rounding): RevaluationJournalLine {
  const factor = new Decimal(100).plus(percent).div(100);
  if (factor.isNeg()) throw new RangeError(`A change of ${percent.toString()} % would make the unit cost negative.`);
  return withUnitCostRevalued(line, roundTo(line.unitCostCalculated.times(factor), r.unitAmount), r);
}

/** What-if: Unit Cost (Revalued) from the item card's Last Direct Cost or Standard Cost, as Calculation Base does. */
export function revalueFromItemCost(
  line: RevaluationJournalLine,
  item: { readonly lastDirectCost: Decimal; readonly standardCost: Decimal },
  base: "Last Direct Cost" | "Standard Cost",
  r: Rounding,
): RevaluationJournalLine {
  return withUnitCostRevalued(line, base === "Last Direct Cost" ? item.lastDirectCost : item.standardCost, r);
}
