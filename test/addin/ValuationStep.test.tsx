/**
 * @jest-environment jsdom
 */
// The Valuation step on the bundled sample: the inventory per item on a date equals `costing valuation` on the
// same workbook (by valuation date and by posting date, per location), items with nothing on hand and no value
// left out and counted; with Adjust Cost's adjustments (on a copy) it equals `costing valuation` of the workbook
// after `costing adjust` (590.00, the README's figure). Nothing is written.
import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { fireEvent, screen } from "@testing-library/react";
import { costing } from "../cli/helpers";
import { installNoLayout, jobDone, lastMessage, renderPane, showStep, snapshot, tableCells } from "./paneHarness";

beforeAll(installNoLayout);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");

const click = async (name: string) => {
  fireEvent.click(screen.getByRole("button", { name }));
  await jobDone();
};

interface CliRow {
  readonly itemNo: string;
  readonly locationCode?: string;
  readonly quantity: string;
  readonly value: string;
}

/** `costing valuation --json` rows with something on hand or some value, as the pane shows them. */
async function cliRows(workbook: string, args: string[]): Promise<{ rows: string[][]; total: string }> {
  const run = await costing(["valuation", workbook, ...args, "--json"]);
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout) as { rows: CliRow[]; total: { value: string } };
  const rows = json.rows
    .filter((r) => r.quantity !== "0" || r.value !== "0.00")
    .map((r) => [r.itemNo + (r.locationCode === undefined ? "" : r.locationCode || "(blank)"), r.quantity, r.value]);
  return { rows, total: json.total.value };
}

async function valueIn(date: string, options: { posting?: boolean; byLocation?: boolean; adjusted?: boolean } = {}) {
  fireEvent.change(screen.getByLabelText("Date"), { target: { value: date } });
  if (options.posting) fireEvent.click(screen.getByLabelText("By posting date (as the Inventory Valuation report)"));
  if (options.byLocation) fireEvent.click(screen.getByRole("checkbox", { name: "One line per location" }));
  if (options.adjusted) fireEvent.click(screen.getByRole("checkbox", { name: /^With the adjustments Adjust Cost/ }));
  await click("Value inventory");
  const heading = options.posting ? `Inventory on ${date}, by posting date` : `Inventory on ${date}, by valuation date`;
  const cells = tableCells(screen.getByRole("table", { name: heading }));
  return { rows: cells.slice(0, -1), total: cells.at(-1)![2] };
}

test.each([
  ["2025-12-31", {}],
  ["2020-02-15", { posting: true }],
  ["2023-12-31", { byLocation: true }],
] as const)("on %s %j: the rows and total of costing valuation", async (date, options) => {
  const pane = await renderPane();
  await showStep("Valuation");
  const before = snapshot(pane.excel);
  const shown = await valueIn(date, options);
  const args = ["--date", date, ...("posting" in options ? ["--posting-date"] : [])];
  const cli = await cliRows(SAMPLE, [...args, ...("byLocation" in options ? ["--by-location"] : [])]);
  expect(shown).toEqual(cli);
  expect(snapshot(pane.excel)).toBe(before);
});

test("with Adjust Cost's adjustments: costing valuation after costing adjust; the items left out are counted", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "valuation-"));
  const adjusted = path.join(dir, "adjusted.xlsx");
  expect((await costing(["adjust", SAMPLE, "--out", adjusted])).code).toBe(0);
  await renderPane();
  await showStep("Valuation");
  const shown = await valueIn("2025-12-31", { adjusted: true });
  expect(shown).toEqual(await cliRows(adjusted, ["--date", "2025-12-31"]));
  expect(shown.total).toBe("590.00"); // the README's figure
  expect(screen.getByText(/^\d+ items? with nothing on hand and no value on that date not shown\.$/)).toBeTruthy();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("without a date, or with one it cannot read: says what to enter, shows nothing", async () => {
  await renderPane();
  await showStep("Valuation");
  await click("Value inventory");
  expect(lastMessage()).toBe("Enter a date, then press Value inventory.");
  expect(screen.queryByRole("table")).toBeNull();
  fireEvent.change(screen.getByLabelText("Date"), { target: { value: "end of year" } });
  await click("Value inventory");
  expect(lastMessage()).toBe('Date "end of year" is not a date; nothing was done. Enter it as 2025-12-31.');
  expect(screen.queryByRole("table")).toBeNull();
});
