import type { TableData } from "../../src/workbook/port";
import { detectBooleanStyle, rowStyleFor, valueEntryToRow } from "../../src/workbook/write";
import { SAMPLE_VE } from "./memoryPort";

const table = (headers: string[], rows: TableData["rows"] = []): TableData => ({
  name: "Value Entries",
  sheet: "Value Entries",
  headers,
  headerRow: 1,
  rows,
  rowNumbers: rows.map((_, i) => i + 2),
});

describe("valueEntryToRow", () => {
  test("fills the table's own columns in its order; unknown columns blank", () => {
    const headers = ["Cost Amount (Actual)", "Entry No.", "User ID", "Posting Date", "Adjustment", "Entry Type"];
    expect(valueEntryToRow(headers, SAMPLE_VE, "iso")).toEqual([-1.23, 10, null, "2020-01-31", "Yes", "Direct Cost"]);
  });

  test("amounts rounded to their precision, dates as real dates for xlsx", () => {
    const headers = ["Cost per Unit", "Valued Quantity", "Valuation Date", "Variant Code", "Applies-to Entry"];
    expect(valueEntryToRow(headers, SAMPLE_VE, "date")).toEqual([
      0.20576,
      -6,
      new Date(Date.UTC(2020, 0, 15)),
      null,
      5,
    ]);
  });

  test("German headers get German captions and Ja/Nein", () => {
    const headers = ["Lfd. Nr.", "Postenart", "Artikelpostenart", "Regulierung", "Einstandsbetrag (tatsächl.)"];
    const style = rowStyleFor(table(headers), "iso");
    expect(valueEntryToRow(headers, SAMPLE_VE, style)).toEqual([10, "Direkte Kosten", "Verkauf", "Ja", -1.23]);
  });

  test("booleans in the table's own style", () => {
    const headers = ["Entry No.", "Adjustment", "Expected Cost"];
    expect(detectBooleanStyle(table(headers, [[1, "FALSE", "FALSE"]]))).toEqual(["TRUE", "FALSE"]);
    expect(detectBooleanStyle(table(headers, [[1, false, null]]))).toEqual([true, false]);
    expect(detectBooleanStyle(table(headers, [[1, "Nej", "Nej"]]))).toEqual(["Ja", "Nej"]);
    expect(detectBooleanStyle(table(headers, [[1, "no", "yes"]]))).toEqual(["yes", "no"]);
    expect(detectBooleanStyle(table(headers, []))).toBeUndefined();
    const style = rowStyleFor(table(headers, [[1, 0, 0]]), "iso");
    expect(valueEntryToRow(headers, SAMPLE_VE, style)).toEqual([10, 1, 0]);
  });

  test("text that looks like a formula is handed over as text", () => {
    expect(valueEntryToRow(["Document No."], SAMPLE_VE)).toEqual(["=SUM(A1)"]);
  });
});
