// Posting the Revaluation Journal: everything checked first (Business Central's posting rules, by the
// engine), then, in this order, the value entries appended, the items' new costs written, a Posting Log row
// added and the journal marked posted. Nothing is written when posting is refused.
import type { Ledger, ValueEntry } from "../../engine/model";
import { postRevaluationJournal, type PostRevaluationResult } from "../../engine/revaluationPosting";
import { appendPostingLog, markJournalPosted, postedAtNow, readPostingLog } from "../journal";
import type { WorkbookPort } from "../port";
import type { AppendTarget } from "../write";
import { journalProblems, nothingDone, type JournalForPosting } from "./journal";
import { appendValueEntries, updateItems } from "./ledger";
import { markPhase, timePhase } from "../phases";
import { again, inTheirWords, wordsOf, type NextSteps, type Outcome } from "./wording";

export interface PostSummary {
  readonly result: PostRevaluationResult;
  /** When, as the Posting Log has it (ISO timestamp to the second, UTC). */
  readonly postedAt: string;
  /** The document nos. of the lines posted (those with an Amount). */
  readonly documentNos: readonly string[];
  /** The value entries appended (revaluations and adjustments), by entry no. */
  readonly created: readonly ValueEntry[];
  /** What could not be written to Items (no row, no column), in the user's words. */
  readonly notes: readonly string[];
  readonly checksum: string;
}

/**
 * Posts the journal read by readJournalForPosting: the revaluation value entries, then (with `adjust`) Adjust
 * Cost so the revaluation reaches the sales it affects; the items' Standard Cost where lines say Update
 * Standard Cost; a Posting Log row; the journal's lines marked Posted = Yes. Not ok, with nothing written,
 * when no line has an Amount or Business Central refuses (each refusal on its journal row).
 */
export async function postJournal(
  port: WorkbookPort,
  ledger: Ledger,
  journal: JournalForPosting,
  opts: {
    readonly adjust: boolean;
    readonly now?: () => string;
    readonly next?: NextSteps;
    /** The Value Entries table as loadLedger read it, when nothing has changed it since: not read again. */
    readonly valueEntriesTable?: AppendTarget;
  },
): Promise<Outcome<PostSummary>> {
  const m = wordsOf(opts.next);
  const doing = nothingDone("post", m);
  const { journal: read, lines, checksum, rounding } = journal;
  const moving = lines.filter((l) => l.amount !== 0n && l.quantity !== 0n);
  if (moving.length === 0) {
    const said = { journal: read.label, nothing: doing, again: again(opts.next) };
    return {
      ok: false,
      message: lines.length === 0 ? m.t("post.noLines", said) : m.t("post.noAmount", { ...said, count: lines.length }),
      problems: [],
    };
  }
  const { result, refusals } = timePhase("post", () => postRevaluationJournal(ledger, lines, { adjust: opts.adjust }));
  if (!result) {
    return {
      ok: false,
      message: m.t("post.refused", { journal: read.label, count: refusals.length, nothing: doing }),
      problems: inTheirWords(journalProblems(read, refusals), opts.next),
    };
  }

  const created = [...result.revaluationEntries, ...result.adjustmentEntries].sort((a, b) => a.entryNo - b.entryNo);
  // A line per item ledger entry carries that entry's dimensions (Calculate Inventory Value's CopyDim).
  const perEntry = new Set(
    moving.filter((l) => l.inventoryValuePer === "").map((l) => `${l.appliesToEntry}|${l.documentNo}|${l.postingDate}`),
  );
  const revaluedPerEntry = (v: ValueEntry) => perEntry.has(`${v.itemLedgerEntryNo}|${v.documentNo}|${v.postingDate}`);
  await timePhase("append", () =>
    appendValueEntries(port, ledger, created, opts.valueEntriesTable, { revaluedPerEntry }),
  );
  const notes = await updateItems(port, ledger, result.updatedItems);
  const documentNos = [...new Set(moving.map((l) => l.documentNo))];
  const postedAt = (opts.now ?? postedAtNow)();
  const log = await readPostingLog(port);
  await appendPostingLog(
    port,
    log.table,
    {
      postedAt,
      documentNo: documentNos.join(", "),
      lines: result.postedLines,
      firstEntryNo: created[0]?.entryNo ?? 0,
      lastEntryNo: created[created.length - 1]?.entryNo ?? 0,
      totalAmount: result.totalAmount,
      checksum,
    },
    rounding,
  );
  await markJournalPosted(port, read, rounding);
  markPhase("journal");
  return {
    ok: true,
    value: { result, postedAt, documentNos, created, notes, checksum },
    warnings: inTheirWords(refusals, opts.next),
  };
}
