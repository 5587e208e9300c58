// The Revaluation Journal for post and preview: read and recomputed, every problem collected, and refused
// when it was posted already (Posted = Yes on its lines, or its checksum in the Posting Log).
import { createHash } from "node:crypto";
import type { Problem } from "../engine/model";
import type { Rounding } from "../engine/money";
import type { RevaluationJournalLine } from "../engine/revaluationJournal";
import type { RevaluationProblem } from "../engine";
import { journalCanonicalText, rowProblem, type JournalRead, type PostingLogRead } from "../workbook/journal";
import { InputError } from "./errors";
import { plural } from "./format";
import type { Loaded } from "./load";
import type { Ledger } from "../engine/model";

export interface LoadedJournal {
  readonly journal: JournalRead;
  readonly log: PostingLogRead;
  readonly lines: readonly RevaluationJournalLine[];
  /** sha256 (hex) of the lines' canonical text. */
  readonly checksum: string;
  readonly rounding: Rounding;
}

export function roundingOf(ledger: Ledger): Rounding {
  return { amount: ledger.setup.amountRoundingPrecision, unitAmount: ledger.setup.unitAmountRoundingPrecision };
}

export function journalChecksum(lines: readonly RevaluationJournalLine[]): string {
  return createHash("sha256").update(journalCanonicalText(lines), "utf8").digest("hex");
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

/**
 * Reads the journal of a loaded workbook for posting or a preview (`doing`: "nothing was posted."). Throws an
 * InputError, naming the cells, when there is no journal, a cell is wrong, or the journal was posted already.
 */
export async function loadJournal(
  loaded: Loaded & { ledger: Ledger },
  workbookPath: string,
  doing: string,
): Promise<LoadedJournal> {
  const { services, workbook, ledger } = loaded;
  const rounding = roundingOf(ledger);
  const journal = await workbook.readRevaluationJournal({
    rounding,
    complete: (line) => services.completeRevaluationLine(ledger, line),
  });
  if (!journal.table) {
    throw new InputError(
      `The workbook "${workbookPath}" has no Revaluation Journal; ${doing} Run ` +
        `"costing calc-value ${workbookPath} --date <YYYY-MM-DD>" to calculate one, enter the new ` +
        "Unit Cost (Revalued) on its lines, and run the command again.",
    );
  }
  const log = await workbook.readPostingLog();
  const problems: Problem[] = [...journal.problems, ...log.problems];
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    throw new InputError(
      `The ${journal.label} has ${plural(errors.length, "problem")} that must be fixed first; ${doing} ` +
        "Correct the cells named below and run the command again.",
      problems,
    );
  }
  const lines = journal.rows.map((r) => r.line);
  const checksum = journalChecksum(lines);
  const postedRows = journal.rows.filter((r) => r.posted).map((r) => r.rowNumber);
  const logged = log.entries.find((e) => e.checksum === checksum);
  if (postedRows.length > 0 || logged) {
    const when = logged
      ? `on ${logged.postedAt} (document no. ${logged.documentNo || "blank"}, value entries ` +
        `${logged.firstEntryNo}..${logged.lastEntryNo}; Posting Log, row ${logged.rowNumber})`
      : `(its ${rowList(postedRows)} say Posted = Yes)`;
    const mixed = postedRows.length > 0 && postedRows.length < journal.rows.length;
    throw new InputError(
      `The ${journal.label} was posted already ${when}; ${doing} Posting it again would revalue the ` +
        "inventory twice. To revalue again, calculate a new journal: " +
        `"costing calc-value ${workbookPath} --date <YYYY-MM-DD>"` +
        (mixed ? `, or delete the posted lines (${rowList(postedRows)}) to post only the others.` : "."),
    );
  }
  return { journal, log, lines, checksum, rounding };
}

/** Engine refusals about journal lines, addressed to the sheet rows the lines came from. */
export function journalProblems(journal: JournalRead, refusals: readonly RevaluationProblem[]): Problem[] {
  const rowOf = new Map(journal.rows.map((r) => [r.line.lineNo, r.rowNumber]));
  return refusals.map((p) => {
    const row = p.lineNo !== undefined ? rowOf.get(p.lineNo) : undefined;
    return row !== undefined ? rowProblem(journal.label, row, p) : p;
  });
}
