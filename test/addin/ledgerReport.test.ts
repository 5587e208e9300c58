// The Ledger step's report, read from the bundled sample through the Office.js adapter (fake Excel).
import path from "node:path";
import { OfficeWorkbook } from "../../src/excel";
import { readLedgerReport } from "../../src/taskpane/ledgerReport";
import { FakeExcel } from "../../src/preview/fakeExcel";
import { fakeFromXlsx } from "../../src/preview/fromXlsx";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");

test("the sample: tables with their sheets and rows, counts, posting dates, derived columns, no errors", async () => {
  const excel = await fakeFromXlsx(SAMPLE);
  const report = await readLedgerReport(new OfficeWorkbook({ run: excel.run }));
  expect(report.tables).toEqual([
    { name: "Item Ledger Entries", sheet: "Item Ledger Entries", rows: 44 },
    { name: "Value Entries", sheet: "Value Entries", rows: 52 },
    { name: "Items", sheet: "Items", rows: 12 },
    { name: "Item Application Entries", sheet: null, rows: 0 },
    { name: "Inventory Setup", sheet: "Inventory Setup", rows: 5 },
    { name: "Accounting Periods", sheet: "Accounting Periods", rows: 72 },
  ]);
  expect(report).toMatchObject({ items: 12, itemLedgerEntries: 44, valueEntries: 52, ready: true });
  expect(report.postingDates).toEqual({ from: "2020-01-01", to: "2025-02-03" });
  expect(report.advice.map((d) => `${d.table}|${d.column}`)).toContain("Item Application Entries|(whole table)");
  expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
});

test("a workbook without the ledger: the missing tables as errors, no counts, not ready", async () => {
  const excel = new FakeExcel();
  excel.addSheet("Sheet1", [["Hello"]]);
  const report = await readLedgerReport(new OfficeWorkbook({ run: excel.run }));
  expect(report.ready).toBe(false);
  expect(report.itemLedgerEntries).toBeNull();
  expect(report.tables.every((t) => t.sheet === null)).toBe(true);
  expect(report.problems.map((p) => p.message)).toEqual([
    expect.stringContaining("The workbook has no Item Ledger Entries table."),
    expect.stringContaining("The workbook has no Value Entries table."),
  ]);
});
