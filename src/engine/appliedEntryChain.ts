// Chain of applied entries (Item Application Entry: GetVisitedEntries, CheckCyclicFwdToAppliedEntries; used by
// Inventory Adjustment's ExcludeAvgCostOnValuationDate): every entry the cost of an outbound can flow on to. From
// an inbound the chain goes to the outbounds applied to it (any quantity application, not only cost applications)
// and to the receipts transferred from it; from an outbound, to the inbounds that receive its cost (a return
// applied from it, an average transfer's receipt). Entries valued after the limit are not followed.
// An Average outbound's own chain is kept out of its average: otherwise a round trip between locations feeds its
// cost back into itself, and each round of Adjust Cost multiplies it.
import type { IsoDate } from "./calendar";
import type { LedgerIndex } from "./ledgerIndex";

const NO_CHAIN: readonly number[] = [];

/** Entry nos. of the chain that starts at `from` (itself not included), valued no later than `limit`. */
export function chainOfAppliedEntries(index: LedgerIndex, from: number, limit: IsoDate): readonly number[] {
  // Most outbounds (a sale nothing was returned from) start no chain: answered without allocating.
  const start = index.ile.get(from);
  if (start && !start.positive && !index.receiversOf.get(from)) return NO_CHAIN;
  const visited = new Set<number>([from]);
  const chain: number[] = [];
  const stack = [from];
  const visit = (no: number) => {
    if (visited.has(no)) return;
    visited.add(no);
    const vd = index.ileVd.get(no);
    if (vd === undefined || vd > limit) return;
    chain.push(no);
    stack.push(no);
  };
  while (stack.length > 0) {
    const no = stack.pop()!;
    const e = index.ile.get(no);
    if (!e) continue;
    if (e.positive)
      for (const r of index.consumedFrom.get(no) ?? [])
        if (r.outboundItemEntryNo !== 0 && r.outboundItemEntryNo !== no) visit(r.outboundItemEntryNo);
    for (const l of index.receiversOf.get(no) ?? []) visit(l.to);
  }
  return chain;
}
