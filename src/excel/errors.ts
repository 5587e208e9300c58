// Office.js errors in the controller's words: what happened, where, and what to do.

/** The error code of an OfficeExtension.Error (e.g. "AccessDenied"), if the error has one. */
export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Excel on the web refused a request or response larger than its 5 MB limit (or a range too large to read). */
export function isPayloadLimit(e: unknown): boolean {
  const code = errorCode(e);
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RangeExceedsLimit" ||
    code === "OperationCellsExceedLimit"
  );
}

/** The message for writing to a protected sheet. */
export function protectedSheetMessage(sheet: string, what: string): string {
  return (
    `The sheet "${sheet}" is protected, so ${what} could not be written. ` +
    `Unprotect it (Review > Unprotect Sheet) and try again; nothing was changed.`
  );
}

/** An Office.js failure while working on `sheet`, explained; other errors keep their message. */
export function explainOfficeError(e: unknown, sheet: string, doing: string): Error {
  const code = errorCode(e);
  const detail = e instanceof Error ? e.message : String(e);
  switch (code) {
    case "AccessDenied":
      return new Error(
        `Excel refused ${doing} on the sheet "${sheet}" (access denied): the sheet or the workbook is protected, ` +
          "or the workbook is open read-only. Unprotect it (Review > Unprotect Sheet, or Protect Workbook) " +
          "or open an editable copy, and try again.",
      );
    case "InvalidOperationInCellEditMode":
      return new Error(
        `Excel is editing a cell, so ${doing} on the sheet "${sheet}" had to wait. ` +
          "Press Enter or Esc to finish editing the cell, and try again.",
      );
    case "ItemNotFound":
      return new Error(
        `The sheet "${sheet}" (or a table on it) was renamed or deleted while ${doing}. ` +
          "Read the ledger again and retry.",
      );
    default:
      return new Error(`Excel could not finish ${doing} on the sheet "${sheet}": ${detail}`);
  }
}
