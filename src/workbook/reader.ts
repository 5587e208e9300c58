// One table's rows read against its schema: columns bound by caption, every cell parsed, every problem kept.
import { ENGLISH_MESSAGES } from "../i18n";
import type { IsoDate } from "../engine/calendar";
import type { Problem, SourceRef } from "../engine/model";
import { ZERO, type Exact } from "../engine/money";
import type { CellValue, TableData } from "./port";
import { cellProblem, duplicateProblem, emptyCellProblem, missingColumnProblem, tableLabel } from "./problems";
import { bindColumns, type TableColumnMap } from "./columnMap";
import { missingColumnAdvice } from "./exportAdvice";
import { COLUMN_MAP, type ColumnDef, type ColumnKind, type TableSchema } from "./schema";
import {
  cellText,
  isBlank,
  parseBoolean,
  parseDate,
  parseDecimal,
  parseEnum,
  parseInteger,
  parseText,
  resolveDateOrder,
  resolveDecimalSeparator,
  type DateOrder,
  type DecimalSeparator,
  type Parsed,
} from "./values";

export interface ReadOptions {
  /** How to read dates such as 01/02/2020 when the column's own values do not settle it. */
  readonly dateOrder?: DateOrder;
  /** How to read numbers such as 1,234 when the column's own values do not settle it. */
  readonly decimalSeparator?: DecimalSeparator;
}

export type Value = string | number | boolean | Exact | null;

/** A table whose columns are bound to its schema. */
export interface BoundTable {
  readonly table: TableData;
  readonly label: string;
  readonly columns: ReadonlyMap<string, { readonly def: ColumnDef; readonly index: number }>;
  /** English captions of optional columns the sheet lacks. */
  readonly missing: readonly string[];
  /** Other headers of a bound column (by field): compared with it when the table is parsed, never read. */
  readonly duplicates: ReadonlyMap<string, readonly number[]>;
}

/**
 * Binds headers to columns, a header mapped by hand (the Costing Column Map: `mapped`) to its column; null
 * (and a problem per column) when a required column is missing.
 */
export function bindTable(
  schema: TableSchema,
  table: TableData,
  problems: Problem[],
  mapped?: TableColumnMap,
): BoundTable | null {
  const columns = new Map<string, { def: ColumnDef; index: number }>();
  const missing: string[] = [];
  const duplicates = new Map<string, readonly number[]>();
  const binding = bindColumns(schema, table.headers, mapped);
  let complete = true;
  for (const def of schema.columns) {
    const index = binding.index.get(def.caption);
    const others = binding.duplicates.get(def.caption);
    if (others) duplicates.set(def.field, others);
    if (index !== undefined) columns.set(def.field, { def, index });
    else if (def.required) {
      // The reader's problems are English (the engine's words): so is the advice they end with.
      const advice = missingColumnAdvice(schema.caption, def.caption, ENGLISH_MESSAGES);
      problems.push(missingColumnProblem(table, def.caption, binding.stale.get(def.caption), advice));
      complete = false;
    } else {
      missing.push(def.caption);
      const header = binding.stale.get(def.caption);
      if (header !== undefined) {
        problems.push({
          severity: "warning",
          message:
            `${tableLabel(table)}: the sheet "${COLUMN_MAP.caption}" maps the column "${def.caption}" to the ` +
            `header "${header}", which the table does not have, so the column is treated as missing. Correct ` +
            "the header there, or map the column again in the task pane's Ledger step.",
          source: { table: tableLabel(table), row: table.headerRow },
        });
      }
    }
  }
  return complete ? { table, label: tableLabel(table), columns, missing, duplicates } : null;
}

const HINTS: Record<ColumnKind["type"], string> = {
  text: "Enter a value.",
  decimal: "Enter a number such as 12.50.",
  integer: "Enter a whole number such as 1234.",
  date: "Enter a date such as 2020-01-31.",
  boolean: "Enter Yes or No.",
  enum: "Enter a value.",
};

/** Parses one cell by its column's kind. */
export function parseCell(kind: ColumnKind, cell: CellValue, order?: DateOrder, sep?: DecimalSeparator): Parsed<Value> {
  switch (kind.type) {
    case "text":
      return { ok: true, value: isBlank(cell) ? null : parseText(cell) };
    case "decimal":
      return parseDecimal(cell, sep);
    case "integer":
      return parseInteger(cell, sep);
    case "date": {
      const r = parseDate(cell, order);
      return r.ok && r.value === "" ? { ok: true, value: null } : r;
    }
    case "boolean":
      return parseBoolean(cell);
    case "enum":
      return parseEnum(kind.enum, kind.values, kind.what, cell);
  }
}

/** A table parsed column by column: one array of values per bound column, no object per row or cell. */
export class ParsedTable {
  private constructor(
    readonly bound: BoundTable,
    /** Whether each row read without a problem. */
    private readonly okRows: Uint8Array,
    /** Each bound column's values by field (null: blank or unreadable). */
    private readonly values: ReadonlyMap<string, readonly Value[]>,
  ) {}

  get length(): number {
    return this.okRows.length;
  }

  ok(i: number): boolean {
    return this.okRows[i] === 1;
  }

  rowNumber(i: number): number {
    return this.bound.table.rowNumbers[i];
  }

  has(field: string): boolean {
    return this.bound.columns.has(field);
  }

  /** The column's values (undefined when the table lacks it): blank cells null. */
  column(field: string): readonly Value[] | undefined {
    return this.values.get(field);
  }

  source(i: number, field?: string): SourceRef {
    const col = field ? this.bound.columns.get(field) : undefined;
    const row = this.rowNumber(i);
    if (!col) return { table: this.bound.label, row };
    const value = cellText(this.bound.table.rows[i][col.index] ?? null);
    return { table: this.bound.label, row, column: this.bound.table.headers[col.index], value };
  }

  header(field: string): string {
    const col = this.bound.columns.get(field);
    return col ? this.bound.table.headers[col.index] : field;
  }

  /** Every cell parsed by its column's kind; problems for every bad cell, in row order (a row with any is not ok). */
  static parse(bound: BoundTable, options: ReadOptions, problems: Problem[]): ParsedTable {
    const { table } = bound;
    const n = table.rows.length;
    const okRows = new Uint8Array(n).fill(1);
    const values = new Map<string, Value[]>();
    const found: { i: number; k: number; problem: Problem }[] = [];
    let k = 0;
    for (const { def, index } of bound.columns.values()) {
      const column = table.headers[index];
      const cells = columnCells(table, index);
      const order = def.kind.type === "date" ? resolveDateOrder(cells, options.dateOrder) : undefined;
      const numeric = def.kind.type === "decimal" || def.kind.type === "integer";
      const sep = numeric ? resolveDecimalSeparator(cells, options.decimalSeparator) : undefined;
      const parseOne = cellParser(def.kind, order, sep);
      const out: Value[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const cell = cells[i];
        const r = parseOne(cell);
        if (!r.ok) {
          const source = { table: bound.label, row: table.rowNumbers[i], column, value: cellText(cell) };
          found.push({ i, k, problem: cellProblem(source, r.reason) });
          okRows[i] = 0;
          out[i] = null;
        } else if (r.value === null && def.required) {
          const problem = emptyCellProblem(bound.label, table.rowNumbers[i], column, HINTS[def.kind.type]);
          found.push({ i, k, problem });
          okRows[i] = 0;
          out[i] = null;
        } else out[i] = r.value;
      }
      values.set(def.field, out);
      for (const other of bound.duplicates.get(def.field) ?? []) {
        const p = compareDuplicate(bound, def, index, other, out, options);
        if (p) found.push({ i: p.i, k, problem: p.problem });
      }
      k++;
    }
    // Found column by column; reported row by row, each row's cells in column order (as the sheet reads).
    found.sort((a, b) => a.i - b.i || a.k - b.k);
    for (const f of found) problems.push(f.problem);
    return new ParsedTable(bound, okRows, values);
  }
}

/**
 * The columns another header names too, compared with it as ParsedTable.parse does, without parsing the rest of
 * the table: for a table that is copied rather than read (an import).
 */
export function duplicateColumnProblems(bound: BoundTable, options: ReadOptions = {}): Problem[] {
  const out: Problem[] = [];
  for (const [field, others] of bound.duplicates) {
    const { def, index } = bound.columns.get(field)!;
    const cells = columnCells(bound.table, index);
    const order = def.kind.type === "date" ? resolveDateOrder(cells, options.dateOrder) : undefined;
    const numeric = def.kind.type === "decimal" || def.kind.type === "integer";
    const sep = numeric ? resolveDecimalSeparator(cells, options.decimalSeparator) : undefined;
    const parseOne = cellParser(def.kind, order, sep);
    const read = cells.map((c) => {
      const r = parseOne(c);
      return r.ok ? r.value : null;
    });
    for (const other of others) {
      const p = compareDuplicate(bound, def, index, other, read, options);
      if (p) out.push(p.problem);
    }
  }
  return out;
}

/**
 * A second column of the same field (the same header twice, or two captions of one column) compared row by row
 * with the one that is read, each parsed as its kind: an error at the first row where they differ (nothing
 * tells which is right), a warning when they agree on every row.
 */
function compareDuplicate(
  bound: BoundTable,
  def: ColumnDef,
  index: number,
  other: number,
  read: readonly Value[],
  options: ReadOptions,
): { i: number; problem: Problem } | null {
  const { table, label } = bound;
  const cells = columnCells(table, other);
  const mine = columnCells(table, index);
  const order =
    def.kind.type === "date" ? resolveDateOrder(cells, resolveDateOrder(mine, options.dateOrder)) : undefined;
  const numeric = def.kind.type === "decimal" || def.kind.type === "integer";
  const sep = numeric
    ? resolveDecimalSeparator(cells, resolveDecimalSeparator(mine, options.decimalSeparator))
    : undefined;
  const parseOne = cellParser(def.kind, order, sep);
  let first = -1;
  let differ = 0;
  for (let i = 0; i < cells.length; i++) {
    const r = parseOne(cells[i]);
    const same = r.ok ? r.value === read[i] : cellText(cells[i]).trim() === cellText(mine[i]).trim();
    if (same) continue;
    if (first < 0) first = i;
    differ++;
  }
  const columns =
    `the columns "${table.headers[index]}" (the ${ordinal(index + 1)}) and "${table.headers[other]}" ` +
    `(the ${ordinal(other + 1)}) both hold ${def.caption}`;
  if (first < 0) {
    return {
      i: 0,
      problem: {
        severity: "warning",
        message:
          `${label}: ${columns}; they agree on every row, and the ${ordinal(index + 1)} is read. Delete the ` +
          "other, so that a change made in it alone cannot go unread.",
        source: { table: label, row: table.headerRow, column: table.headers[other] },
      },
    };
  }
  const row = table.rowNumbers[first];
  const a = cellText(mine[first]).trim();
  const b = cellText(cells[first]).trim();
  const more = differ > 1 ? ` (and on ${differ - 1} more ${differ === 2 ? "row" : "rows"})` : "";
  return {
    i: first,
    problem: {
      severity: "error",
      message:
        `${label}, row ${row}: ${columns} and disagree: "${a}" and "${b}"${more}. Nothing tells which is right: ` +
        `delete the wrong column (or rename its header, so it is not read as ${def.caption}), then try again.`,
      source: { table: label, row, column: table.headers[other], value: b },
    },
  };
}

/** 1 -> "1st", 2 -> "2nd", 19 -> "19th": a column's place in its table, for two columns of one header. */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** One column's cells (blank for a row shorter than the header). */
function columnCells(table: TableData, index: number): CellValue[] {
  const out: CellValue[] = new Array(table.rows.length);
  for (let i = 0; i < out.length; i++) out[i] = table.rows[i][index] ?? null;
  return out;
}

/**
 * Captions, Yes/No, dates and quantities repeat down a column: each distinct text is read once (up to this
 * many), and the value shared (values are immutable).
 */
const CELL_CACHE_LIMIT = 1000;

/** parseCell for one column's kind, order and separator; repeated texts read once per column. */
function cellParser(
  kind: ColumnKind,
  order: DateOrder | undefined,
  sep: DecimalSeparator | undefined,
): (cell: CellValue) => Parsed<Value> {
  if (kind.type === "text" || kind.type === "integer") return (cell) => parseCell(kind, cell, order, sep);
  const cache = new Map<string, Parsed<Value>>();
  return (cell) => {
    if (typeof cell !== "string") return parseCell(kind, cell, order, sep);
    let r = cache.get(cell);
    if (!r) {
      r = parseCell(kind, cell, order, sep);
      if (cache.size < CELL_CACHE_LIMIT) cache.set(cell, r);
    }
    return r;
  };
}

/** One parsed row: a view of its table's columns. Getters: absent column -> undefined; blank cell -> the kind's empty value. */
export class Row {
  constructor(
    private readonly parsed: ParsedTable,
    private readonly i: number,
  ) {}

  get bound(): BoundTable {
    return this.parsed.bound;
  }

  get rowNumber(): number {
    return this.parsed.rowNumber(this.i);
  }

  get ok(): boolean {
    return this.parsed.ok(this.i);
  }

  has(field: string): boolean {
    return this.parsed.has(field);
  }

  source(field?: string): SourceRef {
    return this.parsed.source(this.i, field);
  }

  header(field: string): string {
    return this.parsed.header(field);
  }

  private get(field: string): Value | undefined {
    const column = this.parsed.column(field);
    return column === undefined ? undefined : (column[this.i] ?? null);
  }

  text(field: string): string | undefined {
    const v = this.get(field);
    return v === undefined ? undefined : typeof v === "string" ? v : "";
  }

  decimal(field: string): Exact | undefined {
    const v = this.get(field);
    return v === undefined ? undefined : typeof v === "bigint" ? (v as Exact) : ZERO;
  }

  /** A decimal; null for an absent column or a blank cell (a value the workbook does not give, never 0). */
  decimalOrNull(field: string): Exact | null {
    const v = this.get(field);
    return typeof v === "bigint" ? (v as Exact) : null;
  }

  integer(field: string): number | undefined {
    const v = this.get(field);
    return v === undefined ? undefined : typeof v === "number" ? v : 0;
  }

  date(field: string): IsoDate | undefined {
    const v = this.get(field);
    return v === undefined ? undefined : typeof v === "string" ? v : "";
  }

  boolean(field: string): boolean | undefined {
    const v = this.get(field);
    return v === undefined ? undefined : v === true;
  }

  /** An enum value; undefined for an absent column or a blank cell. */
  enumValue<T extends string>(field: string): T | undefined {
    const v = this.get(field);
    return typeof v === "string" ? (v as T) : undefined;
  }
}

/** Every row of the table parsed; problems for every bad cell (a row with any is marked not ok). */
export function readRows(bound: BoundTable, options: ReadOptions, problems: Problem[]): Row[] {
  const parsed = ParsedTable.parse(bound, options, problems);
  const rows: Row[] = [];
  for (let i = 0; i < parsed.length; i++) rows.push(new Row(parsed, i));
  return rows;
}

/** Rows sharing a key: one problem per repeat, naming both rows. */
export function findDuplicates(
  rows: readonly Row[],
  field: string,
  key: (r: Row) => string | undefined,
  problems: Problem[],
): void {
  const seen = new Map<string, Row>();
  for (const row of rows) {
    const k = key(row);
    if (k === undefined || k === "") continue;
    const first = seen.get(k);
    if (first) {
      problems.push(duplicateProblem(row.bound.label, row.header(field), k, first.rowNumber, row.rowNumber));
    } else seen.set(k, row);
  }
}

/** Strictly increasing or strictly decreasing numbers (the ok rows' keys): no key can repeat. */
function monotonic(n: number, key: (i: number) => string | number | undefined): boolean {
  let last: number | undefined;
  let direction = 0;
  for (let i = 0; i < n; i++) {
    const k = key(i);
    if (k === undefined) continue;
    if (typeof k !== "number") return false;
    if (last !== undefined) {
      const d = k > last ? 1 : k < last ? -1 : 0;
      if (d === 0 || (direction !== 0 && d !== direction)) return false;
      direction = d;
    }
    last = k;
  }
  return true;
}

/**
 * Rows of a parsed table sharing a key (undefined: no key, e.g. a row not ok): one problem per repeat, naming
 * both rows, as findDuplicates. Entry numbers in order, or in reverse (exports list newest first), need no map.
 */
export function findDuplicateRows(
  parsed: ParsedTable,
  field: string,
  key: (i: number) => string | number | undefined,
  problems: Problem[],
): void {
  if (monotonic(parsed.length, key)) return;
  const seen = new Map<string | number, number>();
  for (let i = 0; i < parsed.length; i++) {
    const k = key(i);
    if (k === undefined || k === "") continue;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else {
      const { label } = parsed.bound;
      problems.push(
        duplicateProblem(label, parsed.header(field), String(k), parsed.rowNumber(first), parsed.rowNumber(i)),
      );
    }
  }
}
