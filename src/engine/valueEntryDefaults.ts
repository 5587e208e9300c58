// Value Entry fields an export may lack, set as Item Jnl.-Post Line would have set them at posting
// (spec costing-engine.md §1; workbook-format.md "what an export lacks"). Valuation Date and
// Valued By Average Cost need the replay and are set in replay.ts.
import { ZERO } from "./money";
import type { ItemLedgerEntryInput, ValueEntryInput } from "./model";

/** A value entry with every field but the two the replay decides. */
export type CompletedValueEntry = Omit<Required<ValueEntryInput>, "valuationDate" | "valuedByAverageCost"> &
  Pick<ValueEntryInput, "valuationDate" | "valuedByAverageCost">;

export function completeValueEntries(
  entries: readonly ValueEntryInput[],
  ileByNo: { get(entryNo: number): ItemLedgerEntryInput | undefined },
): CompletedValueEntry[] {
  const sorted = [...entries].sort((a, b) => a.entryNo - b.entryNo);
  const firstOfIle = new Map<number, number>();
  for (const v of sorted) {
    const isPosting = v.entryType !== "Revaluation" && !(v.adjustment ?? false) && !v.itemChargeNo;
    if (isPosting && !firstOfIle.has(v.itemLedgerEntryNo)) firstOfIle.set(v.itemLedgerEntryNo, v.entryNo);
  }
  const out: CompletedValueEntry[] = [];
  for (const v of sorted) {
    const e = ileByNo.get(v.itemLedgerEntryNo);
    if (!e) continue; // reported by checkLedgerReferences
    const appliesToEntry = v.appliesToEntry ?? 0;
    const adjustment = v.adjustment ?? (appliesToEntry !== 0 && v.entryType !== "Revaluation");
    const itemChargeNo = v.itemChargeNo ?? "";
    const itemLedgerEntryQuantity =
      v.itemLedgerEntryQuantity ?? (firstOfIle.get(e.entryNo) === v.entryNo ? e.quantity : ZERO);
    const costAmountExpected = v.costAmountExpected ?? ZERO;
    const valuedQuantity =
      v.valuedQuantity ??
      (itemLedgerEntryQuantity !== 0n
        ? e.quantity
        : v.invoicedQuantity && v.invoicedQuantity !== 0n
          ? v.invoicedQuantity
          : e.quantity);
    const expectedCost =
      v.expectedCost ?? (v.costAmountActual === 0n && costAmountExpected !== 0n && v.entryType !== "Revaluation");
    const invoicedQuantity =
      v.invoicedQuantity ??
      (v.entryType === "Direct Cost" && !adjustment && !itemChargeNo && !expectedCost ? valuedQuantity : ZERO);
    // Not derived for every entry: on a million-entry ledger that alone is 240 MB of decimals (unitCostOf).
    const costPerUnit = v.costPerUnit ?? null;
    // An explicit record, not a spread: V8 is slow to spread objects that gain keys (measured 28 µs each).
    out.push({
      entryNo: v.entryNo,
      itemLedgerEntryNo: v.itemLedgerEntryNo,
      itemNo: v.itemNo ?? e.itemNo,
      postingDate: v.postingDate,
      valuationDate: v.valuationDate,
      entryType: v.entryType,
      itemLedgerEntryType: v.itemLedgerEntryType ?? e.entryType,
      documentNo: v.documentNo ?? e.documentNo ?? "",
      locationCode: v.locationCode ?? e.locationCode ?? "",
      variantCode: v.variantCode ?? e.variantCode ?? "",
      valuedQuantity,
      invoicedQuantity,
      itemLedgerEntryQuantity,
      costAmountActual: v.costAmountActual,
      costAmountExpected,
      costPerUnit,
      adjustment,
      itemChargeNo,
      valuedByAverageCost: v.valuedByAverageCost,
      partialRevaluation: v.partialRevaluation ?? v.entryType === "Revaluation",
      appliesToEntry,
      expectedCost,
    });
  }
  return out;
}
