// Import from a file: the ledger tables of an exported file (an .xlsx's sheets; a CSV file is one sheet named
// after the file), found as the readers find them (by sheet name or by header row), each written into the
// workbook as a new sheet named by the table's caption, never over a sheet or table the workbook has already.
// Date and number columns given as text (a CSV file) become dates and numbers, as Business Central's own
// export has them. The file's own Costing Column Map, if it has one, is used to find its tables and added to
// the workbook's.
import { findRegion, nameMatches, tableData, type GridRow } from "./grid";
import { abs, formatExact, isWhole, type Fixed } from "../engine/money";
import { normalizeCaption } from "./captions";
import {
  bindColumns,
  canonicalHeaders,
  ColumnMap,
  columnMapFromTable,
  readColumnMap,
  writeColumnMap,
  type TableColumnMap,
} from "./columnMap";
import type { CellValue, TableData, TableSpec, WorkbookPort } from "./port";
import { bindTable, duplicateColumnProblems } from "./reader";
import { COLUMN_MAP, LEDGER_TABLES, tableSpec, type TableSchema } from "./schema";
import { parseDate, parseDecimal, resolveDateOrder, resolveDecimalSeparator } from "./values";
import { columnFormats, decimalCell } from "./write";

/** A sheet of the file: its name (a CSV file's name without ".csv") and its rows from row 1. */
export interface ImportedSheet {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
}

/** A ledger table found in the file, as it will be written. */
export interface ImportTable {
  /** The table's caption, the name of the new sheet, e.g. "Item Ledger Entries". */
  readonly table: string;
  /** The file's sheet it was found on. */
  readonly from: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Number formats of amount and unit-cost columns ("#,##0.00"), as the workbook's other tables have them. */
  readonly numberFormats?: readonly (string | null)[];
}

/** An import that was refused; nothing was written. */
export class ImportRefused extends Error {}

interface Grid {
  readonly name: string;
  readonly grid: readonly GridRow[];
}

const gridsOf = (sheets: readonly ImportedSheet[]): Grid[] =>
  sheets.map((s) => ({ name: s.name, grid: s.rows.map((cells, i) => ({ rowNumber: i + 1, cells })) }));

/** The file's table for a spec: its sheet by name, else the first sheet (not yet used) with the header row. */
function find(spec: TableSpec, grids: readonly Grid[], used: Set<number>, byNameOnly: boolean) {
  for (let k = 0; k < grids.length; k++) {
    if (used.has(k)) continue;
    const byName = nameMatches(spec, grids[k].name);
    if (byNameOnly && !byName) continue;
    const region = findRegion(spec, grids[k].grid, byName);
    if (!region || region.width === 0) continue;
    used.add(k);
    return tableData(spec, grids[k].name, grids[k].grid, region);
  }
  return null;
}

/** The Costing Column Map the file holds, if any (rows it cannot use are left out). */
export function fileColumnMap(sheets: readonly ImportedSheet[]): ColumnMap {
  const grids = gridsOf(sheets);
  const spec = tableSpec(COLUMN_MAP);
  const table = find(spec, grids, new Set(), true) ?? find(spec, grids, new Set(), false);
  return table ? columnMapFromTable(table) : ColumnMap.EMPTY;
}

/** Headers as the new sheet gets them: a blank one named "Column N", a repeated one numbered. */
function sheetHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    let name = h.trim() === "" ? `Column ${i + 1}` : h;
    for (let n = 2; seen.has(normalizeCaption(name)); n++) name = `${h.trim() || `Column ${i + 1}`} (${n})`;
    seen.add(normalizeCaption(name));
    return name;
  });
}

/**
 * The rows with the text of date and number columns (a CSV file holds only text) as dates and numbers, so the
 * new sheet holds what Business Central's own export would: each column read as the readers read it (its own
 * values settle "1,234" and "01/02/2020"); a cell they could not read, or a number a float cannot hold
 * exactly, stays the text it was, for the reader to report.
 */
export function typedRows(
  schema: TableSchema,
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
  mapped?: TableColumnMap,
): CellValue[][] {
  const out = rows.map((r) => [...r]);
  const binding = bindColumns(schema, headers, mapped);
  for (const def of schema.columns) {
    const col = binding.index.get(def.caption);
    const type = def.kind.type;
    if (col === undefined || (type !== "decimal" && type !== "integer" && type !== "date")) continue;
    const cells = rows.map((r) => r[col] ?? null);
    if (!cells.some((c) => typeof c === "string")) continue;
    const order = type === "date" ? resolveDateOrder(cells) : undefined;
    const sep = type === "date" ? undefined : resolveDecimalSeparator(cells);
    cells.forEach((cell, i) => {
      if (typeof cell !== "string" || cell.trim() === "") return;
      if (type === "date") {
        const r = parseDate(cell, order);
        if (r.ok && r.value !== "") out[i][col] = new Date(r.value + "T00:00:00Z");
        return;
      }
      const r = parseDecimal(cell, sep);
      if (!r.ok || r.value === null || digitsOf(r.value) > 15) return;
      if (type === "integer" && !isWhole(r.value)) return;
      out[i][col] = decimalCell(r.value); // a number: 15 significant digits at most (checked above)
    });
  }
  return out;
}

/** Significant digits with the whole part's trailing zeros counted (1000 has four): what a double must keep. */
function digitsOf(x: Fixed): number {
  return formatExact(abs(x)).replace(".", "").replace(/^0+/, "").length;
}

/**
 * The ledger tables in the file's sheets, in the order of LEDGER_TABLES: each table at most once, each sheet
 * taken by one table at most; sheets named after a table first, then header rows (headers mapped in `map`
 * count as their columns). A sheet without a header row that names its table is not taken.
 */
export function findImportTables(sheets: readonly ImportedSheet[], map: ColumnMap = ColumnMap.EMPTY): ImportTable[] {
  return locateTables(sheets, map).map((f) => importTable(f, map));
}

interface Found {
  readonly schema: TableSchema;
  readonly data: TableData;
}

/** A table found in the file as its new sheet gets it. */
function importTable({ schema, data: t }: Found, map: ColumnMap): ImportTable {
  const mapped = map.forTable(schema.caption);
  const rows = typedRows(schema, t.headers, t.rows, mapped);
  const numberFormats = columnFormats(schema, canonicalHeaders(schema, t.headers, mapped));
  return { table: schema.caption, from: t.sheet, headers: sheetHeaders(t.headers), rows, numberFormats };
}

/** The ledger tables of the file as found there, in the order of LEDGER_TABLES (see findImportTables). */
function locateTables(sheets: readonly ImportedSheet[], map: ColumnMap): Found[] {
  const grids = gridsOf(sheets);
  const used = new Set<number>();
  const specs = LEDGER_TABLES.map((s) => ({ schema: s, spec: tableSpec(s, map.forTable(s.caption)) }));
  const found = new Map<TableSchema, TableData | null>();
  for (const pass of [true, false]) {
    for (const { schema, spec } of specs) if (!found.get(schema)) found.set(schema, find(spec, grids, used, pass));
  }
  return specs.flatMap(({ schema }) => {
    const data = found.get(schema);
    return data ? [{ schema, data }] : [];
  });
}

/**
 * Two columns of one field in a table of the file (the same header twice, or two captions of one column) that
 * disagree: the sheet would get them under two headers and only one would be read, so the import is refused.
 */
function disagreeingColumns(found: readonly Found[], map: ColumnMap): string[] {
  return found.flatMap(({ schema, data }) => {
    const bound = bindTable(schema, data, [], map.forTable(schema.caption));
    if (!bound) return [];
    return duplicateColumnProblems(bound)
      .filter((p) => p.severity === "error")
      .map((p) => p.message);
  });
}

/** A table the workbook has already: the table's caption and the sheet it is on. */
export interface ImportConflict {
  readonly table: string;
  readonly sheet: string;
}

/**
 * The tables that would be imported over something the workbook has: a sheet of the table's name (in any
 * language), its Excel table, or the table found on another sheet by its header row.
 */
export async function importConflicts(
  port: WorkbookPort,
  tables: readonly ImportTable[],
  map: ColumnMap = ColumnMap.EMPTY,
): Promise<ImportConflict[]> {
  const out: ImportConflict[] = [];
  for (const t of tables) {
    const schema = LEDGER_TABLES.find((s) => s.caption === t.table)!;
    const existing = await port.readTable(tableSpec(schema, map.forTable(schema.caption)));
    if (existing) out.push({ table: t.table, sheet: existing.sheet });
  }
  return out;
}

const quoted = (names: readonly string[]): string =>
  names.length === 1
    ? `"${names[0]}"`
    : `${names
        .slice(0, -1)
        .map((n) => `"${n}"`)
        .join(", ")} and "${names[names.length - 1]}"`;

/** Why the import is refused: each table the workbook has already, and what to do. */
export function conflictMessage(fileName: string, conflicts: readonly ImportConflict[]): string {
  const what = conflicts.map((c) =>
    normalizeCaption(c.sheet) === normalizeCaption(c.table)
      ? `a sheet "${c.sheet}"`
      : `the ${c.table} table, on the sheet "${c.sheet}"`,
  );
  const list = what.length === 1 ? what[0] : `${what.slice(0, -1).join(", ")} and ${what[what.length - 1]}`;
  return (
    `Nothing was imported from ${fileName}: the workbook has ${list} already. Each table is imported into a ` +
    `new sheet named after it, next to the sheets the workbook has: rename or delete the ` +
    `${conflicts.length === 1 ? "sheet" : "sheets"} ${quoted(conflicts.map((c) => c.sheet))} (or import into ` +
    "another workbook), then import again."
  );
}

/** Why nothing was found: what a ledger table must look like to be recognised. */
export function nothingFoundMessage(fileName: string, sheets: readonly ImportedSheet[]): string {
  const first = sheets
    .map((s) => ({ name: s.name, row: s.rows.find((r) => r.some((c) => c !== null && c !== "")) }))
    .filter((s) => s.row)
    .slice(0, 3)
    .map(
      (s) =>
        `"${s.name}" starts with ${s
          .row!.filter((c) => c !== null && c !== "")
          .slice(0, 8)
          .join(", ")}`,
    );
  return (
    `No ledger table was found in ${fileName}${first.length ? ` (${first.join("; ")})` : " (it is empty)"}. ` +
    "A table is recognised by its sheet's (or CSV file's) name, such as Item Ledger Entries or Value Entries, " +
    "or by a header row with its required columns (Item Ledger Entries: Entry No., Item No., Posting Date, " +
    "Entry Type, Quantity; Value Entries: Entry No., Item Ledger Entry No., Posting Date, Entry Type, Cost " +
    "Amount (Actual)). Name the sheet or file after its table, then import again."
  );
}

/** Writes each table as a new sheet named by its caption (an Excel table, in blocks with progress). */
export async function writeImportTables(port: WorkbookPort, tables: readonly ImportTable[]): Promise<void> {
  for (const t of tables) await port.writeTable(t.table, t.headers, t.rows, { numberFormats: t.numberFormats });
}

export interface ImportResult {
  readonly tables: readonly { readonly table: string; readonly from: string; readonly rows: number }[];
  /** True when the file's Costing Column Map added mappings to the workbook's. */
  readonly mappingAdded: boolean;
}

export interface ImportOptions {
  /** The file's name, for messages. */
  readonly fileName: string;
  /** Called once, just before the first write (after everything was checked). */
  readonly onWrite?: () => void;
}

/**
 * Imports the file's ledger tables into new sheets of the workbook. Refused (ImportRefused, nothing written)
 * when the file has no ledger table, or when the workbook has a sheet or table of that name already.
 */
export async function importTables(
  port: WorkbookPort,
  sheets: readonly ImportedSheet[],
  options: ImportOptions,
): Promise<ImportResult> {
  const own = await readColumnMap(port);
  const map = own.merge(fileColumnMap(sheets));
  const found = locateTables(sheets, map);
  if (found.length === 0) throw new ImportRefused(nothingFoundMessage(options.fileName, sheets));
  const disagree = disagreeingColumns(found, map);
  if (disagree.length) throw new ImportRefused(`Nothing was imported from ${options.fileName}: ${disagree.join(" ")}`);
  const tables = found.map((f) => importTable(f, map));
  const conflicts = await importConflicts(port, tables, map);
  if (conflicts.length) throw new ImportRefused(conflictMessage(options.fileName, conflicts));
  options.onWrite?.();
  await writeImportTables(port, tables);
  const mappingAdded = !map.equals(own);
  if (mappingAdded) await writeColumnMap(port, map);
  return { tables: tables.map((t) => ({ table: t.table, from: t.from, rows: t.rows.length })), mappingAdded };
}
