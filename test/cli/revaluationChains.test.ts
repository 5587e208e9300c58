// The revaluation seed's two chain examples through the command line, on copies of the bundled sample (CSV folder
// and .xlsx): the standard-cost chain ("Expected Cost in Revaluation", spec README R2, revaluation.md §5) on
// STD-LINK, and the WIP chain ("WIP Inventory Revaluation", R3) on WIP-LINK -> WIP-CHAIN. The numbers are those of
// test/engine/revaluation.test.ts ("R2 standard-cost chain", "R3 WIP chain"). What a user does is done to the
// files: the journal cell typed in the CSV file or in Excel (ExcelJS), the invoice and the hand-typed journal line
// added as rows. Amounts are compared as exact decimal strings.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { type Kind, type Row, costing, readTable, removeTemps, sampleCopy, snapshot } from "./helpers";

afterAll(removeTemps);

const JOURNAL = "Revaluation Journal";

/** A cell as an exact decimal string with `places` places ("300.00"); a CSV's "300.00" and Excel's 300 alike. */
const fixed = (s: string, places = 2) => new Decimal(s).toFixed(places);

/** The sum of one column over rows, exact. */
const total = (rows: Row[], caption: string) =>
  rows.reduce((t, r) => t.plus(new Decimal(r[caption] || "0")), new Decimal(0)).toFixed(2);

/** An Excel cell value for a text as typed: dates and numbers become dates and numbers, as Excel takes them. */
function excelValue(text: string): ExcelJS.CellValue {
  if (text === "") return null;
  if (/^\d{4}-\d\d-\d\d$/.test(text)) return new Date(`${text}T00:00:00Z`);
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

interface CsvFile {
  file: string;
  bom: string;
  eol: string;
  grid: string[][];
}

/** A CSV table as lines of fields (the tables these tests edit have no quoted fields). */
async function readCsv(folder: string, table: string): Promise<CsvFile> {
  const file = path.join(folder, `${table}.csv`);
  const text = await readFile(file, "utf8");
  expect(text).not.toContain('"');
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const grid = text
    .slice(bom.length)
    .split(/\r?\n/)
    .filter((l) => l !== "")
    .map((l) => l.split(","));
  return { file, bom, eol, grid };
}

async function writeCsv(c: CsvFile): Promise<void> {
  await writeFile(c.file, c.bom + c.grid.map((r) => r.join(",")).join(c.eol) + c.eol, "utf8");
}

/** The worksheet of a table, its header captions (1-based columns) and its Excel table (if it is one). */
function sheetOf(book: ExcelJS.Workbook, table: string) {
  const ws = book.getWorksheet(table);
  if (!ws) throw new Error(`no sheet "${table}"`);
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  const tables = (
    ws as unknown as { tables?: Record<string, { model: { tableRef?: string; autoFilterRef?: string } }> }
  ).tables;
  const excelTable = Object.values(tables ?? {})[0]?.model;
  return { ws, headers, excelTable };
}

/**
 * Adds rows under a table, as a user types them under it (in Excel the table grows to take them). Each row gives
 * the cells by caption; the others stay empty.
 */
async function appendRows(wb: string, table: string, rows: Record<string, string>[]): Promise<void> {
  if (!wb.endsWith(".xlsx")) {
    const c = await readCsv(wb, table);
    const h = c.grid[0];
    for (const r of rows) {
      for (const k of Object.keys(r)) expect(h).toContain(k);
      c.grid.push(h.map((caption) => r[caption] ?? ""));
    }
    await writeCsv(c);
    return;
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(wb);
  const { ws, headers, excelTable } = sheetOf(book, table);
  expect(excelTable?.tableRef).toBeDefined();
  const ref = /^([A-Z]+\d+:[A-Z]+)(\d+)$/.exec(excelTable!.tableRef!)!;
  const bottom = Number(ref[2]);
  rows.forEach((r, i) => {
    for (const k of Object.keys(r)) expect(headers).toContain(k);
    const row = ws.getRow(bottom + 1 + i);
    for (const [caption, text] of Object.entries(r)) {
      const cell = row.getCell(headers.indexOf(caption));
      cell.value = excelValue(text);
      if (cell.value instanceof Date) cell.numFmt = "yyyy-mm-dd";
    }
  });
  excelTable!.tableRef = `${ref[1]}${bottom + rows.length}`;
  excelTable!.autoFilterRef = excelTable!.tableRef;
  await book.xlsx.writeFile(wb);
}

/** Changes cells of the rows whose `key` column holds `keyValue`, as a user types over them. */
async function updateRows(
  wb: string,
  table: string,
  key: string,
  keyValue: string,
  values: Record<string, string>,
): Promise<void> {
  if (!wb.endsWith(".xlsx")) {
    const c = await readCsv(wb, table);
    const h = c.grid[0];
    const rows = c.grid.slice(1).filter((r) => r[h.indexOf(key)] === keyValue);
    expect(rows).toHaveLength(1);
    for (const [caption, text] of Object.entries(values)) {
      expect(h).toContain(caption);
      rows[0][h.indexOf(caption)] = text;
    }
    await writeCsv(c);
    return;
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(wb);
  const { ws, headers } = sheetOf(book, table);
  let found = 0;
  ws.eachRow((row, n) => {
    if (n === 1 || String(row.getCell(headers.indexOf(key)).value) !== keyValue) return;
    found++;
    for (const [caption, text] of Object.entries(values)) {
      expect(headers).toContain(caption);
      row.getCell(headers.indexOf(caption)).value = excelValue(text);
    }
  });
  expect(found).toBe(1);
  await book.xlsx.writeFile(wb);
}

/** Writes a Revaluation Journal typed by hand: a CSV file, or a new sheet in the workbook. */
async function typeJournal(wb: string, lines: Record<string, string>[]): Promise<void> {
  const headers = Object.keys(lines[0]);
  if (!wb.endsWith(".xlsx")) {
    const text = [headers, ...lines.map((l) => headers.map((h) => l[h]))].map((r) => r.join(",")).join("\r\n");
    await writeFile(path.join(wb, `${JOURNAL}.csv`), text + "\r\n", "utf8");
    return;
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(wb);
  expect(book.getWorksheet(JOURNAL)).toBeUndefined();
  const ws = book.addWorksheet(JOURNAL);
  ws.addRow(headers);
  for (const l of lines) ws.addRow(headers.map((h) => excelValue(l[h])));
  await book.xlsx.writeFile(wb);
}

/** Types a value into the journal line of an item (the journal calc-value wrote): in the CSV file, or in Excel. */
async function editJournal(wb: string, itemNo: string, caption: string, value: string): Promise<void> {
  await updateRows(wb, JOURNAL, "Item No.", itemNo, { [caption]: value });
}

/** The item ledger entry of a document and entry type (one per example in the sample). */
async function entryOf(wb: string, itemNo: string, entryType: string): Promise<Row> {
  const rows = (await readTable(wb, "Item Ledger Entries")).filter(
    (e) => e["Item No."] === itemNo && e["Entry Type"] === entryType,
  );
  expect(rows).toHaveLength(1);
  return rows[0];
}

async function valueEntriesOf(wb: string, ileNo: string): Promise<Row[]> {
  return (await readTable(wb, "Value Entries")).filter((v) => v["Item Ledger Entry No."] === ileNo);
}

/** An item ledger entry's cost: the sum of its value entries' Cost Amount (Actual). */
async function costOf(wb: string, ileNo: string): Promise<string> {
  return total(await valueEntriesOf(wb, ileNo), "Cost Amount (Actual)");
}

interface ValuationRow {
  itemNo: string;
  quantity: string;
  costAmountActual: string;
  costAmountExpected: string;
  value: string;
}

async function valuation(wb: string, date: string, itemNo: string): Promise<ValuationRow | undefined> {
  const r = await costing(["valuation", wb, "--date", date, "--json"]);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { rows: ValuationRow[] }).rows.find((x) => x.itemNo === itemNo);
}

/** Nothing on standard error: the invoice's balancing Revaluation entry is dated as the revaluation it balances. */
const unexpectedMessages = (stderr: string) => stderr.split("\n").filter((l) => l.trim() !== "");

describe.each<Kind>(["csv", "xlsx"])("the revaluation seed's chains through the command line (%s)", (kind) => {
  it("R2 standard-cost chain: 150 links received at 2.00, revalued to 3.00 (expected cost), invoiced: 450.00 actual", async () => {
    const wb = await sampleCopy(kind);
    const receipt = await entryOf(wb, "STD-LINK", "Purchase");
    expect(receipt).toMatchObject({ "Posting Date": "2021-01-15", "Completely Invoiced": "No" });
    expect(fixed(receipt["Invoiced Quantity"], 0)).toBe("0");

    // Per item ledger entry the receipt is not revaluable: it is not completely invoiced (§1.3).
    const fresh = await snapshot(wb);
    const perEntry = await costing(["calc-value", wb, "--date", "2021-01-20", "--item", "STD-LINK", "--per", "entry"]);
    expect(perEntry.stderr).toBe("");
    expect(perEntry.code).toBe(0);
    expect(perEntry.stdout).toContain(
      "Nothing to revalue: no item has revaluable inventory on that date (completely invoiced receipts left).",
    );
    expect(perEntry.stdout).toContain("No journal was written; the workbook was not changed.");
    expect(await snapshot(wb)).toEqual(fresh);

    // Per item it is, at its expected cost: 150, 300.00 (doc step 1).
    const calc = await costing([
      "calc-value",
      wb,
      "--date",
      "2021-01-20",
      "--item",
      "STD-LINK",
      "--update-standard-cost",
    ]);
    expect(calc.stderr).toBe("");
    expect(calc.code).toBe(0);
    expect(calc.stdout).toMatch(/Lines:\s+1\n/);
    expect(calc.stdout).toMatch(/Inventory Value \(Calculated\):\s+300\.00\n/);
    const lines = await readTable(wb, JOURNAL);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      "Posting Date": "2021-01-20",
      "Item No.": "STD-LINK",
      "Update Standard Cost": "Yes",
      Posted: "No",
    });
    expect([
      fixed(lines[0].Quantity, 0),
      fixed(lines[0]["Unit Cost (Calculated)"], 5),
      fixed(lines[0]["Inventory Value (Calculated)"]),
    ]).toEqual(["150", "2.00000", "300.00"]);

    // Doc step 2: the new unit cost 3.00, typed in; posting revalues the expected cost and the standard cost.
    await editJournal(wb, "STD-LINK", "Unit Cost (Revalued)", "3");
    const posted = await costing(["post", wb]);
    expect(posted.stderr).toBe("");
    expect(posted.code).toBe(0);
    expect(posted.stdout).toMatch(/Revaluation entries:\s+1 \(entry no\. (\d+)\.\.\1\), amount 150\.00\n/);
    expect(posted.stdout).toContain("Standard Cost updated:    STD-LINK: 3 (Unit Cost 3)");
    const revaluations = (await valueEntriesOf(wb, receipt["Entry No."])).filter(
      (v) => v["Entry Type"] === "Revaluation",
    );
    expect(revaluations).toHaveLength(1);
    const reval = revaluations[0];
    expect(reval).toMatchObject({
      "Item No.": "STD-LINK",
      "Posting Date": "2021-01-20",
      "Valuation Date": "2021-01-20",
      "Document No.": "REVAL-2021-01-20",
      "Partial Revaluation": "Yes",
    });
    expect([
      fixed(reval["Valued Quantity"], 0),
      fixed(reval["Invoiced Quantity"], 0),
      fixed(reval["Cost Amount (Expected)"]),
      fixed(reval["Cost Amount (Actual)"]),
    ]).toEqual(["150", "0", "150.00", "0.00"]);
    const item = (await readTable(wb, "Items")).find((i) => i["No."] === "STD-LINK")!;
    expect([fixed(item["Standard Cost"]), fixed(item["Unit Cost"]), fixed(item["Last Direct Cost"])]).toEqual([
      "3.00",
      "3.00",
      "2.00",
    ]);
    expect(item.Description).toBe("Links at standard cost 2.00 received not invoiced (revaluation chain)");
    expect(await valuation(wb, "2021-01-20", "STD-LINK")).toEqual({
      itemNo: "STD-LINK",
      quantity: "150",
      costAmountActual: "0.00",
      costAmountExpected: "450.00",
      value: "450.00",
    });

    // Doc step 3: the purchase invoiced at 2.00 (300.00), as Business Central posts it (spec README): Direct Cost
    // actual 300.00 / expected -300.00; Revaluation expected -150.00 applied to the revaluation entry, valued on
    // its valuation date; Variance actual +150.00 (revalued standard 450.00 - invoiced 300.00).
    const maxVe = Math.max(...(await readTable(wb, "Value Entries")).map((v) => Number(v["Entry No."])));
    const invoice = {
      "Item Ledger Entry No.": receipt["Entry No."],
      "Item No.": "STD-LINK",
      "Posting Date": "2021-01-15",
      "Item Ledger Entry Type": "Purchase",
      "Document No.": "R2-PI1",
      "Location Code": receipt["Location Code"],
      "Valued Quantity": "150",
      "Item Ledger Entry Quantity": "0",
      Adjustment: "No",
      "Valued By Average Cost": "No",
      "Partial Revaluation": "No",
      "Expected Cost": "No",
    };
    await appendRows(wb, "Value Entries", [
      {
        ...invoice,
        "Entry No.": String(maxVe + 1),
        "Valuation Date": "2021-01-15",
        "Entry Type": "Direct Cost",
        "Invoiced Quantity": "150",
        "Cost Amount (Actual)": "300.00",
        "Cost Amount (Expected)": "-300.00",
        "Cost per Unit": "3.00",
        "Applies-to Entry": "0",
      },
      {
        ...invoice,
        "Entry No.": String(maxVe + 2),
        "Valuation Date": reval["Valuation Date"],
        "Entry Type": "Revaluation",
        "Invoiced Quantity": "0",
        "Cost Amount (Actual)": "0.00",
        "Cost Amount (Expected)": "-150.00",
        "Cost per Unit": "1.00",
        "Applies-to Entry": reval["Entry No."],
      },
      {
        ...invoice,
        "Entry No.": String(maxVe + 3),
        "Valuation Date": "2021-01-15",
        "Entry Type": "Variance",
        "Invoiced Quantity": "0",
        "Cost Amount (Actual)": "150.00",
        "Cost Amount (Expected)": "0.00",
        "Cost per Unit": "0.00",
        "Applies-to Entry": "0",
      },
    ]);
    await updateRows(wb, "Item Ledger Entries", "Entry No.", receipt["Entry No."], {
      "Invoiced Quantity": "150",
      "Completely Invoiced": "Yes",
      "Last Invoice Date": "2021-01-15",
    });

    const check = await costing(["check", wb]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("Problems: none");
    const adjust = await costing(["adjust", wb]);
    expect(adjust.code).toBe(0);
    expect(unexpectedMessages(adjust.stderr)).toEqual([]);
    expect(adjust.stdout).toContain("Nothing to adjust");
    for (const date of ["2021-01-20", "2021-12-31"]) {
      expect(await valuation(wb, date, "STD-LINK")).toEqual({
        itemNo: "STD-LINK",
        quantity: "150",
        costAmountActual: "450.00",
        costAmountExpected: "0.00",
        value: "450.00",
      });
    }
    expect(await costOf(wb, receipt["Entry No."])).toBe("450.00");
    expect(total(await valueEntriesOf(wb, receipt["Entry No."]), "Cost Amount (Expected)")).toBe("0.00");

    // The inventory value calculated afterwards is the revalued standard: 150 x 3.00.
    const after = await costing(["calc-value", wb, "--date", "2021-01-31", "--item", "STD-LINK"]);
    expect(unexpectedMessages(after.stderr)).toEqual([]);
    expect(after.code).toBe(0);
    const [line] = await readTable(wb, JOURNAL);
    expect([fixed(line.Quantity, 0), fixed(line["Inventory Value (Calculated)"]), line.Posted]).toEqual([
      "150",
      "450.00",
      "No",
    ]);
  });

  it("R3 WIP chain: the output carries the links' 150.00; the links revalued to 1.20 reach the chain: 180.00", async () => {
    const wb = await sampleCopy(kind);
    const receipt = await entryOf(wb, "WIP-LINK", "Purchase");
    const consumption = await entryOf(wb, "WIP-LINK", "Consumption");
    const output = await entryOf(wb, "WIP-CHAIN", "Output");
    expect([receipt["Posting Date"], consumption["Posting Date"], output["Posting Date"]]).toEqual([
      "2022-01-01",
      "2022-02-01",
      "2022-02-15",
    ]);
    expect([consumption["Order Type"], consumption["Order No."], output["Order Type"], output["Order No."]]).toEqual([
      "Production",
      "WIP-PO1",
      "Production",
      "WIP-PO1",
    ]);
    expect(await costOf(wb, output["Entry No."])).toBe("0.00"); // as posted, before Adjust Cost

    // 3V: Adjust Cost gives the output what the order consumed.
    const adjust = await costing(["adjust", wb]);
    expect(adjust.code).toBe(0);
    expect(adjust.stdout).toMatch(/Items adjusted:\s+\d+ \(.*WIP-CHAIN.*\)/);
    expect([
      await costOf(wb, receipt["Entry No."]),
      await costOf(wb, consumption["Entry No."]),
      await costOf(wb, output["Entry No."]),
    ]).toEqual(["150.00", "-150.00", "150.00"]);
    expect((await valueEntriesOf(wb, output["Entry No."])).map((v) => v["Valuation Date"])).toEqual([
      "2022-02-15",
      "2022-02-15",
    ]);
    expect(await valuation(wb, "2022-12-31", "WIP-CHAIN")).toMatchObject({ quantity: "1", value: "150.00" });

    // The links' receipt revalued by hand to 1.20: a journal line with Item No., Applies-to Entry and the new
    // unit cost (and the journal's Document No., which Business Central requires on every line).
    await typeJournal(wb, [
      {
        "Document No.": "WIP-REVAL",
        "Item No.": "WIP-LINK",
        "Applies-to Entry": receipt["Entry No."],
        "Unit Cost (Revalued)": "1.20",
      },
    ]);
    const posted = await costing(["post", wb]);
    expect(posted.stderr).toBe("");
    expect(posted.code).toBe(0);
    expect(posted.stdout).toMatch(/Lines posted:\s+1\n/);
    expect(posted.stdout).toMatch(/Revaluation entries:\s+1 \(entry no\. \d+\.\.\d+\), amount 30\.00\n/);
    const [line] = await readTable(wb, JOURNAL);
    expect(line).toMatchObject({ "Item No.": "WIP-LINK", "Applies-to Entry": receipt["Entry No."], Posted: "Yes" });
    const reval = (await valueEntriesOf(wb, receipt["Entry No."])).filter((v) => v["Entry Type"] === "Revaluation");
    expect(
      reval.map((v) => [
        v["Posting Date"],
        v["Valuation Date"],
        v["Document No."],
        fixed(v["Valued Quantity"], 0),
        fixed(v["Cost Amount (Actual)"]),
        fixed(v["Cost Amount (Expected)"]),
      ]),
    ).toEqual([["2022-01-01", "2022-01-01", "WIP-REVAL", "150", "30.00", "0.00"]]);

    // The consumption and the chain's output take the new cost.
    expect([
      await costOf(wb, receipt["Entry No."]),
      await costOf(wb, consumption["Entry No."]),
      await costOf(wb, output["Entry No."]),
    ]).toEqual(["180.00", "-180.00", "180.00"]);
    expect(await valuation(wb, "2022-12-31", "WIP-CHAIN")).toMatchObject({ quantity: "1", value: "180.00" });
    expect(await valuation(wb, "2022-12-31", "WIP-LINK")).toMatchObject({ quantity: "0", value: "0.00" });
    expect(await valuation(wb, "2022-01-31", "WIP-LINK")).toMatchObject({ quantity: "150", value: "180.00" });
    const again = await costing(["adjust", wb]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Nothing to adjust");
  });
});
