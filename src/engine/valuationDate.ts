// Valuation Date of value entries, as Item Jnl.-Post Line sets it (InitValueEntry, GetValuationDate;
// spec costing-engine.md §5.3): posting date, pushed to the applied inbound's latest valuation date when the
// outbound is dated earlier or fixed-applied, moved forward when a later inbound covers negative inventory.
import { IsoDate, maxDate } from "./calendar";
import type { ItemApplicationEntry, ItemLedgerEntryInput } from "./model";
import type { CompletedValueEntry } from "./valueEntryDefaults";
import { EntryLookup, EntryMap } from "./entryMap";

export interface ValuationDates {
  readonly ileVd: EntryLookup<IsoDate>; // valuation date of each entry's quantity posting
  readonly veVd: EntryLookup<IsoDate>; // derived valuation date of each value entry
}

export function assignValuationDates(
  iles: readonly ItemLedgerEntryInput[],
  vesByIle: ReadonlyMap<number, readonly CompletedValueEntry[]>,
  applications: readonly ItemApplicationEntry[],
): ValuationDates {
  const ileVd = new EntryMap<IsoDate>();
  const postedWith = new EntryMap<ItemApplicationEntry[]>(); // rows created when that entry was posted
  const receiversOf = new EntryMap<number[]>();
  for (const a of applications) {
    const owner = a.quantity < 0n ? Math.max(a.inboundItemEntryNo, a.outboundItemEntryNo) : a.inboundItemEntryNo;
    const l = postedWith.get(owner);
    if (l) l.push(a);
    else postedWith.set(owner, [a]);
    if (a.quantity > 0 && a.outboundItemEntryNo !== 0) {
      const r = receiversOf.get(a.outboundItemEntryNo) ?? [];
      r.push(a.inboundItemEntryNo);
      receiversOf.set(a.outboundItemEntryNo, r);
    }
  }
  const firstVeNo = (no: number) => vesByIle.get(no)?.[0]?.entryNo ?? Number.MAX_SAFE_INTEGER;

  /** Latest valuation date of an entry's value entries posted before a given value entry. */
  const latestVd = (no: number, beforeVe: number): IsoDate => {
    const own = ileVd.get(no)!;
    let reval: IsoDate | undefined;
    for (const v of vesByIle.get(no) ?? []) {
      if (v.entryNo >= beforeVe) break;
      if (v.entryType === "Revaluation") reval = v.valuationDate ?? maxDate(v.postingDate, own);
    }
    return reval ?? own;
  };

  for (const e of iles) {
    let vd = e.postingDate;
    const rows = postedWith.get(e.entryNo) ?? [];
    const before = firstVeNo(e.entryNo);
    if (e.quantity > 0) {
      for (const a of rows) {
        if (a.quantity > 0 && a.outboundItemEntryNo !== 0 && ileVd.has(a.outboundItemEntryNo))
          vd = maxDate(vd, latestVd(a.outboundItemEntryNo, before));
        if (a.quantity > 0 && a.transferredFromEntryNo !== 0 && ileVd.has(a.transferredFromEntryNo))
          vd = maxDate(vd, ileVd.get(a.transferredFromEntryNo)!);
      }
      ileVd.set(e.entryNo, vd);
      for (const a of rows) {
        if (a.quantity >= 0n || a.outboundItemEntryNo === e.entryNo) continue;
        moveForward(a.outboundItemEntryNo, vd);
      }
    } else {
      const fixed = (e.appliesToEntry ?? 0) !== 0;
      let applied: IsoDate | undefined;
      for (const a of rows) {
        if (a.quantity >= 0n || a.outboundItemEntryNo !== e.entryNo || !ileVd.has(a.inboundItemEntryNo)) continue;
        const lv = latestVd(a.inboundItemEntryNo, before);
        applied = applied === undefined ? lv : maxDate(applied, lv);
      }
      if (applied !== undefined) vd = fixed ? applied : maxDate(vd, applied);
      ileVd.set(e.entryNo, vd);
    }
  }

  /** An open outbound covered by a later inbound moves to the inbound's date, with what it passed cost to. */
  function moveForward(outbound: number, vd: IsoDate): void {
    const old = ileVd.get(outbound);
    if (old === undefined || old >= vd) return;
    ileVd.set(outbound, vd);
    for (const r of receiversOf.get(outbound) ?? []) if ((ileVd.get(r) ?? vd) < vd) ileVd.set(r, vd);
  }

  const veVd = new EntryMap<IsoDate>();
  for (const e of iles) {
    const own = ileVd.get(e.entryNo);
    if (own === undefined) continue;
    const ves = vesByIle.get(e.entryNo) ?? [];
    for (const v of ves) {
      let vd = v.entryType === "Revaluation" ? maxDate(v.postingDate, own) : own;
      // The invoice's balancing revaluation (InsertBalanceExpCostRevEntry) takes the date of the one it balances.
      const balanced =
        v.entryType === "Revaluation" && v.appliesToEntry ? ves.find((x) => x.entryNo === v.appliesToEntry) : undefined;
      if (balanced?.entryType === "Revaluation") vd = balanced.valuationDate ?? veVd.get(balanced.entryNo) ?? vd;
      veVd.set(v.entryNo, vd);
    }
  }
  return { ileVd, veVd };
}
