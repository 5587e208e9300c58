// The custom functions' ledger: read from the open workbook with the task pane's own code (loadLedger over a
// WorkbookPort: the same tables, column mapping, checks and replay), then indexed (LedgerQueries.build runs
// Adjust Cost once on a copy). In Excel the port is the Office.js adapter, and the sheets the ledger was read
// from are watched: a change there says ledgerChanged(), so the functions' copy is read again.
import { LedgerQueries } from "../engine";
import type { ExcelRun } from "../excel/officeWorkbook";
import { OfficeWorkbook } from "../excel/officeWorkbook";
import { watchSheetChanges } from "../excel/ledgerWatch";
import { nameMatches } from "../files/grid";
import { normalizeCaption } from "../workbook/captions";
import type { WorkbookPort } from "../workbook/port";
import { COLUMN_MAP, ITEM_LEDGER_ENTRIES, LEDGER_TABLES, VALUE_ENTRIES, tableSpec } from "../workbook/schema";
import { loadLedger } from "../workbook/useCases/ledger";
import { CellError } from "./cells";
import { say } from "../i18n";
import type { QueriesSource } from "./ledgerCache";
import { ledgerChanged } from "./ledgerSignal";

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

/** Sheet names a ledger table is found by (its caption, Excel table name, other languages), and the column map's. */
const specs = [...LEDGER_TABLES, COLUMN_MAP].map((t) => tableSpec(t));

/**
 * The functions' source in Excel: the open workbook through Office.js. The first load starts watching every
 * sheet's changes: a change in a sheet the ledger was read from (or one named like a ledger table, or any sheet
 * while no ledger was found) or a deleted sheet says ledgerChanged().
 */
export function officeLedgerSource(run?: ExcelRun): QueriesSource {
  let watching: Promise<unknown> | null = null;
  /** Normalized names of the sheets read; null: no ledger was read, every sheet counts. */
  let read: Set<string> | null = null;
  const matters = (sheet: string | null): boolean =>
    sheet === null || read === null || read.has(normalizeCaption(sheet)) || specs.some((s) => nameMatches(s, sheet));

  return async () => {
    if (typeof Office !== "undefined" && !run) await Office.onReady();
    watching ??= watchSheetChanges((sheet) => {
      if (matters(sheet)) ledgerChanged();
    }, run).catch(() => null); // an Excel without change events: the pane's writes still refresh the copy
    await watching;
    try {
      const loaded = await loadQueries(new OfficeWorkbook(run ? { run } : {}));
      read = new Set(loaded.sheets.map(normalizeCaption));
      return loaded.queries;
    } catch (e) {
      read = null;
      throw e;
    }
  };
}
