// The custom functions on the open workbook (the in-memory Excel through the Office.js adapter, as in Excel):
// their ledger copy is read once, and read again when the ledger changes — a post from the task pane (its port
// says so) or a cell typed in a ledger sheet (worksheet change events) — and each live cell gets its new answer
// without being called again. The seed's revaluation example A-F: FIFO-REVAL's 4 left on 2020-03-01 at 10.00
// (40.00) revalued to 8.00 (32.00).
import path from "node:path";
import { OfficeWorkbook } from "../../src/excel";
import { avgCost, costingPeriod, costingQuantity, costingUnitCost, costingValue } from "../../src/functions/functions";
import { ledgerChanged, onLedgerChanged } from "../../src/excel/ledgerSignal";
import { excelLedgerStore, LedgerStore } from "../../src/excel/ledgerStore";
import { useLedgerSource } from "../../src/functions/runtime";
import { LedgerQueries } from "../../src/engine";
import { formatExact } from "../../src/engine/money";
import { officeLedgerSource } from "../../src/functions/workbookLedger";
import { columnMatches, REVALUATION_JOURNAL, tableSpec } from "../../src/workbook";
import {
  calculateJournal,
  loadLedger,
  postJournal,
  readJournalForPosting,
  type NextSteps,
} from "../../src/workbook/useCases";
import { call, installCustomFunctions } from "../addin/functionCalls";
import { rewound } from "../browser/workbooks";
import { workbookFromJson, workbookToJson } from "../../src/preview/workbookJson";
import type { FakeExcel } from "../../src/preview/fakeExcel";
import { fakeFromXlsx } from "../../src/preview/fromXlsx";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const PANE: NextSteps = { calculate: 'use "Calculate inventory value"', adjust: 'use "Adjust cost"' };
/** The functions read the ledger again this long after the last change. */
const QUIET_MS = 100;

installCustomFunctions();

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The sample before the revaluation of example A-F and the sales after it, in the in-memory Excel. */
async function beforeRevaluation(): Promise<FakeExcel> {
  const sample = workbookToJson(await fakeFromXlsx(SAMPLE));
  return workbookFromJson(rewound(sample, ["S13-REVAL", "S13-D", "S13-E", "S13-F"]));
}

/** The address of a data row's cell (1-based, after the header) of an Excel table, by its column's caption. */
function cellOf(
  excel: FakeExcel,
  table: string,
  caption: string,
  where: (row: unknown[], header: unknown[]) => boolean,
) {
  const t = excel.table(table);
  const [header, ...rows] = t.sheet.values(t.row, t.col, t.rows, t.cols);
  const i = rows.findIndex((r) => where(r, header));
  const col = t.col + header.indexOf(caption);
  return { sheet: t.sheet.name, address: `${String.fromCharCode(65 + col)}${t.row + i + 2}` };
}

/** Every table read from the in-memory Excel through the Office.js adapter, by caption, in order. */
function countReads(): { readonly tables: string[]; restore(): void } {
  const tables: string[] = [];
  const real = OfficeWorkbook.prototype.readTable;
  OfficeWorkbook.prototype.readTable = function (this: OfficeWorkbook, spec) {
    tables.push(spec.name);
    return real.call(this, spec);
  };
  return { tables, restore: () => void (OfficeWorkbook.prototype.readTable = real) };
}

/** A ledger's value entries as text, to compare two reads of one workbook. */
const entriesText = (l: { readonly valueEntries: readonly object[] }): string =>
  JSON.stringify(l.valueEntries, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));

test("a post from the task pane: VALUE of FIFO-REVAL on 2020-03-01 goes from 40 to 32 by itself", async () => {
  const excel = await beforeRevaluation();
  // One ledger store for the pane and the functions, as in Excel's shared runtime.
  const store = excelLedgerStore(excel.run);
  const source = officeLedgerSource(excel.run, store);
  const cache = useLedgerSource(source, { quietMs: QUIET_MS });
  const reads = countReads();

  const value = call(costingValue, "FIFO-REVAL", "2020-03-01", null, null, null);
  const quantity = call(costingQuantity, "FIFO-REVAL", "2020-03-01", null, null, null);
  const unitCost = call(costingUnitCost, "FIFO-REVAL", "2020-03-01", null, null, null);
  const average = call(avgCost, "AVG-MONTH", "2025-02-15", null, null);
  const period = call(costingPeriod, "2025-02-15");
  expect(await Promise.all([value, quantity, unitCost, average].map((c) => c.next()))).toEqual([40, 4, 10, 65]);
  await period.next();
  expect(cache.loads).toBe(1);
  expect(excel.changedHandlers).toHaveLength(1); // the store watches the workbook's changes

  // The task pane's Calculate, the user's new unit cost in the journal sheet, and Post, through its port.
  const port = store.port(new OfficeWorkbook({ run: excel.run }));
  const ledger = (await loadLedger(port)).ledger!;
  // The pane's read took the tables the functions read: none was read from Excel again.
  expect(reads.tables.filter((t) => t === "Value Entries")).toHaveLength(1);
  const calc = await calculateJournal(
    port,
    ledger,
    { postingDate: "2020-03-01", documentNo: "REVAL-2020-03-01", calculatePer: "Item", itemNos: ["FIFO-REVAL"] },
    { replace: false, next: PANE },
  );
  if (!calc.ok) throw new Error(calc.message);
  const journal = (await port.readTable(tableSpec(REVALUATION_JOURNAL)))!;
  const unitCostCol = journal.headers.findIndex((h) =>
    columnMatches(
      REVALUATION_JOURNAL.columns.find((c) => c.field === "unitCostRevalued")!,
      h,
    ),
  );
  const at = `${String.fromCharCode(65 + unitCostCol)}${journal.rowNumbers[0]}`;
  excel.userEdit(journal.sheet, at, 8);
  // Writing and editing the journal changes no ledger table: the copy is kept.
  await pause(QUIET_MS * 3);
  expect(cache.loads).toBe(1);
  expect(value.results).toEqual([40]);

  const read = await readJournalForPosting(port, ledger, PANE);
  if (!read.ok) throw new Error(read.message);
  const posted = await postJournal(port, ledger, read.value, { adjust: true, next: PANE });
  if (!posted.ok) throw new Error(posted.message);

  // The cells get their new answers without being called again; the ledger is read once for all of them.
  expect(await value.next(1)).toBe(32);
  expect(await unitCost.next(1)).toBe(8);
  expect(await quantity.next(1)).toBe(4);
  expect(await average.next(1)).toBe(65);
  await pause(QUIET_MS * 3);
  expect(cache.loads).toBe(2);
  expect(value.results).toEqual([40, 32]);
  expect(period.results).toHaveLength(2);
  // The second copy followed the post's rows (LedgerQueries.afterPosting): no whole read, no whole Adjust Cost.
  expect(source.stats).toEqual({ full: 1, followed: 1 });
  // The post's new value entries went into the store as they were written: Value Entries was read from Excel
  // once, by the functions' first load, and never again (not by the post, not by the functions' second load).
  expect(reads.tables.filter((t) => t === "Value Entries")).toHaveLength(1);
  expect(reads.tables.filter((t) => t === "Item Ledger Entries")).toHaveLength(1);
  // What the store holds is what Excel holds: a fresh read gives the same ledger.
  reads.restore();
  const fresh = (await loadLedger(new OfficeWorkbook({ run: excel.run }))).ledger!;
  const kept = (await loadLedger(store.port(new OfficeWorkbook({ run: excel.run })))).ledger!;
  expect(kept.valueEntries.length).toBeGreaterThan(ledger.valueEntries.length);
  expect(entriesText(kept)).toBe(entriesText(fresh));
  // The followed copy answers as a copy built from a fresh read does, for every item on every date.
  const followedCopy = await cache.current();
  const built = LedgerQueries.build(fresh);
  const dates = [...new Set(fresh.itemLedgerEntries.map((e) => e.postingDate))];
  const ask = (q: LedgerQueries) =>
    [...fresh.items.keys()].flatMap((no) =>
      dates.map((d) => [formatExact(q.inventory(no, d).value), formatExact(q.inventory(no, d).quantity)].join(" ")),
    );
  expect(ask(followedCopy)).toEqual(ask(built));
  cache.dispose();
});

test("a cell typed in a ledger sheet (no task pane) refreshes the answers; other sheets and cancelled cells do not", async () => {
  const excel = await beforeRevaluation();
  excel.addSheet("Report", [["Item", "Value"]]);
  const source = officeLedgerSource(excel.run);
  const cache = useLedgerSource(source, { quietMs: QUIET_MS });
  const value = call(costingValue, "FIFO-REVAL", "2020-03-01", null, null, null);
  const gone = call(costingValue, "FIFO-REVAL", "2020-02-01", null, null, null);
  expect(await value.next()).toBe(40);
  expect(await gone.next()).toBe(50);

  // Typing in a sheet that holds no ledger table: nothing is read again.
  excel.userEdit("Report", "A2", "FIFO-REVAL");
  await pause(QUIET_MS * 3);
  expect(cache.loads).toBe(1);

  // The user corrects the receipt's cost in Value Entries (60.00 -> 48.00): 4 left at 8.00.
  gone.cancel();
  const receipt = cellOf(
    excel,
    "ValueEntries",
    "Cost Amount (Actual)",
    (r, h) => r[h.indexOf("Document No.")] === "S13-PR1",
  );
  excel.userEdit(receipt.sheet, receipt.address, 48);
  expect(await value.next(1)).toBe(32);
  expect(cache.loads).toBe(2);
  expect(source.stats).toEqual({ full: 2, followed: 0 }); // a typed change: the ledger is read again
  expect(gone.results).toEqual([50]);
  cache.dispose();
});

test("changes close together are read once, after the last; a failure of the workbook is shown, then mended", async () => {
  const excel = await beforeRevaluation();
  const cache = useLedgerSource(officeLedgerSource(excel.run), { quietMs: QUIET_MS });
  const value = call(costingValue, "FIFO-REVAL", "2020-03-01", null, null, null);
  expect(await value.next()).toBe(40);

  // A bad cell typed in the ledger: the cells show the problem (#N/A with the pane's message) ...
  const receipt = cellOf(
    excel,
    "ValueEntries",
    "Cost Amount (Actual)",
    (r, h) => r[h.indexOf("Document No.")] === "S13-PR1",
  );
  excel.userEdit(receipt.sheet, receipt.address, "abc");
  for (let i = 0; i < 5; i++) ledgerChanged();
  expect(await value.next(1)).toEqual([
    "#N/A",
    expect.stringMatching(
      /^The ledger in this workbook cannot be costed: 1 problem, the first: Value Entries, row \d+, column "Cost Amount \(Actual\)": "abc" is not a number/,
    ),
  ]);
  expect(cache.loads).toBe(2);
  // ... until it is corrected.
  excel.userEdit(receipt.sheet, receipt.address, 60);
  expect(await value.next(2)).toBe(40);
  expect(cache.loads).toBe(3);
  cache.dispose();
});

test("the ledger store's port says the ledger changed after each write but those to the journal and the Posting Log", async () => {
  const heard: string[] = [];
  const written: string[] = [];
  const store = new LedgerStore({ watch: async () => undefined });
  const port = store.port({
    dateStyle: "date" as const,
    readTable: async (_spec: unknown) => null,
    writeTable: async (name: string, ..._rest: unknown[]) => void written.push(name),
    appendRows: async (name: string, ..._rest: unknown[]) => void written.push(name),
    updateCells: async (name: string, ..._rest: unknown[]) => void written.push(name),
    deleteRowsFrom: async (name: string, _from: number) => {
      written.push(name);
      throw new Error("Excel refused");
    },
  });
  const stop = onLedgerChanged(() => heard.push(written[written.length - 1]));
  try {
    await port.readTable(tableSpec(REVALUATION_JOURNAL));
    await port.appendRows("Value Entries", []);
    await port.writeTable("Revaluation Journal", [], []);
    await port.updateCells!("Revaluation Journal", []);
    await port.writeTable("Posting Log", [], []);
    await port.updateCells!("Items", []);
    await port.writeTable("Inventory Setup", [], []);
    await port.writeTable("Costing Column Map", [], []);
    await expect(port.deleteRowsFrom!("Value Entries", 50)).rejects.toThrow("Excel refused");
    expect(heard).toEqual(["Value Entries", "Items", "Inventory Setup", "Costing Column Map", "Value Entries"]);
  } finally {
    stop();
  }
});
