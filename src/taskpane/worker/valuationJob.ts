// The Valuation step's inventory on a date, off the pane's thread: the ledger as the workbook holds it now,
// with Adjust Cost's adjustments when asked (run on the job's copy: nothing is written), valued per item (and
// location). A plain function of a port, as the other jobs.
import { adjustCostItemEntries, inventoryAsOf, ZERO, type CostingMethod, type InventoryRow } from "../../engine";
import type { IsoDate } from "../../engine";
import type { WorkbookPort } from "../../workbook/port";
import { ledgerNow, type LedgerProblems } from "./ledgerNow";
import type { JobReport } from "./protocol";

export interface ValuationParams {
  readonly costingMethod?: CostingMethod;
  readonly date: IsoDate;
  readonly basis: "valuation" | "posting";
  readonly byLocation: boolean;
  /** With the adjustments Adjust Cost would post. */
  readonly adjusted: boolean;
}

export type ValuationOutcome =
  | LedgerProblems
  /** The rows with a quantity or a value; `hidden`: how many had neither. */
  | { readonly kind: "valued"; readonly rows: readonly InventoryRow[]; readonly hidden: number };

export async function valueInventory(
  port: WorkbookPort,
  params: ValuationParams,
  report: JobReport,
): Promise<ValuationOutcome> {
  const loaded = await ledgerNow(port, params.costingMethod, report);
  if ("kind" in loaded) return loaded;
  await report({ key: params.adjusted ? "adjusting" : "computing" });
  const ledger = params.adjusted ? adjustCostItemEntries(loaded.ledger).ledger : loaded.ledger;
  const all = inventoryAsOf(ledger, params.date, { basis: params.basis, byLocation: params.byLocation });
  const rows = all.filter((r) => r.quantity !== ZERO || r.value !== ZERO);
  return { kind: "valued", rows, hidden: all.length - rows.length };
}
