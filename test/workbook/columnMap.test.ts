// The column mapping made by hand: read from the workbook's Costing Column Map, bound by readLedgerInput (the
// mapped header counts as its column, messages keep the sheet's own header), written back by the use cases
// into the mapped column, saved and changed; its unusable rows are warnings; a missing column says how to map.
import { dec } from "../../src/engine/money";
import { readLedgerInput } from "../../src/workbook";
import {
  bindColumns,
  canonicalHeaders,
  ColumnMap,
  columnMapRows,
  mappingChoices,
  readColumnMap,
  saveColumnMappings,
} from "../../src/workbook/columnMap";
import type { CellValue } from "../../src/workbook/port";
import { ITEM_LEDGER_ENTRIES, ITEMS, VALUE_ENTRIES } from "../../src/workbook/schema";
import { appendValueEntries, loadLedger, updateItems } from "../../src/workbook/useCases";
import { MemoryPort, SAMPLE_VE, sampleSheets, type Sheet } from "./memoryPort";
import { formatExact } from "../../src/engine/money";

const MAP_HEADERS = ["Table", "Column", "Header"];

/** The sample with one header renamed on a sheet. */
function renamed(sheetName: string, from: string, to: string): Sheet[] {
  const sheets = sampleSheets();
  const sheet = sheets.find((s) => s.name === sheetName)!;
  sheet.rows[0] = sheet.rows[0].map((h) => (h === from ? to : h));
  return sheets;
}

const mapSheet = (...rows: CellValue[][]): Sheet => ({ name: "Costing Column Map", rows: [MAP_HEADERS, ...rows] });
const errors = (problems: readonly { severity: string; message: string }[]) =>
  problems.filter((p) => p.severity === "error").map((p) => p.message);
const warnings = (problems: readonly { severity: string; message: string }[]) =>
  problems.filter((p) => p.severity === "warning").map((p) => p.message);

describe("reading the ledger with a column mapping", () => {
  test("without a mapping a renamed required header is missing, and the message says how to map it", async () => {
    const { input, problems } = await readLedgerInput(
      new MemoryPort(renamed("Value Entries", "Cost Amount (Actual)", "Kostenbetrag Ist")),
    );
    expect(input).toBeNull();
    expect(errors(problems)).toEqual([
      'Value Entries: the column "Cost Amount (Actual)" is missing (headers found in row 1: Entry No., Item Ledger ' +
        "Entry No., Posting Date, Entry Type, Kostenbetrag Ist, Valued Quantity, Adjustment). Add the column to the " +
        'export, rename its header to "Cost Amount (Actual)", or map its header to the column: in the task pane\'s ' +
        "Ledger step (Map columns), or with a row Value Entries | Cost Amount (Actual) | <the header> in the sheet " +
        '"Costing Column Map" (columns Table, Column, Header).' +
        ' Page 5802 "Value Entries" shows "Cost Amount (Actual)" by default: choose Open in Excel on the page (if "Cost Amount (Actual)" was removed with Personalize, add it back first).',
    ]);
  });

  test("a mapping row binds the header: the ledger reads as the original, messages name the sheet's header", async () => {
    const sheets = renamed("Value Entries", "Cost Amount (Actual)", "Kostenbetrag Ist");
    sheets.push(mapSheet(["Value Entries", "Cost Amount (Actual)", "Kostenbetrag Ist"]));
    const mapped = await readLedgerInput(new MemoryPort(sheets));
    const original = await readLedgerInput(new MemoryPort(sampleSheets()));
    expect(mapped.problems).toEqual(original.problems);
    expect(mapped.input!.valueEntries).toEqual(original.input!.valueEntries);
    expect(mapped.columnMap.entries).toEqual([
      { table: "Value Entries", column: "Cost Amount (Actual)", header: "Kostenbetrag Ist" },
    ]);

    // A bad cell in the mapped column is reported under the sheet's own header.
    sheets.find((s) => s.name === "Value Entries")!.rows[1][4] = "12,5x";
    const bad = await readLedgerInput(new MemoryPort(sheets));
    expect(errors(bad.problems)).toEqual([
      expect.stringMatching(/^Value Entries, row 2, column "Kostenbetrag Ist": "12,5x" is not a number/),
    ]);
  });

  test("headers match the mapping as captions do (case, dots, spaces); captions in another language name the table and column", async () => {
    const sheets = renamed("Item Ledger Entries", "Entry No.", "Lfd Nr Intern");
    sheets.push(mapSheet(["Artikelposten", "lfd. nr.", "LFD  NR. INTERN"]));
    const { input, problems } = await readLedgerInput(new MemoryPort(sheets));
    expect(errors(problems)).toEqual([]);
    expect(input!.itemLedgerEntries.map((e) => e.entryNo)).toEqual([1, 2]);
  });

  test("a table found only by its header row is found through the mapping too", async () => {
    const sheets = renamed("Item Ledger Entries", "Entry No.", "Nummer");
    sheets[0].name = "Export";
    expect(errors((await readLedgerInput(new MemoryPort(sheets))).problems)).toContainEqual(
      expect.stringContaining("The workbook has no Item Ledger Entries table."),
    );
    sheets.push(mapSheet(["Item Ledger Entries", "Entry No.", "Nummer"]));
    const { input, problems } = await readLedgerInput(new MemoryPort(sheets));
    expect(errors(problems)).toEqual([]);
    expect(input!.itemLedgerEntries).toHaveLength(2);
  });

  test("a mapped header wins over a header that names the column, which is then left alone", async () => {
    const sheets = sampleSheets();
    const ile = sheets[0];
    // The mapped column holds the quantities (which Invoiced and Remaining Quantity agree with); the column
    // "Quantity" holds 1 on every row and is not read.
    const q = ile.rows[0].indexOf("Quantity");
    ile.rows = ile.rows.map((r, i) =>
      i === 0 ? [...r, "Menge korrigiert"] : [...r.slice(0, q), 1, ...r.slice(q + 1), r[q]],
    );
    sheets.push(mapSheet(["Item Ledger Entries", "Quantity", "Menge korrigiert"]));
    const { input } = await readLedgerInput(new MemoryPort(sheets));
    expect(input!.itemLedgerEntries.map((e) => formatExact(e.quantity))).toEqual(["10", "-6"]);
  });

  test("a mapping to a header the table lacks: an error for a required column, a warning for another", async () => {
    const sheets = renamed("Value Entries", "Cost Amount (Actual)", "Kosten");
    sheets.push(
      mapSheet(["Value Entries", "Cost Amount (Actual)", "Kostenbetrag"], ["Value Entries", "Valuation Date", "Bew."]),
    );
    const { problems } = await readLedgerInput(new MemoryPort(sheets));
    expect(errors(problems)).toEqual([
      'Value Entries: the column "Cost Amount (Actual)" is missing: the sheet "Costing Column Map" maps it to the ' +
        'header "Kostenbetrag", which the table does not have (headers found in row 1: Entry No., Item Ledger Entry ' +
        "No., Posting Date, Entry Type, Kosten, Valued Quantity, Adjustment). Correct the header there (or map the " +
        "column again in the task pane's Ledger step), or add the column to the export." +
        ' Page 5802 "Value Entries" shows "Cost Amount (Actual)" by default: choose Open in Excel on the page (if "Cost Amount (Actual)" was removed with Personalize, add it back first).',
    ]);
    expect(warnings(problems)).toContain(
      'Value Entries: the sheet "Costing Column Map" maps the column "Valuation Date" to the header "Bew.", which ' +
        "the table does not have, so the column is treated as missing. Correct the header there, or map the column " +
        "again in the task pane's Ledger step.",
    );
  });

  test("rows of the mapping it cannot use are warnings naming the cell; the rest is used", async () => {
    const sheets = renamed("Value Entries", "Cost Amount (Actual)", "Kosten");
    sheets.push(
      mapSheet(
        ["Value Entry", "Cost Amount (Actual)", "Kosten"],
        ["Posting Log", "Checksum", "X"],
        ["Value Entries", "Amount", "Kosten"],
        ["Value Entries", "Cost Amount (Actual)", null],
        ["Value Entries", "Cost Amount (Actual)", "Kosten"],
      ),
    );
    const { input, problems } = await readLedgerInput(new MemoryPort(sheets));
    expect(input).not.toBeNull();
    expect(warnings(problems).filter((m) => m.startsWith("Costing Column Map"))).toEqual([
      'Costing Column Map, row 3, column "Table": "Posting Log" is not a table whose columns can be mapped, so the ' +
        "row is ignored. Use one of: Item Ledger Entries, Value Entries, Items, Item Application Entries, " +
        "Accounting Periods.",
      'Costing Column Map, row 4, column "Column": "Amount" is not a column of the Value Entries table, so the row ' +
        "is ignored. Use one of: Entry No., Item Ledger Entry No., Item No., Posting Date, Valuation Date, Entry " +
        "Type, Item Ledger Entry Type, Document No., Location Code, Variant Code, Valued Quantity, Invoiced " +
        "Quantity, Item Ledger Entry Quantity, Cost Amount (Actual), Cost Amount (Expected), Cost per Unit, " +
        "Adjustment, Item Charge No., Valued By Average Cost, Partial Revaluation, Applies-to Entry, Expected Cost.",
      'Costing Column Map, row 5, column "Header": the cell is empty so the row is ignored. Enter the header of the ' +
        "column as it stands in the Value Entries sheet.",
      'Costing Column Map, row 6, column "Column": "Cost Amount (Actual)" is mapped in row 2 already, so this row ' +
        "is ignored. Delete one of the two rows.",
    ]);
  });

  test("a Costing Column Map without its columns is a warning, and no mapping", async () => {
    const sheets = sampleSheets();
    sheets.push({
      name: "Costing Column Map",
      rows: [
        ["Tabelle", "Spalte"],
        ["Items", "No."],
      ],
    });
    const port = new MemoryPort(sheets);
    const problems: { severity: string; message: string }[] = [];
    expect((await readColumnMap(port, problems as never)).entries).toEqual([]);
    expect(warnings(problems)).toEqual([
      'Costing Column Map: the column "Table" and "Column" and "Header" is missing, so no column mapping is used. ' +
        "The sheet needs the columns Table, Column, Header in its first row.",
    ]);
  });
});

describe("saving the mapping", () => {
  test("saveColumnMappings writes the sheet (tables and columns in their order), changes and removes rows", async () => {
    const port = new MemoryPort(renamed("Value Entries", "Cost Amount (Actual)", "Kosten"));
    const written = () => port.sheets.filter((s) => s.name === "Costing Column Map").at(-1)!.rows;
    await saveColumnMappings(port, [
      { table: "Value Entries", column: "Cost Amount (Actual)", header: "Kosten" },
      { table: "Item Ledger Entries", column: "Location Code", header: "Lager" },
      { table: "Value Entries", column: "Entry No.", header: "Lfd" },
    ]);
    expect(written()).toEqual([
      MAP_HEADERS,
      ["Item Ledger Entries", "Location Code", "Lager"],
      ["Value Entries", "Entry No.", "Lfd"],
      ["Value Entries", "Cost Amount (Actual)", "Kosten"],
    ]);

    // MemoryPort appends a sheet per write; the reader finds the first, so keep only the last one.
    const keepLast = () => {
      const last = port.sheets.filter((s) => s.name === "Costing Column Map").at(-1)!;
      port.sheets.splice(0, port.sheets.length, ...port.sheets.filter((s) => s.name !== "Costing Column Map"), last);
    };
    keepLast();
    const after = await saveColumnMappings(port, [
      { table: "Value Entries", column: "Entry No.", header: null },
      { table: "Item Ledger Entries", column: "Location Code", header: "Lagerort" },
    ]);
    expect(columnMapRows(after)).toEqual([
      ["Item Ledger Entries", "Location Code", "Lagerort"],
      ["Value Entries", "Cost Amount (Actual)", "Kosten"],
    ]);
    keepLast();
    expect((await readLedgerInput(port)).input).not.toBeNull();

    // Nothing changed: nothing written.
    const count = port.sheets.length;
    await saveColumnMappings(port, [{ table: "Value Entries", column: "Cost Amount (Actual)", header: "Kosten" }]);
    expect(port.sheets.length).toBe(count);
  });

  test("ColumnMap: one header per column, with, merge, equals", () => {
    const a = new ColumnMap([
      { table: "Items", column: "No.", header: "Nr" },
      { table: "Items", column: "No.", header: "Nummer" },
    ]);
    expect(a.entries).toEqual([{ table: "Items", column: "No.", header: "Nr" }]);
    const b = a.with("Items", "Costing Method", "Methode");
    expect(b.forTable("Items")).toEqual(
      new Map([
        ["No.", "Nr"],
        ["Costing Method", "Methode"],
      ]),
    );
    expect(b.with("Items", "No.", " ").entries).toEqual([
      { table: "Items", column: "Costing Method", header: "Methode" },
    ]);
    expect(a.merge(new ColumnMap([{ table: "Items", column: "No.", header: "X" }])).equals(a)).toBe(true);
    expect(a.equals(b)).toBe(false);
  });
});

describe("what can be mapped, and writing into mapped columns", () => {
  test("mappingChoices: the columns no header names (required first) and the headers no column knows", () => {
    const headers = ["Lfd", "Item No.", "Posting Date", "Entry Type", "Stück", "Lager", "Benutzer"];
    const none = mappingChoices(ITEM_LEDGER_ENTRIES, headers, ColumnMap.EMPTY);
    expect(none.missingRequired).toEqual(["Entry No.", "Quantity"]);
    expect(none.headers).toEqual(["Lfd", "Stück", "Lager", "Benutzer"]);
    expect(none.columns.slice(0, 3)).toEqual([
      { column: "Entry No.", required: true, header: null, stale: false },
      { column: "Quantity", required: true, header: null, stale: false },
      { column: "Document Type", required: false, header: null, stale: false },
    ]);

    const map = new ColumnMap([
      { table: "Item Ledger Entries", column: "Entry No.", header: "Lfd" },
      { table: "Item Ledger Entries", column: "Quantity", header: "Gone" },
    ]);
    const some = mappingChoices(ITEM_LEDGER_ENTRIES, headers, map);
    expect(some.missingRequired).toEqual(["Quantity"]);
    expect(some.headers).toEqual(["Lfd", "Stück", "Lager", "Benutzer"]); // a mapped header can be picked again
    expect(some.columns.slice(0, 2)).toEqual([
      { column: "Entry No.", required: true, header: "Lfd", stale: false },
      { column: "Quantity", required: true, header: "Gone", stale: true },
    ]);
  });

  test("bindColumns and canonicalHeaders", () => {
    const mapped = new Map([["Cost Amount (Actual)", "Kosten"]]);
    const b = bindColumns(VALUE_ENTRIES, ["Entry No.", "Kosten"], mapped);
    expect([...b.index]).toEqual([
      ["Cost Amount (Actual)", 1],
      ["Entry No.", 0],
    ]);
    expect([...b.mapped]).toEqual(["Cost Amount (Actual)"]);
    expect(canonicalHeaders(VALUE_ENTRIES, ["Entry No.", "Kosten", "X"], mapped)).toEqual([
      "Entry No.",
      "Cost Amount (Actual)",
      "X",
    ]);
  });

  test("appended value entries and items' new costs go into the mapped columns", async () => {
    const sheets = renamed("Value Entries", "Cost Amount (Actual)", "Kosten");
    sheets.find((s) => s.name === "Items")!.rows = [
      ["No.", "Description", "Costing Method", "Standardkosten"],
      ["1000", "Bicycle", "Average", 0],
    ];
    sheets.push(
      mapSheet(["Value Entries", "Cost Amount (Actual)", "Kosten"], ["Items", "Standard Cost", "Standardkosten"]),
    );
    const port = new MemoryPort(sheets);
    const updates: unknown[] = [];
    (port as unknown as { updateCells: unknown }).updateCells = async (name: string, u: unknown[]) =>
      updates.push(name, ...u);
    const loaded = await loadLedger(port);
    expect(errors(loaded.problems)).toEqual([]);
    await appendValueEntries(port, loaded.ledger!, [SAMPLE_VE]);
    const [row] = port.appended.get("Value Entries")!;
    expect(row[VALUE_ENTRIES_HEADERS.indexOf("Kosten")]).toBe(-1.23);

    const item = { ...loaded.ledger!.items.get("1000")!, standardCost: dec("7.5"), unitCost: dec("7.5") };
    const notes = await updateItems(port, loaded.ledger!, [item]);
    expect(notes).toEqual([]);
    expect(updates).toEqual(["Items", { row: 2, column: 3, value: 7.5 }]);
    expect(ITEMS.caption).toBe("Items");
  });
});

const VALUE_ENTRIES_HEADERS = [
  "Entry No.",
  "Item Ledger Entry No.",
  "Posting Date",
  "Entry Type",
  "Kosten",
  "Valued Quantity",
  "Adjustment",
];
