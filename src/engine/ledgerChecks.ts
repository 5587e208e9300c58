// Ledger validation before replay: references between Item Ledger Entries, Value Entries and Items.
// Every problem is collected and returned; nothing stops at the first.
import type { LedgerInput, Problem, SourceRef } from "./model";
import { EntryMap, maxEntryNo } from "./entryMap";

const ILE = "Item Ledger Entries";
const VE = "Value Entries";

function at(input: LedgerInput, key: string, fallbackTable: string, column?: string, value?: string): SourceRef {
  const s = input.sources?.get(key);
  return { table: s?.table ?? fallbackTable, row: s?.row ?? 0, column, value };
}

export function where(ref: SourceRef): string {
  const row = ref.row > 0 ? `, row ${ref.row}` : "";
  const col = ref.column ? `, column "${ref.column}"` : "";
  return `${ref.table}${row}${col}`;
}

function problem(severity: Problem["severity"], source: SourceRef, what: string): Problem {
  return { severity, source, message: `${where(source)}: ${what}` };
}

/** Entry numbers that occur more than once, with how often. */
function duplicates(records: readonly { readonly entryNo: number }[]): Map<number, number> {
  const seen = new EntryMap<number>(maxEntryNo(records));
  const twice = new Map<number, number>();
  for (const r of records) {
    const n = (seen.get(r.entryNo) ?? 0) + 1;
    seen.set(r.entryNo, n);
    if (n > 1) twice.set(r.entryNo, n);
  }
  return twice;
}

/**
 * Items of the entries that the input does not list: their costing method is not known, and the engine never
 * assumes one (the workbook reader lists every item, with the costing method the user chose for those the
 * workbook gives none, or refuses).
 */
function unlistedItemsProblem(input: LedgerInput, unlisted: ReadonlyMap<string, number>): Problem {
  const [first, entryNo] = unlisted.entries().next().value as [string, number];
  const nos = [...unlisted.keys()];
  const names = nos.length <= 10 ? nos.join(", ") : `${nos.slice(0, 10).join(", ")} and ${nos.length - 10} more`;
  return problem(
    "error",
    at(input, `ILE:${entryNo}`, ILE, "Item No.", first),
    `${nos.length === 1 ? "item" : `${nos.length} items`} ${names} ${nos.length === 1 ? "is" : "are"} not in the ` +
      "Items given, so the costing method is not known; nothing is costed on a guess. Give every item of the " +
      "ledger its costing method (Items: No. and Costing Method).",
  );
}

export function checkLedgerReferences(input: LedgerInput): Problem[] {
  const problems: Problem[] = [];
  for (const [no, n] of duplicates(input.itemLedgerEntries)) {
    problems.push(
      problem(
        "error",
        at(input, `ILE:${no}`, ILE, "Entry No.", String(no)),
        `entry no. ${no} appears ${n} times. Each item ledger entry must have its own Entry No.; remove the duplicate rows.`,
      ),
    );
  }
  for (const [no, n] of duplicates(input.valueEntries)) {
    problems.push(
      problem(
        "error",
        at(input, `VE:${no}`, VE, "Entry No.", String(no)),
        `entry no. ${no} appears ${n} times. Each value entry must have its own Entry No.; remove the duplicate rows.`,
      ),
    );
  }
  const ileItem = new EntryMap<LedgerInput["itemLedgerEntries"][number]>(maxEntryNo(input.itemLedgerEntries));
  for (const e of input.itemLedgerEntries) ileItem.set(e.entryNo, e);
  const withValue = new EntryMap<true>(maxEntryNo(input.itemLedgerEntries));
  for (const v of input.valueEntries) {
    const e = ileItem.get(v.itemLedgerEntryNo);
    if (!e) {
      problems.push(
        problem(
          "error",
          at(input, `VE:${v.entryNo}`, VE, "Item Ledger Entry No.", String(v.itemLedgerEntryNo)),
          `value entry ${v.entryNo} points at item ledger entry ${v.itemLedgerEntryNo}, which is not in Item Ledger Entries. ` +
            `Export the missing item ledger entry or remove the value entry.`,
        ),
      );
      continue;
    }
    withValue.set(e.entryNo, true);
    if (v.itemNo !== undefined && v.itemNo !== e.itemNo)
      problems.push(
        problem(
          "error",
          at(input, `VE:${v.entryNo}`, VE, "Item No.", v.itemNo),
          `value entry ${v.entryNo} is for item ${v.itemNo} but its item ledger entry ${e.entryNo} is for item ${e.itemNo}. ` +
            `Correct the Item No. or the Item Ledger Entry No.`,
        ),
      );
  }
  const items = new Set(input.items.map((i) => i.no));
  const unlisted = new Map<string, number>(); // item -> its first entry
  for (const e of input.itemLedgerEntries) {
    if (e.quantity === 0n)
      problems.push(
        problem(
          "error",
          at(input, `ILE:${e.entryNo}`, ILE, "Quantity", "0"),
          `item ledger entry ${e.entryNo} has quantity 0. Business Central never posts a zero quantity; check the export.`,
        ),
      );
    if (!withValue.has(e.entryNo))
      problems.push(
        problem(
          "warning",
          at(input, `ILE:${e.entryNo}`, ILE, "Entry No.", String(e.entryNo)),
          `item ledger entry ${e.entryNo} has no value entries, so it carries no cost. Export its value entries for exact results.`,
        ),
      );
    if (!items.has(e.itemNo) && !unlisted.has(e.itemNo)) unlisted.set(e.itemNo, e.entryNo);
  }
  if (unlisted.size > 0) problems.push(unlistedItemsProblem(input, unlisted));
  for (const p of input.accountingPeriods) {
    if (!p.newFiscalYear || p.averageCostPeriod) continue;
    problems.push(
      problem(
        "error",
        { table: "Accounting Periods", row: 0, column: "Average Cost Period", value: p.startingDate },
        `the fiscal year starting ${p.startingDate} has no Average Cost Period. Business Central takes the average ` +
          `cost period of a date from its fiscal year: fill in Average Cost Period (for example Day or Month) on that row.`,
      ),
    );
  }
  if (input.applications) {
    for (const a of input.applications) {
      for (const [col, no] of [
        ["Item Ledger Entry No.", a.itemLedgerEntryNo],
        ["Inbound Item Entry No.", a.inboundItemEntryNo],
        ["Outbound Item Entry No.", a.outboundItemEntryNo],
      ] as const) {
        if (no !== 0 && !ileItem.has(no))
          problems.push(
            problem(
              "error",
              { table: "Item Application Entries", row: 0, column: col, value: String(no) },
              `application entry ${a.entryNo} points at item ledger entry ${no}, which is not in Item Ledger Entries. ` +
                `Export the full ledger, or remove the Item Application Entries table to rebuild applications.`,
            ),
          );
      }
    }
  }
  return problems;
}
