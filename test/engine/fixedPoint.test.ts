// Scaled integers of the Adjust Cost hot loop: conversions and BC's rounding, checked against decimal.js.
import fc from "fast-check";
import { Decimal, roundTo } from "../../src/engine";
import { mulDivRound, roundDiv, toDecimal, toFixed, toFixedViaText } from "../../src/engine/fixedPoint";

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 24n }), fc.integer({ min: 0, max: 22 }))
  .map(([negative, digits, places]) => {
    const t = digits.toString().padStart(places + 1, "0");
    return `${negative ? "-" : ""}${t.slice(0, t.length - places)}${places ? "." + t.slice(t.length - places) : ""}`;
  });

test("toFixed from decimal.js digit words equals the conversion through text", () => {
  fc.assert(
    fc.property(decimalText, (t) => expect(toFixed(new Decimal(t))).toBe(toFixedViaText(new Decimal(t)))),
    { numRuns: 2000 },
  );
  for (const t of [
    "0",
    "-0",
    "1e-20",
    "123456789.123456789123456789",
    "9999999",
    "10000000",
    "-0.00000000000000000051",
  ])
    expect(toFixed(new Decimal(t))).toBe(toFixedViaText(new Decimal(t)));
});

test("toDecimal(toFixed(x)) keeps every digit up to 18 places", () => {
  fc.assert(
    fc.property(decimalText, (t) =>
      expect(toDecimal(toFixed(new Decimal(t))).eq(new Decimal(t).toDecimalPlaces(18, Decimal.ROUND_HALF_UP))).toBe(
        true,
      ),
    ),
    { numRuns: 500 },
  );
});

test("Round(a × b / c, 0.01) in integers equals decimal.js, halves away from zero", () => {
  const cents = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => new Decimal(n).div(100));
  const qty = fc.integer({ min: 1, max: 10_000 }).map((n) => new Decimal(n));
  fc.assert(
    fc.property(cents, qty, qty, (a, b, c) => {
      const expected = roundTo(a.mul(b).div(c), new Decimal("0.01"));
      const got = toDecimal(mulDivRound(toFixed(a), toFixed(b), toFixed(c), toFixed(new Decimal("0.01"))));
      expect(got.toFixed(2)).toBe(expected.toFixed(2));
    }),
    { numRuns: 2000 },
  );
  expect(
    toDecimal(
      mulDivRound(
        toFixed(new Decimal("-0.01")),
        toFixed(new Decimal(1)),
        toFixed(new Decimal(2)),
        toFixed(new Decimal("0.01")),
      ),
    ).toFixed(2),
  ).toBe("-0.01");
});

// The engine's decimals keep 30 digits; the reference for 30-digit quotients needs more.
const Exact = Decimal.clone({ precision: 80 });

test("roundDiv rounds halves away from zero for every sign of numerator and denominator", () => {
  const big = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
  const den = fc.oneof(
    fc.bigInt({ min: 1n, max: 10n ** 20n }),
    fc.bigInt({ min: -(10n ** 20n), max: -1n }),
    fc.constantFrom(1n, 2n, -2n, 3n, 10n),
  );
  fc.assert(
    fc.property(big, den, (n, d) => {
      const expected = new Exact(n.toString())
        .div(new Exact(d.toString()))
        .toDecimalPlaces(0, Exact.ROUND_HALF_UP);
      expect(roundDiv(n, d).toString()).toBe(expected.toFixed(0));
    }),
    { numRuns: 3000 },
  );
  for (const [n, d, q] of [
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [5n, -2n, -3n],
    [-5n, -2n, 3n],
    [3n, 2n, 2n],
    [1n, 3n, 0n],
    [-1n, 3n, 0n],
    [0n, 7n, 0n],
  ])
    expect(roundDiv(n, d)).toBe(q);
});
