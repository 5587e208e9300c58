// The error a file adapter throws when the workbook file itself can't be used as it is (damaged, not a
// workbook, beyond Excel's limits, laid out so rows can't be added): the user's problem, never a fault of the tool.

/** The message says which file (and sheet or table), what is wrong with it and what to do; exit 1. */
export class WorkbookFileError extends Error {
  override readonly name = "WorkbookFileError";
}
