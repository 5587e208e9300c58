// Property tests of revaluation over generated ledgers (ledgerArbitrary.ts): Calculate Inventory Value per Item at
// a date D, every line revalued to one unit cost U, posted with Adjust Cost. Amounts compared as exact decimals.
//
// Which items: not Average (their per-Item value is the period average, §1.5, not the entries' own cost), no open
// outbound entry dated on or before D (refused, §1.2.3), and every inbound entry dated on or before D invoiced by D
// (Standard excepted: per Item it counts at expected cost, §1.3). For those items the revaluable quantity as of D is
// exactly the quantity Inventory Valuation shows as of D by valuation date, so the two can be compared.
import fc from "fast-check";
import {
  dec,
  Ledger,
  ZERO,
  adjustCostItemEntries,
  calculateInventoryValue,
  inventoryAsOf,
  postRevaluationJournal,
  withUnitCostRevalued,
} from "../../src/engine";
import { Scenario, ledgerInput } from "./ledgerBuilder";
import { adjusted } from "./helpers";
import { ledgerArb } from "./ledgerArbitrary";
import { R, amt } from "./revaluationHelpers";
import { abs, divide, roundTo, times, unitAmount, type Fixed, type UnitAmount } from "../../src/engine/money";
import { formatExact } from "../../src/engine/money";

// CI runs one fixed seed (a red build names a change, never a draw); elsewhere each run draws new ledgers.
const SEED = process.env.PROPERTY_SEED ?? (process.env.CI ? "20261203" : undefined);
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 120), ...(SEED ? { seed: Number(SEED) } : {}) };
const ledgers = fc.oneof(
  ledgerArb({ invoiceAll: true }),
  ledgerArb({ negative: true, invoiceAll: true }),
  ledgerArb({}),
);
/**
 * A unit cost with up to five decimals (Unit-Amount Rounding Precision), 0.01000 to 100.00000. Not below 0.01: with
 * Inventory Value (Revalued) 0.00 the value calculated again can legitimately round to -0.01 (an unrounded entry
 * value of exactly x.xx5 below), and a value that rounds to 0.00 from below is revaluation.test.ts's own case.
 */
const unitCosts = fc.integer({ min: 1000, max: 10_000_000 }).map((n) => unitAmount(divide(dec(n), dec(100000))));

interface Case {
  ledger: Ledger;
  date: string;
  items: string[];
}

function revaluable(ledger: Ledger, pick: number): Case {
  const dates = [...new Set(ledger.itemLedgerEntries.map((e) => e.postingDate))].sort();
  if (dates.length === 0) return { ledger, date: "", items: [] };
  const date = dates[pick % dates.length];
  const vd = new Map<number, string>();
  for (const v of ledger.valueEntries) if (!vd.has(v.itemLedgerEntryNo)) vd.set(v.itemLedgerEntryNo, v.valuationDate);
  const ile = new Map(ledger.itemLedgerEntries.map((e) => [e.entryNo, e]));
  // An outbound entry has one valuation date (the latest of its applied inbounds', §3.4 / costing-engine §5.3) but
  // its quantity leaves each inbound on the date of that application (§1.3). When an application dated on or before
  // D belongs to an outbound valued after D, the revaluable quantity and the quantity valued as of D differ by
  // design; such items are left out of the comparison (found by the first property; Business Central does the same).
  const splitAcrossD = new Set<string>();
  for (const a of ledger.applications)
    if (a.quantity < 0n && a.postingDate <= date && (vd.get(a.outboundItemEntryNo) ?? "") > date)
      splitAcrossD.add(ile.get(a.outboundItemEntryNo)!.itemNo);
  const items = [...ledger.items.values()]
    .filter((item) => {
      if (item.costingMethod === "Average" || splitAcrossD.has(item.no)) return false;
      const own = ledger.itemLedgerEntries.filter((e) => e.itemNo === item.no && e.postingDate <= date);
      if (own.some((e) => !e.positive && e.open)) return false;
      if (own.some((e) => e.positive && (vd.get(e.entryNo) ?? "") > date)) return false; // inbound valued after D
      if (item.costingMethod === "Standard") return true;
      return own.every((e) => !e.positive || (e.completelyInvoiced && e.lastInvoiceDate <= date));
    })
    .map((i) => i.no);
  return { ledger, date, items };
}

/**
 * Tolerance between the value the ledger shows as of D and the inventory value Calculate Inventory Value gives:
 * the calculation sums each inbound's unrounded share (remaining / quantity × cost) and rounds once (§1.3, §7.4),
 * while the ledger holds each outbound's cost rounded per application (≤ 0.005 each, §7 "Applied cost" / spec
 * costing-engine §12) and a Rounding entry per closed inbound (at most its applications' residuals). So 0.01 per
 * application row of the item plus 0.01 per inbound entry (Rounding entries, per-document RoundCost) plus 0.01.
 */
function tolerance(l: Ledger, item: string): Fixed {
  const iles = new Map(l.itemLedgerEntries.map((e) => [e.entryNo, e]));
  const apps = l.applications.filter((a) => a.quantity < 0n && iles.get(a.inboundItemEntryNo)?.itemNo === item).length;
  const inbounds = l.itemLedgerEntries.filter((e) => e.itemNo === item && e.positive).length;
  return dec("0.01") * BigInt(apps + inbounds + 1);
}

const rowOf = (l: Ledger, date: string, item: string) => inventoryAsOf(l, date, { itemNos: [item] })[0];

function revalueAll(c: Case, u: UnitAmount) {
  const calc = calculateInventoryValue(c.ledger, {
    postingDate: c.date,
    documentNo: "PROP",
    calculatePer: "Item",
    itemNos: c.items,
  });
  expect(calc.refusals.filter((p) => p.severity === "error").map((p) => p.message)).toEqual([]);
  const lines = calc.lines.map((l) => withUnitCostRevalued(l, u, R));
  const posted = postRevaluationJournal(c.ledger, lines);
  expect(posted.refusals.filter((p) => p.severity === "error").map((p) => p.message)).toEqual([]);
  return { lines, result: posted.result! };
}

const arb = fc.record({ s: ledgers, pick: fc.nat(), u: unitCosts });
const prepare = (s: Scenario, pick: number) => revaluable(adjusted(ledgerInput(s)), pick);

describe("revaluing every item per Item at D to unit cost U", () => {
  test("the calculation agrees with the ledger as of D: same quantity, value within the rounding of applications", () =>
    fc.assert(
      fc.property(arb, ({ s, pick }) => {
        const c = prepare(s, pick);
        fc.pre(c.items.length > 0);
        const { lines } = calculateInventoryValue(c.ledger, {
          postingDate: c.date,
          documentNo: "P",
          calculatePer: "Item",
          itemNos: c.items,
        });
        for (const item of c.items) {
          const line = lines.find((l) => l.itemNo === item);
          const row = rowOf(c.ledger, c.date, item);
          const q = row?.quantity ?? ZERO;
          expect(`${item} on ${c.date}: quantity ${formatExact(line?.quantity ?? ZERO)}`).toBe(
            `${item} on ${c.date}: quantity ${formatExact(q)}`,
          );
          if (!line) continue;
          const diff = abs(row.value - line.inventoryValueCalculated);
          const tol = tolerance(c.ledger, item);
          if (diff > tol)
            expect(`${item} on ${c.date}: calculated ${amt(line.inventoryValueCalculated)}`).toBe(
              `${item} on ${c.date}: calculated ${amt(row.value)} ± ${amt(tol)}`,
            );
        }
      }),
      RUNS,
    ));

  test("posted: Σ revaluation entries = line Amount, valued as of D; the value as of D is Round(Q × U) within that rounding", () =>
    fc.assert(
      fc.property(arb, ({ s, pick, u }) => {
        const c = prepare(s, pick);
        fc.pre(c.items.length > 0);
        const { lines, result } = revalueAll(c, u);
        const after = result.ledger;
        const ileVd = new Map<number, string>();
        for (const v of c.ledger.valueEntries)
          if (!ileVd.has(v.itemLedgerEntryNo)) ileVd.set(v.itemLedgerEntryNo, v.valuationDate);
        for (const line of lines) {
          const mine = result.revaluationEntries.filter((v) => v.itemNo === line.itemNo);
          const posted = mine.reduce((a, v) => a + v.costAmountActual + v.costAmountExpected, 0n as Fixed);
          expect(`${line.itemNo}: ${amt(posted)}`).toBe(`${line.itemNo}: ${amt(line.amount)}`);
          for (const v of mine) {
            // §3.3: Valuation Date = max(posting date, the entry's direct-cost valuation date); Valued Quantity > 0
            const vd = ileVd.get(v.itemLedgerEntryNo)!;
            expect([v.postingDate, v.valuationDate]).toEqual([c.date, vd > c.date ? vd : c.date]);
            expect(v.valuedQuantity > ZERO && v.invoicedQuantity === 0n && v.itemLedgerEntryQuantity === 0n).toBe(true);
          }
          const expected = roundTo(times(line.quantity, u), dec("0.01"));
          expect(amt(line.inventoryValueRevalued)).toBe(amt(expected));
          const row = rowOf(after, c.date, line.itemNo);
          expect(formatExact(row.quantity)).toBe(formatExact(line.quantity));
          const tol = tolerance(after, line.itemNo);
          if (abs(row.value - expected) > tol)
            expect(`${line.itemNo} on ${c.date}: ${amt(row.value)}`).toBe(
              `${line.itemNo} on ${c.date}: ${amt(expected)} ± ${amt(tol)}`,
            );
        }
      }),
      RUNS,
    ));

  test("calculated again after posting, every line's Inventory Value (Calculated) is exactly the revalued value", () =>
    fc.assert(
      fc.property(arb, ({ s, pick, u }) => {
        const c = prepare(s, pick);
        fc.pre(c.items.length > 0);
        const { lines, result } = revalueAll(c, u);
        const again = calculateInventoryValue(result.ledger, {
          postingDate: c.date,
          documentNo: "P2",
          calculatePer: "Item",
          itemNos: c.items,
        });
        expect(again.refusals.filter((p) => p.severity === "error").map((p) => p.message)).toEqual([]);
        const got = again.lines.map((l) => `${l.itemNo} ${formatExact(l.quantity)} ${amt(l.inventoryValueCalculated)}`);
        const want = lines.map((l) => `${l.itemNo} ${formatExact(l.quantity)} ${amt(l.inventoryValueRevalued)}`);
        expect(got).toEqual(want);
      }),
      RUNS,
    ));

  test("after Adjust Cost, quantity 0 still means value 0.00 at the end; a second Adjust Cost adds nothing", () =>
    fc.assert(
      fc.property(arb, ({ s, pick, u }) => {
        const c = prepare(s, pick);
        fc.pre(c.items.length > 0);
        fc.pre(c.ledger.itemLedgerEntries.every((e) => e.remainingQuantity >= 0n));
        const { result } = revalueAll(c, u);
        for (const row of inventoryAsOf(result.ledger, "9999-12-31", { itemNos: c.items }))
          if (row.quantity === 0n) expect(`${row.itemNo}: ${amt(row.value)}`).toBe(`${row.itemNo}: 0.00`);
        const again = adjustCostItemEntries(result.ledger).newValueEntries;
        expect(
          again.map(
            (v) => `${v.itemLedgerEntryNo} ${v.entryType} ${amt(v.costAmountActual)} ${amt(v.costAmountExpected)}`,
          ),
        ).toEqual([]);
      }),
      RUNS,
    ));
});
