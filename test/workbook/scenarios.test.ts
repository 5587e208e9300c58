// The Revaluation Scenarios table read as journals (src/workbook/scenarios.ts): each scenario's rows are its
// lines, numbered within it; a line typed by hand takes its own scenario's document no., not the table's first.
import { dec, type RevaluationJournalLine } from "../../src/engine";
import { readScenarios } from "../../src/workbook/scenarios";
import { REVALUATION_SCENARIOS } from "../../src/workbook/schema";
import { MemoryPort } from "./memoryPort";

const headers = REVALUATION_SCENARIOS.columns.map((c) => c.caption);
const row = (cells: Record<string, string | number>) => headers.map((h) => cells[h] ?? null);
/** A row's cells by header, to be changed and made a row again. */
const cellsOf = (r: (string | number | null)[]): Record<string, string | number> =>
  Object.fromEntries(headers.flatMap((h, i) => (r[i] === null ? [] : [[h, r[i]!]])));
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

test("a scenario's rows that differ in What-If Value or Item Filter are named by row, column and value", async () => {
  const port = new MemoryPort([
    {
      name: "Revaluation Scenarios",
      rows: [
        headers,
        line("A", "DOC-A", "X"),
        row({ ...cellsOf(line("A", "DOC-A", "Y")), "What-If Value": -5 }),
        row({ ...cellsOf(line("B", "DOC-B", "X")), "Item Filter": "X|Y" }),
        row({ ...cellsOf(line("B", "DOC-B", "Y")), "Item Filter": "X" }),
        // The same recipe written otherwise: -10.00 is -10, the items in another order and case.
        row({ ...cellsOf(line("C", "DOC-C", "X")), "What-If Value": "-10.00", "Item Filter": "y|X" }),
        row({ ...cellsOf(line("C", "DOC-C", "Y")), "Item Filter": "X|Y" }),
      ],
    },
  ]);
  const read = await readScenarios(port);
  expect(read.problems.map((p) => [p.message, p.source])).toEqual([
    [
      'Revaluation Scenarios, row 3, column "What-If Value": "-5" here, "-10" on row 2 of the scenario "A". ' +
        "A scenario's rows share its What-If, What-If Value, Item Filter and Calculated On: enter the right one on " +
        "both rows, or delete the scenario's rows and add it again.",
      { table: "Revaluation Scenarios", row: 3, column: "What-If Value", value: "-5" },
    ],
    [
      'Revaluation Scenarios, row 5, column "Item Filter": "X" here, "X|Y" on row 4 of the scenario "B". ' +
        "A scenario's rows share its What-If, What-If Value, Item Filter and Calculated On: enter the right one on " +
        "both rows, or delete the scenario's rows and add it again.",
      { table: "Revaluation Scenarios", row: 5, column: "Item Filter", value: "X" },
    ],
  ]);
});

test("a scenario's rows that differ in What-If or Calculated On: an empty cell is named too", async () => {
  const port = new MemoryPort([
    {
      name: "Revaluation Scenarios",
      rows: [
        headers,
        row({ ...cellsOf(line("A", "DOC-A", "X")), "Calculated On": "abc" }),
        row({ ...cellsOf(line("A", "DOC-A", "Y")), "What-If": "Unit Cost", "What-If Value": 4 }),
        // An empty What-If is Calculated.
        row({ ...cellsOf(line("B", "DOC-B", "X")), "What-If": "Calculated", "What-If Value": "" }),
        row({ ...cellsOf(line("B", "DOC-B", "Y")), "What-If": "", "What-If Value": "" }),
      ],
    },
  ]);
  const read = await readScenarios(port);
  expect(read.problems.map((p) => p.message.split(". A scenario's")[0])).toEqual([
    'Revaluation Scenarios, row 3, column "What-If": "Unit Cost" here, "Percent" on row 2 of the scenario "A"',
    'Revaluation Scenarios, row 3, column "Calculated On": empty here, "abc" on row 2 of the scenario "A"',
  ]);
});
