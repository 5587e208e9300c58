// An interrupted post (value entries appended, no Posting Log row): found on the next read, posting again is
// refused (it would revalue twice), and it can be finished or rolled back.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { postRevaluationJournal } from "../../src/engine";
import { openWorkbook } from "../../src/files";
import type { WorkbookPort } from "../../src/workbook/port";
import {
  appendValueEntries,
  finishInterruptedPost,
  loadLedger,
  readInterruptedPost,
  readJournalForPosting,
  rollBackInterruptedPost,
} from "../../src/workbook/useCases";
import { costing, removeTemps, sampleCopy } from "../cli/helpers";

afterAll(removeTemps);

const NEXT = { calculate: 'use "Calculate inventory value"', adjust: 'use "Adjust cost"' };

/** The CSV adapter plus row deletion, as the Office.js adapter has it (the file adapters never need it). */
async function portWithDelete(folder: string) {
  const port = await openWorkbook(folder);
  const withDelete: WorkbookPort = Object.assign(Object.create(port) as WorkbookPort, {
    async deleteRowsFrom(name: string, fromRow: number) {
      const t = (await port.readTable({ name, excelName: name.replace(/ /g, ""), isHeaderRow: () => false }))!;
      const keep = t.rows.filter((_, i) => t.rowNumbers[i] < fromRow);
      await port.writeTable(name, t.headers, keep);
    },
  });
  return { port: withDelete, save: () => port.save() };
}

async function interruptedWorkbook(): Promise<string> {
  const wb = await sampleCopy("csv");
  expect((await costing(["adjust", wb])).code).toBe(0);
  expect((await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "FIFO-PLAIN"])).code).toBe(0);
  const file = path.join(wb, "Revaluation Journal.csv");
  const [header, ...rows] = (await readFile(file, "utf8")).trim().split("\n");
  const col = header.split(",").indexOf("Unit Cost (Revalued)");
  const edited = rows.map((r) =>
    r
      .split(",")
      .map((c, i) => (i === col ? "5" : c))
      .join(","),
  );
  await writeFile(file, [header, ...edited].join("\n") + "\n");
  // The post stops after appending the value entries: no Posting Log row, the journal not marked.
  const { port, save } = await portWithDelete(wb);
  const { ledger } = await loadLedger(port);
  const journal = await readJournalForPosting(port, ledger!, NEXT);
  if (!journal.ok) throw new Error(journal.message);
  const { result } = postRevaluationJournal(ledger!, journal.value.lines, { adjust: true });
  await appendValueEntries(port, ledger!, [...result!.revaluationEntries, ...result!.adjustmentEntries]);
  await save();
  return wb;
}

test("found on the next read; posting again is refused; finishing writes the log and marks the journal", async () => {
  const wb = await interruptedWorkbook();
  const { port, save } = await portWithDelete(wb);
  const { ledger } = await loadLedger(port);
  const again = await readJournalForPosting(port, ledger!, NEXT);
  expect(again.ok).toBe(false);
  expect(!again.ok && again.message).toMatch(/was interrupted: value entries \d+\.\.\d+ were appended/);
  const state = (await readInterruptedPost(port, ledger!))!;
  expect(state.found.complete).toBe(true);
  const done = await finishInterruptedPost(port, ledger!, state.journal, state.found, { adjust: true });
  expect(done.ok).toBe(true);
  await save();
  const after = await portWithDelete(wb);
  const reread = await loadLedger(after.port);
  const posted = await readJournalForPosting(after.port, reread.ledger!, NEXT);
  expect(!posted.ok && posted.message).toMatch(/was posted already/);
  expect(await readInterruptedPost(after.port, reread.ledger!)).toBeNull();
});

test("rolling back deletes the appended rows, and the journal can be posted again", async () => {
  const wb = await interruptedWorkbook();
  const before = (await readFile(path.join(wb, "Value Entries.csv"), "utf8")).trim().split("\n").length;
  const { port, save } = await portWithDelete(wb);
  const { ledger } = await loadLedger(port);
  const state = (await readInterruptedPost(port, ledger!))!;
  const rolled = await rollBackInterruptedPost(port, state.found);
  expect(rolled.ok && rolled.value).toBe(state.found.lastEntryNo - state.found.firstEntryNo + 1);
  await save();
  const after = (await readFile(path.join(wb, "Value Entries.csv"), "utf8")).trim().split("\n").length;
  expect(after).toBe(before - (state.found.lastEntryNo - state.found.firstEntryNo + 1));
  const fresh = await portWithDelete(wb);
  const reread = await loadLedger(fresh.port);
  expect((await readJournalForPosting(fresh.port, reread.ledger!, NEXT)).ok).toBe(true);
});
