// The custom functions' ledger: read from the open workbook with the task pane's own code (loadLedger over a
// WorkbookPort: the same tables, column mapping, checks and replay), then indexed (LedgerQueries.build runs
// Adjust Cost once on a copy). In Excel the port is the ledger store's over the Office.js adapter: the tables the
// task pane read are not read again, and a change that may alter the ledger says ledgerChanged().
import { LedgerQueries } from "../engine";
import { LedgerError } from "../engine/model";
import type { ColumnMap } from "../workbook/columnMap";
import { postedChanges } from "../workbook/postedChanges";
import type { ExcelRun } from "../excel/officeWorkbook";
import { OfficeWorkbook } from "../excel/officeWorkbook";
import { excelLedgerStore, sharedLedgerStore, type LedgerStore } from "../excel/ledgerStore";
import type { TableChange, WorkbookPort } from "../workbook/port";
import { ITEM_LEDGER_ENTRIES, VALUE_ENTRIES } from "../workbook/schema";
import { loadLedger } from "../workbook/useCases/ledger";
import { CellError } from "./cells";
import { say } from "../i18n";
import type { QueriesSource } from "./ledgerCache";

export interface WorkbookQueries {
  readonly queries: LedgerQueries;
  /** The sheets the ledger tables were read from. */
  readonly sheets: readonly string[];
  /** The headers mapped by hand the tables were read with. */
  readonly columnMap: ColumnMap;
}

/**
 * Reads and indexes the workbook's ledger. No ledger, or one with errors, is a CellError #N/A saying what is
 * missing or wrong (the functions show it in every cell).
 */
export async function loadQueries(port: WorkbookPort): Promise<WorkbookQueries> {
  const loaded = await loadLedger(port);
  const sheets = loaded.tables.flatMap((t) => (t.sheet ? [t.sheet] : []));
  const missing = loaded.tables.filter(
    (t) => t.sheet === null && (t.name === ITEM_LEDGER_ENTRIES.caption || t.name === VALUE_ENTRIES.caption),
  );
  if (missing.length > 0) {
    throw new CellError(
      "#N/A",
      missing.length > 1
        ? say("fn.noLedgerBoth")
        : say(missing[0].name === ITEM_LEDGER_ENTRIES.caption ? "fn.noItemLedgerEntries" : "fn.noValueEntries"),
    );
  }
  if (!loaded.ledger) {
    const errors = loaded.problems.filter((p) => p.severity === "error");
    const first = errors[0]?.message ?? "the ledger could not be read";
    // The first problem is the engine's or the reader's (English): the message is English whole.
    throw new CellError("#N/A", say("fn.notCostable", { count: errors.length, first }));
  }
  return { queries: LedgerQueries.build(loaded.ledger), sheets, columnMap: loaded.columnMap };
}

/** How the functions' copy was made so far (tests, the benchmark): read whole, or followed from the store. */
export interface SourceStats {
  full: number;
  followed: number;
}

/** The copy as last made, and the store's version it belongs to. */
interface Made {
  readonly store: LedgerStore;
  readonly version: number;
  readonly queries: LedgerQueries;
  readonly columnMap: ColumnMap;
}

/**
 * The copy after the store's changes since it was made, when they are postings (a revaluation posted, Adjust
 * Cost's entries appended, items' new costs): afterPosting, no table read; null when they are not.
 */
function followed(made: Made, changes: readonly TableChange[]): LedgerQueries | null {
  if (changes.length === 0) return made.queries;
  const posted = postedChanges(changes, made.queries, made.columnMap);
  if (!posted) return null;
  try {
    return made.queries.afterPosting(posted.valueEntries, posted.items);
  } catch (e) {
    if (e instanceof LedgerError) return null; // not entries the copy can take: the ledger is read again
    throw e;
  }
}

/**
 * The functions' source in Excel: the open workbook's ledger store (src/excel/ledgerStore.ts, shared with the task
 * pane), read through Office.js where it holds nothing yet. The store watches the workbook's changes and says
 * ledgerChanged() when one may change the ledger. After a post through the store (the task pane's), the copy
 * follows the rows it wrote instead of reading and adjusting the whole ledger again.
 */
export function officeLedgerSource(
  run?: ExcelRun,
  store?: LedgerStore,
): QueriesSource & { readonly stats: SourceStats } {
  // A workbook of its own (`run`: a test's) has a store of its own unless one is given.
  const own = store ?? (run ? excelLedgerStore(run) : undefined);
  const stats: SourceStats = { full: 0, followed: 0 };
  let made: Made | null = null;
  const source = async (): Promise<LedgerQueries> => {
    if (typeof Office !== "undefined" && !run) await Office.onReady();
    const kept = own ?? sharedLedgerStore();
    if (made?.store === kept) {
      const changes = kept.changesSince(made.version);
      const version = kept.version;
      const next = changes && followed(made, changes);
      if (next) {
        made = { ...made, version, queries: next };
        stats.followed++;
        return next;
      }
    }
    made = null;
    const version = kept.version;
    const loaded = await loadQueries(kept.port(new OfficeWorkbook(run ? { run } : {})));
    stats.full++;
    // A change while it loaded may or may not be in it: the next load reads again.
    if (kept.version === version) made = { store: kept, version, queries: loaded.queries, columnMap: loaded.columnMap };
    return loaded.queries;
  };
  return Object.assign(source, { stats });
}
