// Calculate Inventory Value refuses an Average item whose cost is not adjusted up to the posting date (Business
// Central: "You have to run the Adjust Cost - Item Entries batch job, before you can revalue item ..."). Asked
// for some items, it looks at those items' entry points alone (Adjust Cost with an Item No. filter), and the
// answer for each item is the same as when every item is asked.
import { averageCostEntryPoints, calculateInventoryValue } from "../../src/engine";
import { adjusted, replayed } from "./helpers";
import { ledgerInput, type Scenario } from "./ledgerBuilder";

// AVG-A: the sale went out at 10.00 while the average is 15.00, so Adjust Cost has work to do; AVG-B is adjusted.
const scenario: Scenario = {
  period: "Month",
  items: [
    { no: "AVG-A", method: "Average" },
    { no: "AVG-B", method: "Average" },
    { no: "FIFO-C", method: "FIFO" },
  ],
  steps: [
    { ile: 1, item: "AVG-A", date: "2025-01-02", type: "Purchase", qty: "1", cost: "10.00" },
    { ile: 2, item: "AVG-A", date: "2025-01-03", type: "Purchase", qty: "1", cost: "20.00" },
    { ile: 3, item: "AVG-A", date: "2025-01-10", type: "Sale", qty: "-1", cost: "-10.00" },
    { ile: 4, item: "AVG-B", date: "2025-01-02", type: "Purchase", qty: "2", cost: "8.00" },
    { ile: 5, item: "AVG-B", date: "2025-01-10", type: "Sale", qty: "-1", cost: "-4.00" },
    { ile: 6, item: "FIFO-C", date: "2025-01-02", type: "Purchase", qty: "1", cost: "3.00" },
  ],
};

const refusedItems = (itemNos?: string[]) =>
  calculateInventoryValue(replayed(ledgerInput(scenario)), {
    postingDate: "2025-01-31",
    documentNo: "REVAL",
    calculatePer: "Item",
    itemNos,
  })
    .refusals.filter((p) => p.message.startsWith("You have to run the Adjust Cost"))
    .map((p) => p.itemNo);

test("the unadjusted Average item is refused, alone or among all; the adjusted one is not", () => {
  expect(refusedItems()).toEqual(["AVG-A"]);
  expect(refusedItems(["AVG-A"])).toEqual(["AVG-A"]);
  expect(refusedItems(["AVG-B", "FIFO-C"])).toEqual([]);
  expect(refusedItems(["AVG-A", "AVG-B"])).toEqual(["AVG-A"]);
});

test("entry points for some items are those items' entry points among all", () => {
  const ledger = replayed(ledgerInput(scenario));
  const all = averageCostEntryPoints(ledger);
  expect(averageCostEntryPoints(ledger, ["AVG-A"])).toEqual(all.filter((p) => p.itemNo === "AVG-A"));
  expect(averageCostEntryPoints(ledger, ["AVG-B"])).toEqual(all.filter((p) => p.itemNo === "AVG-B"));
  expect(all.find((p) => p.itemNo === "AVG-A")?.costIsAdjusted).toBe(false);
  expect(all.find((p) => p.itemNo === "AVG-B")?.costIsAdjusted).toBe(true);
  // After Adjust Cost nothing is left to adjust.
  expect(averageCostEntryPoints(adjusted(ledgerInput(scenario))).every((p) => p.costIsAdjusted)).toBe(true);
});
