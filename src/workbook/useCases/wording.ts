// What the use cases return, and the words they use: an Outcome (a value with its warnings, or a message with
// the problems behind it), and the front end's words for the user's next step (NextSteps), so the command
// line and the task pane say the same thing each in its own terms and in the user's language.
import type { Problem } from "../../engine/model";
import { ENGLISH_MESSAGES, type Messages } from "../../i18n";

/** A use case's result: its value and the warnings met on the way, or why nothing was done and the problems. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly message: string; readonly problems: readonly Problem[] };

/**
 * How the user's front end words the next step, as a phrase that follows "then" or starts a sentence once
 * capitalized, in the user's language (`messages`, English when absent). Command line: `run "costing
 * calc-value <wb> --date <YYYY-MM-DD>"`, `run "costing adjust"`; task pane: `use "Calculate inventory value"`,
 * `use "Adjust cost"`. The optional phrases default to the catalogue's words for a front end working on the
 * open workbook (next.*.pane); the command line gives its own (cliNextSteps).
 */
export interface NextSteps {
  /** The user's language: the messages the use cases word their sentences in (default English). */
  readonly messages?: Messages;
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
  /**
   * How to take a scenario again on the ledger as it is now, a phrase that starts a sentence once capitalized
   * (default `press "Recalculate" on the scenario "<name>"`); command line: `run "costing scenario refresh ..."`.
   */
  readonly refreshScenario?: (name: string) => string;
  /** What to do when a scenario's name is taken (default: give another name, or choose to replace it). */
  readonly replaceScenario?: string;
  /** What to do about a journal not posted yet when a scenario is to be posted (default: the pane's checkbox). */
  readonly postOrReplaceScenario?: string;
}

/** The messages of the front end's language (English when it gave none). */
export const wordsOf = (next: NextSteps | undefined): Messages => next?.messages ?? ENGLISH_MESSAGES;

/** Row numbers as ranges: "2-4, 7". */
export function rowRanges(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(j > i ? `${rows[i]}-${rows[j]}` : String(rows[i]));
    i = j;
  }
  return parts.join(", ");
}

/** "rows 2-4, 7" ("Zeilen 2-4, 7"). */
export function rowList(rows: readonly number[], m: Messages = ENGLISH_MESSAGES): string {
  return m.t("rows", { count: rows.length, rows: rowRanges(rows) });
}

export const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const subject = (next: NextSteps | undefined): string => next?.workbook ?? wordsOf(next).t("next.workbook.pane");
export const again = (next: NextSteps | undefined): string => next?.again ?? wordsOf(next).t("next.again.pane");

// The engine and the journal reader word their hints for the command line, in English; another front end
// gets its own, in English too (the engine's messages are English whole).
const ENGINE_ADJUST = ENGLISH_MESSAGES.t("next.adjust.cli");
const ENGINE_CALCULATE = 'run "costing calc-value"';

/** The front end's phrases as the engine's English messages take them. */
function englishPhrases(next: NextSteps): { adjust: string; calculate: string } {
  if (wordsOf(next).locale.lang === "en") return next;
  const cli = next.adjust === wordsOf(next).t("next.adjust.cli");
  return cli
    ? { adjust: ENGINE_ADJUST, calculate: ENGINE_CALCULATE }
    : { adjust: ENGLISH_MESSAGES.t("next.adjust.pane"), calculate: ENGLISH_MESSAGES.t("next.calculate.pane") };
}

function reworded(message: string, next: NextSteps): string {
  const { adjust, calculate } = englishPhrases(next);
  let m = message;
  if (adjust !== ENGINE_ADJUST) {
    m = m
      .split('Run Adjust Cost - Item Entries ("costing adjust") first')
      .join(`Run Adjust Cost - Item Entries first (${adjust})`)
      .split(ENGINE_ADJUST)
      .join(adjust);
  }
  // The command line's own phrase names the workbook and the date; its hints stay as they are.
  if (!calculate.startsWith('run "costing calc-value')) m = m.split(ENGINE_CALCULATE).join(calculate);
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

/** Entry numbers (or item numbers) as a short list: "5, 6, 9" or "5, 6, 9, ... (12 more)". */
export function entryList(entryNos: readonly (number | string)[], shown = 10, m: Messages = ENGLISH_MESSAGES): string {
  const more = entryNos.length - shown;
  const list = entryNos.slice(0, shown).join(", ");
  return more > 0 ? m.t("entriesMore", { entries: list, more }) : list;
}

/** Why an item was left out of Adjust Cost: its costs kept moving (engine: UnsettledItem). */
export function unsettledMessage(
  u: { readonly itemNo: string; readonly entries: readonly number[]; readonly rounds: number },
  next?: NextSteps,
): string {
  const m = wordsOf(next);
  return u.entries.length > 0
    ? m.t("unsettled.entries", {
        item: u.itemNo,
        rounds: u.rounds,
        entries: entryList(u.entries, 10, m),
        again: again(next),
      })
    : m.t("unsettled.item", { item: u.itemNo, rounds: u.rounds, again: again(next) });
}

/** An item's change in words: "inventory down, COGS up" (a sign alone does not say which way cost moved). */
export function changeWords(
  i: {
    readonly inventoryBefore: bigint;
    readonly inventoryAfter: bigint;
    readonly cogsBefore: bigint;
    readonly cogsAfter: bigint;
  },
  m: Messages = ENGLISH_MESSAGES,
): string {
  return [
    i.inventoryAfter < i.inventoryBefore ? m.t("pane.post.inventoryDown") : null,
    i.inventoryAfter > i.inventoryBefore ? m.t("pane.post.inventoryUp") : null,
    i.cogsAfter > i.cogsBefore ? m.t("pane.post.cogsUp") : null,
    i.cogsAfter < i.cogsBefore ? m.t("pane.post.cogsDown") : null,
  ]
    .filter((w) => w !== null)
    .join(", ");
}
