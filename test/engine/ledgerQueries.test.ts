// LedgerQueries answers from running sums what the direct queries compute by scanning the ledger: the same
// average cost (averageCostAt), the same inventory (inventoryAsOf), for every item, scope and date tried.
import fc from "fast-check";
import { LedgerError, LedgerQueries, addDays, averageCostAt, inventoryAsOf } from "../../src/engine";
import type { Ledger } from "../../src/engine";
import { ledgerArb } from "./ledgerArbitrary";
import { ledgerInput } from "./ledgerBuilder";
import { adjusted, replayed } from "./helpers";
import { formatExact } from "../../src/engine/money";

function datesOf(l: Ledger): string[] {
  const ds = [...new Set(l.valueEntries.flatMap((v) => [v.postingDate, v.valuationDate]))].sort();
  return [...new Set([...ds, ...ds.map((d) => addDays(d, 1)), addDays(ds[ds.length - 1], 40)])].sort();
}

function agree(ledger: Ledger): void {
  if (ledger.valueEntries.length === 0) return;
  const q = LedgerQueries.build(ledger);
  const adjustedLedger = q.ledger;
  for (const date of datesOf(adjustedLedger)) {
    if (date < q.firstDate) continue;
    for (const basis of ["valuation", "posting"] as const) {
      for (const row of inventoryAsOf(adjustedLedger, date, { basis, byLocation: true, byVariant: true })) {
        const got = q.inventory(row.itemNo, date, {
          basis,
          locationCode: row.locationCode,
          variantCode: row.variantCode,
        });
        expect([formatExact(got.quantity), formatExact(got.value, 2)]).toEqual([
          formatExact(row.quantity),
          formatExact(row.value, 2),
        ]);
      }
      for (const row of inventoryAsOf(adjustedLedger, date, { basis })) {
        const got = q.inventory(row.itemNo, date, { basis });
        expect([formatExact(got.quantity), formatExact(got.value, 2)]).toEqual([
          formatExact(row.quantity),
          formatExact(row.value, 2),
        ]);
      }
    }
    for (const [no, item] of adjustedLedger.items) {
      if (item.costingMethod !== "Average" || !adjustedLedger.itemLedgerEntries.some((e) => e.itemNo === no)) continue;
      const scopes = new Set(
        adjustedLedger.itemLedgerEntries
          .filter((e) => e.itemNo === no)
          .map((e) => `${e.locationCode}|${e.variantCode}`),
      );
      for (const scope of scopes) {
        const [locationCode, variantCode] = scope.split("|");
        const query = { itemNo: no, date, locationCode, variantCode };
        const want = averageCostAt(adjustedLedger, query);
        const got = q.averageCost(query);
        expect([
          formatExact(got.quantity),
          formatExact(got.value, 2),
          got.unitCost?.toString() ?? null,
          got.period,
        ]).toEqual([
          formatExact(want.quantity),
          formatExact(want.value, 2),
          want.unitCost?.toString() ?? null,
          want.period,
        ]);
      }
    }
  }
}

test("the seed's average cost example (period Day and Month): the same answers as the direct queries", () => {
  for (const period of ["Day", "Month"] as const) {
    const l = replayed(
      ledgerInput({
        period,
        steps: [
          { ile: 1, date: "2023-01-01", type: "Purchase", qty: "1", cost: "20.00" },
          { ile: 2, date: "2023-01-01", type: "Purchase", qty: "1", cost: "40.00" },
          { ile: 3, date: "2023-01-01", type: "Sale", qty: "-1", cost: "-20.00" },
          { ile: 4, date: "2023-02-01", type: "Sale", qty: "-1", cost: "-40.00" },
          { ile: 5, date: "2023-02-01", type: "Purchase", qty: "1", cost: "100.00" },
          { ile: 6, date: "2023-02-01", type: "Sale", qty: "-1", cost: "-100.00" },
        ],
      }),
    );
    agree(l);
    const q = LedgerQueries.build(l);
    expect(formatExact(q.averageCost({ itemNo: "ITEM1", date: "2023-01-15" }).unitCost!, 2)).toBe("30.00");
    expect(q.period("2023-02-10")).toEqual(
      period === "Day" ? { start: "2023-02-10", end: "2023-02-10" } : { start: "2023-02-01", end: "2023-02-28" },
    );
  }
});

test("generated ledgers of every costing method: running sums agree with the scans", () => {
  fc.assert(
    fc.property(ledgerArb({ invoiceAll: true }), (s) => agree(adjusted(ledgerInput(s)))),
    { numRuns: 60 },
  );
});

test("an unknown item, a date before the ledger, and an average of a FIFO item are refused with a readable message", () => {
  const q = LedgerQueries.build(
    replayed(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [{ ile: 1, date: "2023-01-01", type: "Purchase", qty: "2", cost: "20.00" }],
      }),
    ),
  );
  expect(() => q.inventory("NOPE", "2023-02-01")).toThrow(LedgerError);
  expect(() => q.inventory("NOPE", "2023-02-01")).toThrow(/There is no item NOPE/);
  expect(() => q.inventory("F", "2022-12-31")).toThrow(/before the ledger's first entry \(2023-01-01\)/);
  expect(() => q.averageCost({ itemNo: "F", date: "2023-01-01" })).toThrow(/costing method FIFO/);
  expect(formatExact(q.unitCost("F", "2023-01-01")!, 2)).toBe("10.00");
  expect(formatExact(q.revaluableQuantity("F", "2023-01-01"))).toBe("2");
});
