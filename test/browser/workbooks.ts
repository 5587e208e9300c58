// The workbooks the browser test hands to the fake Excel, made in Node from the bundled sample (as JSON, see
// workbookJson.ts): the sample taken back to before a posting, and the sample with one cell changed.
import type { Scalar } from "../../src/preview/fakeExcel";
import type { SheetJson, TableJson, WorkbookJson } from "../../src/preview/workbookJson";

type Row = (Scalar | null)[];

/** A sheet's header row (the first row of the Excel table on it) and the index of a caption in it. */
function columnOf(book: WorkbookJson, tableName: string, caption: string): { table: TableJson; col: number } {
  const table = book.tables.find((t) => t.name === tableName);
  if (!table) throw new Error(`no Excel table ${tableName} in the workbook`);
  const sheet = book.sheets.find((s) => s.name === table.sheet)!;
  const header = sheet.values[table.row] ?? [];
  const col = header.findIndex((v, i) => i >= table.col && i < table.col + table.cols && v === caption);
  if (col < 0) throw new Error(`no column "${caption}" in ${tableName}`);
  return { table, col };
}

const copySheet = (s: SheetJson): SheetJson => ({
  ...s,
  values: s.values.map((r) => [...r]),
  formats: s.formats.map((r) => [...r]),
});

/**
 * The sample as it was before the postings of `documentNos` (the same as test/cli/revaluation.test.ts's rewind):
 * their item ledger entries and value entries are taken out of the ItemLedgerEntries and ValueEntries tables,
 * and each item's receipt gets back the Remaining Quantity (and Open) it had before them. The items' receipt is
 * their one positive entry, as in the sample's example items.
 */
export function rewound(book: WorkbookJson, documentNos: readonly string[]): WorkbookJson {
  const sheets = book.sheets.map(copySheet);
  const tables = book.tables.map((t) => ({ ...t }));
  const out: WorkbookJson = { sheets, tables };
  const sheetOf = (t: TableJson) => sheets.find((s) => s.name === t.sheet)!;
  const cell = (t: string, c: string) => columnOf(out, t, c).col;

  const taken: Row[] = [];
  for (const name of ["ItemLedgerEntries", "ValueEntries"]) {
    const table = tables.find((t) => t.name === name)!;
    const sheet = sheetOf(table);
    const docCol = cell(name, "Document No.");
    for (let r = table.row + table.rows - 1; r > table.row; r--) {
      const row = sheet.values[r] ?? [];
      if (!documentNos.includes(String(row[docCol]))) continue;
      if (name === "ItemLedgerEntries") taken.push(row);
      sheet.values.splice(r, 1);
      sheet.formats.splice(r, 1);
      table.rows--;
      for (const other of tables) if (other !== table && other.sheet === table.sheet && other.row > r) other.row--;
    }
  }

  const ile = tables.find((t) => t.name === "ItemLedgerEntries")!;
  const ileSheet = sheetOf(ile);
  const [item, qty, positive, remaining, open] = ["Item No.", "Quantity", "Positive", "Remaining Quantity", "Open"].map(
    (c) => cell("ItemLedgerEntries", c),
  );
  for (const outbound of taken) {
    const receipt = ileSheet.values
      .slice(ile.row + 1, ile.row + ile.rows)
      .find((r) => r[item] === outbound[item] && r[positive] === "Yes");
    if (!receipt) throw new Error(`no receipt for ${String(outbound[item])}`);
    receipt[remaining] = Number(receipt[remaining]) - Number(outbound[qty]);
    receipt[open] = Number(receipt[remaining]) > 0 ? "Yes" : "No";
  }
  return out;
}

/** Where a cell of an Excel table sits: its sheet and Excel address. */
export interface CellAt {
  readonly sheet: string;
  readonly address: string;
  /** 1-based sheet row. */
  readonly row: number;
}

const letters = (index: number): string => {
  let out = "";
  for (let x = index + 1; x > 0; x = Math.floor((x - 1) / 26)) out = String.fromCharCode(65 + ((x - 1) % 26)) + out;
  return out;
};

/** The workbook with one cell of a table's data row (1-based, after the header) set to `value`. */
export function withCell(
  book: WorkbookJson,
  tableName: string,
  dataRow: number,
  caption: string,
  value: Scalar,
): { readonly book: WorkbookJson; readonly at: CellAt } {
  const { table, col } = columnOf(book, tableName, caption);
  const sheets = book.sheets.map((s) => (s.name === table.sheet ? copySheet(s) : s));
  const sheet = sheets.find((s) => s.name === table.sheet)!;
  const row = table.row + dataRow;
  sheet.values[row][col] = value;
  sheet.formats[row][col] = "General";
  return {
    book: { sheets, tables: book.tables },
    at: { sheet: sheet.name, address: `${letters(col)}${row + 1}`, row: row + 1 },
  };
}
