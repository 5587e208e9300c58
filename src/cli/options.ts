// Options several commands share, with the words their usage gives them.
import { COSTING_METHODS, type CostingMethod, type MessageText } from "../engine/model";
import { parseCostingMethod } from "../workbook/costingMethods";
import { stringOption, type OptionSpec, type ParsedArgs } from "./command";

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

/** --costing-method: the costing method of the items the workbook gives none (else they stop the command). */
export const COSTING_METHOD_SPEC: OptionSpec = {
  type: "string",
  value: "method",
  choices: COSTING_METHODS,
  description:
    `cost the items whose costing method the workbook does not give (no Costing Method column in Items, an ` +
    `empty cell, an item not in Items) with this one: ${COSTING_METHODS.join(", ")}; the output says so ` +
    "first. Without it such items stop the command: nothing is costed on a guess",
};

/** The words that end the error for items without a costing method: how to choose one on the command line. */
/** The command line's words for choosing a costing method, ending the error for items without one. */
export const CHOOSE_COSTING_METHOD: MessageText = {
  key: "costingMethod.chooseOnCommandLine",
  params: { methods: COSTING_METHODS.join("|") },
};

/** --costing-method as given (one of its choices: parseCommandArgs checked it), or undefined. */
export function costingMethodOption(args: ParsedArgs): CostingMethod | undefined {
  const given = stringOption(args, "costing-method");
  return given === undefined ? undefined : parseCostingMethod(given);
}
