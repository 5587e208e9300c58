/**
 * @jest-environment jsdom
 */
// The Ledger step's column mapping in jsdom, on the bundled sample in the in-memory Excel behind the Office.js
// adapter: a renamed required header opens Map columns with the column to pick; the pick is saved into the
// "Costing Column Map" sheet and the ledger is read again, now ready; the same header cannot be picked twice;
// an optional column can be mapped by hand; a mapping can be removed.
import * as React from "react";
import path from "node:path";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { OfficeWorkbook } from "../../src/excel";
import { App } from "../../src/taskpane/App";
import type { LoadLedger } from "../../src/taskpane/LedgerStep";
import { readLedgerReport } from "../../src/taskpane/ledgerReport";
import type { OpenPort } from "../../src/taskpane/work";
import type { FakeExcel } from "../../src/preview/fakeExcel";
import { fakeFromXlsx } from "../../src/preview/fromXlsx";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeAll(() => {
  (window as unknown as { ResizeObserver?: unknown }).ResizeObserver ??= NoLayoutResizeObserver;
});

/** The sample with a header of a sheet renamed. */
async function sampleWith(sheet: string, from: string, to: string): Promise<FakeExcel> {
  const excel = await fakeFromXlsx(SAMPLE);
  const s = excel.sheet(sheet);
  const col = s.values(0, 0, 1, 40)[0].indexOf(from);
  s.cell(0, col).value = to;
  return excel;
}

function pane(excel: FakeExcel) {
  const load: LoadLedger = (onProgress) => readLedgerReport(new OfficeWorkbook({ run: excel.run, onProgress }));
  const open: OpenPort = (onProgress) => new OfficeWorkbook({ run: excel.run, onProgress });
  return render(<App load={load} open={open} />);
}

/** The pane reads the whole sample through the fake Excel: slow on a busy machine. */
const SLOW = { timeout: 20000 };
const mapRows = (excel: FakeExcel) => {
  const s = excel.sheet("Costing Column Map");
  const used = s.used();
  return used ? s.values(0, 0, used.rows, 3) : [];
};

test("a required column not found: pick its header, saved in the workbook, the ledger read again and ready", async () => {
  const excel = await sampleWith("Value Entries", "Cost Amount (Actual)", "Kostenbetrag Ist");
  pane(excel);
  const problems = await screen.findByRole("list", { name: "Problems" }, SLOW);
  expect(problems.textContent).toContain('Value Entries: the column "Cost Amount (Actual)" is missing');
  expect(problems.textContent).toContain("in the task pane's Ledger step (Map columns)");

  // Opened by itself, since a required column is missing.
  const mapping = screen.getByRole("region", { name: "Column mapping" });
  expect(within(mapping).getByRole("button", { name: "Hide column mapping" }).getAttribute("aria-expanded")).toBe(
    "true",
  );
  const group = within(mapping).getByRole("group", { name: 'Value Entries (sheet "Value Entries")' });
  const select = within(group).getByLabelText("Cost Amount (Actual) (required)") as HTMLSelectElement;
  expect([...select.options].map((o) => o.textContent)).toEqual(["Not mapped", "Kostenbetrag Ist"]);
  expect(within(group).getByText("Not found: pick its header.")).toBeTruthy();
  const save = within(mapping).getByRole("button", { name: "Save mapping" });
  expect(save.hasAttribute("disabled") || save.getAttribute("aria-disabled") === "true").toBe(true);

  fireEvent.change(select, { target: { value: "Kostenbetrag Ist" } });
  fireEvent.click(within(mapping).getByRole("button", { name: "Save mapping" }));

  expect(
    await screen.findByText(
      'Column mapping saved in the sheet "Costing Column Map": Value Entries "Cost Amount (Actual)" = "Kostenbetrag Ist".',
      {},
      SLOW,
    ),
  ).toBeTruthy();
  expect(await screen.findByText(/^Ready for costing/, {}, SLOW)).toBeTruthy();
  expect(mapRows(excel)).toEqual([
    ["Table", "Column", "Header"],
    ["Value Entries", "Cost Amount (Actual)", "Kostenbetrag Ist"],
  ]);
  expect(within(screen.getByRole("list", { name: "Ledger" })).getByText("52 value entries")).toBeTruthy();
  // Nothing required is missing now: the mapping is there to change, folded.
  expect(screen.getByRole("button", { name: "Map columns by hand" }).getAttribute("aria-expanded")).toBe("false");
});

test("the same header cannot be picked for two columns", async () => {
  const excel = await sampleWith("Item Ledger Entries", "Entry No.", "Lfd");
  const s = excel.sheet("Item Ledger Entries");
  const col = s.values(0, 0, 1, 40)[0].indexOf("Quantity");
  s.cell(0, col).value = "Stück";
  pane(excel);
  const mapping = await screen.findByRole("region", { name: "Column mapping" }, SLOW);
  const group = within(mapping).getByRole("group", { name: /^Item Ledger Entries/ });
  fireEvent.change(within(group).getByLabelText("Entry No. (required)"), { target: { value: "Lfd" } });
  fireEvent.change(within(group).getByLabelText("Quantity (required)"), { target: { value: "Lfd" } });
  fireEvent.click(within(mapping).getByRole("button", { name: "Save mapping" }));
  expect(
    screen.getByText(
      'Item Ledger Entries: the header "Lfd" is picked for both "Entry No." and "Quantity". Pick it once.',
    ),
  ).toBeTruthy();
  expect(excel.sheets.some((x) => x.name === "Costing Column Map")).toBe(false);

  fireEvent.change(within(group).getByLabelText("Quantity (required)"), { target: { value: "Stück" } });
  fireEvent.click(within(mapping).getByRole("button", { name: "Save mapping" }));
  expect(await screen.findByText(/^Ready for costing/, {}, SLOW)).toBeTruthy();
  expect(mapRows(excel)).toEqual([
    ["Table", "Column", "Header"],
    ["Item Ledger Entries", "Entry No.", "Lfd"],
    ["Item Ledger Entries", "Quantity", "Stück"],
  ]);
});

test("an optional column mapped by hand, then the mapping removed", async () => {
  const excel = await sampleWith("Item Ledger Entries", "Location Code", "Lagerplatz");
  pane(excel);
  await screen.findByText(/^Ready for costing/, {}, SLOW);
  const toggle = screen.getByRole("button", { name: "Map columns by hand" });
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  fireEvent.click(toggle);
  const group = screen.getByRole("group", { name: /^Item Ledger Entries/ });
  const location = within(group).getByLabelText("Location Code") as HTMLSelectElement;
  expect(location.value).toBe("");
  fireEvent.change(location, { target: { value: "Lagerplatz" } });
  fireEvent.click(screen.getByRole("button", { name: "Save mapping" }));
  await screen.findByText(/Item Ledger Entries "Location Code" = "Lagerplatz"/, {}, SLOW);
  await screen.findByText(/^Ready for costing/, {}, SLOW);
  expect(mapRows(excel)[1]).toEqual(["Item Ledger Entries", "Location Code", "Lagerplatz"]);

  // The save reads the ledger again: the toggle is back once that read is over ("Ready" may still be the old one).
  const toggleAgain = await screen.findByRole("button", { name: "Map columns by hand" }, SLOW);
  await act(async () => fireEvent.click(toggleAgain));
  const again = screen.getByRole("group", { name: /^Item Ledger Entries/ });
  expect((within(again).getByLabelText("Location Code") as HTMLSelectElement).value).toBe("Lagerplatz");
  fireEvent.change(within(again).getByLabelText("Location Code"), { target: { value: "" } });
  fireEvent.click(screen.getByRole("button", { name: "Save mapping" }));
  await screen.findByText(/Item Ledger Entries "Location Code" no longer mapped/, {}, SLOW);
  await waitFor(() => expect(mapRows(excel)).toEqual([["Table", "Column", "Header"]]), SLOW);
});

test("a required column with no header left to pick: Map columns says to add it to the export", async () => {
  const excel = await sampleWith("Value Entries", "Cost Amount (Actual)", "");
  pane(excel);
  const mapping = await screen.findByRole("region", { name: "Column mapping" }, SLOW);
  const group = within(mapping).getByRole("group", { name: 'Value Entries (sheet "Value Entries")' });
  expect(group.textContent).toContain(
    "Every header of the sheet is another column's, so there is none to pick: add the missing column to the export.",
  );
  expect(within(group).queryByRole("combobox")).toBeNull();
});
