// The file adapters' deleteRowsFrom, which `costing post --rollback` deletes an interrupted post's rows with:
// rows appended and then deleted leave the workbook as it was (a CSV file byte for byte, in every encoding and
// style; an .xlsx table's rows, range and totals row).
import { readFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { openWorkbook } from "../../src/files";
import type { CellValue, TableSpec } from "../../src/workbook/port";
import { tableSpec, VALUE_ENTRIES } from "../../src/workbook/schema";
import { encodeText, type TextEncoding } from "../../src/workbook/textEncoding";
import { removeTemps, sampleCopy, tempDir } from "./helpers";
import { editParts, VALUE_ENTRIES_SHEET, VALUE_ENTRIES_TABLE } from "./xlsxParts";

afterAll(removeTemps);

const THINGS: TableSpec = { name: "Things", excelName: "Things", isHeaderRow: (cells) => cells[0] === "No." };

/** A folder with Things.csv holding `text` in `encoding`. */
async function folderWith(text: string, encoding: TextEncoding): Promise<{ folder: string; file: string }> {
  const folder = path.join(await tempDir(), "wb");
  await mkdir(folder);
  const file = path.join(folder, "Things.csv");
  await writeFile(file, encodeText(text, encoding));
  return { folder, file };
}

/** Appends the rows and saves, then opens the folder again, deletes from the first of them and saves. */
async function appendThenDelete(folder: string, rows: CellValue[][]): Promise<void> {
  const wb = await openWorkbook(folder);
  const before = (await wb.readTable(THINGS))!;
  await wb.appendRows("Things", rows);
  await wb.save();
  const again = await openWorkbook(folder);
  const read = (await again.readTable(THINGS))!;
  expect(read.rows).toHaveLength(before.rows.length + rows.length);
  await again.deleteRowsFrom!("Things", read.rowNumbers[before.rows.length]);
  await again.save();
}

const UTF8_BOM: TextEncoding = { name: "utf-8", bom: true };
const ADDED: CellValue[][] = [
  ["10", "added = row", -8.5],
  ["11", 'with "quotes", a delimiter\nand a line break', "=1+2"],
];

describe("a CSV file: rows appended, then deleted, leave it byte for byte as it was", () => {
  it.each<[string, string, TextEncoding]>([
    ["UTF-8 with a BOM, CRLF", 'No.,Name,Amount\r\n1,plain,1.50\r\n2,"quoted, with ""quotes""",2\r\n', UTF8_BOM],
    ["Windows-1252", "No.;Name;Amount\r\n1;Größe café;1,50\r\n", { name: "windows-1252", bom: false }],
    ["UTF-16 LE with a BOM", "No.\tName\tAmount\r\n1\tÄpfel\t3\r\n", { name: "utf-16le", bom: true }],
    ["a sep= line and a quoted line break", 'sep=;\r\nNo.;Name;Amount\r\n1;"two\r\nlines";1\r\n3;"";\r\n', UTF8_BOM],
    ["blank lines and a title above the header", "Things export\r\n\r\nNo.,Name,Amount\r\n1,a,1\r\n\r\n", UTF8_BOM],
  ])("%s", async (_what, text, encoding) => {
    const { folder, file } = await folderWith(text, encoding);
    const original = await readFile(file);
    await appendThenDelete(folder, ADDED);
    expect((await readFile(file)).equals(original)).toBe(true);
  });

  it("a file without a final line break keeps the one its appended rows started with", async () => {
    const { folder, file } = await folderWith("No.,Name,Amount\n1,a,1\n2,b,2", { name: "utf-8", bom: false });
    await appendThenDelete(folder, ADDED);
    expect(await readFile(file, "utf8")).toBe("No.,Name,Amount\n1,a,1\n2,b,2\n");
  });

  it("deletes from a row in the middle to the end, keeping the rows above byte for byte", async () => {
    const text = 'No.,Name\r\n1,"a\r\nb"\r\n2,c\r\n3,d\r\n';
    const { folder, file } = await folderWith(text, UTF8_BOM);
    const wb = await openWorkbook(folder);
    const t = (await wb.readTable(THINGS))!;
    expect(t.rowNumbers).toEqual([2, 3, 4]);
    await wb.deleteRowsFrom!("Things", 3);
    await wb.save();
    expect(await readFile(file)).toEqual(Buffer.from(encodeText('No.,Name\r\n1,"a\r\nb"\r\n', UTF8_BOM)));
  });

  it("refuses to delete the header row", async () => {
    const { folder } = await folderWith("No.,Name\r\n1,a\r\n", UTF8_BOM);
    const wb = await openWorkbook(folder);
    await wb.readTable(THINGS);
    await expect(wb.deleteRowsFrom!("Things", 1)).rejects.toThrow("Row 1 is not a data row of the Things table");
  });
});

/** The Value Entries sheet's cells, row by row, as ExcelJS reads the file. */
async function sheetCells(file: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow({ includeEmpty: false }, (row, n) => {
    if ((row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== "")) rows.push([n, row.values]);
  });
  return rows;
}

async function tableRef(file: string, sheet: string): Promise<string | undefined> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)! as ExcelJS.Worksheet & { tables: Record<string, { table: { tableRef: string } }> };
  return Object.values(ws.tables)[0]?.table.tableRef;
}

async function appendThenDeleteValueEntries(file: string): Promise<void> {
  const spec = tableSpec(VALUE_ENTRIES);
  const wb = await openWorkbook(file);
  const before = (await wb.readTable(spec))!;
  const last = before.rows[before.rows.length - 1];
  await wb.appendRows("Value Entries", [[...last], [...last]]);
  await wb.save();
  const again = await openWorkbook(file);
  const read = (await again.readTable(spec))!;
  expect(read.rows).toHaveLength(before.rows.length + 2);
  await again.deleteRowsFrom!("Value Entries", read.rowNumbers[before.rows.length]);
  await again.save();
  expect((await (await openWorkbook(file)).readTable(spec))!.rows).toEqual(before.rows);
}

describe("an .xlsx table: rows appended, then deleted", () => {
  it("an Excel table: its rows and its range as they were", async () => {
    const file = await sampleCopy("xlsx");
    const cells = await sheetCells(file, "Value Entries");
    await appendThenDeleteValueEntries(file);
    expect(await tableRef(file, "Value Entries")).toBe("A1:V53");
    expect(await sheetCells(file, "Value Entries")).toEqual(cells);
  });

  it("an Excel table with a totals row: the totals row moves back up under the rows kept", async () => {
    const file = await sampleCopy("xlsx");
    await editParts(file, {
      [VALUE_ENTRIES_TABLE]: (xml) =>
        xml.replace(/ ref="A1:V53"/, ' ref="A1:V54"').replace(/ totalsRowShown="1"/, ' totalsRowCount="1"'),
      [VALUE_ENTRIES_SHEET]: (xml) =>
        xml.replace("</sheetData>", '<row r="54"><c r="A54" t="inlineStr"><is><t>Total</t></is></c></row></sheetData>'),
    });
    await appendThenDeleteValueEntries(file);
    expect(await tableRef(file, "Value Entries")).toBe("A1:V54");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Value Entries")!;
    expect(ws.getCell("A54").value).toBe("Total");
    expect(ws.getCell("A55").value).toBeNull();
    expect(ws.getCell("A56").value).toBeNull();
  });

  it("a plain range (no Excel table): its rows as they were", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "plain.xlsx");
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Things");
    ws.addRows([
      ["No.", "Name"],
      ["1", "a"],
      ["2", "b"],
    ]);
    ws.getCell("D1").value = "a note beside the table";
    await book.xlsx.writeFile(file);
    const cells = await sheetCells(file, "Things");
    const wb = await openWorkbook(file);
    await wb.readTable(THINGS);
    await wb.appendRows("Things", [["3", "c"]]);
    await wb.save();
    const again = await openWorkbook(file);
    const read = (await again.readTable(THINGS))!;
    expect(read.rowNumbers).toEqual([2, 3, 4]);
    await again.deleteRowsFrom!("Things", 4);
    await again.save();
    expect(await sheetCells(file, "Things")).toEqual(cells);
  });
});
