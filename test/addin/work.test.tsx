/**
 * @jest-environment jsdom
 */
// Long work in the pane (src/taskpane/work.tsx), on the bundled sample with Excel held between requests: a
// progress bar with what is being read or written, row by row block; Cancel while reading stops the job before
// anything is written (the workbook is as it was, and the step works again afterwards); once the job writes,
// Cancel is withdrawn and the writing is finished.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  calculateIn,
  hasSheet,
  installNoLayout,
  JOURNAL,
  jobDone,
  journalLines,
  lastMessage,
  records,
  renderPane,
  showStep,
  snapshot,
  typeIn,
  type Pane,
} from "./paneHarness";

beforeAll(installNoLayout);

/** 40 cells per request: the journal's 18 columns go 2 rows a block, Value Entries' 22 columns 1 row. */
const SMALL_BLOCKS = { cellsPerRequest: 40 };

const status = () => screen.queryByRole("status");
const statusText = () => status()?.querySelector(".fui-Text")?.textContent ?? "";
const cancelButton = () => within(status()!).getByRole("button") as HTMLButtonElement;

/** Lets Excel answer one request at a time until the pane shows `label` (a job must be running). */
async function until(pane: Pane, label: string | RegExp): Promise<void> {
  const shown = () => (typeof label === "string" ? statusText() === label : label.test(statusText()));
  for (let i = 0; i < 500; i++) {
    if (shown()) return;
    await waitFor(() => expect(pane.valve.waiting > 0 || shown()).toBe(true), { interval: 5 });
    if (shown()) return;
    act(() => pane.valve.one());
  }
  throw new Error(`The pane never showed "${label}"; it shows "${statusText()}".`);
}

/** The pane with a journal of FIFO-PLAIN, LIFO-PLAIN and STD-PLAIN on 2023-12-31 (3 lines: 4 sheet rows). */
async function withJournal(): Promise<Pane> {
  const pane = await renderPane(SMALL_BLOCKS);
  await showStep("Calculate");
  await calculateIn("2023-12-31", "FIFO-PLAIN, LIFO-PLAIN, STD-PLAIN");
  expect(lastMessage()).toMatch(/^3 lines written/);
  await screen.findByText(/^Ready for costing/);
  return pane;
}

test("a progress bar shows what is read, block by block, and the step's buttons wait", async () => {
  const pane = await withJournal();
  await showStep("Post");
  const from = pane.progress.length;
  pane.valve.close();
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));

  expect(status()).not.toBeNull();
  for (const name of ["Preview", "Post"])
    expect((screen.getByRole("button", { name }) as HTMLButtonElement).disabled).toBe(true);
  await until(pane, "Reading Revaluation Journal: 2 of 4 rows");
  const bar = within(status()!).getByRole("progressbar");
  expect(bar.getAttribute("aria-valuenow")).toBe("0.5");
  expect(bar.getAttribute("aria-label")).toBe("Reading Revaluation Journal: 2 of 4 rows");
  expect([cancelButton().textContent, cancelButton().disabled]).toEqual(["Cancel", false]);
  await until(pane, "Reading Revaluation Journal: 4 of 4 rows");
  expect(within(status()!).getByRole("progressbar").getAttribute("aria-valuenow")).toBe("1");

  act(() => pane.valve.open());
  await jobDone();
  expect(screen.getByRole("table", { name: "Effect per item" })).toBeTruthy();
  expect(
    pane.progress
      .slice(from)
      .filter((p) => p.table === JOURNAL)
      .map((p) => `${p.done}/${p.total}`),
  ).toEqual(["0/4", "2/4", "4/4"]);
});

test("Cancel while the journal is read stops Post before anything is written; Post works afterwards", async () => {
  const pane = await withJournal();
  const col = records(pane.excel, JOURNAL);
  expect(col).toHaveLength(3);
  // The user's new unit cost for FIFO-PLAIN, typed in the sheet.
  const sheet = pane.excel.sheet(JOURNAL);
  sheet.cell(1, Object.keys(col[0]).indexOf("Unit Cost (Revalued)")).value = 5;
  await showStep("Post");
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  await jobDone();
  const before = snapshot(pane.excel);
  pane.valve.close();
  fireEvent.click(screen.getByRole("button", { name: "Post" }));

  await until(pane, "Reading Revaluation Journal: 2 of 4 rows");
  fireEvent.click(cancelButton());
  act(() => pane.valve.open());
  await jobDone();
  expect(lastMessage()).toBe("Cancelled: nothing was written.");
  expect(snapshot(pane.excel)).toBe(before);

  // The preview is still the journal's as it is: Post works.
  fireEvent.click(screen.getByRole("button", { name: "Post" }));
  await jobDone();
  expect(lastMessage()).toMatch(/^Posted 1 line \(document no\. REVAL-2023-12-31\): 2 revaluation and 17 adjustment/);
  expect(records(pane.excel, JOURNAL).map((r) => r.Posted)).toEqual(["Yes", "Yes", "Yes"]);
});

test("Cancel while Calculate reads the journal it would replace leaves that journal as it was", async () => {
  const pane = await withJournal();
  await showStep("Calculate");
  fireEvent.click(screen.getByRole("checkbox", { name: "Replace a journal that was not posted" }));
  fireEvent.change(screen.getByLabelText("Items"), { target: { value: "FIFO-PLAIN" } });
  const before = snapshot(pane.excel);
  pane.valve.close();
  fireEvent.click(screen.getByRole("button", { name: "Calculate" }));

  await until(pane, "Reading Revaluation Journal: 2 of 4 rows");
  fireEvent.click(cancelButton());
  act(() => pane.valve.open());
  await jobDone();
  expect(lastMessage()).toBe("Cancelled: nothing was written.");
  expect(snapshot(pane.excel)).toBe(before);
  expect(journalLines(pane.excel).map((l) => l[0])).toEqual(["FIFO-PLAIN", "LIFO-PLAIN", "STD-PLAIN"]);
});

test("Cancel while Calculate looks for a journal (a request without progress) writes nothing either", async () => {
  // No journal yet: looking for it reports no rows, so the next thing the job does after Excel answers is write.
  const pane = await renderPane(); // large blocks: the ledger read before it is a few requests
  await showStep("Calculate");
  const before = snapshot(pane.excel);
  pane.valve.close();
  typeIn("Posting Date", "2023-12-31");
  typeIn("Items", "FIFO-PLAIN");
  fireEvent.click(screen.getByRole("button", { name: "Calculate" }));

  // The job first reads the ledger as the workbook holds it now: let those requests through, one at a time,
  // until the job looks for the journal.
  for (let i = 0; i < 200 && statusText() !== "Calculating the inventory value..."; i++) {
    await waitFor(() => expect(pane.valve.waiting).toBe(1));
    if (statusText() !== "Calculating the inventory value...") act(() => pane.valve.one());
  }
  await waitFor(() => expect(pane.valve.waiting).toBe(1));
  expect(statusText()).toBe("Calculating the inventory value...");
  fireEvent.click(cancelButton());
  act(() => pane.valve.open());
  await jobDone();
  expect(lastMessage()).toBe("Cancelled: nothing was written.");
  expect(snapshot(pane.excel)).toBe(before);
  expect(hasSheet(pane.excel, JOURNAL)).toBe(false);
});

test("once Calculate writes the journal, Cancel is withdrawn and the journal is written whole", async () => {
  const pane = await withJournal();
  await showStep("Calculate");
  fireEvent.click(screen.getByRole("checkbox", { name: "Replace a journal that was not posted" }));
  fireEvent.change(screen.getByLabelText("Items"), { target: { value: "FIFO-PLAIN, STD-PLAIN" } });
  pane.valve.close();
  fireEvent.click(screen.getByRole("button", { name: "Calculate" }));

  await until(pane, /^Writing Revaluation Journal: [12] of 3 rows$/);
  expect([cancelButton().textContent, cancelButton().disabled]).toEqual(["Writing, cannot cancel", true]);
  fireEvent.click(cancelButton());
  act(() => pane.valve.open());
  await jobDone();
  expect(lastMessage()).toMatch(/^2 lines written to the Revaluation Journal sheet/);
  expect(journalLines(pane.excel).map((l) => l[0])).toEqual(["FIFO-PLAIN", "STD-PLAIN"]);
});

test("once Adjust cost appends, Cancel is withdrawn and every value entry is appended", async () => {
  const pane = await renderPane({ cellsPerRequest: 132 }); // Value Entries' 22 columns: 3 rows a block written
  await showStep("Adjust");
  fireEvent.click(screen.getByRole("button", { name: "Calculate adjustments" }));
  await jobDone();
  pane.valve.close();
  fireEvent.click(screen.getByRole("button", { name: "Append 17 value entries" }));

  await until(pane, "Appending to Value Entries: 6 of 17 rows");
  expect(within(status()!).getByRole("progressbar").getAttribute("aria-valuenow")).toBe(String(6 / 17));
  expect([cancelButton().textContent, cancelButton().disabled]).toEqual(["Writing, cannot cancel", true]);
  fireEvent.click(cancelButton());
  act(() => pane.valve.open());
  await jobDone();
  expect(lastMessage()).toBe("17 value entries appended to Value Entries (entry no. 53..69).");
  expect(records(pane.excel, "Value Entries")).toHaveLength(69);
});
