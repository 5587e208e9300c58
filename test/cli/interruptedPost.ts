// A workbook whose post of the Revaluation Journal was interrupted, as a crash leaves it: the sample adjusted,
// FIFO-REVAL revalued to 8.00 and AVG-BACKDATE to 15.00 on 2020-02-01 (four revaluation entries, -14.00, and
// Adjust Cost's entries for the sales after), then the post stopped after appending value entries, with no
// Posting Log row and the journal not marked posted.
import { postRevaluationJournal } from "../../src/engine";
import { openWorkbook } from "../../src/files";
import { appendValueEntries, loadLedger, readJournalForPosting } from "../../src/workbook/useCases";
import { costing, editJournal, sampleCopy, snapshot, type Kind } from "./helpers";

const NEXT = { calculate: "calculate", adjust: "adjust" };

/** The sample, adjusted, with the journal's two lines revalued: ready to post. */
export async function journalToPost(kind: Kind): Promise<string> {
  const wb = await sampleCopy(kind);
  expect((await costing(["adjust", wb])).code).toBe(0);
  const calc = ["calc-value", wb, "--date", "2020-02-01", "--item", "FIFO-REVAL", "--item", "AVG-BACKDATE"];
  expect((await costing(calc)).code).toBe(0);
  await editJournal(wb, "FIFO-REVAL", "Unit Cost (Revalued)", 8);
  await editJournal(wb, "AVG-BACKDATE", "Unit Cost (Revalued)", 15);
  return wb;
}

export interface Interrupted {
  readonly wb: string;
  /** The workbook's files before the interrupted post appended anything. */
  readonly before: Record<string, string>;
}

/**
 * The post interrupted after appending its value entries: all of them (`what` "all"), the revaluation entries
 * only (the post stopped before Adjust Cost's were appended: "revaluations"), or the first revaluation entry
 * only ("part").
 */
export async function interruptedPost(kind: Kind, what: "all" | "revaluations" | "part" = "all"): Promise<Interrupted> {
  const wb = await journalToPost(kind);
  const before = await snapshot(wb);
  const port = await openWorkbook(wb);
  const { ledger } = await loadLedger(port);
  const journal = await readJournalForPosting(port, ledger!, NEXT);
  if (!journal.ok) throw new Error(journal.message);
  const { result } = postRevaluationJournal(ledger!, journal.value.lines, { adjust: true });
  const { revaluationEntries, adjustmentEntries } = result!;
  expect(revaluationEntries).toHaveLength(4);
  expect(adjustmentEntries.length).toBeGreaterThan(0);
  const appended =
    what === "all"
      ? [...revaluationEntries, ...adjustmentEntries]
      : what === "revaluations"
        ? revaluationEntries
        : revaluationEntries.slice(0, 1);
  await appendValueEntries(port, ledger!, appended);
  await port.save();
  return { wb, before };
}
