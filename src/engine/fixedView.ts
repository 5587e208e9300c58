// The ledger's amounts and quantities as scaled integers, converted once and on demand for the hot loop.
import type { Decimal } from "./money";
import type { ItemLedgerEntry, ValueEntry } from "./model";
import { EntryMap } from "./entryMap";
import { Fixed, toFixed } from "./fixedPoint";

export class FixedView {
  private readonly actualOf: EntryMap<Fixed>;
  private readonly expectedOf: EntryMap<Fixed>;
  private readonly quantityOf: EntryMap<Fixed>;
  private readonly invoicedOf: EntryMap<Fixed>;

  constructor(capacity: { readonly ile: number; readonly ve: number }) {
    this.actualOf = new EntryMap(capacity.ve);
    this.expectedOf = new EntryMap(capacity.ve);
    this.quantityOf = new EntryMap(capacity.ile);
    this.invoicedOf = new EntryMap(capacity.ile);
  }

  /** Cost Amount (Actual) of a value entry. */
  actual(v: ValueEntry): Fixed {
    if (v.costAmountActual.isZero()) return 0n;
    let f = this.actualOf.get(v.entryNo);
    if (f === undefined) this.actualOf.set(v.entryNo, (f = toFixed(v.costAmountActual)));
    return f;
  }

  /** Cost Amount (Expected) of a value entry. */
  expected(v: ValueEntry): Fixed {
    if (v.costAmountExpected.isZero()) return 0n;
    let f = this.expectedOf.get(v.entryNo);
    if (f === undefined) this.expectedOf.set(v.entryNo, (f = toFixed(v.costAmountExpected)));
    return f;
  }

  /** Quantity of an item ledger entry. */
  quantity(e: ItemLedgerEntry): Fixed {
    let f = this.quantityOf.get(e.entryNo);
    if (f === undefined) this.quantityOf.set(e.entryNo, (f = toFixed(e.quantity)));
    return f;
  }

  /** Invoiced Quantity of an item ledger entry. */
  invoiced(e: ItemLedgerEntry): Fixed {
    let f = this.invoicedOf.get(e.entryNo);
    if (f === undefined) this.invoicedOf.set(e.entryNo, (f = toFixed(e.invoicedQuantity)));
    return f;
  }

  /** Any other value, converted each time (revaluation quantities, costs per unit: rare in the loop). */
  of(d: Decimal): Fixed {
    return toFixed(d);
  }
}
