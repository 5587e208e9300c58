import { readLedgerInput } from "../../src/workbook/tables";
import type { CellValue } from "../../src/workbook/port";
import { MemoryPort, sampleSheets, type Sheet } from "./memoryPort";
import { formatExact } from "../../src/engine/money";

const d = (s: string) => new Date(s + "T00:00:00Z");

function sheet(sheets: Sheet[], name: string): Sheet {
  return sheets.find((s) => s.name === name)!;
}

async function read(sheets: Sheet[], options = {}) {
  return readLedgerInput(new MemoryPort(sheets), options);
}

const messages = (r: { problems: { message: string }[] }) => r.problems.map((p) => p.message);

describe("readLedgerInput", () => {
  test("reads a ledger, sorted by entry number, whatever the row order", async () => {
    const { input, problems } = await read(sampleSheets());
    expect(problems).toEqual([]);
    expect(input).not.toBeNull();
    expect(input!.itemLedgerEntries.map((e) => e.entryNo)).toEqual([1, 2]);
    const ile = input!.itemLedgerEntries[0];
    expect(ile).toMatchObject({
      itemNo: "1000",
      postingDate: "2020-01-10",
      entryType: "Purchase",
      documentNo: "P-1",
      locationCode: "BLUE",
      open: true,
    });
    expect(formatExact(ile.quantity)).toBe("10");
    expect(formatExact(ile.remainingQuantity!)).toBe("4");
    expect(ile.variantCode).toBeUndefined();
    expect(ile.positive).toBeUndefined();
    const ve = input!.valueEntries[1];
    expect(ve).toMatchObject({ entryNo: 2, itemLedgerEntryNo: 2, itemNo: "1000", locationCode: "BLUE" });
    expect(formatExact(ve.costAmountActual)).toBe("-60");
    expect(ve.adjustment).toBe(false);
    expect(ve.valuationDate).toBeUndefined();
    expect(input!.items).toEqual([expect.objectContaining({ no: "1000", costingMethod: "Average", blocked: false })]);
  });

  test("columns in any order give the same input", async () => {
    const a = (await read(sampleSheets())).input!;
    const sheets = sampleSheets();
    for (const s of sheets) {
      const order = s.rows[0].map((_, i) => i).reverse();
      s.rows = s.rows.map((r) => order.map((i) => r[i]));
    }
    const b = (await read(sheets)).input!;
    expect(b.itemLedgerEntries).toEqual(a.itemLedgerEntries);
    expect(b.valueEntries).toEqual(a.valueEntries);
  });

  test("sources, missing columns and setup defaults", async () => {
    const { input } = await read(sampleSheets());
    expect(input!.sources!.get("ILE:1")).toEqual({ table: "Item Ledger Entries", row: 3 });
    expect(input!.sources!.get("VE:2")).toEqual({ table: "Value Entries", row: 2 });
    expect(input!.sources!.get("ITEM:1000")).toEqual({ table: "Items", row: 2 });
    expect(input!.missingColumns!.get("Value Entries")).toContain("Valuation Date");
    expect(input!.missingColumns!.get("Value Entries")).toContain("Location Code");
    expect(input!.missingColumns!.get("Item Ledger Entries")).toContain("Variant Code");
    expect(input!.setup.averageCostPeriod).toBe("Day");
    expect(input!.setup.averageCostCalcType).toBe("Item & Location & Variant");
    expect(formatExact(input!.setup.amountRoundingPrecision)).toBe("0.01");
    expect(formatExact(input!.setup.unitAmountRoundingPrecision)).toBe("0.00001");
    expect(input!.setup.allowPostingFrom).toBe("");
    expect(input!.applications).toBeUndefined();
  });

  test("setup and accounting periods are read", async () => {
    const sheets = sampleSheets();
    sheets.push({
      name: "Inventory Setup",
      rows: [
        ["Field", "Value"],
        ["Average Cost Period", "Month"],
        ["Average Cost Calc. Type", "Item, Variant, and Location"],
        ["Amount Rounding Precision", "0.01"],
        ["Allow Posting From", "01.01.2020"],
      ],
    });
    sheets.push({
      name: "Accounting Periods",
      rows: [
        ["Starting Date", "Name", "New Fiscal Year"],
        [d("2020-02-01"), "February", "No"],
        [d("2020-01-01"), "January", "Yes"],
      ],
    });
    const { input, problems } = await read(sheets);
    expect(problems).toEqual([]);
    expect(input!.setup).toMatchObject({
      averageCostPeriod: "Month",
      averageCostCalcType: "Item & Location & Variant",
      allowPostingFrom: "2020-01-01",
    });
    expect(input!.accountingPeriods.map((p) => [p.startingDate, p.newFiscalYear, p.averageCostPeriod])).toEqual([
      ["2020-01-01", true, null],
      ["2020-02-01", false, null],
    ]);
  });

  test("a German workbook, found by header row on sheets with other names", async () => {
    const sheets: Sheet[] = [
      {
        name: "Tabelle1",
        rows: [
          ["Artikelposten"],
          [],
          ["Lfd. Nr.", "Artikelnr.", "Buchungsdatum", "Postenart", "Menge", "Offen"],
          [1, "A", "10.01.2020", "Einkauf", "10,5", "Ja"],
        ],
      },
      {
        name: "Tabelle2",
        rows: [
          ["Lfd. Nr.", "Artikelposten Lfd. Nr.", "Buchungsdatum", "Postenart", "Einstandsbetrag (tatsächl.)"],
          [7, 1, "10.01.2020", "Direkte Kosten", "1.234,56"],
        ],
      },
      {
        name: "Tabelle3",
        rows: [
          ["Nr.", "Beschreibung", "Lagerabgangsmethode"],
          ["A", "Artikel A", "FIFO"],
        ],
      },
    ];
    const { input, problems } = await read(sheets);
    expect(problems).toEqual([]);
    expect(input!.itemLedgerEntries[0]).toMatchObject({ entryType: "Purchase", open: true, postingDate: "2020-01-10" });
    expect(formatExact(input!.itemLedgerEntries[0].quantity)).toBe("10.5");
    expect(formatExact(input!.valueEntries[0].costAmountActual)).toBe("1234.56");
    expect(input!.valueEntries[0].itemNo).toBe("A");
    expect(input!.items).toEqual([expect.objectContaining({ no: "A", costingMethod: "FIFO" })]);
    expect(input!.sources!.get("ILE:1")).toEqual({ table: "Tabelle1 (Item Ledger Entries)", row: 4 });
  });

  test("an item not listed has no costing method: an error naming it, never FIFO", async () => {
    const sheets = sampleSheets();
    sheet(sheets, "Item Ledger Entries").rows.push([3, "2000", d("2020-01-20"), "Purchase", "P-2", "", 1, 1, 1, "Yes"]);
    const { input, problems, costingMethods } = await read(sheets);
    expect(input).toBeNull();
    expect(problems.map((p) => p.severity)).toEqual(["error"]);
    expect(messages({ problems })[0]).toMatch(/^Items: 1 item of the ledger is not in the Items table \(2000\)/);
    expect(costingMethods).toEqual({ missing: ["2000"] });
  });
});

describe("readLedgerInput problems", () => {
  function withRow(name: string, row: CellValue[]): Sheet[] {
    const sheets = sampleSheets();
    sheet(sheets, name).rows.push(row);
    return sheets;
  }

  test("every problem is collected, each naming table, row, column and value", async () => {
    const sheets = sampleSheets();
    sheet(sheets, "Value Entries").rows.push(
      [3, 1, d("2020-01-20"), "Direct Cost", "12,5x", 1, "No"],
      [4, 1, "2020-02-30", "Direkt", 5, 1, "maybe"],
    );
    const { input, problems } = await read(sheets);
    expect(input).toBeNull();
    expect(messages({ problems })).toEqual([
      'Value Entries, row 4, column "Cost Amount (Actual)": "12,5x" is not a number. Enter a number such as 12.50.',
      'Value Entries, row 5, column "Posting Date": "2020-02-30" is not a date. Enter a date such as 2020-01-31.',
      'Value Entries, row 5, column "Entry Type": "Direkt" is not a known value entry type. Use one of: ' +
        "Direct Cost, Indirect Cost, Variance, Revaluation, Rounding.",
      'Value Entries, row 5, column "Adjustment": "maybe" is not Yes or No. Enter Yes or No (TRUE/FALSE and 1/0 ' +
        "also work).",
    ]);
    expect(problems[0].source).toEqual({
      table: "Value Entries",
      row: 4,
      column: "Cost Amount (Actual)",
      value: "12,5x",
    });
    expect(problems.every((p) => p.severity === "error")).toBe(true);
  });

  test("an unknown item ledger entry type lists the accepted values", async () => {
    const { problems } = await read(
      withRow("Item Ledger Entries", [3, "1000", d("2020-01-20"), "Purchse", "", "", 1, 1, 1, "Yes"]),
    );
    expect(messages({ problems })).toEqual([
      'Item Ledger Entries, row 4, column "Entry Type": "Purchse" is not a known entry type. Use one of: Purchase, ' +
        "Sale, Positive Adjmt., Negative Adjmt., Transfer, Consumption, Output, Assembly Consumption, Assembly Output.",
    ]);
  });

  test("a missing required column names the table and the column and lists the headers found", async () => {
    const sheets = sampleSheets();
    const ve = sheet(sheets, "Value Entries");
    ve.rows = ve.rows.map((r) => r.filter((_, i) => i !== 4)); // drop Cost Amount (Actual)
    const { input, problems } = await read(sheets);
    expect(input).toBeNull();
    expect(messages({ problems })).toEqual([
      'Value Entries: the column "Cost Amount (Actual)" is missing (headers found in row 1: Entry No., Item Ledger ' +
        "Entry No., Posting Date, Entry Type, Valued Quantity, Adjustment). Add the column to the export, rename its " +
        'header to "Cost Amount (Actual)", or map its header to the column: in the task pane\'s Ledger step (Map ' +
        'columns), or with a row Value Entries | Cost Amount (Actual) | <the header> in the sheet "Costing Column ' +
        'Map" (columns Table, Column, Header).' +
        ' Page 5802 "Value Entries" shows "Cost Amount (Actual)" by default: choose Open in Excel on the page (if "Cost Amount (Actual)" was removed with Personalize, add it back first).',
    ]);
  });

  test("a missing table", async () => {
    const { input, problems } = await read(sampleSheets().filter((s) => s.name !== "Value Entries"));
    expect(input).toBeNull();
    expect(messages({ problems })).toEqual([
      'The workbook has no Value Entries table. Add a sheet named "Value Entries" (or an Excel table named ' +
        "ValueEntries) holding the value entries exported from Business Central.",
    ]);
  });

  test("duplicate entry numbers name both rows", async () => {
    const { input, problems } = await read(
      withRow("Value Entries", [1, 1, d("2020-01-10"), "Direct Cost", 1, 1, "No"]),
    );
    expect(input).toBeNull();
    expect(messages({ problems })).toEqual([
      'Value Entries, rows 3 and 4, column "Entry No.": "1" appears twice. Each entry must appear once: remove ' +
        "the duplicate row.",
    ]);
  });

  test("a value entry pointing at a missing item ledger entry", async () => {
    const { input, problems } = await read(
      withRow("Value Entries", [3, 999, d("2020-01-10"), "Direct Cost", 1, 1, "No"]),
    );
    expect(input).toBeNull();
    expect(messages({ problems })).toEqual([
      'Value Entries, row 4, column "Item Ledger Entry No.": "999" is not an entry in the Item Ledger Entries ' +
        "table. Include item ledger entry 999 in the export, or remove this value entry.",
    ]);
  });

  test("an empty required cell and a fractional entry number", async () => {
    const { problems } = await read(withRow("Value Entries", [3.5, 1, null, "Direct Cost", 1, 1, "No"]));
    expect(messages({ problems })).toEqual([
      'Value Entries, row 4, column "Entry No.": "3.5" is not a whole number. Enter a whole number such as 1234.',
      'Value Entries, row 4, column "Posting Date": the cell is empty. Enter a date such as 2020-01-31.',
    ]);
  });

  test("ambiguous dates: an error without a locale, read with one, or fixed by the column", async () => {
    const ambiguous = withRow("Value Entries", [3, 1, "01/02/2020", "Direct Cost", 1, 1, "No"]);
    expect(messages(await read(ambiguous))).toEqual([
      'Value Entries, row 4, column "Posting Date": "01/02/2020" could be day-month-year (2020-02-01) or ' +
        "month-day-year (2020-01-02). Set the date order (day first or month first), or enter dates as 2020-01-31.",
    ]);
    const withLocale = await read(ambiguous, { dateOrder: "mdy" });
    expect(withLocale.input!.valueEntries[2].postingDate).toBe("2020-01-02");
    const fixed = withRow("Value Entries", [3, 1, "01/02/2020", "Direct Cost", 1, 1, "No"]);
    sheet(fixed, "Value Entries").rows.push([4, 1, "31/01/2020", "Direct Cost", 1, 1, "No"]);
    expect((await read(fixed)).input!.valueEntries[2].postingDate).toBe("2020-02-01");
  });
});

describe("readLedgerInput cross-checks", () => {
  test("a value entry whose item differs from its item ledger entry", async () => {
    const sheets = sampleSheets();
    const ve = sheet(sheets, "Value Entries");
    ve.rows = ve.rows.map((r, i) => [...r, i === 0 ? "Item No." : i === 1 ? "9999" : "1000"]);
    const { input, problems } = await read(sheets);
    expect(input).toBeNull();
    expect(messages({ problems })).toEqual([
      'Value Entries, row 2, column "Item No.": "9999" is not the item of item ledger entry 2 (1000). ' +
        "Correct the item number.",
    ]);
  });

  test("setup: a bad precision is an error, an unknown field a warning", async () => {
    const sheets = sampleSheets();
    sheets.push({
      name: "Inventory Setup",
      rows: [
        ["Field", "Value"],
        ["Amount Rounding Precision", 0],
        ["Automatic Cost Posting", "Yes"],
      ],
    });
    const { input, problems } = await read(sheets);
    expect(input).toBeNull();
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      [
        "warning",
        'Inventory Setup, row 3, column "Field": "Automatic Cost Posting" is not a setting this tool uses, so it is ' +
          "ignored. It reads: Average Cost Period, Average Cost Calc. Type, Amount Rounding Precision, " +
          "Unit-Amount Rounding Precision, Allow Posting From.",
      ],
      [
        "error",
        'Inventory Setup, row 2, column "Value": "0" is not a rounding precision. Enter a positive number such as 0.01.',
      ],
    ]);
  });
});
