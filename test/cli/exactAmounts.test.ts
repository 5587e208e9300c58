// Amounts flow exactly from the cell to the cell written: a ledger holding 999999999999999.97 (17 significant
// digits, beyond what a float or an Excel number keeps) and a Cost per Unit of -0.005 (a revaluation of 2 units
// by -0.01, as Business Central stores it) goes through `costing adjust` as CSV and as .xlsx with nothing lost:
// the rows already there stay as they were (byte for byte in a CSV), the appended rows' amounts are exact, and
// a second adjust creates nothing.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { type Kind, costing, outPathFor, readTable, removeTemps, snapshot, tempDir } from "./helpers";

const BIG = "999999999999999.97";

const ILE_HEADERS = ["Entry No.", "Item No.", "Posting Date", "Entry Type", "Document No.", "Quantity"];
const ILES = [
  ["1", "BIG", "2023-01-02", "Purchase", "PR-1", "1"],
  ["2", "BIG", "2023-01-03", "Sale", "SH-1", "-1"],
  ["3", "SMALL", "2023-01-02", "Purchase", "PR-2", "2"],
  ["4", "SMALL", "2023-01-03", "Sale", "SH-2", "-2"],
  ["5", "REVAL", "2023-01-02", "Purchase", "PR-3", "2"],
];

const VE_HEADERS = [
  "Entry No.",
  "Item Ledger Entry No.",
  "Item No.",
  "Posting Date",
  "Entry Type",
  "Valued Quantity",
  "Cost Amount (Actual)",
  "Cost per Unit",
  "Partial Revaluation",
  "Adjustment",
];
const VES = [
  ["1", "1", "BIG", "2023-01-02", "Direct Cost", "1", BIG, BIG, "No", "No"],
  ["2", "2", "BIG", "2023-01-03", "Direct Cost", "-1", "0.00", "0.00", "No", "No"],
  ["3", "3", "SMALL", "2023-01-02", "Direct Cost", "2", "0.02", "0.01", "No", "No"],
  ["4", "4", "SMALL", "2023-01-03", "Direct Cost", "-2", "-0.03", "0.015", "No", "No"],
  ["5", "5", "REVAL", "2023-01-02", "Direct Cost", "2", "10.00", "5.00", "No", "No"],
  ["6", "5", "REVAL", "2023-01-03", "Revaluation", "2", "-0.01", "-0.005", "Yes", "No"],
];

const ITEM_HEADERS = ["No.", "Costing Method"];
const ITEMS = [
  ["BIG", "FIFO"],
  ["SMALL", "FIFO"],
  ["REVAL", "FIFO"],
];

const TABLES: readonly (readonly [string, string[], string[][]])[] = [
  ["Item Ledger Entries", ILE_HEADERS, ILES],
  ["Value Entries", VE_HEADERS, VES],
  ["Items", ITEM_HEADERS, ITEMS],
];

const csvText = (headers: string[], rows: string[][]) => [headers, ...rows].map((r) => r.join(",") + "\r\n").join("");

/** A cell of the .xlsx as a controller's workbook holds it: numbers up to 15 digits, longer ones as text. */
function xlsxCell(text: string): ExcelJS.CellValue {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return new Date(text + "T00:00:00Z");
  if (/^-?\d+(\.\d+)?$/.test(text)) return new Decimal(text).sd(true) <= 15 ? Number(text) : text;
  return text;
}

async function workbook(kind: Kind): Promise<string> {
  const dir = await tempDir();
  if (kind === "csv") {
    const folder = path.join(dir, "ledger");
    await mkdir(folder);
    for (const [name, headers, rows] of TABLES)
      await writeFile(path.join(folder, `${name}.csv`), csvText(headers, rows));
    return folder;
  }
  const wb = new ExcelJS.Workbook();
  for (const [name, headers, rows] of TABLES) {
    const ws = wb.addWorksheet(name);
    ws.addRow(headers);
    for (const r of rows) ws.addRow(r.map(xlsxCell));
  }
  const file = path.join(dir, "ledger.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

/** The Value Entries cells as stored in the .xlsx (numbers as numbers, text as text). */
async function xlsxValueEntries(file: string): Promise<ExcelJS.CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: ExcelJS.CellValue[][] = [];
  wb.getWorksheet("Value Entries")!.eachRow((r, n) => {
    if (n > 1) rows.push(VE_HEADERS.map((_, c) => r.getCell(c + 1).value));
  });
  return rows;
}

afterAll(removeTemps);

describe.each<Kind>(["csv", "xlsx"])("amounts beyond 15 digits and -0.005 through `costing adjust` (%s)", (kind) => {
  test("read and written exactly; a second adjust creates nothing", async () => {
    const wb = await workbook(kind);
    const before = await snapshot(wb);
    const out = outPathFor(wb, kind);
    const r = await costing(["adjust", wb, "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Value entries created: 2 (entry no. 7..8)");
    expect(r.stdout).toMatch(/Total amount:\s+-999999999999999\.96\n/);
    expect(await snapshot(wb)).toEqual(before);

    const ves = await readTable(out, "Value Entries");
    expect(ves).toHaveLength(8);
    const added = ves.slice(6);
    // BIG's sale takes the receipt's whole cost; SMALL's sale gets +0.01, whose Cost per Unit is -0.005.
    expect(added.map((v) => [v["Item Ledger Entry No."], v["Cost Amount (Actual)"], v["Cost per Unit"]])).toEqual(
      kind === "csv"
        ? [
            ["2", "-999999999999999.97", "999999999999999.97000"],
            ["4", "0.01", "-0.00500"],
          ]
        : [
            ["2", "-999999999999999.97", "999999999999999.97000"],
            ["4", "0.01", "-0.005"],
          ],
    );
    const cost = (ile: string) =>
      ves
        .filter((v) => v["Item Ledger Entry No."] === ile)
        .reduce((s, v) => s.plus(v["Cost Amount (Actual)"]), new Decimal(0))
        .toFixed(2);
    expect([cost("1"), cost("2"), cost("3"), cost("4"), cost("5")]).toEqual([BIG, "-" + BIG, "0.02", "-0.02", "9.99"]);

    if (kind === "csv") {
      // The rows already there are the file's own bytes; the new ones follow them.
      const written = await readFile(path.join(out, "Value Entries.csv"), "utf8");
      expect(written.startsWith(csvText(VE_HEADERS, VES))).toBe(true);
    } else {
      const cells = await xlsxValueEntries(out);
      // Untouched rows keep their values and types: the 17-digit amount is still the text it was, -0.005 a number.
      expect(cells.slice(0, 6)).toEqual(VES.map((r) => r.map(xlsxCell)));
      const amount = VE_HEADERS.indexOf("Cost Amount (Actual)");
      const unit = VE_HEADERS.indexOf("Cost per Unit");
      expect([cells[6][amount], cells[6][unit], cells[7][amount], cells[7][unit]]).toEqual([
        "-999999999999999.97",
        "999999999999999.97000",
        0.01,
        -0.005,
      ]);
    }

    const again = await costing(["adjust", out]);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Nothing to adjust");
    expect(await readTable(out, "Value Entries")).toHaveLength(8);
  });

  test("valuation reads the amounts exactly", async () => {
    const wb = await workbook(kind);
    const r = await costing(["valuation", wb, "--date", "2023-01-02", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`"${BIG}"`);
  });
});
