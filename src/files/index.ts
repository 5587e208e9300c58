// The file adapter: .xlsx workbooks and CSV folders behind the WorkbookPort.
export { openWorkbook, openLockedWorkbook, openWorkbookToRead } from "./open";
export { WorkbookFileError } from "./fileError";
export type { FileWorkbook } from "./fileWorkbook";
export { XlsxWorkbook } from "./xlsx";
export { CsvFolderWorkbook } from "./csvFolder";
export { parseCsv, formatCsv, formatCell, detectDelimiter, escapeFormulaText, unescapeFormulaText } from "./csv";
export type { CsvStyle, Delimiter, ParsedCsv } from "./csv";
export { commitFiles, recoverCommit, COMMIT_RECORD, type CommitRecovered } from "./commit";
export { lockWorkbook, lockFileOf } from "./lock";
