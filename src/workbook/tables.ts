// readLedgerInput: the workbook's tables into the engine's LedgerInput, with every problem found.
import type {
  AccountingPeriod,
  ItemApplicationEntry,
  ItemLedgerEntryInput,
  LedgerInput,
  Problem,
  SourceRef,
  ValueEntryInput,
} from "../engine/model";
import type { TableData, WorkbookPort } from "./port";
import { cellProblem, missingTableProblem } from "./problems";
import { bindTable, findDuplicateRows, ParsedTable, Row, type ReadOptions } from "./reader";
import { fieldsReader } from "./records";
import { SourceIndex } from "./sources";
import { accountingPeriod, applicationEntry, item } from "./records";
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
import { canonicalHeaders, readColumnMap, type ColumnMap, type TableColumnMap } from "./columnMap";
import type { AppendTarget } from "./write";
import { valueEntriesTarget } from "./copiedFields";
import { checkItemLedgerEntries, ValueEntryRules } from "./entryRules";
import {
  itemsWithCostingMethods,
  type CostingMethodChoice,
  type CostingMethodsRead,
  type ItemRow,
  type ItemsTableRead,
} from "./costingMethods";

export type { ReadOptions } from "./reader";

interface Read {
  /** The table parsed, or null when absent or when a required column is missing (see take). */
  parsed: ParsedTable | null;
  readonly found: boolean;
}

/** The parsed table, let go of by the Read (its cells can be collected once the caller is done with it). */
function take(read: Read): ParsedTable | null {
  const parsed = read.parsed;
  read.parsed = null;
  return parsed;
}

/**
 * Finds, binds and parses one table (headers mapped by hand bound through `map`); parsed null when absent or
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
  if (!table) return { parsed: null, found: false };
  const bound = bindTable(schema, table, problems, mapped);
  if (!bound) return { parsed: null, found: true };
  if (bound.missing.length) missingColumns.set(schema.caption, bound.missing);
  return { parsed: ParsedTable.parse(bound, options, problems), found: true };
}

/** The Value Entries table as appendValueEntries needs it, taken while its cells are at hand. */
function appendTarget(port: WorkbookPort, table: TableData, mapped: TableColumnMap): AppendTarget {
  // Headers mapped by hand (Costing Column Map) read as their columns' captions, so those columns are filled.
  const headers = canonicalHeaders(VALUE_ENTRIES, table.headers, mapped);
  return valueEntriesTarget(table, headers, port.defaultTextStyle?.());
}

/** The duplicate problems of one table, kept to be reported after every table's cells. */
function duplicatesOf(parsed: ParsedTable, field: string, key: (i: number) => string | number | undefined): Problem[] {
  const out: Problem[] = [];
  findDuplicateRows(parsed, field, key, out);
  return out;
}

const byNumber = <T extends { entryNo: number }>(a: T, b: T): number => a.entryNo - b.entryNo;

/** Each ok row's index, in row order. */
function* okRows(parsed: ParsedTable | null): Generator<number> {
  if (parsed) for (let i = 0; i < parsed.length; i++) if (parsed.ok(i)) yield i;
}

/** An integer column's value at row i of ok rows (undefined for a row not ok), for duplicate checks. */
function okInteger(parsed: ParsedTable, field: string): (i: number) => number | undefined {
  const values = parsed.column(field)!;
  return (i) => (parsed.ok(i) ? ((values[i] as number | null) ?? 0) : undefined);
}

/**
 * Value entries lacking Item No., Location Code or Variant Code take them from their item ledger entry (set on
 * the record itself: no copy per entry).
 */
export function joinValueEntries(
  parsed: ParsedTable | null,
  iles: { get(entryNo: number): ItemLedgerEntryInput | undefined },
  unreadable: { has(entryNo: number): boolean },
  problems: Problem[],
): ValueEntryInput[] {
  const out: ValueEntryInput[] = [];
  if (!parsed) return out;
  const record = fieldsReader(parsed, VALUE_ENTRIES);
  const rules = new ValueEntryRules(parsed);
  for (let i = 0; i < parsed.length; i++) {
    if (!parsed.ok(i)) continue;
    const ve = record(i) as unknown as Mutable<ValueEntryInput>;
    const ile = iles.get(ve.itemLedgerEntryNo);
    if (!ile && unreadable.has(ve.itemLedgerEntryNo)) continue; // its item ledger entry's row has its problems
    if (!ile) {
      const n = ve.itemLedgerEntryNo;
      problems.push(
        cellProblem(
          { ...parsed.source(i, "itemLedgerEntryNo"), value: String(n) } as Required<SourceRef>,
          `is not an entry in the Item Ledger Entries table. Include item ledger entry ${n} in the export, ` +
            "or remove this value entry.",
        ),
      );
      continue;
    }
    if (ve.itemNo && ve.itemNo !== ile.itemNo) {
      problems.push(
        cellProblem(
          parsed.source(i, "itemNo") as Required<SourceRef>,
          `is not the item of item ledger entry ${ile.entryNo} (${ile.itemNo}). Correct the item number.`,
        ),
      );
      continue;
    }
    rules.check(i, ve, ile, problems);
    ve.itemNo = ve.itemNo || ile.itemNo;
    ve.locationCode = ve.locationCode ?? ile.locationCode;
    ve.variantCode = ve.variantCode ?? ile.variantCode;
    out.push(ve);
  }
  rules.report(problems);
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads the ledger workbook: Item Ledger Entries and Value Entries (required), Items, Item Application
 * Entries, Inventory Setup and Accounting Periods (optional), each header mapped by hand in the Costing Column
 * Map bound to its column. Every item gets its costing method from Items, or the one chosen for the items Items
 * gives none (`options.defaultCostingMethod`); else they are an error. Every problem is collected; input is null
 * when any is an error.
 */
export async function readLedgerInput(
  port: WorkbookPort,
  options: ReadOptions & CostingMethodChoice = {},
): Promise<{
  input: LedgerInput | null;
  problems: Problem[];
  columnMap: ColumnMap;
  /** The items the workbook gives no costing method, and the one chosen for them. */
  costingMethods: CostingMethodsRead;
  /** Where new value entries go (the Value Entries table as read), when it was found. */
  valueEntriesTable?: AppendTarget;
  /** The optional columns each table found lacks (also when input is null), for the export advice. */
  missingColumns: ReadonlyMap<string, readonly string[]>;
}> {
  const problems: Problem[] = [];
  const missingColumns = new Map<string, readonly string[]>();
  const columnMap = await readColumnMap(port, problems);
  const read = (s: TableSchema): Promise<Read> => readSchema(port, s, options, problems, missingColumns, columnMap);

  // Each table is turned into records as soon as it is read, so its cells can go before the next is read; the
  // problems are reported in the order the tables are checked: cells, missing tables, duplicates, joins.
  const duplicates: Problem[][] = [];
  const sources = new SourceIndex();

  const ileRead = await read(ITEM_LEDGER_ENTRIES);
  const iles = new Map<number, ItemLedgerEntryInput>();
  const unreadable = new Set<number>();
  const entryProblems: Problem[] = [];
  const ileParsed = take(ileRead);
  if (ileParsed) {
    const parsed = ileParsed;
    duplicates.push(duplicatesOf(parsed, "entryNo", okInteger(parsed, "entryNo")));
    checkItemLedgerEntries(parsed, entryProblems);
    const record = fieldsReader(parsed, ITEM_LEDGER_ENTRIES);
    const at = sources.table("ILE", parsed.bound.label, "first");
    const entryNos = parsed.column("entryNo")!;
    for (let i = 0; i < parsed.length; i++) {
      if (!parsed.ok(i)) {
        if (typeof entryNos[i] === "number") unreadable.add(entryNos[i] as number);
        continue;
      }
      const ile = record(i) as unknown as ItemLedgerEntryInput;
      if (iles.has(ile.entryNo)) continue;
      iles.set(ile.entryNo, ile);
      at.add(ile.entryNo, parsed.rowNumber(i));
    }
  } else duplicates.push([]);

  const veRead = await read(VALUE_ENTRIES);
  const joinProblems: Problem[] = [];
  let valueEntries: ValueEntryInput[] = [];
  let valueEntriesTable: AppendTarget | undefined;
  const veParsed = take(veRead);
  if (veParsed) {
    const parsed = veParsed;
    valueEntriesTable = appendTarget(port, parsed.bound.table, columnMap.forTable(VALUE_ENTRIES.caption));
    const entryNo = okInteger(parsed, "entryNo");
    duplicates.push(duplicatesOf(parsed, "entryNo", entryNo));
    valueEntries = joinValueEntries(parsed, iles, unreadable, joinProblems);
    const at = sources.table("VE", parsed.bound.label, "last");
    for (let i = 0; i < parsed.length; i++) if (parsed.ok(i)) at.add(entryNo(i)!, parsed.rowNumber(i));
  } else duplicates.push([]);

  const itemRead = await read(ITEMS);
  const listed = new Map<string, ItemRow>();
  const itemParsed = take(itemRead);
  let itemsTable: ItemsTableRead | null = null;
  if (itemParsed) {
    const parsed = itemParsed;
    const nos = parsed.column("no")!;
    const noAt = (i: number) => (parsed.ok(i) ? ((nos[i] as string | null) ?? "") : undefined);
    duplicates.push(duplicatesOf(parsed, "no", noAt));
    const row = (i: number) => new Row(parsed, i);
    const at = sources.table("ITEM", parsed.bound.label, "last");
    const unreadable = new Set<string>();
    for (let i = 0; i < parsed.length; i++) {
      if (!parsed.ok(i)) {
        if (typeof nos[i] === "string") unreadable.add(nos[i] as string);
        continue;
      }
      const no = noAt(i)!;
      if (!listed.has(no)) listed.set(no, item(row(i), ITEMS));
      at.add(no, parsed.rowNumber(i));
    }
    const { label, table } = parsed.bound;
    itemsTable = { label, headerRow: table.headerRow, hasCostingMethod: parsed.has("costingMethod"), unreadable };
  } else duplicates.push([]);

  const appRead = await read(ITEM_APPLICATION_ENTRIES);
  let applications: ItemApplicationEntry[] | undefined;
  const appParsed = take(appRead);
  if (appParsed) {
    const parsed = appParsed;
    duplicates.push(duplicatesOf(parsed, "entryNo", okInteger(parsed, "entryNo")));
    const postingDateOf = (no: number): string => iles.get(no)?.postingDate ?? "";
    applications = [];
    for (const i of okRows(parsed)) {
      applications.push(applicationEntry(new Row(parsed, i), ITEM_APPLICATION_ENTRIES, postingDateOf));
    }
  } else {
    duplicates.push([]);
    if (appRead.found) applications = [];
  }

  const setupTable: TableData | null = await port.readTable(tableSpec(INVENTORY_SETUP));
  const periodRead = await read(ACCOUNTING_PERIODS);
  let accountingPeriods: AccountingPeriod[] = [];
  const periodParsed = take(periodRead);
  if (periodParsed) {
    const parsed = periodParsed;
    const dates = parsed.column("startingDate")!;
    duplicates.push(
      duplicatesOf(parsed, "startingDate", (i) => (parsed.ok(i) ? ((dates[i] as string | null) ?? "") : undefined)),
    );
    accountingPeriods = [...okRows(parsed)]
      .map((i) => accountingPeriod(new Row(parsed, i)))
      .sort((a, b) => (a.startingDate < b.startingDate ? -1 : a.startingDate > b.startingDate ? 1 : 0));
  } else duplicates.push([]);

  if (!ileRead.found) problems.push(missingTableProblem(ITEM_LEDGER_ENTRIES));
  if (!veRead.found) problems.push(missingTableProblem(VALUE_ENTRIES));
  for (const d of duplicates) problems.push(...d);
  problems.push(...entryProblems, ...joinProblems);

  const used = new Set<string>();
  for (const e of iles.values()) if (e.itemNo) used.add(e.itemNo);
  for (const v of valueEntries) if (v.itemNo) used.add(v.itemNo);
  // An Items table found but not read (its No. column missing: an error already) has nothing more to say.
  if (itemRead.found && !itemsTable)
    itemsTable = { label: ITEMS.caption, headerRow: 0, hasCostingMethod: false, unreadable: used };
  const { items, costingMethods } = itemsWithCostingMethods(listed, itemsTable, used, options, problems);
  const setup = readSetup(setupTable, options, problems);

  if (problems.some((p) => p.severity === "error"))
    return { input: null, problems, columnMap, valueEntriesTable, costingMethods, missingColumns };
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
  return { input, problems, columnMap, valueEntriesTable, costingMethods, missingColumns };
}
