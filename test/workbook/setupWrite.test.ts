// Inventory Setup and Accounting Periods saved into the workbook read back as the same settings.
import { dec, type InventorySetup } from "../../src/engine";
import { readLedgerInput } from "../../src/workbook";
import { fiscalYearPeriods, writeAccountingPeriods, writeInventorySetup } from "../../src/workbook/setupWrite";
import { MemoryPort } from "./memoryPort";
import { formatExact } from "../../src/engine/money";

const SETUP: InventorySetup = {
  averageCostPeriod: "Month",
  averageCostCalcType: "Item",
  amountRoundingPrecision: dec("0.01"),
  unitAmountRoundingPrecision: dec("0.001"),
  allowPostingFrom: "2024-01-01",
};

test("a saved setup and fiscal year read back unchanged", async () => {
  const port = new MemoryPort([
    {
      name: "Item Ledger Entries",
      rows: [
        ["Entry No.", "Item No.", "Posting Date", "Entry Type", "Quantity"],
        [1, "A", "2024-02-01", "Purchase", 1],
      ],
    },
    {
      name: "Value Entries",
      rows: [
        ["Entry No.", "Item Ledger Entry No.", "Posting Date", "Entry Type", "Cost Amount (Actual)"],
        [1, 1, "2024-02-01", "Direct Cost", 5],
      ],
    },
  ]);
  await writeInventorySetup(port, SETUP);
  const periods = fiscalYearPeriods("2024-04-01", SETUP);
  expect(periods.map((p) => p.startingDate)).toEqual([
    "2024-04-01",
    "2024-05-01",
    "2024-06-01",
    "2024-07-01",
    "2024-08-01",
    "2024-09-01",
    "2024-10-01",
    "2024-11-01",
    "2024-12-01",
    "2025-01-01",
    "2025-02-01",
    "2025-03-01",
  ]);
  await writeAccountingPeriods(port, periods);
  // No Items table: the item's costing method given explicitly, as --costing-method does.
  const read = await readLedgerInput(port, { defaultCostingMethod: "FIFO" });
  expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
  const s = read.input!.setup;
  expect([
    s.averageCostPeriod,
    s.averageCostCalcType,
    formatExact(s.amountRoundingPrecision),
    formatExact(s.unitAmountRoundingPrecision),
    s.allowPostingFrom,
  ]).toEqual(["Month", "Item", "0.01", "0.001", "2024-01-01"]);
  const ap = read.input!.accountingPeriods;
  expect(ap).toHaveLength(12);
  expect([
    ap[0].newFiscalYear,
    ap[0].averageCostPeriod,
    ap[0].averageCostCalcType,
    ap[1].newFiscalYear,
    ap[1].name,
  ]).toEqual([true, "Month", "Item", false, "May"]);
  expect(() => fiscalYearPeriods("2024-04-15", SETUP)).toThrow(/first of a month/);
});
