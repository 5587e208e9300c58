import { Ledger, LedgerInput, ZERO, adjustCostItemEntries, replayLedger } from "../../src/engine";
import { formatExact } from "../../src/engine/money";
import { type Fixed } from "../../src/engine/money";

export function replayed(input: LedgerInput): Ledger {
  const r = replayLedger(input);
  const errors = r.problems.filter((p) => p.severity === "error");
  if (!r.ledger || errors.length > 0) throw new Error(errors.map((p) => p.message).join("\n"));
  return r.ledger;
}

export function adjusted(input: LedgerInput): Ledger {
  return adjustCostItemEntries(replayed(input)).ledger;
}

/** Total cost (actual + expected) of each item ledger entry, as fixed two-decimal strings. */
export function costByEntry(ledger: Ledger): Record<number, string> {
  const out: Record<number, string> = {};
  for (const e of ledger.itemLedgerEntries) {
    let c: Fixed = ZERO;
    for (const v of ledger.valueEntries)
      if (v.itemLedgerEntryNo === e.entryNo) c = c + v.costAmountActual + v.costAmountExpected;
    out[e.entryNo] = formatExact(c, 2);
  }
  return out;
}

export function valuationDateOf(ledger: Ledger, ileNo: number): string {
  return ledger.valueEntries.find((v) => v.itemLedgerEntryNo === ileNo)!.valuationDate;
}
