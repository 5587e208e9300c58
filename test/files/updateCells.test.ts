// Changing single cells of a table in place (the Items' new Standard Cost, a journal marked Posted), and
// number formats on a written table: the rest of the file stays as it was.
import ExcelJS from "exceljs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { openWorkbook } from "../../src/files";
import { ITEMS, tableSpec, VALUE_ENTRIES } from "../../src/workbook";
import { ILE_CSV, removeTempDirs, tempDir, VE_CSV } from "./fixtures";

afterAll(removeTempDirs);

const ITEMS_CSV =
  '\uFEFFsep=;\nNo.;Description;Costing Method;Standard Cost\n1000;"Bike; red";Standard;10,50\n2000;=1+1;FIFO;0\n';

describe("updateCells", () => {
  test("CSV: the file keeps its BOM, sep line, delimiter and decimal comma; other cells as they were", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "Items.csv"), ITEMS_CSV);
    const wb = await openWorkbook(dir);
    const t = (await wb.readTable(tableSpec(ITEMS)))!;
    expect(t.rowNumbers).toEqual([3, 4]);
    await wb.updateCells!(t.name, [{ row: 3, column: 3, value: 12.25 }]);
    await wb.save();
    expect(await readFile(path.join(dir, "Items.csv"), "utf8")).toBe(
      '\uFEFFsep=;\nNo.;Description;Costing Method;Standard Cost\n1000;"Bike; red";Standard;12,25\n2000;\'=1+1;FIFO;0\n',
    );
    const again = await openWorkbook(dir);
    const t2 = (await again.readTable(tableSpec(ITEMS)))!;
    expect(t2.rows[1][1]).toBe("=1+1"); // text that looks like a formula stays text
  });

  test("CSV: a cell outside the table is refused", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "Item Ledger Entries.csv"), ILE_CSV);
    await writeFile(path.join(dir, "Value Entries.csv"), VE_CSV);
    const wb = await openWorkbook(dir);
    const t = (await wb.readTable(tableSpec(VALUE_ENTRIES)))!;
    await expect(wb.updateCells!(t.name, [{ row: 1, column: 0, value: 1 }])).rejects.toThrow(/outside/);
    await expect(wb.updateCells!(t.name, [{ row: 2, column: 99, value: 1 }])).rejects.toThrow(/outside/);
  });

  test("xlsx: the cell's value changes, its style and the Excel table stay", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "wb.xlsx");
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet("Items");
    ws.getCell("A1").value = "Title";
    ws.addTable({
      name: "Items",
      ref: "B3",
      columns: ["No.", "Costing Method", "Standard Cost", "Description"].map((name) => ({ name })),
      rows: [
        ["1000", "Standard", 10.5, "Bike"],
        ["2000", "FIFO", 0, "Lamp"],
      ],
    });
    ws.getCell("D4").numFmt = "#,##0.00";
    ws.getCell("E5").value = { formula: 'UPPER("lamp")', result: "LAMP" };
    await x.xlsx.writeFile(file);

    const wb = await openWorkbook(file);
    const t = (await wb.readTable(tableSpec(ITEMS)))!;
    await wb.updateCells!(t.name, [{ row: 4, column: 2, value: 12.25 }]);
    await wb.save();
    const y = new ExcelJS.Workbook();
    await y.xlsx.readFile(file);
    const s = y.getWorksheet("Items")!;
    expect(s.getCell("D4").value).toBe(12.25);
    expect(s.getCell("D4").numFmt).toBe("#,##0.00");
    expect(s.getCell("E5").value).toMatchObject({ formula: 'UPPER("lamp")' });
    expect(s.getCell("A1").value).toBe("Title");
    expect(Object.keys((s as unknown as { tables: object }).tables)).toEqual(["Items"]);
  });
});

describe("writeTable number formats (xlsx)", () => {
  test("number cells get their column's format; text and the header do not", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "wb.xlsx");
    const x = new ExcelJS.Workbook();
    x.addWorksheet("Other").getCell("A1").value = 1;
    await x.xlsx.writeFile(file);
    const wb = await openWorkbook(file);
    await wb.writeTable("Revaluation Journal", ["Item No.", "Amount", "Unit Cost"], [["A", -11, 5.125]], {
      numberFormats: [null, "#,##0.00", "#,##0.00###"],
    });
    await wb.save();
    const y = new ExcelJS.Workbook();
    await y.xlsx.readFile(file);
    const s = y.getWorksheet("Revaluation Journal")!;
    expect([s.getCell("A2").numFmt, s.getCell("B2").numFmt, s.getCell("C2").numFmt]).toEqual([
      undefined,
      "#,##0.00",
      "#,##0.00###",
    ]);
    expect(s.getCell("B1").numFmt).toBeUndefined();
  });
});
