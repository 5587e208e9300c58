// The workbook layer: table schemas, caption matching, cell parsing, and the LedgerInput reader/writer.
export * from "./port";
export { readLedgerInput } from "./tables";
export type { ReadOptions } from "./reader";
export {
  chosenCostingMethodNote,
  parseCostingMethod,
  type CostingMethodChoice,
  type CostingMethodsRead,
} from "./costingMethods";
export {
  LEDGER_TABLES,
  ITEM_LEDGER_ENTRIES,
  VALUE_ENTRIES,
  ITEMS,
  ITEM_APPLICATION_ENTRIES,
  INVENTORY_SETUP,
  ACCOUNTING_PERIODS,
  REVALUATION_JOURNAL,
  POSTING_LOG,
  COLUMN_MAP,
  JOURNAL_TABLES,
  SETUP_FIELDS,
  tableSpec,
  columnMatches,
  type TableSchema,
  type ColumnDef,
  type ColumnKind,
} from "./schema";
export { DEFAULT_SETUP } from "./setup";
export {
  valueEntryToRow,
  recordToRow,
  detectBooleanStyle,
  rowStyleFor,
  decimalCell,
  columnFormats,
  numberFormatFor,
  numbersAsText,
  type RowStyle,
} from "./write";
export * from "./journal";
export {
  ColumnMap,
  COLUMN_MAP_SHEET,
  COLUMN_MAP_HEADERS,
  MAPPABLE_TABLES,
  bindColumns,
  canonicalHeaders,
  columnMapFromTable,
  mappingChoices,
  readColumnMap,
  saveColumnMappings,
  writeColumnMap,
  type ColumnBinding,
  type ColumnChoice,
  type ColumnMapping,
  type MappingChange,
  type TableChoices,
  type TableColumnMap,
} from "./columnMap";
export {
  findImportTables,
  importConflicts,
  importTables,
  ImportRefused,
  writeImportTables,
  type ImportedSheet,
  type ImportTable,
  type ImportResult,
} from "./importTables";
export * from "./values";
export {
  LANGUAGES,
  normalizeCaption,
  headerMatches,
  enumValue,
  booleanValue,
  detectLanguage,
  enumCaption,
} from "./captions";
