// The fast ways of reading a ledger give what the general ones give: the plain number, entry number and ISO
// date forms (read without regular expressions) against the same text with a leading space (which only the
// general path takes, and trims); duplicate checks with or without their map; the sources kept as row numbers.
import fc from "fast-check";
import { SourceIndex } from "../../src/workbook/sources";
import { readLedgerInput } from "../../src/workbook/tables";
import { decimalEvidence, parseDate, parseDecimal, parseInteger } from "../../src/workbook/values";
import { MemoryPort, sampleSheets, type Sheet } from "./memoryPort";

const outcome = (r: { ok: boolean; value?: unknown; reason?: string }) =>
  r.ok ? (r.value === null ? null : String(r.value)) : `fail: ${r.reason}`;

const numberText = fc
  .array(fc.constantFrom("0", "1", "5", "9", ".", ",", "-", "+", "00", "123", "1234", "999"), { maxLength: 8 })
  .map((parts) => parts.join(""));

describe("the fast paths read as the general path does", () => {
  test("numbers, and the separator they prove", () => {
    fc.assert(
      fc.property(numberText, fc.constantFrom(undefined, ".", ","), (text, sep) => {
        expect(outcome(parseDecimal(text, sep))).toBe(outcome(parseDecimal(" " + text, sep)));
        expect(outcome(parseInteger(text, sep))).toBe(outcome(parseInteger(" " + text, sep)));
        expect(decimalEvidence([text])).toBe(decimalEvidence([" " + text]));
      }),
      { numRuns: 3000 },
    );
    for (const text of ["-0.005", "999999999999999.97", "1,234", "1.234", "0.125", "-12", "+7", "12.", ".5", ",5"]) {
      expect(outcome(parseDecimal(text))).toBe(outcome(parseDecimal(" " + text)));
      expect(decimalEvidence([text])).toBe(decimalEvidence([" " + text]));
    }
  });

  test("ISO dates, valid or not", () => {
    const dateText = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(dateText, (text) => expect(outcome(parseDate(text))).toBe(outcome(parseDate(" " + text)))),
      { numRuns: 2000 },
    );
  });
});

describe("readLedgerInput", () => {
  const d = (s: string) => new Date(s + "T00:00:00Z");
  const sheet = (sheets: Sheet[], name: string) => sheets.find((s) => s.name === name)!;

  test("duplicates are found out of order, in order and in reverse order alike", async () => {
    for (const order of ["shuffled", "ascending", "descending"] as const) {
      const sheets = sampleSheets();
      const ve = sheet(sheets, "Value Entries");
      const [header, ...rows] = ve.rows;
      const copy = [...rows[0]];
      const all = [...rows, copy];
      if (order !== "shuffled") {
        all.sort((a, b) => (order === "ascending" ? 1 : -1) * ((a[0] as number) - (b[0] as number)));
      }
      ve.rows = [header, ...all];
      const { problems } = await readLedgerInput(new MemoryPort(sheets));
      expect(problems.map((p) => p.message)).toEqual([
        expect.stringMatching(/^Value Entries, rows \d and \d, column "Entry No.": "\d+" appears twice/),
      ]);
    }
  });

  test("sources name rows; iterating them lists every key once", async () => {
    const sheets = sampleSheets();
    sheet(sheets, "Item Ledger Entries").rows.push([
      3,
      "1000",
      d("2020-01-20"),
      "Purchase",
      "P-3",
      "BLUE",
      1,
      1,
      1,
      "Yes",
    ]);
    const { input } = await readLedgerInput(new MemoryPort(sheets));
    const sources = input!.sources!;
    expect(sources.get("ILE:3")).toEqual({ table: "Item Ledger Entries", row: 4 });
    expect(sources.get("ILE:03")).toBeUndefined();
    expect(sources.get("ILE:99")).toBeUndefined();
    expect(sources.get("NOPE:1")).toBeUndefined();
    expect(sources.has("VE:1")).toBe(true);
    expect([...sources.keys()].sort()).toEqual(["ILE:1", "ILE:2", "ILE:3", "ITEM:1000", "VE:1", "VE:2"]);
    expect(sources.size).toBe(6);
  });
});

describe("SourceIndex", () => {
  test("a repeated key names its first or its last row, as asked", () => {
    const index = new SourceIndex();
    const iles = index.table("ILE", "Item Ledger Entries", "first");
    iles.add(1, 2);
    iles.add(1, 3);
    const items = index.table("ITEM", "Items", "last");
    items.add("A:1", 2);
    items.add("A:1", 5);
    items.add("7", 6);
    expect(index.get("ILE:1")).toEqual({ table: "Item Ledger Entries", row: 2 });
    expect(index.get("ITEM:A:1")).toEqual({ table: "Items", row: 5 });
    expect(index.get("ITEM:7")).toEqual({ table: "Items", row: 6 });
    expect(new Map(index)).toEqual(
      new Map([
        ["ILE:1", { table: "Item Ledger Entries", row: 2 }],
        ["ITEM:A:1", { table: "Items", row: 5 }],
        ["ITEM:7", { table: "Items", row: 6 }],
      ]),
    );
  });
});
