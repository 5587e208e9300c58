// The Revaluation Journal's use cases before posting: Calculate Inventory Value into the journal (an unposted
// journal replaced only when asked), the journal read for posting or a preview (every cell checked, refused
// when it was posted already: Posted = Yes on its lines, or its checksum in the Posting Log), and the preview.
import {
  calculateInventoryValue,
  type CalculateInventoryValueOptions,
  type RevaluationProblem,
} from "../../engine/calculateInventoryValue";
import type { Ledger, Problem } from "../../engine/model";
import type { Rounding } from "../../engine/money";
import type { RevaluationJournalLine } from "../../engine/revaluationJournal";
import { completeRevaluationLine } from "../../engine/revaluationPosting";
import { previewRevaluation, type RevaluationPreview } from "../../engine/revaluationPreview";
import {
  readPostingLog,
  readRevaluationJournal,
  rowProblem,
  writeRevaluationJournal,
  type JournalRead,
  type PostingLogRead,
} from "../journal";
import type { WorkbookPort } from "../port";
import { journalChecksum, postingChecksum } from "./checksum";
import { findInterruptedPost, interruptedMessage, type InterruptedPost } from "./interrupted";
import { roundingOf } from "./ledger";
import { staleLines } from "./recalculated";
import { again, capitalized, inTheirWords, plural, rowList, subject, type NextSteps, type Outcome } from "./wording";

export interface JournalForPosting {
  readonly journal: JournalRead;
  readonly log: PostingLogRead;
  /** The journal's lines, recomputed from what the user edited (hand-typed lines completed). */
  readonly lines: readonly RevaluationJournalLine[];
  /** The Posting Log's checksum of posting these lines on the ledger as read (see postingChecksum). */
  readonly checksum: string;
  readonly rounding: Rounding;
}

/** What the journal is read for: the words "nothing was posted." or "nothing was previewed.". */
export type JournalPurpose = "post" | "preview";

export const nothingDone = (purpose: JournalPurpose): string =>
  purpose === "post" ? "nothing was posted." : "nothing was previewed.";

/** The journal's replacement, when there was one before. */
export interface JournalReplaced {
  /** Lines of the earlier journal that were not posted (discarded); 0 when it was posted. */
  readonly unposted: number;
}

/**
 * Calculate Inventory Value, written as the Revaluation Journal. A journal with lines not posted yet is
 * replaced only with `replace` (a posted one always is). Business Central's refusals come back as problems,
 * and nothing is written then; no lines (nothing to revalue) writes nothing either.
 */
export async function calculateJournal(
  port: WorkbookPort,
  ledger: Ledger,
  options: CalculateInventoryValueOptions,
  opts: { readonly replace: boolean; readonly next: NextSteps },
): Promise<Outcome<{ readonly lines: readonly RevaluationJournalLine[]; readonly replaced: JournalReplaced | null }>> {
  const { next } = opts;
  const rounding = roundingOf(ledger);
  const existing = await readRevaluationJournal(port, { rounding });
  let replaced: JournalReplaced | null = null;
  if (existing.table && existing.table.rows.length > 0) {
    const postedRows = new Set(existing.rows.filter((r) => r.posted).map((r) => r.rowNumber));
    const open = existing.table.rowNumbers.filter((n) => !postedRows.has(n));
    if (open.length > 0 && !opts.replace) {
      const docs = [...new Set(existing.rows.filter((r) => !r.posted).map((r) => r.line.documentNo))];
      return {
        ok: false,
        message:
          `${subject(next)} already has a ${existing.label} with ${plural(open.length, "line")} not posted yet ` +
          `(${rowList(open)}${docs.length ? `, document no. ${docs.join(", ")}` : ""}); nothing was written. ` +
          (next.postOrReplace ?? "Post it first, or calculate again choosing to replace it."),
        problems: [],
      };
    }
    replaced = { unposted: open.length };
  }

  const { lines, refusals } = calculateInventoryValue(ledger, options);
  const problems = inTheirWords(refusals, next);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    return {
      ok: false,
      message: `Calculate Inventory Value was refused for ${plural(errors.length, "reason")} below; nothing was written.`,
      problems,
    };
  }
  if (lines.length > 0) await writeRevaluationJournal(port, lines, rounding);
  return { ok: true, value: { lines, replaced: lines.length > 0 ? replaced : null }, warnings: problems };
}

/**
 * The Revaluation Journal read for posting or a preview: every cell parsed and the lines recomputed
 * (hand-typed lines completed from the ledger). Not ok, with the cells named, when there is no journal, a
 * cell is wrong, the journal was posted already (Posted = Yes on its lines, or its checksum in the Posting
 * Log), its last post was interrupted, or it was calculated on another state of the ledger (an Inventory Value
 * (Calculated) that Calculate Inventory Value no longer gives).
 */
export async function readJournalForPosting(
  port: WorkbookPort,
  ledger: Ledger,
  next: NextSteps,
  purpose: JournalPurpose = "post",
): Promise<Outcome<JournalForPosting>> {
  const doing = nothingDone(purpose);
  const rounding = roundingOf(ledger);
  const journal = await readRevaluationJournal(port, {
    rounding,
    complete: (line) => completeRevaluationLine(ledger, line),
  });
  if (!journal.table) {
    return {
      ok: false,
      message:
        `${subject(next)} has no Revaluation Journal; ${doing} ${capitalized(next.calculate)} to calculate one, ` +
        `enter the new Unit Cost (Revalued) on its lines, and ${again(next)}.`,
      problems: [],
    };
  }
  const log = await readPostingLog(port);
  const problems = inTheirWords([...journal.problems, ...log.problems], next);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    return {
      ok: false,
      message:
        `The ${journal.label} has ${plural(errors.length, "problem")} that must be fixed first; ${doing} ` +
        `Correct the cells named below and ${again(next)}.`,
      problems,
    };
  }
  const lines = journal.rows.map((r) => r.line);
  const logged = await postedBefore(ledger, lines, log);
  const postedRows = journal.rows.filter((r) => r.posted).map((r) => r.rowNumber);
  if (postedRows.length > 0 || logged) {
    const when = logged
      ? `on ${logged.postedAt} (document no. ${logged.documentNo || "blank"}, value entries ` +
        `${logged.firstEntryNo}..${logged.lastEntryNo}; Posting Log, row ${logged.rowNumber})`
      : `(its ${rowList(postedRows)} ${postedRows.length === 1 ? "says" : "say"} Posted = Yes)`;
    const mixed = postedRows.length > 0 && postedRows.length < journal.rows.length;
    return {
      ok: false,
      message:
        `The ${journal.label} was posted already ${when}; ${doing} Posting it again would revalue the ` +
        `inventory twice. To revalue again, ${next.calculateNew ?? `${next.calculate} to calculate a new journal`}` +
        (mixed ? `, or delete the posted lines (${rowList(postedRows)}) to post only the others.` : "."),
      problems: [],
    };
  }
  const interrupted = findInterruptedPost(ledger, journal, log);
  if (interrupted) return { ok: false, message: interruptedMessage(interrupted, journal.label, next), problems: [] };
  const { stale, refusals } = staleLines(ledger, journal);
  if (refusals.length > 0) {
    return {
      ok: false,
      message:
        `The ${journal.label} cannot be compared with the ledger, which it must match to be posted: Calculate ` +
        `Inventory Value, run again for its lines, is refused for ${plural(refusals.length, "reason")} below; ` +
        `${doing} Correct what they say and ${again(next)}.`,
      problems: inTheirWords(refusals, next),
    };
  }
  if (stale.length > 0) {
    const date = lines.reduce((d, l) => (l.postingDate > d ? l.postingDate : d), "");
    const recalculate = next.calculateAgain?.(date) ?? `${next.calculate} for ${date}, choosing to replace the journal`;
    return {
      ok: false,
      message:
        `The ${journal.label} was calculated on the ledger as it was before: ${plural(stale.length, "line")} ` +
        `no longer ${stale.length === 1 ? "matches" : "match"} what Calculate Inventory Value gives now (below); ` +
        `${doing} Posting it would revalue the inventory from values it no longer has, a second time if the ` +
        `journal was posted before. ${capitalized(recalculate)}, then enter the new Unit Cost (Revalued) and post ` +
        "again.",
      problems: stale,
    };
  }
  const checksum = await postingChecksum(lines, ledger, nextEntryNo(ledger));
  return { ok: true, value: { journal, log, lines, checksum, rounding }, warnings: problems };
}

/** The entry no. the next value entry gets. */
const nextEntryNo = (ledger: Ledger): number => ledger.valueEntries.reduce((m, v) => Math.max(m, v.entryNo), 0) + 1;

/**
 * The Posting Log row of an earlier post of these lines: its checksum is theirs on the ledger as it was before
 * that post's first value entry (or, written by an earlier version, the checksum of the lines alone).
 */
async function postedBefore(
  ledger: Ledger,
  lines: readonly RevaluationJournalLine[],
  log: PostingLogRead,
): Promise<PostingLogRead["entries"][number] | undefined> {
  if (log.entries.length === 0) return undefined;
  const alone = await journalChecksum(lines);
  for (const e of log.entries) {
    if (e.checksum === alone || e.checksum === (await postingChecksum(lines, ledger, e.firstEntryNo))) return e;
  }
  return undefined;
}

/** The journal's interrupted post, if the last Post stopped half way (see interrupted.ts). */
export async function readInterruptedPost(
  port: WorkbookPort,
  ledger: Ledger,
): Promise<{ readonly journal: JournalRead; readonly found: InterruptedPost } | null> {
  const rounding = roundingOf(ledger);
  const journal = await readRevaluationJournal(port, {
    rounding,
    complete: (line) => completeRevaluationLine(ledger, line),
  });
  if (!journal.table) return null;
  const found = findInterruptedPost(ledger, journal, await readPostingLog(port));
  return found ? { journal, found } : null;
}

/** Engine refusals about journal lines, addressed to the sheet rows the lines came from. */
export function journalProblems(journal: JournalRead, refusals: readonly RevaluationProblem[]): Problem[] {
  const rowOf = new Map(journal.rows.map((r) => [r.line.lineNo, r.rowNumber]));
  return refusals.map((p) => {
    const row = p.lineNo !== undefined ? rowOf.get(p.lineNo) : undefined;
    return row !== undefined ? rowProblem(journal.label, row, p) : p;
  });
}

/**
 * What posting the journal would do (the value entries, inventory and cost of goods sold before and after),
 * computed on a copy: nothing is written. Business Central's refusals come back as problems on the sheet rows.
 */
export function previewJournal(
  ledger: Ledger,
  journal: JournalForPosting,
  next?: NextSteps,
): Outcome<RevaluationPreview> {
  const { preview, refusals } = previewRevaluation(ledger, journal.lines);
  if (!preview) {
    return {
      ok: false,
      message:
        `Posting the ${journal.journal.label} would be refused for ${plural(refusals.length, "reason")} below; ` +
        nothingDone("preview"),
      problems: inTheirWords(journalProblems(journal.journal, refusals), next),
    };
  }
  return { ok: true, value: preview, warnings: inTheirWords(refusals, next) };
}
