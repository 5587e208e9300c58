// Costing Method (Item: "Costing Method"; spec costing-engine.md §1, §5, §13, revaluation.md §3): what each method
// means to posting, Adjust Cost and revaluation, in one table keyed by the method, so no rule asks "is it
// Average?" on its own. Application order lives beside it in itemApplication.ts (one function per method).
import type { CostingMethod } from "./model";

export interface CostingMethodRules {
  /**
   * Outbounds without a fixed application take the average of their period (ValuateAppliedAvgEntry: "Valued By
   * Average Cost"; AdjustItemAvgCost), and a quantity application carries no cost (InsertApplEntry: only fixed
   * applications are cost applications).
   */
  readonly averaged: boolean;
  /**
   * A transfer receipt is traced to the inbound its shipment's application took (InsertTransferEntry: one receipt
   * per application, "Transferred-from Entry No."); an averaged method's single receipt takes the shipment's cost.
   */
  readonly receiptFromSource: boolean;
  /** The item's value includes expected cost when revalued and when its unit cost is taken (Standard). */
  readonly valuedWithExpectedCost: boolean;
  /** Output and the item's Unit Cost follow its Standard Cost (a revaluation with Update Standard Cost sets both). */
  readonly atStandard: boolean;
  /** EliminateRndgResidual: a closed, invoiced inbound fully cost-applied keeps no cost (every method). */
  readonly roundingResidual: boolean;
}

const applied = {
  averaged: false,
  receiptFromSource: true,
  valuedWithExpectedCost: false,
  atStandard: false,
  roundingResidual: true,
} as const;

export const COSTING_METHOD_RULES: Readonly<Record<CostingMethod, CostingMethodRules>> = {
  FIFO: applied,
  LIFO: applied,
  Specific: applied,
  Standard: { ...applied, valuedWithExpectedCost: true, atStandard: true },
  Average: { ...applied, averaged: true, receiptFromSource: false },
};

/**
 * The rules of an item's costing method. Every item of a replayed ledger has one (replayLedger refuses an item
 * the input does not list: its costing method is never assumed), so a missing item is a fault in the caller.
 */
export function rulesOf(item: { readonly costingMethod: CostingMethod } | undefined): CostingMethodRules {
  if (!item) throw new Error("rulesOf: an item that is not in the ledger (its costing method is not known)");
  return COSTING_METHOD_RULES[item.costingMethod];
}
