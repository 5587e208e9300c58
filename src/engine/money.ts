// Amounts and rounding as Business Central rounds them: Round(x, precision) is "nearest, 5 away from zero".
// GL Setup "Amount Rounding Precision" (0.01) and "Unit-Amount Rounding Precision" (0.00001).
import Decimal from "decimal.js";

// Enough significant digits that a chain of scalings never loses a cent before the explicit rounding.
Decimal.set({ precision: 30, rounding: Decimal.ROUND_HALF_UP });

export { Decimal };
export type Amount = Decimal;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

/** Rounding precisions in force, as in General Ledger Setup. */
export interface Rounding {
  readonly amount: Decimal; // Amount Rounding Precision
  readonly unitAmount: Decimal; // Unit-Amount Rounding Precision
}

export const DEFAULT_ROUNDING: Rounding = {
  amount: new Decimal("0.01"),
  unitAmount: new Decimal("0.00001"),
};

/** AL Round(x, precision): nearest multiple of precision, halves away from zero. */
export function roundTo(x: Decimal, precision: Decimal): Decimal {
  if (x.isZero()) return ZERO;
  const r = x.toNearest(precision, Decimal.ROUND_HALF_UP);
  return r.isZero() ? ZERO : r; // AL has no −0: −0.001 rounds to 0.00, not to a negative zero
}

export function roundUnitAmount(x: Decimal, r: Rounding): Decimal {
  return roundTo(x, r.unitAmount);
}

export function dec(x: Decimal.Value): Decimal {
  return new Decimal(x);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let s = ZERO;
  for (const v of values) s = s.plus(v);
  return s;
}

const INTERN_LIMIT = 10000;
const interned: (Decimal | undefined)[] = [];

/**
 * The one shared Decimal for a small whole number. Quantities repeat all through a ledger (1, -1, 5, ...), and
 * a Decimal is an object of its own: sharing them saves hundreds of megabytes on a million entries.
 * Decimals are immutable, so sharing is safe.
 */
export function intern(d: Decimal): Decimal {
  if (!d.isInteger()) return compact(d);
  const n = d.toNumber();
  if (n < -INTERN_LIMIT || n > INTERN_LIMIT) return compact(d);
  const i = n + INTERN_LIMIT;
  return (interned[i] ??= d);
}

/**
 * The same Decimal with its digit array at its exact length. decimal.js grows the array by push, and V8 then
 * keeps 17 slots for an amount of two words: about 130 bytes lost per amount, 130 MB on a million value entries.
 * The value does not change (only the array's spare capacity goes), so sharing the Decimal stays safe.
 */
export function compact(d: Decimal): Decimal {
  const inner = d as unknown as { d: number[] | null };
  if (inner.d && inner.d.length < 16) inner.d = inner.d.slice();
  return d;
}
