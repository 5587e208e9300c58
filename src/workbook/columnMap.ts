// The column mapping made by hand: for a header that no caption list knows (a translation the lists lack, a
// column renamed in the export), the user says which column it is. The spec wants it remembered in the
// workbook, so it is a table of its own, the sheet "Costing Column Map" (Excel table CostingColumnMap; in a
// CSV folder "Costing Column Map.csv") with the columns Table, Column and Header, one row per mapped column:
//
//   Table                Column                 Header
//   Value Entries        Cost Amount (Actual)   Kostenbetrag Ist
//
// Every read of the ledger (readLedgerInput: the task pane and the command line alike) reads it first and binds
// each mapped header to its column; writing back (value entries appended, items' costs) uses it too.
import type { Problem } from "../engine/model";
import { normalizeCaption, tableAliases } from "./captions";
import type { CellValue, TableData, WorkbookPort } from "./port";
import { cellProblem, tableLabel } from "./problems";
import {
  COLUMN_MAP,
  columnMatches,
  INVENTORY_SETUP,
  LEDGER_TABLES,
  tableSpec,
  type ColumnDef,
  type TableSchema,
} from "./schema";
import { cellText } from "./values";

export { COLUMN_MAP } from "./schema";

/** The sheet (and CSV file, and table caption) the mapping is kept in. */
export const COLUMN_MAP_SHEET = COLUMN_MAP.caption;
export const COLUMN_MAP_HEADERS: readonly string[] = COLUMN_MAP.columns.map((c) => c.caption);

/** Tables whose columns can be mapped: the ledger tables read column by column (not Inventory Setup's rows). */
export const MAPPABLE_TABLES: readonly TableSchema[] = LEDGER_TABLES.filter((t) => t !== INVENTORY_SETUP);

export interface ColumnMapping {
  /** The table's caption, e.g. "Value Entries". */
  readonly table: string;
  /** The column's English caption, e.g. "Cost Amount (Actual)". */
  readonly column: string;
  /** The header as it stands in the sheet, e.g. "Kostenbetrag Ist". */
  readonly header: string;
}

/** One table's mapping: English column caption -> header as it stands in the sheet. */
export type TableColumnMap = ReadonlyMap<string, string>;

const NO_MAPPING: TableColumnMap = new Map();

/** The workbook's column mapping: at most one header per table and column. */
export class ColumnMap {
  static readonly EMPTY = new ColumnMap([]);

  readonly entries: readonly ColumnMapping[];

  constructor(entries: readonly ColumnMapping[]) {
    const seen = new Set<string>();
    this.entries = entries.filter((e) => {
      const key = `${e.table}\u0000${e.column}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /** The mapping of one table (by its caption): column caption -> header. */
  forTable(table: string): TableColumnMap {
    const own = this.entries.filter((e) => e.table === table);
    return own.length ? new Map(own.map((e) => [e.column, e.header])) : NO_MAPPING;
  }

  /** This mapping with the column mapped to `header`, or no longer mapped when `header` is null or blank. */
  with(table: string, column: string, header: string | null): ColumnMap {
    const others = this.entries.filter((e) => e.table !== table || e.column !== column);
    const h = header?.trim() ?? "";
    return new ColumnMap(h === "" ? others : [...others, { table, column, header: h }]);
  }

  /** The entries of `other` for columns this mapping does not map yet, added. */
  merge(other: ColumnMap): ColumnMap {
    return new ColumnMap([...this.entries, ...other.entries]);
  }

  /** Same entries (in any order). */
  equals(other: ColumnMap): boolean {
    const key = (e: ColumnMapping) => `${e.table}\u0000${e.column}\u0000${e.header}`;
    const mine = new Set(this.entries.map(key));
    return mine.size === other.entries.length && other.entries.every((e) => mine.has(key(e)));
  }
}

const sameHeader = (a: string, b: CellValue): boolean =>
  typeof b === "string" && normalizeCaption(a) === normalizeCaption(b);

/** How a table's headers bind to its schema's columns, the mapping first. */
export interface ColumnBinding {
  /** English column caption -> 0-based index of its header. */
  readonly index: ReadonlyMap<string, number>;
  /** Columns bound through the mapping. */
  readonly mapped: ReadonlySet<string>;
  /** Columns the mapping names a header for that the table does not have: caption -> that header. */
  readonly stale: ReadonlyMap<string, string>;
  /**
   * Columns bound by caption that other headers name too (the same header twice, or two captions of one column):
   * caption -> the indexes of those other headers, which are not read. A column bound through the mapping has
   * none: the user chose which header is read.
   */
  readonly duplicates: ReadonlyMap<string, readonly number[]>;
}

/**
 * Binds headers to columns: a mapped column to the header the mapping names (when the table has it), then
 * every other column to the first header whose caption it knows (in any language), never to a mapped header.
 */
export function bindColumns(
  schema: TableSchema,
  headers: readonly CellValue[],
  mapped: TableColumnMap = NO_MAPPING,
): ColumnBinding {
  const index = new Map<string, number>();
  const byMap = new Set<string>();
  const stale = new Map<string, string>();
  const taken = new Set<number>();
  for (const def of schema.columns) {
    const header = mapped.get(def.caption);
    if (header === undefined) continue;
    const i = headers.findIndex((h, k) => !taken.has(k) && sameHeader(header, h));
    if (i < 0) {
      stale.set(def.caption, header);
      continue;
    }
    index.set(def.caption, i);
    byMap.add(def.caption);
    taken.add(i);
  }
  for (const def of schema.columns) {
    if (index.has(def.caption)) continue;
    const i = headers.findIndex((h, k) => !taken.has(k) && columnMatches(def, h));
    if (i >= 0) index.set(def.caption, i);
  }
  const bound = new Set(index.values());
  const duplicates = new Map<string, number[]>();
  for (const def of schema.columns) {
    if (!index.has(def.caption) || byMap.has(def.caption)) continue;
    const others = headers.flatMap((h, k) => (!bound.has(k) && columnMatches(def, h) ? [k] : []));
    if (others.length) duplicates.set(def.caption, others);
  }
  return { index, mapped: byMap, stale, duplicates };
}

/**
 * The headers with each mapped one replaced by its column's English caption: for code that finds columns by
 * caption (rows written back in the table's own column order), so a mapped column gets its values too.
 */
export function canonicalHeaders(schema: TableSchema, headers: readonly string[], mapped: TableColumnMap): string[] {
  if (mapped.size === 0) return [...headers];
  const binding = bindColumns(schema, headers, mapped);
  const out = [...headers];
  for (const column of binding.mapped) out[binding.index.get(column)!] = column;
  return out;
}

/** The mappable table of a caption, Excel table name or sheet name (any language); undefined if none. */
export function mappableTable(name: string): TableSchema | undefined {
  const n = normalizeCaption(name);
  if (n === "") return undefined;
  return MAPPABLE_TABLES.find(
    (t) =>
      normalizeCaption(t.caption) === n || normalizeCaption(t.excelName) === n || tableAliases(t.caption).includes(n),
  );
}

/** The table's column named by a caption (any language); undefined if none. */
export function columnOf(schema: TableSchema, caption: string): ColumnDef | undefined {
  return caption.trim() === "" ? undefined : schema.columns.find((d) => columnMatches(d, caption));
}

const listOf = (names: readonly string[]): string => names.join(", ");

/**
 * The mapping in a Costing Column Map table. Rows it cannot use (a table or column it does not know, an empty
 * header, a column mapped twice) are skipped with a warning naming the cell: a wrong row never stops the ledger
 * from being read (a required column it leaves unbound is reported as missing, with how to map it).
 */
export function columnMapFromTable(table: TableData, problems: Problem[] = []): ColumnMap {
  const label = tableLabel(table);
  const cols = COLUMN_MAP.columns.map((def) => table.headers.findIndex((h) => columnMatches(def, h)));
  const lacking = COLUMN_MAP.columns.filter((_, i) => cols[i] < 0).map((d) => `"${d.caption}"`);
  if (lacking.length) {
    problems.push({
      severity: "warning",
      message:
        `${label}: the column ${lacking.join(" and ")} is missing, so no column mapping is used. The sheet ` +
        `needs the columns ${listOf(COLUMN_MAP_HEADERS)} in its first row.`,
      source: { table: label, row: table.headerRow },
    });
    return ColumnMap.EMPTY;
  }
  const [tableCol, columnCol, headerCol] = cols;
  const entries: ColumnMapping[] = [];
  const rowOf = new Map<string, number>();
  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers[i];
    const at = (col: number) => {
      const value = cellText(cells[col] ?? null).trim();
      return { table: label, row, column: table.headers[col], value };
    };
    const t = at(tableCol);
    const schema = mappableTable(t.value);
    if (!schema) {
      const names = listOf(MAPPABLE_TABLES.map((s) => s.caption));
      problems.push(
        cellProblem(
          t,
          `is not a table whose columns can be mapped, so the row is ignored. Use one of: ${names}.`,
          "warning",
        ),
      );
      return;
    }
    const c = at(columnCol);
    const def = columnOf(schema, c.value);
    if (!def) {
      const names = listOf(schema.columns.map((d) => d.caption));
      problems.push(
        cellProblem(
          c,
          `is not a column of the ${schema.caption} table, so the row is ignored. Use one of: ${names}.`,
          "warning",
        ),
      );
      return;
    }
    const h = at(headerCol);
    if (h.value === "") {
      problems.push(
        cellProblem(
          h,
          `so the row is ignored. Enter the header of the column as it stands in the ${schema.caption} sheet.`,
          "warning",
        ),
      );
      return;
    }
    const key = `${schema.caption}\u0000${def.caption}`;
    const first = rowOf.get(key);
    if (first !== undefined) {
      problems.push(
        cellProblem(
          c,
          `is mapped in row ${first} already, so this row is ignored. Delete one of the two rows.`,
          "warning",
        ),
      );
      return;
    }
    rowOf.set(key, row);
    entries.push({ table: schema.caption, column: def.caption, header: h.value });
  });
  return new ColumnMap(entries);
}

/** The workbook's column mapping (empty when it has no Costing Column Map); warnings for rows it cannot use. */
export async function readColumnMap(port: WorkbookPort, problems: Problem[] = []): Promise<ColumnMap> {
  const table = await port.readTable(tableSpec(COLUMN_MAP));
  return table ? columnMapFromTable(table, problems) : ColumnMap.EMPTY;
}

/** The mapping as the Costing Column Map's rows, in the order of the tables and of their columns. */
export function columnMapRows(map: ColumnMap): string[][] {
  const order = (e: ColumnMapping): [number, number] => {
    const t = MAPPABLE_TABLES.findIndex((s) => s.caption === e.table);
    const c = t < 0 ? -1 : MAPPABLE_TABLES[t].columns.findIndex((d) => d.caption === e.column);
    return [t, c];
  };
  return [...map.entries]
    .sort((a, b) => {
      const [ta, ca] = order(a);
      const [tb, cb] = order(b);
      return ta - tb || ca - cb;
    })
    .map((e) => [e.table, e.column, e.header]);
}

/** Writes the whole mapping into the Costing Column Map sheet (created when missing, else replaced). */
export async function writeColumnMap(port: WorkbookPort, map: ColumnMap): Promise<void> {
  await port.writeTable(COLUMN_MAP_SHEET, COLUMN_MAP_HEADERS, columnMapRows(map));
}

/** A change to the mapping: the column mapped to `header`, or no longer mapped (null). */
export interface MappingChange {
  readonly table: string;
  readonly column: string;
  readonly header: string | null;
}

/**
 * Applies changes to the workbook's mapping and writes it (only when something changed). Rows of the sheet it
 * could not use are dropped. Returns the mapping now in force.
 */
export async function saveColumnMappings(port: WorkbookPort, changes: readonly MappingChange[]): Promise<ColumnMap> {
  const before = await readColumnMap(port);
  let after = before;
  for (const c of changes) after = after.with(c.table, c.column, c.header);
  if (!after.equals(before)) await writeColumnMap(port, after);
  return after;
}

/** One column as the task pane offers it for mapping. */
export interface ColumnChoice {
  /** English caption. */
  readonly column: string;
  readonly required: boolean;
  /** The header mapped to it now (the mapping's, even when the table lacks it), or null. */
  readonly header: string | null;
  /** True when the mapping names a header the table does not have. */
  readonly stale: boolean;
}

/** What can be mapped in one table: the columns no header names, and the headers no column knows. */
export interface TableChoices {
  readonly table: string;
  /** Columns not found by their caption (required first), with their mapping if any. */
  readonly columns: readonly ColumnChoice[];
  /** Headers of the table that no column's caption matches (mapped ones included): what can be picked. */
  readonly headers: readonly string[];
  /** Required columns still unbound. */
  readonly missingRequired: readonly string[];
}

/** The mapping choices of a table with these headers, under this mapping. */
export function mappingChoices(schema: TableSchema, headers: readonly string[], map: ColumnMap): TableChoices {
  const mapped = map.forTable(schema.caption);
  const binding = bindColumns(schema, headers, mapped);
  const byName = new Set([...binding.index].filter(([column]) => !binding.mapped.has(column)).map(([, i]) => i));
  const free = headers.filter((h, i) => !byName.has(i) && h.trim() !== "");
  const columns = schema.columns
    .filter((d) => binding.mapped.has(d.caption) || !binding.index.has(d.caption))
    .map((d) => {
      const i = binding.index.get(d.caption);
      const header = i !== undefined ? headers[i] : (mapped.get(d.caption) ?? null);
      return { column: d.caption, required: !!d.required, header, stale: binding.stale.has(d.caption) };
    })
    .sort((a, b) => Number(b.required) - Number(a.required));
  const missingRequired = schema.columns
    .filter((d) => d.required && !binding.index.has(d.caption))
    .map((d) => d.caption);
  return { table: schema.caption, columns, headers: free, missingRequired };
}
