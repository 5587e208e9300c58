// What the use cases return, and the words they use: an Outcome (a value with its warnings, or a message with
// the problems behind it), and the front end's words for the user's next step (NextSteps), so the command
// line and the task pane say the same thing each in its own terms.
import type { Problem } from "../../engine/model";

/** A use case's result: its value and the warnings met on the way, or why nothing was done and the problems. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly message: string; readonly problems: readonly Problem[] };

/**
 * How the user's front end words the next step, as a phrase that follows "then" or starts a sentence once
 * capitalized. Command line: `run "costing calc-value <wb> --date <YYYY-MM-DD>"`, `run "costing adjust"`;
 * task pane: `use "Calculate inventory value"`, `use "Adjust cost"`. The optional phrases default to words
 * for a front end working on the open workbook; the command line gives its own to keep its messages.
 */
export interface NextSteps {
  /** How to calculate a Revaluation Journal. */
  readonly calculate: string;
  /** How to run Adjust Cost - Item Entries. */
  readonly adjust: string;
  /** The workbook as a sentence's subject (default "The workbook"); command line: `The workbook "<path>"`. */
  readonly workbook?: string;
  /** What to do once something is corrected (default "try again"); command line: "run the command again". */
  readonly again?: string;
  /**
   * After "To revalue again, ": how to calculate a new journal (default "<calculate> to calculate a new
   * journal"); command line: `calculate a new journal: "costing calc-value <wb> --date <YYYY-MM-DD>"`.
   */
  readonly calculateNew?: string;
  /**
   * What to do about a journal not posted yet when a new one is calculated (default "Post it first, or
   * calculate again choosing to replace it."); command line: `Post it first ("costing post <wb>"), or run
   * calc-value again with --replace to discard it.`
   */
  readonly postOrReplace?: string;
  /**
   * How to calculate the journal again on the ledger as it is now, replacing it (default "<calculate> for
   * <date>, choosing to replace the journal"); command line: `run "costing calc-value <wb> --date <date> --replace" ...`.
   */
  readonly calculateAgain?: (postingDate: string) => string;
  /**
   * How to finish and how to roll back an interrupted post, each a phrase after "Finish the post" / "roll it
   * back" (default: none, and the sentence ends "in the task pane's Post step"); command line:
   * `with "costing post <wb> --finish"` and `with "costing post <wb> --rollback"`.
   */
  readonly finishPost?: string;
  readonly rollBackPost?: string;
}

/** "1 item" / "3 items" */
export function plural(n: number, one: string, many = one + "s"): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "rows 2-4, 7" */
export function rowList(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(j > i ? `${rows[i]}-${rows[j]}` : String(rows[i]));
    i = j;
  }
  return `${rows.length === 1 ? "row" : "rows"} ${parts.join(", ")}`;
}

export const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const subject = (next: NextSteps | undefined): string => next?.workbook ?? "The workbook";
export const again = (next: NextSteps | undefined): string => next?.again ?? "try again";

// The engine and the journal reader word their hints for the command line; another front end gets its own.
const ENGINE_ADJUST = 'run "costing adjust"';
const ENGINE_CALCULATE = 'run "costing calc-value"';

function reworded(message: string, next: NextSteps): string {
  let m = message;
  if (next.adjust !== ENGINE_ADJUST) {
    m = m
      .split('Run Adjust Cost - Item Entries ("costing adjust") first')
      .join(`Run Adjust Cost - Item Entries first (${next.adjust})`)
      .split(ENGINE_ADJUST)
      .join(next.adjust);
  }
  // The command line's own phrase names the workbook and the date; its hints stay as they are.
  if (!next.calculate.startsWith('run "costing calc-value')) m = m.split(ENGINE_CALCULATE).join(next.calculate);
  return m;
}

/** The problems with the command line's hints ("costing adjust", ...) in the front end's words. */
export function inTheirWords<P extends Problem>(problems: readonly P[], next: NextSteps | undefined): P[] {
  if (!next) return [...problems];
  return problems.map((p) => {
    const message = reworded(p.message, next);
    return message === p.message ? p : { ...p, message };
  });
}

/** Entry numbers as a short list: "5, 6, 9" or "5, 6, 9, ... (12 more)". */
export function entryList(entryNos: readonly number[], shown = 10): string {
  const more = entryNos.length - shown;
  return entryNos.slice(0, shown).join(", ") + (more > 0 ? `, ... (${more} more)` : "");
}

/** Why an item was left out of Adjust Cost: its costs kept moving (engine: UnsettledItem). */
export function unsettledMessage(
  u: { readonly itemNo: string; readonly entries: readonly number[]; readonly rounds: number },
  next?: NextSteps,
): string {
  const loop =
    u.entries.length > 0
      ? `the costs of item ledger entries ${entryList(u.entries)} kept changing each other`
      : "its costs kept changing";
  return (
    `Item ${u.itemNo} was not adjusted: after ${u.rounds} rounds of Adjust Cost ${loop} (a loop of applications or ` +
    `transfers). No value entries were written for it; the other items were adjusted. Check the Applies-to Entry and ` +
    `the transfers of those entries, correct the ledger and ${again(next)}.`
  );
}
