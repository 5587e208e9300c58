// The ledger as the workbook holds it now, as every job of the costing worker starts: read through the job's
// port (the ledger store on the pane's thread), replayed; its errors when it cannot be costed.
import type { CostingMethod, Ledger, Problem } from "../../engine";
import type { WorkbookPort } from "../../workbook/port";
import { loadLedger, type LoadedLedger } from "../../workbook/useCases";
import type { JobReport } from "./protocol";

/** A job's outcome when the ledger has errors: nothing calculated or written. */
export interface LedgerProblems {
  readonly kind: "problems";
  readonly problems: readonly Problem[];
}

export async function ledgerNow(
  port: WorkbookPort,
  costingMethod: CostingMethod | undefined,
  report: JobReport,
): Promise<(LoadedLedger & { readonly ledger: Ledger }) | LedgerProblems> {
  await report({ key: "reading" });
  const loaded = await loadLedger(port, { defaultCostingMethod: costingMethod });
  if (!loaded.ledger) return { kind: "problems", problems: loaded.problems.filter((p) => p.severity === "error") };
  return { ...loaded, ledger: loaded.ledger };
}
