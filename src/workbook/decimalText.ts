// How an amount, a unit cost and a quantity are written as text (exact decimal strings, never floats): what the
// command line prints and the task pane shows, before the locale's form (Messages.decimal).
import { DEFAULT_ROUNDING, formatExact, placesOf, roundTo, type Fixed } from "../engine/money";

/** An amount: always two decimals ("-30.00"). */
export function amountText(x: Fixed): string {
  return formatExact(x, 2);
}

/** A unit cost: at least two and at most five decimals ("65.00", "3.33333"). */
export function unitCostText(x: Fixed): string {
  const five = roundTo(x, DEFAULT_ROUNDING.unitAmount);
  return placesOf(five) <= 2 ? formatExact(five, 2) : formatExact(five);
}

/** A quantity: as exact as it is, never in exponent notation ("-1", "2.5"). */
export function quantityText(x: Fixed): string {
  return formatExact(x);
}
