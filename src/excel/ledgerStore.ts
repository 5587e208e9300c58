// LedgerStore: the open workbook's ledger tables (Item Ledger Entries, Value Entries, Items, Item Application
// Entries, Inventory Setup, Accounting Periods), read from Excel once and kept in the shared runtime, where the
// task pane and the COSTING functions both read them (Microsoft's shared-runtime global-state pattern: one state
// object for the whole runtime; webpack's one runtime chunk gives both entries one instance of this module).
// Writes through the store's port go to Excel and into the store from what was written (rows appended, cells
// changed, rows deleted), so the next step and every COSTING cell see them without the table being read again.
// A change made otherwise (typed, pasted, a co-author: worksheet change events) drops the tables of that sheet,
// read again when next needed. A table not found (Item Application Entries, the column map, the Posting Log
// before the first post) is not looked for again until it is written or such a change comes: looking for one
// reads the top rows of every sheet. Without change events the store keeps nothing (every read goes to Excel).
import type {
  CellUpdate,
  CellValue,
  ChartSpec,
  TableData,
  TableChange,
  TableSpec,
  WorkbookPort,
  WriteTableOptions,
} from "../workbook/port";
import { normalizeCaption } from "../workbook/captions";
import { COLUMN_MAP, LEDGER_TABLES, tableSpec } from "../workbook/schema";
import { nameMatches } from "../workbook/grid";
import { fromExcel, toExcel } from "./cells";
import { ledgerChanged } from "./ledgerSignal";
import { watchSheetChanges } from "./ledgerWatch";
import type { ExcelRun } from "./officeWorkbook";

type Rows = readonly (readonly CellValue[])[];

/** The tables the store keeps, by caption: the ledger's (the Revaluation Journal and Posting Log are always read). */
const KEPT = new Set(LEDGER_TABLES.map((t) => t.caption));
/** The tables whose writes may change the ledger: the ledger's and the column map (not the journal, the log, ...). */
const LEDGER = new Set(
  [...LEDGER_TABLES, COLUMN_MAP].flatMap((t) => [t.caption, tableSpec(t).excelName].map(normalizeCaption)),
);
/** Sheet names a ledger table is found by (caption, Excel table name, other languages), and the column map's. */
const SPECS = [...LEDGER_TABLES, COLUMN_MAP].map((t) => tableSpec(t));

/** Rows of a sheet the store wrote itself: the change events Excel raises for them are not someone else's. */
interface OwnWrite {
  readonly sheet: string;
  readonly from: number;
  readonly to: number;
  readonly until: number;
}

/** How many changes the store remembers: a user further behind reads the tables again. */
const CHANGES_KEPT = 256;

/** How long after its own write the store takes a change event on those rows for the write's echo. */
const OWN_WRITE_MS = 10_000;

/** The sheet rows an event's address covers ("Value Entries!A5:V9", "5:9", "B7"); null: whole columns or unknown. */
export function addressRows(address: string | undefined): { readonly from: number; readonly to: number } | null {
  if (!address) return null;
  const local = address.slice(address.lastIndexOf("!") + 1);
  const m = /^\$?[A-Z]*\$?(\d+)(?::\$?[A-Z]*\$?(\d+))?$/i.exec(local);
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

export interface LedgerStoreOptions {
  /** Starts watching the workbook's changes, calling `onChange(sheet, address)`; rejects when Excel cannot. */
  readonly watch: (onChange: (sheet: string | null, address?: string) => void) => Promise<unknown>;
  /** Milliseconds (tests). */
  readonly now?: () => number;
}

export class LedgerStore {
  private readonly tables = new Map<string, Promise<TableData | null>>();
  /**
   * Tables Excel did not have when last looked for (Item Application Entries, the column map, the Posting Log
   * before the first post): not looked for again (looking reads the top rows of every sheet) until written or a
   * change that may bring one.
   */
  private readonly absent = new Set<string>();
  /** Where each table read or written lies (sheet, header row to last row): a change inside one brings no table. */
  private readonly extents = new Map<string, { readonly sheet: string; readonly from: number; to: number }>();
  /** Counts the times `absent` was forgotten: a look that began before cannot say a table is absent. */
  private looks = 0;
  private readonly own: OwnWrite[] = [];
  private readonly writing = new Set<Promise<unknown>>();
  private watching: Promise<boolean> | null = null;
  private readonly now: () => number;
  /** Tables read from Excel, by caption, and how many times (tests, the benchmark). */
  readonly reads = new Map<string, number>();
  /** The changes of the kept tables since the last one the store could not describe, the last CHANGES_KEPT. */
  private changes: TableChange[] = [];
  /** How many changes came before the first one kept in `changes`. */
  private changesBefore = 0;

  constructor(private readonly options: LedgerStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Counts the changes of the tables the store keeps: what was built from them at one version can follow them. */
  get version(): number {
    return this.changesBefore + this.changes.length;
  }

  /**
   * The changes of the kept tables since `version`, in order; null when one of them was not a write the store
   * could follow (a table dropped or read again, a change typed in Excel) or is no longer remembered, or when
   * the store keeps nothing (no change events): read the tables again then.
   */
  changesSince(version: number): readonly TableChange[] | null {
    if (this.watching === null || version < this.changesBefore || version > this.version) return null;
    return this.changes.slice(version - this.changesBefore);
  }

  /** Logs a change; null: one the store cannot describe (rows gone, a table dropped), which ends every follow. */
  private changed(change: TableChange | null): void {
    if (change === null) {
      this.changesBefore = this.version + 1;
      this.changes = [];
      return;
    }
    this.changes.push(change);
    if (this.changes.length > CHANGES_KEPT) {
      this.changes.shift();
      this.changesBefore++;
    }
  }

  /** Whether Excel's change events reach the store (started on the first read); without them nothing is kept. */
  private watched(): Promise<boolean> {
    this.watching ??= this.options
      .watch((sheet, address) => this.sheetChanged(sheet, address))
      .then(
        () => true,
        () => false,
      );
    return this.watching;
  }

  /**
   * A port over `inner` (one job's or one load's Office.js adapter): the ledger tables are read from the store
   * (from Excel the first time), every write goes to Excel and then into the store, and a write that may change
   * the ledger says ledgerChanged() (also when it fails: part of it may have been written).
   */
  port(inner: WorkbookPort): WorkbookPort {
    const after = async <T>(name: string, write: () => Promise<T>, update: (t: T) => unknown): Promise<T> => {
      const done = (async () => {
        try {
          const result = await write();
          await update(result);
          return result;
        } catch (e) {
          this.drop(name);
          throw e;
        }
      })();
      // Change events that come while it runs wait for it: its own rows are known only when it is done.
      this.writing.add(done);
      try {
        return await done;
      } finally {
        this.writing.delete(done);
        if (LEDGER.has(normalizeCaption(name))) ledgerChanged();
      }
    };
    // The write may make the table's sheet: a look for the table that ends while it runs may have missed it.
    const writing = async <T>(name: string, write: () => Promise<T>, update: (t: T) => unknown): Promise<T> => {
      this.forgetAbsent(name);
      try {
        return await after(name, write, update);
      } finally {
        this.forgetAbsent(name);
      }
    };
    return {
      get dateStyle() {
        return inner.dateStyle;
      },
      readTable: (spec) => this.readTable(inner, spec),
      writeTable: (name: string, headers: readonly string[], rows: Rows, options?: WriteTableOptions) =>
        writing(
          name,
          () => inner.writeTable(name, headers, rows, options),
          () => {
            this.placed(name, name, 1, rows.length + 1); // a sheet of its own, from A1
            return normalizeCaption(name) === normalizeCaption(COLUMN_MAP.caption) ? this.clear() : this.drop(name);
          },
        ),
      appendRows: (name: string, rows: Rows) =>
        writing(
          name,
          () => inner.appendRows(name, rows),
          (first) => {
            const e = this.extents.get(normalizeCaption(name));
            if (e && typeof first === "number") e.to = Math.max(e.to, first + rows.length - 1);
            else this.extents.delete(normalizeCaption(name));
            return this.appended(name, rows, first);
          },
        ),
      ...(inner.updateCells && {
        updateCells: (name: string, updates: readonly CellUpdate[]) =>
          writing(
            name,
            () => inner.updateCells!(name, updates),
            () => this.updated(name, updates),
          ),
      }),
      ...(inner.deleteRowsFrom && {
        deleteRowsFrom: (name: string, fromRow: number) =>
          writing(
            name,
            () => inner.deleteRowsFrom!(name, fromRow),
            () => this.deleted(name, fromRow),
          ),
      }),
      ...(inner.defaultTextStyle && { defaultTextStyle: () => inner.defaultTextStyle!() }),
      // A chart changes no table.
      ...(inner.addChart && { addChart: (name: string, chart: ChartSpec) => inner.addChart!(name, chart) }),
    };
  }

  private async readTable(inner: WorkbookPort, spec: TableSpec): Promise<TableData | null> {
    if (!(await this.watched())) return this.read(inner, spec);
    if (this.absent.has(spec.name)) return null;
    const since = this.looks;
    if (!KEPT.has(spec.name)) {
      const t = await this.read(inner, spec);
      if (t === null) this.notFound(spec.name, since);
      return t;
    }
    let table = this.tables.get(spec.name);
    if (!table) {
      const reading = this.read(inner, spec);
      table = reading;
      this.tables.set(spec.name, reading);
      // A table not there is remembered as such; a read that failed is not kept: the next read asks Excel again.
      reading.then(
        (t) => {
          if (t !== null || this.tables.get(spec.name) !== reading) return;
          this.tables.delete(spec.name);
          this.notFound(spec.name, since);
        },
        () => this.tables.get(spec.name) === reading && this.tables.delete(spec.name),
      );
    }
    return table;
  }

  private async read(inner: WorkbookPort, spec: TableSpec): Promise<TableData | null> {
    this.reads.set(spec.name, (this.reads.get(spec.name) ?? 0) + 1);
    const t = await inner.readTable(spec);
    if (t) this.placed(t.name, t.sheet, t.headerRow, Math.max(t.headerRow, t.rowNumbers.at(-1) ?? 0));
    return t;
  }

  private placed(name: string, sheet: string, from: number, to: number): void {
    this.extents.set(normalizeCaption(name), { sheet: normalizeCaption(sheet), from, to });
  }

  /** Whether sheet rows `rows` of `sheet` lie inside a table the store read or wrote. */
  private insideTable(sheet: string, rows: { readonly from: number; readonly to: number } | null): boolean {
    if (!rows) return false;
    for (const e of this.extents.values()) if (e.sheet === sheet && e.from <= rows.from && rows.to <= e.to) return true;
    return false;
  }

  /** The table as kept, when it is (settled: a read still running is not changed, it is dropped). */
  private async kept(name: string): Promise<TableData | null> {
    const t = this.tables.get(name);
    return t ? t.catch(() => null) : null;
  }

  private remember(sheet: string, from: number, to: number): void {
    const now = this.now();
    for (let i = this.own.length - 1; i >= 0; i--) if (this.own[i].until < now) this.own.splice(i, 1);
    this.own.push({ sheet: normalizeCaption(sheet), from, to, until: now + OWN_WRITE_MS });
  }

  private async appended(name: string, rows: Rows, first: number | void): Promise<void> {
    if (rows.length === 0) return;
    const t = await this.kept(name);
    if (!t) return this.drop(name); // not kept: what was built from it reads it again
    if (typeof first !== "number") return this.drop(name); // the port cannot say where they went
    this.remember(t.sheet, first, first + rows.length - 1);
    // As Excel gives them back: dates as serial numbers, blank cells null.
    const added = rows.map((r) => Array.from({ length: t.headers.length }, (_, c) => fromExcel(toExcel(r[c] ?? null))));
    const next: TableData = {
      ...t,
      rows: [...t.rows, ...added],
      rowNumbers: [...t.rowNumbers, ...added.map((_, i) => first + i)],
    };
    this.tables.set(name, Promise.resolve(next));
    this.changed({
      kind: "appended",
      table: name,
      rows: { ...t, rows: added, rowNumbers: next.rowNumbers.slice(t.rows.length) },
    });
  }

  private async updated(name: string, updates: readonly CellUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    const t = await this.kept(name);
    if (!t) return this.drop(name);
    const index = new Map(t.rowNumbers.map((r, i) => [r, i]));
    const rows = t.rows.slice();
    for (const u of updates) {
      const i = index.get(u.row);
      if (i === undefined) return this.drop(name); // a row the store does not hold (blank when read)
      const row = rows[i].slice();
      row[u.column] = fromExcel(toExcel(u.value));
      rows[i] = row;
      this.remember(t.sheet, u.row, u.row);
    }
    this.tables.set(name, Promise.resolve({ ...t, rows }));
    const changed = [...new Set(updates.map((u) => u.row))];
    const only = { ...t, rows: changed.map((r) => rows[index.get(r)!]), rowNumbers: changed };
    this.changed({ kind: "updated", table: name, rows: only, updates });
  }

  private async deleted(name: string, fromRow: number): Promise<void> {
    const t = await this.kept(name);
    if (!t) return this.drop(name);
    const keep = t.rowNumbers.findIndex((r) => r >= fromRow);
    if (keep < 0) return;
    const last = t.rowNumbers[t.rowNumbers.length - 1];
    this.remember(t.sheet, fromRow, last);
    this.tables.set(
      name,
      Promise.resolve({ ...t, rows: t.rows.slice(0, keep), rowNumbers: t.rowNumbers.slice(0, keep) }),
    );
    this.changed(null); // rows gone: what was built from them cannot follow by adding
  }

  private drop(name: string): void {
    for (const key of this.tables.keys()) if (normalizeCaption(key) === normalizeCaption(name)) this.tables.delete(key);
    if (LEDGER.has(normalizeCaption(name))) this.changed(null);
  }

  /** Forgets every table (read again when next needed). */
  clear(): void {
    this.tables.clear();
    this.forgetAbsent();
    this.changed(null);
  }

  /** Forgets that `name` (or any table) was not found. */
  private forgetAbsent(name?: string): void {
    if (name === undefined) this.absent.clear();
    else for (const a of this.absent) if (normalizeCaption(a) === normalizeCaption(name)) this.absent.delete(a);
    this.looks++;
  }

  /** Remembers that `name` was not found by a look begun when `looks` was `since`. */
  private notFound(name: string, since: number): void {
    if (since === this.looks) this.absent.add(name);
  }

  /**
   * Excel says cells of `sheet` changed (null: it cannot say which sheet, e.g. one deleted). The store's own
   * writes come back as such events and change nothing; any other change drops the tables read from that sheet
   * and says ledgerChanged() when it may change the ledger (a sheet read, one named like a ledger table).
   */
  async sheetChanged(sheet: string | null, address?: string): Promise<void> {
    await Promise.allSettled([...this.writing]);
    if (sheet === null) {
      this.clear();
      ledgerChanged();
      return;
    }
    // The column map says where tables are found: a change there may move any of them.
    if (nameMatches(tableSpec(COLUMN_MAP), sheet)) {
      this.clear();
      ledgerChanged();
      return;
    }
    const name = normalizeCaption(sheet);
    const rows = addressRows(address);
    const now = this.now();
    if (rows && this.own.some((w) => w.sheet === name && w.until >= now && w.from <= rows.from && rows.to <= w.to))
      return;
    // Cells typed or pasted outside the tables the store knows may be a new table's header row.
    if (!this.insideTable(name, rows)) this.forgetAbsent();
    let read = false;
    for (const [caption, table] of [...this.tables]) {
      const t = await table.catch(() => null);
      if (t && normalizeCaption(t.sheet) === name) {
        this.tables.delete(caption);
        read = true;
      }
    }
    // Nothing kept yet: any sheet may be where the ledger is about to be.
    if (read || this.tables.size === 0 || SPECS.some((s) => nameMatches(s, sheet))) {
      this.changed(null);
      ledgerChanged();
    }
  }
}

let shared: LedgerStore | undefined;

/** A store of the workbook Excel.run (or `run`) reaches, kept fresh by its worksheet change events. */
export function excelLedgerStore(run?: ExcelRun): LedgerStore {
  return new LedgerStore({ watch: (onChange) => watchSheetChanges(onChange, run) });
}

/** The shared runtime's one store: the open workbook's, created by its first user (the pane or a function). */
export function sharedLedgerStore(): LedgerStore {
  return (shared ??= excelLedgerStore());
}

/** Makes `store` the shared one (tests, the preview); returns it. */
export function useLedgerStore(store: LedgerStore | undefined): LedgerStore | undefined {
  shared = store;
  return store;
}
