/**
 * @jest-environment jsdom
 */
// The Ledger step's Import from file in jsdom: a File fed to the file input (the bundled sample's .xlsx, a CSV
// export) is read in the pane, its tables written into new sheets of the in-memory Excel through the Office.js
// adapter in blocks with progress, and the ledger read again; a second import is refused naming the sheets; a
// file of another kind is refused with what to choose.
import * as React from "react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { OfficeWorkbook, type ExcelRun, type Progress } from "../../src/excel";
import { App } from "../../src/taskpane/App";
import type { LoadLedger } from "../../src/taskpane/LedgerStep";
import { readLedgerReport } from "../../src/taskpane/ledgerReport";
import type { OpenPort } from "../../src/taskpane/work";
import { FakeExcel } from "../../src/preview/fakeExcel";
import { openLedgerDetails } from "./paneHarness";

const ASSETS = path.join(__dirname, "../../assets");

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeAll(() => {
  (window as unknown as { ResizeObserver?: unknown }).ResizeObserver ??= NoLayoutResizeObserver;
  // Every browser has TextDecoder; jsdom does not.
  (globalThis as unknown as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;
});

/** Holds Excel.run calls while closed. */
function gate(run: ExcelRun) {
  let waiting: (() => void)[] = [];
  let closed = false;
  const held: ExcelRun = async (batch) => {
    if (closed) await new Promise<void>((resolve) => waiting.push(resolve));
    return run(batch);
  };
  return {
    run: held,
    close: () => (closed = true),
    open: () => {
      closed = false;
      const w = waiting;
      waiting = [];
      w.forEach((resolve) => resolve());
    },
  };
}

function pane(excel: FakeExcel) {
  const writes = gate(excel.run);
  const progress: Progress[] = [];
  const load: LoadLedger = (onProgress) => readLedgerReport(new OfficeWorkbook({ run: excel.run, onProgress }));
  const open: OpenPort = (onProgress) =>
    new OfficeWorkbook({
      run: writes.run,
      cellsPerRequest: 500,
      onProgress: (p) => {
        progress.push(p);
        onProgress(p);
      },
    });
  render(<App load={load} open={open} />);
  return { writes, progress };
}

const input = () => screen.getByLabelText("Import from file") as HTMLInputElement;
const pick = (file: File) => fireEvent.change(input(), { target: { files: [file] } });
/** Reading an .xlsx with ExcelJS takes a while on a busy machine. */
const SLOW = { timeout: 20000 };
const sampleXlsx = () => new File([readFileSync(path.join(ASSETS, "sample.xlsx"))], "sample.xlsx");

test("the sample's .xlsx imported into a workbook without a ledger: new sheets, in blocks with progress, read again", async () => {
  const excel = new FakeExcel();
  excel.addSheet("Sheet1", [["Notes"]]);
  const { writes, progress } = pane(excel);
  const missing = await screen.findByText(/The workbook has no Item Ledger Entries table/, {}, SLOW);
  expect(input().accept).toBe(".xlsx,.csv");
  // No ledger table at all: Import is the step's first action, before the problems and Read again.
  const importButton = screen.getByRole("button", { name: "Import from file..." });
  const precedes = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  expect(precedes(importButton, missing)).toBe(true);
  expect(precedes(importButton, screen.getByRole("button", { name: "Read again" }))).toBe(true);

  writes.close();
  pick(sampleXlsx());
  // While it waits on Excel: what it is doing, a progress bar, and Cancel (nothing written yet).
  const status = await screen.findByText("Looking for the ledger tables in sample.xlsx...", {}, SLOW);
  const job = status.closest("[role=status]") as HTMLElement;
  expect(within(job).getByRole("progressbar")).toBeTruthy();
  expect(within(job).getByRole("button", { name: "Cancel" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Import from file..." }).hasAttribute("disabled")).toBe(true);
  writes.open();

  expect(
    await screen.findByText(
      "Imported from sample.xlsx into new sheets: Item Ledger Entries (44 rows), Value Entries (52 rows), Items " +
        "(12 rows), Inventory Setup (5 rows), Accounting Periods (72 rows).",
      {},
      SLOW,
    ),
  ).toBeTruthy();
  expect(await screen.findByText(/^Ready for costing/, {}, SLOW)).toBeTruthy();
  openLedgerDetails();
  const tables = screen.getByRole("table", { name: "Tables found" });
  expect(within(tables).getAllByText("Item Ledger Entries")).toHaveLength(2); // the table, and its sheet
  expect(screen.getByRole("list", { name: "Ledger" }).textContent).toContain("44 item ledger entries");
  expect(excel.sheets.map((s) => s.name)).toEqual([
    "Sheet1",
    "Item Ledger Entries",
    "Value Entries",
    "Items",
    "Inventory Setup",
    "Accounting Periods",
  ]);
  // Written in blocks under the request budget (250 cells a write here), each block reported.
  const ve = progress.filter((p) => p.action === "write" && p.table === "Value Entries");
  expect(ve.length).toBeGreaterThan(5);
  expect(ve.at(-1)).toMatchObject({ done: 53, total: 53 });

  // The same file again: refused, naming the sheets; nothing written.
  const before = excel.sheets.length;
  pick(sampleXlsx());
  expect(
    await screen.findByText(
      /^Nothing was imported from sample.xlsx: the workbook has a sheet "Item Ledger Entries"/,
      {},
      SLOW,
    ),
  ).toBeTruthy();
  expect(excel.sheets.length).toBe(before);
});

test("CSV exports imported one by one; each is read again", async () => {
  const excel = new FakeExcel();
  pane(excel);
  await screen.findByText(/The workbook has no Item Ledger Entries table/, {}, SLOW);
  for (const name of ["Item Ledger Entries", "Value Entries", "Items"]) {
    pick(new File([readFileSync(path.join(ASSETS, "sample", `${name}.csv`))], `${name}.csv`, { type: "text/csv" }));
    expect(
      await screen.findByText(new RegExp(`^Imported from ${name}.csv into new sheets: ${name} \\(`), {}, SLOW),
    ).toBeTruthy();
  }
  expect(await screen.findByText(/^Ready for costing/, {}, SLOW)).toBeTruthy();
  expect(screen.getByRole("list", { name: "Ledger" }).textContent).toContain("52 value entries");
});

test("a file that is neither .xlsx nor .csv, or has no ledger table, is refused with what to do", async () => {
  const excel = new FakeExcel();
  pane(excel);
  await screen.findByText(/The workbook has no Item Ledger Entries table/, {}, SLOW);
  pick(new File(["x"], "ledger.xls"));
  expect(await screen.findByText(/^ledger.xls is neither an .xlsx workbook nor a .csv file/, {}, SLOW)).toBeTruthy();

  pick(new File(["Customer;Amount\r\nC1;5\r\n"], "customers.csv"));
  expect(
    await screen.findByText(
      /^No ledger table was found in customers.csv \("customers" starts with Customer, Amount\)/,
      {},
      SLOW,
    ),
  ).toBeTruthy();

  pick(new File(["not a zip"], "broken.xlsx"));
  expect(await screen.findByText(/^broken.xlsx could not be read as an .xlsx workbook/, {}, SLOW)).toBeTruthy();
  expect(excel.sheets).toEqual([]);
});
