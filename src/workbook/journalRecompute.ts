// The Revaluation Journal kept consistent while the user edits it, as the journal page does (table 83's
// OnValidate triggers): a typed Unit Cost (Revalued) sets Inventory Value (Revalued) and Amount, a typed
// Inventory Value (Revalued) sets Unit Cost (Revalued) and Amount, and a line typed with only Item No. and
// Applies-to Entry is completed from the ledger. Only the cells that differ are written, so running it again
// (as the sheet's change event does after its own write) changes nothing.
import { completeRevaluationLine, type Ledger, type Problem } from "../engine";
import type { CellUpdate, CellValue, WorkbookPort } from "./port";
import {
  journalRowWriter,
  journalTextStyle,
  readRevaluationJournal,
  type JournalRead,
  type JournalRow,
} from "./journal";
import { REVALUATION_JOURNAL, columnMatches } from "./schema";
import { cellText, excelSerialToIso } from "./values";
import { parseExact, type Fixed } from "../engine/money";
import { decimalCell } from "./write";

/** The columns the user types (keys and the Posted mark): never rewritten. */
const TYPED = new Set(["itemNo", "appliesToEntry", "documentNo", "posted"]);

/** A date cell's text; Excel (Office.js) gives a date cell as its serial number. */
function dateText(v: CellValue): string {
  if (typeof v !== "number") return cellText(v);
  const d = excelSerialToIso(v);
  return d.ok ? d.value : cellText(v);
}

/** A number cell or number text as its exact decimal (a blank as 0), or null when it is not a number. */
function exact(v: CellValue): Fixed | null {
  const text = cellText(v).trim();
  return parseExact(text === "" ? "0" : text);
}

function same(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date || b instanceof Date) return dateText(a) === dateText(b);
  if (typeof a === "number" && typeof b === "number") return a === b;
  if (typeof a === "number" || typeof b === "number") {
    // A number cell against the exact text of a decimal beyond 15 digits: compared as decimals, never as floats.
    const x = exact(a);
    const y = exact(b);
    return x !== null && y !== null && x === y;
  }
  return cellText(a).trim() === cellText(b).trim();
}

const roundingOfLedger = (ledger: Ledger) => ({
  amount: ledger.setup.amountRoundingPrecision,
  unitAmount: ledger.setup.unitAmountRoundingPrecision,
});

/** The journal as the ledger computes it: its rounding, hand-typed lines completed from the ledger. */
export function readJournalOf(port: WorkbookPort, ledger: Ledger): Promise<JournalRead> {
  return readRevaluationJournal(port, {
    rounding: roundingOfLedger(ledger),
    complete: (line) => completeRevaluationLine(ledger, line),
  });
}

/**
 * Writes the cells of the journal's unposted lines that differ from what their typed values give. Returns how
 * many were written, the journal's problems and its lines as they are now (the recomputed values).
 */
export async function recomputeJournal(
  port: WorkbookPort,
  ledger: Ledger,
): Promise<{ readonly updated: number; readonly problems: readonly Problem[]; readonly rows: readonly JournalRow[] }> {
  const rounding = roundingOfLedger(ledger);
  const read = await readJournalOf(port, ledger);
  const table = read.table;
  if (!table || !port.updateCells) return { updated: 0, problems: read.problems, rows: read.rows };
  const computed = table.headers.map((h) => {
    const def = REVALUATION_JOURNAL.columns.find((c) => columnMatches(c, h));
    return !!def && !TYPED.has(def.field);
  });
  const updates: CellUpdate[] = [];
  const rowOf = journalRowWriter(table.headers, port.dateStyle, rounding, journalTextStyle(port, table, table.headers));
  const rowIndex = new Map(table.rowNumbers.map((n, i) => [n, i]));
  for (const r of read.rows) {
    if (r.posted) continue; // a posted line is a record now
    const have = table.rows[rowIndex.get(r.rowNumber) ?? -1] ?? [];
    const want = rowOf(r.line, false);
    want.forEach((value, column) => {
      if (computed[column] && !same(have[column] ?? null, value)) updates.push({ row: r.rowNumber, column, value });
    });
  }
  if (updates.length > 0) await port.updateCells(table.name, updates);
  return { updated: updates.length, problems: read.problems, rows: read.rows };
}

/**
 * A new Unit Cost (Revalued) for the journal line on sheet row `row`, typed in the pane: written into the
 * journal's cell, then the journal recomputed as after a typed cell (Inventory Value (Revalued), Amount).
 * Returns the journal's lines as they are then; null when the workbook has no journal, no such unposted line,
 * or the port cannot change cells (nothing is written then).
 */
export async function setRevaluedUnitCost(
  port: WorkbookPort,
  ledger: Ledger,
  row: number,
  unitCost: Fixed,
): Promise<readonly JournalRow[] | null> {
  const read = await readJournalOf(port, ledger);
  const table = read.table;
  const column = table ? table.headers.findIndex((h) => columnMatches(UNIT_COST_REVALUED, h)) : -1;
  const line = read.rows.find((r) => r.rowNumber === row);
  if (!table || column < 0 || !line || line.posted || !port.updateCells) return null;
  await port.updateCells(table.name, [{ row, column, value: decimalCell(unitCost) }]);
  return (await recomputeJournal(port, ledger)).rows;
}

const UNIT_COST_REVALUED = REVALUATION_JOURNAL.columns.find((c) => c.field === "unitCostRevalued")!;
