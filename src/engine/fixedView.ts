// The ledger's amounts and quantities as scaled integers, converted once and on demand for the hot loop.
import type { Decimal } from "./money";
import type { ItemApplicationEntry, ItemLedgerEntry, ValueEntry } from "./model";
import { EntryMap } from "./entryMap";
import { Fixed, toFixed } from "./fixedPoint";

export class FixedView {
  // Amounts are read once per entry by the cost book and kept there, so only quantities are cached here.
  private readonly quantityOf: EntryMap<Fixed>;
  private readonly invoicedOf: EntryMap<Fixed>;
  private readonly rowQuantityOf = new EntryMap<Fixed>();

  constructor(capacity: { readonly ile: number; readonly ve: number }) {
    this.quantityOf = new EntryMap(capacity.ile);
    this.invoicedOf = new EntryMap(capacity.ile);
  }

  /** Quantity of an item application entry. */
  rowQuantity(r: ItemApplicationEntry): Fixed {
    let f = this.rowQuantityOf.get(r.entryNo);
    if (f === undefined) this.rowQuantityOf.set(r.entryNo, (f = toFixed(r.quantity)));
    return f;
  }

  /** Cost Amount (Actual) of a value entry. */
  actual(v: ValueEntry): Fixed {
    return toFixed(v.costAmountActual);
  }

  /** Cost Amount (Expected) of a value entry. */
  expected(v: ValueEntry): Fixed {
    return toFixed(v.costAmountExpected);
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
