// Revaluation through the engine: Calculate Inventory Value → edit → post → Adjust Cost (revaluation.md §1–§4),
// on the seeds' A–F example and a per-item line spread over several entries.
import {
  dec,
  Ledger,
  LedgerInput,
  adjustCostItemEntries,
  calculateInventoryValue,
  postRevaluationJournal,
  replayLedger,
  withUnitCostRevalued,
} from "../../src/engine";
import { ledgerInput } from "./ledgerBuilder";
import { adjusted, costByEntry, valuationDateOf } from "./helpers";
import { formatExact } from "../../src/engine/money";

const R = { amount: dec("0.01"), unitAmount: dec("0.00001") };

/** Feed a posted ledger back as input with more steps appended, as the next export would show it. */
function withMore(ledger: Ledger, more: LedgerInput): Ledger {
  const input: LedgerInput = {
    ...more,
    items: [...ledger.items.values()],
    itemLedgerEntries: [...ledger.itemLedgerEntries, ...more.itemLedgerEntries],
    valueEntries: [...ledger.valueEntries, ...more.valueEntries],
    applications: undefined,
  };
  const r = replayLedger(input);
  if (!r.ledger) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r.ledger;
}

describe("A–F (design details: revaluation), FIFO", () => {
  const base = adjusted(
    ledgerInput({
      items: [{ no: "ITEM1", method: "FIFO" }],
      steps: [
        { ile: 1, date: "2020-01-01", type: "Purchase", qty: "6", cost: "60.00" },
        { ile: 2, date: "2020-02-01", type: "Sale", qty: "-1", cost: "-10.00" },
        { ile: 3, date: "2020-03-01", type: "Sale", qty: "-1", cost: "-10.00" },
        { ile: 4, date: "2020-04-01", type: "Sale", qty: "-1", cost: "-10.00" },
      ],
    }),
  );
  const calc = calculateInventoryValue(base, { postingDate: "2020-03-01", documentNo: "REVAL1", calculatePer: "Item" });

  test("Calculate Inventory Value per Item: 4 on hand on 03-01 (C, dated 04-01, not subtracted), 40.00", () => {
    expect(calc.refusals).toEqual([]);
    expect(calc.lines).toHaveLength(1);
    const l = calc.lines[0];
    expect([
      formatExact(l.quantity),
      formatExact(l.inventoryValueCalculated, 2),
      formatExact(l.unitCostCalculated, 2),
    ]).toEqual(["4", "40.00", "10.00"]);
    expect(formatExact(l.inventoryValueRevalued, 2)).toBe("40.00");
    expect(formatExact(l.amount, 2)).toBe("0.00");
  });

  test("revalued to 8.00: one Revaluation entry −8.00 on entry 1, valued quantity 4; C is corrected to −8", () => {
    const line = withUnitCostRevalued(calc.lines[0], dec(8), R);
    expect([formatExact(line.inventoryValueRevalued, 2), formatExact(line.amount, 2)]).toEqual(["32.00", "-8.00"]);
    const { result, refusals } = postRevaluationJournal(base, [line]);
    expect(refusals).toEqual([]);
    const [v] = result!.revaluationEntries;
    expect(result!.revaluationEntries).toHaveLength(1);
    expect([
      v.itemLedgerEntryNo,
      v.entryType,
      formatExact(v.valuedQuantity),
      formatExact(v.costAmountActual, 2),
      v.valuationDate,
      v.partialRevaluation,
    ]).toEqual([1, "Revaluation", "4", "-8.00", "2020-03-01", true]);
    expect(formatExact(v.costPerUnit!, 2)).toBe("-2.00");
    const cost = costByEntry(result!.ledger);
    expect([cost[2], cost[3], cost[4]]).toEqual(["-10.00", "-10.00", "-8.00"]);

    // D, E, F posted after the revaluation, then Adjust Cost.
    const later = ledgerInput({
      items: [{ no: "ITEM1", method: "FIFO" }],
      steps: [
        { ile: 5, date: "2020-02-01", type: "Sale", qty: "-1", cost: "-10.00" },
        { ile: 6, date: "2020-03-01", type: "Sale", qty: "-1", cost: "-10.00" },
        { ile: 7, date: "2020-04-01", type: "Sale", qty: "-1", cost: "-10.00" },
      ],
    });
    const next = result!.ledger.valueEntries.length;
    const more = { ...later, valueEntries: later.valueEntries.map((v, i) => ({ ...v, entryNo: next + i + 1 })) };
    const { ledger } = adjustCostItemEntries(withMore(result!.ledger, more));
    const all = costByEntry(ledger);
    expect([all[2], all[3], all[4], all[5], all[6], all[7]]).toEqual([
      "-10.00",
      "-10.00",
      "-8.00",
      "-8.00",
      "-8.00",
      "-8.00",
    ]);
    expect(valuationDateOf(ledger, 5)).toBe("2020-03-01");
    expect(all[1]).toBe("52.00");
  });

  test("the revaluation's value entries follow the highest entry no., wherever it stands in the list", () => {
    // Entry nos. with a gap, the highest first: the next is 101, not the last listed + 1 nor the count + 1.
    const gapped: Ledger = {
      ...base,
      valueEntries: base.valueEntries.map((v, i) => (i === 0 ? { ...v, entryNo: 100 } : v)),
    };
    const line = withUnitCostRevalued(calc.lines[0], dec(8), R);
    const { result } = postRevaluationJournal(gapped, [line], { adjust: false });
    expect(result!.revaluationEntries.map((v) => v.entryNo)).toEqual([101]);
  });
});

test("a per-item line over two receipts brings each to the same unit cost; the last takes the rest", () => {
  const base = adjusted(
    ledgerInput({
      items: [{ no: "ITEM1", method: "FIFO" }],
      steps: [
        { ile: 1, date: "2021-01-01", type: "Purchase", qty: "3", cost: "30.00" },
        { ile: 2, date: "2021-01-02", type: "Purchase", qty: "3", cost: "40.00" },
        { ile: 3, date: "2021-01-03", type: "Sale", qty: "-1", cost: "-10.00" },
      ],
    }),
  );
  const { lines } = calculateInventoryValue(base, { postingDate: "2021-01-31", documentNo: "R", calculatePer: "Item" });
  expect([formatExact(lines[0].quantity), formatExact(lines[0].inventoryValueCalculated, 2)]).toEqual(["5", "60.00"]);
  const line = withUnitCostRevalued(lines[0], dec("11.11111"), R);
  expect([formatExact(line.inventoryValueRevalued, 2), formatExact(line.amount, 2)]).toEqual(["55.56", "-4.44"]);
  const { result } = postRevaluationJournal(base, [line], { adjust: false });
  const amounts = result!.revaluationEntries.map((v) => [
    v.itemLedgerEntryNo,
    formatExact(v.valuedQuantity),
    formatExact(v.costAmountActual, 2),
  ]);
  // entry 1: 55.56 × 2/5 − 20.00 = 2.224 → 2.22 (0.004 carried); entry 2 takes −4.44 − 2.22 = −6.66
  expect(amounts).toEqual([
    [1, "2", "2.22"],
    [2, "3", "-6.66"],
  ]);
});

describe("Average item per Item (revaluation.md §1.5, §3.2)", () => {
  const base = adjusted(
    ledgerInput({
      period: "Month",
      items: [{ no: "AVG", method: "Average" }],
      steps: [
        { ile: 1, date: "2021-01-05", type: "Purchase", qty: "10", cost: "100.00" },
        { ile: 2, date: "2021-01-10", type: "Purchase", qty: "10", cost: "200.00" },
        { ile: 3, date: "2021-01-15", type: "Sale", qty: "-5", cost: "-50.00" },
      ],
    }),
  );

  test("only the period's last day is allowed, and the period average values the quantity", () => {
    const early = calculateInventoryValue(base, { postingDate: "2021-01-20", documentNo: "R", calculatePer: "Item" });
    expect(early.refusals.map((r) => r.message).join()).toContain("You can only use the posting date 2021-01-31");
    const perEntry = calculateInventoryValue(base, {
      postingDate: "2021-01-31",
      documentNo: "R",
      calculatePer: "Item Ledger Entry",
    });
    expect(perEntry.refusals.map((r) => r.message).join()).toContain("Costing Method Average");
    const { lines, refusals } = calculateInventoryValue(base, {
      postingDate: "2021-01-31",
      documentNo: "R",
      calculatePer: "Item",
    });
    expect(refusals).toEqual([]);
    expect([
      formatExact(lines[0].quantity),
      formatExact(lines[0].inventoryValueCalculated, 2),
      formatExact(lines[0].unitCostCalculated, 2),
    ]).toEqual(["15", "225.00", "15.00"]);
    expect(formatExact(lines[0].appliedAmount, 2)).toBe("250.00"); // the entries' own (FIFO-like) value, informational
  });

  test("revalued to 12.00: the entries are brought to 12.00 each, inventory on 01-31 is 180.00, the January sale keeps its cost", () => {
    const { lines } = calculateInventoryValue(base, {
      postingDate: "2021-01-31",
      documentNo: "R",
      calculatePer: "Item",
    });
    const line = withUnitCostRevalued(lines[0], dec(12), R);
    expect(formatExact(line.amount, 2)).toBe("-45.00");
    const { result, refusals } = postRevaluationJournal(base, [line]);
    expect(refusals).toEqual([]);
    expect(result!.revaluationEntries.map((v) => [v.itemLedgerEntryNo, formatExact(v.costAmountActual, 2)])).toEqual([
      [1, "10.00"],
      [2, "-55.00"],
    ]);
    const cost = costByEntry(result!.ledger);
    expect(cost[3]).toBe("-75.00");
    const value = result!.ledger.valueEntries.reduce((s, v) => s + v.costAmountActual, 0n);
    expect(formatExact(value, 2)).toBe("180.00");
  });
});

test("the invoice's balancing revaluation is dated as the revaluation it balances (InsertBalanceExpCostRevEntry)", () => {
  const input = ledgerInput({
    items: [{ no: "LINK", method: "Standard", standardCost: "2" }],
    steps: [
      { ile: 1, date: "2020-01-15", type: "Purchase", qty: "150", cost: "300.00", expected: true },
      { value: "Revaluation", ileNo: 1, date: "2020-01-20", cost: "0", expected: "150.00", valuedQty: "150" },
      {
        value: "Revaluation",
        ileNo: 1,
        date: "2020-01-15",
        cost: "0",
        expected: "-150.00",
        valuedQty: "150",
        partial: false,
      },
    ],
  });
  const ves = input.valueEntries.map((v) => (v.entryNo === 3 ? { ...v, appliesToEntry: 2 } : v));
  const ledger = replayLedger({ ...input, valueEntries: ves }).ledger!;
  expect(ledger.valueEntries.map((v) => v.valuationDate)).toEqual(["2020-01-15", "2020-01-20", "2020-01-20"]);
});
