// The Ledger step's content: which tables were found (and where, how many rows), the counts and date range of
// the ledger, what the export lacks (each column and optional table, with what the tool does without it and the
// Business Central page to export it from), and every problem; read through any
// WorkbookPort (the open workbook in the task pane) with the same reader and replay as the command line.
import { replayLedger, type Ledger, type Problem } from "../engine";
import { LEDGER_TABLES, readLedgerInput, tableSpec } from "../workbook";
import { tableLabel } from "../workbook/problems";
import type { CellValue, TableData, TableSpec, WorkbookPort } from "../workbook/port";
import type { ColumnMap } from "../workbook/columnMap";
import type { CostingMethodChoice, CostingMethodsRead } from "../workbook/costingMethods";
import { exportAdvice, type ColumnAdvice } from "../workbook/exportAdvice";

export interface TableFound {
  /** The table's caption, e.g. "Value Entries". */
  readonly name: string;
  /** The sheet it was found on; null when the workbook has none. */
  readonly sheet: string | null;
  readonly rows: number;
}

export interface LedgerReport {
  readonly tables: readonly TableFound[];
  /** Counts of the ledger as read (null when the tables could not be read). */
  readonly items: number | null;
  readonly itemLedgerEntries: number | null;
  readonly valueEntries: number | null;
  /** First and last posting date of the item ledger entries. */
  readonly postingDates: { readonly from: string; readonly to: string } | null;
  /** What the export lacks, what matters first (exportAdvice.ts). */
  readonly advice: readonly ColumnAdvice[];
  readonly problems: readonly Problem[];
  /** True when there is no error: the ledger can be costed. */
  readonly ready: boolean;
  /** The replayed ledger the other steps work on (absent when it could not be read). */
  readonly ledger?: Ledger | null;
  /** The workbook's column mapping (the Costing Column Map sheet), for the Ledger step's Map columns. */
  readonly columnMap?: ColumnMap;
  /** Each table found, by its caption: its headers as they stand (for mapping a column by hand). */
  readonly headers?: ReadonlyMap<string, readonly string[]>;
  /** Where each table named in problems sits (by its label in messages), for "Go to". */
  readonly places?: ReadonlyMap<string, { readonly sheet: string; readonly headerRow: number }>;
  /** The items the workbook gives no costing method, and the one chosen for them in the pane. */
  readonly costingMethods?: CostingMethodsRead;
}

/** A port that remembers what each readTable found. */
class RecordingPort implements WorkbookPort {
  readonly found = new Map<string, TableData | null>();
  constructor(private readonly port: WorkbookPort) {}
  get dateStyle() {
    return this.port.dateStyle;
  }
  async readTable(spec: TableSpec): Promise<TableData | null> {
    const t = await this.port.readTable(spec);
    this.found.set(spec.name, t);
    return t;
  }
  writeTable(name: string, headers: readonly string[], rows: readonly (readonly CellValue[])[]): Promise<void> {
    return this.port.writeTable(name, headers, rows);
  }
  appendRows(name: string, rows: readonly (readonly CellValue[])[]): Promise<number | void> {
    return this.port.appendRows(name, rows);
  }
}

/**
 * Reads the ledger tables and replays the ledger; problems are collected, never thrown. Items the workbook gives
 * no costing method take the one chosen in the pane (`choice`), else they are an error.
 */
export async function readLedgerReport(port: WorkbookPort, choice: CostingMethodChoice = {}): Promise<LedgerReport> {
  const recording = new RecordingPort(port);
  const read = await readLedgerInput(recording, choice);
  const tables = LEDGER_TABLES.map((schema) => {
    const name = tableSpec(schema).name;
    const t = recording.found.get(name);
    return { name, sheet: t ? t.sheet : null, rows: t ? t.rows.length : 0 };
  });
  const places = new Map<string, { sheet: string; headerRow: number }>();
  for (const t of recording.found.values())
    if (t) places.set(tableLabel(t), { sheet: t.sheet, headerRow: t.headerRow });
  const problems: Problem[] = [...read.problems];
  const input = read.input;
  let ledger: Ledger | null = null;
  if (input && !problems.some((p) => p.severity === "error")) {
    const replay = replayLedger(input);
    problems.push(...replay.problems);
    ledger = replay.ledger;
  }
  const dates = input ? input.itemLedgerEntries.map((e) => e.postingDate).filter((d) => d !== "") : [];
  let from = dates[0];
  let to = dates[0];
  for (const d of dates) {
    if (d < from) from = d;
    if (d > to) to = d;
  }
  return {
    tables,
    items: input ? new Set(input.itemLedgerEntries.map((e) => e.itemNo)).size : null,
    itemLedgerEntries: input ? input.itemLedgerEntries.length : null,
    valueEntries: input ? input.valueEntries.length : null,
    postingDates: dates.length ? { from, to } : null,
    advice: exportAdvice(read.missingColumns, tables, input, read.costingMethods.chosen),
    problems,
    ready: !!input && !problems.some((p) => p.severity === "error"),
    ledger: problems.some((p) => p.severity === "error") ? null : ledger,
    places,
    columnMap: read.columnMap,
    costingMethods: read.costingMethods,
    headers: new Map([...recording.found.values()].flatMap((t) => (t ? [[t.name, t.headers] as const] : []))),
  };
}
