// Options several commands share, with the words their usage gives them.
import type { OptionSpec } from "./command";

/** --out <path>; `what` is what is written there ("the result", "the adjusted workbook"). */
export function outSpec(what = "the result"): OptionSpec {
  return {
    type: "string",
    short: "o",
    value: "path",
    description:
      `write ${what} there (an .xlsx for an .xlsx, a folder for a CSV folder)\n` +
      "and leave <workbook> untouched; without --out the workbook is updated in place",
  };
}

export const JSON_SPEC: OptionSpec = { type: "boolean", description: "print JSON (amounts as decimal strings)" };

/** --date <YYYY-MM-DD>, required; `meaning` says which date it is. */
export function dateSpec(meaning: string): OptionSpec {
  return { type: "string", short: "d", value: "YYYY-MM-DD", required: true, description: meaning };
}
