// Import from a file and the column mapping through the Office.js adapter, on the in-memory Excel: the sample's
// .xlsx read as the pane reads a picked file, its tables written into new sheets in blocks under the request
// budget with progress, the ledger then read as the sample's; a sheet that exists refuses the import; a mapping
// saved into the "Costing Column Map" sheet is used by the next read.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { OfficeWorkbook, type Progress } from "../../src/excel";
import { csvSheets, xlsxSheets } from "../../src/taskpane/importFile";
import { readLedgerReport } from "../../src/taskpane/ledgerReport";
import { importTables } from "../../src/workbook/importTables";
import { saveColumnMappings } from "../../src/workbook/columnMap";
import { FakeExcel } from "../../src/preview/fakeExcel";
import { fakeFromXlsx } from "../../src/preview/fromXlsx";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const SAMPLE_CSV = path.join(__dirname, "../../assets/sample");

async function sampleBytes(): Promise<ArrayBuffer> {
  const b = await readFile(SAMPLE);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

test("the sample's .xlsx imported into an empty workbook: new sheets as Excel tables, in blocks, read as the sample", async () => {
  const excel = new FakeExcel();
  excel.addSheet("Sheet1");
  const progress: Progress[] = [];
  const port = new OfficeWorkbook({ run: excel.run, cellsPerRequest: 400, onProgress: (p) => progress.push(p) });
  const sheets = await xlsxSheets("sample.xlsx", await sampleBytes());
  const result = await importTables(port, sheets, { fileName: "sample.xlsx" });
  expect(result.tables.map((t) => `${t.table}:${t.rows}`)).toEqual([
    "Item Ledger Entries:44",
    "Value Entries:52",
    "Items:12",
    "Inventory Setup:5",
    "Accounting Periods:72",
  ]);
  expect(excel.sheets.map((s) => s.name)).toEqual([
    "Sheet1",
    "Item Ledger Entries",
    "Value Entries",
    "Items",
    "Inventory Setup",
    "Accounting Periods",
  ]);
  expect(excel.tables.map((t) => t.name)).toEqual([
    "ItemLedgerEntries",
    "ValueEntries",
    "Items",
    "InventorySetup",
    "AccountingPeriods",
  ]);
  // Written in blocks (400 cells a request here: 200 a write), each reported.
  const writes = progress.filter((p) => p.action === "write" && p.table === "Value Entries");
  expect(writes.length).toBeGreaterThan(3);
  expect(writes.at(-1)).toEqual({ table: "Value Entries", action: "write", done: 53, total: 53 });

  const imported = await readLedgerReport(new OfficeWorkbook({ run: excel.run }));
  const original = await readLedgerReport(new OfficeWorkbook({ run: (await fakeFromXlsx(SAMPLE)).run }));
  expect(imported.tables).toEqual(original.tables);
  expect(imported.problems).toEqual(original.problems);
  expect(imported.ready).toBe(true);
  expect(imported.ledger!.valueEntries).toEqual(original.ledger!.valueEntries);
});

test("CSV exports imported: numbers and dates become numbers and dates, other text stays text; read as the sample", async () => {
  const excel = new FakeExcel();
  const port = new OfficeWorkbook({ run: excel.run });
  for (const name of ["Item Ledger Entries", "Value Entries", "Items"]) {
    const text = await readFile(path.join(SAMPLE_CSV, `${name}.csv`), "utf8");
    // A downloaded copy's name, "Value Entries (2).csv", still names its table.
    const result = await importTables(port, csvSheets(`${name} (2).csv`, text), { fileName: `${name} (2).csv` });
    expect(result.tables.map((t) => t.table)).toEqual([name]);
  }
  expect(excel.sheets.map((s) => s.name)).toEqual(["Item Ledger Entries", "Value Entries", "Items"]);
  const ve = excel.sheet("Value Entries");
  expect(ve.values(0, 0, 1, 14)[0].slice(2, 14)).toEqual([
    "Item No.",
    "Posting Date",
    "Valuation Date",
    "Entry Type",
    "Item Ledger Entry Type",
    "Document No.",
    "Location Code",
    "Variant Code",
    "Valued Quantity",
    "Invoiced Quantity",
    "Item Ledger Entry Quantity",
    "Cost Amount (Actual)",
  ]);
  expect(ve.cell(1, 2)).toMatchObject({ value: "AVG-DAY", format: "@" });
  expect(ve.cell(1, 3)).toMatchObject({ value: 44927, format: "yyyy-mm-dd" }); // 2023-01-01
  expect(ve.cell(1, 13)).toMatchObject({ value: 20 });
  const imported = await readLedgerReport(new OfficeWorkbook({ run: excel.run }));
  const original = await readLedgerReport(new OfficeWorkbook({ run: (await fakeFromXlsx(SAMPLE)).run }));
  expect(imported.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(imported.ledger!.valueEntries).toEqual(original.ledger!.valueEntries);
  expect(imported.ledger!.itemLedgerEntries).toEqual(original.ledger!.itemLedgerEntries);
});

test("importing into a workbook that has the sheet already is refused, naming it; nothing is written", async () => {
  const excel = await fakeFromXlsx(SAMPLE);
  const before = excel.sheets.length;
  const syncs = excel.syncs;
  const port = new OfficeWorkbook({ run: excel.run });
  const sheets = await xlsxSheets("sample.xlsx", await sampleBytes());
  await expect(importTables(port, sheets, { fileName: "sample.xlsx" })).rejects.toThrow(
    'Nothing was imported from sample.xlsx: the workbook has a sheet "Item Ledger Entries", a sheet "Value ' +
      'Entries", a sheet "Items", a sheet "Inventory Setup" and a sheet "Accounting Periods" already.',
  );
  expect(excel.sheets.length).toBe(before);
  expect(excel.syncs).toBeGreaterThan(syncs);
});

test("a mapping saved through Office.js is an Excel table on its own sheet, and the next read uses it", async () => {
  const excel = await fakeFromXlsx(SAMPLE);
  const ve = excel.sheet("Value Entries");
  const col = ve.values(0, 0, 1, 30)[0].indexOf("Cost Amount (Actual)");
  ve.cell(0, col).value = "Kostenbetrag Ist";
  const port = () => new OfficeWorkbook({ run: excel.run });

  const before = await readLedgerReport(port());
  expect(before.ready).toBe(false);
  expect(before.headers!.get("Value Entries")).toContain("Kostenbetrag Ist");

  await saveColumnMappings(port(), [
    { table: "Value Entries", column: "Cost Amount (Actual)", header: "Kostenbetrag Ist" },
  ]);
  const map = excel.sheet("Costing Column Map");
  expect(map.values(0, 0, 2, 3)).toEqual([
    ["Table", "Column", "Header"],
    ["Value Entries", "Cost Amount (Actual)", "Kostenbetrag Ist"],
  ]);
  expect(excel.tables.map((t) => t.name)).toContain("CostingColumnMap");

  const after = await readLedgerReport(port());
  expect(after.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(after.ready).toBe(true);
  expect(after.columnMap!.entries).toEqual([
    { table: "Value Entries", column: "Cost Amount (Actual)", header: "Kostenbetrag Ist" },
  ]);
});
