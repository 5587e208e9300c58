// The Revaluation Journal's use cases before posting: Calculate Inventory Value into the journal (an unposted
// journal replaced only when asked), the journal read for posting or a preview (every cell checked, refused
// when it was posted already: Posted = Yes on its lines, or its checksum in the Posting Log), and the preview.
import {
  calculateInventoryValue,
  type CalculateInventoryValueOptions,
  type RevaluationProblem,
} from "../../engine/calculateInventoryValue";
import { maxEntryNo } from "../../engine/entryMap";
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
import { again, capitalized, inTheirWords, rowList, subject, wordsOf, type NextSteps, type Outcome } from "./wording";
import type { Messages } from "../../i18n";

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

export const nothingDone = (purpose: JournalPurpose, m: Messages): string =>
  m.t(purpose === "post" ? "journal.nothingPosted" : "journal.nothingPreviewed");

/** The journal's replacement, when there was one before. */
export interface JournalReplaced {
  /** Lines of the earlier journal that were not posted (discarded); 0 when it was posted. */
  readonly unposted: number;
}

/**
 * The journal a new one is to replace: null when there is none; refused when it has lines not posted yet and
 * `replace` is not given (a posted journal is always replaced).
 */
export async function journalToReplace(
  port: WorkbookPort,
  rounding: Rounding,
  opts: { readonly replace: boolean; readonly next: NextSteps },
): Promise<Outcome<JournalReplaced | null>> {
  const { next } = opts;
  const m = wordsOf(next);
  const existing = await readRevaluationJournal(port, { rounding });
  if (!existing.table || existing.table.rows.length === 0) return { ok: true, value: null, warnings: [] };
  const postedRows = new Set(existing.rows.filter((r) => r.posted).map((r) => r.rowNumber));
  const open = existing.table.rowNumbers.filter((n) => !postedRows.has(n));
  if (open.length > 0 && !opts.replace) {
    const docs = [...new Set(existing.rows.filter((r) => !r.posted).map((r) => r.line.documentNo))];
    const said = {
      workbook: subject(next),
      journal: existing.label,
      count: open.length,
      rows: rowList(open, m),
      postOrReplace: next.postOrReplace ?? m.t("next.postOrReplace.pane"),
    };
    return {
      ok: false,
      message: docs.length
        ? m.t("journal.unposted", { ...said, documentNos: docs.join(", ") })
        : m.t("journal.unpostedNoDocument", said),
      problems: [],
    };
  }
  return { ok: true, value: { unposted: open.length }, warnings: [] };
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
  const m = wordsOf(next);
  const rounding = roundingOf(ledger);
  const replaceable = await journalToReplace(port, rounding, opts);
  if (!replaceable.ok) return replaceable;
  const replaced = replaceable.value;

  const { lines, refusals } = calculateInventoryValue(ledger, options);
  const problems = inTheirWords(refusals, next);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    return {
      ok: false,
      message: m.t("journal.calculateRefused", { count: errors.length }),
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
  const m = wordsOf(next);
  const doing = nothingDone(purpose, m);
  const rounding = roundingOf(ledger);
  const journal = await readRevaluationJournal(port, {
    rounding,
    complete: (line) => completeRevaluationLine(ledger, line),
  });
  if (!journal.table) {
    return {
      ok: false,
      message: m.t("journal.missing", {
        workbook: subject(next),
        nothing: doing,
        calculate: capitalized(next.calculate),
        again: again(next),
      }),
      problems: [],
    };
  }
  const log = await readPostingLog(port);
  const problems = inTheirWords([...journal.problems, ...log.problems], next);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    return {
      ok: false,
      message: m.t("journal.problems", {
        journal: journal.label,
        count: errors.length,
        nothing: doing,
        again: again(next),
      }),
      problems,
    };
  }
  const lines = journal.rows.map((r) => r.line);
  const logged = await postedBefore(ledger, lines, log);
  const postedRows = journal.rows.filter((r) => r.posted).map((r) => r.rowNumber);
  if (postedRows.length > 0 || logged) {
    const some = postedRows.length > 0 && postedRows.length < journal.rows.length;
    const calculateNew = next.calculateNew ?? m.t("next.calculateNew.pane", { calculate: next.calculate });
    const said = { journal: journal.label, nothing: doing, calculateNew, rows: rowList(postedRows, m) };
    const message = logged
      ? m.t(some ? "journal.postedLoggedSome" : "journal.postedLogged", {
          ...said,
          postedAt: logged.postedAt,
          documentNo: logged.documentNo || m.t("journal.blankDocumentNo"),
          first: String(logged.firstEntryNo),
          last: String(logged.lastEntryNo),
          row: String(logged.rowNumber),
        })
      : m.t(some ? "journal.postedRowsSome" : "journal.postedRows", { ...said, count: postedRows.length });
    return { ok: false, message, problems: [] };
  }
  const interrupted = findInterruptedPost(ledger, journal, log);
  if (interrupted) return { ok: false, message: interruptedMessage(interrupted, journal.label, next), problems: [] };
  const { stale, refusals } = staleLines(ledger, journal);
  if (refusals.length > 0) {
    return {
      ok: false,
      message: m.t("journal.cannotCompare", {
        journal: journal.label,
        count: refusals.length,
        nothing: doing,
        again: again(next),
      }),
      problems: inTheirWords(refusals, next),
    };
  }
  if (stale.length > 0) {
    const date = lines.reduce((d, l) => (l.postingDate > d ? l.postingDate : d), "");
    const recalculate =
      next.calculateAgain?.(date) ?? m.t("next.calculateAgain.pane", { calculate: next.calculate, date: m.date(date) });
    return {
      ok: false,
      message: m.t("journal.stale", {
        journal: journal.label,
        count: stale.length,
        nothing: doing,
        recalculate: capitalized(recalculate),
      }),
      problems: stale,
    };
  }
  const checksum = await postingChecksum(lines, ledger, maxEntryNo(ledger.valueEntries) + 1);
  return { ok: true, value: { journal, log, lines, checksum, rounding }, warnings: problems };
}

/**
 * The Posting Log row of an earlier post of these lines: its checksum is theirs on the ledger as it was before
 * that post's first value entry (or, written by an earlier version, the checksum of the lines alone).
 */
export async function postedBefore(
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
    const m = wordsOf(next);
    return {
      ok: false,
      message: m.t("journal.previewRefused", {
        journal: journal.journal.label,
        count: refusals.length,
        nothing: nothingDone("preview", m),
      }),
      problems: inTheirWords(journalProblems(journal.journal, refusals), next),
    };
  }
  return { ok: true, value: preview, warnings: inTheirWords(refusals, next) };
}
