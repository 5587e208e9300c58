// The revaluation commands' side of the workbook use cases: the command line's words for the user's next
// step, and an outcome turned into its value or an InputError (exit 1) naming the problems.
import type { NextSteps, Outcome } from "../workbook/useCases";
import { InputError } from "./errors";

/** The next steps as the command line words them, for the workbook at this path. */
export function cliNextSteps(workbookPath: string): NextSteps {
  const calcValue = `"costing calc-value ${workbookPath} --date <YYYY-MM-DD>"`;
  return {
    calculate: `run ${calcValue}`,
    adjust: 'run "costing adjust"',
    workbook: `The workbook "${workbookPath}"`,
    again: "run the command again",
    calculateNew: `calculate a new journal: ${calcValue}`,
    postOrReplace: `Post it first ("costing post ${workbookPath}"), or run calc-value again with --replace to discard it.`,
    calculateAgain: (date) =>
      `run "costing calc-value ${workbookPath} --date ${date} --replace" (with the --item, --per and other ` +
      "options it was calculated with)",
    finishPost: `with "costing post ${workbookPath} --finish"`,
    rollBackPost: `with "costing post ${workbookPath} --rollback"`,
  };
}

/** The outcome when it is ok; otherwise an InputError with its message and problems (exit 1). */
export function succeeded<T>(outcome: Outcome<T>): Extract<Outcome<T>, { ok: true }> {
  if (!outcome.ok) throw new InputError(outcome.message, outcome.problems);
  return outcome;
}
