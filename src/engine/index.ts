// The costing engine's public face: pure functions over an immutable ledger.
export * from "./model";
export * from "./money";
export * from "./calendar";
export { replayLedger } from "./replay";
export type { ReplayResult } from "./replay";
export { valuationPeriod, fiscalYearSettings, calcTypeOn } from "./averageCostPeriod";
export type { Period } from "./averageCostPeriod";
export { adjustCostItemEntries } from "./adjustCost";
export type { AdjustCostOptions, AdjustCostResult, UnsettledItem } from "./adjustCost";
export { inventoryAsOf, inventoryTotal } from "./inventoryValue";
export type { InventoryRow, InventoryOptions } from "./inventoryValue";
export { averageCostAt, averageCostPools, explainAverageCost, explainAverageCostPools } from "./averageCostQuery";
export type {
  AverageCostQuery,
  AverageCostAnswer,
  AverageCostExplanation,
  AveragePools,
  Backdating,
  Opening,
  OpeningSource,
  PoolLine,
} from "./averageCostQuery";
export { AveragePoolsError } from "./averagePools";
export type { PoolScope } from "./averagePools";
export { averageCostEntryPoints } from "./entryPoints";
export type { EntryPoint } from "./entryPoints";
export * from "./revaluationJournal";
export { calculateInventoryValue } from "./calculateInventoryValue";
export type {
  CalculateInventoryValueOptions,
  CalculatePer,
  CalculationBase,
  RevaluationProblem,
} from "./calculateInventoryValue";
export { isRevaluable, revaluableQuantity, remainingInventoryValue, revaluationIndex } from "./revaluableQuantity";
export { completeRevaluationLine, postRevaluationJournal, updatedItemsOf } from "./revaluationPosting";
export type { ItemWithNewCost, ManualLine, PostRevaluationResult } from "./revaluationPosting";
export * from "./revaluationScenario";
export { changedItems, monthChanges, previewRevaluation } from "./revaluationPreview";
export type { MonthChange, PreviewItem, PreviewRow, RevaluationPreview } from "./revaluationPreview";
export { LedgerQueries } from "./ledgerQueries";
export type { InventoryQuery } from "./ledgerQueries";
