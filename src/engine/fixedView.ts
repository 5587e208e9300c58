// The ledger's amounts and quantities as scaled integers for the hot loop. Nothing is cached per entry:
// quantities are mostly small whole numbers, which toFixed takes from a shared table, and a per-entry cache
// kept ~100 MB alive on a million entries (longer garbage collections cost more than converting again).
import type { Decimal } from "./money";
import type { ItemApplicationEntry, ItemLedgerEntry, ValueEntry } from "./model";
import { Fixed, toFixed } from "./fixedPoint";

export class FixedView {
  /** Quantity of an item application entry. */
  rowQuantity(r: ItemApplicationEntry): Fixed {
    return toFixed(r.quantity);
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
    return toFixed(e.quantity);
  }

  /** Invoiced Quantity of an item ledger entry. */
  invoiced(e: ItemLedgerEntry): Fixed {
    return toFixed(e.invoicedQuantity);
  }

  /** Any other value (revaluation quantities, costs per unit). */
  of(d: Decimal): Fixed {
    return toFixed(d);
  }
}
