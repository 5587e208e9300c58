// Formula injection through .xlsx: a text cell that Excel would turn into a formula when the user presses F2
// and Enter ("=1+2", "-2+3") is written with the text number format "@", so it stays text; other cells keep
// their format.
import ExcelJS from "exceljs";
import path from "node:path";
import { openWorkbook } from "../../src/files";
import { tableSpec, VALUE_ENTRIES } from "../../src/workbook";
import { removeTempDirs, tempDir } from "./fixtures";

afterAll(removeTempDirs);

const HEADERS = [
  "Entry No.",
  "Item Ledger Entry No.",
  "Posting Date",
  "Entry Type",
  "Cost Amount (Actual)",
  "Document No.",
];

test("text that Excel would evaluate gets the text format, in cells changed, rows appended and tables written", async () => {
  const dir = await tempDir();
  const file = path.join(dir, "ledger.xlsx");
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Value Entries").addTable({
    name: "ValueEntries",
    ref: "A1",
    columns: HEADERS.map((name) => ({ name })),
    rows: [[1, 1, new Date("2020-01-10T00:00:00Z"), "Direct Cost", -2.5, "P-1"]],
  });
  await book.xlsx.writeFile(file);

  const wb = await openWorkbook(file);
  const table = (await wb.readTable(tableSpec(VALUE_ENTRIES)))!;
  await wb.updateCells!(table.name, [{ row: 2, column: 5, value: "-2+3" }]);
  await wb.appendRows(table.name, [[2, 1, new Date("2020-01-11T00:00:00Z"), "Direct Cost", -1, "=1+2"]]);
  await wb.writeTable(
    "Posting Log",
    ["Document No.", "Lines"],
    [
      ["@SUM(A1)", 1],
      ["-5", 2],
    ],
  );
  await wb.save();

  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  const ve = back.getWorksheet("Value Entries")!;
  expect([2, 3].map((r) => [ve.getCell(r, 6).value, ve.getCell(r, 6).numFmt ?? "General"])).toEqual([
    ["-2+3", "@"],
    ["=1+2", "@"],
  ]);
  expect(ve.getCell(3, 5).numFmt ?? "General").not.toBe("@");
  const log = back.getWorksheet("Posting Log")!;
  expect([log.getCell("A2").value, log.getCell("A2").numFmt]).toEqual(["@SUM(A1)", "@"]);
  expect([log.getCell("A3").value, log.getCell("A3").numFmt ?? "General"]).toEqual(["-5", "General"]);
});
