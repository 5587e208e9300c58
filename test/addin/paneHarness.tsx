// The task pane in jsdom on the bundled sample: assets/sample.xlsx loaded once into the in-memory Excel
// (src/preview/fakeExcel.ts), copied for each test, behind the Office.js adapter (OfficeWorkbook) as in Excel.
// A valve holds Excel.run calls so a test can look at the pane while a job waits on Excel, and the rows of any
// sheet can be read back as records.
import path from "node:path";
import * as React from "react";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { OfficeWorkbook, type ExcelRun, type Progress } from "../../src/excel";
import { App } from "../../src/taskpane/App";
import type { GoTo, LoadLedger } from "../../src/taskpane/LedgerStep";
import { readSelectedCell } from "../../src/excel/selectedCell";
import { readLedgerReport } from "../../src/taskpane/ledgerReport";
import type { OpenPort } from "../../src/taskpane/work";
import { FakeExcel, type Scalar } from "../../src/preview/fakeExcel";
import { fakeFromXlsx } from "../../src/preview/fromXlsx";

// The machines that run the tests are often busy: give the pane time before a findBy/waitFor gives up.
configure({ asyncUtilTimeout: 5000 });

export const SAMPLE_XLSX = path.join(__dirname, "../../assets/sample.xlsx");

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
export function installNoLayout(): void {
  (window as unknown as { ResizeObserver?: unknown }).ResizeObserver ??= NoLayoutResizeObserver;
  // Nor a canvas: the charts measure their axis labels with one; 6 px a character is enough for them.
  const measuring = { font: "", measureText: (text: string) => ({ width: 6 * text.length }) };
  HTMLCanvasElement.prototype.getContext = (() => measuring) as unknown as HTMLCanvasElement["getContext"];
}

let master: Promise<FakeExcel> | undefined;

/** A fresh in-memory Excel holding the bundled sample (the file is read once per test file). */
export async function sampleExcel(): Promise<FakeExcel> {
  master ??= fakeFromXlsx(SAMPLE_XLSX);
  return copyOf(await master);
}

function copyOf(source: FakeExcel): FakeExcel {
  const excel = new FakeExcel();
  for (const s of source.sheets) {
    const sheet = excel.addSheet(s.name);
    sheet.protected = s.protected;
    sheet.cells = s.cells.map((r) => (r ? r.map((c) => (c ? { ...c } : c)) : r));
  }
  for (const t of source.tables) {
    const copy = excel.addTable(t.name, excel.sheet(t.sheet.name), t.row, t.col, t.rows, t.cols);
    copy.showTotals = t.showTotals;
    copy.style = t.style;
  }
  return excel;
}

/** Holds Excel.run calls while closed; opening lets them through. */
export class Valve {
  private closed = false;
  private held: (() => void)[] = [];

  readonly wrap =
    (run: ExcelRun): ExcelRun =>
    async (batch) => {
      if (this.closed) await new Promise<void>((resolve) => this.held.push(resolve));
      return run(batch);
    };

  /** Excel.run calls waiting. */
  get waiting(): number {
    return this.held.length;
  }
  close(): void {
    this.closed = true;
  }
  /** Lets one waiting call through; the valve stays closed. */
  one(): void {
    this.held.shift()?.();
  }
  open(): void {
    this.closed = false;
    for (const release of this.held.splice(0)) release();
  }
}

export interface Pane {
  readonly excel: FakeExcel;
  /** Holds the Excel.run calls of the steps' jobs. */
  readonly valve: Valve;
  /** Holds the Excel.run calls of the Ledger step's reading. */
  readonly loadValve: Valve;
  readonly load: LoadLedger;
  readonly open: OpenPort;
  /** Times the Ledger step read the workbook. */
  readonly reads: () => number;
  /** Progress reports of the ports the steps opened. */
  readonly progress: Progress[];
}

/** The pane's load and open over the in-memory Excel, as src/taskpane/index.tsx wires them to Excel.run. */
export function paneOn(excel: FakeExcel, options: { readonly cellsPerRequest?: number } = {}): Pane {
  const valve = new Valve();
  const loadValve = new Valve();
  const run = valve.wrap(excel.run);
  const progress: Progress[] = [];
  let reads = 0;
  const load: LoadLedger = (onProgress, choice) => {
    reads++;
    return readLedgerReport(new OfficeWorkbook({ run: loadValve.wrap(excel.run), onProgress }), choice);
  };
  const open: OpenPort = (onProgress) =>
    new OfficeWorkbook({
      run,
      cellsPerRequest: options.cellsPerRequest,
      onProgress: (p) => {
        progress.push(p);
        onProgress(p);
      },
    });
  return { excel, valve, loadValve, load, open, reads: () => reads, progress };
}

/** Renders the pane on the sample and waits until the Ledger step has read it. */
export async function renderPane(
  options: { readonly cellsPerRequest?: number; readonly excel?: FakeExcel; readonly goTo?: GoTo } = {},
): Promise<Pane> {
  const pane = paneOn(options.excel ?? (await sampleExcel()), options);
  render(
    <App load={pane.load} open={pane.open} goTo={options.goTo} selection={() => readSelectedCell(pane.excel.run)} />,
  );
  await ledgerRead();
  return pane;
}

/** Waits until the Ledger step shows a ledger ready for costing. */
export async function ledgerRead(): Promise<void> {
  await screen.findByText(/^Ready for costing/);
  await waitFor(() => expect(screen.getByRole("tab", { name: "Setup" }).hasAttribute("disabled")).toBe(false));
}

/** Unfolds the Ledger step's details (tables found, setup in force), folded once the ledger is ready. */
export function openLedgerDetails(name = "Tables found and setup in force"): void {
  fireEvent.click(screen.getByRole("button", { name }));
}

/** A table's body rows, each as its cells' text. */
export function tableCells(table: HTMLElement): (string | null)[][] {
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    );
}

/** Waits until the step's job is over (its progress bar gone). */
export async function jobDone(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
}

/** Shows a step by its tab. */
export async function showStep(
  label: "Ledger" | "Setup" | "Adjust" | "Calculate" | "Post" | "Scenarios" | "Valuation" | "Explain",
): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("tab", { name: label }));
  const titles: Record<string, string> = {
    Ledger: "Ledger",
    Setup: "Setup",
    Adjust: "Adjust cost",
    Calculate: "Calculate inventory value",
    Post: "Preview and post",
    Scenarios: "Revaluation scenarios",
    Valuation: "Inventory valuation",
    Explain: "Explain an average cost",
  };
  return await screen.findByRole("region", { name: titles[label] });
}

/** A sheet's rows (below its header row) as records by caption; empty cells are "". */
export function records(excel: FakeExcel, sheetName: string): Record<string, Scalar | "">[] {
  const sheet = excel.sheet(sheetName);
  const used = sheet.used();
  if (!used) return [];
  const [headers, ...rows] = sheet.values(used.row, used.col, used.rows, used.cols);
  return rows.map((r) => Object.fromEntries(headers.map((h, i) => [String(h), r[i]])));
}

/** True when the workbook has a sheet of that name. */
export const hasSheet = (excel: FakeExcel, name: string): boolean =>
  excel.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());

/** Every cell value of every sheet, to check that nothing was written. */
export const snapshot = (excel: FakeExcel): string =>
  JSON.stringify(excel.sheets.map((s) => [s.name, s.cells])) +
  JSON.stringify(excel.tables.map((t) => [t.name, t.rows]));

/** The column (0-based) of a caption in a sheet's header row (the first row). */
function columnOf(excel: FakeExcel, sheetName: string, caption: string): number {
  const sheet = excel.sheet(sheetName);
  const used = sheet.used()!;
  const c = sheet.values(used.row, used.col, 1, used.cols)[0].indexOf(caption);
  if (c < 0) throw new Error(`${sheetName} has no column "${caption}"`);
  return used.col + c;
}

/** Types a value into the cells of `caption` on the rows `where` picks, as the user does in Excel. */
export function typeInto(
  excel: FakeExcel,
  sheetName: string,
  where: (row: Record<string, Scalar | "">) => boolean,
  caption: string,
  value: Scalar,
): number {
  const sheet = excel.sheet(sheetName);
  const used = sheet.used()!;
  const col = columnOf(excel, sheetName, caption);
  let n = 0;
  records(excel, sheetName).forEach((r, i) => {
    if (!where(r)) return;
    sheet.cell(used.row + 1 + i, col).value = value;
    n++;
  });
  return n;
}

/** Deletes the rows `where` picks from a sheet (and from the Excel table on it), as the user does in Excel. */
export function deleteRows(excel: FakeExcel, sheetName: string, where: (row: Record<string, Scalar | "">) => boolean) {
  const sheet = excel.sheet(sheetName);
  const used = sheet.used()!;
  const all = records(excel, sheetName);
  const header = sheet.cells[used.row];
  const kept = sheet.cells.slice(used.row + 1, used.row + 1 + all.length).filter((_, i) => !where(all[i]));
  sheet.cells = [...sheet.cells.slice(0, used.row), header, ...kept];
  for (const t of excel.tables) if (t.sheet === sheet) t.rows = kept.length + 1;
}

/**
 * The sample's revaluation example A-F (item FIFO-REVAL) taken back to before its revaluation, as
 * test/cli/revaluation.test.ts does: the revaluation and sales D, E, F leave the ledger, and the receipt of 6
 * has 3 left (sales A and B dated before 03-01, C dated 04-01). Calculated on 2020-03-01: 4 on hand at 10.00.
 */
export function rewindRevaluationExample(excel: FakeExcel): void {
  const later = ["S13-REVAL", "S13-D", "S13-E", "S13-F"];
  deleteRows(excel, "Item Ledger Entries", (r) => later.includes(String(r["Document No."])));
  deleteRows(excel, "Value Entries", (r) => later.includes(String(r["Document No."])));
  const receipt = (r: Record<string, Scalar | "">) => r["Document No."] === "S13-PR1";
  typeInto(excel, "Item Ledger Entries", receipt, "Remaining Quantity", 3);
  typeInto(excel, "Item Ledger Entries", receipt, "Open", "Yes");
}

export const JOURNAL = "Revaluation Journal";

/** The journal's lines as Excel holds them: item, location, applies-to, quantity, costs, values, amount. */
export const journalLines = (excel: FakeExcel) =>
  records(excel, JOURNAL).map((r) => [
    r["Item No."],
    r["Location Code"],
    r["Applies-to Entry"],
    r.Quantity,
    r["Unit Cost (Calculated)"],
    r["Inventory Value (Calculated)"],
    r["Unit Cost (Revalued)"],
    r["Inventory Value (Revalued)"],
    r.Amount,
  ]);

/** Types into the field of that label. */
export const typeIn = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** In the Calculate step: the Posting Date and Items, then Calculate; waits until the job is over. */
export async function calculateIn(date: string, items: string): Promise<void> {
  typeIn("Posting Date", date);
  typeIn("Items", items);
  fireEvent.click(screen.getByRole("button", { name: "Calculate" }));
  await jobDone();
}

/** The messages the shown step gives (failure first, then success), each without its list of problems. */
export function messages(): string[] {
  return [...document.querySelectorAll(".fui-MessageBarBody")]
    .filter((el) => !el.closest("[hidden]"))
    .map((el) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(""),
    );
}

/** The last message the shown step gives. */
export const lastMessage = (): string | undefined => messages().pop();
