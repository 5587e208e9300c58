// The Office.js adapter against the fake Excel: the bundled sample read exactly as the file adapter reads it,
// tables found by table name, sheet name or header row, chunked reads and writes under the payload limit,
// text kept as text, one rows.add per chunk, and clear messages for protected sheets.
import path from "node:path";
import { OfficeWorkbook, type Progress } from "../../src/excel";
import { DATE_FORMAT, DECIMAL_FORMAT, TEXT_FORMAT } from "../../src/excel/cells";
import { XlsxWorkbook } from "../../src/files";
import { readLedgerInput, tableSpec, VALUE_ENTRIES, ITEM_LEDGER_ENTRIES, ITEMS } from "../../src/workbook";
import { FakeExcel } from "../../src/preview/fakeExcel";
import { fakeFromXlsx } from "../../src/preview/fromXlsx";
import { formatExact } from "../../src/engine/money";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");

async function expectedInput() {
  return readLedgerInput(await XlsxWorkbook.open(SAMPLE));
}

describe("reading the ledger", () => {
  test("the bundled sample (Excel tables) reads as the file adapter reads it", async () => {
    const excel = await fakeFromXlsx(SAMPLE);
    const office = new OfficeWorkbook({ run: excel.run });
    const got = await readLedgerInput(office);
    const want = await expectedInput();
    expect(got.problems).toEqual(want.problems);
    expect(got.input).not.toBeNull();
    expect(got.input).toEqual(want.input);
  });

  test("without Excel tables, the sheets are found by name", async () => {
    const excel = await fakeFromXlsx(SAMPLE, { tables: false });
    const got = await readLedgerInput(new OfficeWorkbook({ run: excel.run }));
    expect(got.input).toEqual((await expectedInput()).input);
  });

  test("a sheet with another name is found by its header row, anywhere near the top", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Export 1", [
      [],
      ["", "Item ledger entries exported 2020-02-01"],
      [],
      ["", "Entry No.", "Item No.", "Posting Date", "Entry Type", "Quantity"],
      ["", 2, "1000", 43845, "Sale", -6],
      ["", 1, "1000", 43840, "Purchase", 10],
    ]);
    excel.addSheet("Export 2", [
      ["Entry No.", "Item Ledger Entry No.", "Posting Date", "Entry Type", "Cost Amount (Actual)"],
      [2, 2, 43845, "Direct Cost", -60],
      [1, 1, 43840, "Direct Cost", 100],
    ]);
    excel.addSheet("Export 3", [
      ["Item No.", "Description", "Costing Method"],
      ["1000", "Bicycle", "FIFO"],
    ]);
    const office = new OfficeWorkbook({ run: excel.run });
    const ile = await office.readTable(tableSpec(ITEM_LEDGER_ENTRIES));
    expect(ile).toMatchObject({ sheet: "Export 1", headerRow: 4, rowNumbers: [5, 6] });
    expect(ile!.headers).toEqual(["Entry No.", "Item No.", "Posting Date", "Entry Type", "Quantity"]);
    expect(ile!.rows[0]).toEqual([2, "1000", 43845, "Sale", -6]);
    const { input, problems } = await readLedgerInput(office);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(input!.itemLedgerEntries.map((e) => e.postingDate)).toEqual(["2020-01-10", "2020-01-15"]);
    expect(input!.valueEntries.map((v) => formatExact(v.costAmountActual, 2))).toEqual(["100.00", "-60.00"]);
    expect(input!.items).toEqual([expect.objectContaining({ no: "1000", costingMethod: "FIFO" })]);
  });

  test("a missing table is null, and the reader says which sheet to add", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Notes", [["nothing here"]]);
    excel.addSheet("Empty");
    const office = new OfficeWorkbook({ run: excel.run });
    expect(await office.readTable(tableSpec(VALUE_ENTRIES))).toBeNull();
    const { input, problems } = await readLedgerInput(office);
    expect(input).toBeNull();
    expect(problems.map((p) => p.message)).toContain(
      'The workbook has no Value Entries table. Add a sheet named "Value Entries" (or an Excel table named ' +
        "ValueEntries) holding the value entries exported from Business Central.",
    );
  });

  test("an Excel table's totals row is not data", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Ledger", [
      ["Entry No.", "Item No.", "Posting Date", "Entry Type", "Quantity"],
      [1, "A", 43840, "Purchase", 10],
      ["Total", "", "", "", 10],
    ]);
    excel.addTable("ItemLedgerEntries", sheet, 0, 0, 3, 5).showTotals = true;
    const t = await new OfficeWorkbook({ run: excel.run }).readTable(tableSpec(ITEM_LEDGER_ENTRIES));
    expect(t!.rows).toEqual([[1, "A", 43840, "Purchase", 10]]);
  });

  test("large tables are read in blocks, one sync each, with progress; the result is the same", async () => {
    const excel = await fakeFromXlsx(SAMPLE);
    const progress: Progress[] = [];
    const office = new OfficeWorkbook({ run: excel.run, cellsPerRequest: 60, onProgress: (p) => progress.push(p) });
    const got = await readLedgerInput(office);
    expect(got.input).toEqual((await expectedInput()).input);
    const ve = progress.filter((p) => p.table === "Value Entries");
    expect(ve.length).toBeGreaterThan(3);
    expect(ve[0].done).toBe(0);
    expect(ve[ve.length - 1].done).toBe(ve[ve.length - 1].total);
    for (let i = 1; i < ve.length; i++) expect(ve[i].done).toBeGreaterThan(ve[i - 1].done);
  });

  test("a block Excel refuses as too large is read again in smaller blocks", async () => {
    const excel = await fakeFromXlsx(SAMPLE);
    excel.payloadLimit = 3000; // bytes: far below the sample's Value Entries table
    const got = await readLedgerInput(new OfficeWorkbook({ run: excel.run }));
    expect(excel.refused).toBeGreaterThan(0);
    expect(got.input).toEqual((await expectedInput()).input);
  });
});

const d = (s: string) => new Date(s + "T00:00:00Z");
const RISKY = ["=SUM(A1)", "-12", "+1", "@x", "00123", "-A"];

describe("writing a table", () => {
  test("a new sheet with an Excel table: dates and decimals formatted, text kept as text", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Item Ledger Entries", [["x"]]);
    const office = new OfficeWorkbook({ run: excel.run });
    const rows = RISKY.map((text, i) => [i + 1, d("2020-01-31"), text, 12.5 + i, null]);
    await office.writeTable(
      "Revaluation Journal",
      ["Line No.", "Posting Date", "Document No.", "Amount", "Note"],
      rows,
    );

    const sheet = excel.sheet("Revaluation Journal");
    const table = excel.table("RevaluationJournal");
    expect(table).toMatchObject({ sheet, row: 0, col: 0, rows: RISKY.length + 1, cols: 5 });
    expect(sheet.values(0, 0, 1, 5)).toEqual([["Line No.", "Posting Date", "Document No.", "Amount", "Note"]]);
    expect(sheet.cell(1, 1)).toEqual({ value: 43861, format: DATE_FORMAT }); // 2020-01-31
    expect(sheet.cell(1, 3)).toEqual({ value: 12.5, format: DECIMAL_FORMAT });
    RISKY.forEach((text, i) => expect(sheet.cell(i + 1, 2)).toEqual({ value: text, format: TEXT_FORMAT }));
    expect(
      sheet
        .values(1, 4, RISKY.length, 1)
        .flat()
        .every((v) => v === ""),
    ).toBe(true);

    // ... and reads back as written.
    const back = await office.readTable({
      name: "Revaluation Journal",
      excelName: "RevaluationJournal",
      isHeaderRow: () => false,
    });
    expect(back!.rows.map((r) => r[2])).toEqual(RISKY);
  });

  test("writing again replaces the sheet's content; a table of that name elsewhere keeps its data", async () => {
    const excel = new FakeExcel();
    const old = excel.addSheet("Posting Log", [["When"], ["old"], ["older"], ["oldest"]]);
    const elsewhere = excel.addSheet("Archive", [["Doc"], ["A-1"]]);
    excel.addTable("PostingLog", elsewhere, 0, 0, 2, 1);
    const office = new OfficeWorkbook({ run: excel.run });
    await office.writeTable("Posting Log", ["When", "Lines"], [["2025-01-01 10:00", 3]]);
    expect(old.values(0, 0, 4, 2)).toEqual([
      ["When", "Lines"],
      ["2025-01-01 10:00", 3],
      ["", ""],
      ["", ""],
    ]);
    expect(excel.tables.map((t) => [t.name, t.sheet.name])).toEqual([["PostingLog", "Posting Log"]]);
    expect(elsewhere.values(0, 0, 2, 1)).toEqual([["Doc"], ["A-1"]]);
  });

  test("no rows: the header row only", async () => {
    const excel = new FakeExcel();
    await new OfficeWorkbook({ run: excel.run }).writeTable("Posting Log", ["When", "Lines"], []);
    expect(excel.sheet("Posting Log").values(0, 0, 1, 2)).toEqual([["When", "Lines"]]);
    expect(excel.tables).toEqual([]);
  });

  test("many rows are written in blocks within the payload limit", async () => {
    const excel = new FakeExcel();
    const rows = Array.from({ length: 500 }, (_, i) => [i + 1, d("2020-01-01"), `DOC-${i}`, i / 4]);
    const progress: Progress[] = [];
    const office = new OfficeWorkbook({ run: excel.run, cellsPerRequest: 400, onProgress: (p) => progress.push(p) });
    await office.writeTable("Big", ["No.", "Date", "Doc", "Amount"], rows);
    expect(excel.sheet("Big").values(500, 0, 1, 4)).toEqual([[500, 43831, "DOC-499", 124.75]]);
    expect(excel.maxRequest).toBeLessThan(20_000);
    expect(progress.filter((p) => p.action === "write").length).toBeGreaterThan(5);
  });

  test("a protected sheet: a clear message, nothing changed", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Revaluation Journal", [["keep"]]);
    sheet.protected = true;
    await expect(
      new OfficeWorkbook({ run: excel.run }).writeTable("Revaluation Journal", ["A"], [[1]]),
    ).rejects.toThrow(
      'The sheet "Revaluation Journal" is protected, so the Revaluation Journal table could not be written. ' +
        "Unprotect it (Review > Unprotect Sheet) and try again; nothing was changed.",
    );
    expect(sheet.values(0, 0, 1, 1)).toEqual([["keep"]]);
  });
});

describe("appending rows", () => {
  function ledger() {
    const excel = new FakeExcel();
    const sheet = excel.addSheet(
      "Value Entries",
      [
        ["Entry No.", "Item Ledger Entry No.", "Posting Date", "Entry Type", "Cost Amount (Actual)", "Document No."],
        [1, 1, 43840, "Direct Cost", 100, "P-1"],
        [2, 2, 43845, "Direct Cost", -60, "S-1"],
        [],
        ["notes below the table"],
      ],
      [[], ["0", "0", DATE_FORMAT, "General", "#,##0.00", "@"], ["0", "0", DATE_FORMAT, "General", "#,##0.00", "@"]],
    );
    excel.addTable("ValueEntries", sheet, 0, 0, 3, 6);
    return { excel, sheet };
  }

  test("rows go into the Excel table, one rows.add per block, in the table's formats; text stays text", async () => {
    const { excel, sheet } = ledger();
    const office = new OfficeWorkbook({ run: excel.run, cellsPerRequest: 24 }); // 2 rows of 6 per write block
    await office.readTable(tableSpec(VALUE_ENTRIES));
    const rows = [3, 4, 5, 6, 7].map((n, i) => [n, 2, d("2020-01-31"), "Direct Cost", -1.5 * n, RISKY[i]]);
    await office.appendRows("Value Entries", rows);

    expect(excel.rowsAddCalls).toBe(3); // 2 + 2 + 1 rows
    expect(excel.table("ValueEntries").rows).toBe(8);
    expect(sheet.values(3, 0, 5, 6)).toEqual(rows.map((r) => [r[0], 2, 43861, "Direct Cost", r[4], r[5]]));
    expect(sheet.cell(3, 2).format).toBe(DATE_FORMAT);
    expect(sheet.cell(3, 4).format).toBe("#,##0.00");
    expect(sheet.cells.flat().some((c) => c?.formula)).toBe(false);
    expect(sheet.values(9, 0, 1, 1)).toEqual([["notes below the table"]]); // moved down, not overwritten

    // A second append (without reading again) lands under the first.
    await office.appendRows("Value Entries", [[8, 2, d("2020-02-01"), "Revaluation", 1, "R-1"]]);
    expect(sheet.values(8, 0, 1, 6)).toEqual([[8, 2, 43862, "Revaluation", 1, "R-1"]]);
    const read = await office.readTable(tableSpec(VALUE_ENTRIES));
    expect(read!.rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test("a sheet without an Excel table: rows go under the last row of the table's columns", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Value Entries", [
      [],
      ["", "Entry No.", "Item Ledger Entry No.", "Posting Date", "Entry Type", "Cost Amount (Actual)"],
      ["", 1, 1, 43840, "Direct Cost", 100],
    ]);
    const office = new OfficeWorkbook({ run: excel.run });
    await office.appendRows("Value Entries", [[2, 1, d("2020-01-31"), "Revaluation", "-5"]]);
    expect(sheet.values(3, 1, 1, 5)).toEqual([[2, 1, 43861, "Revaluation", "-5"]]);
    expect(sheet.cell(3, 5).format).toBe(TEXT_FORMAT);
    expect(excel.rowsAddCalls).toBe(0);
  });

  test("a protected sheet: a clear message, nothing added", async () => {
    const { excel, sheet } = ledger();
    sheet.protected = true;
    await expect(new OfficeWorkbook({ run: excel.run }).appendRows("Value Entries", [[3]])).rejects.toThrow(
      'The sheet "Value Entries" is protected, so the new Value Entries rows could not be written. ' +
        "Unprotect it (Review > Unprotect Sheet) and try again; nothing was changed.",
    );
    expect(excel.table("ValueEntries").rows).toBe(3);
  });

  test("no such table: says what to add", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1", [["a"]]);
    await expect(new OfficeWorkbook({ run: excel.run }).appendRows("Posting Log", [["x"]])).rejects.toThrow(
      'The workbook has no "Posting Log" table to add rows to. Add a sheet named "Posting Log" (or an Excel ' +
        "table named PostingLog) with its header row, and try again.",
    );
  });
});

describe("changing cells in place", () => {
  /** Items as an Excel table under a title, a formula beside it, numbers formatted, a text-formatted cell. */
  function items() {
    const excel = new FakeExcel();
    const sheet = excel.addSheet(
      "Items",
      [
        ["Item list"],
        ["No.", "Description", "Costing Method", "Unit Cost", "Standard Cost", "Note"],
        ["1000", "Bike", "Standard", 10.5, 10.5, ""],
        ["2000", "Lamp", "FIFO", 3, 0, "keep"],
        ["3000", "Bell", "FIFO", 1, 0, ""],
      ],
      [
        [],
        [],
        ["@", "General", "General", "#,##0.00", "#,##0.00", "General"],
        [],
        ["@", "General", "General", "@", "General", "General"],
      ],
    );
    sheet.cell(3, 7).formula = "=E4*2";
    excel.addTable("Items", sheet, 1, 0, 4, 6);
    return { excel, sheet };
  }

  test("only the cells given change; numbers keep their format, text is written as text (never a formula)", async () => {
    const { excel, sheet } = items();
    const office = new OfficeWorkbook({ run: excel.run });
    const t = (await office.readTable(tableSpec(ITEMS)))!;
    expect(t.rowNumbers).toEqual([3, 4, 5]);
    const before = excel.syncs;
    const runs = excel.runs;
    await office.updateCells("Items", [
      { row: 3, column: 3, value: 12.25 },
      { row: 3, column: 4, value: 12.25 },
      ...RISKY.slice(0, 1).map((text) => ({ row: 4, column: 5, value: text })),
      { row: 5, column: 3, value: 2.5 }, // into a text-formatted cell: a number again
      { row: 5, column: 1, value: "00123" },
    ]);
    expect(excel.runs - runs).toBe(1);
    expect(excel.syncs - before).toBe(2); // load the formats, then every write at once
    expect(sheet.cell(2, 3)).toEqual({ value: 12.25, format: "#,##0.00" });
    expect(sheet.cell(2, 4)).toEqual({ value: 12.25, format: "#,##0.00" });
    expect(sheet.cell(3, 5)).toEqual({ value: "=SUM(A1)", format: TEXT_FORMAT });
    expect(sheet.cell(4, 3)).toEqual({ value: 2.5, format: "General" });
    expect(sheet.cell(4, 1)).toEqual({ value: "00123", format: TEXT_FORMAT });
    expect(sheet.cells.flat().filter((c) => c?.formula)).toEqual([{ value: "", format: "General", formula: "=E4*2" }]);
    expect(sheet.values(0, 0, 5, 6)).toEqual([
      ["Item list", "", "", "", "", ""],
      ["No.", "Description", "Costing Method", "Unit Cost", "Standard Cost", "Note"],
      ["1000", "Bike", "Standard", 12.25, 12.25, ""],
      ["2000", "Lamp", "FIFO", 3, 0, "=SUM(A1)"],
      ["3000", "00123", "FIFO", 2.5, 0, ""],
    ]);
    expect(sheet.cell(2, 0).format).toBe("@");
    expect(excel.table("Items").rows).toBe(4);
  });

  test("a date gets a date format where the cell has none; a later update of the same cell wins", async () => {
    const { excel, sheet } = items();
    const office = new OfficeWorkbook({ run: excel.run });
    await office.readTable(tableSpec(ITEMS));
    await office.updateCells("Items", [
      { row: 4, column: 5, value: "first" },
      { row: 4, column: 1, value: d("2020-01-31") },
      { row: 4, column: 5, value: "second" },
      { row: 5, column: 5, value: null },
    ]);
    expect(sheet.cell(3, 1)).toEqual({ value: 43861, format: DATE_FORMAT });
    expect(sheet.cell(3, 5)).toEqual({ value: "second", format: TEXT_FORMAT });
    expect(sheet.cell(4, 5).value).toBe("");
  });

  test("many cells: blocks within the request budget, two syncs each whatever the number of cells", async () => {
    const excel = new FakeExcel();
    const rows = Array.from({ length: 200 }, (_, i) => [`I-${i}`, "FIFO", i, 0]);
    const sheet = excel.addSheet("Items", [["No.", "Costing Method", "Unit Cost", "Standard Cost"], ...rows]);
    const progress: Progress[] = [];
    const office = new OfficeWorkbook({ run: excel.run, cellsPerRequest: 40, onProgress: (p) => progress.push(p) });
    await office.readTable(tableSpec(ITEMS));
    const before = excel.syncs;
    const runs = excel.runs;
    // Every row's Unit Cost and Standard Cost (one run of two cells per row), 400 cells: blocks of 20 cells.
    const updates = rows.flatMap((_, i) => [
      { row: i + 2, column: 2, value: i + 0.5 },
      { row: i + 2, column: 3, value: i + 0.25 },
    ]);
    await office.updateCells("Items", updates);
    const blocks = excel.runs - runs;
    expect(blocks).toBe(20);
    expect(excel.syncs - before).toBe(2 * blocks);
    expect(sheet.values(1, 0, 200, 4)).toEqual(rows.map((r, i) => [r[0], "FIFO", i + 0.5, i + 0.25]));
    const writes = progress.filter((p) => p.action === "write");
    expect(writes[0]).toEqual({ table: "Items", action: "write", done: 0, total: 400 });
    expect(writes[writes.length - 1]).toEqual({ table: "Items", action: "write", done: 400, total: 400 });
  });

  test("a block Excel refuses as too large is sent again in halves", async () => {
    const excel = new FakeExcel();
    const rows = Array.from({ length: 60 }, (_, i) => [`I-${i}`, "FIFO", i]);
    const sheet = excel.addSheet("Items", [["No.", "Costing Method", "Unit Cost"], ...rows]);
    const office = new OfficeWorkbook({ run: excel.run });
    await office.readTable(tableSpec(ITEMS));
    excel.payloadLimit = 400; // bytes: far below 60 cells of text
    await office.updateCells(
      "Items",
      rows.map((_, i) => ({ row: i + 2, column: 1, value: `Method with a long name ${i}` })),
    );
    expect(excel.refused).toBeGreaterThan(0);
    expect(sheet.values(1, 1, 60, 1).flat()).toEqual(rows.map((_, i) => `Method with a long name ${i}`));
  });

  test("found by name when not read before; a cell outside the table is refused, nothing changed", async () => {
    const { excel, sheet } = items();
    const office = new OfficeWorkbook({ run: excel.run });
    await office.updateCells("Items", [{ row: 5, column: 4, value: 7 }]);
    expect(sheet.cell(4, 4).value).toBe(7);
    for (const u of [
      { row: 2, column: 0, value: "x" }, // the header row
      { row: 6, column: 0, value: "x" }, // under the table
      { row: 3, column: 6, value: "x" }, // right of it
    ]) {
      await expect(office.updateCells("Items", [{ row: 3, column: 0, value: "changed" }, u])).rejects.toThrow(
        /outside the Items table/,
      );
    }
    expect(sheet.cell(2, 0).value).toBe("1000");
    await expect(office.updateCells("Posting Log", [{ row: 2, column: 0, value: 1 }])).rejects.toThrow(
      'The workbook has no "Posting Log" table to change.',
    );
  });

  test("a protected sheet: a clear message, nothing changed", async () => {
    const { excel, sheet } = items();
    const office = new OfficeWorkbook({ run: excel.run });
    await office.readTable(tableSpec(ITEMS));
    sheet.protected = true;
    await expect(office.updateCells("Items", [{ row: 3, column: 4, value: 1 }])).rejects.toThrow(
      'The sheet "Items" is protected, so the changed Items cells could not be written. ' +
        "Unprotect it (Review > Unprotect Sheet) and try again; nothing was changed.",
    );
    expect(sheet.cell(2, 4).value).toBe(10.5);
  });
});
