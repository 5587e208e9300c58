// The revaluation commands' side of the workbook use cases: the command line's words for the user's next
// step, and an outcome turned into its value or an InputError (exit 1) naming the problems.
import { ENGLISH_MESSAGES, type Messages } from "../i18n";
import type { NextSteps, Outcome } from "../workbook/useCases";
import { InputError } from "./errors";

/** The next steps as the command line words them, for the workbook at this path, in the user's language. */
export function cliNextSteps(workbookPath: string, m: Messages = ENGLISH_MESSAGES): NextSteps {
  const workbook = workbookPath;
  return {
    messages: m,
    calculate: m.t("next.calculate.cli", { workbook }),
    adjust: m.t("next.adjust.cli"),
    workbook: m.t("next.workbook.cli", { workbook }),
    again: m.t("next.again.cli"),
    calculateNew: m.t("next.calculateNew.cli", { workbook }),
    postOrReplace: m.t("next.postOrReplace.cli", { workbook }),
    calculateAgain: (date) => m.t("next.calculateAgain.cli", { workbook, date }),
    finishPost: m.t("next.finishPost.cli", { workbook }),
    rollBackPost: m.t("next.rollBackPost.cli", { workbook }),
    refreshScenario: (name) => m.t("next.refreshScenario.cli", { workbook, name }),
    replaceScenario: m.t("next.replaceScenario.cli"),
    postOrReplaceScenario: m.t("next.postOrReplaceScenario.cli", { workbook }),
  };
}

/** The outcome when it is ok; otherwise an InputError with its message and problems (exit 1). */
export function succeeded<T>(outcome: Outcome<T>): Extract<Outcome<T>, { ok: true }> {
  if (!outcome.ok) throw new InputError(outcome.message, outcome.problems);
  return outcome;
}
