// The ledger store of the shared runtime (src/excel/ledgerStore.ts) on the in-memory Excel: each ledger table
// read from Excel once; the store's own writes kept from what was written (and their change events taken for
// what they are), so what it holds is what a fresh read gives; a change typed by the user drops the table; a table
// not there is looked for again only when a change may have brought it.
import path from "node:path";
import { OfficeWorkbook } from "../../src/excel";
import { addressRows, excelLedgerStore, LedgerStore } from "../../src/excel/ledgerStore";
import { watchSheetChanges } from "../../src/excel/ledgerWatch";
import { onLedgerChanged } from "../../src/excel/ledgerSignal";
import { fakeFromXlsx } from "../../src/preview/fromXlsx";
import type { FakeExcel } from "../../src/preview/fakeExcel";
import { adjustCostItemEntries } from "../../src/engine";
import { appendValueEntries, loadLedger } from "../../src/workbook/useCases";
import { postedChanges } from "../../src/workbook/postedChanges";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const asText = (x: unknown): string => JSON.stringify(x, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
const entriesText = (l: { readonly valueEntries: readonly object[] }): string => asText(l.valueEntries);

function counted(store: LedgerStore, excel: FakeExcel) {
  return {
    load: () => loadLedger(store.port(new OfficeWorkbook({ run: excel.run }))),
    fresh: () => loadLedger(new OfficeWorkbook({ run: excel.run })),
    reads: (table: string) => store.reads.get(table) ?? 0,
  };
}

// Load through the store's port, run Adjust Cost and append its value entries there: the store's own write.
async function adjustedThroughStore(store: LedgerStore, excel: FakeExcel) {
  const port = store.port(new OfficeWorkbook({ run: excel.run }));
  const loaded = await loadLedger(port);
  const adjusted = adjustCostItemEntries(loaded.ledger!);
  await appendValueEntries(port, loaded.ledger!, adjusted.newValueEntries, loaded.valueEntriesTable);
  return { port, loaded, adjusted };
}

test("the sheet rows of a change event's address", () => {
  expect(addressRows("Value Entries!A5:V9")).toEqual({ from: 5, to: 9 });
  expect(addressRows("'My Sheet'!$B$7")).toEqual({ from: 7, to: 7 });
  expect(addressRows("12:10")).toEqual({ from: 10, to: 12 });
  expect(addressRows("C:C")).toBeNull();
  expect(addressRows(undefined)).toBeNull();
});

test("each ledger table is read from Excel once; a cell typed there drops it, and the next read sees the change", async () => {
  const excel = await fakeFromXlsx(SAMPLE);
  const store = excelLedgerStore(excel.run);
  const s = counted(store, excel);
  const first = (await s.load()).ledger!;
  await s.load();
  expect(s.reads("Value Entries")).toBe(1);
  expect(s.reads("Item Ledger Entries")).toBe(1);

  const heard: string[] = [];
  const stop = onLedgerChanged(() => heard.push("changed"));
  const t = excel.table("ValueEntries");
  const [header] = t.sheet.values(t.row, t.col, 1, t.cols);
  const col = t.col + header.indexOf("Cost Amount (Actual)");
  const address = `${String.fromCharCode(65 + col)}${t.row + 2}`;
  excel.userEdit(t.sheet.name, address, 1234.5);
  await settle();
  stop();
  expect(heard.length).toBeGreaterThan(0);
  const after = (await s.load()).ledger!;
  expect(s.reads("Value Entries")).toBe(2);
  expect(s.reads("Item Ledger Entries")).toBe(1);
  expect(entriesText(after)).not.toBe(entriesText(first));
  expect(entriesText(after)).toBe(entriesText((await s.fresh()).ledger!));
});

test("rows the store's port appends are kept as written: no read again, and what it holds is a fresh read", async () => {
  const excel = await fakeFromXlsx(SAMPLE);
  const store = excelLedgerStore(excel.run);
  const s = counted(store, excel);
  const { loaded, adjusted } = await adjustedThroughStore(store, excel);
  expect(adjusted.newValueEntries.length).toBeGreaterThan(0);
  await settle(); // the change events of the append come back
  const kept = (await s.load()).ledger!;
  expect(s.reads("Value Entries")).toBe(1);
  expect(kept.valueEntries.length).toBe(loaded.ledger!.valueEntries.length + adjusted.newValueEntries.length);
  expect(entriesText(kept)).toBe(entriesText((await s.fresh()).ledger!));
  // A second Adjust Cost on what the store holds adds nothing, as on the workbook.
  expect(adjustCostItemEntries(kept).newValueEntries).toHaveLength(0);
});

test("cells the store's port changes and rows it deletes are kept as Excel holds them", async () => {
  const excel = await fakeFromXlsx(SAMPLE);
  const store = excelLedgerStore(excel.run);
  const s = counted(store, excel);
  const { port, loaded, adjusted } = await adjustedThroughStore(store, excel);
  const ve = (await port.readTable({ name: "Value Entries", excelName: "ValueEntries", isHeaderRow: () => false }))!;
  const firstNew = ve.rowNumbers[ve.rowNumbers.length - adjusted.newValueEntries.length];
  await port.deleteRowsFrom!("Value Entries", firstNew);
  const items = (await port.readTable({ name: "Items", excelName: "Items", isHeaderRow: () => false }))!;
  const unitCost = items.headers.indexOf("Unit Cost");
  await port.updateCells!("Items", [{ row: items.rowNumbers[0], column: unitCost, value: 99.5 }]);
  await settle();
  const kept = await s.load();
  const fresh = await s.fresh();
  expect(s.reads("Value Entries")).toBe(1);
  expect(s.reads("Items")).toBe(1);
  expect(entriesText(kept.ledger!)).toBe(entriesText(loaded.ledger!));
  expect(asText(kept.input!.items)).toBe(asText(fresh.input!.items));
  expect(asText(kept.input!.items)).toContain('"unitCost":"99500000000000000000"');
});

test("without change events the store keeps nothing: every read goes to Excel", async () => {
  const excel = await fakeFromXlsx(SAMPLE);
  const store = new LedgerStore({ watch: () => Promise.reject(new Error("no events in this Excel")) });
  const s = counted(store, excel);
  await s.load();
  await s.load();
  expect(s.reads("Value Entries")).toBe(2);
});

test("a co-author's change to the store's own rows after the write is not taken for the write's echo", async () => {
  const excel = await fakeFromXlsx(SAMPLE);
  let now = 0;
  const store = new LedgerStore({ watch: (on) => watchSheetChanges(on, excel.run), now: () => now });
  const s = counted(store, excel);
  await adjustedThroughStore(store, excel);
  await settle();
  now += 60_000; // long after the write
  const t = excel.table("ValueEntries");
  const lastRow = t.row + t.rows; // 1-based sheet row of the table's last row
  const [header] = t.sheet.values(t.row, t.col, 1, t.cols);
  const col = t.col + header.indexOf("Cost Amount (Actual)");
  excel.userEdit(t.sheet.name, `${String.fromCharCode(65 + col)}${lastRow}`, 7);
  await settle();
  const kept = (await s.load()).ledger!;
  expect(s.reads("Value Entries")).toBe(2);
  expect(entriesText(kept)).toBe(entriesText((await s.fresh()).ledger!));
});

test("a table not in the workbook is looked for once: a cell typed inside a known table does not bring one, a header typed elsewhere does", async () => {
  const excel = await fakeFromXlsx(SAMPLE);
  const store = excelLedgerStore(excel.run);
  const s = counted(store, excel);
  const sheetHeadsRead = () => excel.cellsRead.get("Value Entries") ?? 0;
  const applications = (l: Awaited<ReturnType<typeof s.load>>) =>
    l.tables.find((t) => t.name === "Item Application Entries");
  expect(applications(await s.load())?.sheet).toBeFalsy(); // the sample has none
  const looked = sheetHeadsRead();
  await s.load();
  expect(s.reads("Item Application Entries")).toBe(1);
  expect(s.reads("Costing Column Map")).toBe(1);
  expect(sheetHeadsRead()).toBe(looked); // looking for a table reads the top rows of every sheet: not again

  // A unit cost typed in the Items table: no table can start inside one.
  const items = excel.table("Items");
  const [itemHeader] = items.sheet.values(items.row, items.col, 1, items.cols);
  const unitCost = items.col + itemHeader.indexOf("Unit Cost");
  excel.userEdit(items.sheet.name, `${String.fromCharCode(65 + unitCost)}${items.row + 2}`, 12.5);
  await settle();
  await s.load();
  expect(s.reads("Item Application Entries")).toBe(1);

  // The Item Application Entries pasted into a new sheet: looked for again, and found.
  excel.addSheet("Applications");
  excel.userEdit("Applications", "A1", [
    ["Entry No.", "Item Ledger Entry No.", "Inbound Item Entry No.", "Outbound Item Entry No.", "Quantity"],
    [1, 1, 1, 0, 1],
  ]);
  await settle();
  const found = await s.load();
  expect(s.reads("Item Application Entries")).toBe(2);
  expect(applications(found)).toEqual({
    name: "Item Application Entries",
    sheet: "Applications",
    rows: 1,
  });
});

test("the store's changes since a version: the rows its port appended and the cells it changed, read as a full read reads them; anything else is null", async () => {
  const excel = await fakeFromXlsx(SAMPLE);
  const store = excelLedgerStore(excel.run);
  const s = counted(store, excel);
  const loaded = await s.load();
  const version = store.version;
  expect(store.changesSince(version)).toEqual([]);

  const port = store.port(new OfficeWorkbook({ run: excel.run }));
  const adjusted = adjustCostItemEntries(loaded.ledger!);
  await appendValueEntries(port, loaded.ledger!, adjusted.newValueEntries, loaded.valueEntriesTable);
  const items = (await port.readTable({ name: "Items", excelName: "Items", isHeaderRow: () => false }))!;
  const unitCost = items.headers.indexOf("Unit Cost");
  await port.updateCells!("Items", [{ row: items.rowNumbers[0], column: unitCost, value: 99.5 }]);
  await settle();

  const changes = store.changesSince(version)!;
  expect(changes.map((c) => `${c.kind} ${c.table}`)).toEqual(["appended Value Entries", "updated Items"]);
  // Only the rows written are logged, not the table (a log of 256 copies of a million rows would not fit).
  expect(changes.map((c) => c.rows.rows.length)).toEqual([adjusted.newValueEntries.length, 1]);
  const ile = new Map(loaded.ledger!.itemLedgerEntries.map((e) => [e.entryNo, e]));
  const posted = postedChanges(
    changes,
    { itemLedgerEntry: (no) => ile.get(no), ledger: loaded.ledger! },
    loaded.columnMap!,
  )!;
  // What the rows say is what a fresh read of the workbook says.
  const fresh = (await s.fresh()).ledger!;
  expect(asText(posted.valueEntries)).toBe(asText(fresh.valueEntries.slice(loaded.ledger!.valueEntries.length)));
  const first = loaded.input!.items[0].no;
  expect(asText(posted.items!.get(first))).toBe(asText(fresh.items.get(first)));
  expect(s.reads("Value Entries")).toBe(1);

  // A cell typed in Value Entries: the store cannot say what it did, so whoever follows it reads again.
  const t = excel.table("ValueEntries");
  excel.userEdit(t.sheet.name, `A${t.row + 2}`, 1);
  await settle();
  expect(store.changesSince(version)).toBeNull();
  expect(store.changesSince(store.version)).toEqual([]);
});
