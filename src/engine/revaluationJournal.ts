// Revaluation Journal line (table 83 "Item Journal Line", Value Entry Type = Revaluation; spec revaluation.md §2):
// the fields Calculate Inventory Value fills and the user edits, and how each edit recomputes the others.
// Every function returns a new line; a line is never changed in place.
import { ZERO, amount, dec, formatExact, divRound, divide, mulDivRound, roundTo, times, unitAmount } from "./money";
import type { Amount, Fixed, Quantity, Rounding, UnitAmount } from "./money";
import type { IsoDate } from "./calendar";
import { LedgerError, type ItemLedgerEntryType } from "./model";

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
  readonly quantity: Quantity;
  readonly unitCostCalculated: UnitAmount;
  readonly inventoryValueCalculated: Amount;
  readonly unitCostRevalued: UnitAmount;
  readonly inventoryValueRevalued: Amount;
  readonly amount: Amount;
  readonly inventoryValuePer: InventoryValuePer;
  readonly partialRevaluation: boolean; // true for lines made by Calculate Inventory Value
  readonly appliedAmount: Amount; // informational (average items: the entries' own value)
  readonly updateStandardCost: boolean;
}

/** Amount = Round(Quantity × Round(Amount / Quantity)): Amount.OnValidate → Unit Amount → UpdateAmount. */
function amountOf(quantity: Quantity, revalued: Amount, calculated: Amount, r: Rounding): Amount {
  const difference = revalued - calculated;
  if (quantity === 0n) return amount(roundTo(difference, r.amount));
  return amount(roundTo(times(quantity, divide(difference, quantity)), r.amount));
}

/** Inventory Value (Calculated).OnValidate: Unit Cost (Calculated) = Round(IVC / Quantity, unit-amount precision). */
export function withInventoryValueCalculated(
  line: RevaluationJournalLine,
  value: Fixed,
  r: Rounding,
): RevaluationJournalLine {
  const ivc = amount(roundTo(value, r.amount));
  return {
    ...line,
    inventoryValueCalculated: ivc,
    unitCostCalculated: line.quantity === 0n ? ZERO : unitAmount(divRound(ivc, line.quantity, r.unitAmount)),
  };
}

/**
 * Inventory Value (Revalued).OnValidate: Amount = revalued − calculated, and Unit Cost (Revalued) follows
 * (Round(IVR / Quantity)) unless the user typed the unit cost itself (`keepUnitCost`).
 */
export function withInventoryValueRevalued(
  line: RevaluationJournalLine,
  value: Fixed,
  r: Rounding,
  keepUnitCost = false,
): RevaluationJournalLine {
  if (value < 0n) throw new RangeError("Inventory Value (Revalued) must not be negative.");
  const ivr = amount(roundTo(value, r.amount));
  return {
    ...line,
    inventoryValueRevalued: ivr,
    amount: amountOf(line.quantity, ivr, line.inventoryValueCalculated, r),
    unitCostRevalued: keepUnitCost
      ? line.unitCostRevalued
      : line.quantity === 0n
        ? ZERO
        : unitAmount(divRound(ivr, line.quantity, r.unitAmount)),
  };
}

/** Unit Cost (Revalued).OnValidate: Inventory Value (Revalued) = Round(unit cost × Quantity); the unit cost is kept. */
export function withUnitCostRevalued(
  line: RevaluationJournalLine,
  unitCost: UnitAmount,
  r: Rounding,
): RevaluationJournalLine {
  if (unitCost < 0n) throw new RangeError("Unit Cost (Revalued) must not be negative.");
  const withCost = { ...line, unitCostRevalued: unitCost };
  return withInventoryValueRevalued(withCost, roundTo(times(unitCost, line.quantity), r.amount), r, true);
}

/** What-if: Unit Cost (Revalued) = Unit Cost (Calculated) changed by `percent` (−10 lowers it by a tenth). */
export function revalueByPercent(line: RevaluationJournalLine, percent: Fixed, r: Rounding): RevaluationJournalLine {
  const hundred = dec(100);
  const factor = hundred + percent; // in hundredths
  if (factor < 0n) throw new RangeError(`A change of ${formatExact(percent)} % would make the unit cost negative.`);
  return withUnitCostRevalued(line, unitAmount(mulDivRound(line.unitCostCalculated, factor, hundred, r.unitAmount)), r);
}

/** The Items column a revaluation's proposed unit cost is read from (Calculation Base, or the what-if). */
export type ItemCostColumn = "Last Direct Cost" | "Standard Cost";

/**
 * Why no unit cost can be proposed from an Items column for these items: the workbook does not give it (no such
 * column, its cell empty, or the item not in Items). Taking 0.00 would revalue their inventory to nothing.
 */
export function itemCostMissingMessage(column: ItemCostColumn, itemNos: readonly string[]): string {
  const n = itemNos.length;
  const names = n <= 10 ? itemNos.join(", ") : `${itemNos.slice(0, 10).join(", ")} and ${n - 10} more`;
  return (
    `The Items table gives no ${column} for ${n === 1 ? "item" : `${n} items`} ${names} (no "${column}" column, ` +
    `an empty cell, or the item not in Items), so no Unit Cost (Revalued) can be proposed from it: 0.00 would ` +
    `revalue the inventory to nothing. In Business Central open Items, choose Personalize, add the ${column} ` +
    `column (hidden by default on the Item List), and export again, or enter the ${column} in the Items table ` +
    "by hand. Or leave the calculation base blank and enter the new unit costs in the journal."
  );
}

/** What-if: Unit Cost (Revalued) from the item card's Last Direct Cost or Standard Cost, as Calculation Base does. */
export function revalueFromItemCost(
  line: RevaluationJournalLine,
  item: { readonly no: string; readonly lastDirectCost: UnitAmount | null; readonly standardCost: UnitAmount | null },
  base: ItemCostColumn,
  r: Rounding,
): RevaluationJournalLine {
  const cost = base === "Last Direct Cost" ? item.lastDirectCost : item.standardCost;
  if (cost === null) throw new LedgerError(itemCostMissingMessage(base, [item.no]));
  return withUnitCostRevalued(line, cost, r);
}
