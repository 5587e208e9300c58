// A COSTING call in a cell's formula, taken apart for Explain (src/workbook/costingFormula.ts): literals,
// references (quoted sheet names included), omitted arguments, DATE(y, m, d); anything else is "other".
import { parseCostingCall } from "../../src/workbook/costingFormula";

test("literals, references, omitted arguments and DATE()", () => {
  expect(parseCostingCall('=COSTING.AVGCOST(A2, "2025-02-15", , "BLUE")')).toEqual({
    name: "AVGCOST",
    args: [
      { kind: "reference", sheet: null, address: "A2" },
      { kind: "text", value: "2025-02-15" },
      { kind: "omitted" },
      { kind: "text", value: "BLUE" },
    ],
  });
  expect(parseCostingCall("=costing.value('My Items'!$B$7,DATE(2020,3,1),,,TRUE)")).toEqual({
    name: "VALUE",
    args: [
      { kind: "reference", sheet: "My Items", address: "B7" },
      { kind: "date", value: "2020-03-01" },
      { kind: "omitted" },
      { kind: "omitted" },
      { kind: "boolean", value: true },
    ],
  });
  expect(parseCostingCall('=COSTING.EXPLAIN("A ""quoted"" item, with a comma", 45000)')!.args).toEqual([
    { kind: "text", value: 'A "quoted" item, with a comma' },
    { kind: "number", value: 45000 },
  ]);
  expect(parseCostingCall("=COSTING.VERSION()")).toEqual({ name: "VERSION", args: [] });
});

test("what is not one COSTING call, or an argument the pane cannot read", () => {
  expect(parseCostingCall("=SUM(A1:A3)")).toBeNull();
  expect(parseCostingCall("=COSTING.AVGCOST(A1,B1)*2")).toBeNull();
  expect(parseCostingCall('=COSTING.AVGCOST("open')).toBeNull();
  expect(parseCostingCall("plain text")).toBeNull();
  expect(parseCostingCall("=COSTING.AVGCOST(A1, TODAY())")!.args[1]).toEqual({ kind: "other", text: "TODAY()" });
  expect(parseCostingCall("=COSTING.AVGCOST(A1, DATE(2023,2,30))")!.args[1]).toEqual({
    kind: "other",
    text: "DATE(2023,2,30)",
  });
});
