/**
 * @jest-environment jsdom
 */
// The Scenarios step on the bundled sample with the revaluation example A-F taken back to before its
// revaluation (FIFO-REVAL: 4 on hand at 10.00 on 2020-03-01): three scenarios added in the pane and compared side
// by side (as `costing scenario compare` compares them in test/cli/scenario.test.ts), with the charts; the A-F one
// (10.00 -> 8.00) posted: the revaluation entry, Adjust Cost forwarding it to sale C, a Posting Log row, and the
// other scenarios of the item marked stale. A scenario changed in its sheet after the comparison is not posted.
// Write to sheet puts the comparison per month on the Revaluation Preview sheet with a native chart.
import { fireEvent, screen, within } from "@testing-library/react";
import {
  installNoLayout,
  jobDone,
  lastMessage,
  records,
  renderPane,
  rewindRevaluationExample,
  sampleExcel,
  showStep,
  snapshot,
  tableCells,
  typeIn,
  typeInto,
  type Pane,
} from "./paneHarness";

beforeAll(installNoLayout);

const click = async (name: string, within_: HTMLElement = document.body) => {
  fireEvent.click(within(within_).getByRole("button", { name }));
  await jobDone();
};
const SCENARIOS = "Revaluation Scenarios";

async function addScenario(name: string, whatIf: RegExp, value?: string): Promise<void> {
  typeIn("Name", name);
  fireEvent.click(screen.getByRole("radio", { name: whatIf }));
  if (value !== undefined)
    typeIn(whatIf.source.includes("percentage") ? "Change in %, such as -10" : "Unit cost, such as 8.00", value);
  typeIn("Posting Date", "2020-03-01");
  typeIn("Items (blank: every item)", "FIFO-REVAL");
  await click("Add scenario");
}

async function threeScenarios(): Promise<Pane> {
  const excel = await sampleExcel();
  rewindRevaluationExample(excel);
  const pane = await renderPane({ excel });
  await showStep("Scenarios");
  await addScenario("A-F 8.00", /^One unit cost/, "8");
  expect(lastMessage()).toBe('The scenario "A-F 8.00" was added: 1 line, revaluation amount -8.00.');
  await addScenario("Ten per cent less", /^The calculated unit cost changed by a percentage/, "-10");
  await addScenario("Last direct cost", /^The item's Last Direct Cost/);
  return pane;
}

const sideBySide = () => tableCells(screen.getByRole("table", { name: "The scenarios side by side" }));

test("three scenarios side by side, with the charts; nothing posted by comparing", async () => {
  const pane = await threeScenarios();
  expect(records(pane.excel, SCENARIOS).map((r) => [r.Scenario, r["What-If"], r.Amount])).toEqual([
    ["A-F 8.00", "Unit Cost", -8],
    ["Ten per cent less", "Percent", -4],
    ["Last direct cost", "Last Direct Cost", 0],
  ]);
  const table = screen.getByRole("table", { name: "The scenarios side by side" });
  expect(
    within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent),
  ).toEqual(["", "A-F 8.00", "Ten per cent less", "Last direct cost"]);
  const rows = sideBySide();
  expect(rows[0]).toEqual(["Amount", "-8.00", "-4.00", "0.00"]);
  // Inventory on 03-01 falls by 8.00 and 4.00; C, sold on 04-01, costs 2.00 and 1.00 less.
  const before = Number(rows[1][1]);
  expect(rows[2].map((c, i) => (i === 0 ? c : (Number(c) - before).toFixed(2)))).toEqual([
    "Inventory after",
    "-8.00",
    "-4.00",
    "0.00",
  ]);
  expect(rows.find((r) => r[0] === "2020-04")).toEqual(["2020-04", "-2.00", "-1.00", "0.00"]);
  // The charts: cost of goods sold and inventory value per month, a bar per scenario.
  expect(screen.getAllByText("Cost of goods sold: change per month").length).toBeGreaterThan(0);
  expect(document.querySelectorAll("svg[role='region']").length).toBe(2);

  // Per item on demand, the change in words.
  const af = screen.getByRole("group", { name: "A-F 8.00" });
  fireEvent.click(within(af).getByRole("button", { name: "Per item" }));
  expect(tableCells(screen.getByRole("table", { name: "A-F 8.00, per item" }))).toEqual([
    ["FIFO-REVALinventory down, COGS down", "40.00", "32.00", "-2.00"],
  ]);

  const shown = snapshot(pane.excel);
  await click("Compare");
  expect(snapshot(pane.excel)).toBe(shown);
});

test("posting a scenario: the design document's entries; the other scenarios of the item are stale then", async () => {
  const pane = await threeScenarios();
  const numbers = records(pane.excel, "Value Entries").map((v) => Number(v["Entry No."]));
  await click("Post", screen.getByRole("group", { name: "A-F 8.00" }));
  expect(lastMessage()).toMatch(
    /^The scenario "A-F 8\.00" was posted as the Revaluation Journal: 1 revaluation entry \(-8\.00\)/,
  );
  const created = records(pane.excel, "Value Entries").filter((v) => !numbers.includes(Number(v["Entry No."])));
  const reval = created.filter((v) => v["Entry Type"] === "Revaluation");
  expect(reval.map((v) => [v["Item No."], v["Valued Quantity"], v["Cost Amount (Actual)"]])).toEqual([
    ["FIFO-REVAL", 4, -8],
  ]);
  expect(records(pane.excel, "Posting Log")).toHaveLength(1);
  expect(records(pane.excel, "Revaluation Journal").every((r) => r.Posted === "Yes")).toBe(true);

  // The comparison follows the ledger read again: the posted one says when, the others are stale.
  await screen.findByText(/^Unit cost changed by -10 %, posting date 2020-03-01\. Stale/);
  expect(within(screen.getByRole("group", { name: "A-F 8.00" })).getByText(/Posted on /)).toBeTruthy();
  const stale = screen.getByRole("group", { name: "Ten per cent less" });
  expect(within(stale).queryByRole("button", { name: "Post" })).toBeNull();
  await click("Recalculate", stale);
  expect(lastMessage()).toBe('The scenario "Ten per cent less" was calculated again on the ledger as it is now.');
  // Taken again on 8.00: ten per cent less is 7.20 on the 4 pieces, -3.20.
  expect(records(pane.excel, SCENARIOS).find((r) => r.Scenario === "Ten per cent less")).toMatchObject({
    "Unit Cost (Revalued)": 7.2,
    Amount: -3.2,
  });
});

test("a scenario changed in its sheet after the comparison is not posted: the comparison is shown again", async () => {
  const pane = await threeScenarios();
  typeInto(pane.excel, SCENARIOS, (r) => r.Scenario === "A-F 8.00", "Unit Cost (Revalued)", 5);
  const before = snapshot(pane.excel);
  await click("Post", screen.getByRole("group", { name: "A-F 8.00" }));
  expect(lastMessage()).toBe(
    'The scenario "A-F 8.00" or the ledger changed since the comparison; nothing was posted. The comparison is ' +
      "shown again as it is now: look at it, then post.",
  );
  expect(snapshot(pane.excel)).toBe(before);
  expect(sideBySide()[0]).toEqual(["Amount", "-20.00", "-4.00", "0.00"]);
  await click("Post", screen.getByRole("group", { name: "A-F 8.00" }));
  expect(lastMessage()).toMatch(/^The scenario "A-F 8\.00" was posted/);
});

test("Write to sheet: the comparison per month on the Revaluation Preview sheet, with a native chart", async () => {
  const pane = await threeScenarios();
  await click("Write to sheet, with a chart");
  const perMonth = records(pane.excel, "Revaluation Preview");
  expect(perMonth.find((r) => r.Month === "2020-04")).toMatchObject({
    "A-F 8.00: COGS change": -2,
    "Ten per cent less: COGS change": -1,
    "Last direct cost: COGS change": 0,
  });
  expect(pane.excel.charts).toEqual([
    {
      sheet: "Revaluation Preview",
      type: "ColumnClustered",
      source: `A1:G${perMonth.length + 1}`,
      seriesBy: "Columns",
      title: "Change per month and scenario: inventory value and cost of goods sold",
      position: ["I1", "P18"],
    },
  ]);
});

test("what cannot be a scenario is refused in the user's words, and nothing is written", async () => {
  const excel = await sampleExcel();
  const pane = await renderPane({ excel });
  await showStep("Scenarios");
  const before = snapshot(pane.excel);
  typeIn("Name", "x");
  fireEvent.click(screen.getByRole("radio", { name: /^The calculated unit cost changed by a percentage/ }));
  typeIn("Change in %, such as -10", "ten");
  typeIn("Posting Date", "2020-03-01");
  await click("Add scenario");
  expect(lastMessage()).toBe('"ten" is not a number; nothing was done. Enter it as -10 or 8.00.');
  typeIn("Name", "");
  typeIn("Change in %, such as -10", "-10");
  await click("Add scenario");
  expect(lastMessage()).toBe("Give the scenario a name; nothing was written.");
  expect(snapshot(pane.excel)).toBe(before);
  await click("Compare");
  expect(screen.getByText("There are no scenarios yet: add one below.")).toBeTruthy();
});
