import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { openWorkbook } from "../../src/files";
import {
  ITEM_LEDGER_ENTRIES,
  readLedgerInput,
  rowStyleFor,
  tableSpec,
  VALUE_ENTRIES,
  valueEntryToRow,
} from "../../src/workbook";
import { SAMPLE_VE } from "../workbook/memoryPort";
import { ILE_CSV, removeTempDirs, snapshot, tempDir, VE_CSV } from "./fixtures";
import { formatExact } from "../../src/engine/money";

async function ledgerFolder(): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, "Item Ledger Entries.csv"), ILE_CSV);
  await writeFile(path.join(dir, "ValueEntries.csv"), VE_CSV); // the Excel table name works as a file name
  await writeFile(path.join(dir, "notes.txt"), "keep me");
  return dir;
}

afterAll(removeTempDirs);

describe("CSV folder workbook", () => {
  test("reads the ledger: BOM, semicolons, decimal comma, dotted dates, German booleans", async () => {
    const wb = await openWorkbook(await ledgerFolder());
    // No Items table: the item's costing method given explicitly, as --costing-method does.
    const { input, problems, costingMethods } = await readLedgerInput(wb, { defaultCostingMethod: "FIFO" });
    expect(problems).toEqual([]);
    expect(costingMethods).toEqual({ missing: ["1000"], chosen: "FIFO" });
    expect(
      input!.valueEntries.map((v) => [v.entryNo, v.postingDate, formatExact(v.costAmountActual), v.itemNo]),
    ).toEqual([
      [1, "2020-01-10", "100.25", "1000"],
      [2, "2020-01-15", "-60.5", "1000"],
    ]);
    expect(input!.sources!.get("VE:1")).toEqual({ table: "Value Entries", row: 3 });
  });

  test("appends value entries in the file's own style, saved atomically in place", async () => {
    const dir = await ledgerFolder();
    const wb = await openWorkbook(dir);
    const table = (await wb.readTable(tableSpec(VALUE_ENTRIES)))!;
    const style = rowStyleFor(table, wb.dateStyle);
    await wb.appendRows(table.name, [valueEntryToRow(table.headers, SAMPLE_VE, style)]);
    expect(await readFile(path.join(dir, "ValueEntries.csv"), "utf8")).toBe(VE_CSV); // staged only
    await wb.save();
    const text = await readFile(path.join(dir, "ValueEntries.csv"), "utf8");
    expect(text).toBe(VE_CSV + "10;2;31.01.2020;Direct Cost;-1,23;Ja;'=SUM(A1)\n"); // dates as the file writes them
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    const again = await openWorkbook(dir);
    const { input } = await readLedgerInput(again, { defaultCostingMethod: "FIFO" });
    const ve = input!.valueEntries.find((v) => v.entryNo === 10)!;
    expect(ve.documentNo).toBe("=SUM(A1)");
    expect(formatExact(ve.costAmountActual)).toBe("-1.23");
    expect(ve.adjustment).toBe(true);
  });

  test("rows appended in several blocks read back and save as one block appended would", async () => {
    const rowsOf = async (wb: Awaited<ReturnType<typeof openWorkbook>>) => {
      const table = (await wb.readTable(tableSpec(VALUE_ENTRIES)))!;
      const style = rowStyleFor(table, wb.dateStyle);
      return [10, 11, 12].map((entryNo) => valueEntryToRow(table.headers, { ...SAMPLE_VE, entryNo }, style));
    };
    const once = await ledgerFolder();
    const a = await openWorkbook(once);
    await a.appendRows(VALUE_ENTRIES.caption, await rowsOf(a));
    await a.save();

    const blocks = await ledgerFolder();
    const b = await openWorkbook(blocks);
    const rows = await rowsOf(b);
    await b.appendRows(VALUE_ENTRIES.caption, rows.slice(0, 1));
    await b.appendRows(VALUE_ENTRIES.caption, rows.slice(1));
    // Read between the blocks and after: the table holds every row appended so far.
    expect((await b.readTable(tableSpec(VALUE_ENTRIES)))!.rows).toHaveLength(5);
    await b.appendRows(VALUE_ENTRIES.caption, []);
    await b.save();
    expect(await readFile(path.join(blocks, "ValueEntries.csv"), "utf8")).toBe(
      await readFile(path.join(once, "ValueEntries.csv"), "utf8"),
    );
  });

  test("--out writes a new folder with the unchanged files; the input is untouched", async () => {
    const dir = await ledgerFolder();
    const before = await snapshot(dir);
    const wb = await openWorkbook(dir);
    const table = (await wb.readTable(tableSpec(VALUE_ENTRIES)))!;
    await wb.appendRows(table.name, [valueEntryToRow(table.headers, SAMPLE_VE, wb.dateStyle)]);
    await wb.writeTable("Posting Log", ["Document No.", "Lines"], [["ADJ-1", 1]]);
    const out = path.join(await tempDir(), "out");
    await wb.save(out);
    expect(await snapshot(dir)).toEqual(before);
    expect((await readdir(out)).sort()).toEqual([
      "Item Ledger Entries.csv",
      "Posting Log.csv",
      "ValueEntries.csv",
      "notes.txt",
    ]);
    expect(await readFile(path.join(out, "Item Ledger Entries.csv"), "utf8")).toBe(ILE_CSV);
    expect(await readFile(path.join(out, "Posting Log.csv"), "utf8")).toBe("\uFEFFDocument No.,Lines\r\nADJ-1,1\r\n");
  });

  test("on a problem nothing is written", async () => {
    const dir = await ledgerFolder();
    await writeFile(path.join(dir, "Value Entries.csv"), VE_CSV.replace("100,25", "100,2x"));
    const before = await snapshot(dir);
    const { input, problems } = await readLedgerInput(await openWorkbook(dir));
    expect(input).toBeNull();
    expect(problems[0].message).toBe(
      'Value Entries, row 3, column "Cost Amount (Actual)": "100,2x" is not a number. Enter a number such as 12.50.',
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  test("a table is found by its header row when the file has another name", async () => {
    const dir = await tempDir();
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "export1.csv"), ILE_CSV);
    const wb = await openWorkbook(dir);
    expect(await wb.readTable(tableSpec(VALUE_ENTRIES))).toBeNull();
    const ile = await wb.readTable(tableSpec(ITEM_LEDGER_ENTRIES));
    expect(ile).toMatchObject({ name: "Item Ledger Entries", sheet: "export1", rowNumbers: [2, 3] });
    const { problems } = await readLedgerInput(wb);
    expect(problems.map((p) => p.message)).toContain(
      'The workbook has no Value Entries table. Add a sheet named "Value Entries" (or an Excel table named ' +
        "ValueEntries) holding the value entries exported from Business Central.",
    );
  });
});
