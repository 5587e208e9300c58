// Revaluation (issue 3): Calculate Inventory Value, the journal's field rules, posting, and Adjust Cost forwarding
// the revaluation. Every expectation is derived from ../shared/seeds/design-details-revaluation.md and
// ../shared/spec/revaluation.md (§ numbers below), with the corrections of ../shared/spec/README.md. Amounts are
// compared as exact decimal strings (two places; unit costs five).
import {
  Ledger,
  RevaluationJournalLine,
  RevaluationProblem,
  adjustCostItemEntries,
  calculateInventoryValue,
  completeRevaluationLine,
  inventoryAsOf,
  postRevaluationJournal,
  previewRevaluation,
  revalueByPercent,
  withInventoryValueRevalued,
  withUnitCostRevalued,
} from "../../src/engine";
import { Scenario, ledgerInput } from "./ledgerBuilder";
import { adjusted, costByEntry, replayed, valuationDateOf } from "./helpers";
import { R, amt, appendPostings, d, nextVeNo, revaluationFields, unit, withPostings } from "./revaluationHelpers";
import { formatExact } from "../../src/engine/money";

/** Computed on first use, inside a test, so a failure is that test's failure and not the file's. */
function once<T>(f: () => T): () => T {
  let done = false;
  let v: T;
  return () => {
    if (!done) {
      v = f();
      done = true;
    }
    return v;
  };
}

const errors = (ps: readonly RevaluationProblem[]) => ps.filter((p) => p.severity === "error");

/** Calculate Inventory Value that must succeed: no refusal. */
function calc(ledger: Ledger, options: Parameters<typeof calculateInventoryValue>[1]): RevaluationJournalLine[] {
  const r = calculateInventoryValue(ledger, options);
  expect(errors(r.refusals).map((p) => p.message)).toEqual([]);
  return r.lines;
}

/** Posting that must succeed. */
function post(ledger: Ledger, lines: RevaluationJournalLine[], options?: { adjust?: boolean }) {
  const r = options ? postRevaluationJournal(ledger, lines, options) : postRevaluationJournal(ledger, lines);
  expect(errors(r.refusals).map((p) => p.message)).toEqual([]);
  expect(r.result).not.toBeNull();
  return r.result!;
}

const lineFields = (l: RevaluationJournalLine) => ({
  itemNo: l.itemNo,
  postingDate: l.postingDate,
  locationCode: l.locationCode,
  variantCode: l.variantCode,
  appliesToEntry: l.appliesToEntry,
  quantity: formatExact(l.quantity),
  unitCostCalculated: unit(l.unitCostCalculated),
  inventoryValueCalculated: amt(l.inventoryValueCalculated),
  unitCostRevalued: unit(l.unitCostRevalued),
  inventoryValueRevalued: amt(l.inventoryValueRevalued),
  amount: amt(l.amount),
  inventoryValuePer: l.inventoryValuePer,
  partialRevaluation: l.partialRevaluation,
});

// ---------------------------------------------------------------------------------------------------------------
// 1. The revaluation example A–F (design-details-revaluation.md; revaluation.md §6 S2; spec README R1)
// ---------------------------------------------------------------------------------------------------------------
describe("R1 revaluation example A–F (FIFO, partial revaluation)", () => {
  const s: Scenario = {
    items: [{ no: "ITEM1", method: "FIFO" }],
    steps: [
      { ile: 1, date: "2020-01-01", type: "Purchase", qty: "6", cost: "60.00" },
      { ile: 2, date: "2020-02-01", type: "Sale", qty: "-1", cost: "-10.00" }, // A
      { ile: 3, date: "2020-03-01", type: "Sale", qty: "-1", cost: "-10.00" }, // B
      { ile: 4, date: "2020-04-01", type: "Sale", qty: "-1", cost: "-10.00" }, // C
    ],
  };
  const before = adjusted(ledgerInput(s));

  test("Calculate Inventory Value per Item on 03-01: quantity 4 (C dated 04-01 not subtracted), 40.00 at 10.00", () => {
    const lines = calc(before, { postingDate: "2020-03-01", documentNo: "REV1", calculatePer: "Item" });
    expect(lines.map(lineFields)).toEqual([
      {
        itemNo: "ITEM1",
        postingDate: "2020-03-01",
        locationCode: "",
        variantCode: "",
        appliesToEntry: 0,
        quantity: "4",
        unitCostCalculated: "10.00000",
        inventoryValueCalculated: "40.00",
        unitCostRevalued: "10.00000", // blank Calculation Base: IVR = IVC, Unit Cost (Revalued) = Round(IVR / Q)
        inventoryValueRevalued: "40.00",
        amount: "0.00",
        inventoryValuePer: "Item",
        partialRevaluation: true,
      },
    ]);
    expect(lines[0].documentNo).toBe("REV1");
    expect(lines[0].lineNo).toBe(10000);
    expect(lines[0].entryType).toBe("Positive Adjmt."); // §1.5: a per-Item line is a Positive Adjmt. line
  });

  const revalued = once(() =>
    withUnitCostRevalued(
      calc(before, { postingDate: "2020-03-01", documentNo: "REV1", calculatePer: "Item" })[0],
      d(8),
      R,
    ),
  );

  test("Unit Cost (Revalued) 8.00 gives Inventory Value (Revalued) 32.00 and Amount -8.00", () => {
    expect([unit(revalued().unitCostRevalued), amt(revalued().inventoryValueRevalued), amt(revalued().amount)]).toEqual(
      ["8.00000", "32.00", "-8.00"],
    );
  });

  const posted = once(() => post(before, [revalued()]));

  test("posting writes one revaluation value entry on the purchase: valued quantity 4, -8.00, dated 03-01 (§3.3)", () => {
    expect(posted().revaluationEntries.map(revaluationFields)).toEqual([
      {
        entryType: "Revaluation",
        itemLedgerEntryNo: 1,
        postingDate: "2020-03-01",
        valuationDate: "2020-03-01",
        valuedQuantity: "4",
        invoicedQuantity: "0",
        itemLedgerEntryQuantity: "0",
        costAmountActual: "-8.00",
        costAmountExpected: "0.00",
        partialRevaluation: true,
        adjustment: false,
        appliesToEntry: 0,
      },
    ]);
    const v = posted().revaluationEntries[0];
    expect(unit(v.costPerUnit!)).toBe("-2.00000");
    expect(v.entryNo).toBe(5);
    expect(v.documentNo).toBe("REV1");
    expect([posted().postedLines, posted().skippedLines, amt(posted().totalAmount)]).toEqual([1, 0, "-8.00"]);
  });

  test("Adjust Cost forwards it to C (earlier entry, later date) only: +2.00 on C, A and B stay -10.00 (§4.1)", () => {
    expect(
      posted().adjustmentEntries.map((v) => [
        v.itemLedgerEntryNo,
        amt(v.costAmountActual),
        v.postingDate,
        v.valuationDate,
        v.adjustment,
      ]),
    ).toEqual([[4, "2.00", "2020-04-01", "2020-04-01", true]]);
    const c = costByEntry(posted().ledger);
    expect([c[1], c[2], c[3], c[4]]).toEqual(["52.00", "-10.00", "-10.00", "-8.00"]);
  });

  test("inventory as of 03-01 is the revalued 4 × 8.00 = 32.00", () => {
    const [row] = inventoryAsOf(posted().ledger, "2020-03-01");
    expect([formatExact(row.quantity), amt(row.value)]).toEqual(["4", "32.00"]);
  });

  // Spec README: the document prints D–F at -10 with +2 adjustments, BC may post them at -8 already; compare totals.
  describe.each([
    ["as the document posts them (-10.00)", "-10.00"],
    ["as Business Central's test posts them (-8.00)", "-8.00"],
  ])("late sales D (02-01), E (03-01), F (04-01) posted after the revaluation, %s", (_, cost) => {
    const late = () => {
      const { input, ileNos } = appendPostings(posted().ledger, [
        { item: "ITEM1", date: "2020-02-01", type: "Sale", qty: "-1", cost },
        { item: "ITEM1", date: "2020-03-01", type: "Sale", qty: "-1", cost },
        { item: "ITEM1", date: "2020-04-01", type: "Sale", qty: "-1", cost },
      ]);
      expect(ileNos).toEqual([5, 6, 7]);
      return adjustCostItemEntries(replayed(input)).ledger;
    };

    test("A, B -10.00; C, D, E, F -8.00 in total", () => {
      const c = costByEntry(late());
      expect([2, 3, 4, 5, 6, 7].map((n) => c[n])).toEqual(["-10.00", "-10.00", "-8.00", "-8.00", "-8.00", "-8.00"]);
    });
    test("D takes the revaluation's valuation date 03-01 (§3.4); E 03-01; F 04-01", () => {
      const l = late();
      expect([5, 6, 7].map((n) => valuationDateOf(l, n))).toEqual(["2020-03-01", "2020-03-01", "2020-04-01"]);
    });
    test("as of 03-01: 2 units at 8.00; at the end nothing is left and its value is 0.00; a second Adjust Cost adds nothing", () => {
      const l = late();
      const [mid] = inventoryAsOf(l, "2020-03-01");
      expect([formatExact(mid.quantity), amt(mid.value)]).toEqual(["2", "16.00"]);
      const [end] = inventoryAsOf(l, "2020-12-31");
      expect([formatExact(end.quantity), amt(end.value)]).toEqual(["0", "0.00"]);
      expect(adjustCostItemEntries(l).newValueEntries).toHaveLength(0);
    });
  });

  test("preview shows the posting's entries and changes without changing the ledger", () => {
    const count = before.valueEntries.length;
    const p = previewRevaluation(before, [revalued()]);
    expect(errors(p.refusals)).toEqual([]);
    expect(before.valueEntries).toHaveLength(count);
    const pv = p.preview!;
    expect(pv.revaluationEntries.map(revaluationFields)).toEqual(posted().revaluationEntries.map(revaluationFields));
    expect(pv.adjustmentEntries.map((v) => [v.itemLedgerEntryNo, amt(v.costAmountActual)])).toEqual([[4, "2.00"]]);
    // PreviewItem (revaluationPreview.ts): inventory on the journal's posting date by valuation date, cost of goods
    // sold over the whole ledger as a positive amount; months by the value entries' posting date.
    expect(
      pv.items.map((i) => [
        i.itemNo,
        amt(i.inventoryBefore),
        amt(i.inventoryAfter),
        amt(i.cogsBefore),
        amt(i.cogsAfter),
      ]),
    ).toEqual([["ITEM1", "40.00", "32.00", "30.00", "28.00"]]);
    expect(pv.months.map((m) => [m.itemNo, m.month, amt(m.inventoryValueChange), amt(m.cogsChange)])).toEqual([
      ["ITEM1", "2020-03", "-8.00", "0.00"],
      ["ITEM1", "2020-04", "2.00", "-2.00"],
    ]);
    const total = pv.months.filter((x) => x.itemNo === "ITEM1").reduce((a, x) => a + x.inventoryValueChange, 0n);
    expect(amt(total)).toBe("-6.00");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. White Paper Test 1 (revaluation.md §6 S1; spec README A4)
// ---------------------------------------------------------------------------------------------------------------
describe("S1 White Paper Test 1: revaluation of non-WIP inventory with an item charge", () => {
  const before = adjusted(
    ledgerInput({
      items: [{ no: "WP1", method: "FIFO" }],
      steps: [
        { ile: 1, date: "2003-01-01", type: "Purchase", qty: "2", cost: "20.00" },
        { value: "Item Charge", ileNo: 1, date: "2003-01-15", cost: "8.00" },
        { ile: 2, date: "2003-02-01", type: "Sale", qty: "-1", cost: "-10.00" },
      ],
    }),
  );

  test("the charge is valued on the receipt's date and the sale adjusted to -14.00", () => {
    expect(before.valueEntries[1].valuationDate).toBe("2003-01-01");
    expect(costByEntry(before)[2]).toBe("-14.00");
  });

  const lines = once(() => calc(before, { postingDate: "2003-03-01", documentNo: "WP", calculatePer: "Item" }));

  test("per Item on 03-01: quantity 1, 14.00 (charge included)", () => {
    expect(
      lines().map((l) => [formatExact(l.quantity), amt(l.inventoryValueCalculated), unit(l.unitCostCalculated)]),
    ).toEqual([["1", "14.00", "14.00000"]]);
  });

  test("revalued to 10.00: revaluation -4.00, valued quantity 1, valuation date 03-01; the late sale then costs 10.00", () => {
    const line = withUnitCostRevalued(lines()[0], d(10), R);
    expect(amt(line.amount)).toBe("-4.00");
    const r = post(before, [line]);
    expect(
      r.revaluationEntries.map((v) => [
        v.itemLedgerEntryNo,
        formatExact(v.valuedQuantity),
        amt(v.costAmountActual),
        v.postingDate,
        v.valuationDate,
      ]),
    ).toEqual([[1, "1", "-4.00", "2003-03-01", "2003-03-01"]]);
    // S1 VE 6: sale 1 dated 02-01, posted after the revaluation at the item's unit cost then (14.00)
    const { input } = appendPostings(r.ledger, [
      { item: "WP1", date: "2003-02-01", type: "Sale", qty: "-1", cost: "-14.00" },
    ]);
    const l = adjusted(input);
    expect(valuationDateOf(l, 3)).toBe("2003-03-01");
    const c = costByEntry(l);
    expect([c[2], c[3]]).toEqual(["-14.00", "-10.00"]);
    const [end] = inventoryAsOf(l, "2003-12-31");
    expect([formatExact(end.quantity), amt(end.value)]).toEqual(["0", "0.00"]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Standard cost with expected cost (design-details "Expected Cost in Revaluation"; revaluation.md §5; README R2)
// ---------------------------------------------------------------------------------------------------------------
describe("R2 standard-cost chain: 150 links received at 2.00, revalued to 3.00, then invoiced", () => {
  const before = adjusted(
    ledgerInput({
      items: [{ no: "LINK", method: "Standard", standardCost: "2.00", unitCost: "2.00" }],
      steps: [{ ile: 1, date: "2020-01-15", type: "Purchase", qty: "150", cost: "300.00", expected: true }],
    }),
  );
  const options = { postingDate: "2020-01-20", documentNo: "REV-STD", updateStandardCost: true } as const;

  test("per Item includes the receipt not yet invoiced, at its expected cost (§1.3)", () => {
    const lines = calc(before, { ...options, calculatePer: "Item" });
    expect(
      lines.map((l) => [
        l.itemNo,
        formatExact(l.quantity),
        amt(l.inventoryValueCalculated),
        unit(l.unitCostCalculated),
        l.updateStandardCost,
      ]),
    ).toEqual([["LINK", "150", "300.00", "2.00000", true]]);
  });

  test("per Item Ledger Entry does not: the receipt is not completely invoiced (§1.3, §7.1)", () => {
    const r = calculateInventoryValue(before, {
      postingDate: "2020-01-20",
      documentNo: "REV-STD",
      calculatePer: "Item Ledger Entry",
    });
    expect(r.lines).toEqual([]);
    expect(errors(r.refusals)).toEqual([]);
  });

  const posted = once(() =>
    post(before, [withUnitCostRevalued(calc(before, { ...options, calculatePer: "Item" })[0], d(3), R)]),
  );

  test("revalued to 3.00: the revaluation is expected cost +150.00, actual 0.00 (§3.2 Applied Amount, §3.3)", () => {
    expect(posted().revaluationEntries.map(revaluationFields)).toEqual([
      {
        entryType: "Revaluation",
        itemLedgerEntryNo: 1,
        postingDate: "2020-01-20",
        valuationDate: "2020-01-20",
        valuedQuantity: "150",
        invoicedQuantity: "0",
        itemLedgerEntryQuantity: "0",
        costAmountActual: "0.00",
        costAmountExpected: "150.00",
        partialRevaluation: true,
        adjustment: false,
        appliesToEntry: 0,
      },
    ]);
    const [row] = inventoryAsOf(posted().ledger, "2020-01-20");
    expect([formatExact(row.quantity), amt(row.costAmountActual), amt(row.costAmountExpected)]).toEqual([
      "150",
      "0.00",
      "450.00",
    ]);
  });

  test("Update Standard Cost: the item's standard cost (and so its unit cost) becomes 3.00 (§3.2 UpdateStdCost)", () => {
    expect(posted().updatedItems.map((i) => [i.no, amt(i.standardCost), amt(i.unitCost)])).toEqual([
      ["LINK", "3.00", "3.00"],
    ]);
    const item = posted().ledger.items.get("LINK")!;
    expect([amt(item.standardCost!), amt(item.unitCost)]).toEqual(["3.00", "3.00"]);
  });

  test("the invoice as Business Central posts it: inventory actual 450.00, expected 0.00 (README: the code's split)", () => {
    const reval = posted().revaluationEntries[0];
    const n = nextVeNo(posted().ledger);
    const input = withPostings(posted().ledger, {
      ves: [
        // 3.a Direct Cost: actual = invoiced amount 300.00, expected reversed
        {
          entryNo: n,
          itemLedgerEntryNo: 1,
          postingDate: "2020-01-15",
          entryType: "Direct Cost",
          costAmountActual: d("300.00"),
          costAmountExpected: d("-300.00"),
          valuedQuantity: d(150),
          invoicedQuantity: d(150),
          itemLedgerEntryQuantity: d(0),
          expectedCost: false,
          adjustment: false,
        },
        // 3.b balancing Revaluation: expected -150.00, applies to the revaluation, dated at its valuation date
        {
          entryNo: n + 1,
          itemLedgerEntryNo: 1,
          postingDate: "2020-01-15",
          valuationDate: "2020-01-20",
          entryType: "Revaluation",
          costAmountActual: d(0),
          costAmountExpected: d("-150.00"),
          valuedQuantity: d(150),
          invoicedQuantity: d(0),
          itemLedgerEntryQuantity: d(0),
          appliesToEntry: reval.entryNo,
          expectedCost: false,
          adjustment: false,
        },
        // 3.c Variance: standard after the revaluation (3.00 × 150) − invoiced 300.00
        {
          entryNo: n + 2,
          itemLedgerEntryNo: 1,
          postingDate: "2020-01-15",
          entryType: "Variance",
          costAmountActual: d("150.00"),
          costAmountExpected: d(0),
          valuedQuantity: d(150),
          invoicedQuantity: d(0),
          itemLedgerEntryQuantity: d(0),
          expectedCost: false,
          adjustment: false,
        },
      ],
    });
    const invoiced = replayed(input);
    expect(invoiced.itemLedgerEntries[0].completelyInvoiced).toBe(true);
    for (const l of [invoiced, adjustCostItemEntries(invoiced).ledger]) {
      for (const date of ["2020-01-20", "2020-12-31"]) {
        const [row] = inventoryAsOf(l, date);
        expect([date, formatExact(row.quantity), amt(row.costAmountActual), amt(row.costAmountExpected)]).toEqual([
          date,
          "150",
          "450.00",
          "0.00",
        ]);
      }
    }
    expect(adjustCostItemEntries(invoiced).newValueEntries).toHaveLength(0);
    // and the inventory value calculated afterwards is the revalued standard: 150 × 3.00
    const after = calc(invoiced, { postingDate: "2020-01-31", documentNo: "X", calculatePer: "Item" });
    expect(after.map((l) => [formatExact(l.quantity), amt(l.inventoryValueCalculated)])).toEqual([["150", "450.00"]]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 4. WIP chain (design-details "Example" of WIP; README R3)
// ---------------------------------------------------------------------------------------------------------------
describe("R3 WIP chain: links consumed into a production order, chain output", () => {
  test("the document's chain: output CHAIN carries the links' 150.00 after Adjust Cost", () => {
    const l = adjusted(
      ledgerInput({
        items: [
          { no: "LINK", method: "Standard", standardCost: "1.00", unitCost: "1.00" },
          { no: "CHAIN", method: "FIFO" },
        ],
        steps: [
          { ile: 1, item: "LINK", date: "2020-01-01", type: "Purchase", qty: "150", cost: "150.00", expected: true }, // 1Q
          { value: "Invoice", ileNo: 1, date: "2020-01-15", cost: "150.00", expected: "-150.00" }, // 1V
          { ile: 2, item: "LINK", date: "2020-02-01", type: "Consumption", qty: "-150", cost: "-150.00", order: "PO1" }, // 2Q+2V
          { ile: 3, item: "CHAIN", date: "2020-02-15", type: "Output", qty: "1", cost: "0", order: "PO1" }, // 3Q
        ],
      }),
    );
    const c = costByEntry(l);
    expect([c[1], c[2], c[3]]).toEqual(["150.00", "-150.00", "150.00"]);
    expect([valuationDateOf(l, 1), valuationDateOf(l, 2), valuationDateOf(l, 3)]).toEqual([
      "2020-01-01",
      "2020-02-01",
      "2020-02-15",
    ]);
    expect(l.valueEntries[1].valuationDate).toBe("2020-01-01"); // 1V: the invoice is valued on the receipt's date
    // "Now an item using the Standard costing method is available for revaluation": received, not invoiced on 01-10
    const perItem = calc(l, { postingDate: "2020-01-10", documentNo: "W", calculatePer: "Item", itemNos: ["LINK"] });
    expect(perItem.map((x) => [formatExact(x.quantity), amt(x.inventoryValueCalculated)])).toEqual([["150", "150.00"]]);
    // per entry only once invoiced (on 01-15); the consumption dated 02-01 is not subtracted on 01-20
    expect(
      calc(l, { postingDate: "2020-01-10", documentNo: "W", calculatePer: "Item Ledger Entry", itemNos: ["LINK"] }),
    ).toEqual([]);
    const perEntry = calc(l, {
      postingDate: "2020-01-20",
      documentNo: "W",
      calculatePer: "Item Ledger Entry",
      itemNos: ["LINK"],
    });
    expect(
      perEntry.map((x) => [
        x.appliesToEntry,
        x.entryType,
        formatExact(x.quantity),
        amt(x.inventoryValueCalculated),
        x.inventoryValuePer,
        x.partialRevaluation,
      ]),
    ).toEqual([[1, "Purchase", "150", "150.00", "", true]]);
    // once consumed, the links are WIP, no longer inventory
    expect(calc(l, { postingDate: "2020-02-01", documentNo: "W", calculatePer: "Item", itemNos: ["LINK"] })).toEqual(
      [],
    );
  });

  test("links revalued before their consumption date: the consumption and the chain's output take the new cost", () => {
    const l = adjusted(
      ledgerInput({
        items: [
          { no: "LINK", method: "FIFO" },
          { no: "CHAIN", method: "FIFO" },
        ],
        steps: [
          { ile: 1, item: "LINK", date: "2020-01-01", type: "Purchase", qty: "150", cost: "150.00" },
          { ile: 2, item: "LINK", date: "2020-02-01", type: "Consumption", qty: "-150", cost: "-150.00", order: "PO1" },
          { ile: 3, item: "CHAIN", date: "2020-02-15", type: "Output", qty: "1", cost: "0", order: "PO1" },
        ],
      }),
    );
    expect(costByEntry(l)[3]).toBe("150.00");
    const lines = calc(l, { postingDate: "2020-01-20", documentNo: "W", calculatePer: "Item" });
    // the CHAIN output (posted 02-15) is not inventory on 01-20; LINK still is, whole (consumption dated 02-01)
    expect(lines.map((x) => [x.itemNo, formatExact(x.quantity), amt(x.inventoryValueCalculated)])).toEqual([
      ["LINK", "150", "150.00"],
    ]);
    const r = post(l, [withUnitCostRevalued(lines[0], d("1.2"), R)]);
    expect(amt(r.totalAmount)).toBe("30.00");
    const c = costByEntry(r.ledger);
    expect([c[1], c[2], c[3]]).toEqual(["180.00", "-180.00", "180.00"]);
    const rows = inventoryAsOf(r.ledger, "2020-12-31");
    expect(rows.map((x) => [x.itemNo, formatExact(x.quantity), amt(x.value)])).toEqual([
      ["CHAIN", "1", "180.00"],
      ["LINK", "0", "0.00"],
    ]);
    expect(amt(inventoryAsOf(r.ledger, "2020-01-20", { itemNos: ["LINK"] })[0].value)).toBe("180.00");
    expect(adjustCostItemEntries(r.ledger).newValueEntries).toHaveLength(0);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 5. Refusals (revaluation.md §1.2, §2, §3.1; issue 3 "every refusal has a test that checks its message")
// ---------------------------------------------------------------------------------------------------------------
describe("refusals", () => {
  const avg = (calcType: "Item" | "Item & Location & Variant" = "Item"): Scenario => ({
    period: "Month",
    calcType,
    items: [{ no: "AVG", method: "Average" }],
    steps: [
      { ile: 1, date: "2020-01-05", type: "Purchase", qty: "10", cost: "100.00", loc: "BLUE" },
      { ile: 2, date: "2020-01-10", type: "Purchase", qty: "10", cost: "120.00", loc: "BLUE" },
      { ile: 3, date: "2020-01-20", type: "Sale", qty: "-5", cost: "-50.00", loc: "BLUE" },
    ],
  });
  const refusedFor = (r: { lines: RevaluationJournalLine[]; refusals: RevaluationProblem[] }, item: string) => {
    expect(r.lines.filter((l) => l.itemNo === item)).toEqual([]);
    return errors(r.refusals).map((p) => p.message);
  };

  test("Average item, Calculate Per Item Ledger Entry", () => {
    const r = calculateInventoryValue(adjusted(ledgerInput(avg())), {
      postingDate: "2020-01-31",
      documentNo: "R",
      calculatePer: "Item Ledger Entry",
    });
    const m = refusedFor(r, "AVG");
    expect(m.some((x) => /Costing Method Average/i.test(x) && /Item Ledger Entry/.test(x))).toBe(true);
  });

  test("Average item per Item on a date that is not the end of its average cost period names the allowed date", () => {
    const l = adjusted(ledgerInput(avg()));
    const m = refusedFor(
      calculateInventoryValue(l, { postingDate: "2020-01-15", documentNo: "R", calculatePer: "Item" }),
      "AVG",
    );
    expect(m.some((x) => x.includes("AVG") && x.includes("2020-01-31"))).toBe(true);
    // the end of the period is allowed
    expect(calc(l, { postingDate: "2020-01-31", documentNo: "R", calculatePer: "Item" })).toHaveLength(1);
  });

  test("Average item not adjusted: run Adjust Cost first", () => {
    const m = refusedFor(
      calculateInventoryValue(replayed(ledgerInput(avg())), {
        postingDate: "2020-01-31",
        documentNo: "R",
        calculatePer: "Item",
      }),
      "AVG",
    );
    expect(m.some((x) => x.includes("AVG") && /Adjust Cost/i.test(x))).toBe(true);
  });

  test("Average item with Average Cost Calc. Type Item: By Location and a Location Filter are refused", () => {
    const l = adjusted(ledgerInput(avg()));
    const byLoc = refusedFor(
      calculateInventoryValue(l, {
        postingDate: "2020-01-31",
        documentNo: "R",
        calculatePer: "Item",
        byLocation: true,
      }),
      "AVG",
    );
    expect(byLoc.some((x) => /By Location/.test(x))).toBe(true);
    const filter = refusedFor(
      calculateInventoryValue(l, {
        postingDate: "2020-01-31",
        documentNo: "R",
        calculatePer: "Item",
        locationFilter: ["BLUE"],
      }),
      "AVG",
    );
    expect(filter.some((x) => /location (and variant )?filters?/i.test(x))).toBe(true);
  });

  test("Average item with calc type Item & Location & Variant needs By Location and By Variant (or filters)", () => {
    const l = adjusted(ledgerInput(avg("Item & Location & Variant")));
    for (const o of [{}, { byLocation: true }, { byVariant: true }]) {
      const m = refusedFor(
        calculateInventoryValue(l, { postingDate: "2020-01-31", documentNo: "R", calculatePer: "Item", ...o }),
        "AVG",
      );
      expect(m.some((x) => /By Location/.test(x) && /By Variant/.test(x))).toBe(true);
    }
    const lines = calc(l, {
      postingDate: "2020-01-31",
      documentNo: "R",
      calculatePer: "Item",
      byLocation: true,
      byVariant: true,
    });
    expect(
      lines.map((x) => [
        x.locationCode,
        x.variantCode,
        formatExact(x.quantity),
        amt(x.inventoryValueCalculated),
        x.inventoryValuePer,
      ]),
    ).toEqual([["BLUE", "", "15", "165.00", "Location and Variant"]]);
  });

  test('an open outbound entry on or before the date: "Open Outbound Entry 1 found"', () => {
    const l = adjusted(
      ledgerInput({
        items: [{ no: "NEG", method: "FIFO" }],
        steps: [
          { ile: 1, date: "2020-01-05", type: "Sale", qty: "-2", cost: "-20.00" },
          { ile: 2, date: "2020-01-10", type: "Purchase", qty: "1", cost: "10.00" },
        ],
      }),
    );
    const m = refusedFor(
      calculateInventoryValue(l, { postingDate: "2020-01-20", documentNo: "R", calculatePer: "Item" }),
      "NEG",
    );
    expect(m.some((x) => x.includes("Open Outbound Entry 1 found"))).toBe(true);
    // dated after the date: no refusal (and nothing on inventory yet)
    const early = calculateInventoryValue(l, { postingDate: "2020-01-04", documentNo: "R", calculatePer: "Item" });
    expect([early.lines, errors(early.refusals)]).toEqual([[], []]);
  });

  test("blank document no.", () => {
    const l = adjusted(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [{ ile: 1, date: "2020-01-01", type: "Purchase", qty: "1", cost: "1.00" }],
      }),
    );
    const r = calculateInventoryValue(l, { postingDate: "2020-01-31", documentNo: "", calculatePer: "Item" });
    expect(r.lines).toEqual([]);
    expect(errors(r.refusals).some((p) => /document n(o\.|umber)/i.test(p.message))).toBe(true);
  });

  describe("a journal calculated before a sale dated on or before its date is stale (§3.1, §3.2)", () => {
    const base = adjusted(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [{ ile: 1, date: "2020-01-01", type: "Purchase", qty: "10", cost: "100.00" }],
      }),
    );
    test.each(["Item", "Item Ledger Entry"] as const)("per %s", (per) => {
      const lines = calc(base, { postingDate: "2020-01-31", documentNo: "R", calculatePer: per }).map((l) =>
        withUnitCostRevalued(l, d(12), R),
      );
      expect(lines.map((l) => [formatExact(l.quantity), amt(l.amount)])).toEqual([["10", "20.00"]]);
      const stale = replayed(
        appendPostings(base, [{ item: "F", date: "2020-01-15", type: "Sale", qty: "-2", cost: "-20.00" }]).input,
      );
      const r = postRevaluationJournal(stale, lines);
      expect(r.result).toBeNull();
      expect(errors(r.refusals).some((p) => /calculate the inventory value again/i.test(p.message))).toBe(true);
      // a sale dated after the revaluation date does not make the journal stale
      const later = replayed(
        appendPostings(base, [{ item: "F", date: "2020-02-05", type: "Sale", qty: "-2", cost: "-20.00" }]).input,
      );
      expect(amt(post(later, lines).totalAmount)).toBe("20.00");
    });
  });

  test("Applies-to Entry on an Average item already revalued by Calculate Inventory Value", () => {
    const l = adjusted(ledgerInput(avg()));
    const [line] = calc(l, { postingDate: "2020-01-31", documentNo: "R", calculatePer: "Item" });
    const r = post(l, [withUnitCostRevalued(line, d(12), R)]);
    const c = completeRevaluationLine(r.ledger, { lineNo: 10000, itemNo: "AVG", appliesToEntry: 1 });
    expect(c.line).toBeNull();
    expect(
      errors(c.refusals).some((p) => /Calculate Inventory Value/.test(p.message) && /Applies-to Entry/.test(p.message)),
    ).toBe(true);
  });

  test("Applies-to Entry on an entry that is not completely invoiced", () => {
    const l = adjusted(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [{ ile: 1, date: "2020-01-01", type: "Purchase", qty: "2", cost: "20.00", expected: true }],
      }),
    );
    const c = completeRevaluationLine(l, { lineNo: 10000, itemNo: "F", appliesToEntry: 1 });
    expect(c.line).toBeNull();
    expect(errors(c.refusals).some((p) => /invoiced/i.test(p.message))).toBe(true);
  });

  test("Applies-to Entry on an outbound entry (must be positive, §2)", () => {
    const l = adjusted(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [
          { ile: 1, date: "2020-01-01", type: "Purchase", qty: "2", cost: "20.00" },
          { ile: 2, date: "2020-01-02", type: "Sale", qty: "-1", cost: "-10.00" },
        ],
      }),
    );
    const c = completeRevaluationLine(l, { lineNo: 10000, itemNo: "F", appliesToEntry: 2 });
    expect(c.line).toBeNull();
    expect(errors(c.refusals)).not.toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 6. Journal field rules (table 83; revaluation.md §2)
// ---------------------------------------------------------------------------------------------------------------
describe("journal line field rules (table 83)", () => {
  const base: RevaluationJournalLine = {
    lineNo: 10000,
    postingDate: "2020-01-31",
    documentNo: "R",
    itemNo: "F",
    variantCode: "",
    locationCode: "",
    entryType: "Positive Adjmt.",
    appliesToEntry: 0,
    quantity: d(3),
    unitCostCalculated: d("3.33333"),
    inventoryValueCalculated: d("10.00"),
    unitCostRevalued: d("3.33333"),
    inventoryValueRevalued: d("10.00"),
    amount: d(0),
    inventoryValuePer: "Item",
    partialRevaluation: true,
    appliedAmount: d(0),
    updateStandardCost: false,
  };

  test("Unit Cost (Revalued) typed: IVR = Round(U × Q, 0.01), Amount = IVR − IVC, the typed unit cost is kept", () => {
    const a = withUnitCostRevalued(base, d("3.33335"), R); // 10.00005
    expect([unit(a.unitCostRevalued), amt(a.inventoryValueRevalued), amt(a.amount)]).toEqual([
      "3.33335",
      "10.00",
      "0.00",
    ]);
    const b = withUnitCostRevalued(base, d("4.125"), R); // 12.375 → 12.38
    expect([unit(b.unitCostRevalued), amt(b.inventoryValueRevalued), amt(b.amount)]).toEqual([
      "4.12500",
      "12.38",
      "2.38",
    ]);
    const c = withUnitCostRevalued(base, d(0), R);
    expect([unit(c.unitCostRevalued), amt(c.inventoryValueRevalued), amt(c.amount)]).toEqual([
      "0.00000",
      "0.00",
      "-10.00",
    ]);
  });

  test("Inventory Value (Revalued) typed: Unit Cost (Revalued) = Round(IVR / Q, 0.00001)", () => {
    const a = withInventoryValueRevalued(base, d("11.00"), R);
    expect([unit(a.unitCostRevalued), amt(a.inventoryValueRevalued), amt(a.amount)]).toEqual([
      "3.66667",
      "11.00",
      "1.00",
    ]);
    const b = withInventoryValueRevalued(base, d("8.5"), R);
    expect([unit(b.unitCostRevalued), amt(b.inventoryValueRevalued), amt(b.amount)]).toEqual([
      "2.83333",
      "8.50",
      "-1.50",
    ]);
  });

  test("negative revalued values are refused (MinValue 0)", () => {
    expect(() => withUnitCostRevalued(base, d(-1), R)).toThrow();
    expect(() => withInventoryValueRevalued(base, d(-1), R)).toThrow();
  });

  test("a percentage change of Unit Cost (Calculated)", () => {
    const a = revalueByPercent(base, d(-10), R); // 3.33333 × 0.9 = 2.999997 → 3.00000
    expect([unit(a.unitCostRevalued), amt(a.inventoryValueRevalued), amt(a.amount)]).toEqual([
      "3.00000",
      "9.00",
      "-1.00",
    ]);
    const b = revalueByPercent(base, d(25), R); // 4.1666625 → 4.16666
    expect([unit(b.unitCostRevalued), amt(b.inventoryValueRevalued), amt(b.amount)]).toEqual([
      "4.16666",
      "12.50",
      "2.50",
    ]);
  });

  test("zero-amount lines post nothing and do not update the standard cost (§3.1)", () => {
    const l = adjusted(
      ledgerInput({
        items: [
          { no: "S", method: "Standard", standardCost: "5.00", unitCost: "5.00" },
          { no: "F", method: "FIFO" },
        ],
        steps: [
          { ile: 1, item: "S", date: "2020-01-01", type: "Purchase", qty: "4", cost: "20.00" },
          { ile: 2, item: "F", date: "2020-01-01", type: "Purchase", qty: "2", cost: "7.00" },
        ],
      }),
    );
    const lines = calc(l, {
      postingDate: "2020-01-31",
      documentNo: "R",
      calculatePer: "Item",
      updateStandardCost: true,
    });
    expect([...lines].sort((a, b) => (a.itemNo < b.itemNo ? -1 : 1)).map((x) => [x.itemNo, amt(x.amount)])).toEqual([
      ["F", "0.00"],
      ["S", "0.00"],
    ]);
    const r = post(l, lines);
    expect([
      r.postedLines,
      r.skippedLines,
      amt(r.totalAmount),
      r.revaluationEntries,
      r.adjustmentEntries,
      r.updatedItems,
    ]).toEqual([0, 2, "0.00", [], [], []]);
    expect(r.ledger.valueEntries).toHaveLength(l.valueEntries.length);
    expect(amt(r.ledger.items.get("S")!.standardCost!)).toBe("5.00");
  });

  describe("a hand-made line with Item No. and Applies-to Entry (§2 manual per-entry revaluation)", () => {
    // M: 3 @ 10.00 with a 1.00 item charge, one sold; 2 received at 20.00 expected and invoiced at 22.00;
    // then a per-Item revaluation to 8.00 on 01-10 (a partial revaluation on both receipts).
    const base = adjusted(
      ledgerInput({
        items: [{ no: "M", method: "FIFO" }],
        steps: [
          { ile: 1, date: "2020-01-01", type: "Purchase", qty: "3", cost: "10.00" },
          { ile: 2, date: "2020-01-02", type: "Sale", qty: "-1", cost: "-3.00" },
          { ile: 3, date: "2020-01-05", type: "Purchase", qty: "2", cost: "20.00", expected: true },
          { value: "Invoice", ileNo: 3, date: "2020-01-06", cost: "22.00", expected: "-20.00" },
          { value: "Item Charge", ileNo: 1, date: "2020-01-07", cost: "1.00" },
        ],
      }),
    );
    const perItem = once(() => calc(base, { postingDate: "2020-01-10", documentNo: "R", calculatePer: "Item" })[0]);

    test("the per-Item line: 4 units, Σ unrounded entry values 7.3333… + 22.00 = 29.33", () => {
      expect([
        formatExact(perItem().quantity),
        amt(perItem().inventoryValueCalculated),
        unit(perItem().unitCostCalculated),
      ]).toEqual(["4", "29.33", "7.33250"]);
      expect(costByEntry(base)[2]).toBe("-3.67");
    });

    const revalued = once(() => post(base, [withUnitCostRevalued(perItem(), d(8), R)]));

    test("posting per Item brings each entry to 8.00: +8.67 on the first, the last takes the rest (-6.00) (§3.2)", () => {
      expect(
        revalued().revaluationEntries.map((v) => [
          v.itemLedgerEntryNo,
          formatExact(v.valuedQuantity),
          amt(v.costAmountActual),
          v.valuationDate,
        ]),
      ).toEqual([
        [1, "2", "8.67", "2020-01-10"],
        [3, "2", "-6.00", "2020-01-10"],
      ]);
      expect(unit(revalued().revaluationEntries[0].costPerUnit!)).toBe("4.33500");
      expect(revalued().adjustmentEntries).toEqual([]); // the sale (earlier entry, earlier date) is not affected
      const [row] = inventoryAsOf(revalued().ledger, "2020-01-10");
      expect([formatExact(row.quantity), amt(row.value)]).toEqual(["4", "32.00"]);
    });

    test("completed like Business Central: the entry's date, its whole invoiced quantity, its actual cost without partial revaluations", () => {
      const one = completeRevaluationLine(revalued().ledger, { lineNo: 10000, itemNo: "M", appliesToEntry: 1 });
      expect(errors(one.refusals)).toEqual([]);
      expect(lineFields(one.line!)).toEqual({
        itemNo: "M",
        postingDate: "2020-01-01",
        locationCode: "",
        variantCode: "",
        appliesToEntry: 1,
        quantity: "3",
        unitCostCalculated: "3.66667",
        inventoryValueCalculated: "11.00", // 10.00 + 1.00 charge; the +8.67 partial revaluation left out
        unitCostRevalued: "3.66667",
        inventoryValueRevalued: "11.00",
        amount: "0.00",
        inventoryValuePer: "",
        partialRevaluation: false,
      });
      expect(one.line!.entryType).toBe("Purchase");
      const three = completeRevaluationLine(revalued().ledger, { lineNo: 20000, itemNo: "M", appliesToEntry: 3 });
      expect(errors(three.refusals)).toEqual([]);
      // expected cost (20.00 / -20.00) and the -6.00 partial revaluation left out
      expect([
        three.line!.postingDate,
        formatExact(three.line!.quantity),
        amt(three.line!.inventoryValueCalculated),
        amt(three.line!.inventoryValueRevalued),
      ]).toEqual(["2020-01-05", "2", "22.00", "22.00"]);
    });

    test("a manual revaluation reaches every applied decrease, whatever its date (§4.1)", () => {
      const { line } = completeRevaluationLine(revalued().ledger, { lineNo: 10000, itemNo: "M", appliesToEntry: 1 });
      const typed = withUnitCostRevalued({ ...line!, documentNo: "MAN1" }, d(4), R); // 12.00: +1.00 on the whole entry
      expect(amt(typed.amount)).toBe("1.00");
      const r = post(revalued().ledger, [typed]);
      expect(r.revaluationEntries.map(revaluationFields)).toEqual([
        {
          entryType: "Revaluation",
          itemLedgerEntryNo: 1,
          postingDate: "2020-01-01",
          valuationDate: "2020-01-01",
          valuedQuantity: "3",
          invoicedQuantity: "0",
          itemLedgerEntryQuantity: "0",
          costAmountActual: "1.00",
          costAmountExpected: "0.00",
          partialRevaluation: false,
          adjustment: false,
          appliesToEntry: 0,
        },
      ]);
      expect(unit(r.revaluationEntries[0].costPerUnit!)).toBe("0.33333");
      // the sale of 01-02: Round((10.00 + 1.00 + 1.00) × 1/3) = 4.00; the partial +8.67 still does not reach it
      expect(costByEntry(r.ledger)[2]).toBe("-4.00");
      expect(r.adjustmentEntries.map((v) => [v.itemLedgerEntryNo, amt(v.costAmountActual), v.postingDate])).toEqual([
        [2, "-0.33", "2020-01-02"],
      ]);
      const [row] = inventoryAsOf(r.ledger, "2020-01-10");
      expect([formatExact(row.quantity), amt(row.value)]).toEqual(["4", "32.67"]);
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 7. Posting a per-Item line over several entries (revaluation.md §3.2)
// ---------------------------------------------------------------------------------------------------------------
describe("per-Item lines spread over the entries (§3.2)", () => {
  test("3 @ 10.00 and 2 @ 13.00 revalued to 11.00: +3.00 and -4.00; a sale dated later takes 11.00", () => {
    const l = adjusted(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [
          { ile: 1, date: "2020-01-01", type: "Purchase", qty: "3", cost: "30.00" },
          { ile: 2, date: "2020-01-02", type: "Purchase", qty: "2", cost: "26.00" },
          { ile: 3, date: "2020-02-15", type: "Sale", qty: "-1", cost: "-10.00" },
        ],
      }),
    );
    const [line] = calc(l, { postingDate: "2020-01-31", documentNo: "R", calculatePer: "Item" });
    expect([formatExact(line.quantity), amt(line.inventoryValueCalculated), unit(line.unitCostCalculated)]).toEqual([
      "5",
      "56.00",
      "11.20000",
    ]);
    const typed = withUnitCostRevalued(line, d(11), R);
    expect([amt(typed.inventoryValueRevalued), amt(typed.amount)]).toEqual(["55.00", "-1.00"]);
    const r = post(l, [typed]);
    expect(
      r.revaluationEntries.map((v) => [v.itemLedgerEntryNo, formatExact(v.valuedQuantity), amt(v.costAmountActual)]),
    ).toEqual([
      [1, "3", "3.00"],
      [2, "2", "-4.00"],
    ]);
    const c = costByEntry(r.ledger);
    expect([c[1], c[2], c[3]]).toEqual(["33.00", "22.00", "-11.00"]);
    expect(amt(inventoryAsOf(r.ledger, "2020-01-31")[0].value)).toBe("55.00");
  });

  test("three single units 10.00, 10.00, 10.01 revalued to 31.00: rounding carried, the last takes the rest", () => {
    const l = adjusted(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [
          { ile: 1, date: "2020-01-01", type: "Purchase", qty: "1", cost: "10.00" },
          { ile: 2, date: "2020-01-02", type: "Purchase", qty: "1", cost: "10.00" },
          { ile: 3, date: "2020-01-03", type: "Purchase", qty: "1", cost: "10.01" },
        ],
      }),
    );
    const [line] = calc(l, { postingDate: "2020-01-31", documentNo: "R", calculatePer: "Item" });
    const typed = withInventoryValueRevalued(line, d("31.00"), R);
    expect([unit(typed.unitCostRevalued), amt(typed.amount)]).toEqual(["10.33333", "0.99"]);
    const r = post(l, [typed]);
    // 10.3333 − 10 = 0.3333 → 0.33 (carry +0.00333); 0.3333 + 0.00333 → 0.34 (carry −0.00333); last: 0.99 − 0.67
    expect(r.revaluationEntries.map((v) => [v.itemLedgerEntryNo, amt(v.costAmountActual), v.valuationDate])).toEqual([
      [1, "0.33", "2020-01-31"],
      [2, "0.34", "2020-01-31"],
      [3, "0.32", "2020-01-31"],
    ]);
    expect(amt(r.totalAmount)).toBe("0.99");
    const c = costByEntry(r.ledger);
    expect([c[1], c[2], c[3]]).toEqual(["10.33", "10.34", "10.33"]);
  });

  test("By Location: one line per location, Inventory Value Per = Location; each posted on its own entries", () => {
    const l = adjusted(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [
          { ile: 1, date: "2020-01-01", type: "Purchase", qty: "2", cost: "20.00", loc: "BLUE" },
          { ile: 2, date: "2020-01-01", type: "Purchase", qty: "1", cost: "15.00", loc: "RED" },
          { ile: 3, date: "2020-01-01", type: "Purchase", qty: "1", cost: "12.00" },
        ],
      }),
    );
    const lines = calc(l, { postingDate: "2020-01-31", documentNo: "R", calculatePer: "Item", byLocation: true });
    const sorted = [...lines].sort((a, b) => (a.locationCode < b.locationCode ? -1 : 1));
    expect(
      sorted.map((x) => [
        x.locationCode,
        formatExact(x.quantity),
        amt(x.inventoryValueCalculated),
        x.inventoryValuePer,
      ]),
    ).toEqual([
      ["", "1", "12.00", "Location"],
      ["BLUE", "2", "20.00", "Location"],
      ["RED", "1", "15.00", "Location"],
    ]);
    expect(lines.map((x) => x.lineNo).sort((a, b) => a - b)).toEqual([10000, 20000, 30000]);
    const r = post(
      l,
      lines.map((x) => withUnitCostRevalued(x, d(11), R)),
    );
    const rows = inventoryAsOf(r.ledger, "2020-01-31", { byLocation: true });
    expect(rows.map((x) => [x.locationCode, amt(x.value)])).toEqual([
      ["", "11.00"],
      ["BLUE", "22.00"],
      ["RED", "11.00"],
    ]);
  });

  test("Calculation Base Last Direct Unit Cost proposes the item's last direct cost", () => {
    const input = ledgerInput({
      items: [{ no: "F", method: "FIFO" }],
      steps: [
        { ile: 1, date: "2020-01-01", type: "Purchase", qty: "3", cost: "30.00" },
        { ile: 2, date: "2020-01-02", type: "Purchase", qty: "1", cost: "17.00" },
      ],
    });
    const l = adjusted({ ...input, items: input.items.map((i) => ({ ...i, lastDirectCost: d("12.5") })) });
    const lines = calc(l, {
      postingDate: "2020-01-31",
      documentNo: "R",
      calculatePer: "Item",
      calculationBase: "Last Direct Unit Cost",
    });
    expect(
      lines.map((x) => [
        amt(x.inventoryValueCalculated),
        unit(x.unitCostRevalued),
        amt(x.inventoryValueRevalued),
        amt(x.amount),
      ]),
    ).toEqual([["47.00", "12.50000", "50.00", "3.00"]]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Average cost per Item (revaluation.md §1.5 average branch, §3.2, §4.3)
// ---------------------------------------------------------------------------------------------------------------
describe("Average item revalued per Item at the end of its period", () => {
  const l = adjusted(
    ledgerInput({
      period: "Month",
      items: [{ no: "AVG", method: "Average" }],
      steps: [
        { ile: 1, date: "2020-01-05", type: "Purchase", qty: "10", cost: "100.00" },
        { ile: 2, date: "2020-01-10", type: "Purchase", qty: "10", cost: "120.00" },
        { ile: 3, date: "2020-01-20", type: "Sale", qty: "-5", cost: "-50.00" },
      ],
    }),
  );

  test("IVC = Q × the period average (165.00); Applied Amount = Σ the entries' own values (50.00 + 120.00)", () => {
    expect(costByEntry(l)[3]).toBe("-55.00");
    const [line] = calc(l, { postingDate: "2020-01-31", documentNo: "R", calculatePer: "Item" });
    expect([
      formatExact(line.quantity),
      amt(line.inventoryValueCalculated),
      unit(line.unitCostCalculated),
      amt(line.appliedAmount),
    ]).toEqual(["15", "165.00", "11.00000", "170.00"]);
  });

  test("revalued to 10.00: the first entry is already at 10.00, the last takes -15.00; the earlier sale of the period keeps 55.00, a later one costs 10.00", () => {
    const [line] = calc(l, { postingDate: "2020-01-31", documentNo: "R", calculatePer: "Item" });
    const r = post(l, [withUnitCostRevalued(line, d(10), R)]);
    expect(
      r.revaluationEntries.map((v) => [
        v.itemLedgerEntryNo,
        formatExact(v.valuedQuantity),
        amt(v.costAmountActual),
        v.valuationDate,
      ]),
    ).toEqual([[2, "10", "-15.00", "2020-01-31"]]);
    expect(costByEntry(r.ledger)[3]).toBe("-55.00");
    const [jan] = inventoryAsOf(r.ledger, "2020-01-31");
    expect([formatExact(jan.quantity), amt(jan.value)]).toEqual(["15", "150.00"]);
    const late = adjusted(
      appendPostings(r.ledger, [{ item: "AVG", date: "2020-02-10", type: "Sale", qty: "-5", cost: "-55.00" }]).input,
    );
    expect(costByEntry(late)[4]).toBe("-50.00");
    const [feb] = inventoryAsOf(late, "2020-02-29");
    expect([formatExact(feb.quantity), amt(feb.value)]).toEqual(["10", "100.00"]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The edge cases revaluation.md §7 lists as most often wrong
// ---------------------------------------------------------------------------------------------------------------
describe("revaluation.md §7 edge cases", () => {
  test("§7.1 an entry received before the date but invoiced after it is not revaluable as of the date", () => {
    const l = adjusted(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [
          { ile: 1, date: "2020-01-05", type: "Purchase", qty: "2", cost: "20.00", expected: true },
          { value: "Invoice", ileNo: 1, date: "2020-02-10", cost: "22.00", expected: "-20.00" },
        ],
      }),
    );
    expect(calc(l, { postingDate: "2020-01-31", documentNo: "R", calculatePer: "Item" })).toEqual([]);
    expect(calc(l, { postingDate: "2020-01-31", documentNo: "R", calculatePer: "Item Ledger Entry" })).toEqual([]);
    const feb = calc(l, { postingDate: "2020-02-29", documentNo: "R", calculatePer: "Item" });
    expect(feb.map((x) => [formatExact(x.quantity), amt(x.inventoryValueCalculated)])).toEqual([["2", "22.00"]]);
  });

  test("§7.3 an item charge posted after the date but valued on the receipt counts; posting spreads by posting date (§3.2)", () => {
    const l = adjusted(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [
          { ile: 1, date: "2020-01-05", type: "Purchase", qty: "2", cost: "20.00" },
          { ile: 2, date: "2020-01-06", type: "Purchase", qty: "2", cost: "20.00" },
          { value: "Item Charge", ileNo: 1, date: "2020-02-10", cost: "4.00" },
        ],
      }),
    );
    const [line] = calc(l, { postingDate: "2020-01-31", documentNo: "R", calculatePer: "Item" });
    expect([formatExact(line.quantity), amt(line.inventoryValueCalculated)]).toEqual(["4", "44.00"]);
    const r = post(l, [withUnitCostRevalued(line, d(10), R)]);
    // entry 1's current value is taken with a Posting Date filter (the charge left out): 40 × 2/4 − 20.00 = 0 → nothing;
    // the last entry takes the whole -4.00
    expect(r.revaluationEntries.map((v) => [v.itemLedgerEntryNo, amt(v.costAmountActual)])).toEqual([[2, "-4.00"]]);
    expect(amt(inventoryAsOf(r.ledger, "2020-01-31")[0].value)).toBe("40.00");
  });

  test("§7.3 Rounding value entries never count", () => {
    const l = adjusted(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [
          { ile: 1, date: "2020-01-01", type: "Purchase", qty: "3", cost: "10.00" },
          { ile: 2, date: "2020-02-01", type: "Sale", qty: "-1", cost: "-3.00" },
          { ile: 3, date: "2020-02-02", type: "Sale", qty: "-1", cost: "-3.00" },
          { ile: 4, date: "2020-02-03", type: "Sale", qty: "-1", cost: "-3.00" },
        ],
      }),
    );
    expect(l.valueEntries.some((v) => v.entryType === "Rounding" && v.valuationDate === "2020-01-01")).toBe(true);
    const lines = calc(l, { postingDate: "2020-01-31", documentNo: "R", calculatePer: "Item" });
    expect(lines.map((x) => [formatExact(x.quantity), amt(x.inventoryValueCalculated)])).toEqual([["3", "10.00"]]);
  });

  test("§7.3 an earlier revaluation counts per unit of its own valued quantity (A–F, calculated again on 04-01)", () => {
    const l = adjusted(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [
          { ile: 1, date: "2020-01-01", type: "Purchase", qty: "6", cost: "60.00" },
          { ile: 2, date: "2020-02-01", type: "Sale", qty: "-1", cost: "-10.00" },
          { ile: 3, date: "2020-03-01", type: "Sale", qty: "-1", cost: "-10.00" },
          { ile: 4, date: "2020-04-01", type: "Sale", qty: "-1", cost: "-10.00" },
          { value: "Revaluation", ileNo: 1, date: "2020-03-01", cost: "-8.00", valuedQty: "4" },
        ],
      }),
    );
    // 60.00 × 3/6 + (-8.00) × 3/4 = 24.00
    const lines = calc(l, { postingDate: "2020-04-01", documentNo: "R", calculatePer: "Item" });
    expect(
      lines.map((x) => [formatExact(x.quantity), amt(x.inventoryValueCalculated), unit(x.unitCostCalculated)]),
    ).toEqual([["3", "24.00", "8.00000"]]);
  });

  test("§3.2 a receipt dated on or before the date posted after the calculation makes a per-Item journal stale", () => {
    const base = adjusted(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [{ ile: 1, date: "2020-01-01", type: "Purchase", qty: "10", cost: "100.00" }],
      }),
    );
    const lines = calc(base, { postingDate: "2020-01-31", documentNo: "R", calculatePer: "Item" }).map((l) =>
      withUnitCostRevalued(l, d(12), R),
    );
    const stale = replayed(
      appendPostings(base, [{ item: "F", date: "2020-01-20", type: "Purchase", qty: "5", cost: "50.00" }]).input,
    );
    const r = postRevaluationJournal(stale, lines);
    expect(r.result).toBeNull();
    expect(errors(r.refusals).some((p) => /calculate the inventory value again/i.test(p.message))).toBe(true);
  });

  test("§2 Applies-to Entry on an entry whose applied outbound still needs Adjust Cost is refused", () => {
    const l = replayed(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [
          { ile: 1, date: "2020-01-01", type: "Purchase", qty: "2", cost: "20.00" },
          { ile: 2, date: "2020-01-05", type: "Sale", qty: "-1", cost: "-10.00" },
          { value: "Item Charge", ileNo: 1, date: "2020-01-10", cost: "4.00" },
        ],
      }),
    );
    const c = completeRevaluationLine(l, { lineNo: 10000, itemNo: "F", appliesToEntry: 1 });
    expect(c.line).toBeNull();
    expect(errors(c.refusals).some((p) => /Adjust Cost/i.test(p.message))).toBe(true);
    // once adjusted, the same line is completed
    const ok = completeRevaluationLine(adjustCostItemEntries(l).ledger, {
      lineNo: 10000,
      itemNo: "F",
      appliesToEntry: 1,
    });
    expect(errors(ok.refusals)).toEqual([]);
    expect([formatExact(ok.line!.quantity), amt(ok.line!.inventoryValueCalculated)]).toEqual(["2", "24.00"]);
  });

  test("§5 a Standard receipt partly invoiced: the revaluation splits into expected (not invoiced share) and actual", () => {
    const l = adjusted(
      ledgerInput({
        items: [{ no: "LINK", method: "Standard", standardCost: "2.00", unitCost: "2.00" }],
        steps: [
          { ile: 1, date: "2020-01-15", type: "Purchase", qty: "150", cost: "300.00", expected: true },
          {
            value: "Invoice",
            ileNo: 1,
            date: "2020-01-16",
            cost: "100.00",
            expected: "-100.00",
            valuedQty: "50",
            invoicedQty: "50",
          },
        ],
      }),
    );
    const [line] = calc(l, { postingDate: "2020-01-20", documentNo: "R", calculatePer: "Item" });
    expect([formatExact(line.quantity), amt(line.inventoryValueCalculated)]).toEqual(["150", "300.00"]);
    const r = post(l, [withUnitCostRevalued(line, d(3), R)]);
    // Applied Amount = Round(150.00 × (150 − 50) / 150) = 100.00 → expected 100.00, actual 50.00
    expect(
      r.revaluationEntries.map((v) => [
        amt(v.costAmountExpected),
        amt(v.costAmountActual),
        formatExact(v.valuedQuantity),
      ]),
    ).toEqual([["100.00", "50.00", "150"]]);
  });

  test("§7.4 a value that rounds to 0.00 from below gives a line at 0.00 (AL Round has no -0), not an error", () => {
    // 6 units at 0.07 (0.06 + 0.01 charge), one sold at 0.01: 5 left at 0.058333…; revalued to 0.00 (-0.06), the
    // entries' own values then sum to -0.001667, which rounds to 0.00
    const l = adjusted(
      ledgerInput({
        items: [{ no: "F", method: "FIFO" }],
        steps: [
          { ile: 1, date: "2024-01-02", type: "Positive Adjmt.", qty: "6", cost: "0.06" },
          { value: "Item Charge", ileNo: 1, date: "2024-01-02", cost: "0.01" },
          { ile: 2, date: "2024-01-02", type: "Negative Adjmt.", qty: "-1", cost: "-0.01" },
        ],
      }),
    );
    const [line] = calc(l, { postingDate: "2024-01-02", documentNo: "R", calculatePer: "Item" });
    expect([formatExact(line.quantity), amt(line.inventoryValueCalculated)]).toEqual(["5", "0.06"]);
    const r = post(l, [withUnitCostRevalued(line, d(0), R)]);
    expect(amt(r.totalAmount)).toBe("-0.06");
    const again = calc(r.ledger, { postingDate: "2024-01-02", documentNo: "R", calculatePer: "Item" });
    expect(
      again.map((x) => [
        formatExact(x.quantity),
        amt(x.inventoryValueCalculated),
        amt(x.inventoryValueRevalued),
        amt(x.amount),
      ]),
    ).toEqual([["5", "0.00", "0.00", "0.00"]]);
  });

  test("§1.5 Average: a January receipt invoiced in February is neither in the quantity nor in the average as of 01-31", () => {
    const l = adjusted(
      ledgerInput({
        period: "Month",
        items: [{ no: "AVG", method: "Average" }],
        steps: [
          { ile: 1, date: "2020-01-05", type: "Purchase", qty: "10", cost: "100.00" },
          { ile: 2, date: "2020-01-10", type: "Purchase", qty: "10", cost: "100.00", expected: true },
          { value: "Invoice", ileNo: 2, date: "2020-02-05", cost: "140.00", expected: "-100.00" },
        ],
      }),
    );
    // quantity: only the entry invoiced by 01-31; average: the invoice (valued 01-10, posted 02-05) is a back-dated
    // posting and is taken out again, so 100.00 / 10, not 240.00 / 20
    const lines = calc(l, { postingDate: "2020-01-31", documentNo: "R", calculatePer: "Item" });
    expect(
      lines.map((x) => [formatExact(x.quantity), amt(x.inventoryValueCalculated), unit(x.unitCostCalculated)]),
    ).toEqual([["10", "100.00", "10.00000"]]);
  });
});
