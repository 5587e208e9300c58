/**
 * @jest-environment jsdom
 */
// The Explain step on the bundled sample: Business Central's Average Cost Calc. Overview of the backdated receipt
// (AVG-BACKDATE on 2020-02-15: (10 + 20 + 21) / 3 = 17.00) typed in, opened from a COSTING formula (its item in a
// referenced cell, its date a DATE()), from a Value Entries row, and refused with a reason for a cell that names
// no average. Write to sheet writes exactly the table =COSTING.EXPLAIN spills; each entry goes to its row.
import { fireEvent, screen, within } from "@testing-library/react";
import { LedgerQueries } from "../../src/engine";
import type { CellPlace } from "../../src/excel/goTo";
import { explainAverage } from "../../src/functions/answers";
import { PANE_ENGLISH } from "../../src/taskpane/messages";
import { OVERVIEW_SHEET } from "../../src/taskpane/ExplainStep";
import { loadLedger } from "../../src/workbook/useCases";
import { OfficeWorkbook } from "../../src/excel";
import {
  installNoLayout,
  jobDone,
  lastMessage,
  records,
  renderPane,
  sampleExcel,
  showStep,
  tableCells,
} from "./paneHarness";
import type { FakeExcel } from "../../src/preview/fakeExcel";

beforeAll(installNoLayout);

const click = async (name: string) => {
  fireEvent.click(screen.getByRole("button", { name }));
  await jobDone();
};
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
const overview = (name: RegExp) => tableCells(screen.getByRole("table", { name }));
const BACKDATE = /^Average cost calculation of AVG-BACKDATE/;

/** =COSTING.EXPLAIN's spilled table for the workbook as it is. */
async function explainSpill(excel: FakeExcel, item: string, date: string) {
  const loaded = await loadLedger(new OfficeWorkbook({ run: excel.run }));
  return explainAverage(item, date, undefined, undefined, PANE_ENGLISH)(LedgerQueries.build(loaded.ledger!));
}

test("typed in: AVG-BACKDATE on 2020-02-15, each entry, the closing and the average 17.00; Write to sheet is EXPLAIN's table", async () => {
  const places: CellPlace[] = [];
  const pane = await renderPane({ goTo: async (p) => void places.push(p) });
  await showStep("Explain");
  type("Item No.", "avg-backdate"); // small letters find the item, as in the functions
  type("Date", "2020-02-15");
  await click("Explain");

  // A Day period; the three receipts came before it (the third, entry 17, backdated), one sale of 1 in it.
  expect(screen.getByText("Period 2020-02-15 .. 2020-02-15 (Average Cost Calc. Type Item)")).toBeTruthy();
  const rows = overview(BACKDATE);
  expect(rows[0]).toEqual(["Opening (before the period)", "3", "51.00"]);
  expect(rows[1]).toEqual(["3 inbound entries2020-01-01 .. 2020-01-03", "3", "51.00"]);
  expect(rows[2][0]).toMatch(/^of which backdated \(inbound\) 17 12020-01-03$/);
  expect(rows.slice(3)).toEqual([
    ["outbound, averaged 152020-02-15", "-1", "-17.00"],
    ["Closing", "2", "34.00"],
    ["Average unit cost", "3", "17.00"],
  ]);
  // The backdated mark's note, under the table.
  expect(within(screen.getByRole("list", { name: "Note" })).getByRole("listitem").textContent).toMatch(
    /^Backdated: value entry 17, posted on 2020-01-03 and valued on 2020-01-03, came after entry 16/,
  );

  // Go to on an entry selects its row in Item Ledger Entries.
  const link = screen.getAllByRole("button", { name: /^Go to item ledger entry / })[0];
  fireEvent.click(link);
  expect(places).toHaveLength(1);
  expect(places[0].sheet).toBe("Item Ledger Entries");
  const entryNo = Number(link.textContent);
  const ile = records(pane.excel, "Item Ledger Entries");
  expect(ile[places[0].row - 2]["Entry No."]).toBe(entryNo);

  await click("Write to sheet");
  expect(lastMessage()).toMatch(/ rows written to the Average Cost Overview sheet\.$/);
  const sheet = pane.excel.sheet(OVERVIEW_SHEET);
  const used = sheet.used()!;
  expect(sheet.values(used.row, used.col, used.rows, used.cols)).toEqual(
    await explainSpill(pane.excel, "AVG-BACKDATE", "2020-02-15"),
  );
});

test("from a COSTING cell: =COSTING.AVGCOST(A1, DATE(2020,2,15)) with the item in A1", async () => {
  const excel = await sampleExcel();
  const sheet = excel.addSheet("Report", [["AVG-BACKDATE", ""]]);
  sheet.cell(0, 1).formula = "=COSTING.AVGCOST(A1,DATE(2020,2,15))";
  excel.selection = { sheet: "Report", address: "B1" };
  await renderPane({ excel });
  await showStep("Explain");
  await click("From the selected cell");

  expect(screen.getByText("Explained from Report!B1: COSTING.AVGCOST.")).toBeTruthy();
  expect([field("Item No.").value, field("Date").value]).toEqual(["AVG-BACKDATE", "2020-02-15"]);
  expect(overview(BACKDATE).at(-1)).toEqual(["Average unit cost", "3", "17.00"]);
});

test("from a Value Entries row: its item and valuation date; a cell naming no average is refused, saying why", async () => {
  const excel = await sampleExcel();
  const ves = records(excel, "Value Entries");
  const i = ves.findIndex((v) => v["Item No."] === "AVG-BACKDATE");
  excel.selection = { sheet: "Value Entries", address: `C${i + 2}` };
  await renderPane({ excel });
  await showStep("Explain");
  await click("From the selected cell");
  expect(screen.getByText(`Explained from Value Entries, row ${i + 2}.`)).toBeTruthy();
  expect(field("Item No.").value).toBe("AVG-BACKDATE");
  expect(screen.getByRole("table", { name: BACKDATE })).toBeTruthy();

  excel.addSheet("Notes", [["a note"]]);
  excel.selection = { sheet: "Notes", address: "A1" };
  await click("From the selected cell");
  expect(lastMessage()).toBe(
    "The selected cell Notes!A1 holds no COSTING formula and is not a row of Value Entries or Item Ledger " +
      "Entries; nothing was explained. Select such a cell in Excel and press From the selected cell again, or " +
      "type the item and the date.",
  );
  expect(screen.queryByRole("table", { name: BACKDATE })).toBeNull();

  excel.sheet("Notes").cell(0, 0).formula = '=COSTING.PERIOD("2025-02-15")';
  await click("From the selected cell");
  expect(lastMessage()).toMatch(/^The selected cell Notes!A1 holds COSTING\.PERIOD, which has no average behind it/);
});

test("an item that is not an Average item: Business Central's refusal, nothing shown", async () => {
  await renderPane();
  await showStep("Explain");
  type("Item No.", "FIFO-PLAIN");
  type("Date", "2023-12-31");
  await click("Explain");
  expect(lastMessage()).toBe(
    "Item FIFO-PLAIN uses costing method FIFO; an average cost exists only for Average items. Use the inventory " +
      "value (costing valuation) for this item instead.",
  );
  expect(screen.queryByRole("table")).toBeNull();
});
