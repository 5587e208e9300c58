// One Adjust Cost run's shared state (Inventory Adjustment's buffers: the cost of each entry so far, and the last
// share each cost application passed on), read and written by the applied-cost, average-cost and order passes.
import type { CostBook } from "./costBook";
import type { EntryMap } from "./entryMap";
import type { Fixed } from "./money";
import type { LedgerIndex } from "./ledgerIndex";

export interface CostContext {
  readonly index: LedgerIndex;
  readonly book: CostBook;
  /** The last share computed for each cost application row (by its entry no.); the rounding residual sums them. */
  readonly shares: EntryMap<Fixed>;
}
