/**
 * @jest-environment jsdom
 */
// The task pane on an Items table without Costing Method (page 31 hides it by default): the Ledger step shows
// the error and offers the choice, the other steps stay disabled until a costing method is chosen; once it is,
// a note says so at the top of the Ledger step and of every other step, and their jobs read the ledger with it.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { PANE_ENGLISH } from "../../src/taskpane/messages";

const CHOICE_LABEL = PANE_ENGLISH.t("pane.costingMethod.label");
import { installNoLayout, jobDone, paneOn, sampleExcel, showStep } from "./paneHarness";

beforeAll(installNoLayout);

const tab = (name: string) => screen.getByRole("tab", { name });

test("no Costing Method: an error and the choice; chosen, every step says so and costs with it", async () => {
  const excel = await sampleExcel();
  const items = excel.sheet("Items");
  const col = items.values(0, 0, 1, 10)[0].indexOf("Costing Method");
  items.cell(0, col).value = "Notes"; // the column as page 31 exports it: not there
  const pane = paneOn(excel);
  render(<App load={pane.load} open={pane.open} />);

  await screen.findByText(/^1 error and 0 warnings/);
  const problems = screen.getByRole("list", { name: "Problems" }).textContent!;
  expect(problems).toContain('Items: the column "Costing Method" is missing, so the costing method of 12 items');
  expect(problems).toContain("hidden by default on the Item List");
  expect(problems).toContain(`Or cost them all with one costing method: choose one under "${CHOICE_LABEL}"`);
  expect(tab("Adjust").hasAttribute("disabled")).toBe(true);
  expect(screen.queryByRole("alert", { name: "Costing method chosen" })).toBeNull();

  fireEvent.click(screen.getByRole("combobox", { name: CHOICE_LABEL }));
  fireEvent.click(within(screen.getByRole("listbox")).getByRole("option", { name: "FIFO" }));
  await screen.findByText(/^Ready for costing/);
  await waitFor(() => expect(tab("Adjust").hasAttribute("disabled")).toBe(false));
  const note =
    /^Costing method FIFO \(chosen in the Ledger step\) for the 12 items the workbook gives no costing method/;
  expect(screen.getByText(note)).toBeTruthy();

  const step = await showStep("Adjust");
  const panel = document.querySelector<HTMLElement>('[role="tabpanel"][aria-labelledby="tab-adjust"]')!;
  expect(within(panel).getByText(note)).toBeTruthy(); // above the step
  fireEvent.click(within(step).getByRole("button", { name: "Calculate adjustments" }));
  await jobDone();
  // The ledger read again for the job takes the choice too (else: "The workbook's ledger has problems now").
  expect(step.textContent).not.toContain("has problems now");
  expect(within(step).getByText(/value entries for \d+ items, total/)).toBeTruthy();
});
