// Import from a file, at the workbook level: the ledger tables found in the file's sheets as the readers find
// them (sheet name first, then header row; each sheet for one table), written as new sheets named by the
// caption; refused, with nothing written, when the file has no ledger table or the workbook has the table.
import { readLedgerInput } from "../../src/workbook";
import { ITEM_LEDGER_ENTRIES } from "../../src/workbook/schema";
import {
  conflictMessage,
  fileColumnMap,
  findImportTables,
  importTables,
  ImportRefused,
  typedRows,
  type ImportedSheet,
} from "../../src/workbook/importTables";
import { MemoryPort, sampleSheets } from "./memoryPort";

const fileOf = (sheets = sampleSheets()): ImportedSheet[] => sheets.map((s) => ({ name: s.name, rows: s.rows }));

describe("findImportTables", () => {
  test("sheets named after a table, then header rows on any sheet; blank rows and columns around them dropped", () => {
    const [ile, ve, items] = sampleSheets();
    const sheets: ImportedSheet[] = [
      { name: "Sheet1", rows: [[], ["Exported 2026-01-02"], [], ...ve.rows.map((r) => [null, ...r])] },
      { name: "Artikelposten", rows: ile.rows },
      { name: "Notes", rows: [["Hello"]] },
      { name: "Items", rows: items.rows },
    ];
    const found = findImportTables(sheets);
    expect(found.map((t) => [t.table, t.from, t.rows.length])).toEqual([
      ["Item Ledger Entries", "Artikelposten", 2],
      ["Value Entries", "Sheet1", 2],
      ["Items", "Items", 1],
    ]);
    expect(found[1].headers).toEqual(ve.rows[0]);
    expect(found[1].rows[0]).toEqual(ve.rows[1]);
    // Amounts get the workbook's amount format, as the tables the pane writes have.
    expect(found[1].numberFormats).toEqual([null, null, null, null, "#,##0.00", null, null]);
  });

  test("a sheet is taken by one table only; an empty sheet named after a table is not a table", () => {
    const [ile] = sampleSheets();
    const found = findImportTables([
      { name: "Value Entries", rows: [] },
      { name: "Export", rows: ile.rows },
    ]);
    expect(found.map((t) => t.table)).toEqual(["Item Ledger Entries"]);
  });

  test("blank and repeated headers get names the new sheet's table can have", () => {
    const found = findImportTables([
      {
        name: "Items",
        rows: [
          ["No.", "Costing Method", null, "Note", "note", "X"],
          ["A", "FIFO", 1, "n", "m", "x"],
        ],
      },
    ]);
    expect(found[0].headers).toEqual(["No.", "Costing Method", "Column 3", "Note", "note (2)", "X"]);
  });

  test("headers mapped by hand (the workbook's or the file's own Costing Column Map) recognise a table", () => {
    const [ile] = sampleSheets();
    ile.rows[0] = ile.rows[0].map((h) => (h === "Entry No." ? "Nummer" : h));
    const file: ImportedSheet[] = [{ name: "Export", rows: ile.rows }];
    expect(findImportTables(file)).toEqual([]);
    const withMap = [
      ...file,
      {
        name: "Costing Column Map",
        rows: [
          ["Table", "Column", "Header"],
          ["Item Ledger Entries", "Entry No.", "Nummer"],
        ],
      },
    ];
    const map = fileColumnMap(withMap);
    expect(map.entries).toEqual([{ table: "Item Ledger Entries", column: "Entry No.", header: "Nummer" }]);
    expect(findImportTables(withMap, map).map((t) => t.table)).toEqual(["Item Ledger Entries"]);
  });
});

test("typedRows: date and number columns read as the readers read them; what they cannot read stays text", () => {
  const headers = ["Entry No.", "Item No.", "Posting Date", "Entry Type", "Quantity", "Cost Amount (Actual)", "Other"];
  const rows = typedRows(ITEM_LEDGER_ENTRIES, headers, [
    ["1", "00123", "31/01/2020", "Purchase", "1.234,5", "1.234", "1,5"],
    ["2", "A", "01/02/2020", "Sale", "-2", "12345678901234567", "x"],
    ["x3", "B", "2020-02-03", "Sale", "1,234", "7,25", null],
  ]);
  const d = (iso: string) => new Date(iso + "T00:00:00Z");
  expect(rows).toEqual([
    [1, "00123", d("2020-01-31"), "Purchase", 1234.5, 1234, "1,5"],
    // 01/02/2020: the column's own 31/01/2020 says day first. 17 digits: more than a float holds.
    [2, "A", d("2020-02-01"), "Sale", -2, "12345678901234567", "x"],
    ["x3", "B", d("2020-02-03"), "Sale", 1.234, 7.25, null],
  ]);
  // Nothing in the column settles the date order: the reader asks for it, so the text stays.
  expect(typedRows(ITEM_LEDGER_ENTRIES, headers, [["1", "A", "01/02/2020", "Sale", "1", "1", null]])[0][2]).toBe(
    "01/02/2020",
  );
});

describe("importTables", () => {
  test("writes each table into a new sheet named by its caption; the ledger then reads as the file", async () => {
    const port = new MemoryPort([{ name: "Sheet1", rows: [] }]);
    let writes = 0;
    const result = await importTables(port, fileOf(), { fileName: "export.xlsx", onWrite: () => writes++ });
    expect(writes).toBe(1);
    expect(result).toEqual({
      tables: [
        { table: "Item Ledger Entries", from: "Item Ledger Entries", rows: 2 },
        { table: "Value Entries", from: "Value Entries", rows: 2 },
        { table: "Items", from: "Items", rows: 1 },
      ],
      mappingAdded: false,
    });
    expect(port.sheets.map((s) => s.name)).toEqual(["Sheet1", "Item Ledger Entries", "Value Entries", "Items"]);
    const imported = await readLedgerInput(port);
    const original = await readLedgerInput(new MemoryPort(sampleSheets()));
    expect(imported.input).toEqual(original.input);
  });

  test("a table the workbook has already (by sheet name, or on another sheet): refused, naming the sheets, nothing written", async () => {
    const [ile, ve] = sampleSheets();
    const port = new MemoryPort([
      { name: "Items", rows: [["Something else"]] },
      { name: "Export (2)", rows: ve.rows },
    ]);
    let writes = 0;
    const attempt = importTables(port, fileOf([ile, ...sampleSheets().slice(1)]), {
      fileName: "export.xlsx",
      onWrite: () => writes++,
    });
    await expect(attempt).rejects.toThrow(ImportRefused);
    await expect(attempt).rejects.toThrow(
      'Nothing was imported from export.xlsx: the workbook has the Value Entries table, on the sheet "Export (2)" ' +
        'and a sheet "Items" already. Each table is imported into a new sheet named after it, next to the sheets ' +
        'the workbook has: rename or delete the sheets "Export (2)" and "Items" (or import into another workbook), ' +
        "then import again.",
    );
    expect(writes).toBe(0);
    expect(port.sheets.map((s) => s.name)).toEqual(["Items", "Export (2)"]);
  });

  test("one conflict reads as one sheet", () => {
    expect(conflictMessage("a.csv", [{ table: "Items", sheet: "Items" }])).toBe(
      'Nothing was imported from a.csv: the workbook has a sheet "Items" already. Each table is imported into a new ' +
        'sheet named after it, next to the sheets the workbook has: rename or delete the sheet "Items" (or import ' +
        "into another workbook), then import again.",
    );
  });

  test("a file without a ledger table: refused, saying what a table must look like", async () => {
    const port = new MemoryPort([]);
    await expect(
      importTables(
        port,
        [
          {
            name: "Export",
            rows: [
              ["Customer", "Amount"],
              ["C1", 5],
            ],
          },
        ],
        { fileName: "export.csv" },
      ),
    ).rejects.toThrow(
      'No ledger table was found in export.csv ("Export" starts with Customer, Amount). A table is recognised by ' +
        "its sheet's (or CSV file's) name, such as Item Ledger Entries or Value Entries, or by a header row with " +
        "its required columns (Item Ledger Entries: Entry No., Item No., Posting Date, Entry Type, Quantity; Value " +
        "Entries: Entry No., Item Ledger Entry No., Posting Date, Entry Type, Cost Amount (Actual)). Name the sheet " +
        "or file after its table, then import again.",
    );
    expect(port.sheets).toEqual([]);
  });

  test("the file's own column mapping is added to the workbook's", async () => {
    const sheets = sampleSheets();
    sheets[0].rows[0] = sheets[0].rows[0].map((h) => (h === "Entry No." ? "Nummer" : h));
    sheets.push({
      name: "Costing Column Map",
      rows: [
        ["Table", "Column", "Header"],
        ["Item Ledger Entries", "Entry No.", "Nummer"],
      ],
    });
    const port = new MemoryPort([]);
    const result = await importTables(port, fileOf(sheets), { fileName: "mapped.xlsx" });
    expect(result.mappingAdded).toBe(true);
    expect(port.sheets.map((s) => s.name)).toEqual([
      "Item Ledger Entries",
      "Value Entries",
      "Items",
      "Costing Column Map",
    ]);
    const { input, problems } = await readLedgerInput(port);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(input!.itemLedgerEntries).toHaveLength(2);
  });
});
