// The Office.js adapter: the open Excel workbook behind the WorkbookPort (the task pane's src/files).
export { OfficeWorkbook } from "./officeWorkbook";
export type { ExcelRun, OfficeWorkbookOptions, Progress } from "./officeWorkbook";
export { dateToSerial, fromExcel, toExcel, formatFor, DATE_FORMAT, TEXT_FORMAT, DECIMAL_FORMAT } from "./cells";
export { explainOfficeError, isPayloadLimit, protectedSheetMessage, errorCode } from "./errors";
