// Scaled integers for the Adjust Cost hot loop: an amount or quantity is a bigint in units of 10^-SCALE.
// decimal.js stays the model's type; here it costs ~2 µs an operation against ~0.03 µs, which decides whether a
// million value entries adjust in seconds or in minutes. Sums are exact; Round(a × b / c, precision) is exact
// (one integer division of the exact product); only unrounded intermediate quotients keep SCALE places.
import { Decimal, ZERO as ZERO_DECIMAL, compact } from "./money";
import type { Rounding } from "./money";

export type Fixed = bigint;

export const SCALE = 18;
const POW: bigint[] = [];
for (let i = 0; i <= 40; i++) POW.push(10n ** BigInt(i));
export const FIXED_ONE = POW[SCALE];
const ONE = FIXED_ONE;

/** The precisions in force, as scaled integers. */
export interface FixedRounding {
  readonly amount: Fixed;
  readonly unitAmount: Fixed;
}

export function fixedRounding(r: Rounding): FixedRounding {
  return { amount: toFixed(r.amount), unitAmount: toFixed(r.unitAmount) };
}

/**
 * A Decimal as a scaled integer; digits beyond SCALE places are rounded half away from zero. Built from
 * decimal.js's own digit words (`d`, base 10^7, most significant first; `e`, the decimal exponent of the first
 * digit; `s`, the sign) — formatting a string per amount was the costliest step of a million-entry run.
 * `toFixedViaText` is the reference it is tested against.
 */
export function toFixed(d: Decimal): Fixed {
  const { d: words, e, s } = d as unknown as { d: number[] | null; e: number; s: number };
  if (!words || (words.length === 1 && words[0] === 0)) return 0n;
  // Small whole numbers (most quantities) come from a shared table: no BigInt is made, none is kept per entry.
  if (words.length === 1 && e < 4 && words[0] < SMALL_LIMIT && digitCount(words[0]) === e + 1)
    return small(words[0], s);
  let digits = digitCount(words[0]);
  let coefficient: bigint;
  if (words.length <= 2) {
    // Up to 14 digits: the coefficient is exact as a Number, so one BigInt is made instead of several.
    coefficient = BigInt(words.length === 1 ? words[0] : words[0] * 10000000 + words[1]);
    digits += (words.length - 1) * 7;
  } else {
    coefficient = BigInt(words[0]);
    for (let i = 1; i < words.length; i++) {
      coefficient = coefficient * 10000000n + BigInt(words[i]);
      digits += 7;
    }
  }
  const shift = SCALE + e + 1 - digits; // value = coefficient × 10^(e + 1 − digits)
  let v: bigint;
  if (shift >= 0) v = coefficient * pow10(shift);
  else {
    const divisor = pow10(-shift);
    v = coefficient / divisor;
    if ((coefficient - v * divisor) * 2n >= divisor) v += 1n;
  }
  return s < 0 ? -v : v;
}

const SMALL_LIMIT = 10000;
const smallPositive: Fixed[] = [];
const smallNegative: Fixed[] = [];

function small(n: number, sign: number): Fixed {
  const table = sign < 0 ? smallNegative : smallPositive;
  let f = table[n];
  if (f === undefined) table[n] = f = BigInt(sign < 0 ? -n : n) * FIXED_ONE;
  return f;
}

function digitCount(word: number): number {
  let n = 1;
  while (word >= 10) {
    word = Math.floor(word / 10);
    n++;
  }
  return n;
}

function pow10(n: number): bigint {
  return n < POW.length ? POW[n] : 10n ** BigInt(n);
}

/** The same conversion through the decimal text: slower, kept as the reference for tests. */
export function toFixedViaText(d: Decimal): Fixed {
  if (d.isZero()) return 0n;
  const text = d.toFixed();
  const negative = text.charCodeAt(0) === 45; // "-"
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf(".");
  const whole = dot < 0 ? body : body.slice(0, dot);
  let fraction = dot < 0 ? "" : body.slice(dot + 1);
  let carry = 0n;
  if (fraction.length > SCALE) {
    carry = fraction.charCodeAt(SCALE) >= 53 ? 1n : 0n; // next digit 5..9
    fraction = fraction.slice(0, SCALE);
  }
  const v = BigInt(whole + fraction.padEnd(SCALE, "0")) + carry;
  return negative ? -v : v;
}

export function toDecimal(f: Fixed): Decimal {
  if (f === 0n) return ZERO_DECIMAL;
  const negative = f < 0n;
  const digits = (negative ? -f : f).toString().padStart(SCALE + 1, "0");
  // Trailing zeros of the fraction are cut first: a shorter text parses faster, and amounts have at most a few places.
  let end = digits.length;
  while (end > digits.length - SCALE && digits.charCodeAt(end - 1) === 48) end--;
  const whole = digits.slice(0, digits.length - SCALE);
  const text = end > digits.length - SCALE ? `${whole}.${digits.slice(digits.length - SCALE, end)}` : whole;
  return compact(new Decimal(negative ? "-" + text : text));
}

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

/** Round(a × b / c, precision), all scaled: BC's Round of a proportional share, exact. */
export function mulDivRound(a: Fixed, b: Fixed, c: Fixed, precision: Fixed): Fixed {
  if (a === 0n || b === 0n) return 0n;
  return roundDiv(a * b, c * precision) * precision;
}

/** Round(x, precision). */
export function roundFixed(x: Fixed, precision: Fixed): Fixed {
  return roundDiv(x, precision) * precision;
}

/** a × b / c kept to SCALE places (an intermediate value, rounded later). */
export function mulDiv(a: Fixed, b: Fixed, c: Fixed): Fixed {
  if (a === 0n || b === 0n) return 0n;
  return roundDiv(a * b, c);
}

/** a / b as a unit amount (e.g. Cost per Unit). */
export function divRound(a: Fixed, b: Fixed, precision: Fixed): Fixed {
  if (a === 0n) return 0n;
  return roundDiv(a * ONE, b * precision) * precision;
}

export const abs = (x: Fixed): Fixed => (x < 0n ? -x : x);
