// The journal kept consistent while the user edits it (what the sheet's change event runs in the task pane):
// a typed Unit Cost (Revalued) sets Inventory Value (Revalued) and Amount; a line typed with Item No. and
// Applies-to Entry is completed; a second run changes nothing.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { replayLedger } from "../../src/engine";
import { openWorkbook } from "../../src/files";
import { readLedgerInput } from "../../src/workbook";
import { recomputeJournal } from "../../src/workbook/journalRecompute";
import { costing, readTable, removeTemps, sampleCopy } from "../cli/helpers";

afterAll(removeTemps);

async function ledgerOf(folder: string) {
  const port = await openWorkbook(folder);
  const read = await readLedgerInput(port);
  return { port, ledger: replayLedger(read.input!).ledger! };
}

const csvRows = async (file: string) =>
  (await readFile(file, "utf8"))
    .trim()
    .split("\n")
    .map((l) => l.split(","));

test("typed values are followed by the other columns and Amount, and a hand-typed line is completed", async () => {
  const wb = await sampleCopy("csv");
  expect((await costing(["adjust", wb])).code).toBe(0);
  expect((await costing(["calc-value", wb, "--date", "2020-03-01", "--item", "FIFO-REVAL"])).code).toBe(0);
  const file = path.join(wb, "Revaluation Journal.csv");
  const [cols, first] = await csvRows(file);
  first[cols.indexOf("Unit Cost (Revalued)")] = "7";
  const receipt = (await csvRows(path.join(wb, "Item Ledger Entries.csv"))).find(
    (r) => r[1] === "FIFO-REVAL" && r[3] === "Purchase",
  )![0];
  const typed = cols.map((c) =>
    c === "Item No." ? "FIFO-REVAL" : c === "Applies-to Entry" ? receipt : c === "Document No." ? "R2" : "",
  );
  await writeFile(file, [cols, first, typed].map((r) => r.join(",")).join("\n") + "\n");

  const { port, ledger } = await ledgerOf(wb);
  const done = await recomputeJournal(port, ledger);
  expect(done.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(done.updated).toBeGreaterThan(0);
  await port.save();
  const rows = await readTable(wb, "Revaluation Journal");
  expect([rows[0]["Unit Cost (Revalued)"], rows[0]["Inventory Value (Revalued)"], rows[0]["Amount"]]).toEqual([
    "7.00000",
    "14.00",
    "-2.00",
  ]);
  expect([rows[1]["Quantity"], rows[1]["Inventory Value (Calculated)"], rows[1]["Posting Date"]]).toEqual([
    "6",
    "60.00",
    "2020-01-01",
  ]);

  const again = await ledgerOf(wb);
  expect((await recomputeJournal(again.port, again.ledger)).updated).toBe(0);
});
