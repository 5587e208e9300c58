/**
 * @jest-environment jsdom
 */
// The Preview and post step on the bundled sample: the revaluation example A-F (FIFO-REVAL revalued from 10.00 to
// 8.00 on 2020-03-01, as test/cli/revaluation.test.ts posts it through the command line) previewed per item and
// month without writing, then posted: the revaluation value entry, Adjust Cost forwarding it to the sale it
// reaches, a Posting Log row, the journal marked Posted; previewing it again refused, saying when it was posted.
// Post is enabled only on a fresh preview, and posts only the journal that preview was of. Refusals are shown
// with their problems, and nothing is written then.
import { fireEvent, screen, within } from "@testing-library/react";
import { OfficeWorkbook } from "../../src/excel";
import {
  calculateIn,
  installNoLayout,
  JOURNAL,
  jobDone,
  lastMessage,
  messages,
  records,
  renderPane,
  rewindRevaluationExample,
  sampleExcel,
  showStep,
  snapshot,
  tableCells,
  typeInto,
  type Pane,
} from "./paneHarness";

beforeAll(installNoLayout);

const click = async (name: string) => {
  fireEvent.click(screen.getByRole("button", { name }));
  await jobDone();
};
const postButton = () => screen.getByRole("button", { name: "Post" }) as HTMLButtonElement;
/** Preview, then Post: the flow the step allows. */
const previewAndPost = async () => {
  await click("Preview");
  expect(postButton().disabled).toBe(false);
  await click("Post");
};
const cells = tableCells;
const serial = (iso: string) => Date.parse(iso) / 86_400_000 + 25569; // Excel's date serial
const problems = () =>
  within(screen.getByRole("list", { name: "Problems" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

/** Each item ledger entry's cost (the sum of its value entries), by document no., for one item's sales. */
function saleCosts(pane: Pane, itemNo: string): [string, number][] {
  const values = records(pane.excel, "Value Entries");
  return records(pane.excel, "Item Ledger Entries")
    .filter((e) => e["Item No."] === itemNo && e["Entry Type"] === "Sale")
    .map((e) => [
      String(e["Document No."]),
      values
        .filter((v) => v["Item Ledger Entry No."] === e["Entry No."])
        .reduce((cents, v) => cents + Math.round(Number(v["Cost Amount (Actual)"]) * 100), 0) / 100,
    ]);
}

/** The pane on the sample with a journal calculated in the pane and a new unit cost typed into the sheet. */
async function journalFor(
  date: string,
  itemNo: string,
  unitCost: number,
  options: { rewind?: boolean; updateStandardCost?: boolean } = {},
): Promise<Pane> {
  const excel = await sampleExcel();
  if (options.rewind) rewindRevaluationExample(excel);
  const pane = await renderPane({ excel });
  await showStep("Calculate");
  if (options.updateStandardCost) fireEvent.click(screen.getByRole("checkbox", { name: "Update Standard Cost" }));
  await calculateIn(date, itemNo);
  expect(lastMessage()).toMatch(/^1 line written/);
  typeInto(pane.excel, JOURNAL, (r) => r["Item No."] === itemNo, "Unit Cost (Revalued)", unitCost);
  await screen.findByText(/^Ready for costing/); // read again after the journal was written
  await showStep("Post");
  return pane;
}

test("A-F: Preview shows the effect per item and month and writes nothing; Post writes it; posting again is refused", async () => {
  const pane = await journalFor("2020-03-01", "FIFO-REVAL", 8, { rewind: true });
  const before = snapshot(pane.excel);
  // Nothing previewed yet: Preview is the step's first action, Post is disabled and says why.
  expect(postButton().disabled).toBe(true);
  expect(screen.getByText(/^Preview the journal first: Post is enabled once the preview shows/)).toBeTruthy();

  await click("Preview");
  expect(
    screen.getByText("Posting would create 1 revaluation value entry; Adjust Cost would then add 14."),
  ).toBeTruthy();
  const items = cells(screen.getByRole("table", { name: "Effect per item" }));
  // Inventory 40.00 -> 32.00 on 03-01; C, sold on 04-01 from the 4 revalued, costs 2.00 less.
  expect(items.find((r) => r[0]!.startsWith("FIFO-REVAL"))).toEqual([
    "FIFO-REVALinventory down, COGS down",
    "40.00",
    "32.00",
    "-2.00",
  ]);
  // Only what the journal changes, the largest change first; the others counted.
  expect(items.every((r) => r[1] !== r[2] || r[3] !== "0.00")).toBe(true);
  const size = (r: (string | null)[]) => Math.abs(Number(r[2]) - Number(r[1])) + Math.abs(Number(r[3]));
  expect(items.map(size)).toEqual(items.map(size).sort((a, b) => b - a));
  expect(screen.getByText(/^\d+ items? the journal does not change not shown\.$/)).toBeTruthy();
  expect(
    cells(screen.getByRole("table", { name: "Effect per item and month" })).filter((r) => r[0] === "FIFO-REVAL"),
  ).toEqual([
    ["FIFO-REVAL", "2020-03", "-8.00", "0.00"],
    ["FIFO-REVAL", "2020-04", "2.00", "-2.00"],
  ]);
  expect(snapshot(pane.excel)).toBe(before);

  // On request, the change per month on a sheet with a native chart beside it (Office.js charts.add).
  await click("Write to sheet, with a chart");
  expect(lastMessage()).toBe(
    "The change per month is on the Revaluation Preview sheet, with a chart beside it to copy into a report.",
  );
  const perMonth = records(pane.excel, "Revaluation Preview");
  expect(perMonth.find((r) => r.Month === "2020-03")).toMatchObject({ Inventory: -8 });
  expect(pane.excel.charts).toEqual([
    {
      sheet: "Revaluation Preview",
      type: "ColumnClustered",
      source: `A1:C${perMonth.length + 1}`,
      seriesBy: "Columns",
      title: "Change per month: inventory value and cost of goods sold",
      position: ["E1", "L18"],
    },
  ]);

  const numbers = records(pane.excel, "Value Entries").map((v) => Number(v["Entry No."]));
  await click("Post");
  // Adjust Cost also makes the 13 adjustments the sample was waiting for (17 in AdjustStep.test.tsx, less D-F's).
  expect(lastMessage()).toBe(
    "Posted 1 line (document no. REVAL-2020-03-01): 1 revaluation and 14 adjustment value entries appended to " +
      "Value Entries (entry no. 53..67), amount -8.00. The Posting Log has a new row and the journal is marked Posted.",
  );
  const [first, last] = [53, 67];
  expect(Math.max(...numbers)).toBe(52);
  expect(screen.queryByRole("table", { name: "Effect per item" })).toBeNull();

  // What the command line posts: the revaluation of the 4 on hand, and C's cost forwarded by Adjust Cost.
  const ves = records(pane.excel, "Value Entries");
  expect(ves.map((v) => v["Entry No."])).toEqual([
    ...numbers,
    ...Array.from({ length: last - first + 1 }, (_, i) => first + i),
  ]);
  expect(
    ves
      .filter((v) => v["Item No."] === "FIFO-REVAL" && v["Entry Type"] === "Revaluation")
      .map((v) => [
        v["Posting Date"],
        v["Valuation Date"],
        v["Valued Quantity"],
        v["Cost Amount (Actual)"],
        v["Partial Revaluation"],
        v["Document No."],
      ]),
  ).toEqual([[serial("2020-03-01"), serial("2020-03-01"), 4, -8, "Yes", "REVAL-2020-03-01"]]);
  expect(saleCosts(pane, "FIFO-REVAL")).toEqual([
    ["S13-A", -10],
    ["S13-B", -10],
    ["S13-C", -8],
  ]);
  const log = records(pane.excel, "Posting Log");
  expect(log).toHaveLength(1);
  expect(log[0]).toMatchObject({
    "Document No.": "REVAL-2020-03-01",
    Lines: 1,
    "First Entry No.": first,
    "Last Entry No.": last,
    "Total Amount": -8,
  });
  expect(String(log[0].Checksum)).toMatch(/^[0-9a-f]{64}$/);
  expect(records(pane.excel, JOURNAL).map((r) => [r.Amount, r.Posted])).toEqual([[-8, "Yes"]]);
  await screen.findByText(/^Ready for costing/);

  // The same journal again: Post is disabled (nothing previewed); Preview refuses, saying when it was posted.
  expect(postButton().disabled).toBe(true);
  const after = snapshot(pane.excel);
  const postedAt = String(log[0]["Posted At"]);
  await click("Preview");
  expect(lastMessage()).toBe(
    `The Revaluation Journal was posted already on ${postedAt} (document no. REVAL-2020-03-01, value entries ` +
      `${first}..${last}; Posting Log, row 2); nothing was previewed. Posting it again would revalue the inventory ` +
      'twice. To revalue again, use "Calculate inventory value" in the task pane to calculate a new journal.',
  );
  expect(postButton().disabled).toBe(true);
  expect(snapshot(pane.excel)).toBe(after);
});

test("Post posts only the journal the preview was of: a unit cost typed after the preview is previewed, not posted", async () => {
  const pane = await journalFor("2023-12-31", "FIFO-PLAIN", 5);
  await click("Preview");
  const effect = () =>
    cells(screen.getByRole("table", { name: "Effect per item" })).find((r) => r[0]!.startsWith("FIFO-PLAIN"))!;
  const previewed = effect();
  typeInto(pane.excel, JOURNAL, (r) => r["Item No."] === "FIFO-PLAIN", "Unit Cost (Revalued)", 4);
  const before = snapshot(pane.excel);

  await click("Post");
  expect(lastMessage()).toBe(
    "The Revaluation Journal or the ledger changed since the preview, so nothing was posted. The preview below is " +
      "of the journal as it is now: check it, then post.",
  );
  expect(snapshot(pane.excel)).toBe(before);
  expect(effect()[2]).not.toBe(previewed[2]); // inventory after: at 4.00 now, not 5.00

  await click("Post");
  // 8 on hand at 6.375 (51.00) revalued to 4.00 (32.00), not to 5.00 (40.00).
  expect(lastMessage()).toMatch(/^Posted 1 line \(document no\. REVAL-2023-12-31\): 2 revaluation .* amount -19\.00\./);
  const revaluations = records(pane.excel, "Value Entries").filter(
    (v) => v["Item No."] === "FIFO-PLAIN" && v["Entry Type"] === "Revaluation",
  );
  expect(revaluations.reduce((cents, v) => cents + Math.round(Number(v["Cost Amount (Actual)"]) * 100), 0)).toBe(-1900);
  expect(records(pane.excel, JOURNAL)[0]["Unit Cost (Revalued)"]).toBe(4);
});

test("the journal's lines in the pane: a unit cost typed there is written to the sheet, the line recomputed, and posted", async () => {
  const excel = await sampleExcel();
  const pane = await renderPane({ excel });
  await showStep("Calculate");
  await calculateIn("2023-12-31", "FIFO-PLAIN");
  await showStep("Post");
  await click("Show the journal's lines");
  const lines = () => cells(screen.getByRole("table", { name: "Journal lines" }));
  expect(lines()).toEqual([["FIFO-PLAIN8 at 6.375 calculated", "", "0.00"]]);
  const input = screen.getByRole("textbox", { name: /^Unit Cost \(Revalued\) of FIFO-PLAIN, row 2$/ });
  expect((input as HTMLInputElement).value).toBe("6.375");

  fireEvent.change(input, { target: { value: "five" } });
  fireEvent.blur(input);
  await jobDone();
  expect(lastMessage()).toBe(
    '"five" is not a unit cost; nothing was written. Enter a number of 0 or more, such as 8.5.',
  );
  expect(records(pane.excel, JOURNAL)[0]["Unit Cost (Revalued)"]).toBe(6.375);

  fireEvent.change(input, { target: { value: "5" } });
  fireEvent.blur(input);
  await jobDone();
  // In the sheet, as if typed there: 8 at 5.00 = 40.00, Amount -11.00.
  expect(
    records(pane.excel, JOURNAL).map((r) => [r["Unit Cost (Revalued)"], r["Inventory Value (Revalued)"], r.Amount]),
  ).toEqual([[5, 40, -11]]);
  expect(lines()[0][2]).toBe("-11.00");
  await previewAndPost();
  expect(lastMessage()).toMatch(/^Posted 1 line \(document no\. REVAL-2023-12-31\): 2 revaluation .* amount -11\.00\./);
});

test("Update Standard Cost without Adjust Cost: the Standard item's costs are written to Items", async () => {
  const pane = await journalFor("2023-12-31", "STD-PLAIN", 7, { updateStandardCost: true });
  fireEvent.click(screen.getByRole("checkbox", { name: /^Run Adjust Cost after posting/ }));
  await previewAndPost();
  expect(lastMessage()).toMatch(
    /^Posted 1 line \(document no\. REVAL-2023-12-31\): 1 revaluation and 0 adjustment value entries appended to Value Entries \(entry no\. 53\.\.53\), amount -18\.00\./,
  );
  // 6 on hand at the standard cost 10.00, revalued to 7.00.
  expect(records(pane.excel, "Value Entries")[52]).toMatchObject({
    "Item No.": "STD-PLAIN",
    "Entry Type": "Revaluation",
    "Cost Amount (Actual)": -18,
  });
  expect(records(pane.excel, "Items").find((i) => i["No."] === "STD-PLAIN")).toMatchObject({
    "Standard Cost": 7,
    "Unit Cost": 7,
    "Last Direct Cost": 12,
  });
});

/** A sale of 1 dated 2023-06-01, posted after the calculation (as test/cli/revaluation.test.ts adds it). */
async function postLateSale(pane: Pane): Promise<void> {
  const d = (iso: string) => new Date(iso + "T00:00:00Z");
  const port = new OfficeWorkbook({ run: pane.excel.run });
  // prettier-ignore
  await port.appendRows("Item Ledger Entries", [
    [45, "FIFO-PLAIN", d("2023-06-01"), "Sale", "Sales Shipment", "LATE", "BLUE", "", -1, -1, 0, "No", "No", "Yes", d("2023-06-01"), 0, "", ""],
  ]);
  // prettier-ignore
  await port.appendRows("Value Entries", [
    [53, 45, "FIFO-PLAIN", d("2023-06-01"), d("2023-06-01"), "Direct Cost", "Sale", "LATE", "BLUE", "", -1, -1, -1, -6, 0, 6, "No", "", "No", "No", 0, "No"],
  ]);
}

test("Business Central's refusal (new postings since the calculation) is shown with its problem; nothing is written", async () => {
  const pane = await journalFor("2023-12-31", "FIFO-PLAIN", 5);
  await click("Preview");
  expect(postButton().disabled).toBe(false);
  await postLateSale(pane);
  await showStep("Ledger");
  fireEvent.click(screen.getByRole("button", { name: "Read again" }));
  await screen.findByText(/^Ready for costing/);
  await showStep("Post");
  // The ledger read again: the preview is of the old one, gone; Post waits for a new one.
  expect(screen.queryByRole("table", { name: "Effect per item" })).toBeNull();
  expect(postButton().disabled).toBe(true);
  const before = snapshot(pane.excel);

  await click("Preview");
  expect(lastMessage()).toBe(
    "Posting the Revaluation Journal would be refused for 1 reason below; nothing was previewed.",
  );
  expect(problems()).toEqual([
    expect.stringMatching(
      /^Revaluation Journal, row 2: There are new postings made in the period you want to revalue item no\. FIFO-PLAIN .*You must calculate the inventory value again\.$/,
    ),
  ]);
  expect(snapshot(pane.excel)).toBe(before);
});

// Bug: Post works on the ledger the Ledger step read, not on the workbook as it is now. When entries were posted
// in the workbook after it was read (an export pasted in, a colleague's changes) and the user does not press
// Read again, Post neither sees Business Central's "new postings" refusal nor the entry numbers now taken: it
// appends value entry 53 a second time and a revaluation computed on the old quantities. It should read the
// ledger tables again (or at least check that Value Entries still ends where the ledger read ends) before
// posting; the same holds for Adjust cost's Append.
test("Post after the workbook changed, without Read again, is refused and writes nothing", async () => {
  const pane = await journalFor("2023-12-31", "FIFO-PLAIN", 5);
  await click("Preview");
  await postLateSale(pane);
  const before = snapshot(pane.excel);
  // The pane has not read the ledger again: Post is enabled, reads the workbook as it is, finds the preview
  // was of another ledger and shows the preview of this one, here refused by Business Central's rule.
  await click("Post");
  expect(lastMessage()).toBe(
    "The Revaluation Journal or the ledger changed since the preview, so nothing was posted. Posting the " +
      "Revaluation Journal would be refused for 1 reason below; nothing was previewed.",
  );
  expect(postButton().disabled).toBe(true);
  const numbers = records(pane.excel, "Value Entries").map((v) => v["Entry No."]);
  expect(new Set(numbers).size).toBe(numbers.length);
  expect(snapshot(pane.excel)).toBe(before);
});

test("a journal with a wrong cell, with no Amount, or none at all: refused, saying what to do; nothing written", async () => {
  const pane = await journalFor("2023-12-31", "FIFO-PLAIN", 5);
  typeInto(pane.excel, JOURNAL, () => true, "Unit Cost (Revalued)", "five");
  const before = snapshot(pane.excel);
  await click("Preview");
  expect(lastMessage()).toBe(
    "The Revaluation Journal has 1 problem that must be fixed first; nothing was previewed. Correct the cells " +
      "named below and try again.",
  );
  expect(postButton().disabled).toBe(true);
  expect(problems()).toEqual([
    expect.stringMatching(/^Revaluation Journal, row 2, column "Unit Cost \(Revalued\)": "five"/),
  ]);

  typeInto(pane.excel, JOURNAL, () => true, "Unit Cost (Revalued)", 6.375); // as calculated: Amount 0.00
  await previewAndPost(); // the preview shows no change; Post says why there is nothing to post
  expect(lastMessage()).toBe(
    "The Revaluation Journal has no line with an Amount other than 0.00 (1 line), so there is nothing to post; " +
      "nothing was posted. Enter the new Unit Cost (Revalued), or Inventory Value (Revalued), on the lines to " +
      "revalue, then try again.",
  );
  expect(screen.queryByRole("list", { name: "Problems" })).toBeNull();

  pane.excel.sheets.splice(pane.excel.sheets.indexOf(pane.excel.sheet(JOURNAL)), 1);
  pane.excel.tables.splice(pane.excel.tables.indexOf(pane.excel.table("RevaluationJournal")), 1);
  await click("Preview");
  expect(messages()).toEqual([
    'The workbook has no Revaluation Journal; nothing was previewed. Use "Calculate inventory value" in the task ' +
      "pane to calculate one, enter the new Unit Cost (Revalued) on its lines, and try again.",
  ]);
  expect(snapshot(pane.excel)).not.toBe(before); // only the cells this test typed
  expect(records(pane.excel, "Value Entries")).toHaveLength(52);
  expect(pane.excel.sheets.map((s) => s.name)).not.toContain("Posting Log");
});
