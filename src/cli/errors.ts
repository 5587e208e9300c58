// Errors the command line reports, with the exit code each one gives. Besides these, the engine's LedgerError
// and the file adapter's WorkbookFileError (a damaged or foreign workbook file) are the user's: exit 1.
import type { Problem } from "../engine/model";
import { ENGLISH_MESSAGES, type Said } from "../i18n";

/** A message given as text (English) or as a catalogue message, said in the user's language when reported. */
export type ErrorMessage = string | Said;

const english = (m: ErrorMessage): string => (typeof m === "string" ? m : ENGLISH_MESSAGES.said(m));

export const EXIT_OK = 0;
/** The workbook, its content or a looked-up item/date is the problem. */
export const EXIT_INPUT = 1;
/** The command line itself is wrong (unknown command or option, missing or malformed argument). */
export const EXIT_USAGE = 2;
/** A bug in the tool: not the user's fault. */
export const EXIT_INTERNAL = 3;

/** Wrong command line: print the message and the command's usage. */
export class UsageError extends Error {
  /** The message as catalogue data, when it was given so (said in the user's language). */
  readonly said?: Said;
  constructor(
    message: ErrorMessage,
    readonly command?: string,
  ) {
    super(english(message));
    this.name = "UsageError";
    if (typeof message !== "string") this.said = message;
  }
}

/** The input can't be used: the message says what happened, where, and what to do. */
export class InputError extends Error {
  readonly said?: Said;
  constructor(
    message: ErrorMessage,
    readonly problems: readonly Problem[] = [],
  ) {
    super(english(message));
    this.name = "InputError";
    if (typeof message !== "string") this.said = message;
  }
}
