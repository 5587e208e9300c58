// Business Central's Decimal as an exact scaled integer, and Round(x, precision) as BC rounds: "nearest, 5 away
// from zero". GL Setup "Amount Rounding Precision" (0.01) and "Unit-Amount Rounding Precision" (0.00001).
//
// Every amount, unit amount and quantity is a bigint counting units of 10^-SCALE, from the cell read to the cell
// written (dinero.js's integer-plus-scale model, with one scale for all). The brands keep a quantity out of an
// amount's field; arithmetic is plain bigint arithmetic, and a result gets its brand where it is stored. Sums
// are exact; Round(a × b / c, precision) is exact (one integer division of the exact product); only an
// unrounded intermediate quotient keeps SCALE places, more than BC's own Decimal needs for any amount.

/** Decimal places of every scaled value: 1 = 10^SCALE. */
export const SCALE = 18;

/** Any scaled value, an intermediate result without a unit. */
export type Fixed = bigint;
/** A cost or sales amount (Cost Amount (Actual), Inventory Value, ...), rounded to the Amount Rounding Precision. */
export type Amount = bigint & { readonly __amount: true };
/** An amount per unit (Cost per Unit, Unit Cost, Standard Cost), rounded to the Unit-Amount Rounding Precision. */
export type UnitAmount = bigint & { readonly __unitAmount: true };
/** A quantity in the item's base unit of measure. */
export type Quantity = bigint & { readonly __quantity: true };
/** A literal that fits any field: 0, 1, a value parsed or typed in a test. */
export type Exact = Amount & UnitAmount & Quantity;

const POW: bigint[] = [];
for (let i = 0; i <= 40; i++) POW.push(10n ** BigInt(i));
const pow10 = (n: number): bigint => (n < POW.length ? POW[n] : 10n ** BigInt(n));

export const ONE_SCALED = POW[SCALE];
export const ZERO = 0n as Exact;
export const ONE = ONE_SCALED as Exact;

/** The brand of a value computed here, given where it is stored. */
export const amount = (x: Fixed): Amount => x as Amount;
export const unitAmount = (x: Fixed): UnitAmount => x as UnitAmount;
export const quantity = (x: Fixed): Quantity => x as Quantity;

/** Rounding precisions in force, as in General Ledger Setup. */
export interface Rounding {
  readonly amount: Fixed; // Amount Rounding Precision
  readonly unitAmount: Fixed; // Unit-Amount Rounding Precision
}

// ---- parsing and formatting: the edges ----

// Small whole numbers (most quantities) come from one shared table: a million entries keep no bigint each.
const smallPositive: Fixed[] = [];
const smallNegative: Fixed[] = [];

function small(n: number, negative: boolean): Exact {
  const table = negative ? smallNegative : smallPositive;
  return (table[n] ??= BigInt(negative ? -n : n) * ONE_SCALED) as Exact;
}

const NUMBER_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Decimal text ("-1234.5", "1e-5", ".5") as a scaled value, exact; digits beyond SCALE places round half away
 * from zero. null when the text is not a plain decimal number (grouping and decimal commas are the reader's).
 */
export function parseExact(text: string): Exact | null {
  const m = NUMBER_TEXT.exec(text);
  if (!m) return null;
  const [, sign, whole, fraction = "", exponentText] = m;
  if (whole === "" && fraction === "") return null;
  const negative = sign === "-";
  if (!exponentText && fraction === "" && whole.length <= 4) {
    const n = Number(whole);
    return n === 0 ? ZERO : small(n, negative);
  }
  const exponent = exponentText ? Number(exponentText) : 0;
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 1000) return null;
  const digits = (whole + fraction).replace(/^0+(?=\d)/, "") || "0";
  const shift = SCALE + exponent - fraction.length; // value = digits × 10^(exponent − fraction.length)
  let v: bigint;
  if (shift >= 0) v = BigInt(digits) * pow10(shift);
  else {
    const coefficient = BigInt(digits);
    const divisor = pow10(-shift);
    v = coefficient / divisor;
    if ((coefficient - v * divisor) * 2n >= divisor) v += 1n;
  }
  if (v === 0n) return ZERO;
  return (negative ? -v : v) as Exact;
}

/** A value written in code or tests: dec("12.50"), dec(3). Integers and decimal text only, never a float. */
export function dec(x: string | number): Exact {
  if (typeof x === "number" && !Number.isSafeInteger(x)) throw new Error(`dec(${x}): not an integer; write it as text`);
  const v = parseExact(String(x));
  if (v === null) throw new Error(`dec(${JSON.stringify(x)}): not a decimal number`);
  return v;
}

/**
 * Exact decimal text. With `places`: rounded half away from zero to that many places and padded ("15.00");
 * without: every significant place, trailing zeros cut ("15", "0.005").
 */
export function formatExact(x: Fixed, places?: number): string {
  let v = x;
  if (places !== undefined && places < SCALE) v = roundDiv(v, pow10(SCALE - places)) * pow10(SCALE - places);
  const negative = v < 0n;
  const digits = (negative ? -v : v).toString().padStart(SCALE + 1, "0");
  const whole = digits.slice(0, digits.length - SCALE);
  let fraction = digits.slice(digits.length - SCALE);
  if (places === undefined) fraction = fraction.replace(/0+$/, "");
  else fraction = fraction.slice(0, places).padEnd(places, "0");
  const text = fraction ? `${whole}.${fraction}` : whole;
  return negative && /[1-9]/.test(text) ? "-" + text : text;
}

/** The nearest JavaScript number, for Excel's number cells and the custom functions' results only. */
export function toNumber(x: Fixed): number {
  return Number(formatExact(x));
}

/** Decimal places a value needs (0.01 → 2, 0.00001 → 5, 10 → 0). */
export function placesOf(x: Fixed): number {
  // Counted on the integer, not on its text: the writers ask this of a precision for every cell.
  let v = x < 0n ? -x : x;
  let places = SCALE;
  while (places > 0 && v % 10n === 0n && v !== 0n) {
    v /= 10n;
    places--;
  }
  return v === 0n ? 0 : places;
}

export const DEFAULT_ROUNDING: Rounding = {
  amount: dec("0.01"),
  unitAmount: dec("0.00001"),
};

// ---- arithmetic with BC's rounding ----

/** num / den rounded to a whole number, halves away from zero. */
export function roundDiv(num: bigint, den: bigint): bigint {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  // Truncating division and remainder carry the sign of num; a remainder of half or more rounds away from zero.
  const q = num / den;
  const r = num % den;
  if (r === 0n) return q;
  if (r > 0n) return r >= den - r ? q + 1n : q;
  return -r >= den + r ? q - 1n : q;
}

/** AL Round(x, precision): nearest multiple of precision, halves away from zero. */
export function roundTo<T extends Fixed>(x: T, precision: Fixed): T {
  return (roundDiv(x, precision) * precision) as T;
}

export function roundAmount(x: Fixed, r: Rounding): Amount {
  return (roundDiv(x, r.amount) * r.amount) as Amount;
}

export function roundUnitAmount(x: Fixed, r: Rounding): UnitAmount {
  return (roundDiv(x, r.unitAmount) * r.unitAmount) as UnitAmount;
}

/** Round(a × b / c, precision), all scaled: BC's Round of a proportional share, exact. */
export function mulDivRound(a: Fixed, b: Fixed, c: Fixed, precision: Fixed): Fixed {
  if (a === 0n || b === 0n) return 0n;
  return roundDiv(a * b, c * precision) * precision;
}

/** a × b / c kept to SCALE places (an intermediate value, rounded later). */
export function mulDiv(a: Fixed, b: Fixed, c: Fixed): Fixed {
  if (a === 0n || b === 0n) return 0n;
  return roundDiv(a * b, c);
}

/** a × b kept to SCALE places. */
export function times(a: Fixed, b: Fixed): Fixed {
  return mulDiv(a, b, ONE_SCALED);
}

/** a / b kept to SCALE places. */
export function divide(a: Fixed, b: Fixed): Fixed {
  return mulDiv(a, ONE_SCALED, b);
}

/** Round(a / b, precision): a unit amount (e.g. Cost per Unit). */
export function divRound(a: Fixed, b: Fixed, precision: Fixed): Fixed {
  if (a === 0n) return 0n;
  return roundDiv(a * ONE_SCALED, b * precision) * precision;
}

export function abs<T extends Fixed>(x: T): T {
  return (x < 0n ? -x : x) as T;
}

export function neg<T extends Fixed>(x: T): T {
  return (0n - x) as T;
}

export function sum<T extends Fixed>(values: Iterable<T>): T {
  let s = 0n;
  for (const v of values) s += v;
  return s as T;
}

export function min<T extends Fixed>(a: T, b: T): T {
  return a < b ? a : b;
}

export function max<T extends Fixed>(a: T, b: T): T {
  return a > b ? a : b;
}

/** −1, 0 or 1. */
export function signOf(x: Fixed): -1 | 0 | 1 {
  return x < 0n ? -1 : x > 0n ? 1 : 0;
}

export function isWhole(x: Fixed): boolean {
  return x % ONE_SCALED === 0n;
}

/** Significant digits of the exact decimal (trailing zeros do not count: 1E+15 has one). */
export function significantDigits(x: Fixed): number {
  if (x === 0n) return 0;
  const digits = abs(x).toString();
  let end = digits.length;
  while (digits.charCodeAt(end - 1) === 48) end--;
  return end;
}
