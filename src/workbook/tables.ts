// readLedgerInput: the workbook's tables into the engine's LedgerInput, with every problem found.
import type {
  Item,
  ItemApplicationEntry,
  ItemLedgerEntryInput,
  LedgerInput,
  Problem,
  SourceRef,
  ValueEntryInput,
} from "../engine/model";
import type { TableData, WorkbookPort } from "./port";
import { cellProblem, missingTableProblem } from "./problems";
import { bindTable, findDuplicates, readRows, type ReadOptions, type Row } from "./reader";
import { defaultItem } from "../engine/replay";
import { accountingPeriod, applicationEntry, item, itemLedgerEntry, valueEntry } from "./records";
import {
  ACCOUNTING_PERIODS,
  INVENTORY_SETUP,
  ITEM_APPLICATION_ENTRIES,
  ITEM_LEDGER_ENTRIES,
  ITEMS,
  tableSpec,
  VALUE_ENTRIES,
  type TableSchema,
} from "./schema";
import { readSetup } from "./setup";
import { readColumnMap, type ColumnMap } from "./columnMap";

export type { ReadOptions } from "./reader";

interface Read {
  readonly rows: readonly Row[];
  readonly found: boolean;
}

/**
 * Finds, binds and parses one table (headers mapped by hand bound through `map`); rows empty when absent or
 * when a required column is missing.
 */
async function readSchema(
  port: WorkbookPort,
  schema: TableSchema,
  options: ReadOptions,
  problems: Problem[],
  missingColumns: Map<string, readonly string[]>,
  map: ColumnMap,
): Promise<Read> {
  const mapped = map.forTable(schema.caption);
  const table = await port.readTable(tableSpec(schema, mapped));
  if (!table) return { rows: [], found: false };
  const bound = bindTable(schema, table, problems, mapped);
  if (!bound) return { rows: [], found: true };
  if (bound.missing.length) missingColumns.set(schema.caption, bound.missing);
  return { rows: readRows(bound, options, problems), found: true };
}

const byNumber = <T extends { entryNo: number }>(a: T, b: T): number => a.entryNo - b.entryNo;

function listNames(names: readonly string[]): string {
  return names.length <= 20 ? names.join(", ") : `${names.slice(0, 20).join(", ")} and ${names.length - 20} more`;
}

/** Value entries lacking Item No., Location Code or Variant Code take them from their item ledger entry. */
function joinValueEntries(
  rows: readonly Row[],
  iles: ReadonlyMap<number, ItemLedgerEntryInput>,
  problems: Problem[],
): ValueEntryInput[] {
  const out: ValueEntryInput[] = [];
  for (const row of rows) {
    if (!row.ok) continue;
    const ve = valueEntry(row, VALUE_ENTRIES);
    const ile = iles.get(ve.itemLedgerEntryNo);
    if (!ile) {
      const n = ve.itemLedgerEntryNo;
      problems.push(
        cellProblem(
          { ...row.source("itemLedgerEntryNo"), value: String(n) } as Required<SourceRef>,
          `is not an entry in the Item Ledger Entries table. Include item ledger entry ${n} in the export, ` +
            "or remove this value entry.",
        ),
      );
      continue;
    }
    if (ve.itemNo && ve.itemNo !== ile.itemNo) {
      problems.push(
        cellProblem(
          row.source("itemNo") as Required<SourceRef>,
          `is not the item of item ledger entry ${ile.entryNo} (${ile.itemNo}). Correct the item number.`,
        ),
      );
      continue;
    }
    out.push({
      ...ve,
      itemNo: ve.itemNo || ile.itemNo,
      locationCode: ve.locationCode ?? ile.locationCode,
      variantCode: ve.variantCode ?? ile.variantCode,
    });
  }
  return out;
}

/** Items from the Items table, plus FIFO items for those it lacks (with a warning naming them). */
function completeItems(rows: readonly Row[], found: boolean, used: Iterable<string>, problems: Problem[]): Item[] {
  const items = new Map<string, Item>();
  for (const row of rows) if (row.ok && !items.has(row.text("no")!)) items.set(row.text("no")!, item(row, ITEMS));
  const absent = [...new Set(used)].filter((no) => !items.has(no)).sort();
  if (absent.length) {
    problems.push({
      severity: "warning",
      message: found
        ? `Items: ${listNames(absent)} ${absent.length === 1 ? "is" : "are"} not in the Items table, so ` +
          `${absent.length === 1 ? "it is" : "they are"} costed as FIFO. Add ${absent.length === 1 ? "it" : "them"} ` +
          "to the Items table with the costing method from Business Central."
        : `The workbook has no Items table, so every item is costed as FIFO (${listNames(absent)}). Add an Items ` +
          "sheet with the columns No. and Costing Method, exported from the Items page.",
    });
    for (const no of absent) items.set(no, defaultItem(no));
  }
  return [...items.values()];
}

/**
 * Reads the ledger workbook: Item Ledger Entries and Value Entries (required), Items, Item Application
 * Entries, Inventory Setup and Accounting Periods (optional), each header mapped by hand in the Costing Column
 * Map bound to its column. Every problem is collected; input is null when any is an error.
 */
export async function readLedgerInput(
  port: WorkbookPort,
  options: ReadOptions = {},
): Promise<{ input: LedgerInput | null; problems: Problem[]; columnMap: ColumnMap }> {
  const problems: Problem[] = [];
  const missingColumns = new Map<string, readonly string[]>();
  const columnMap = await readColumnMap(port, problems);
  const read = (s: TableSchema): Promise<Read> => readSchema(port, s, options, problems, missingColumns, columnMap);

  const ileRead = await read(ITEM_LEDGER_ENTRIES);
  const veRead = await read(VALUE_ENTRIES);
  const itemRead = await read(ITEMS);
  const appRead = await read(ITEM_APPLICATION_ENTRIES);
  const setupTable: TableData | null = await port.readTable(tableSpec(INVENTORY_SETUP));
  const periodRead = await read(ACCOUNTING_PERIODS);
  if (!ileRead.found) problems.push(missingTableProblem(ITEM_LEDGER_ENTRIES));
  if (!veRead.found) problems.push(missingTableProblem(VALUE_ENTRIES));

  const entryNo = (r: Row): string | undefined => (r.ok ? String(r.integer("entryNo")) : undefined);
  findDuplicates(ileRead.rows, "entryNo", entryNo, problems);
  findDuplicates(veRead.rows, "entryNo", entryNo, problems);
  findDuplicates(itemRead.rows, "no", (r) => (r.ok ? r.text("no") : undefined), problems);
  findDuplicates(appRead.rows, "entryNo", entryNo, problems);
  findDuplicates(periodRead.rows, "startingDate", (r) => (r.ok ? r.date("startingDate") : undefined), problems);

  const sources = new Map<string, SourceRef>();
  const iles = new Map<number, ItemLedgerEntryInput>();
  for (const row of ileRead.rows) {
    if (!row.ok) continue;
    const ile = itemLedgerEntry(row, ITEM_LEDGER_ENTRIES);
    if (iles.has(ile.entryNo)) continue;
    iles.set(ile.entryNo, ile);
    sources.set(`ILE:${ile.entryNo}`, row.source());
  }
  const valueEntries = joinValueEntries(veRead.rows, iles, problems);
  for (const row of veRead.rows) if (row.ok) sources.set(`VE:${row.integer("entryNo")}`, row.source());
  for (const row of itemRead.rows) if (row.ok) sources.set(`ITEM:${row.text("no")}`, row.source());

  const used = [...[...iles.values()].map((e) => e.itemNo), ...valueEntries.map((v) => v.itemNo ?? "")];
  const items = completeItems(itemRead.rows, itemRead.found, used.filter(Boolean), problems);

  const postingDateOf = (no: number): string => iles.get(no)?.postingDate ?? "";
  const applications: ItemApplicationEntry[] | undefined = appRead.found
    ? appRead.rows.filter((r) => r.ok).map((r) => applicationEntry(r, ITEM_APPLICATION_ENTRIES, postingDateOf))
    : undefined;
  const setup = readSetup(setupTable, options, problems);
  const accountingPeriods = periodRead.rows
    .filter((r) => r.ok)
    .map(accountingPeriod)
    .sort((a, b) => (a.startingDate < b.startingDate ? -1 : a.startingDate > b.startingDate ? 1 : 0));

  if (problems.some((p) => p.severity === "error")) return { input: null, problems, columnMap };
  const input: LedgerInput = {
    items,
    itemLedgerEntries: [...iles.values()].sort(byNumber),
    valueEntries: valueEntries.sort(byNumber),
    applications: applications?.sort(byNumber),
    setup,
    accountingPeriods,
    sources,
    missingColumns,
  };
  return { input, problems, columnMap };
}
