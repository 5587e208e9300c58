// Inventory quantity and value as of a date: by valuation date, as Calculate Inventory Value and the average
// cost pool see it, or by posting date, as the Inventory Valuation report shows it (design-details-average-cost:
// "the Inventory Valuation report is based on posting date").
import { Decimal, ZERO } from "./money";
import type { IsoDate } from "./calendar";
import type { Ledger } from "./model";

export interface InventoryOptions {
  readonly basis?: "valuation" | "posting";
  readonly byLocation?: boolean;
  readonly byVariant?: boolean;
  readonly itemNos?: readonly string[];
}

export interface InventoryRow {
  readonly itemNo: string;
  readonly locationCode: string;
  readonly variantCode: string;
  readonly quantity: Decimal;
  readonly costAmountActual: Decimal;
  readonly costAmountExpected: Decimal;
  readonly value: Decimal;
}

export function inventoryAsOf(ledger: Ledger, date: IsoDate, options: InventoryOptions = {}): InventoryRow[] {
  const byPosting = options.basis === "posting";
  const wanted = options.itemNos ? new Set(options.itemNos) : null;
  const rows = new Map<
    string,
    { itemNo: string; locationCode: string; variantCode: string; q: Decimal; a: Decimal; x: Decimal }
  >();
  for (const v of ledger.valueEntries) {
    if (wanted && !wanted.has(v.itemNo)) continue;
    const output = v.itemLedgerEntryType === "Output" || v.itemLedgerEntryType === "Assembly Output";
    const d = byPosting || output ? v.postingDate : v.valuationDate;
    if (d > date) continue;
    const locationCode = options.byLocation ? v.locationCode : "";
    const variantCode = options.byVariant ? v.variantCode : "";
    const key = `${v.itemNo}\u0000${locationCode}\u0000${variantCode}`;
    let r = rows.get(key);
    if (!r) {
      r = { itemNo: v.itemNo, locationCode, variantCode, q: ZERO, a: ZERO, x: ZERO };
      rows.set(key, r);
    }
    r.q = r.q.plus(v.itemLedgerEntryQuantity);
    r.a = r.a.plus(v.costAmountActual);
    r.x = r.x.plus(v.costAmountExpected);
  }
  return [...rows.values()]
    .sort((a, b) =>
      a.itemNo !== b.itemNo
        ? a.itemNo < b.itemNo
          ? -1
          : 1
        : a.locationCode !== b.locationCode
          ? a.locationCode < b.locationCode
            ? -1
            : 1
          : a.variantCode < b.variantCode
            ? -1
            : a.variantCode > b.variantCode
              ? 1
              : 0,
    )
    .map((r) => ({
      itemNo: r.itemNo,
      locationCode: r.locationCode,
      variantCode: r.variantCode,
      quantity: r.q,
      costAmountActual: r.a,
      costAmountExpected: r.x,
      value: r.a.plus(r.x),
    }));
}
