/**
 * @jest-environment jsdom
 */
// The Calculate inventory value step on the bundled sample: Business Central's request options written as the
// Revaluation Journal sheet, with the sample's known values (the revaluation example A-F on 2020-03-01: 4 on
// hand at 10.00, as test/cli/revaluation.test.ts has it; FIFO-PLAIN 8 on hand worth 51.00 on 2023-12-31, as the
// README has it), Business Central's refusals shown with their reasons, an unposted journal replaced only when
// asked. The what-if tools are in WhatIf.test.tsx.
import { fireEvent, screen, within } from "@testing-library/react";
import {
  calculateIn,
  hasSheet,
  installNoLayout,
  lastMessage,
  JOURNAL,
  journalLines,
  records,
  renderPane,
  rewindRevaluationExample,
  sampleExcel,
  showStep,
  snapshot,
  typeIn,
} from "./paneHarness";

beforeAll(installNoLayout);

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const checkbox = (name: string) => screen.getByRole("checkbox", { name }) as HTMLInputElement;
const radio = (name: string) => screen.getByRole("radio", { name }) as HTMLInputElement;
const calculationBase = () => screen.getByRole("combobox", { name: "Calculation Base" });
const serial = (iso: string) => Date.parse(iso) / 86_400_000 + 25569; // Excel's date serial

test("the options, dated the end of last month; per item ledger entry, the per-item options are off", async () => {
  await renderPane();
  await showStep("Calculate");
  const now = new Date();
  expect(field("Posting Date").value).toBe(
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).toISOString().slice(0, 10),
  );
  expect(field("Document No.").value).toBe("");
  expect(radio("Item").checked).toBe(true);
  expect(calculationBase().textContent).toBe("(blank): keep the calculated value");
  fireEvent.click(calculationBase());
  expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
    "(blank): keep the calculated value",
    "Last Direct Unit Cost",
    "Standard Cost",
  ]);
  fireEvent.click(calculationBase());
  for (const name of ["By Location", "By Variant", "Update Standard Cost", "Replace a journal that was not posted"])
    expect(checkbox(name).checked).toBe(false);

  fireEvent.click(radio("Item Ledger Entry"));
  for (const name of ["By Location", "By Variant", "Update Standard Cost"]) expect(checkbox(name).disabled).toBe(true);
  expect(calculationBase().hasAttribute("disabled")).toBe(true);
  expect(checkbox("Replace a journal that was not posted").disabled).toBe(false);
});

test("the revaluation example A-F on 2020-03-01: 4 on hand at 10.00, as the command line calculates it", async () => {
  const excel = await sampleExcel();
  rewindRevaluationExample(excel);
  const pane = await renderPane({ excel });
  await showStep("Calculate");
  await calculateIn("2020-03-01", "FIFO-REVAL");

  expect(lastMessage()).toBe(
    "1 line written to the Revaluation Journal sheet, Inventory Value (Calculated) 40.00. Enter the new Unit " +
      "Cost (Revalued) or Inventory Value (Revalued) there, or use the what-if tools below.",
  );
  expect(records(pane.excel, JOURNAL)).toEqual([
    {
      "Posting Date": serial("2020-03-01"),
      "Document No.": "REVAL-2020-03-01",
      "Item No.": "FIFO-REVAL",
      "Variant Code": "",
      "Location Code": "",
      "Entry Type": "Positive Adjmt.",
      "Applies-to Entry": 0,
      Quantity: 4,
      "Unit Cost (Calculated)": 10,
      "Inventory Value (Calculated)": 40,
      "Unit Cost (Revalued)": 10,
      "Inventory Value (Revalued)": 40,
      Amount: 0,
      "Inventory Value Per": "Item",
      "Partial Revaluation": "Yes",
      "Applied Amount": 0,
      "Update Standard Cost": "No",
      Posted: "No",
    },
  ]);
  expect(pane.excel.tables.map((t) => t.name)).toContain("RevaluationJournal");
  expect(pane.reads()).toBe(2); // the pane reads the workbook again after writing to it
});

test("the sample as shipped on 2020-03-01: FIFO-REVAL has 2 left, revalued to 8.00 before, worth 16.00", async () => {
  // Received 6 at 10.00; sales A, B, D (valued on 03-01) and E by 03-01; the sample's revaluation took the
  // 4 then on hand to 8.00: 2 x 8.00.
  const pane = await renderPane();
  await showStep("Calculate");
  typeIn("Document No.", "R-1");
  fireEvent.click(checkbox("Update Standard Cost"));
  await calculateIn("2020-03-01", "FIFO-REVAL");
  expect(lastMessage()).toMatch(
    /^1 line written to the Revaluation Journal sheet, Inventory Value \(Calculated\) 16\.00\./,
  );
  expect(journalLines(pane.excel)).toEqual([["FIFO-REVAL", "", 0, 2, 8, 16, 8, 16, 0]]);
  expect(records(pane.excel, JOURNAL)[0]).toMatchObject({ "Document No.": "R-1", "Update Standard Cost": "Yes" });
});

test("a refusal is shown with its reasons in the pane's words, nothing to revalue is said so; nothing is written", async () => {
  const pane = await renderPane();
  await showStep("Calculate");
  const before = snapshot(pane.excel);
  await calculateIn("2023-12-31", ""); // every item: the average items are not adjusted yet

  expect(lastMessage()).toBe("Calculate Inventory Value was refused for 3 reasons below; nothing was written.");
  const problems = screen.getByRole("list", { name: "Problems" });
  expect(
    within(problems)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(
    ["AVG-BACKDATE", "AVG-DAY", "VALDATE"].map(
      (item) =>
        "You have to run the Adjust Cost - Item Entries batch job, before you can revalue item " +
        `${item} (use "Adjust cost" in the task pane first).`,
    ),
  );

  await calculateIn("2020-12-31", "FIFO-REVAL"); // all sold by then
  expect(lastMessage()).toBe(
    "Nothing to revalue on 2020-12-31: no item has a revaluable quantity (completely invoiced, on hand that day) " +
      "within the options chosen. Nothing was written.",
  );
  expect(screen.queryByRole("list", { name: "Problems" })).toBeNull();
  expect(snapshot(pane.excel)).toBe(before);
  expect(hasSheet(pane.excel, JOURNAL)).toBe(false);
  expect(pane.reads()).toBe(1);
});

test("By Location, per item ledger entry, Calculation Base; an unposted journal is replaced only when asked", async () => {
  const pane = await renderPane();
  await showStep("Calculate");
  fireEvent.click(checkbox("By Location"));
  await calculateIn("2023-12-31", "FIFO-PLAIN");
  expect(lastMessage()).toMatch(/^2 lines written/);
  // BLUE: 5 left of the receipt at 6.00; RED: 3 left of the receipt at 7.00 (the README's 51.00 on 2023-12-31).
  expect(journalLines(pane.excel)).toEqual([
    ["FIFO-PLAIN", "BLUE", 0, 5, 6, 30, 6, 30, 0],
    ["FIFO-PLAIN", "RED", 0, 3, 7, 21, 7, 21, 0],
  ]);

  fireEvent.click(radio("Item Ledger Entry"));
  const before = snapshot(pane.excel);
  await calculateIn("2023-12-31", "FIFO-PLAIN");
  expect(lastMessage()).toBe(
    "The workbook already has a Revaluation Journal with 2 lines not posted yet (rows 2-3, document no. " +
      "REVAL-2023-12-31); nothing was written. Post it first, or calculate again choosing to replace it.",
  );
  expect(snapshot(pane.excel)).toBe(before);

  fireEvent.click(checkbox("Replace a journal that was not posted"));
  await calculateIn("2023-12-31", "FIFO-PLAIN");
  expect(lastMessage()).toMatch(/^2 lines written/);
  expect(journalLines(pane.excel)).toEqual([
    ["FIFO-PLAIN", "BLUE", 32, 5, 6, 30, 6, 30, 0], // the open receipts, entries 32 and 34
    ["FIFO-PLAIN", "RED", 34, 3, 7, 21, 7, 21, 0],
  ]);
  expect(records(pane.excel, JOURNAL).map((r) => r["Inventory Value Per"])).toEqual(["", ""]);

  fireEvent.click(radio("Item"));
  fireEvent.click(checkbox("By Location"));
  fireEvent.click(calculationBase());
  fireEvent.click(screen.getByRole("option", { name: "Last Direct Unit Cost" }));
  await calculateIn("2023-12-31", "FIFO-PLAIN");
  expect(lastMessage()).toMatch(/^1 line written/);
  expect(journalLines(pane.excel)).toEqual([["FIFO-PLAIN", "", 0, 8, 6.375, 51, 7, 56, 5]]); // Last Direct Cost 7.00
});
