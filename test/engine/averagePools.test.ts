// Average cost per location and variant (Average Cost Calc. Type Item & Location & Variant, Business Central's
// default), asked without a location or variant: every pool of the item is answered (averageCostPools), a single
// answer is refused naming them (AveragePoolsError); codes in any case; the explanation marks backdated values and
// breaks the opening down (Average Cost Calc. Overview). Amounts as exact decimal strings.
import {
  AveragePoolsError,
  LedgerError,
  LedgerQueries,
  averageCostAt,
  averageCostPools,
  explainAverageCost,
  explainAverageCostPools,
  type AverageCostAnswer,
  type Ledger,
  type PoolLine,
} from "../../src/engine";
import { formatExact } from "../../src/engine/money";
import { ledgerInput } from "./ledgerBuilder";
import { replayed } from "./helpers";
import { ITEM, locationScenario } from "./locationScenario";

const shown = (a: AverageCostAnswer) => [
  a.locationCode,
  a.variantCode,
  formatExact(a.quantity),
  formatExact(a.value, 2),
  a.unitCost === null ? null : formatExact(a.unitCost, 5),
];

const line = (l: PoolLine) => [
  l.itemLedgerEntryNo,
  l.kind,
  formatExact(l.quantity),
  formatExact(l.value, 2),
  l.backdated,
];

const ledger: Ledger = replayed(ledgerInput(locationScenario({ green: true })));

describe("averageCostPools: each pool the question names", () => {
  test("no location: every location and variant valued by the period's end, each with its average", () => {
    const jan = averageCostPools(ledger, { itemNo: ITEM, date: "2025-01-15" });
    expect(jan.named).toBe(false);
    expect(jan.pools.map(shown)).toEqual([
      ["BLUE", "", "4", "100.00", "25.00000"],
      ["RED", "", "2", "27.00", "13.50000"],
      ["RED", "V1", "3", "10.00", "3.33333"],
    ]);
    // GREEN has entries from March on: in March's list, not in January's.
    const march = averageCostPools(ledger, { itemNo: ITEM, date: "2025-03-31" });
    expect(march.pools.map((p) => `${p.locationCode}/${p.variantCode}`)).toEqual(["BLUE/", "GREEN/", "RED/", "RED/V1"]);
    expect(march.pools.map(shown)[1]).toEqual(["GREEN", "", "1", "5.00", "5.00000"]);
  });

  test("February: BLUE opens with 3 / 75.00 after the backdated receipt, its sale takes 25.00", () => {
    const feb = averageCostPools(ledger, { itemNo: ITEM, date: "2025-02-15" });
    expect(feb.pools.map(shown)).toEqual([
      ["BLUE", "", "3", "75.00", "25.00000"],
      ["RED", "", "1", "13.50", "13.50000"],
      ["RED", "V1", "3", "10.00", "3.33333"],
    ]);
  });

  test("a location without its variant: the variants there; with both, one pool, in any case", () => {
    const red = averageCostPools(ledger, { itemNo: ITEM, date: "2025-01-15", locationCode: "red" });
    expect(red.named).toBe(false);
    expect(red.pools.map(shown)).toEqual([
      ["RED", "", "2", "27.00", "13.50000"],
      ["RED", "V1", "3", "10.00", "3.33333"],
    ]);
    const v1 = averageCostPools(ledger, {
      itemNo: "avg-loc",
      date: "2025-01-15",
      locationCode: "red",
      variantCode: "v1",
    });
    expect(v1.named).toBe(true);
    expect(v1.pools.map(shown)).toEqual([["RED", "V1", "3", "10.00", "3.33333"]]);
    // The blank variant by its name in lists, "(blank)", or as "".
    for (const variantCode of ["(blank)", ""])
      expect(
        shown(averageCostAt(ledger, { itemNo: ITEM, date: "2025-01-15", locationCode: "RED", variantCode })),
      ).toEqual(["RED", "", "2", "27.00", "13.50000"]);
    // BLUE has no variants: its one pool.
    expect(shown(averageCostAt(ledger, { itemNo: ITEM, date: "2025-01-15", locationCode: "Blue" }))).toEqual([
      "BLUE",
      "",
      "4",
      "100.00",
      "25.00000",
    ]);
    // GREEN asked in January: its pool, with nothing in it yet.
    expect(shown(averageCostAt(ledger, { itemNo: ITEM, date: "2025-01-15", locationCode: "GREEN" }))).toEqual([
      "GREEN",
      "",
      "0",
      "0.00",
      null,
    ]);
  });

  test("a single average asked without the location is refused, naming the pools to choose from", () => {
    const ask = (locationCode?: string) => () =>
      averageCostAt(ledger, { itemNo: ITEM, date: "2025-01-15", ...(locationCode ? { locationCode } : {}) });
    expect(ask()).toThrow(AveragePoolsError);
    expect(ask()).toThrow(
      "Item AVG-LOC's average cost is calculated per location and variant (Average Cost Calc. Type Item & Location & " +
        "Variant): give a location and a variant, one of: location BLUE variant (blank); location RED variant " +
        "(blank); location RED variant V1.",
    );
    expect(ask("RED")).toThrow(
      "Item AVG-LOC's average cost is calculated per location and variant (Average Cost Calc. Type Item & Location & " +
        "Variant): give a variant at location RED: (blank), V1.",
    );
    const noVariants = replayed(ledgerInput(locationScenario({ variants: false })));
    expect(() => explainAverageCost(noVariants, { itemNo: ITEM, date: "2025-01-15" })).toThrow(
      "Item AVG-LOC's average cost is calculated per location and variant (Average Cost Calc. Type Item & Location & " +
        "Variant): give a location: BLUE, RED.",
    );
  });

  test("a location or variant the item has no entries at is refused, naming the item's", () => {
    expect(() => averageCostPools(ledger, { itemNo: ITEM, date: "2025-01-15", locationCode: "YELLOW" })).toThrow(
      "Item AVG-LOC has no entries at location YELLOW. Its locations are BLUE, GREEN, RED: give one of them.",
    );
    expect(() =>
      averageCostPools(ledger, { itemNo: ITEM, date: "2025-01-15", locationCode: "BLUE", variantCode: "V1" }),
    ).toThrow(
      "Item AVG-LOC has no entries of variant V1 at location BLUE. Its variants there are (blank): give one of them.",
    );
    expect(() => averageCostPools(ledger, { itemNo: ITEM, date: "2025-01-15", variantCode: "V9" })).toThrow(
      LedgerError,
    );
  });

  test("with Calc. Type Item the item's one pool, location and variant or not", () => {
    const item = replayed(ledgerInput({ ...locationScenario(), calcType: "Item" }));
    for (const q of [{}, { locationCode: "BLUE" }, { locationCode: "NOWHERE", variantCode: "X" }]) {
      const r = averageCostPools(item, { itemNo: ITEM, date: "2025-01-15", ...q });
      expect(r.named).toBe(true);
      // (40 + 24 + 50 + 10 + 3 + 10) / (2 + 2 + 1 + 1 + 3) = 137.00 / 9
      expect(r.pools.map(shown)).toEqual([["", "", "9", "137.00", "15.22222"]]);
    }
  });

  test("LedgerQueries answers the same pools, and refuses the same way", () => {
    const q = LedgerQueries.build(ledger);
    for (const date of ["2025-01-15", "2025-02-15", "2025-03-31"])
      for (const asked of [
        {},
        { locationCode: "red" },
        { locationCode: "RED", variantCode: "v1" },
        { locationCode: "GREEN" },
      ]) {
        const want = averageCostPools(ledger, { itemNo: ITEM, date, ...asked });
        const got = q.averageCostPools({ itemNo: ITEM, date, ...asked });
        expect([got.named, got.pools.map(shown)]).toEqual([want.named, want.pools.map(shown)]);
      }
    expect(() => q.averageCost({ itemNo: ITEM, date: "2025-01-15" })).toThrow(AveragePoolsError);
    expect(() => q.averageCost({ itemNo: ITEM, date: "2025-01-15", locationCode: "RED" })).toThrow(
      "give a variant at location RED: (blank), V1.",
    );
    // Quantity and value take location and variant codes in any case too.
    expect(formatExact(q.inventory(ITEM, "2025-01-31", { locationCode: "blue" }).quantity)).toBe("3");
    expect(formatExact(q.inventory(ITEM, "2025-01-31", { locationCode: "red", variantCode: "v1" }).value, 2)).toBe(
      "10.00",
    );
    expect(formatExact(q.revaluableQuantity(ITEM, "2025-01-31", { locationCode: "red" }))).toBe("4");
  });
});

describe("explainAverageCost: backdated values marked, the opening broken down", () => {
  test("January at BLUE: the receipt of 01-20 posted after February's sale is marked in the period", () => {
    const r = explainAverageCost(ledger, { itemNo: ITEM, date: "2025-01-15", locationCode: "BLUE" });
    expect(r.opening).toEqual({ quantity: 0n, value: 0n, sources: [], backdated: [], leftOut: null });
    expect(r.lines.map(line)).toEqual([
      [1, "inbound", "2", "40.00", null],
      [3, "outbound, averaged", "-1", "-25.00", null],
      [4, "inbound", "1", "50.00", null],
      [
        6,
        "inbound",
        "1",
        "10.00",
        {
          valueEntryNo: 6,
          postingDate: "2025-01-20",
          valuationDate: "2025-01-20",
          postedAfter: { itemLedgerEntryNo: 5, valuationDate: "2025-02-03" },
        },
      ],
    ]);
    expect([formatExact(r.closing.quantity), formatExact(r.closing.value, 2)]).toEqual(["3", "75.00"]);
  });

  test("February at BLUE: the opening by source, the backdated receipt among it on its own line", () => {
    const r = explainAverageCost(ledger, { itemNo: ITEM, date: "2025-02-15", locationCode: "BLUE" });
    expect([formatExact(r.opening.quantity), formatExact(r.opening.value, 2)]).toEqual(["3", "75.00"]);
    expect(
      r.opening.sources.map((s) => [
        s.source,
        s.entries,
        formatExact(s.quantity),
        formatExact(s.value, 2),
        s.firstValuationDate,
        s.lastValuationDate,
      ]),
    ).toEqual([
      ["inbounds", 3, "4", "100.00", "2025-01-05", "2025-01-20"],
      ["outbounds", 1, "-1", "-25.00", "2025-01-10", "2025-01-10"],
    ]);
    expect(r.opening.backdated.map(line)).toEqual([
      [
        6,
        "inbound",
        "1",
        "10.00",
        {
          valueEntryNo: 6,
          postingDate: "2025-01-20",
          valuationDate: "2025-01-20",
          postedAfter: { itemLedgerEntryNo: 5, valuationDate: "2025-02-03" },
        },
      ],
    ]);
    expect(r.lines.map(line)).toEqual([[5, "outbound, averaged", "-1", "-25.00", null]]);
    expect(formatExact(r.unitCost!, 5)).toBe("25.00000");
  });

  test("RED: the freight posted after RED's sale of 01-08, valued on the receipt's date, is backdated", () => {
    const freight = {
      valueEntryNo: 8,
      postingDate: "2025-02-10",
      valuationDate: "2025-01-06",
      postedAfter: { itemLedgerEntryNo: 7, valuationDate: "2025-01-08" },
    };
    const jan = explainAverageCost(ledger, { itemNo: ITEM, date: "2025-01-15", locationCode: "RED", variantCode: "" });
    expect(jan.lines.map(line)).toEqual([
      [2, "inbound", "2", "27.00", freight],
      [7, "outbound, averaged", "-1", "-13.50", null],
    ]);
    // In February it is in the opening: on its own line, only the freight's value.
    const feb = explainAverageCost(ledger, { itemNo: ITEM, date: "2025-02-15", locationCode: "RED", variantCode: "" });
    expect(
      feb.opening.sources.map((s) => [s.source, s.entries, formatExact(s.quantity), formatExact(s.value, 2)]),
    ).toEqual([
      ["inbounds", 1, "2", "27.00"],
      ["outbounds", 1, "-1", "-13.50"],
    ]);
    expect(feb.opening.backdated.map(line)).toEqual([[2, "inbound", "0", "3.00", freight]]);
    expect(feb.lines).toEqual([]);
    // RED V1's receipt, posted after BLUE's sale of 02-03 and RED's of 01-08, is not backdated: those are other pools'.
    const v1 = explainAverageCost(ledger, { itemNo: ITEM, date: "2025-01-15", locationCode: "RED", variantCode: "V1" });
    expect(v1.lines.map(line)).toEqual([[8, "inbound", "3", "10.00", null]]);
  });

  test("a value entry valued before its posting date with nothing later posted before it is not backdated", () => {
    const l = replayed(
      ledgerInput({
        period: "Day",
        steps: [
          { ile: 1, date: "2025-01-01", type: "Purchase", qty: "2", cost: "20.00" },
          { value: "Item Charge", ileNo: 1, date: "2025-01-15", cost: "8.00" },
          { ile: 2, date: "2025-02-01", type: "Sale", qty: "-1", cost: "-10.00" },
        ],
      }),
    );
    const r = explainAverageCost(l, { itemNo: "ITEM1", date: "2025-02-01" });
    expect(r.opening.backdated).toEqual([]);
    expect(r.lines.map(line)).toEqual([[2, "outbound, averaged", "-1", "-14.00", null]]);
  });

  test("explainAverageCostPools without a location explains every pool", () => {
    const r = explainAverageCostPools(ledger, { itemNo: ITEM, date: "2025-02-15" });
    expect(r.named).toBe(false);
    expect(r.pools.map((p) => [p.locationCode, p.variantCode, formatExact(p.opening.value, 2)])).toEqual([
      ["BLUE", "", "75.00"],
      ["RED", "", "13.50"],
      ["RED", "V1", "10.00"],
    ]);
  });

  test("an outbound of an earlier period still open is left out of the opening, and said so", () => {
    const l = replayed(
      ledgerInput({
        period: "Day",
        steps: [
          { ile: 1, date: "2025-01-01", type: "Purchase", qty: "1", cost: "10.00" },
          { ile: 2, date: "2025-01-02", type: "Sale", qty: "-2", cost: "-20.00" },
        ],
      }),
    );
    const r = explainAverageCost(l, { itemNo: "ITEM1", date: "2025-01-03" });
    expect(r.opening.sources.map((s) => [s.source, formatExact(s.quantity), formatExact(s.value, 2)])).toEqual([
      ["inbounds", "1", "10.00"],
    ]);
    expect(
      r.opening.leftOut && [
        r.opening.leftOut.entries,
        formatExact(r.opening.leftOut.quantity),
        formatExact(r.opening.leftOut.value, 2),
      ],
    ).toEqual([1, "-2", "-20.00"]);
    expect(formatExact(r.unitCost!, 5)).toBe("10.00000");
  });
});
