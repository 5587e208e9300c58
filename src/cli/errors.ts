// Errors the command line reports, with the exit code each one gives. Besides these, the engine's LedgerError
// and the file adapter's WorkbookFileError (a damaged or foreign workbook file) are the user's: exit 1.
import type { Problem } from "../engine/model";

export const EXIT_OK = 0;
/** The workbook, its content or a looked-up item/date is the problem. */
export const EXIT_INPUT = 1;
/** The command line itself is wrong (unknown command or option, missing or malformed argument). */
export const EXIT_USAGE = 2;
/** A bug in the tool: not the user's fault. */
export const EXIT_INTERNAL = 3;

/** Wrong command line: print the message and the command's usage. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** The input can't be used: the message says what happened, where, and what to do. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = "InputError";
  }
}
