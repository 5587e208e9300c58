// The workbook use cases the task pane runs, through the Office.js adapter on the in-memory Excel holding the
// bundled sample, and the same calls through the file adapter on the sample's .xlsx: the same ledger, journal,
// Posting Log and items come out, and the messages use the pane's words for the next step.
import { createHash } from "node:crypto";
import path from "node:path";
import { adjustCostItemEntries } from "../../src/engine";
import { OfficeWorkbook } from "../../src/excel";
import { XlsxWorkbook } from "../../src/files";
import {
  columnMatches,
  journalCanonicalText,
  readPostingLog,
  readRevaluationJournal,
  REVALUATION_JOURNAL,
  tableSpec,
  type WorkbookPort,
} from "../../src/workbook";
import {
  appendValueEntries,
  calculateJournal,
  ledgerStateText,
  loadLedger,
  postJournal,
  previewJournal,
  readJournalForPosting,
  type NextSteps,
} from "../../src/workbook/useCases";
import { fakeFromXlsx } from "../../src/preview/fromXlsx";
import { formatExact } from "../../src/engine/money";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const PANE: NextSteps = { calculate: 'use "Calculate inventory value"', adjust: 'use "Adjust cost"' };
const NOW = () => "2026-03-01T10:15:00Z";
const DATE = "2023-12-31";

const errorsOf = (problems: readonly { severity: string }[]) => problems.filter((p) => p.severity === "error");

async function loaded(port: WorkbookPort) {
  const l = await loadLedger(port);
  expect(errorsOf(l.problems)).toEqual([]);
  return l.ledger!;
}

/** The user's revaluation, start to end, as the task pane runs it; returns what it saw and what is left. */
async function revalue(port: WorkbookPort) {
  let ledger = await loaded(port);

  // Average items are not adjusted yet: Business Central's refusal, with the pane's way to adjust.
  const unadjusted = await calculateJournal(
    port,
    ledger,
    { postingDate: DATE, documentNo: "R-1", calculatePer: "Item" },
    { replace: false, next: PANE },
  );
  expect(unadjusted.ok).toBe(false);
  if (unadjusted.ok) throw new Error("unreachable");
  expect(unadjusted.message).toBe("Calculate Inventory Value was refused for 3 reasons below; nothing was written.");
  for (const p of unadjusted.problems) {
    expect(p.message).toMatch(/before you can revalue item [A-Z-]+ \(use "Adjust cost" first\)\.$/);
    expect(p.message).not.toContain("costing");
  }

  const adjusted = adjustCostItemEntries(ledger);
  await appendValueEntries(port, ledger, adjusted.newValueEntries);
  const before = ledger.valueEntries.length;
  ledger = await loaded(port);
  expect(ledger.valueEntries.length).toBe(before + adjusted.newValueEntries.length);

  const none = await readJournalForPosting(port, ledger, PANE);
  expect(none).toEqual({
    ok: false,
    message:
      'The workbook has no Revaluation Journal; nothing was posted. Use "Calculate inventory value" to calculate ' +
      "one, enter the new Unit Cost (Revalued) on its lines, and try again.",
    problems: [],
  });

  const options = {
    postingDate: DATE,
    documentNo: "R-1",
    calculatePer: "Item" as const,
    itemNos: ["FIFO-PLAIN", "STD-PLAIN"],
    updateStandardCost: true,
  };
  const calc = await calculateJournal(port, ledger, options, { replace: false, next: PANE });
  if (!calc.ok) throw new Error(calc.message);
  expect(calc.value.lines.map((l) => [l.itemNo, formatExact(l.inventoryValueCalculated, 2)])).toEqual([
    ["FIFO-PLAIN", "51.00"],
    ["STD-PLAIN", "60.00"],
  ]);
  expect(calc.value.replaced).toBeNull();

  // The user types the new unit costs into the sheet.
  const sheet = (await port.readTable(tableSpec(REVALUATION_JOURNAL)))!;
  const col = sheet.headers.findIndex((h) =>
    columnMatches(
      REVALUATION_JOURNAL.columns.find((c) => c.field === "unitCostRevalued")!,
      h,
    ),
  );
  const itemCol = sheet.headers.indexOf("Item No.");
  const rowOf = (item: string) => sheet.rowNumbers[sheet.rows.findIndex((r) => r[itemCol] === item)];
  await port.updateCells!(sheet.name, [
    { row: rowOf("FIFO-PLAIN"), column: col, value: 5 },
    { row: rowOf("STD-PLAIN"), column: col, value: 7 },
  ]);

  const notReplaced = await calculateJournal(port, ledger, options, { replace: false, next: PANE });
  expect(notReplaced).toEqual({
    ok: false,
    message:
      "The workbook already has a Revaluation Journal with 2 lines not posted yet (rows 2-3, document no. R-1); " +
      "nothing was written. Post it first, or calculate again choosing to replace it.",
    problems: [],
  });

  const read = await readJournalForPosting(port, ledger, PANE);
  if (!read.ok) throw new Error(read.message);
  // The lines and the ledger they were calculated on: each item's value entries before the post's first one.
  const first = Math.max(...ledger.valueEntries.map((v) => v.entryNo)) + 1;
  const state = ledgerStateText(ledger, read.value.lines, first);
  expect(state).toBe(`before value entry ${first}\nFIFO-PLAIN\t7\t61\nSTD-PLAIN\t3\t48`);
  expect(read.value.checksum).toBe(
    createHash("sha256")
      .update(`${journalCanonicalText(read.value.lines)}\n\n${state}`, "utf8")
      .digest("hex"),
  );
  const preview = previewJournal(ledger, read.value, PANE);
  if (!preview.ok) throw new Error(preview.message);
  const posted = await postJournal(port, ledger, read.value, { adjust: true, now: NOW, next: PANE });
  if (!posted.ok) throw new Error(posted.message);
  expect(posted.value.notes).toEqual([]);
  expect(posted.value.postedAt).toBe(NOW());
  expect(posted.value.documentNos).toEqual(["R-1"]);

  const again = await readJournalForPosting(port, ledger, PANE, "preview");
  expect(again.ok).toBe(false);
  if (again.ok) throw new Error("unreachable");
  expect(again.message).toBe(
    `The Revaluation Journal was posted already on ${NOW()} (document no. R-1, value entries ` +
      `${posted.value.created[0].entryNo}..${posted.value.created[posted.value.created.length - 1].entryNo}; ` +
      "Posting Log, row 2); nothing was previewed. Posting it again would revalue the inventory twice. To revalue " +
      'again, use "Calculate inventory value" to calculate a new journal.',
  );

  const after = await loaded(port);
  const journal = await readRevaluationJournal(port, {});
  return {
    preview: preview.value,
    posted: posted.value,
    valueEntries: after.valueEntries,
    items: [...after.items.values()],
    journal: journal.rows.map((r) => ({ row: r.rowNumber, posted: r.posted, amount: formatExact(r.line.amount, 2) })),
    log: (await readPostingLog(port)).entries,
  };
}

test("the task pane's revaluation on Office.js gives what the same use cases give on the .xlsx file", async () => {
  const excel = await fakeFromXlsx(SAMPLE);
  const office = await revalue(new OfficeWorkbook({ run: excel.run }));
  const file = await revalue(await XlsxWorkbook.open(SAMPLE));

  expect(office.posted.result.revaluationEntries.map((v) => [v.itemNo, formatExact(v.costAmountActual, 2)])).toEqual([
    ["FIFO-PLAIN", "-5.00"],
    ["FIFO-PLAIN", "-6.00"],
    ["STD-PLAIN", "-18.00"],
  ]);
  expect(office.journal).toEqual([
    { row: 2, posted: true, amount: "-11.00" },
    { row: 3, posted: true, amount: "-18.00" },
  ]);
  expect(formatExact(office.items.find((i) => i.no === "STD-PLAIN")!.standardCost!)).toBe("7");
  expect(office.log).toHaveLength(1);
  expect(office.log[0]).toMatchObject({
    postedAt: NOW(),
    documentNo: "R-1",
    lines: 2,
    checksum: office.posted.checksum,
  });

  expect(office.valueEntries).toEqual(file.valueEntries);
  expect(office.items).toEqual(file.items);
  expect(office.journal).toEqual(file.journal);
  expect(office.log).toEqual(file.log);
  expect(office.posted).toEqual(file.posted);
  expect(office.preview).toEqual(file.preview);
  expect(excel.sheets.flatMap((s) => s.cells.flat()).some((c) => c?.formula)).toBe(false);
});
