// Validation that refuses what Business Central could never have posted (issue 10), on the reader itself:
// readLedgerInput on small in-memory workbooks. Every problem is collected, none stops the others.
import type { Problem } from "../../src/engine/model";
import { parseDate } from "../../src/workbook/values";
import { readLedgerInput } from "../../src/workbook/tables";
import { importTables, ImportRefused } from "../../src/workbook/importTables";
import type { CellValue } from "../../src/workbook/port";
import { MemoryPort, type Sheet } from "./memoryPort";

const ILE = [
  "Entry No.",
  "Item No.",
  "Posting Date",
  "Entry Type",
  "Document No.",
  "Location Code",
  "Variant Code",
  "Quantity",
  "Invoiced Quantity",
  "Remaining Quantity",
  "Positive",
];
const VE = [
  "Entry No.",
  "Item Ledger Entry No.",
  "Item No.",
  "Posting Date",
  "Entry Type",
  "Location Code",
  "Variant Code",
  "Item Ledger Entry Quantity",
  "Cost Amount (Actual)",
  "Item Charge No.",
  "Adjustment",
];

type Cells = Record<string, CellValue>;

/** A purchase of 10 at BLUE (variant V1) and a sale of 4 from it, each with its value entry. */
function ledger(ileEdits: Cells[] = [{}, {}], veEdits: Cells[] = [{}, {}]): Sheet[] {
  const iles: Cells[] = [
    {
      "Entry No.": 1,
      "Item No.": "A",
      "Posting Date": "2024-01-02",
      "Entry Type": "Purchase",
      "Document No.": "P1",
      "Location Code": "BLUE",
      "Variant Code": "V1",
      Quantity: 10,
      "Invoiced Quantity": 10,
      "Remaining Quantity": 6,
      Positive: "Yes",
    },
    {
      "Entry No.": 2,
      "Item No.": "A",
      "Posting Date": "2024-01-05",
      "Entry Type": "Sale",
      "Document No.": "S1",
      "Location Code": "BLUE",
      "Variant Code": "V1",
      Quantity: -4,
      "Invoiced Quantity": -4,
      "Remaining Quantity": 0,
      Positive: "No",
    },
  ];
  const ves: Cells[] = [
    {
      "Entry No.": 1,
      "Item Ledger Entry No.": 1,
      "Item No.": "A",
      "Posting Date": "2024-01-02",
      "Entry Type": "Direct Cost",
      "Location Code": "BLUE",
      "Variant Code": "V1",
      "Item Ledger Entry Quantity": 10,
      "Cost Amount (Actual)": 100,
      "Item Charge No.": "",
      Adjustment: "No",
    },
    {
      "Entry No.": 2,
      "Item Ledger Entry No.": 2,
      "Item No.": "A",
      "Posting Date": "2024-01-05",
      "Entry Type": "Direct Cost",
      "Location Code": "BLUE",
      "Variant Code": "V1",
      "Item Ledger Entry Quantity": -4,
      "Cost Amount (Actual)": -40,
      "Item Charge No.": "",
      Adjustment: "No",
    },
  ];
  const rows = (headers: string[], base: Cells[], edits: Cells[]) =>
    edits.map((e, i) => headers.map((h) => (h in e ? e[h] : (base[i] ?? base[0])[h])));
  return [
    { name: "Item Ledger Entries", rows: [ILE, ...rows(ILE, iles, ileEdits)] },
    { name: "Value Entries", rows: [VE, ...rows(VE, ves, veEdits)] },
    {
      name: "Items",
      rows: [
        ["No.", "Costing Method"],
        ["A", "FIFO"],
      ],
    },
  ];
}

async function problemsOf(sheets: Sheet[]): Promise<{ errors: Problem[]; warnings: Problem[]; read: boolean }> {
  const { input, problems } = await readLedgerInput(new MemoryPort(sheets));
  return {
    errors: problems.filter((p) => p.severity === "error"),
    warnings: problems.filter((p) => p.severity === "warning"),
    read: input !== null,
  };
}

const messages = (ps: Problem[]) => ps.map((p) => p.message);

test("the ledger as built here reads without a problem", async () => {
  const r = await problemsOf(ledger());
  expect(r.errors).toEqual([]);
  expect(r.warnings).toEqual([]);
  expect(r.read).toBe(true);
});

describe("dates", () => {
  test.each([
    "2023-01-01 this is not a date",
    "2023-01-01x",
    "2023-01-01 12",
    "2023-01-01T",
    "31.01.2023 and more",
    "31/01/2023 25:00",
  ])("%s is not a date", (text) => {
    expect(parseDate(text, "dmy")).toMatchObject({ ok: false, reason: expect.stringContaining("is not a date") });
  });

  test.each([
    ["2023-01-01 00:00:00", "2023-01-01"],
    ["2023-01-01T00:00:00Z", "2023-01-01"],
    ["2023-01-01T10:30:00.000+02:00", "2023-01-01"],
    ["31/01/2023 12:00 AM", "2023-01-31"],
    ["31.01.2023 00:00", "2023-01-31"],
  ])("%s is the date with a time of day: %s", (text, iso) => {
    expect(parseDate(text, "dmy")).toEqual({ ok: true, value: iso });
  });

  test("a posting date with words after it is an error naming the cell", async () => {
    const r = await problemsOf(ledger([{ "Posting Date": "2024-01-02 this is not a date" }, {}]));
    expect(messages(r.errors)).toEqual([
      'Item Ledger Entries, row 2, column "Posting Date": "2024-01-02 this is not a date" is not a date. ' +
        "Enter a date such as 2020-01-31.",
    ]);
  });
});

describe("a value entry against its item ledger entry", () => {
  test("Location Code, Variant Code and Item Ledger Entry Quantity: one error each, with the entry's value", async () => {
    const r = await problemsOf(
      ledger([{}, {}], [{ "Location Code": "RED", "Variant Code": "", "Item Ledger Entry Quantity": 4 }, {}]),
    );
    expect(messages(r.errors)).toEqual([
      'Value Entries, row 2, column "Location Code": "RED" is not the location of item ledger entry 1 (BLUE). ' +
        "Business Central posts every value entry with its item ledger entry's location: correct the Location " +
        "Code (or the Item Ledger Entry No.).",
      'Value Entries, row 2, column "Variant Code": the cell is empty but item ledger entry 1 has the variant V1. ' +
        "Business Central posts every value entry with its item ledger entry's variant: correct the Variant Code " +
        "(or the Item Ledger Entry No.).",
      'Value Entries, row 2, column "Item Ledger Entry Quantity": "4" is not the quantity of item ledger entry 1 ' +
        "(10). Business Central puts an entry's quantity on its first value entry and 0 on every later one " +
        "(invoices, item charges, revaluations, adjustments): enter 10 on the first, 0 on the others.",
    ]);
    expect(r.errors[0].source).toEqual({ table: "Value Entries", row: 2, column: "Location Code", value: "RED" });
    expect(r.read).toBe(false);
  });

  test("the quantity on a later value entry (an item charge) as well: an error naming the first", async () => {
    const r = await problemsOf(
      ledger(
        [{}, {}],
        [
          {},
          {},
          { "Entry No.": 3, "Item Charge No.": "FREIGHT", "Item Ledger Entry Quantity": 10, "Cost Amount (Actual)": 5 },
        ],
      ),
    );
    expect(messages(r.errors)).toEqual([
      'Value Entries, row 4, column "Item Ledger Entry Quantity": "10" is the quantity of item ledger entry 1 ' +
        "again, on value entry 3, but value entry 1 (row 2) carries it already. Business Central puts the " +
        "quantity on the entry's first value entry only: enter 0 here.",
    ]);
  });

  test("the quantity on a later value entry instead of the first: an error; in any row order", async () => {
    const sheets = ledger(
      [{}, {}],
      [
        { "Item Ledger Entry Quantity": 0 },
        {},
        { "Entry No.": 3, "Item Ledger Entry Quantity": 10, "Cost Amount (Actual)": 0 },
      ],
    );
    const ve = sheets[1];
    ve.rows = [ve.rows[0], ...ve.rows.slice(1).reverse()]; // newest first, as Business Central exports
    const r = await problemsOf(sheets);
    expect(messages(r.errors)).toEqual([
      'Value Entries, row 2, column "Item Ledger Entry Quantity": "10" is the quantity of item ledger entry 1 on ' +
        "value entry 3, but value entry 1 (row 4) was posted before it. Business Central puts the quantity on the " +
        "entry's first value entry: move it there, and enter 0 here.",
    ]);
  });

  test("no value entry carrying the quantity: a warning (the one that posted it may not be exported)", async () => {
    const r = await problemsOf(ledger([{}, {}], [{ "Item Ledger Entry Quantity": 0 }, {}]));
    expect(r.errors).toEqual([]);
    expect(messages(r.warnings)).toEqual([
      'Value Entries, row 2, column "Item Ledger Entry Quantity": "0" on value entry 1, the first of item ledger ' +
        "entry 1 here, and no value entry of that entry carries its quantity. Business Central puts it on the " +
        "entry's first value entry, which may be missing from the export: export every value entry of the entry, " +
        "or enter its quantity here.",
    ]);
    expect(r.read).toBe(true);
  });

  test("0 on a receipt not invoiced (Expected Cost: Yes), the posting that made the entry: an error", async () => {
    const sheets = ledger();
    const ve = sheets[1];
    ve.rows = ve.rows.map((r, i) => [...r, i === 0 ? "Expected Cost" : i === 1 ? "Yes" : "No"]);
    ve.rows[1][ve.rows[0].indexOf("Item Ledger Entry Quantity")] = 0;
    const r = await problemsOf(sheets);
    expect(messages(r.errors)).toEqual([
      'Value Entries, row 2, column "Item Ledger Entry Quantity": "0" is not the quantity of item ledger entry 1 ' +
        "(10), which value entry 1 posted (Expected Cost: Yes, a receipt or shipment not invoiced yet). Business " +
        "Central gives the value entry that posts a quantity that quantity: enter 10.",
    ]);
    expect(r.warnings).toEqual([]);
  });

  test("columns the Value Entries table lacks are taken from the item ledger entry, unchecked", async () => {
    const sheets = ledger();
    const ve = sheets[1];
    const keep = ve.rows[0].map((h, i) =>
      ["Location Code", "Variant Code", "Item Ledger Entry Quantity"].includes(h as string) ? -1 : i,
    );
    ve.rows = ve.rows.map((r) => keep.filter((i) => i >= 0).map((i) => r[i]));
    const { input, problems } = await readLedgerInput(new MemoryPort(sheets));
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(input!.valueEntries.map((v) => [v.locationCode, v.variantCode])).toEqual([
      ["BLUE", "V1"],
      ["BLUE", "V1"],
    ]);
  });

  test("a value entry of an item ledger entry whose row could not be read: only that row's problem", async () => {
    const r = await problemsOf(ledger([{ "Posting Date": "2024-01-02 this is not a date" }, {}]));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].source).toMatchObject({ table: "Item Ledger Entries", row: 2, column: "Posting Date" });
  });
});

describe("item ledger entry quantities", () => {
  test("Invoiced and Remaining Quantity beyond Quantity, or of the other sign: errors", async () => {
    const r = await problemsOf(
      ledger(
        [
          { "Invoiced Quantity": 11, "Remaining Quantity": -1 },
          { "Invoiced Quantity": -5, "Remaining Quantity": 1 },
        ],
        [{}, {}],
      ),
    );
    expect(messages(r.errors)).toEqual([
      'Item Ledger Entries, row 2, column "Invoiced Quantity": "11" is more than the entry\'s Quantity (10). ' +
        "Business Central never invoices more than an entry's quantity, and in its direction: correct the cell, " +
        "or export the ledger again.",
      'Item Ledger Entries, row 2, column "Remaining Quantity": "-1" has the other sign than the entry\'s Quantity ' +
        "(10). Remaining Quantity runs from the entry's quantity to 0 as the entry is applied: correct the cell, " +
        "or export the ledger again.",
      'Item Ledger Entries, row 3, column "Invoiced Quantity": "-5" is more than the entry\'s Quantity (-4). ' +
        "Business Central never invoices more than an entry's quantity, and in its direction: correct the cell, " +
        "or export the ledger again.",
      'Item Ledger Entries, row 3, column "Remaining Quantity": "1" has the other sign than the entry\'s Quantity ' +
        "(-4). Remaining Quantity runs from the entry's quantity to 0 as the entry is applied: correct the cell, " +
        "or export the ledger again.",
    ]);
  });

  test("a partly invoiced, partly applied entry is fine; blank cells prove nothing", async () => {
    const r = await problemsOf(
      ledger([
        { "Invoiced Quantity": 3, "Remaining Quantity": 10 },
        { "Invoiced Quantity": null, Positive: null },
      ]),
    );
    expect(r.errors).toEqual([]);
  });

  test("a sign against Positive: an error on the Quantity cell", async () => {
    const r = await problemsOf(ledger([{}, { Positive: "Yes" }]));
    expect(messages(r.errors)).toEqual([
      'Item Ledger Entries, row 3, column "Quantity": "-4" is negative, but the entry\'s Positive says Yes. ' +
        "Business Central marks an entry Positive exactly when its quantity is above 0: correct the sign of the " +
        "quantity (or Positive).",
    ]);
  });

  test("returns and reversals of either sign are what Business Central posts: no problem", async () => {
    // A purchase return (Purchase, -2) and a sales return (Sale, +1), each with its value entry.
    const r = await problemsOf(
      ledger(
        [
          {},
          {},
          {
            "Entry No.": 3,
            "Entry Type": "Purchase",
            Quantity: -2,
            "Invoiced Quantity": -2,
            "Remaining Quantity": 0,
            Positive: "No",
          },
          {
            "Entry No.": 4,
            "Entry Type": "Sale",
            Quantity: 1,
            "Invoiced Quantity": 1,
            "Remaining Quantity": 1,
            Positive: "Yes",
          },
        ],
        [
          {},
          {},
          { "Entry No.": 3, "Item Ledger Entry No.": 3, "Item Ledger Entry Quantity": -2, "Cost Amount (Actual)": -20 },
          { "Entry No.": 4, "Item Ledger Entry No.": 4, "Item Ledger Entry Quantity": 1, "Cost Amount (Actual)": 10 },
        ],
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  test("a negative Positive Adjmt. and a positive Negative Adjmt.: warnings", async () => {
    const r = await problemsOf(ledger([{ "Entry Type": "Negative Adjmt." }, { "Entry Type": "Positive Adjmt." }]));
    expect(r.errors).toEqual([]);
    expect(messages(r.warnings)).toEqual([
      'Item Ledger Entries, row 2, column "Quantity": "10" is positive on a Negative Adjmt. entry. Business ' +
        "Central posts that only from an item journal line with a negative quantity; if that is not how it was " +
        "posted, correct the sign.",
      'Item Ledger Entries, row 3, column "Quantity": "-4" is negative on a Positive Adjmt. entry. Business ' +
        "Central posts that only from an item journal line with a negative quantity; if that is not how it was " +
        "posted, correct the sign.",
    ]);
  });

  /** The purchase of 10 and a transfer of `out` units from BLUE to RED received as `into` (document T1). */
  function transfer(out: number, into: number[]): Sheet[] {
    const iles: Cells[] = [{}];
    const ves: Cells[] = [{}];
    const add = (no: number, loc: string, q: number) => {
      const common = { "Posting Date": "2024-01-03", "Document No.": "T1", "Location Code": loc };
      iles.push({
        ...common,
        "Entry No.": no,
        "Entry Type": "Transfer",
        Quantity: q,
        "Invoiced Quantity": q,
        "Remaining Quantity": q > 0 ? q : 0,
        Positive: q > 0 ? "Yes" : "No",
      });
      ves.push({
        ...common,
        "Entry No.": no,
        "Item Ledger Entry No.": no,
        "Item Ledger Entry Quantity": q,
        "Cost Amount (Actual)": q * 10,
      });
    };
    add(2, "BLUE", -out);
    into.forEach((q, k) => add(3 + k, "RED", q));
    return ledger(iles, ves);
  }

  test("a transfer whose receipts add up to its shipment is fine, in one receipt or several", async () => {
    expect((await problemsOf(transfer(5, [5]))).errors).toEqual([]);
    expect((await problemsOf(transfer(5, [2, 3]))).errors).toEqual([]);
  });

  test("a transfer that ships one quantity and receives another: an error naming its rows", async () => {
    const r = await problemsOf(transfer(5, [2, 4]));
    expect(messages(r.errors)).toEqual([
      'Item Ledger Entries, rows 3, 4 and 5, column "Quantity": the transfer T1 of item A on 2024-01-03 ships 5 ' +
        "and receives 6. Business Central posts a transfer as entries out of one location and into another of the " +
        "same quantity, which add up to 0: correct the quantity that is wrong, or export every entry of the " +
        "transfer.",
    ]);
    expect(r.errors[0].source).toEqual({ table: "Item Ledger Entries", row: 3, column: "Quantity", value: "-5" });
  });

  test("a transfer shipped with a flipped sign: an error", async () => {
    const r = await problemsOf(transfer(-5, [5]));
    expect(messages(r.errors)).toContainEqual(
      expect.stringContaining("the transfer T1 of item A on 2024-01-03 ships 0 and receives 10"),
    );
  });
});

describe("two columns of one field", () => {
  /** The ledger with a copy of an Item Ledger Entries column under `header`, its cells changed by `edit`. */
  function withCopy(column: string, header: string, edit: (v: CellValue, i: number) => CellValue): Sheet[] {
    const sheets = ledger();
    const c = sheets[0].rows[0].indexOf(column);
    sheets[0].rows = sheets[0].rows.map((r, i) => [...r, i === 0 ? header : edit(r[c], i)]);
    return sheets;
  }

  test("the same values written differently (a date and its text, 10 and 10.00) agree", async () => {
    const dates = await problemsOf(withCopy("Posting Date", "Posting Date", (v) => new Date(`${v}T00:00:00Z`)));
    expect(dates.errors).toEqual([]);
    expect(messages(dates.warnings)).toEqual([
      'Item Ledger Entries: the columns "Posting Date" (the 3rd) and "Posting Date" (the 12th) both hold Posting ' +
        "Date; they agree on every row, and the 3rd is read. Delete the other, so that a change made in it alone " +
        "cannot go unread.",
    ]);
    const numbers = await problemsOf(withCopy("Quantity", "quantity", (v) => `${v}.00`));
    expect(numbers.errors).toEqual([]);
  });

  test("values that differ on some rows: one error, at the first, with the count of the others", async () => {
    const r = await problemsOf(withCopy("Quantity", "Quantity", (v) => -(v as number)));
    expect(messages(r.errors)).toEqual([
      'Item Ledger Entries, row 2: the columns "Quantity" (the 8th) and "Quantity" (the 12th) both hold Quantity ' +
        'and disagree: "10" and "-10" (and on 1 more row). Nothing tells which is right: delete the wrong column ' +
        "(or rename its header, so it is not read as Quantity), then try again.",
    ]);
    expect(r.errors[0].source).toEqual({ table: "Item Ledger Entries", row: 2, column: "Quantity", value: "-10" });
  });
});

test("every problem is collected: one ledger, one of each", async () => {
  const sheets = ledger(
    [{ "Invoiced Quantity": 12 }, { Positive: "Yes" }, { "Entry No.": 3, "Posting Date": "2024-01-05 noon" }],
    [{ "Location Code": "RED" }, { "Item Ledger Entry Quantity": -3 }],
  );
  sheets[0].rows.push(sheets[0].rows[1].map((v, c) => (c === 0 ? 1 : v))); // entry 1 twice
  const r = await problemsOf(sheets);
  expect(r.errors.map((p) => [p.source?.table, p.source?.row, p.source?.column])).toEqual([
    ["Item Ledger Entries", 4, "Posting Date"],
    ["Item Ledger Entries", 5, "Entry No."],
    ["Item Ledger Entries", 2, "Invoiced Quantity"],
    ["Item Ledger Entries", 3, "Quantity"],
    ["Item Ledger Entries", 5, "Invoiced Quantity"],
    ["Value Entries", 2, "Location Code"],
    ["Value Entries", 3, "Item Ledger Entry Quantity"],
  ]);
});

describe("importing a file with two columns of one field", () => {
  const file = (edit: (v: CellValue, i: number) => CellValue) => {
    const sheets = ledger();
    const c = sheets[0].rows[0].indexOf("Location Code");
    sheets[0].rows = sheets[0].rows.map((r, i) => [...r, i === 0 ? "Location Code" : edit(r[c], i)]);
    return sheets.map((s) => ({ name: s.name, rows: s.rows }));
  };

  test("that disagree: refused, nothing written", async () => {
    const port = new MemoryPort([]);
    const attempt = importTables(
      port,
      file((v, i) => (i === 2 ? "RED" : v)),
      { fileName: "export.xlsx" },
    );
    await expect(attempt).rejects.toThrow(ImportRefused);
    await expect(attempt).rejects.toThrow(
      'Nothing was imported from export.xlsx: Item Ledger Entries, row 3: the columns "Location Code" (the 6th) ' +
        'and "Location Code" (the 12th) both hold Location Code and disagree: "BLUE" and "RED".',
    );
    expect(port.sheets).toEqual([]);
  });

  test("that agree: imported", async () => {
    const port = new MemoryPort([]);
    await importTables(
      port,
      file((v) => v),
      { fileName: "export.xlsx" },
    );
    expect(port.sheets.map((s) => s.name)).toEqual(["Item Ledger Entries", "Value Entries", "Items"]);
  });
});
