// Rounding residuals settle within one Adjust Cost run (codeunit 5895 "Inventory Adjustment"; issue 9 §1): per item,
// AdjustItemAppliedCost posts each inbound's Rounding entry (EliminateRndgResidual) right after its ForwardAppliedCost,
// before AdjustItemAvgCost takes the averages, so the averages hold it; and a residual the average pass changes is
// taken in again before the item is done. Either way a second run adds nothing. Amounts are decimal strings.
import { adjustCostItemEntries, inventoryAsOf, type ValueEntry } from "../../src/engine";
import { formatExact } from "../../src/engine/money";
import { ledgerInput, type Scenario } from "./ledgerBuilder";
import { costByEntry, replayed } from "./helpers";

const adjust = (s: Scenario) => adjustCostItemEntries(replayed(ledgerInput(s)));
const posted = (ves: readonly ValueEntry[]) =>
  ves.map((v) => `${v.itemLedgerEntryNo} ${v.entryType} ${formatExact(v.costAmountActual, 2)} ${v.valuationDate}`);

describe("a rounding residual is settled within the run that posts it", () => {
  // The counterexample the transfer property found (seed -44214422), by hand. Purchase 1: 12 units, 12.00 + an item
  // charge of 2.54 = 14.54, written off by two fixed applications: Round(14.54 × 9/12) = 10.91 and
  // Round(14.54 × 3/12) = 3.64, together 14.55, so the purchase takes a Rounding entry of +0.01. Sales 4 and 5 at L1
  // are shipped beyond stock and closed by purchases 6 and 7 the next day, so both are averaged on 2024-01-03 over
  // the whole item (calc type Item): 2 units, 14.55 − 10.91 − 3.64 + 1.00 + 1.00 = 2.00, -1.00 each, as posted.
  // Before, the Rounding entry came after the average (1.99: -1.00 and -0.99), and a second run moved sale 5 back.
  const writtenOffWithCharge: Scenario = {
    period: "Day",
    calcType: "Item",
    items: [{ no: "I1", method: "Average" }],
    steps: [
      { ile: 1, item: "I1", date: "2024-01-02", type: "Purchase", qty: "12", cost: "12.00", loc: "L3" },
      { value: "Item Charge", ileNo: 1, date: "2024-01-02", cost: "2.54" },
      { ile: 2, date: "2024-01-02", type: "Negative Adjmt.", qty: "-9", cost: "-9.00", loc: "L3", appliesTo: 1 },
      { ile: 3, date: "2024-01-02", type: "Negative Adjmt.", qty: "-3", cost: "-3.00", loc: "L3", appliesTo: 1 },
      { ile: 4, item: "I1", date: "2024-01-02", type: "Sale", qty: "-1", cost: "-1.00", loc: "L1" },
      { ile: 5, item: "I1", date: "2024-01-02", type: "Sale", qty: "-1", cost: "-1.00", loc: "L1" },
      { ile: 6, item: "I1", date: "2024-01-03", type: "Purchase", qty: "1", cost: "1.00", loc: "L1" },
      { ile: 7, item: "I1", date: "2024-01-03", type: "Purchase", qty: "1", cost: "1.00", loc: "L1" },
    ],
  };

  test("a purchase's Rounding entry is in the average of the sales valued after it: they keep -1.00 each", () => {
    const r = adjust(writtenOffWithCharge);
    expect(r.unsettled).toEqual([]);
    expect(posted(r.newValueEntries)).toEqual([
      "1 Rounding 0.01 2024-01-02",
      "2 Direct Cost -1.91 2024-01-02",
      "3 Direct Cost -0.64 2024-01-02",
    ]);
    expect(costByEntry(r.ledger)).toEqual({
      1: "14.55",
      2: "-10.91",
      3: "-3.64",
      4: "-1.00",
      5: "-1.00",
      6: "1.00",
      7: "1.00",
    });
    expect(formatExact(r.totalAmount, 2)).toBe("-2.54");
    const [row] = inventoryAsOf(r.ledger, "2024-12-31");
    expect([formatExact(row.quantity), formatExact(row.value, 2)]).toEqual(["0", "0.00"]);
  });

  test("a second run after it adds nothing", () => {
    expect(posted(adjustCostItemEntries(adjust(writtenOffWithCharge).ledger).newValueEntries)).toEqual([]);
  });

  // The residual that the average pass changes. Calc type Item & Location & Variant: purchase 1 at L1 (3 units,
  // 10.00 + a charge of 0.01) is shipped whole to L2; the shipment's average is 10.01, and so is its receipt 3, whose
  // three write-offs fixed to it become Round(10.01 / 3) = 3.34 each, 10.02 together: the receipt's Rounding entry is
  // +0.01. Before the average the receipt was 10.00 (write-offs 3.33, residual -0.01); the L2 sale of the same day
  // averaged with that residual would take 4.98 of purchase 7's 5.00, and a second run would move it back.
  const receiptWrittenOff: Scenario = {
    period: "Day",
    calcType: "Item & Location & Variant",
    items: [{ no: "I1", method: "Average" }],
    steps: [
      { ile: 1, date: "2024-01-02", type: "Purchase", qty: "3", cost: "10.00", loc: "L1" },
      { value: "Item Charge", ileNo: 1, date: "2024-01-02", cost: "0.01" },
      { ile: 2, date: "2024-01-02", type: "Transfer", qty: "-3", cost: "-10.00", loc: "L1", doc: "T2" },
      { ile: 3, date: "2024-01-02", type: "Transfer", qty: "3", cost: "10.00", loc: "L2", doc: "T2" },
      { ile: 4, date: "2024-01-02", type: "Negative Adjmt.", qty: "-1", cost: "-3.33", loc: "L2", appliesTo: 3 },
      { ile: 5, date: "2024-01-02", type: "Negative Adjmt.", qty: "-1", cost: "-3.33", loc: "L2", appliesTo: 3 },
      { ile: 6, date: "2024-01-02", type: "Negative Adjmt.", qty: "-1", cost: "-3.33", loc: "L2", appliesTo: 3 },
      { ile: 7, date: "2024-01-02", type: "Purchase", qty: "1", cost: "5.00", loc: "L2" },
      { ile: 8, date: "2024-01-02", type: "Sale", qty: "-1", cost: "-5.00", loc: "L2" },
    ],
  };

  test("a receipt the average changes takes its new Rounding entry before its location's sale is valued", () => {
    const r = adjust(receiptWrittenOff);
    expect(r.unsettled).toEqual([]);
    expect(posted(r.newValueEntries)).toEqual([
      "2 Direct Cost -0.01 2024-01-02",
      "3 Direct Cost 0.01 2024-01-02",
      "3 Rounding 0.01 2024-01-02",
      "4 Direct Cost -0.01 2024-01-02",
      "5 Direct Cost -0.01 2024-01-02",
      "6 Direct Cost -0.01 2024-01-02",
    ]);
    expect(costByEntry(r.ledger)).toEqual({
      1: "10.01",
      2: "-10.01",
      3: "10.02",
      4: "-3.34",
      5: "-3.34",
      6: "-3.34",
      7: "5.00",
      8: "-5.00",
    });
    expect(posted(adjustCostItemEntries(r.ledger).newValueEntries)).toEqual([]);
  });
});
