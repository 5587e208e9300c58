// One table's rows read against its schema: columns bound by caption, every cell parsed, every problem kept.
import type { IsoDate } from "../engine/calendar";
import type { Problem, SourceRef } from "../engine/model";
import { Decimal, ZERO } from "../engine/money";
import type { CellValue, TableData } from "./port";
import { cellProblem, duplicateProblem, emptyCellProblem, missingColumnProblem, tableLabel } from "./problems";
import { bindColumns, type TableColumnMap } from "./columnMap";
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

type Value = string | number | boolean | Decimal | null;

/** A table whose columns are bound to its schema. */
export interface BoundTable {
  readonly table: TableData;
  readonly label: string;
  readonly columns: ReadonlyMap<string, { readonly def: ColumnDef; readonly index: number }>;
  /** English captions of optional columns the sheet lacks. */
  readonly missing: readonly string[];
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
  const binding = bindColumns(schema, table.headers, mapped);
  let complete = true;
  for (const def of schema.columns) {
    const index = binding.index.get(def.caption);
    if (index !== undefined) columns.set(def.field, { def, index });
    else if (def.required) {
      problems.push(missingColumnProblem(table, def.caption, binding.stale.get(def.caption)));
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
  return complete ? { table, label: tableLabel(table), columns, missing } : null;
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

/** One parsed row. Getters: absent column -> undefined; blank cell -> the kind's empty value. */
export class Row {
  constructor(
    readonly bound: BoundTable,
    readonly rowNumber: number,
    readonly ok: boolean,
    private readonly values: ReadonlyMap<string, Value>,
    private readonly cells: readonly CellValue[],
  ) {}

  has(field: string): boolean {
    return this.bound.columns.has(field);
  }

  source(field?: string): SourceRef {
    const col = field ? this.bound.columns.get(field) : undefined;
    if (!col) return { table: this.bound.label, row: this.rowNumber };
    const value = cellText(this.cells[col.index] ?? null);
    return { table: this.bound.label, row: this.rowNumber, column: this.bound.table.headers[col.index], value };
  }

  header(field: string): string {
    const col = this.bound.columns.get(field);
    return col ? this.bound.table.headers[col.index] : field;
  }

  private get(field: string): Value | undefined {
    return this.has(field) ? (this.values.get(field) ?? null) : undefined;
  }

  text(field: string): string | undefined {
    const v = this.get(field);
    return v === undefined ? undefined : typeof v === "string" ? v : "";
  }

  decimal(field: string): Decimal | undefined {
    const v = this.get(field);
    return v === undefined ? undefined : v instanceof Decimal ? v : ZERO;
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
  const { table } = bound;
  const columns = [...bound.columns.values()].map(({ def, index }) => {
    const cells = table.rows.map((r) => r[index] ?? null);
    return {
      def,
      index,
      order: def.kind.type === "date" ? resolveDateOrder(cells, options.dateOrder) : undefined,
      sep: resolveDecimalSeparator(cells, options.decimalSeparator),
    };
  });
  return table.rows.map((cells, i) => {
    const rowNumber = table.rowNumbers[i];
    const values = new Map<string, Value>();
    let ok = true;
    for (const { def, index, order, sep } of columns) {
      const cell = cells[index] ?? null;
      const column = table.headers[index];
      const r = parseCell(def.kind, cell, order, sep);
      if (!r.ok) {
        problems.push(cellProblem({ table: bound.label, row: rowNumber, column, value: cellText(cell) }, r.reason));
        ok = false;
      } else if (r.value === null && def.required) {
        problems.push(emptyCellProblem(bound.label, rowNumber, column, HINTS[def.kind.type]));
        ok = false;
      } else values.set(def.field, r.value);
    }
    return new Row(bound, rowNumber, ok, values, cells);
  });
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
