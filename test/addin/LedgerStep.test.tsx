/**
 * @jest-environment jsdom
 */
// The Ledger step in jsdom: progress while reading, then what matters first (errors before warnings, the
// columns whose absence stops costing or makes the figures guesses, with the page to export them from), then
// tables, counts, and the columns derived exactly folded away; an error from Excel shown with what to do;
// "Read again" reads again.
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App, isDarkBackground } from "../../src/taskpane/App";
import type { LoadLedger } from "../../src/taskpane/LedgerStep";
import type { LedgerReport } from "../../src/taskpane/ledgerReport";
import type { Progress } from "../../src/excel";
import { columnAdvice } from "../../src/workbook/exportAdvice";

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeAll(() => {
  (window as unknown as { ResizeObserver?: unknown }).ResizeObserver ??= NoLayoutResizeObserver;
});

const REPORT: LedgerReport = {
  tables: [
    { name: "Item Ledger Entries", sheet: "Item Ledger Entries", rows: 1200 },
    { name: "Value Entries", sheet: "Export (2)", rows: 2400 },
    { name: "Items", sheet: null, rows: 0 },
  ],
  items: 12,
  itemLedgerEntries: 1200,
  valueEntries: 2400,
  postingDates: { from: "2024-01-02", to: "2024-12-30" },
  advice: [columnAdvice("Value Entries", "Valuation Date", 2400)],
  problems: [
    { severity: "error", message: 'Value Entries, row 14, column "Cost Amount (Actual)": "12,5x" is not a number.' },
    { severity: "warning", message: "Items: A is not in the Items table, so it is costed as FIFO." },
  ],
  ready: false,
};

function deferred() {
  let resolve!: (r: LedgerReport) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<LedgerReport>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

test("shows progress, then the tables, counts, derived columns and every problem", async () => {
  const pending = deferred();
  let report!: (p: Progress) => void;
  const load: LoadLedger = (onProgress) => ((report = onProgress), pending.promise);
  render(<App load={load} />);

  expect(screen.getByText("Looking for the ledger tables...")).toBeTruthy();
  act(() => report({ table: "Value Entries", action: "read", done: 1000, total: 2400 }));
  expect(screen.getByText("Reading Value Entries: 1,000 of 2,400 rows")).toBeTruthy();

  await act(async () => pending.resolve(REPORT));
  const tables = screen.getByRole("table", { name: "Tables found" });
  expect(within(tables).getByText("Export (2)")).toBeTruthy();
  expect(within(tables).getByText("not found")).toBeTruthy();
  expect(within(tables).getByText("2,400")).toBeTruthy();
  const ledger = screen.getByRole("list", { name: "Ledger" });
  expect(ledger.textContent).toContain("12 items with entries");
  expect(ledger.textContent).toContain("Posting dates 2024-01-02 to 2024-12-30");
  // Derived exactly: folded away until opened.
  expect(screen.queryByRole("list", { name: "Derived columns" })).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: /Derived exactly from the ledger, or not used \(1 column\)/ }));
  const derived = screen.getByRole("list", { name: "Derived columns" }).textContent;
  expect(derived).toContain('Value Entries, column "Valuation Date" (2,400 rows): Replayed in entry-number order');
  expect(derived).toContain('To export it: Page 5802 "Value Entries" hides "Valuation Date" by default');
  expect(screen.getByText("1 error and 1 warning: correct the cells named below, then Read again.")).toBeTruthy();
  const problems = screen.getByRole("list", { name: "Problems" });
  expect(
    within(problems)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual([
    'Error: Value Entries, row 14, column "Cost Amount (Actual)": "12,5x" is not a number.',
    "Warning: Items: A is not in the Items table, so it is costed as FIFO.",
  ]);
});

test("what matters first: errors before warnings, then the columns that stop costing or are guessed, then the rest", async () => {
  const report: LedgerReport = {
    ...REPORT,
    problems: [
      { severity: "warning", message: "Items: the first warning." },
      { severity: "error", message: "Value Entries, row 3: the first error." },
      { severity: "warning", message: "Items: the second warning." },
      { severity: "error", message: "Value Entries, row 9: the second error." },
    ],
    advice: [
      columnAdvice("Items", "Costing Method", 2),
      columnAdvice("Item Ledger Entries", "Variant Code", 1200),
      columnAdvice("Value Entries", "Valuation Date", 2400),
      columnAdvice("Item Ledger Entries", "Positive", 1200),
    ],
  };
  render(<App load={() => Promise.resolve(report)} />);
  const problems = await screen.findByRole("list", { name: "Problems" });
  expect(
    within(problems)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual([
    "Error: Value Entries, row 3: the first error.",
    "Error: Value Entries, row 9: the second error.",
    "Warning: Items: the first warning.",
    "Warning: Items: the second warning.",
  ]);
  const toAdd = screen.getByRole("list", { name: "Columns to add to the export" });
  const items = within(toAdd)
    .getAllByRole("listitem")
    .map((li) => li.textContent ?? "");
  expect(items).toHaveLength(2);
  expect(items[0]).toMatch(/^Items, column "Costing Method" \(2 rows\): Costing stops/);
  expect(items[0]).toContain('Page 31 "Item List" hides "Costing Method" by default');
  expect(items[1]).toMatch(/^Item Ledger Entries, column "Variant Code" \(1,200 rows\): Every entry is taken/);
  // In the page's order: problems, then the columns to add, before the tables found; the derived ones folded.
  const order = [problems, toAdd, screen.getByRole("table", { name: "Tables found" })];
  for (let i = 1; i < order.length; i++)
    expect(order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(screen.queryByRole("list", { name: "Derived columns" })).toBeNull();
  expect(screen.getByRole("button", { name: /or not used \(2 columns\)/ })).toBeTruthy();
});

test("an error from Excel is shown; Read again reads again", async () => {
  const attempts = [deferred(), deferred()];
  let n = 0;
  const load: LoadLedger = () => attempts[n++].promise;
  render(<App load={load} dark />);
  await act(async () => attempts[0].reject(new Error('The sheet "Value Entries" is protected.')));
  expect(screen.getByText('The workbook could not be read: The sheet "Value Entries" is protected.')).toBeTruthy();

  fireEvent.click(screen.getByRole("button", { name: "Read again" }));
  expect(n).toBe(2);
  await act(async () => attempts[1].resolve({ ...REPORT, problems: [], ready: true }));
  expect(screen.getByText("Ready for costing: no problems found.")).toBeTruthy();
});

test("dark Office themes get Fluent's dark theme", () => {
  expect(isDarkBackground("#1F1F1F")).toBe(true);
  expect(isDarkBackground("#ffffff")).toBe(false);
  expect(isDarkBackground(undefined)).toBe(false);
});
