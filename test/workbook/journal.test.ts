// The Revaluation Journal and Posting Log tables: finding them, writing and reading them back, which revalued
// value the user edited, hand-typed lines, cell-addressed problems, and the posted rewrite.
import { dec, ZERO } from "../../src/engine/money";
import type { RevaluationJournalLine } from "../../src/engine/revaluationJournal";
import {
  applyRevalued,
  appendPostingLog,
  journalCanonicalText,
  journalHeaders,
  journalRowWriter,
  markJournalPosted,
  readPostingLog,
  readRevaluationJournal,
  writeRevaluationJournal,
  type LineCompleter,
} from "../../src/workbook/journal";
import type { CellUpdate, CellValue, TableSpec } from "../../src/workbook/port";
import {
  ITEM_LEDGER_ENTRIES,
  ITEMS,
  POSTING_LOG,
  REVALUATION_JOURNAL,
  tableSpec,
  VALUE_ENTRIES,
} from "../../src/workbook/schema";
import { columnFormats, numbersAsText } from "../../src/workbook/write";
import { columnAliases } from "../../src/workbook/captions";
import { ILE_HEADERS, MemoryPort, VE_HEADERS, type Sheet } from "./memoryPort";
import { formatExact } from "../../src/engine/money";

const R = { amount: dec("0.01"), unitAmount: dec("0.00001") };

/** A per-item line as Calculate Inventory Value makes it: 8 on hand worth 51.00, not revalued yet. */
const LINE: RevaluationJournalLine = {
  lineNo: 10000,
  postingDate: "2023-12-31",
  documentNo: "REVAL-1",
  itemNo: "1000",
  variantCode: "",
  locationCode: "BLUE",
  entryType: "Positive Adjmt.",
  appliesToEntry: 0,
  quantity: dec(8),
  unitCostCalculated: dec("6.375"),
  inventoryValueCalculated: dec(51),
  unitCostRevalued: dec("6.375"),
  inventoryValueRevalued: dec(51),
  amount: ZERO,
  inventoryValuePer: "Item",
  partialRevaluation: true,
  appliedAmount: ZERO,
  updateStandardCost: false,
};

/** A MemoryPort that also changes cells in place, as the file adapters do. */
class EditablePort extends MemoryPort {
  readonly updates: CellUpdate[] = [];
  private readonly found = new Map<string, { sheet: Sheet; headerRow: number }>();
  override async readTable(spec: TableSpec) {
    const t = await super.readTable(spec);
    if (t) this.found.set(spec.name, { sheet: this.sheets.find((s) => s.name === t.sheet)!, headerRow: t.headerRow });
    return t;
  }
  override async writeTable(name: string, headers: readonly string[], rows: readonly (readonly CellValue[])[]) {
    const i = this.sheets.findIndex((s) => s.name === name);
    if (i >= 0) this.sheets.splice(i, 1);
    await super.writeTable(name, headers, rows);
  }
  async updateCells(name: string, updates: readonly CellUpdate[]) {
    const { sheet } = this.found.get(name)!;
    for (const u of updates) sheet.rows[u.row - 1][u.column] = u.value;
    this.updates.push(...updates);
  }
}

const journalSheet = (rows: CellValue[][], headers: string[] = journalHeaders()): Sheet => ({
  name: "Revaluation Journal",
  rows: [headers, ...rows],
});

/** The journal row of LINE with some cells changed, by caption. */
function row(changes: Record<string, CellValue> = {}, line = LINE): CellValue[] {
  const headers = journalHeaders();
  const cells = journalRowWriter(headers, "date", R)(line, false);
  for (const [caption, value] of Object.entries(changes)) cells[headers.indexOf(caption)] = value;
  return cells;
}

async function readOne(cells: CellValue[], complete?: LineCompleter) {
  const r = await readRevaluationJournal(new MemoryPort([journalSheet([cells])]), { rounding: R, complete });
  return { ...r, line: r.rows[0]?.line, messages: r.problems.map((p) => p.message) };
}

const text = (l: RevaluationJournalLine | undefined) =>
  l && {
    unitCostRevalued: formatExact(l.unitCostRevalued),
    inventoryValueRevalued: formatExact(l.inventoryValueRevalued),
    amount: formatExact(l.amount),
  };

describe("journal tables", () => {
  test("the journal is found by its header row, and the ledger tables are never taken for it", () => {
    const spec = tableSpec(REVALUATION_JOURNAL);
    expect(spec.excelName).toBe("RevaluationJournal");
    expect(spec.isHeaderRow(journalHeaders())).toBe(true);
    expect(spec.isHeaderRow(["Item No.", "Applies-to Entry", "Inventory Value (Revalued)"])).toBe(true);
    expect(spec.isHeaderRow(["Artikelnr.", "Einstandspreis (neu bewertet)"])).toBe(true);
    expect(spec.isHeaderRow([...VE_HEADERS, "Item No.", "Applies-to Entry"])).toBe(false);
    expect(spec.isHeaderRow([...ILE_HEADERS, "Applies-to Entry"])).toBe(false);
    for (const other of [ITEM_LEDGER_ENTRIES, VALUE_ENTRIES, ITEMS]) {
      expect(tableSpec(other).isHeaderRow(journalHeaders())).toBe(false);
    }
    expect(tableSpec(POSTING_LOG).excelName).toBe("PostingLog");
  });

  test("columns as the spec lists them, plus Update Standard Cost and Posted", () => {
    expect(journalHeaders()).toEqual([
      "Posting Date",
      "Document No.",
      "Item No.",
      "Variant Code",
      "Location Code",
      "Entry Type",
      "Applies-to Entry",
      "Quantity",
      "Unit Cost (Calculated)",
      "Inventory Value (Calculated)",
      "Unit Cost (Revalued)",
      "Inventory Value (Revalued)",
      "Amount",
      "Inventory Value Per",
      "Partial Revaluation",
      "Applied Amount",
      "Update Standard Cost",
      "Posted",
    ]);
  });

  test("written and read back: the same lines; dates as dates, amounts and unit costs formatted", async () => {
    const port = new EditablePort([]);
    const second: RevaluationJournalLine = {
      ...LINE,
      lineNo: 20000,
      itemNo: "=HYPERLINK(1)",
      appliesToEntry: 7,
      inventoryValuePer: "",
      entryType: "Purchase",
      partialRevaluation: false,
    };
    await writeRevaluationJournal(port, [LINE, second], R);
    const sheet = port.sheets[0];
    expect(sheet.name).toBe("Revaluation Journal");
    expect(sheet.rows[1][0]).toEqual(new Date(Date.UTC(2023, 11, 31)));
    expect(sheet.rows[2][2]).toBe("=HYPERLINK(1)"); // handed over as text, never a formula
    expect(sheet.rows[2][13]).toBeNull(); // Inventory Value Per blank on a line per entry
    const read = await readRevaluationJournal(port, { rounding: R });
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => [r.rowNumber, r.posted])).toEqual([
      [2, false],
      [3, false],
    ]);
    expect(journalCanonicalText(read.rows.map((r) => r.line))).toBe(journalCanonicalText([LINE, second]));
    const formats = columnFormats(REVALUATION_JOURNAL, journalHeaders(), R);
    expect(formats[journalHeaders().indexOf("Amount")]).toBe("#,##0.00");
    expect(formats[journalHeaders().indexOf("Unit Cost (Revalued)")]).toBe("#,##0.00###");
    expect(formats[journalHeaders().indexOf("Quantity")]).toBeNull();
  });

  test("in a CSV, numbers are written so that none reads like a thousands group", () => {
    const headers = journalHeaders();
    const cells = numbersAsText(REVALUATION_JOURNAL, headers, journalRowWriter(headers, "date", R)(LINE, false), R);
    const at = (c: string) => cells[headers.indexOf(c)];
    expect([at("Unit Cost (Calculated)"), at("Inventory Value (Calculated)"), at("Amount"), at("Quantity")]).toEqual([
      "6.37500",
      "51.00",
      "0.00",
      "8",
    ]);
    expect(
      journalRowWriter(headers, "iso", R)({ ...LINE, quantity: dec("1.125") }, false)[headers.indexOf("Quantity")],
    ).toBe("1.1250");
  });
});

test("within each journal table no header names two columns", () => {
  for (const schema of [REVALUATION_JOURNAL, POSTING_LOG]) {
    const owner = new Map<string, string>();
    for (const def of schema.columns) {
      for (const alias of columnAliases(def.caption)) {
        expect(owner.get(alias) ?? def.caption).toBe(def.caption);
        owner.set(alias, def.caption);
      }
    }
  }
});

describe("which revalued value the user edited", () => {
  test("Unit Cost (Revalued) typed: Inventory Value (Revalued) and Amount follow", async () => {
    const r = await readOne(row({ "Unit Cost (Revalued)": 5 }));
    expect(r.messages).toEqual([]);
    expect(text(r.line)).toEqual({ unitCostRevalued: "5", inventoryValueRevalued: "40", amount: "-11" });
  });

  test("Inventory Value (Revalued) typed: the unit cost and Amount follow", async () => {
    const r = await readOne(row({ "Inventory Value (Revalued)": 66 }));
    expect(text(r.line)).toEqual({ unitCostRevalued: "8.25", inventoryValueRevalued: "66", amount: "15" });
  });

  test("the other one cleared: the one filled in counts", async () => {
    expect(text((await readOne(row({ "Unit Cost (Revalued)": null, "Inventory Value (Revalued)": 40 }))).line)).toEqual(
      { unitCostRevalued: "5", inventoryValueRevalued: "40", amount: "-11" },
    );
    expect(
      text((await readOne(row({ "Unit Cost (Revalued)": "4.5", "Inventory Value (Revalued)": "" }))).line),
    ).toEqual({ unitCostRevalued: "4.5", inventoryValueRevalued: "36", amount: "-15" });
    expect(
      text((await readOne(row({ "Unit Cost (Revalued)": null, "Inventory Value (Revalued)": null }))).line),
    ).toEqual({ unitCostRevalued: "6.375", inventoryValueRevalued: "51", amount: "0" });
  });

  test("both changed and agreeing: the unit cost is kept; Amount follows even when it was typed over", async () => {
    const r = await readOne(row({ "Unit Cost (Revalued)": 7, "Inventory Value (Revalued)": 56, Amount: 999 }));
    expect(text(r.line)).toEqual({ unitCostRevalued: "7", inventoryValueRevalued: "56", amount: "5" });
  });

  test("both changed and disagreeing: a problem at the cell, the line left out", async () => {
    const r = await readOne(row({ "Unit Cost (Revalued)": 5, "Inventory Value (Revalued)": 30 }));
    expect(r.rows).toEqual([]);
    expect(r.messages).toEqual([
      expect.stringMatching(
        /^Revaluation Journal, row 2, column "Unit Cost \(Revalued\)": "5" does not agree with Inventory Value \(Revalued\) 30 .*clear the other/,
      ),
    ]);
  });

  test("applyRevalued without an Amount to compare with", () => {
    const r = applyRevalued(LINE, { unitCost: dec(5), inventoryValue: dec(51) }, R);
    expect("conflict" in r).toBe(true);
  });

  test("a unit cost with more places than the unit-amount precision is rounded to it", async () => {
    const r = await readOne(row({ "Unit Cost (Revalued)": "5.1234567" }));
    expect(text(r.line)).toEqual({ unitCostRevalued: "5.12346", inventoryValueRevalued: "40.99", amount: "-10.01" });
  });
});

describe("problems in the journal, named by sheet, row, column and value", () => {
  test.each([
    ["Unit Cost (Revalued)", "abc", /row 2, column "Unit Cost \(Revalued\)": "abc" is not a number/],
    ["Unit Cost (Revalued)", -1, /row 2, column "Unit Cost \(Revalued\)": "-1" is negative/],
    ["Inventory Value (Revalued)", -3, /column "Inventory Value \(Revalued\)": "-3" is negative/],
    ["Posting Date", "31.02.2023", /column "Posting Date": "31\.02\.2023" is not a date/],
    ["Posting Date", null, /column "Posting Date": the cell is empty\. Enter the posting date/],
    ["Item No.", null, /column "Item No\.": the cell is empty/],
    ["Posted", "maybe", /column "Posted": "maybe" is not Yes or No/],
    ["Entry Type", "Sael", /column "Entry Type": "Sael" is not a known entry type/],
  ])("%s = %j", async (caption, value, message) => {
    const r = await readOne(row({ [caption]: value }));
    expect(r.rows).toEqual([]);
    expect(r.messages).toEqual([expect.stringMatching(message)]);
    expect(r.problems[0].source).toMatchObject({ table: "Revaluation Journal", row: 2, column: caption });
  });

  test("a journal without Item No. is reported as a missing column", async () => {
    const headers = journalHeaders().filter((h) => h !== "Item No.");
    const port = new MemoryPort([journalSheet([row().slice(0, 2).concat(row().slice(3))], headers)]);
    const r = await readRevaluationJournal(port, { rounding: R });
    expect(r.table).not.toBeNull();
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringContaining('the column "Item No." is missing')]);
  });

  test("no journal: table null, no problems", async () => {
    const r = await readRevaluationJournal(new MemoryPort([]), { rounding: R });
    expect(r).toMatchObject({ table: null, rows: [], problems: [] });
  });
});

describe("a line typed by hand", () => {
  const headers = ["Item No.", "Applies-to Entry", "Unit Cost (Revalued)", "Document No."];
  const completed: RevaluationJournalLine = {
    ...LINE,
    appliesToEntry: 3,
    inventoryValuePer: "",
    partialRevaluation: false,
    postingDate: "2023-02-01",
    documentNo: "",
    entryType: "Purchase",
  };

  test("Item No. and Applies-to Entry: completed by the ledger, then the unit cost applied", async () => {
    const calls: unknown[] = [];
    const complete: LineCompleter = (given) => {
      calls.push(given);
      return { line: { ...completed, lineNo: given.lineNo }, refusals: [] };
    };
    const port = new MemoryPort([journalSheet([["1000", 3, 5, "HAND-1"]], headers)]);
    const r = await readRevaluationJournal(port, { rounding: R, complete });
    expect(r.problems).toEqual([]);
    expect(calls).toEqual([{ lineNo: 10000, itemNo: "1000", appliesToEntry: 3, documentNo: "HAND-1" }]);
    expect(r.rows[0].line).toMatchObject({ postingDate: "2023-02-01", documentNo: "HAND-1", appliesToEntry: 3 });
    expect(text(r.rows[0].line)).toEqual({ unitCostRevalued: "5", inventoryValueRevalued: "40", amount: "-11" });
  });

  test("the completer's refusals name the row", async () => {
    const complete: LineCompleter = () => ({
      line: null,
      refusals: [{ severity: "error", message: "Item ledger entry 3 is an outbound entry." }],
    });
    const port = new MemoryPort([journalSheet([["1000", 3, 5, "HAND-1"]], headers)]);
    const r = await readRevaluationJournal(port, { rounding: R, complete });
    expect(r.problems.map((p) => p.message)).toEqual([
      "Revaluation Journal, row 2: Item ledger entry 3 is an outbound entry.",
    ]);
  });

  test("neither Applies-to Entry nor Quantity: the user is told what to enter", async () => {
    const port = new MemoryPort([journalSheet([["1000", null, 5, "HAND-1"]], headers)]);
    const r = await readRevaluationJournal(port, { rounding: R });
    expect(r.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/row 2, column "Item No\.": "1000" has no Quantity .*Applies-to Entry.*costing calc-value/),
    ]);
  });

  test("a blank Document No. takes the journal's", async () => {
    const complete: LineCompleter = (given) => ({ line: { ...completed, lineNo: given.lineNo }, refusals: [] });
    const full = journalHeaders();
    const hand: CellValue[] = full.map(() => null);
    hand[full.indexOf("Item No.")] = "1000";
    hand[full.indexOf("Applies-to Entry")] = 3;
    const port = new MemoryPort([journalSheet([row(), hand])]);
    const r = await readRevaluationJournal(port, { rounding: R, complete });
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => x.line.documentNo)).toEqual(["REVAL-1", "REVAL-1"]);
  });
});

describe("marking the journal posted", () => {
  test("only the cells that change: the revalued values as posted and Posted = Yes; other columns kept", async () => {
    const headers = [...journalHeaders(), "Note"];
    const cells = [...row({ "Unit Cost (Revalued)": 5 }), "checked by AB"];
    const port = new EditablePort([journalSheet([cells], headers)]);
    const read = await readRevaluationJournal(port, { rounding: R });
    await markJournalPosted(port, read, R);
    const changed = port.updates.map((u) => headers[u.column]).sort();
    expect(changed).toEqual(["Amount", "Inventory Value (Revalued)", "Posted"]);
    const again = await readRevaluationJournal(port, { rounding: R });
    expect(again.rows[0].posted).toBe(true);
    expect(text(again.rows[0].line)).toEqual({ unitCostRevalued: "5", inventoryValueRevalued: "40", amount: "-11" });
    expect(port.sheets[0].rows[1][headers.indexOf("Note")]).toBe("checked by AB");
  });

  test("a journal without a Posted column is written again with one", async () => {
    const headers = journalHeaders().filter((h) => h !== "Posted");
    const port = new EditablePort([journalSheet([row().slice(0, -1)], headers)]);
    const read = await readRevaluationJournal(port, { rounding: R });
    await markJournalPosted(port, read, R);
    expect(port.updates).toEqual([]);
    const sheet = port.sheets.find((s) => s.name === "Revaluation Journal")!;
    expect(sheet.rows[0]).toEqual([...headers, "Posted"]);
    expect(sheet.rows[1][headers.length]).toBe("Yes");
  });
});

describe("posting log", () => {
  const entry = {
    postedAt: "2026-01-02T03:04:05Z",
    documentNo: "REVAL-1",
    lines: 2,
    firstEntryNo: 49,
    lastEntryNo: 60,
    totalAmount: dec("-11"),
    checksum: "ab".repeat(32),
  };

  test("created when absent, appended when present, read back", async () => {
    const port = new EditablePort([]);
    expect((await readPostingLog(port)).table).toBeNull();
    await appendPostingLog(port, null, entry, R);
    expect(port.sheets[0].rows).toEqual([
      ["Posted At", "Document No.", "Lines", "First Entry No.", "Last Entry No.", "Total Amount", "Checksum"],
      ["2026-01-02T03:04:05Z", "REVAL-1", 2, 49, 60, -11, "ab".repeat(32)],
    ]);
    const log = await readPostingLog(port);
    expect(log.entries).toEqual([{ ...entry, rowNumber: 2, totalAmount: expect.anything() }]);
    await appendPostingLog(port, log.table, { ...entry, checksum: "cd" }, R);
    expect(port.appended.get("Posting Log")).toEqual([["2026-01-02T03:04:05Z", "REVAL-1", 2, 49, 60, -11, "cd"]]);
  });

  test("the checksum text: every posted field, plain decimals, independent of formatting", () => {
    const t = journalCanonicalText([LINE]);
    expect(t).toBe("2023-12-31\tREVAL-1\t1000\t\tBLUE\tPositive Adjmt.\t0\t8\t6.375\t51\t6.375\t51\t0\tItem\t1\t0\t0");
    expect(journalCanonicalText([{ ...LINE, amount: dec("0.00") }])).toBe(t);
    expect(journalCanonicalText([{ ...LINE, unitCostRevalued: dec(5) }])).not.toBe(t);
  });
});
