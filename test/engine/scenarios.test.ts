// Behaviour beyond the seeds' tables: rounding in the pool, returns, transfers, negative inventory,
// expected cost, production output, posting dates of adjustments. Amounts compared as decimal strings.
import { adjustCostItemEntries, inventoryAsOf, replayLedger, valuationPeriod, dec } from "../../src/engine";
import { ledgerInput } from "./ledgerBuilder";
import { adjusted, costByEntry, replayed, valuationDateOf } from "./helpers";
import { formatExact } from "../../src/engine/money";

test("average pool: 3 units for 10.00 sold one by one leaves nothing behind", () => {
  const c = costByEntry(
    adjusted(
      ledgerInput({
        period: "Day",
        steps: [
          { ile: 1, date: "2024-01-01", type: "Purchase", qty: "3", cost: "10.00" },
          { ile: 2, date: "2024-01-01", type: "Sale", qty: "-1", cost: "-3.00" },
          { ile: 3, date: "2024-01-01", type: "Sale", qty: "-1", cost: "-3.00" },
          { ile: 4, date: "2024-01-01", type: "Sale", qty: "-1", cost: "-3.00" },
        ],
      }),
    ),
  );
  expect([c[2], c[3], c[4]]).toEqual(["-3.33", "-3.34", "-3.33"]);
});

test("FIFO: 3 units for 10.00 sold one by one; the rounding residual is posted as a Rounding entry", () => {
  const r = adjustCostItemEntries(
    replayed(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [
          { ile: 1, date: "2024-01-01", type: "Purchase", qty: "3", cost: "10.00" },
          { ile: 2, date: "2024-01-02", type: "Sale", qty: "-1", cost: "-3.00" },
          { ile: 3, date: "2024-01-03", type: "Sale", qty: "-1", cost: "-3.00" },
          { ile: 4, date: "2024-01-04", type: "Sale", qty: "-1", cost: "-3.00" },
        ],
      }),
    ),
  );
  const c = costByEntry(r.ledger);
  expect([c[1], c[2], c[3], c[4]]).toEqual(["9.99", "-3.33", "-3.33", "-3.33"]);
  const rounding = r.newValueEntries.find((v) => v.entryType === "Rounding")!;
  expect([rounding.itemLedgerEntryNo, formatExact(rounding.costAmountActual, 2), rounding.adjustment]).toEqual([
    1,
    "-0.01",
    false,
  ]);
  expect(adjustCostItemEntries(r.ledger).newValueEntries).toHaveLength(0);
});

test("LIFO takes the latest receipt first", () => {
  const c = costByEntry(
    adjusted(
      ledgerInput({
        items: [{ no: "L", method: "LIFO" }],
        steps: [
          { ile: 1, date: "2024-01-01", type: "Purchase", qty: "1", cost: "10.00" },
          { ile: 2, date: "2024-01-02", type: "Purchase", qty: "1", cost: "12.00" },
          { ile: 3, date: "2024-01-03", type: "Sale", qty: "-1", cost: "-11.00" },
        ],
      }),
    ),
  );
  expect(c[3]).toBe("-12.00");
});

test("a sales return applied from its sale receives the sale's adjusted cost", () => {
  const ledger = adjusted(
    ledgerInput({
      items: [{ no: "F", method: "FIFO" }],
      steps: [
        { ile: 1, date: "2024-01-01", type: "Purchase", qty: "2", cost: "30.00" },
        { ile: 2, date: "2024-01-02", type: "Sale", qty: "-2", cost: "-20.00" },
        { ile: 3, date: "2024-01-05", type: "Sale", qty: "1", cost: "10.00", appliesTo: 2 },
      ],
    }),
  );
  const c = costByEntry(ledger);
  expect([c[2], c[3]]).toEqual(["-30.00", "15.00"]);
});

test("transfer at calc type Item & Location & Variant: receipt gets the shipment's average", () => {
  const ledger = adjusted(
    ledgerInput({
      period: "Day",
      calcType: "Item & Location & Variant",
      steps: [
        { ile: 1, date: "2024-01-01", type: "Purchase", qty: "1", cost: "10.00", loc: "A" },
        { ile: 2, date: "2024-01-01", type: "Purchase", qty: "1", cost: "20.00", loc: "A" },
        { ile: 3, date: "2024-01-02", type: "Transfer", qty: "-1", cost: "-10.00", loc: "A", doc: "T1" },
        { ile: 4, date: "2024-01-02", type: "Transfer", qty: "1", cost: "10.00", loc: "B", doc: "T1" },
        { ile: 5, date: "2024-01-03", type: "Sale", qty: "-1", cost: "-10.00", loc: "B" },
      ],
    }),
  );
  const c = costByEntry(ledger);
  expect([c[3], c[4], c[5]]).toEqual(["-15.00", "15.00", "-15.00"]);
  const rows = inventoryAsOf(ledger, "2024-12-31", { byLocation: true });
  expect(rows.map((r) => [r.locationCode, formatExact(r.quantity), formatExact(r.value, 2)])).toEqual([
    ["A", "1", "15.00"],
    ["B", "0", "0.00"],
  ]);
});

test("transfer at calc type Item is neutral for the item's average", () => {
  const c = costByEntry(
    adjusted(
      ledgerInput({
        period: "Day",
        calcType: "Item",
        steps: [
          { ile: 1, date: "2024-01-01", type: "Purchase", qty: "1", cost: "10.00", loc: "A" },
          { ile: 2, date: "2024-01-01", type: "Purchase", qty: "1", cost: "20.00", loc: "B" },
          { ile: 3, date: "2024-01-02", type: "Transfer", qty: "-1", cost: "-10.00", loc: "A", doc: "T1" },
          { ile: 4, date: "2024-01-02", type: "Transfer", qty: "1", cost: "10.00", loc: "B", doc: "T1" },
          { ile: 5, date: "2024-01-02", type: "Sale", qty: "-1", cost: "-10.00", loc: "B" },
        ],
      }),
    ),
  );
  expect([c[3], c[4], c[5]]).toEqual(["-15.00", "15.00", "-15.00"]);
});

test("negative inventory: the sale moves to the covering receipt's date and takes its cost", () => {
  const ledger = adjusted(
    ledgerInput({
      period: "Day",
      steps: [
        { ile: 1, date: "2024-01-05", type: "Sale", qty: "-1", cost: "-8.00" },
        { ile: 2, date: "2024-01-10", type: "Purchase", qty: "1", cost: "12.00" },
      ],
    }),
  );
  expect(valuationDateOf(ledger, 1)).toBe("2024-01-10");
  expect(costByEntry(ledger)[1]).toBe("-12.00");
});

test("expected cost: a receipt not yet invoiced counts at its expected cost; the sale is adjusted as expected", () => {
  const r = adjustCostItemEntries(
    replayed(
      ledgerInput({
        period: "Day",
        steps: [
          { ile: 1, date: "2024-01-01", type: "Purchase", qty: "2", cost: "30.00", expected: true },
          { ile: 2, date: "2024-01-01", type: "Sale", qty: "-1", cost: "-10.00", expected: true },
        ],
      }),
    ),
  );
  expect(
    r.newValueEntries.map((v) => [
      formatExact(v.costAmountExpected, 2),
      formatExact(v.costAmountActual, 2),
      v.expectedCost,
    ]),
  ).toEqual([["-5.00", "0.00", true]]);
});

test("production: output carries what the order consumed", () => {
  const c = costByEntry(
    adjusted(
      ledgerInput({
        items: [
          { no: "LINK", method: "FIFO" },
          { no: "CHAIN", method: "FIFO" },
        ],
        steps: [
          { ile: 1, item: "LINK", date: "2020-01-01", type: "Purchase", qty: "150", cost: "150.00" },
          { ile: 2, item: "LINK", date: "2020-02-01", type: "Consumption", qty: "-150", cost: "-140.00", order: "PO1" },
          { ile: 3, item: "CHAIN", date: "2020-02-15", type: "Output", qty: "1", cost: "100.00", order: "PO1" },
        ],
      }),
    ),
  );
  expect([c[2], c[3]]).toEqual(["-150.00", "150.00"]);
});

test("adjustments before Allow Posting From are posted on that date, valued on the original date", () => {
  const r = adjustCostItemEntries(
    replayed(
      ledgerInput({
        period: "Day",
        allowPostingFrom: "2024-02-01",
        steps: [
          { ile: 1, date: "2024-01-01", type: "Purchase", qty: "2", cost: "30.00" },
          { ile: 2, date: "2024-01-01", type: "Sale", qty: "-1", cost: "-10.00" },
        ],
      }),
    ),
  );
  expect(r.newValueEntries.map((v) => [v.postingDate, v.valuationDate, formatExact(v.costAmountActual, 2)])).toEqual([
    ["2024-02-01", "2024-01-01", "-5.00"],
  ]);
});

describe("average cost periods", () => {
  const s = (period: "Week" | "Month" | "Quarter" | "Year" | "Accounting Period") => ({
    setup: {
      averageCostPeriod: period,
      averageCostCalcType: "Item" as const,
      amountRoundingPrecision: dec("0.01"),
      unitAmountRoundingPrecision: dec("0.00001"),
      allowPostingFrom: "",
    },
    accountingPeriods: [],
  });
  test.each([
    ["Week", "2024-01-03", "2024-01-01", "2024-01-07"],
    ["Month", "2024-02-10", "2024-02-01", "2024-02-29"],
    ["Quarter", "2024-05-10", "2024-04-01", "2024-06-30"],
    ["Year", "2024-05-10", "2024-01-01", "2024-12-31"],
    ["Accounting Period", "2024-05-10", "2024-05-01", "2024-05-31"],
  ] as const)("%s holding %s", (period, date, start, end) => {
    expect(valuationPeriod(date, s(period))).toEqual({ start, end });
  });
  test("a week is split at a fiscal-year start", () => {
    const fy = (startingDate: string) => ({
      startingDate,
      name: "",
      newFiscalYear: true,
      closed: false,
      dateLocked: false,
      averageCostPeriod: "Week" as const,
      averageCostCalcType: "Item" as const,
    });
    const settings = { ...s("Week"), accountingPeriods: [fy("2023-07-01"), fy("2024-07-01")] };
    // 2024-07-01 is a Monday; take 2025-07-01 (Tuesday) instead
    const settings2 = { ...s("Week"), accountingPeriods: [fy("2024-07-01"), fy("2025-07-01")] };
    expect(valuationPeriod("2025-06-30", settings2)).toEqual({ start: "2025-06-30", end: "2025-06-30" });
    expect(valuationPeriod("2025-07-03", settings2)).toEqual({ start: "2025-07-01", end: "2025-07-06" });
    expect(valuationPeriod("2024-07-03", settings)).toEqual({ start: "2024-07-01", end: "2024-07-07" });
  });
});

test("item-level transfers closing negative inventory leave no value at quantity 0 (found by property 1)", () => {
  const day = "2024-01-02";
  const ledger = adjusted(
    ledgerInput({
      period: "Day",
      calcType: "Item",
      items: [{ no: "I1", method: "Average" }],
      steps: [
        { ile: 1, date: day, type: "Positive Adjmt.", qty: "8", cost: "0.08", loc: "GREEN" },
        { ile: 2, date: day, type: "Negative Adjmt.", qty: "-6", cost: "-0.06", loc: "BLUE" },
        { ile: 4, date: day, type: "Negative Adjmt.", qty: "-20", cost: "-0.20", loc: "BLUE" },
        { ile: 5, date: day, type: "Positive Adjmt.", qty: "57", cost: "2001.84", loc: "RED" },
        { ile: 6, date: day, type: "Negative Adjmt.", qty: "-8", cost: "-280.96", loc: "RED" },
        { ile: 7, date: day, type: "Negative Adjmt.", qty: "-29", cost: "-1018.48", loc: "RED" },
        { ile: 8, date: day, type: "Transfer", qty: "-20", cost: "-702.40", loc: "RED", doc: "T8" },
        { ile: 9, date: day, type: "Transfer", qty: "20", cost: "702.40", loc: "GREEN", doc: "T8" },
        { ile: 11, date: day, type: "Negative Adjmt.", qty: "-2", cost: "-70.24", loc: "BLUE" },
        { ile: 12, date: day, type: "Transfer", qty: "-28", cost: "-983.36", loc: "GREEN", doc: "T12" },
        { ile: 13, date: day, type: "Transfer", qty: "28", cost: "983.36", loc: "BLUE", doc: "T12" },
      ],
    }),
  );
  const [row] = inventoryAsOf(ledger, "2024-12-31");
  expect([formatExact(row.quantity), formatExact(row.value, 2)]).toEqual(["0", "0.00"]);
  const c = costByEntry(ledger);
  expect([c[8], c[9]]).toEqual(["-616.00", "616.00"]); // 20 units at the day's average 30.80
});

test("Specific: a sale takes the cost of the lot it names, not the oldest receipt", () => {
  const c = costByEntry(
    adjusted(
      ledgerInput({
        items: [{ no: "S", method: "Specific" }],
        steps: [
          { ile: 1, date: "2024-01-01", type: "Purchase", qty: "1", cost: "10.00", lot: "L1" },
          { ile: 2, date: "2024-01-02", type: "Purchase", qty: "1", cost: "14.00", lot: "L2" },
          { ile: 3, date: "2024-01-03", type: "Sale", qty: "-1", cost: "-12.00", lot: "L2" },
        ],
      }),
    ),
  );
  expect(c[3]).toBe("-14.00");
});

test("LIFO: a receipt covering negative inventory closes the latest open sale first (found in review)", () => {
  const ledger = adjusted(
    ledgerInput({
      items: [{ no: "L", method: "LIFO" }],
      steps: [
        { ile: 1, date: "2024-01-01", type: "Sale", qty: "-1", cost: "0" },
        { ile: 2, date: "2024-01-02", type: "Sale", qty: "-1", cost: "0" },
        { ile: 3, date: "2024-01-03", type: "Purchase", qty: "1", cost: "10.00" },
        { ile: 4, date: "2024-01-04", type: "Purchase", qty: "1", cost: "20.00" },
      ],
    }),
  );
  const c = costByEntry(ledger);
  expect([c[1], c[2]]).toEqual(["-20.00", "-10.00"]);
  expect([valuationDateOf(ledger, 1), valuationDateOf(ledger, 2)]).toEqual(["2024-01-04", "2024-01-03"]);
});

describe("average cost with a revaluation inside the period (revaluation points; found in review)", () => {
  const base = [
    { ile: 1, date: "2024-01-02", type: "Purchase" as const, qty: "10", cost: "100.00" },
    { ile: 2, date: "2024-01-20", type: "Sale" as const, qty: "-2", cost: "-20.00" },
  ];
  const costOfSale = (steps: Parameters<typeof ledgerInput>[0]["steps"]) =>
    costByEntry(adjusted(ledgerInput({ period: "Month", steps })))[2];
  test("a revaluation posted after the sale is not in its average, whatever its date", () => {
    expect(
      costOfSale([...base, { value: "Revaluation", ileNo: 1, date: "2024-01-10", cost: "50.00", valuedQty: "10" }]),
    ).toBe("-20.00");
  });
  test("nor is a receipt posted after that revaluation", () => {
    expect(
      costOfSale([
        ...base,
        { value: "Revaluation", ileNo: 1, date: "2024-01-31", cost: "40.00", valuedQty: "8" },
        { ile: 3, date: "2024-01-25", type: "Purchase", qty: "10", cost: "300.00" },
      ]),
    ).toBe("-20.00");
  });
  test("a revaluation posted before the sale is in it", () => {
    const steps = [
      base[0],
      { value: "Revaluation" as const, ileNo: 1, date: "2024-01-10", cost: "50.00", valuedQty: "10" },
      base[1],
    ];
    expect(costOfSale(steps)).toBe("-30.00");
  });
});

describe("Average Cost Calc. Type changed between fiscal years (found in review)", () => {
  const year = (startingDate: string, calcType: "Item" | "Item & Location & Variant") => ({
    startingDate,
    name: startingDate.slice(0, 4),
    newFiscalYear: true,
    closed: false,
    dateLocked: false,
    averageCostPeriod: "Day" as const,
    averageCostCalcType: calcType,
  });
  const steps = [
    { ile: 1, date: "2023-06-01", type: "Purchase" as const, qty: "10", cost: "100.00", loc: "A" },
    { ile: 2, date: "2023-06-01", type: "Purchase" as const, qty: "10", cost: "300.00", loc: "B" },
    { ile: 3, date: "2024-02-01", type: "Sale" as const, qty: "-1", cost: "-7.00", loc: "A" },
  ];
  test("Item, then Item & Location & Variant: the location opens with the item's value times its share", () => {
    const c = costByEntry(
      adjusted(
        ledgerInput({
          steps,
          accountingPeriods: [year("2023-01-01", "Item"), year("2024-01-01", "Item & Location & Variant")],
        }),
      ),
    );
    expect(c[3]).toBe("-20.00"); // 20 units for 400.00 at item level; A holds 10 of them: 200.00 / 10
  });
  test("Item & Location & Variant, then Item: the item-level year sums everything from the beginning", () => {
    const c = costByEntry(
      adjusted(
        ledgerInput({
          steps,
          accountingPeriods: [year("2023-01-01", "Item & Location & Variant"), year("2024-01-01", "Item")],
        }),
      ),
    );
    expect(c[3]).toBe("-20.00");
  });
});

test("a fiscal year without an Average Cost Period is a problem found before anything runs", () => {
  const input = ledgerInput({
    steps: [{ ile: 1, date: "2024-01-02", type: "Purchase", qty: "1", cost: "1.00" }],
    accountingPeriods: [
      {
        startingDate: "2024-01-01",
        name: "2024",
        newFiscalYear: true,
        closed: false,
        dateLocked: false,
        averageCostPeriod: null,
        averageCostCalcType: "Item",
      },
    ],
  });
  const r = replayLedger(input);
  expect(r.ledger).toBeNull();
  expect(r.problems.map((p) => p.message)).toEqual([
    'Accounting Periods, column "Average Cost Period": the fiscal year starting 2024-01-01 has no Average Cost Period. ' +
      "Business Central takes the average cost period of a date from its fiscal year: fill in Average Cost Period (for example Day or Month) on that row.",
  ]);
});
