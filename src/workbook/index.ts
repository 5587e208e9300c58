// The workbook layer: table schemas, caption matching, cell parsing, and the LedgerInput reader/writer.
export * from "./port";
export { readLedgerInput } from "./tables";
export type { ReadOptions } from "./reader";
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
