// CSV files in the encodings Excel saves them in: read as they are, written back in the encoding, BOM and line
// ends they had (rows appended too); a character the file's encoding cannot hold refused, naming the cell.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { openWorkbook } from "../../src/files";
import { ITEM_LEDGER_ENTRIES, ITEMS, readLedgerInput, tableSpec, VALUE_ENTRIES } from "../../src/workbook";
import { ILE_CSV, removeTempDirs, snapshot, tempDir, VE_CSV } from "./fixtures";
import { formatExact } from "../../src/engine/money";

afterAll(removeTempDirs);

/** Windows-1252 bytes of a text made of Latin-1 characters and "€" (0x80), "–" (0x96). */
function cp1252(text: string): Buffer {
  const special: Record<string, number> = { "€": 0x80, "–": 0x96, Œ: 0x8c };
  return Buffer.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}

function utf16(text: string, order: "le" | "be", bom = true): Buffer {
  const le = Buffer.from((bom ? "\uFEFF" : "") + text, "utf16le");
  if (order === "le") return le;
  return le.swap16();
}

const ITEMS_TEXT =
  "No.;Description;Costing Method;Unit Cost\r\n" + "1000;Größe café – 5 €;FIFO;10,50\r\n" + "2000;Œuvre;FIFO;2,00\r\n";

async function folderWith(files: Record<string, Buffer | string>): Promise<string> {
  const dir = await tempDir();
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

describe("Windows-1252 (Excel's CSV (Comma delimited))", () => {
  test("read with its accents, € and dashes; a cell changed writes the file back in Windows-1252", async () => {
    const dir = await folderWith({ "Items.csv": cp1252(ITEMS_TEXT) });
    const wb = await openWorkbook(dir);
    const items = (await wb.readTable(tableSpec(ITEMS)))!;
    expect(items.rows.map((r) => r[1])).toEqual(["Größe café – 5 €", "Œuvre"]);
    await wb.updateCells!(items.name, [{ row: 3, column: 1, value: "Œuvre – été" }]);
    await wb.save();
    expect(await readFile(path.join(dir, "Items.csv"))).toEqual(cp1252(ITEMS_TEXT.replace("Œuvre;", "Œuvre – été;")));
  });

  test("rows appended in Windows-1252, after the file's own bytes, with its line ends", async () => {
    const text = ITEMS_TEXT.replace(/\r\n/g, "\n");
    const dir = await folderWith({ "Items.csv": cp1252(text) });
    const wb = await openWorkbook(dir);
    const items = (await wb.readTable(tableSpec(ITEMS)))!;
    await wb.appendRows(items.name, [["3000", "Crème brûlée", "FIFO", "1,00"]]);
    await wb.save();
    expect(await readFile(path.join(dir, "Items.csv"))).toEqual(cp1252(text + "3000;Crème brûlée;FIFO;1,00\n"));
  });

  test("a character Windows-1252 cannot hold is refused, naming table, row, column and value; nothing written", async () => {
    const dir = await folderWith({ "Items.csv": cp1252(ITEMS_TEXT) });
    const before = await snapshot(dir);
    const wb = await openWorkbook(dir);
    const items = (await wb.readTable(tableSpec(ITEMS)))!;
    const message =
      'Items, row 3, column "Description": "Snow ☃" holds the character "☃" (U+2603), which Items.csv cannot ' +
      "hold: it is saved in Windows-1252";
    await expect(wb.updateCells!(items.name, [{ row: 3, column: 1, value: "Snow ☃" }])).rejects.toThrow(message);
    await expect(wb.appendRows(items.name, [["3000", "Snow ☃", "FIFO", "1"]])).rejects.toThrow(
      message.replace("row 3", "row 4"),
    );
    await wb.save();
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe("UTF-16 (Excel's Unicode Text)", () => {
  test.each(["le", "be"] as const)("UTF-16%s with BOM: read, appended to and written back as it was", async (order) => {
    const ve = VE_CSV.replace(/^\uFEFF/, "");
    const dir = await folderWith({
      "Item Ledger Entries.csv": utf16(ILE_CSV, order),
      "Value Entries.csv": utf16(ve, order),
    });
    const wb = await openWorkbook(dir);
    // No Items table: the item's costing method given explicitly, as --costing-method does.
    const { input, problems } = await readLedgerInput(wb, { defaultCostingMethod: "FIFO" });
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(input!.valueEntries.map((v) => formatExact(v.costAmountActual))).toEqual(["100.25", "-60.5"]);
    const table = (await wb.readTable(tableSpec(VALUE_ENTRIES)))!;
    await wb.appendRows(table.name, [["3", "1", "31.01.2020", "Direct Cost", "1,5", "Nein", "Größe"]]);
    await wb.save();
    expect(await readFile(path.join(dir, "Value Entries.csv"))).toEqual(
      utf16(ve + "3;1;31.01.2020;Direct Cost;1,5;Nein;Größe\n", order),
    );
  });

  test("UTF-16LE without BOM is still UTF-16 (its zero bytes tell)", async () => {
    const dir = await folderWith({ "Item Ledger Entries.csv": utf16(ILE_CSV, "le", false) });
    const wb = await openWorkbook(dir);
    const table = await wb.readTable(tableSpec(ITEM_LEDGER_ENTRIES));
    expect(table?.headers[0]).toBe("Entry No.");
  });

  test("a damaged file (a BOM, then bytes that are not its encoding) is the user's problem, named", async () => {
    const dir = await folderWith({ "Items.csv": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), cp1252(ITEMS_TEXT)]) });
    const wb = await openWorkbook(dir);
    await expect(wb.readTable(tableSpec(ITEMS))).rejects.toThrow(
      /^Items\.csv: it starts as UTF-8 text but holds bytes that are not/,
    );
  });
});

describe("UTF-8", () => {
  test("with BOM and CRLF, or without BOM and LF: kept as it was when a cell changes", async () => {
    for (const [bom, eol] of [
      ["\uFEFF", "\r\n"],
      ["", "\n"],
    ]) {
      const text = bom + ITEMS_TEXT.replace(/\r\n/g, eol);
      const dir = await folderWith({ "Items.csv": text });
      const wb = await openWorkbook(dir);
      const items = (await wb.readTable(tableSpec(ITEMS)))!;
      await wb.updateCells!(items.name, [{ row: 2, column: 3, value: "11,00" }]);
      await wb.save();
      expect(await readFile(path.join(dir, "Items.csv"), "utf8")).toBe(text.replace("10,50", "11,00"));
    }
  });
});
