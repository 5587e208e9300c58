import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { openWorkbook } from "../../src/files";
import { readLedgerInput, rowStyleFor, tableSpec, VALUE_ENTRIES, valueEntryToRow } from "../../src/workbook";
import { SAMPLE_VE } from "../workbook/memoryPort";
import { removeTempDirs, snapshot, tempDir } from "./fixtures";
import { formatExact } from "../../src/engine/money";

const d = (s: string) => new Date(s + "T00:00:00Z");

/** A workbook as a controller keeps it: a formatted cover sheet, the ledger as Excel tables, Items as a range. */
async function ledgerXlsx(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet("Cover");
  cover.getCell("A1").value = "=SUM(A1)";
  cover.getCell("A1").font = { bold: true, color: { argb: "FFFF0000" } };
  cover.getCell("B1").value = { formula: "1+1", result: 2 };
  cover.getColumn(1).width = 33;

  const ile = wb.addWorksheet("Item Ledger Entries");
  ile.addTable({
    name: "ItemLedgerEntries",
    ref: "A1",
    columns: ["Entry No.", "Item No.", "Posting Date", "Entry Type", "Quantity"].map((name) => ({ name })),
    rows: [
      [2, "1000", d("2020-01-15"), "Sale", -6],
      [1, "1000", d("2020-01-10"), "Purchase", 10],
    ],
  });

  const ve = wb.addWorksheet("Value Entries");
  ve.addTable({
    name: "ValueEntries",
    ref: "A1",
    columns: [
      "Entry No.",
      "Item Ledger Entry No.",
      "Posting Date",
      "Entry Type",
      "Cost Amount (Actual)",
      "Adjustment",
      "Document No.",
    ].map((name) => ({ name })),
    rows: [
      [2, 2, d("2020-01-15"), "Direct Cost", -60, false, "S-1"],
      [1, 1, d("2020-01-10"), "Direct Cost", 100, false, "P-1"],
    ],
  });
  for (const r of [2, 3]) {
    ve.getCell(r, 3).numFmt = "dd.mm.yyyy";
    ve.getCell(r, 5).numFmt = "#,##0.00";
  }

  const items = wb.addWorksheet("Items");
  items.getCell("A1").value = "Items as of 2020-01-31";
  items.getRow(3).values = [, "No.", "Description", "Costing Method"];
  items.getRow(4).values = [, "1000", "Bicycle", "Average"];

  const file = path.join(dir, "ledger.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

async function appendSample(file: string, out?: string): Promise<void> {
  const wb = await openWorkbook(file);
  const table = (await wb.readTable(tableSpec(VALUE_ENTRIES)))!;
  await wb.appendRows(table.name, [valueEntryToRow(table.headers, SAMPLE_VE, rowStyleFor(table, wb.dateStyle))]);
  await wb.save(out);
}

afterAll(removeTempDirs);

describe("xlsx workbook", () => {
  test("reads Excel tables by name and a range under a title row", async () => {
    const file = await ledgerXlsx(await tempDir());
    const { input, problems } = await readLedgerInput(await openWorkbook(file));
    expect(problems).toEqual([]);
    expect(input!.valueEntries.map((v) => [v.entryNo, v.postingDate, formatExact(v.costAmountActual)])).toEqual([
      [1, "2020-01-10", "100"],
      [2, "2020-01-15", "-60"],
    ]);
    expect(input!.items[0]).toMatchObject({ no: "1000", costingMethod: "Average" });
    expect(input!.sources!.get("ITEM:1000")).toEqual({ table: "Items", row: 4 });
  });

  test("appended value entries extend the table; other sheets, formatting and text are kept", async () => {
    const dir = await tempDir();
    const file = await ledgerXlsx(dir);
    const before = await snapshot(dir);
    const out = path.join(dir, "out.xlsx");
    await appendSample(file, out);
    expect(await snapshot(dir)).toEqual({ ...before, "out.xlsx": expect.anything() });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Cover", "Item Ledger Entries", "Value Entries", "Items"]);
    const cover = wb.getWorksheet("Cover")!;
    expect(cover.getCell("A1").value).toBe("=SUM(A1)");
    expect(cover.getCell("A1").type).toBe(ExcelJS.ValueType.String);
    expect(cover.getCell("A1").font.bold).toBe(true);
    expect(cover.getCell("B1").formula).toBe("1+1");
    expect(cover.getColumn(1).width).toBe(33);

    const ve = wb.getWorksheet("Value Entries")!;
    const table = (ve as unknown as { tables: Record<string, { model: { tableRef: string } }> }).tables.ValueEntries;
    expect(table.model.tableRef).toBe("A1:G4");
    const row = ve.getRow(4);
    expect([1, 2, 3, 4, 5, 6].map((c) => row.getCell(c).value)).toEqual([
      10,
      2,
      d("2020-01-31"),
      "Direct Cost",
      -1.23,
      true,
    ]);
    expect(row.getCell(7).value).toBe("=SUM(A1)");
    expect(row.getCell(7).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(3).numFmt).toBe("dd.mm.yyyy");
    expect(row.getCell(5).numFmt).toBe("#,##0.00");

    const again = await readLedgerInput(await openWorkbook(out));
    expect(again.input!.valueEntries.map((v) => v.entryNo)).toEqual([1, 2, 10]);
    expect(again.input!.valueEntries[2].documentNo).toBe("=SUM(A1)");
  });

  test("saving in place replaces the file atomically (no temporary file left)", async () => {
    const dir = await tempDir();
    const file = await ledgerXlsx(dir);
    await appendSample(file);
    expect(await readdir(dir)).toEqual(["ledger.xlsx"]);
    const { input } = await readLedgerInput(await openWorkbook(file));
    expect(input!.valueEntries).toHaveLength(3);
  });

  test("an Excel-written table (no headerRowCount attribute) keeps its header row", async () => {
    const dir = await tempDir();
    const file = await ledgerXlsx(dir);
    const zip = await JSZip.loadAsync(await readFile(file));
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/.*\.xml$/.test(n))) {
      zip.file(name, (await zip.file(name)!.async("string")).replace(/ headerRowCount="1"/, ""));
    }
    await writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    await appendSample(file);
    const saved = await JSZip.loadAsync(await readFile(file));
    const xml = await Promise.all(
      Object.keys(saved.files)
        .filter((n) => /^xl\/tables\/.*\.xml$/.test(n))
        .map((n) => saved.file(n)!.async("string")),
    );
    const veXml = xml.find((x) => x.includes('name="ValueEntries"'))!;
    expect(veXml).toContain('ref="A1:G4"');
    expect(veXml).toContain('headerRowCount="1"');
    expect(veXml).toContain('<autoFilter ref="A1:G4"');
  });

  test("writeTable puts a table on its own sheet; on a read problem the file is untouched", async () => {
    const dir = await tempDir();
    const file = await ledgerXlsx(dir);
    const wb = await openWorkbook(file);
    await wb.writeTable("Posting Log", ["Posted", "Document No.", "Lines"], [[d("2020-02-01"), "ADJ-1", 2]]);
    const out = path.join(dir, "log.xlsx");
    await wb.save(out);
    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(out);
    const log = check.getWorksheet("Posting Log")!;
    expect(log.getRow(2).values).toEqual([, d("2020-02-01"), "ADJ-1", 2]);
    expect(log.getCell("A2").numFmt).toBe("dd.mm.yyyy"); // the workbook's own date format (its Value Entries')

    const broken = new ExcelJS.Workbook();
    await broken.xlsx.readFile(file);
    broken.getWorksheet("Value Entries")!.getCell("E2").value = "12,5x";
    await broken.xlsx.writeFile(file);
    const before = await snapshot(dir);
    const { input, problems } = await readLedgerInput(await openWorkbook(file));
    expect(input).toBeNull();
    expect(problems.map((p) => p.message)).toEqual([
      'Value Entries, row 2, column "Cost Amount (Actual)": "12,5x" is not a number. Enter a number such as 12.50.',
    ]);
    expect(await snapshot(dir)).toEqual(before);
  });
});
