// Adjust Cost after new postings, for the items they touch only (readjust.ts), equals a full run (issue 12):
// generated ledgers (transfers, late invoices, item charges, backdating, negative inventory, both calc types)
// are adjusted up to a point, the rest of their postings are appended after the adjustment entries (as they are
// posted later in Business Central), and Adjust Cost of the touched items, and of the outputs they are made
// into, creates exactly the value entries a full run creates. Amounts are compared as decimal strings.
import fc from "fast-check";
import { adjustCostItemEntries, type Ledger, type LedgerInput, type ValueEntry } from "../../src/engine";
import { formatExact } from "../../src/engine/money";
import { itemsToReadjust, readjustCost } from "../../src/engine/readjust";
import { ledgerArb } from "./ledgerArbitrary";
import { ledgerInput, type Scenario } from "./ledgerBuilder";
import { transferLedgerArb } from "./transferArbitrary";
import { replayed } from "./helpers";

const SEED = process.env.PROPERTY_SEED ?? (process.env.CI ? "20261204" : undefined);
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 200), ...(SEED ? { seed: Number(SEED) } : {}) };

const shown = (entries: readonly ValueEntry[]) =>
  entries.map((v) =>
    [
      v.entryNo,
      v.itemNo,
      v.itemLedgerEntryNo,
      v.entryType,
      v.postingDate,
      v.valuationDate,
      formatExact(v.costAmountActual),
      formatExact(v.costAmountExpected),
    ].join(" "),
  );

/**
 * The scenario's first `k` steps posted and adjusted, then the other steps posted after the adjustment entries:
 * the ledger, and the items the later steps touch.
 */
function adjustedThenPosted(s: Scenario, k: number): { ledger: Ledger; touched: Set<string> } {
  const first = adjustCostItemEntries(replayed(ledgerInput({ ...s, steps: s.steps.slice(0, k) })));
  const all = ledgerInput(s);
  const shift = first.newValueEntries.length; // the later steps' value entries come after the adjustments
  const ileItem = new Map(all.itemLedgerEntries.map((e) => [e.entryNo, e.itemNo]));
  const touched = new Set<string>();
  const later = all.valueEntries
    .filter((v) => v.entryNo > k)
    .map((v) => {
      touched.add(ileItem.get(v.itemLedgerEntryNo)!);
      return { ...v, entryNo: v.entryNo + shift };
    });
  const input: LedgerInput = {
    ...all,
    valueEntries: [...all.valueEntries.filter((v) => v.entryNo <= k), ...first.newValueEntries, ...later],
  };
  return { ledger: replayed(input), touched };
}

test("Adjust Cost of the items new postings touch equals a full run (generated ledgers)", () => {
  let adjusting = 0; // runs where the later postings leave something to adjust: the property is not vacuous
  fc.assert(
    fc.property(
      ledgerArb({ negative: true }).chain((s) =>
        fc.tuple(fc.constant(s), fc.integer({ min: 1, max: Math.max(1, s.steps.length - 1) })),
      ),
      ([s, k]) => {
        const { ledger, touched } = adjustedThenPosted(s, k);
        const full = adjustCostItemEntries(ledger);
        const some = readjustCost(ledger, touched);
        if (full.newValueEntries.length > 0) adjusting++;
        expect(shown(some.newValueEntries)).toEqual(shown(full.newValueEntries));
        expect(some.unsettled).toEqual(full.unsettled);
        // And nothing is left for a full run after it.
        expect(adjustCostItemEntries(some.ledger).newValueEntries).toEqual([]);
      },
    ),
    RUNS,
  );
  expect(adjusting).toBeGreaterThan(RUNS.numRuns / 4);
});

test("the same on distributor ledgers with transfers and round trips between locations", () => {
  fc.assert(
    fc.property(
      transferLedgerArb().chain((t) =>
        fc.tuple(fc.constant(t.scenario), fc.integer({ min: 1, max: Math.max(1, t.scenario.steps.length - 1) })),
      ),
      ([s, k]) => {
        const { ledger, touched } = adjustedThenPosted(s, k);
        const full = adjustCostItemEntries(ledger);
        expect(shown(readjustCost(ledger, touched).newValueEntries)).toEqual(shown(full.newValueEntries));
      },
    ),
    { ...RUNS, numRuns: Math.ceil(RUNS.numRuns / 2) },
  );
});

test("an order's output is adjusted again when a component of it is (the bill, level by level)", () => {
  // PART is consumed by order PO1 into SUB, SUB by PO2 into TOP; a late invoice of PART's receipt raises its cost.
  const s: Scenario = {
    items: [
      { no: "PART", method: "FIFO" },
      { no: "SUB", method: "FIFO" },
      { no: "TOP", method: "FIFO" },
      { no: "OTHER", method: "FIFO" },
    ],
    steps: [
      { ile: 1, item: "PART", date: "2024-01-02", type: "Purchase", qty: "10", cost: "100.00" },
      { ile: 2, item: "PART", date: "2024-01-03", type: "Consumption", qty: "-10", cost: "0", order: "PO1" },
      { ile: 3, item: "SUB", date: "2024-01-03", type: "Output", qty: "5", cost: "0", order: "PO1" },
      { ile: 4, item: "SUB", date: "2024-01-04", type: "Consumption", qty: "-5", cost: "0", order: "PO2" },
      { ile: 5, item: "TOP", date: "2024-01-04", type: "Output", qty: "1", cost: "0", order: "PO2" },
      { ile: 6, item: "OTHER", date: "2024-01-05", type: "Purchase", qty: "3", cost: "30.00" },
      { value: "Invoice", ileNo: 1, date: "2024-01-20", cost: "20.00", valuedQty: "10", invoicedQty: "0" },
    ],
  };
  const { ledger, touched } = adjustedThenPosted(s, 6);
  expect([...touched]).toEqual(["PART"]);
  expect(itemsToReadjust(ledger, touched)).toEqual(["PART", "SUB", "TOP"]);
  const full = adjustCostItemEntries(ledger);
  const some = readjustCost(ledger, touched);
  expect(shown(some.newValueEntries)).toEqual(shown(full.newValueEntries));
  // The 20.00 reaches TOP through SUB: its output now costs 120.00.
  const top = some.ledger.valueEntries.filter((v) => v.itemLedgerEntryNo === 5);
  expect(
    formatExact(
      top.reduce((t, v) => t + v.costAmountActual, 0n),
      2,
    ),
  ).toBe("120.00");
});
