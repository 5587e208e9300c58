// Formula injection through CSV: every text a spreadsheet would evaluate is written with a leading apostrophe
// (shown as text, never run) and read back by this tool exactly as it was; numbers and plain negative numbers
// are left as they are.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { escapeFormulaText, formatCsv, openWorkbook, parseCsv } from "../../src/files";
import { tableSpec, VALUE_ENTRIES } from "../../src/workbook";
import { removeTempDirs, tempDir } from "./fixtures";

afterAll(removeTempDirs);

const style = { delimiter: "," as const, decimalSeparator: "." as const, lineEnding: "\n" as const };

test.each(["-2+3", "-A1", "-1+1", "-SUM(A1:A9)", "=1+2", "+1", "@SUM(A1)", "\tx", "\r=1", "-", "- 5", "'-2+3"])(
  "%j is escaped and read back as it was",
  (text) => {
    expect(escapeFormulaText(text)).toBe("'" + text);
    expect(parseCsv(formatCsv([[text]], style), ",").records[0][0]).toBe(text);
  },
);

test.each(["-5", "-0.50", "-1.234,56", "-1234567.125", "-.5", "5", "P-1", "A=B", "'quoted", "2020-01-31"])(
  "%j is left as it is",
  (text) => {
    expect(escapeFormulaText(text)).toBe(text);
    expect(parseCsv(formatCsv([[text]], style), ",").records[0][0]).toBe(text);
  },
);

test("a text cell changed to -2+3 is written escaped; the table reads it back as -2+3", async () => {
  const dir = await tempDir();
  const file = path.join(dir, "Value Entries.csv");
  await writeFile(
    file,
    "Entry No.,Item Ledger Entry No.,Posting Date,Entry Type,Cost Amount (Actual),Document No.\n" +
      "1,1,2020-01-10,Direct Cost,-2.50,P-1\n",
  );
  const wb = await openWorkbook(dir);
  const table = (await wb.readTable(tableSpec(VALUE_ENTRIES)))!;
  await wb.updateCells!(table.name, [{ row: 2, column: 5, value: "-2+3" }]);
  await wb.appendRows(table.name, [["2", "1", "2020-01-11", "Direct Cost", "-1.00", "-A1"]]);
  await wb.save();
  expect(await readFile(file, "utf8")).toBe(
    "Entry No.,Item Ledger Entry No.,Posting Date,Entry Type,Cost Amount (Actual),Document No.\n" +
      "1,1,2020-01-10,Direct Cost,-2.50,'-2+3\n" +
      "2,1,2020-01-11,Direct Cost,-1.00,'-A1\n",
  );
  const back = (await (await openWorkbook(dir)).readTable(tableSpec(VALUE_ENTRIES)))!;
  expect(back.rows.map((r) => r[5])).toEqual(["-2+3", "-A1"]);
});
