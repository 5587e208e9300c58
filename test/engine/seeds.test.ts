// The worked examples of the design documents (shared/seeds) and costing-engine.md §14, exact to the cent.
import { adjustCostItemEntries, averageCostAt, averageCostEntryPoints, inventoryAsOf } from "../../src/engine";
import { Scenario, ledgerInput } from "./ledgerBuilder";
import { adjusted, costByEntry, replayed, valuationDateOf } from "./helpers";
import { formatExact } from "../../src/engine/money";

const avgLedger = (period: "Day" | "Month"): Scenario => ({
  period,
  calcType: "Item",
  steps: [
    { ile: 1, date: "2023-01-01", type: "Purchase", qty: "1", cost: "20.00", loc: "BLUE" },
    { ile: 2, date: "2023-01-01", type: "Purchase", qty: "1", cost: "40.00", loc: "BLUE" },
    { ile: 3, date: "2023-01-01", type: "Sale", qty: "-1", cost: "-20.00", loc: "BLUE" },
    { ile: 4, date: "2023-02-01", type: "Sale", qty: "-1", cost: "-40.00", loc: "BLUE" },
    { ile: 5, date: "2023-02-02", type: "Purchase", qty: "1", cost: "100.00", loc: "BLUE" },
    { ile: 6, date: "2023-02-03", type: "Sale", qty: "-1", cost: "-100.00", loc: "BLUE" },
  ],
});

describe("A1/S1 average cost, period Day", () => {
  const result = adjustCostItemEntries(replayed(ledgerInput(avgLedger("Day"))));
  test("sales valued at the day's average", () => {
    const c = costByEntry(result.ledger);
    expect([c[3], c[4], c[6]]).toEqual(["-30.00", "-30.00", "-100.00"]);
  });
  test("adjustment entries as Business Central writes them", () => {
    expect(
      result.newValueEntries.map((v) => [
        v.itemLedgerEntryNo,
        formatExact(v.costAmountActual, 2),
        v.postingDate,
        v.adjustment,
        v.appliesToEntry,
      ]),
    ).toEqual([
      [3, "-10.00", "2023-01-01", true, 3],
      [4, "10.00", "2023-02-01", true, 4],
    ]);
  });
  test("a second run adds nothing", () => {
    expect(adjustCostItemEntries(result.ledger).newValueEntries).toHaveLength(0);
  });
});

describe("A2/S2 average cost, period Month", () => {
  const result = adjustCostItemEntries(replayed(ledgerInput(avgLedger("Month"))));
  test("January and February averages", () => {
    const c = costByEntry(result.ledger);
    expect([c[3], c[4], c[6]]).toEqual(["-30.00", "-65.00", "-65.00"]);
  });
  test("adjustments -10, -25, +35", () => {
    expect(result.newValueEntries.map((v) => [v.itemLedgerEntryNo, formatExact(v.costAmountActual, 2)])).toEqual([
      [3, "-10.00"],
      [4, "-25.00"],
      [6, "35.00"],
    ]);
  });
  test("average cost of February is 65.00 over 2 units", () => {
    const a = averageCostAt(result.ledger, { itemNo: "ITEM1", date: "2023-02-10" });
    expect(a.period).toEqual({ start: "2023-02-01", end: "2023-02-28" });
    expect(formatExact(a.unitCost!, 2)).toBe("65.00");
    expect(formatExact(a.quantity)).toBe("2");
  });
});

describe("A3/S3 recalculating average cost after a backdated receipt", () => {
  const s: Scenario = {
    period: "Day",
    calcType: "Item",
    steps: [
      { ile: 1, date: "2020-01-01", type: "Purchase", qty: "1", cost: "10.00" },
      { ile: 2, date: "2020-01-02", type: "Purchase", qty: "1", cost: "20.00" },
      { ile: 3, date: "2020-02-15", type: "Sale", qty: "-1", cost: "-15.00" },
      { ile: 4, date: "2020-02-16", type: "Sale", qty: "-1", cost: "-15.00" },
    ],
  };
  test("before the late receipt both sales cost 15.00", () => {
    const c = costByEntry(adjusted(ledgerInput(s)));
    expect([c[3], c[4]]).toEqual(["-15.00", "-15.00"]);
  });
  test("after it both cost 17.00", () => {
    const first = adjustCostItemEntries(replayed(ledgerInput(s))).ledger;
    const late = ledgerInput({
      ...s,
      steps: [...s.steps, { ile: 5, date: "2020-01-03", type: "Purchase", qty: "1", cost: "21.00" }],
    });
    const withLate = replayed({
      ...late,
      valueEntries: [
        ...late.valueEntries.slice(0, 4),
        ...first.valueEntries.slice(4).map((v) => ({ ...v, entryNo: v.entryNo + 1 })),
        { ...late.valueEntries[4], entryNo: 5 },
      ],
    });
    const c = costByEntry(adjustCostItemEntries(withLate).ledger);
    expect([c[3], c[4]]).toEqual(["-17.00", "-17.00"]);
  });
});

describe("A4/S12 setting the valuation date", () => {
  const s: Scenario = {
    items: [{ no: "ITEM1", method: "FIFO" }],
    steps: [
      { ile: 1, date: "2020-01-01", type: "Purchase", qty: "2", cost: "20.00" },
      { value: "Item Charge", ileNo: 1, date: "2020-01-15", cost: "8.00" },
      { ile: 2, date: "2020-02-01", type: "Sale", qty: "-1", cost: "-14.00" },
      { value: "Revaluation", ileNo: 1, date: "2020-03-01", cost: "-4.00", valuedQty: "1" },
      { ile: 3, date: "2020-02-01", type: "Sale", qty: "-1", cost: "-10.00" },
    ],
  };
  const ledger = adjusted(ledgerInput(s));
  test("valuation dates: charge at the receipt, late sale at the revaluation", () => {
    expect(ledger.valueEntries[1].valuationDate).toBe("2020-01-01");
    expect(valuationDateOf(ledger, 2)).toBe("2020-02-01");
    expect(ledger.valueEntries[3].valuationDate).toBe("2020-03-01");
    expect(valuationDateOf(ledger, 3)).toBe("2020-03-01");
  });
  test("late sale costs 10.00; quantity 0, value 0", () => {
    const c = costByEntry(ledger);
    expect([c[2], c[3]]).toEqual(["-14.00", "-10.00"]);
    const [row] = inventoryAsOf(ledger, "2020-12-31");
    expect([formatExact(row.quantity), formatExact(row.value, 2)]).toEqual(["0", "0.00"]);
  });
});

describe("R1/S13 revaluation A–F, FIFO", () => {
  const s: Scenario = {
    items: [{ no: "ITEM1", method: "FIFO" }],
    steps: [
      { ile: 1, date: "2020-01-01", type: "Purchase", qty: "6", cost: "60.00" },
      { ile: 2, date: "2020-02-01", type: "Sale", qty: "-1", cost: "-10.00" },
      { ile: 3, date: "2020-03-01", type: "Sale", qty: "-1", cost: "-10.00" },
      { ile: 4, date: "2020-04-01", type: "Sale", qty: "-1", cost: "-10.00" },
      { value: "Revaluation", ileNo: 1, date: "2020-03-01", cost: "-8.00", valuedQty: "4" },
      { ile: 5, date: "2020-02-01", type: "Sale", qty: "-1", cost: "-10.00" },
      { ile: 6, date: "2020-03-01", type: "Sale", qty: "-1", cost: "-10.00" },
      { ile: 7, date: "2020-04-01", type: "Sale", qty: "-1", cost: "-10.00" },
    ],
  };
  const result = adjustCostItemEntries(replayed(ledgerInput(s)));
  test("A, B not affected; C–F at 8.00", () => {
    const c = costByEntry(result.ledger);
    expect([2, 3, 4, 5, 6, 7].map((n) => c[n])).toEqual(["-10.00", "-10.00", "-8.00", "-8.00", "-8.00", "-8.00"]);
  });
  test("D takes the revaluation's valuation date", () => {
    expect(valuationDateOf(result.ledger, 5)).toBe("2020-03-01");
    expect(valuationDateOf(result.ledger, 4)).toBe("2020-04-01");
  });
  test("revaluation valued quantity 4, amount -8.00; everything sold leaves value 0", () => {
    const reval = result.ledger.valueEntries.find((v) => v.entryType === "Revaluation")!;
    expect([formatExact(reval.valuedQuantity), formatExact(reval.costAmountActual, 2)]).toEqual(["4", "-8.00"]);
    const [row] = inventoryAsOf(result.ledger, "2020-12-31");
    expect([formatExact(row.quantity), formatExact(row.value, 2)]).toEqual(["0", "0.00"]);
    expect(adjustCostItemEntries(result.ledger).newValueEntries).toHaveLength(0);
  });
});

describe("Avg. Cost Adjmt. Entry Points", () => {
  test("Day: one per posting day, blank location at calc type Item; all dirty before adjusting", () => {
    const points = averageCostEntryPoints(replayed(ledgerInput(avgLedger("Day"))));
    expect(points.map((p) => [p.valuationDate, p.locationCode, p.costIsAdjusted])).toEqual([
      ["2023-01-01", "", false],
      ["2023-02-01", "", false],
      ["2023-02-02", "", false],
      ["2023-02-03", "", false],
    ]);
  });
  test("Month: period ends 01-31 and 02-28; adjusted after Adjust Cost", () => {
    const ledger = replayed(ledgerInput(avgLedger("Month")));
    expect(averageCostEntryPoints(ledger).map((p) => p.valuationDate)).toEqual(["2023-01-31", "2023-02-28"]);
    const after = adjustCostItemEntries(ledger).ledger;
    expect(averageCostEntryPoints(after).every((p) => p.costIsAdjusted)).toBe(true);
  });
});
