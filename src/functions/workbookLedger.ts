// The custom functions' ledger: read from the open workbook with the task pane's own code (loadLedger over a
// WorkbookPort: the same tables, column mapping, checks and replay), then indexed (LedgerQueries.build runs
// Adjust Cost once on a copy). In Excel the port is the ledger store's over the Office.js adapter: the tables the
// task pane read are not read again, and a change that may alter the ledger says ledgerChanged().
import { LedgerQueries } from "../engine";
import type { ExcelRun } from "../excel/officeWorkbook";
import { OfficeWorkbook } from "../excel/officeWorkbook";
import { excelLedgerStore, sharedLedgerStore, type LedgerStore } from "../excel/ledgerStore";
import type { WorkbookPort } from "../workbook/port";
import { ITEM_LEDGER_ENTRIES, VALUE_ENTRIES } from "../workbook/schema";
import { loadLedger } from "../workbook/useCases/ledger";
import { CellError } from "./cells";
import { say } from "../i18n";
import type { QueriesSource } from "./ledgerCache";

export interface WorkbookQueries {
  readonly queries: LedgerQueries;
  /** The sheets the ledger tables were read from. */
  readonly sheets: readonly string[];
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
  return { queries: LedgerQueries.build(loaded.ledger), sheets };
}

/**
 * The functions' source in Excel: the open workbook's ledger store (src/excel/ledgerStore.ts, shared with the task
 * pane), read through Office.js where it holds nothing yet. The store watches the workbook's changes and says
 * ledgerChanged() when one may change the ledger.
 */
export function officeLedgerSource(run?: ExcelRun, store?: LedgerStore): QueriesSource {
  // A workbook of its own (`run`: a test's) has a store of its own unless one is given.
  const own = store ?? (run ? excelLedgerStore(run) : undefined);
  return async () => {
    if (typeof Office !== "undefined" && !run) await Office.onReady();
    const kept = own ?? sharedLedgerStore();
    return (await loadQueries(kept.port(new OfficeWorkbook(run ? { run } : {})))).queries;
  };
}
