// A journal is posted once per state of the ledger: before posting, each line's Inventory Value (Calculated)
// is compared with what Calculate Inventory Value gives for that line now (a line typed by hand: what its
// Applies-to Entry is worth now, as Business Central completes such a line). A journal calculated before a
// post, an Adjust Cost or other changes no longer matches, and posting it would revalue the inventory from
// values it no longer has (posted twice: 51.00 → 40.00 → 29.00). A line whose quantity changed is left to the
// posting's own check (Business Central's "There are new postings made in the period ...").
import {
  calculateInventoryValue,
  type CalculateInventoryValueOptions,
  type RevaluationProblem,
} from "../../engine/calculateInventoryValue";
import type { Ledger, Problem } from "../../engine/model";
import { formatExact, type Amount, type Quantity } from "../../engine/money";
import { revaluationIndex } from "../../engine/revaluableQuantity";
import type { RevaluationJournalLine } from "../../engine/revaluationJournal";
import { completeRevaluationLine } from "../../engine/revaluationPosting";
import { rowProblem, type JournalRead } from "../journal";
import { cellProblem } from "../problems";
import { REVALUATION_JOURNAL, columnMatches } from "../schema";
import { cellText } from "../values";

/** What Calculate Inventory Value gives for a line now; null: no such line (nothing left to revalue there). */
type Now = { readonly quantity: Quantity; readonly value: Amount } | null;

const byLocationOf = (l: RevaluationJournalLine) =>
  l.locationCode !== "" || l.inventoryValuePer === "Location" || l.inventoryValuePer === "Location and Variant";
const byVariantOf = (l: RevaluationJournalLine) =>
  l.variantCode !== "" || l.inventoryValuePer === "Variant" || l.inventoryValuePer === "Location and Variant";

/** Lines calculated together: per item with the same grouping, or per entry, on one posting date. */
function groupKey(l: RevaluationJournalLine): string {
  if (l.inventoryValuePer === "") return `${l.postingDate}|entry`;
  return `${l.postingDate}|${byLocationOf(l)}|${byVariantOf(l)}`;
}

const lineKey = (l: RevaluationJournalLine) =>
  l.inventoryValuePer === ""
    ? `${l.itemNo}\u0000${l.appliesToEntry}`
    : `${l.itemNo}\u0000${byLocationOf(l) ? l.locationCode : ""}\u0000${byVariantOf(l) ? l.variantCode : ""}`;

/** Each line's value now, by line no., or the refusals of Calculate Inventory Value run again. */
function calculatedNow(
  ledger: Ledger,
  lines: readonly RevaluationJournalLine[],
): { readonly now: ReadonlyMap<number, Now>; readonly refusals: readonly RevaluationProblem[] } {
  const now = new Map<number, Now>();
  const refusals: RevaluationProblem[] = [];
  const ix = revaluationIndex(ledger);
  const groups = new Map<string, RevaluationJournalLine[]>();
  for (const l of lines) {
    // A line typed by hand (Applies-to Entry, not from Calculate Inventory Value) is worth what the entry is.
    if (l.inventoryValuePer === "" && !l.partialRevaluation) {
      const done = completeRevaluationLine(
        ledger,
        { lineNo: l.lineNo, itemNo: l.itemNo, appliesToEntry: l.appliesToEntry },
        ix,
      );
      if (done.line) now.set(l.lineNo, { quantity: done.line.quantity, value: done.line.inventoryValueCalculated });
      else refusals.push(...done.refusals.map((p) => ({ ...p, lineNo: l.lineNo })));
      continue;
    }
    const key = groupKey(l);
    const group = groups.get(key);
    if (group) group.push(l);
    else groups.set(key, [l]);
  }
  for (const group of groups.values()) {
    const first = group[0];
    const options: CalculateInventoryValueOptions = {
      postingDate: first.postingDate,
      documentNo: first.documentNo || "-",
      calculatePer: first.inventoryValuePer === "" ? "Item Ledger Entry" : "Item",
      byLocation: byLocationOf(first),
      byVariant: byVariantOf(first),
      itemNos: [...new Set(group.map((l) => l.itemNo))],
    };
    const calculated = calculateInventoryValue(ledger, options);
    if (calculated.refusals.some((p) => p.severity === "error")) {
      const lineOf = (itemNo?: string) => group.find((l) => l.itemNo === itemNo)?.lineNo ?? first.lineNo;
      refusals.push(...calculated.refusals.map((p) => ({ ...p, lineNo: lineOf(p.itemNo) })));
      continue;
    }
    const found = new Map(calculated.lines.map((l) => [lineKey(l), l]));
    for (const l of group) {
      const c = found.get(lineKey(l));
      now.set(l.lineNo, c ? { quantity: c.quantity, value: c.inventoryValueCalculated } : null);
    }
  }
  return { now, refusals };
}

/** "item A, location BLUE" / "item A, item ledger entry 12" */
function lineText(l: RevaluationJournalLine): string {
  const parts = [`item ${l.itemNo}`];
  if (l.inventoryValuePer === "") parts.push(`item ledger entry ${l.appliesToEntry}`);
  if (l.locationCode) parts.push(`location ${l.locationCode}`);
  if (l.variantCode) parts.push(`variant ${l.variantCode}`);
  return parts.join(", ");
}

/**
 * The journal's lines whose Inventory Value (Calculated) is not what Calculate Inventory Value gives now, each
 * on its cell; or, when Calculate Inventory Value refuses an item now, its refusals (the lines cannot be
 * compared then). Empty: the journal was calculated on the ledger as it is.
 */
export function staleLines(
  ledger: Ledger,
  journal: JournalRead,
): { readonly stale: readonly Problem[]; readonly refusals: readonly Problem[] } {
  // Only lines that move the inventory: a line of Amount 0.00 is not posted (and a journal of every item, 100 of
  // them revalued, is compared by Adjust Cost for those 100 items, not the whole ledger).
  const rows = journal.rows.filter((r) => !r.posted && r.line.amount !== 0n);
  if (rows.length === 0) return { stale: [], refusals: [] };
  const { now, refusals } = calculatedNow(
    ledger,
    rows.map((r) => r.line),
  );
  const rowOf = new Map(rows.map((r) => [r.line.lineNo, r.rowNumber]));
  const label = journal.label;
  const refused = refusals.map((p) =>
    rowProblem(label, rowOf.get(p.lineNo ?? 0) ?? rows[0].rowNumber, {
      severity: "error",
      message: `this line cannot be compared with the ledger: Calculate Inventory Value, run again for it, is refused: ${p.message}`,
    }),
  );
  if (refused.length > 0) return { stale: [], refusals: refused };

  const table = journal.table!;
  const def = REVALUATION_JOURNAL.columns.find((c) => c.field === "inventoryValueCalculated")!;
  const col = table.headers.findIndex((h) => columnMatches(def, h));
  const stale: Problem[] = [];
  const rowIndex = new Map(table.rowNumbers.map((n, i) => [n, i]));
  for (const r of rows) {
    const l = r.line;
    const n = now.get(l.lineNo);
    // No line now, or another quantity: new postings, which the posting itself refuses in Business Central's words.
    if (!n || n.quantity !== l.quantity || n.value === l.inventoryValueCalculated) continue;
    const reason =
      `is what ${lineText(l)} was worth when the journal was calculated (${formatExact(l.inventoryValueCalculated, 2)}); ` +
      `Calculate Inventory Value gives ${formatExact(n.value, 2)} now. The ledger has changed since: a revaluation ` +
      "posted, Adjust Cost run, or entries changed.";
    const cells = col < 0 ? undefined : table.rows[rowIndex.get(r.rowNumber) ?? -1];
    stale.push(
      cells
        ? cellProblem(
            { table: label, row: r.rowNumber, column: table.headers[col], value: cellText(cells[col] ?? null) },
            reason,
          )
        : rowProblem(label, r.rowNumber, { severity: "error", message: `Inventory Value (Calculated) ${reason}` }),
    );
  }
  return { stale, refusals: [] };
}
