// Validation that refuses what Business Central could never have posted (issue 10), on the reader itself:
// readLedgerInput on small in-memory workbooks. Every problem is collected, none stops the others.
import type { Problem } from "../../src/engine/model";
import { parseDate } from "../../src/workbook/values";
import { readLedgerInput } from "../../src/workbook/tables";
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
