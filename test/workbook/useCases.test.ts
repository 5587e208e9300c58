// The workbook use cases over a plain in-memory port: the ledger read once per table and replayed, items'
// new costs written in place or by rewriting the table, value entries appended as the port stores them, the
// Posting Log's checksum (WebCrypto, and the same hash where WebCrypto is missing), and the front end's words.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { dec } from "../../src/engine/money";
import type { Item, ItemWithNewCost, Ledger } from "../../src/engine";
import type { CellUpdate, CellValue, TableData, TableSpec } from "../../src/workbook/port";
import { journalCanonicalText } from "../../src/workbook/journal";
import {
  appendValueEntries,
  journalChecksum,
  loadLedger,
  rowList,
  sha256Hex,
  updateItems,
  type NextSteps,
} from "../../src/workbook/useCases";
import { sha256Bytes } from "../../src/workbook/useCases/checksum";
import { inTheirWords } from "../../src/workbook/useCases/wording";
import { ENGLISH_MESSAGES, messages, localeOf } from "../../src/i18n";
import { MemoryPort, SAMPLE_VE, sampleSheets, VE_HEADERS, type Sheet } from "./memoryPort";

const nodeSha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** A MemoryPort that counts reads and can change cells in place. */
class CountingPort extends MemoryPort {
  readonly reads: string[] = [];
  readonly updates: CellUpdate[] = [];
  override async readTable(spec: TableSpec): Promise<TableData | null> {
    this.reads.push(spec.name);
    return super.readTable(spec);
  }
  override async writeTable(name: string, headers: readonly string[], rows: readonly (readonly CellValue[])[]) {
    const i = this.sheets.findIndex((s) => s.name === name);
    if (i >= 0) this.sheets.splice(i, 1);
    await super.writeTable(name, headers, rows);
  }
}

class InPlacePort extends CountingPort {
  async updateCells(name: string, updates: readonly CellUpdate[]) {
    const sheet = this.sheets.find((s) => s.name === name)!;
    for (const u of updates) sheet.rows[u.row - 1][u.column] = u.value;
    this.updates.push(...updates);
  }
}

async function sampleLedger(): Promise<Ledger> {
  const loaded = await loadLedger(new MemoryPort(sampleSheets()));
  return loaded.ledger!;
}

describe("loadLedger", () => {
  test("each table read once; the tables found, their sheets and rows; the ledger replayed", async () => {
    const port = new CountingPort(sampleSheets());
    const loaded = await loadLedger(port);
    expect(loaded.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(loaded.ledger!.valueEntries.map((v) => v.entryNo)).toEqual([1, 2]);
    expect(loaded.input!.itemLedgerEntries).toHaveLength(2);
    expect(loaded.advice.length).toBeGreaterThan(0);
    expect(loaded.tables).toEqual([
      { name: "Item Ledger Entries", sheet: "Item Ledger Entries", rows: 2 },
      { name: "Value Entries", sheet: "Value Entries", rows: 2 },
      { name: "Items", sheet: "Items", rows: 1 },
      { name: "Item Application Entries", sheet: null, rows: 0 },
      { name: "Inventory Setup", sheet: null, rows: 0 },
      { name: "Accounting Periods", sheet: null, rows: 0 },
    ]);
    expect(new Set(port.reads).size).toBe(port.reads.length);
  });

  test("bad content is collected, never thrown: no ledger, the tables still listed", async () => {
    const sheets = sampleSheets().filter((s) => s.name !== "Value Entries");
    sheets[0].rows[1][2] = "31.02.2020";
    const loaded = await loadLedger(new MemoryPort(sheets));
    expect(loaded.input).toBeNull();
    expect(loaded.ledger).toBeNull();
    // What the export lacks is said even when it cannot be read; a missing Value Entries table is its own error.
    const lacks = loaded.advice.map((a) => `${a.table}|${a.column}`);
    expect(lacks).toContain("Item Application Entries|(whole table)");
    expect(lacks.filter((l) => l.startsWith("Value Entries"))).toEqual([]);
    expect(loaded.problems.map((p) => p.message).join("\n")).toMatch(/no Value Entries table/);
    expect(loaded.problems.map((p) => p.message).join("\n")).toMatch(/"31\.02\.2020"/);
    expect(loaded.tables[1]).toEqual({ name: "Value Entries", sheet: null, rows: 0 });
  });
});

describe("appendValueEntries", () => {
  test("in the table's own columns and Yes/No words; nothing read or written for no entries", async () => {
    const ledger = await sampleLedger();
    const port = new CountingPort(sampleSheets());
    await appendValueEntries(port, ledger, []);
    expect(port.reads).toEqual([]);
    await appendValueEntries(port, ledger, [SAMPLE_VE]);
    const d = (s: string) => new Date(s + "T00:00:00Z");
    // Entry No., Item Ledger Entry No., Posting Date, Entry Type, Cost Amount (Actual), Valued Quantity, Adjustment
    expect(port.appended.get("Value Entries")).toEqual([[10, 2, d("2020-01-31"), "Direct Cost", -1.23, -6, "Yes"]]);
  });

  test("a port that keeps only text (CSV): amounts with all their places, dates as ISO text", async () => {
    const ledger = await sampleLedger();
    const port = new CountingPort(sampleSheets());
    Object.defineProperty(port, "dateStyle", { value: "iso" });
    await appendValueEntries(port, ledger, [{ ...SAMPLE_VE, costAmountActual: dec("6.375") }]);
    expect(port.appended.get("Value Entries")).toEqual([[10, 2, "2020-01-31", "Direct Cost", "6.38", "-6", "Yes"]]);
  });
});

describe("appendValueEntries to the table as loaded", () => {
  test("the same rows as reading the table again, without reading it", async () => {
    const port = new CountingPort(sampleSheets());
    const loaded = await loadLedger(port);
    expect(loaded.valueEntriesTable).toEqual({
      name: "Value Entries",
      headers: VE_HEADERS,
      booleans: ["Yes", "No"],
      text: expect.objectContaining({ columns: expect.any(Array) }), // its dates and decimals as written
      copied: undefined, // no column new entries copy
    });
    const reads = port.reads.length;
    await appendValueEntries(port, loaded.ledger!, [SAMPLE_VE], loaded.valueEntriesTable);
    expect(port.reads.length).toBe(reads);
    const again = new CountingPort(sampleSheets());
    await appendValueEntries(again, loaded.ledger!, [SAMPLE_VE]);
    expect(port.appended.get("Value Entries")).toEqual(again.appended.get("Value Entries"));
  });
});

describe("updateItems", () => {
  const newCost = (no: string, cost: string, method: Item["costingMethod"] = "Standard"): ItemWithNewCost => ({
    no,
    description: "",
    costingMethod: method,
    standardCost: dec(cost),
    unitCost: dec(cost),
    lastDirectCost: null,
    blocked: false,
  });
  const itemsSheet = (): Sheet => ({
    name: "Items",
    rows: [
      ["No.", "Description", "Costing Method", "Standard Cost", "Unit Cost"],
      ["1000", "Bicycle", "Standard", 10, 10],
      ["2000", "Lamp", "FIFO", 0, 3],
    ],
  });

  test("in place where the port can: only the two cells of the item's row", async () => {
    const ledger = await sampleLedger();
    const port = new InPlacePort([itemsSheet()]);
    expect(await updateItems(port, ledger, [newCost("1000", "12.5")])).toEqual([]);
    expect(port.updates).toEqual([
      { row: 2, column: 3, value: 12.5 },
      { row: 2, column: 4, value: 12.5 },
    ]);
    expect(port.sheets[0].rows[1]).toEqual(["1000", "Bicycle", "Standard", 12.5, 12.5]);
  });

  test("otherwise the table is written again with the other cells as they were", async () => {
    const ledger = await sampleLedger();
    const port = new CountingPort([itemsSheet()]);
    expect(await updateItems(port, ledger, [newCost("2000", "4", "FIFO")])).toEqual([]);
    expect(port.sheets.find((s) => s.name === "Items")!.rows).toEqual([
      ["No.", "Description", "Costing Method", "Standard Cost", "Unit Cost"],
      ["1000", "Bicycle", "Standard", 10, 10],
      ["2000", "Lamp", "FIFO", 4, 4],
    ]);
  });

  test("what could not be written is said: no row, no column, no Items table", async () => {
    const ledger = await sampleLedger();
    const noStandardCost: Sheet = {
      name: "Items",
      rows: [
        ["No.", "Costing Method", "Unit Cost"],
        ["1000", "Standard", 10],
      ],
    };
    expect(
      await updateItems(new InPlacePort([noStandardCost]), ledger, [newCost("1000", "7"), newCost("9", "1")]),
    ).toEqual([
      'Items has no "Standard Cost" column, so item 1000: Standard Cost 7, Unit Cost 7 was not written there.',
      "Items has no row for item 9, so its new costs were not written (item 9: Standard Cost 1, Unit Cost 1).",
    ]);
    expect(await updateItems(new InPlacePort([]), ledger, [newCost("1000", "7")])).toEqual([
      "The workbook has no Items table, so the new costs of item 1000: Standard Cost 7, Unit Cost 7 were not written.",
    ]);
    const untouched = new InPlacePort([]);
    expect(await updateItems(untouched, ledger, [])).toEqual([]);
    expect(untouched.reads).toEqual([]);
  });
});

describe("the Posting Log's checksum", () => {
  test("SHA-256 as node:crypto computes it, with WebCrypto and without", async () => {
    const samples = ["", "abc", "a".repeat(55), "a".repeat(56), "a".repeat(64), "ü€𝄞\t\n", "x".repeat(1000)];
    for (const s of samples) {
      expect(await sha256Hex(s)).toBe(nodeSha256(s));
      expect(Buffer.from(sha256Bytes(new TextEncoder().encode(s))).toString("hex")).toBe(nodeSha256(s));
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 300 }), async (s) => {
        expect(Buffer.from(sha256Bytes(new TextEncoder().encode(s))).toString("hex")).toBe(nodeSha256(s));
      }),
    );
  });

  test("where there is no WebCrypto (jsdom, a page that is not a secure context) the checksum is the same", async () => {
    const crypto = Object.getOwnPropertyDescriptor(globalThis, "crypto");
    const encoder = Object.getOwnPropertyDescriptor(globalThis, "TextEncoder");
    try {
      Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
      Object.defineProperty(globalThis, "TextEncoder", { value: undefined, configurable: true });
      for (const s of ["", "REVAL-1\t1000\tü€𝄞", "y".repeat(200)]) expect(await sha256Hex(s)).toBe(nodeSha256(s));
    } finally {
      Object.defineProperty(globalThis, "crypto", crypto!);
      Object.defineProperty(globalThis, "TextEncoder", encoder!);
    }
  });

  test("journal lines: the hash of their canonical text, as Posting Logs written before have it", async () => {
    const line = {
      lineNo: 10000,
      postingDate: "2023-12-31",
      documentNo: "REVAL-2023-12-31",
      itemNo: "FIFO-PLAIN",
      variantCode: "",
      locationCode: "",
      entryType: "Positive Adjmt." as const,
      appliesToEntry: 0,
      quantity: dec(8),
      unitCostCalculated: dec("6.375"),
      inventoryValueCalculated: dec(51),
      unitCostRevalued: dec(5),
      inventoryValueRevalued: dec(40),
      amount: dec(-11),
      inventoryValuePer: "Item" as const,
      partialRevaluation: true,
      appliedAmount: dec(0),
      updateStandardCost: false,
    };
    expect(await journalChecksum([line])).toBe(nodeSha256(journalCanonicalText([line])));
  });
});

describe("the front end's words", () => {
  const pane: NextSteps = { calculate: 'use "Calculate inventory value"', adjust: 'use "Adjust cost"' };
  const cli: NextSteps = {
    calculate: 'run "costing calc-value wb --date <YYYY-MM-DD>"',
    adjust: 'run "costing adjust"',
  };
  const engine = [
    { severity: "error" as const, message: 'You have to run ... item A (run "costing adjust" first).' },
    {
      severity: "error" as const,
      message:
        'Still has cost to adjust. Run Adjust Cost - Item Entries ("costing adjust") first, then enter it again.',
    },
    {
      severity: "error" as const,
      message: 'Enter Applies-to Entry, or run "costing calc-value" to calculate the journal.',
    },
  ];

  test("the command line's hints become the pane's; the command line's own stay as they are", () => {
    expect(inTheirWords(engine, pane).map((p) => p.message)).toEqual([
      'You have to run ... item A (use "Adjust cost" first).',
      'Still has cost to adjust. Run Adjust Cost - Item Entries first (use "Adjust cost"), then enter it again.',
      'Enter Applies-to Entry, or use "Calculate inventory value" to calculate the journal.',
    ]);
    expect(inTheirWords(engine, cli)).toEqual(engine);
    expect(inTheirWords(engine, undefined)).toEqual(engine);
  });

  test("plurals (the catalogue's) and row lists", () => {
    const lines = (count: number) => ENGLISH_MESSAGES.t("journal.calculateRefused", { count });
    expect([lines(1), lines(2)]).toEqual([
      "Calculate Inventory Value was refused for 1 reason below; nothing was written.",
      "Calculate Inventory Value was refused for 2 reasons below; nothing was written.",
    ]);
    expect([rowList([2]), rowList([2, 3, 4, 7, 9, 10])]).toEqual(["row 2", "rows 2-4, 7, 9-10"]);
    const de = messages(localeOf("de-DE"));
    expect([rowList([2], de), rowList([2, 3, 4, 7], de)]).toEqual(["Zeile 2", "Zeilen 2-4, 7"]);
  });
});
