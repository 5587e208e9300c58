// The Revaluation Journal and the Posting Log as workbook tables (spec workbook-format.md; revaluation.md §2).
// Reading: every cell parsed with its address kept; the value the user edited (Unit Cost (Revalued) or
// Inventory Value (Revalued)) is found by comparing the two with each other and with Amount, and the line is
// recomputed through the journal's own validations, so Amount always follows. A line typed by hand with only
// Item No. and Applies-to Entry is completed as Business Central completes it (by the caller's completer,
// which needs the ledger). Writing: the journal as its own table, amounts and unit costs rounded and formatted.
import type { Problem } from "../engine/model";
import {
  DEFAULT_ROUNDING,
  divRound,
  formatExact,
  roundTo,
  times,
  ZERO,
  type Amount,
  type Exact,
  type Fixed,
  type Rounding,
} from "../engine/money";
import {
  withInventoryValueRevalued,
  withUnitCostRevalued,
  type InventoryValuePer,
  type RevaluationJournalLine,
} from "../engine/revaluationJournal";
import type { CellUpdate, CellValue, DateStyle, TableData, WorkbookPort } from "./port";
import { cellProblem, emptyCellProblem, tableLabel } from "./problems";
import { bindTable, readRows, type ReadOptions, type Row } from "./reader";
import { columnFormats, recordToRow, rowWriter, textStyleOf, type RowStyle } from "./write";
import type { TextStyle } from "./textStyle";
import { columnMatches, POSTING_LOG, REVALUATION_JOURNAL, tableSpec, type TableSchema } from "./schema";
import { cellText } from "./values";
import { en } from "./captions/en";

/** A journal line as read, with the sheet row it came from. */
export interface JournalRow {
  /** 1-based sheet (or CSV) row. */
  readonly rowNumber: number;
  readonly line: RevaluationJournalLine;
  /** Posted = Yes: the line was posted already. */
  readonly posted: boolean;
}

/** What completes a line typed by hand (Item No. and Applies-to Entry): Business Central's InitRevalJnlLine. */
export type LineCompleter = (
  line: Partial<RevaluationJournalLine> & { itemNo: string; appliesToEntry: number; lineNo: number },
) => { line: RevaluationJournalLine | null; refusals: readonly Problem[] };

export interface JournalReadOptions extends ReadOptions {
  /** Amount and unit-amount rounding precisions of the ledger. */
  readonly rounding?: Rounding;
  /** Completes hand-typed lines; without it such a line is an error. */
  readonly complete?: LineCompleter;
  /** Which journal of the table a row belongs to (the scenarios' table holds several); default: one. */
  readonly groupOf?: (row: Row) => string;
}

export interface JournalRead {
  /** The table as found, or null when the workbook has none. */
  readonly table: TableData | null;
  /** The table's name in messages ("Revaluation Journal", or "Sheet1 (Revaluation Journal)"). */
  readonly label: string;
  /** The lines that could be read (a line with an error is left out; the problem says why). */
  readonly rows: readonly JournalRow[];
  readonly problems: readonly Problem[];
}

type Cell = { table: string; row: number; column: string; value: string };

/** Line numbers as Business Central numbers journal lines: 10000, 20000, ... in the sheet's row order. */
export const LINE_NO_STEP = 10000;

const isBlankCell = (row: Row, field: string): boolean => !row.has(field) || row.source(field).value?.trim() === "";

function given(row: Row, field: string): Exact | undefined {
  return isBlankCell(row, field) ? undefined : row.decimal(field);
}

interface Revalued {
  readonly unitCost?: Exact;
  readonly inventoryValue?: Exact;
  /** Amount as the sheet shows it: what the line was before the user's edit. */
  readonly amount?: Exact;
}

/**
 * The line with the user's revalued value applied. Which value the user edited decides:
 * - only one of Unit Cost (Revalued) and Inventory Value (Revalued) filled in: that one;
 * - both, agreeing with each other (value = Round(unit cost × quantity), or unit cost = Round(value / quantity)):
 *   the unit cost when the value is its product, else the value (the unit cost then is its quotient);
 * - both, disagreeing: the one that no longer matches Amount (Amount still shows the line before the edit);
 * - neither: the line as calculated (revalued = calculated, Amount 0).
 * Returns a reason instead when both changed and disagree.
 */
export function applyRevalued(
  base: RevaluationJournalLine,
  v: Revalued,
  r: Rounding,
): { line: RevaluationJournalLine } | { conflict: string } {
  const q = base.quantity;
  const { unitCost: u, inventoryValue: iv } = v;
  if (u === undefined && iv === undefined)
    return { line: withInventoryValueRevalued(base, base.inventoryValueCalculated, r) };
  if (iv === undefined) return { line: withUnitCostRevalued(base, u!, r) };
  if (u === undefined) return { line: withInventoryValueRevalued(base, iv, r) };
  const valueOfUnitCost = roundTo(times(u, q), r.amount);
  const unitCostOfValue = q === 0n ? ZERO : divRound(iv, q, r.unitAmount);
  if (valueOfUnitCost === roundTo(iv, r.amount)) return { line: withUnitCostRevalued(base, u, r) };
  if (unitCostOfValue === u) return { line: withInventoryValueRevalued(base, iv, r) };
  if (v.amount !== undefined) {
    const before = base.inventoryValueCalculated + v.amount; // Inventory Value (Revalued) before the edit
    if (roundTo(iv, r.amount) === before) return { line: withUnitCostRevalued(base, u, r) };
    const unitCostBefore = q === 0n ? ZERO : divRound(before, q, r.unitAmount);
    if (roundTo(before, r.amount) === valueOfUnitCost || unitCostBefore === u) {
      return { line: withInventoryValueRevalued(base, iv, r) };
    }
  }
  return {
    conflict:
      `does not agree with Inventory Value (Revalued) ${formatExact(iv)} (${formatExact(u)} × ${formatExact(q)} = ` +
      `${formatExact(valueOfUnitCost, 2)}), and both differ from the line's Amount. Enter the new value in one of the ` +
      "two columns and clear the other (Amount and the other column follow).",
  };
}

/** The journal lines of the table, each parsed, recomputed (and completed when typed by hand). */
export function readRevaluationJournal(port: WorkbookPort, options: JournalReadOptions = {}): Promise<JournalRead> {
  return readJournalTable(port, REVALUATION_JOURNAL, options, () => undefined);
}

/** A journal table's lines as read, each with what `extra` reads from its row besides the line. */
export interface JournalTableRead<E> extends JournalRead {
  readonly rows: readonly (JournalRow & { readonly extra: E })[];
}

/**
 * The lines of a table with the journal's columns (the Revaluation Journal, or the scenarios' table), each
 * parsed, recomputed (and completed when typed by hand); `extra` reads the table's own columns of each row.
 */
export async function readJournalTable<E>(
  port: WorkbookPort,
  schema: TableSchema,
  options: JournalReadOptions,
  extra: (row: Row) => E,
): Promise<JournalTableRead<E>> {
  const problems: Problem[] = [];
  const table = await port.readTable(tableSpec(schema));
  if (!table) return { table: null, label: schema.caption, rows: [], problems };
  const label = tableLabel(table);
  const bound = bindTable(schema, table, problems);
  if (!bound) return { table, label, rows: [], problems };
  const parsed = readRows(bound, options, problems);
  const r = options.rounding ?? DEFAULT_ROUNDING;
  // A line without a document no. takes its journal's (the first one given on its group's rows: a scenario's).
  const groupOf = options.groupOf ?? (() => "");
  const documentNos = new Map<string, string>();
  for (const row of parsed) {
    const given = row.ok ? row.text("documentNo") : undefined;
    if (given && !documentNos.has(groupOf(row))) documentNos.set(groupOf(row), given);
  }
  const rows: (JournalRow & { extra: E })[] = [];

  parsed.forEach((row, i) => {
    if (!row.ok) return;
    const lineNo = (i + 1) * LINE_NO_STEP;
    const journalDocumentNo = documentNos.get(groupOf(row)) ?? "";
    // A column the table lacks is named by its caption, so the message says which column to add.
    const captionOf = (field: string) => schema.columns.find((c) => c.field === field)?.caption ?? field;
    const at = (field: string) => {
      const source = row.source(field);
      return { ...source, column: source.column ?? captionOf(field), value: source.value ?? "" } as Cell;
    };
    let bad = false;
    const fail = (field: string, reason: string) => {
      const cell = at(field);
      problems.push(
        cell.value.trim() === ""
          ? emptyCellProblem(cell.table, cell.row, cell.column, reason)
          : cellProblem(cell, reason),
      );
      bad = true;
    };
    const revalued: Revalued = {
      unitCost: given(row, "unitCostRevalued"),
      inventoryValue: given(row, "inventoryValueRevalued"),
      amount: given(row, "amount"),
    };
    if ((revalued.unitCost ?? 0n) < 0n) fail("unitCostRevalued", "is negative. Enter a unit cost of 0 or more.");
    if ((revalued.inventoryValue ?? 0n) < 0n)
      fail("inventoryValueRevalued", "is negative. Enter a value of 0 or more.");
    if (bad) return;
    const unitCost = revalued.unitCost === undefined ? undefined : roundTo(revalued.unitCost, r.unitAmount);

    const appliesToEntry = row.integer("appliesToEntry") ?? 0;
    const quantity = given(row, "quantity");
    const calculated = given(row, "inventoryValueCalculated");
    const typedDate = row.date("postingDate") || undefined;
    const typedDoc = row.text("documentNo") || undefined;
    let base: RevaluationJournalLine;

    if (quantity === undefined || calculated === undefined) {
      if (appliesToEntry <= 0) {
        const field = quantity === undefined ? "quantity" : "inventoryValueCalculated";
        const where = row.has(field) ? field : "itemNo";
        const what = row.has(field)
          ? ""
          : ` (the column "${schema.columns.find((c) => c.field === field)!.caption}" is missing)`;
        problems.push(
          cellProblem(
            at(where),
            `has no Quantity and Inventory Value (Calculated)${what}. Enter the item ledger entry to revalue in ` +
              `Applies-to Entry, or run "costing calc-value" to calculate the journal.`,
          ),
        );
        return;
      }
      if (!options.complete) {
        fail(
          "appliesToEntry",
          "needs the ledger to be completed (Quantity and Inventory Value). Run the command on the whole workbook.",
        );
        return;
      }
      const done = options.complete({
        lineNo,
        itemNo: row.text("itemNo")!,
        appliesToEntry,
        ...(typedDate ? { postingDate: typedDate } : {}),
        ...(typedDoc ? { documentNo: typedDoc } : {}),
      });
      for (const p of done.refusals) problems.push(rowProblem(label, row.rowNumber, p));
      if (!done.line) return;
      base = {
        ...done.line,
        postingDate: typedDate ?? done.line.postingDate,
        documentNo: typedDoc ?? (done.line.documentNo || journalDocumentNo),
      };
    } else {
      if (!typedDate) return fail("postingDate", "Enter the posting date of the revaluation, such as 2020-01-31.");
      const ivc = roundTo(calculated, r.amount);
      base = {
        lineNo,
        postingDate: typedDate,
        documentNo: typedDoc ?? journalDocumentNo,
        itemNo: row.text("itemNo")!,
        variantCode: row.text("variantCode") ?? "",
        locationCode: row.text("locationCode") ?? "",
        entryType: row.enumValue("entryType") ?? (appliesToEntry > 0 ? "Purchase" : "Positive Adjmt."),
        appliesToEntry,
        quantity,
        unitCostCalculated:
          given(row, "unitCostCalculated") ??
          (quantity === 0n ? ZERO : (divRound(ivc, quantity, r.unitAmount) as Exact)),
        inventoryValueCalculated: ivc,
        unitCostRevalued: ZERO,
        inventoryValueRevalued: ivc,
        amount: ZERO,
        inventoryValuePer: (row.enumValue<InventoryValuePer>("inventoryValuePer") ?? "") as InventoryValuePer,
        partialRevaluation: row.boolean("partialRevaluation") ?? false,
        appliedAmount: given(row, "appliedAmount") ?? ZERO,
        updateStandardCost: row.boolean("updateStandardCost") ?? false,
      };
    }
    if (!base.documentNo) {
      return fail("documentNo", "Enter the document number of the revaluation (the same on every line).");
    }
    const applied = applyRevalued(base, { ...revalued, unitCost }, r);
    if ("conflict" in applied) return fail("unitCostRevalued", applied.conflict);
    rows.push({
      rowNumber: row.rowNumber,
      line: applied.line,
      posted: row.boolean("posted") ?? false,
      extra: extra(row),
    });
  });
  return { table, label, rows, problems };
}

/** An engine refusal about one journal line, addressed to its sheet row. */
export function rowProblem(label: string, rowNumber: number, p: Problem): Problem {
  return {
    severity: p.severity,
    message: `${label}, row ${rowNumber}: ${p.message}`,
    source: { table: label, row: rowNumber },
  };
}

// ---- writing ---------------------------------------------------------------------------------------------

/** The journal's headers as written: every column of the schema, in its order, in English. */
export function journalHeaders(): string[] {
  return REVALUATION_JOURNAL.columns.map((c) => c.caption);
}

function lineRecord(line: RevaluationJournalLine, posted: boolean): Record<string, unknown> {
  return { ...line, inventoryValuePer: line.inventoryValuePer || undefined, posted };
}

export const ENGLISH_STYLE = (dates: DateStyle, rounding?: Rounding, text?: TextStyle): RowStyle => ({
  dates,
  rounding,
  numbers: dates === "iso" ? "text" : "cells",
  language: en,
  booleans: ["Yes", "No"],
  text,
});

/**
 * The journal's (or the Posting Log's) date and number style: its own cells', the workbook's where they show
 * none (a German CSV folder's "31.12.2023" and "6,37500"), the workbook's for a table not written yet.
 */
export function journalTextStyle(
  port: WorkbookPort,
  table: TableData | null | undefined,
  headers: readonly string[],
  schema = REVALUATION_JOURNAL,
): TextStyle {
  return textStyleOf(schema, headers, table, port.defaultTextStyle?.());
}

/**
 * Journal lines as rows under these headers (amounts and unit costs rounded to their precision), the columns
 * matched once for every line; dates and decimals as `text` says where the port or the column keeps text.
 */
export function journalRowWriter(
  headers: readonly string[],
  dates: DateStyle,
  rounding?: Rounding,
  text?: TextStyle,
): (line: RevaluationJournalLine, posted: boolean) => CellValue[] {
  // CSV (ISO dates: a port that keeps only text) gets each decimal's exact text, never through a float.
  const write = rowWriter(REVALUATION_JOURNAL, headers, ENGLISH_STYLE(dates, rounding, text));
  return (line, posted) => write(lineRecord(line, posted));
}

/** Writes the lines as the Revaluation Journal table (replacing the one there), with number formats. */
export async function writeRevaluationJournal(
  port: WorkbookPort,
  lines: readonly RevaluationJournalLine[],
  rounding: Rounding = DEFAULT_ROUNDING,
): Promise<void> {
  const headers = journalHeaders();
  const rowOf = journalRowWriter(headers, port.dateStyle, rounding, journalTextStyle(port, null, headers));
  const rows = lines.map((l) => rowOf(l, false));
  await port.writeTable(REVALUATION_JOURNAL.caption, headers, rows, {
    numberFormats: columnFormats(REVALUATION_JOURNAL, headers, rounding),
  });
}

function sameCell(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date || b instanceof Date) return cellText(a) === cellText(b);
  if (typeof a === "number" && typeof b === "number") return a === b;
  return cellText(a).trim() === cellText(b).trim();
}

/**
 * The journal as posted: each line's cells as posted (the recomputed values) and Posted = Yes. With a Posted
 * column, only the cells that change (so the user's other columns, formulas and formats stay); without one the
 * whole table is written again with Posted added.
 */
export async function markJournalPosted(
  port: WorkbookPort,
  read: JournalRead,
  rounding: Rounding = DEFAULT_ROUNDING,
): Promise<void> {
  const table = read.table;
  if (!table) throw new Error("There is no Revaluation Journal to mark as posted.");
  const postedDef = REVALUATION_JOURNAL.columns.find((c) => c.field === "posted")!;
  const hasPosted = table.headers.some((h) => columnMatches(postedDef, h));
  const headers = hasPosted ? table.headers : [...table.headers, postedDef.caption];
  const byRow = new Map(read.rows.map((r) => [r.rowNumber, r]));
  const known = headers.map((h) => REVALUATION_JOURNAL.columns.some((d) => columnMatches(d, h)));
  const rowOf = journalRowWriter(headers, port.dateStyle, rounding, journalTextStyle(port, table, headers));
  const newRows: CellValue[][] = table.rows.map((cells, i) => {
    const jr = byRow.get(table.rowNumbers[i]);
    const old = headers.map((_, c) => cells[c] ?? null);
    if (!jr) return old;
    const fresh = rowOf(jr.line, true);
    return old.map((v, c) => (known[c] ? fresh[c] : v));
  });
  if (hasPosted && port.updateCells) {
    const updates: CellUpdate[] = [];
    newRows.forEach((cells, i) =>
      cells.forEach((value, c) => {
        if (!sameCell(table.rows[i][c] ?? null, value)) updates.push({ row: table.rowNumbers[i], column: c, value });
      }),
    );
    await port.updateCells(table.name, updates);
    return;
  }
  await port.writeTable(REVALUATION_JOURNAL.caption, headers, newRows, {
    numberFormats: columnFormats(REVALUATION_JOURNAL, headers, rounding),
  });
}

// ---- checksum ----------------------------------------------------------------------------------------------

/**
 * The canonical text of journal lines, for the Posting Log's checksum: one line per journal line, every field
 * that posting uses, decimals in plain notation without trailing zeros. The same lines give the same text
 * whatever the workbook's language, number formats or row order of other tables.
 */
export function journalCanonicalText(lines: readonly RevaluationJournalLine[]): string {
  const d = (x: Fixed) => formatExact(x);
  return lines
    .map((l) =>
      [
        l.postingDate,
        l.documentNo,
        l.itemNo,
        l.variantCode,
        l.locationCode,
        l.entryType,
        String(l.appliesToEntry),
        d(l.quantity),
        d(l.unitCostCalculated),
        d(l.inventoryValueCalculated),
        d(l.unitCostRevalued),
        d(l.inventoryValueRevalued),
        d(l.amount),
        l.inventoryValuePer,
        l.partialRevaluation ? "1" : "0",
        d(l.appliedAmount),
        l.updateStandardCost ? "1" : "0",
      ].join("\t"),
    )
    .join("\n");
}

// ---- posting log -------------------------------------------------------------------------------------------

export interface PostingLogEntry {
  /** ISO timestamp, e.g. 2026-03-01T10:15:00Z. */
  readonly postedAt: string;
  readonly documentNo: string;
  readonly lines: number;
  readonly firstEntryNo: number;
  readonly lastEntryNo: number;
  readonly totalAmount: Amount;
  readonly checksum: string;
}

/** Now as the Posting Log has it: an ISO timestamp to the second, in UTC. */
export function postedAtNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
}

export interface PostingLogRead {
  readonly table: TableData | null;
  readonly entries: readonly (PostingLogEntry & { readonly rowNumber: number })[];
  readonly problems: readonly Problem[];
}

export async function readPostingLog(port: WorkbookPort, options: ReadOptions = {}): Promise<PostingLogRead> {
  const problems: Problem[] = [];
  const table = await port.readTable(tableSpec(POSTING_LOG));
  if (!table) return { table: null, entries: [], problems };
  const bound = bindTable(POSTING_LOG, table, problems);
  if (!bound) return { table, entries: [], problems };
  const entries = readRows(bound, options, problems)
    .filter((row) => row.ok)
    .map((row) => ({
      rowNumber: row.rowNumber,
      postedAt: row.text("postedAt") ?? "",
      documentNo: row.text("documentNo") ?? "",
      lines: row.integer("lines") ?? 0,
      firstEntryNo: row.integer("firstEntryNo") ?? 0,
      lastEntryNo: row.integer("lastEntryNo") ?? 0,
      totalAmount: row.decimal("totalAmount") ?? ZERO,
      checksum: (row.text("checksum") ?? "").toLowerCase(),
    }));
  return { table, entries, problems };
}

/** Appends the entry under the Posting Log, creating the table when the workbook has none. */
export async function appendPostingLog(
  port: WorkbookPort,
  existing: TableData | null,
  entry: PostingLogEntry,
  rounding: Rounding = DEFAULT_ROUNDING,
): Promise<void> {
  const numbers = port.dateStyle === "iso" ? "text" : "cells";
  const rowFor = (headers: readonly string[]) => {
    const text = journalTextStyle(port, existing, headers, POSTING_LOG);
    const style: RowStyle = { dates: port.dateStyle, rounding, language: en, numbers, text };
    return recordToRow(POSTING_LOG, headers, entry, style);
  };
  if (existing) {
    await port.appendRows(existing.name, [rowFor(existing.headers)]);
    return;
  }
  const headers = POSTING_LOG.columns.map((c) => c.caption);
  await port.writeTable(POSTING_LOG.caption, headers, [rowFor(headers)], {
    numberFormats: columnFormats(POSTING_LOG, headers, rounding),
  });
}
