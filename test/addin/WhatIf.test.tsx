/**
 * @jest-environment jsdom
 */
// The Calculate step's what-if tools on a journal of the bundled sample (FIFO-PLAIN, LIFO-PLAIN and STD-PLAIN on
// 2023-12-31): a percentage for the chosen items (or every line), Unit Cost (Revalued) from the items' Last
// Direct Cost or Standard Cost; each rewrites Unit Cost (Revalued), Inventory Value (Revalued) and Amount of the
// lines it touches and keeps the others as the user left them. Wrong input, no journal, a posted journal and a
// journal with a wrong cell are refused, and the journal is left as it was.
import { fireEvent, screen } from "@testing-library/react";
import {
  calculateIn,
  hasSheet,
  installNoLayout,
  lastMessage,
  messages,
  JOURNAL,
  jobDone,
  journalLines,
  renderPane,
  showStep,
  snapshot,
  typeIn,
  typeInto,
  type Pane,
} from "./paneHarness";

beforeAll(installNoLayout);

const click = async (name: string) => {
  fireEvent.click(screen.getByRole("button", { name }));
  await jobDone();
};

/** The pane with a journal of FIFO-PLAIN, LIFO-PLAIN and STD-PLAIN on 2023-12-31, calculated in the pane. */
async function withJournal(): Promise<Pane> {
  const pane = await renderPane();
  await showStep("Calculate");
  await calculateIn("2023-12-31", "FIFO-PLAIN, LIFO-PLAIN STD-PLAIN");
  expect(lastMessage()).toMatch(
    /^3 lines written to the Revaluation Journal sheet, Inventory Value \(Calculated\) 123\.00\./,
  );
  expect(journalLines(pane.excel)).toEqual([
    ["FIFO-PLAIN", "", 0, 8, 6.375, 51, 6.375, 51, 0],
    ["LIFO-PLAIN", "", 0, 4, 3, 12, 3, 12, 0],
    ["STD-PLAIN", "", 0, 6, 10, 60, 10, 60, 0],
  ]);
  return pane;
}

test("a percentage for the chosen items changes only their lines; a cost typed in the sheet stays", async () => {
  const pane = await withJournal();
  typeInto(pane.excel, JOURNAL, (r) => r["Item No."] === "STD-PLAIN", "Inventory Value (Revalued)", 66);
  typeIn("For items", "FIFO-PLAIN, LIFO-PLAIN");
  typeIn("Change %", "-10");
  await click("Apply");
  expect(lastMessage()).toBe("Unit Cost (Revalued) changed by -10 %: 2 of 3 lines changed in the Revaluation Journal.");
  expect(journalLines(pane.excel)).toEqual([
    ["FIFO-PLAIN", "", 0, 8, 6.375, 51, 5.7375, 45.9, -5.1], // 6.375 x 0.9 = 5.7375; x 8 = 45.90
    ["LIFO-PLAIN", "", 0, 4, 3, 12, 2.7, 10.8, -1.2],
    ["STD-PLAIN", "", 0, 6, 10, 60, 11, 66, 6], // as typed, completed: 66.00 / 6 = 11.00
  ]);

  // A decimal comma, every line (no items chosen): from the calculated cost, not the revalued one.
  typeIn("For items", "");
  typeIn("Change %", "5,5");
  await click("Apply");
  expect(lastMessage()).toBe("Unit Cost (Revalued) changed by 5.5 %: 3 of 3 lines changed in the Revaluation Journal.");
  expect(journalLines(pane.excel)).toEqual([
    ["FIFO-PLAIN", "", 0, 8, 6.375, 51, 6.72563, 53.81, 2.81], // 6.725625 to 5 places; x 8 = 53.805 -> 53.81
    ["LIFO-PLAIN", "", 0, 4, 3, 12, 3.165, 12.66, 0.66],
    ["STD-PLAIN", "", 0, 6, 10, 60, 10.55, 63.3, 3.3],
  ]);
  expect(pane.excel.tables.filter((t) => t.name === "RevaluationJournal")).toHaveLength(1);
});

test("From Last Direct Cost for every line, then From Standard Cost for one item", async () => {
  const pane = await withJournal();
  await click("From Last Direct Cost");
  expect(lastMessage()).toBe(
    "Unit Cost (Revalued) from Last Direct Cost: 3 of 3 lines changed in the Revaluation Journal.",
  );
  // The Items sheet's Last Direct Cost: FIFO-PLAIN 7.00, LIFO-PLAIN 4.00, STD-PLAIN 12.00.
  expect(journalLines(pane.excel)).toEqual([
    ["FIFO-PLAIN", "", 0, 8, 6.375, 51, 7, 56, 5],
    ["LIFO-PLAIN", "", 0, 4, 3, 12, 4, 16, 4],
    ["STD-PLAIN", "", 0, 6, 10, 60, 12, 72, 12],
  ]);

  typeIn("For items", "STD-PLAIN");
  await click("From Standard Cost");
  expect(lastMessage()).toBe(
    "Unit Cost (Revalued) from Standard Cost: 1 of 3 lines changed in the Revaluation Journal.",
  );
  expect(journalLines(pane.excel)).toEqual([
    ["FIFO-PLAIN", "", 0, 8, 6.375, 51, 7, 56, 5],
    ["LIFO-PLAIN", "", 0, 4, 3, 12, 4, 16, 4],
    ["STD-PLAIN", "", 0, 6, 10, 60, 10, 60, 0], // its Standard Cost, 10.00
  ]);
});

test("a percentage that is not one, or below -100 %, is refused and the journal is left as it was", async () => {
  const pane = await withJournal();
  const before = snapshot(pane.excel);
  for (const [percent, text] of [
    ["ten", '"ten" is not a percentage. Enter e.g. -10 or 5.5.'],
    ["", '"" is not a percentage. Enter e.g. -10 or 5.5.'],
    ["-150", "A change of -150 % would make the unit cost negative."],
  ]) {
    typeIn("Change %", percent);
    await click("Apply");
    expect(messages()).toContain(text);
  }
  expect(snapshot(pane.excel)).toBe(before);
});

test("no journal, a posted journal, a journal with a wrong cell: refused, and said what to do", async () => {
  const pane = await renderPane();
  await showStep("Calculate");
  await click("From Standard Cost");
  expect(lastMessage()).toBe("There is no Revaluation Journal yet: calculate the inventory value first.");
  expect(hasSheet(pane.excel, JOURNAL)).toBe(false);

  await calculateIn("2023-12-31", "FIFO-PLAIN, LIFO-PLAIN");
  typeInto(pane.excel, JOURNAL, (r) => r["Item No."] === "LIFO-PLAIN", "Unit Cost (Revalued)", "abc");
  let before = snapshot(pane.excel);
  await click("From Last Direct Cost");
  expect(messages()).toContain("The Revaluation Journal has cells to correct first; nothing was changed.");
  expect(screen.getByRole("list", { name: "Problems" }).textContent).toMatch(
    /^Revaluation Journal, row 3, column "Unit Cost \(Revalued\)": "abc"/,
  );
  expect(snapshot(pane.excel)).toBe(before);

  typeInto(pane.excel, JOURNAL, (r) => r["Item No."] === "LIFO-PLAIN", "Unit Cost (Revalued)", 3);
  typeInto(pane.excel, JOURNAL, () => true, "Posted", "Yes");
  before = snapshot(pane.excel);
  await click("From Last Direct Cost");
  expect(messages()).toContain("This journal was posted already; calculate a new one to try other costs.");
  expect(snapshot(pane.excel)).toBe(before);
});
