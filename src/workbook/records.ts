// Parsed rows into the engine's records. Columns absent from the sheet stay undefined (the engine derives
// them) except where the model has no optional field, which take Business Central's empty values.
import type {
  AccountingPeriod,
  AverageCostCalcType,
  AverageCostPeriod,
  CostingMethod,
  ItemApplicationEntry,
  ItemLedgerEntryInput,
  ValueEntryInput,
} from "../engine/model";
import { ZERO, type Exact } from "../engine/money";
import type { ParsedTable, Row, Value } from "./reader";
import type { TableSchema } from "./schema";
import type { ItemRow } from "./costingMethods";

/** Every present column of the row under its field name; absent columns leave no key. */
function fields(row: Row, schema: TableSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { field, kind } of schema.columns) {
    let v: unknown;
    switch (kind.type) {
      case "text":
        v = row.text(field);
        break;
      case "decimal":
        v = row.decimal(field);
        break;
      case "integer":
        v = row.integer(field);
        break;
      case "date":
        v = row.date(field);
        break;
      case "boolean":
        v = row.boolean(field);
        break;
      case "enum":
        v = row.enumValue(field);
        break;
    }
    if (v !== undefined) out[field] = v;
  }
  return out;
}

/** As fields(), for row i of a parsed table: the columns resolved once, each value read from its column. */
export function fieldsReader(parsed: ParsedTable, schema: TableSchema): (i: number) => Record<string, unknown> {
  const columns: { field: string; kind: string; values: readonly Value[] }[] = [];
  for (const { field, kind } of schema.columns) {
    const values = parsed.column(field);
    if (values) columns.push({ field, kind: kind.type, values });
  }
  // Every record of the table starts as a copy of one template with all its keys (JSON.parse makes it in V8's
  // fast mode, and a spread copies its shape): added one key at a time, a record of many columns falls into
  // dictionary mode, about four times the memory (a million value entries: a gigabyte more).
  const template = JSON.parse(JSON.stringify(Object.fromEntries(columns.map((c) => [c.field, null])))) as object;
  return (i) => {
    const out: Record<string, unknown> = { ...template };
    for (const { field, kind, values } of columns) {
      const v = values[i] ?? null;
      switch (kind) {
        case "text":
        case "date":
          out[field] = typeof v === "string" ? v : "";
          break;
        case "decimal":
          out[field] = typeof v === "bigint" ? (v as Exact) : ZERO;
          break;
        case "integer":
          out[field] = typeof v === "number" ? v : 0;
          break;
        case "boolean":
          out[field] = v === true;
          break;
        case "enum":
          out[field] = typeof v === "string" ? v : undefined;
          break;
      }
    }
    return out;
  };
}

// The casts below are safe: readRows marks a row not ok when a required cell is missing or unreadable,
// and only ok rows are turned into records; the schema's field names are the model's.

export function itemLedgerEntry(row: Row, schema: TableSchema): ItemLedgerEntryInput {
  return fields(row, schema) as unknown as ItemLedgerEntryInput;
}

export function valueEntry(row: Row, schema: TableSchema): ValueEntryInput {
  return fields(row, schema) as unknown as ValueEntryInput;
}

/**
 * An Items row: its costing method null when the column is missing or the cell empty (costingMethods.ts decides
 * what that means), Standard Cost and Last Direct Cost null when not given (never taken as 0).
 */
export function item(row: Row, schema: TableSchema): ItemRow {
  const f = fields(row, schema);
  return {
    description: "",
    unitCost: ZERO,
    blocked: false,
    ...f,
    costingMethod: row.enumValue<CostingMethod>("costingMethod") ?? null,
    standardCost: row.decimalOrNull("standardCost"),
    lastDirectCost: row.decimalOrNull("lastDirectCost"),
    row: row.rowNumber,
  } as unknown as ItemRow;
}

export function applicationEntry(row: Row, schema: TableSchema, postingDateOf: (ile: number) => string) {
  const f = fields(row, schema);
  return {
    transferredFromEntryNo: 0,
    costApplication: false,
    ...f,
    postingDate: (f.postingDate as string | undefined) ?? postingDateOf(f.itemLedgerEntryNo as number),
  } as unknown as ItemApplicationEntry;
}

export function accountingPeriod(row: Row): AccountingPeriod {
  return {
    startingDate: row.date("startingDate") ?? "",
    name: row.text("name") ?? "",
    newFiscalYear: row.boolean("newFiscalYear") ?? false,
    closed: row.boolean("closed") ?? false,
    dateLocked: row.boolean("dateLocked") ?? false,
    averageCostPeriod: row.enumValue<AverageCostPeriod>("averageCostPeriod") ?? null,
    averageCostCalcType: row.enumValue<AverageCostCalcType>("averageCostCalcType") ?? null,
  };
}
