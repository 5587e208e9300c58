// The value entries Adjust Cost – Item Entries writes (PostAdjmtBuf -> Item Jnl.-Post Line; spec
// costing-engine.md §10): one per adjusted value entry and part (expected, actual), plus Rounding entries.
import { ZERO, amount as asAmount, divRound, unitAmount, type Quantity, type Rounding } from "./money";
import type { IsoDate } from "./calendar";
import type { ValueEntry } from "./model";
import type { LedgerIndex } from "./ledgerIndex";
import type { PendingAdjustment } from "./costBook";

/** Posting date of an adjustment: the adjusted entry's, unless before Allow Posting From. */
export function adjustmentPostingDate(original: IsoDate, allowPostingFrom: IsoDate): IsoDate {
  return allowPostingFrom && original < allowPostingFrom ? allowPostingFrom : original;
}

/** Valuation date of an adjustment: that of the entry's last direct cost value entry without item charge. */
function adjustmentValuationDate(index: LedgerIndex, ileNo: number, fallback: IsoDate): IsoDate {
  const ves = index.vesByIle.get(ileNo) ?? [];
  for (let i = ves.length - 1; i >= 0; i--) {
    const v = ves[i];
    if (v.entryType === "Direct Cost" && !v.itemChargeNo && !v.adjustment) return v.valuationDate;
  }
  return fallback;
}

const CHANNEL_ORDER = { expected: 0, actual: 1, rounding: 2 } as const;

export function adjustmentValueEntries(
  index: LedgerIndex,
  adjustments: readonly PendingAdjustment[],
  firstEntryNo: number,
  rounding: Rounding,
  allowPostingFrom: IsoDate,
): ValueEntry[] {
  const sorted = [...adjustments].sort(
    (a, b) => a.original.entryNo - b.original.entryNo || CHANNEL_ORDER[a.channel] - CHANNEL_ORDER[b.channel],
  );
  let next = firstEntryNo;
  return sorted.map((p) => {
    const o = p.original;
    const isRounding = p.channel === "rounding";
    const ile = index.ile.get(o.itemLedgerEntryNo)!;
    const valuedQuantity: Quantity = isRounding ? ile.quantity : o.valuedQuantity;
    const expected = p.channel === "expected";
    const amount = asAmount(p.amount);
    return {
      entryNo: next++,
      itemLedgerEntryNo: o.itemLedgerEntryNo,
      itemNo: o.itemNo,
      postingDate: adjustmentPostingDate(o.postingDate, allowPostingFrom),
      valuationDate: adjustmentValuationDate(index, o.itemLedgerEntryNo, o.valuationDate),
      entryType: isRounding ? "Rounding" : o.entryType,
      itemLedgerEntryType: o.itemLedgerEntryType,
      documentNo: o.documentNo,
      locationCode: o.locationCode,
      variantCode: o.variantCode,
      valuedQuantity,
      invoicedQuantity: ZERO,
      itemLedgerEntryQuantity: ZERO,
      costAmountActual: expected ? ZERO : amount,
      costAmountExpected: expected ? amount : ZERO,
      costPerUnit:
        isRounding || valuedQuantity === 0n
          ? ZERO
          : unitAmount(divRound(p.amount, valuedQuantity, rounding.unitAmount)),
      adjustment: !isRounding,
      itemChargeNo: "",
      valuedByAverageCost: isRounding ? false : o.valuedByAverageCost,
      partialRevaluation: false,
      appliesToEntry: isRounding ? 0 : o.entryNo,
      expectedCost: expected,
    };
  });
}
