// The Revaluation Scenarios table read as journals (src/workbook/scenarios.ts): each scenario's rows are its
// lines, numbered within it; a line typed by hand takes its own scenario's document no., not the table's first.
import { dec, type RevaluationJournalLine } from "../../src/engine";
import { readScenarios } from "../../src/workbook/scenarios";
import { REVALUATION_SCENARIOS } from "../../src/workbook/schema";
import { MemoryPort } from "./memoryPort";

const headers = REVALUATION_SCENARIOS.columns.map((c) => c.caption);
const row = (cells: Record<string, string | number>) => headers.map((h) => cells[h] ?? null);
const line = (scenario: string, documentNo: string, itemNo: string) =>
  row({
    Scenario: scenario,
    "What-If": "Percent",
    "What-If Value": -10,
    "Posting Date": "2023-12-31",
    "Document No.": documentNo,
    "Item No.": itemNo,
    Quantity: 2,
    "Unit Cost (Calculated)": 5,
    "Inventory Value (Calculated)": 10,
    "Unit Cost (Revalued)": 4.5,
    "Inventory Value Per": "Item",
  });

test("each scenario's lines, numbered within it; a hand-typed line takes its scenario's document no.", async () => {
  const port = new MemoryPort([
    {
      name: "Revaluation Scenarios",
      rows: [
        headers,
        line("A", "DOC-A", "X"),
        line("B", "DOC-B", "Y"),
        row({ Scenario: "b", "What-If": "Percent", "What-If Value": -10, "Item No.": "Y", "Applies-to Entry": 7 }),
      ],
    },
  ]);
  const typed: RevaluationJournalLine[] = [];
  const read = await readScenarios(port, {
    complete: (l) => {
      const done: RevaluationJournalLine = {
        lineNo: l.lineNo,
        postingDate: "2023-12-31",
        documentNo: "",
        itemNo: l.itemNo,
        variantCode: "",
        locationCode: "",
        entryType: "Purchase",
        appliesToEntry: l.appliesToEntry,
        quantity: dec(1),
        unitCostCalculated: dec(5),
        inventoryValueCalculated: dec(5),
        unitCostRevalued: dec(5),
        inventoryValueRevalued: dec(5),
        amount: dec(0),
        inventoryValuePer: "",
        partialRevaluation: false,
        appliedAmount: dec(0),
        updateStandardCost: false,
      };
      typed.push(done);
      return { line: done, refusals: [] };
    },
  });
  expect(read.problems).toEqual([]);
  expect(read.scenarios.map((s) => [s.name, s.lines.map((l) => [l.lineNo, l.itemNo, l.documentNo]), s.rows])).toEqual([
    ["A", [[10000, "X", "DOC-A"]], [2]],
    [
      "B",
      [
        [10000, "Y", "DOC-B"],
        [20000, "Y", "DOC-B"],
      ],
      [3, 4],
    ],
  ]);
  expect(typed).toHaveLength(1);
});
