// Posted value entries (a Revaluation Journal posted: Item Jnl.-Post Line's Revaluation entries; Adjust Cost -
// Item Entries' adjustments appended) and the Items' new Unit Cost and Standard Cost, read from the rows a write
// appended or changed, so what was built from the ledger can take them (LedgerQueries.afterPosting) without the
// tables being read again. Anything else, or anything read otherwise than a full read would read it, is null:
// read the ledger again then.
import type { Item, ItemLedgerEntryInput, Problem, ValueEntry, ValueEntryInput } from "../engine/model";
import { completeValueEntries } from "../engine/valueEntryDefaults";
import type { ColumnMap } from "./columnMap";
import type { CellUpdate, CellValue, TableChange, TableData } from "./port";
import { bindTable, ParsedTable, Row } from "./reader";
import { item } from "./records";
import { ITEMS, VALUE_ENTRIES, type TableSchema } from "./schema";
import { normalizeCaption } from "./captions";
import { joinValueEntries } from "./tables";

/** What a run of table changes posted: new value entries, and the items whose costs changed (all items). */
export interface PostedChanges {
  readonly valueEntries: readonly ValueEntry[];
  readonly items?: ReadonlyMap<string, Item>;
}

/** What the changes are read against: the ledger as it was built (LedgerQueries is one). */
export interface PostedAgainst {
  itemLedgerEntry(entryNo: number): ItemLedgerEntryInput | undefined;
  readonly ledger: { readonly items: ReadonlyMap<string, Item> };
}

/** The Items columns a posting changes (updateItems): a change of any other column is not a posting. */
const ITEM_COST_FIELDS = new Set(["unitCost", "standardCost"]);

/**
 * The value entries and item costs `changes` posted, read with the workbook's column map as the full read
 * reads them; null when any change is not one a posting makes (another table, a row changed otherwise, a
 * value entry that is neither a revaluation nor an adjustment) or a row does not read exactly as it would.
 */
export function postedChanges(
  changes: readonly TableChange[],
  against: PostedAgainst,
  columnMap: ColumnMap,
): PostedChanges | null {
  const valueEntries: ValueEntry[] = [];
  let items: Map<string, Item> | undefined;
  for (const change of changes) {
    const table = normalizeCaption(change.table);
    if (change.kind === "appended" && table === normalizeCaption(VALUE_ENTRIES.caption)) {
      const added = postedValueEntries(change.rows, against, columnMap);
      if (!added) return null;
      valueEntries.push(...added);
    } else if (change.kind === "updated" && table === normalizeCaption(ITEMS.caption)) {
      const changed = itemCosts(change.rows, change.updates, items ?? against.ledger.items, columnMap);
      if (!changed) return null;
      items = changed;
    } else return null;
  }
  for (let i = 1; i < valueEntries.length; i++) if (valueEntries[i].entryNo <= valueEntries[i - 1].entryNo) return null;
  return { valueEntries, ...(items && { items }) };
}

/**
 * The table's rows parsed as the full read parses them, or null when a problem is an error or a cell's reading
 * could depend on the rest of its column (a date or number given as text: its order or separator is settled by
 * the column's other values).
 */
function parsedRows(schema: TableSchema, data: TableData, columnMap: ColumnMap): ParsedTable | null {
  const problems: Problem[] = [];
  const bound = bindTable(schema, data, problems, columnMap.forTable(schema.caption));
  if (!bound || bound.duplicates.size > 0) return null;
  for (const { def, index } of bound.columns.values()) {
    const type = def.kind.type;
    if (type !== "decimal" && type !== "integer" && type !== "date") continue;
    if (data.rows.some((r) => typeof (r[index] as CellValue | undefined) === "string")) return null;
  }
  const parsed = ParsedTable.parse(bound, {}, problems);
  return problems.some((p) => p.severity === "error") ? null : parsed;
}

/** Appended Value Entries rows as the replay would make them: revaluations and adjustments only. */
function postedValueEntries(data: TableData, against: PostedAgainst, columnMap: ColumnMap): ValueEntry[] | null {
  const parsed = parsedRows(VALUE_ENTRIES, data, columnMap);
  if (!parsed) return null;
  const problems: Problem[] = [];
  const iles = { get: (no: number) => against.itemLedgerEntry(no) };
  const inputs: ValueEntryInput[] = joinValueEntries(parsed, iles, new Set<number>(), problems);
  if (inputs.length !== parsed.length || problems.some((p) => p.severity === "error")) return null;
  const out: ValueEntry[] = [];
  for (const v of completeValueEntries(inputs, iles)) {
    const e = iles.get(v.itemLedgerEntryNo)!;
    // A posting of quantity (an invoice, a new entry's first) changes its item ledger entry: not taken here.
    if (v.entryType !== "Revaluation" && !v.adjustment) return null;
    if (!v.adjustment && v.invoicedQuantity !== 0n) return null;
    // The replay dates a revaluation after its entry's own valuation date and values an outbound entry by
    // average cost from the applications: without the columns, only the full read says.
    if (v.valuationDate === undefined) return null;
    const valuedByAverageCost = v.valuedByAverageCost ?? (e.quantity > 0n ? false : undefined);
    if (valuedByAverageCost === undefined) return null;
    out.push({ ...v, valuationDate: v.valuationDate, valuedByAverageCost } as ValueEntry);
  }
  return out;
}

/** The items with the new costs of the changed Items rows, or null when a cell changed is not a cost. */
function itemCosts(
  rows: TableData,
  updates: readonly CellUpdate[],
  items: ReadonlyMap<string, Item>,
  columnMap: ColumnMap,
): Map<string, Item> | null {
  const parsed = parsedRows(ITEMS, rows, columnMap);
  if (!parsed) return null;
  const costColumns = new Set(
    [...parsed.bound.columns.entries()].filter(([f]) => ITEM_COST_FIELDS.has(f)).map(([, c]) => c.index),
  );
  if (updates.some((u) => !costColumns.has(u.column))) return null;
  const next = new Map(items);
  for (let i = 0; i < parsed.length; i++) {
    if (!parsed.ok(i)) return null;
    const read = item(new Row(parsed, i), ITEMS);
    const old = items.get(read.no);
    if (!old) return null;
    next.set(read.no, { ...old, unitCost: read.unitCost, standardCost: read.standardCost });
  }
  return next;
}
