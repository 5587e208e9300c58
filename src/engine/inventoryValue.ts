// Inventory quantity and value as of a date: by valuation date, as Calculate Inventory Value and the average
// cost pool see it, or by posting date, as the Inventory Valuation report shows it (design-details-average-cost:
// "the Inventory Valuation report is based on posting date").
import { ZERO, amount, quantity, type Amount, type Fixed, type Quantity } from "./money";
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
  readonly quantity: Quantity;
  readonly costAmountActual: Amount;
  readonly costAmountExpected: Amount;
  readonly value: Amount;
}

export function inventoryAsOf(ledger: Ledger, date: IsoDate, options: InventoryOptions = {}): InventoryRow[] {
  const byPosting = options.basis === "posting";
  const wanted = options.itemNos ? new Set(options.itemNos) : null;
  const rows = new Map<
    string,
    { itemNo: string; locationCode: string; variantCode: string; q: Fixed; a: Fixed; x: Fixed }
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
    r.q += v.itemLedgerEntryQuantity;
    r.a += v.costAmountActual;
    r.x += v.costAmountExpected;
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
      quantity: quantity(r.q),
      costAmountActual: amount(r.a),
      costAmountExpected: amount(r.x),
      value: amount(r.a + r.x),
    }));
}

/** The rows' sums: quantity (meaningful for one item), actual and expected cost, value. */
export function inventoryTotal(rows: readonly InventoryRow[]): {
  readonly quantity: Quantity;
  readonly costAmountActual: Amount;
  readonly costAmountExpected: Amount;
  readonly value: Amount;
} {
  let q: Fixed = ZERO;
  let a: Fixed = ZERO;
  let x: Fixed = ZERO;
  for (const r of rows) {
    q += r.quantity;
    a += r.costAmountActual;
    x += r.costAmountExpected;
  }
  return { quantity: quantity(q), costAmountActual: amount(a), costAmountExpected: amount(x), value: amount(a + x) };
}
