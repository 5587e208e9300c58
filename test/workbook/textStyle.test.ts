// A table's dates and decimals as its cells write them, and values written the same way (exactly: decimal text in,
// decimal text out).
import type { CellValue, TableData } from "../../src/workbook/port";
import {
  dateAsText,
  decimalAsText,
  detectTextStyle,
  guessTextStyle,
  ISO_DATE,
  type StyledKind,
} from "../../src/workbook/textStyle";
import { columnAliases } from "../../src/workbook/captions";
import { VALUE_ENTRIES, VALUE_ENTRY_COPIED_COLUMNS, VALUE_ENTRY_ZERO_COLUMNS } from "../../src/workbook/schema";

const table = (rows: CellValue[][]): TableData => ({
  name: "T",
  sheet: "T",
  headers: rows[0].map((_, i) => `c${i}`),
  headerRow: 1,
  rows,
  rowNumbers: rows.map((_, i) => i + 2),
});

describe("detectTextStyle", () => {
  test("dotted German dates, decimal commas with thousands groups", () => {
    const kinds: StyledKind[] = ["date", "decimal", undefined];
    const s = detectTextStyle(
      table([
        ["05.01.2023", "1.000,00", "x"],
        ["31.01.2023", "-6,37500", "y"],
      ]),
      kinds,
    );
    expect(s.columns[0]).toEqual({
      text: true,
      date: { order: "dmy", separator: ".", padded: true, yearDigits: 4, suffix: "" },
    });
    expect(s.columns[1]).toEqual({ text: true, number: { decimal: ",", group: "." } });
    expect(s.columns[2]).toBeUndefined();
    expect(dateAsText("2023-02-03", s.columns[0]!.date!)).toBe("03.02.2023");
    expect(decimalAsText("-1234567.50", s.columns[1]!.number!)).toBe("-1.234.567,50");
    expect(decimalAsText("999999999999999.97", { decimal: ",", group: "" })).toBe("999999999999999,97");
  });

  test("US dates: month first from a day above 12, unpadded; a column without its own takes the table's", () => {
    const s = detectTextStyle(
      table([
        ["1/5/2023", ""],
        ["1/20/2023", "2/1/2023"],
      ]),
      ["date", "date"],
    );
    expect(s.columns[0]!.date).toEqual({ order: "mdy", separator: "/", padded: false, yearDigits: 4, suffix: "" });
    expect(s.columns[1]!.date!.order).toBe("mdy"); // 2/1/2023 alone proves nothing: the table's order
    expect(dateAsText("2023-12-09", s.columns[0]!.date!)).toBe("12/9/2023");
  });

  test("a date-time export keeps its midnight time; two-digit years; ISO stays ISO", () => {
    const s = detectTextStyle(table([["31.01.23 00:00:00"], ["01.02.23 00:00:00"]]), ["date"]);
    expect(dateAsText("2024-03-04", s.columns[0]!.date!)).toBe("04.03.24 00:00:00");
    expect(detectTextStyle(table([["2023-01-31"]]), ["date"]).columns[0]!.date).toEqual(ISO_DATE);
  });

  test("cells that are not text (an .xlsx) say the column is not text; blank columns take the fallback", () => {
    const s = detectTextStyle(table([[new Date(0), 1.5, null]]), ["date", "decimal", "decimal"], {
      number: { decimal: ",", group: "" },
    });
    expect(s.columns.map((c) => c?.text)).toEqual([false, false, false]);
    expect(s.columns[2]!.number).toEqual({ decimal: ",", group: "" });
  });

  test("a workbook's style from rows whose columns are not known", () => {
    expect(
      guessTextStyle([
        ["Lfd. Nr.", "Buchungsdatum", "Betrag"],
        ["1", "15.01.2020", "100,25"],
      ]),
    ).toEqual({
      date: { order: "dmy", separator: ".", padded: true, yearDigits: 4, suffix: "" },
      number: { decimal: ",", group: "" },
    });
    expect(
      guessTextStyle([
        ["Entry No.", "Posting Date"],
        ["1", "2020-01-15"],
      ]),
    ).toEqual({
      date: ISO_DATE,
      number: undefined,
    });
  });
});

describe("the copied and zero columns", () => {
  test("no caption of theirs names a column the costing reads, nor another of them", () => {
    const owner = new Map<string, string>();
    for (const def of VALUE_ENTRIES.columns) for (const a of columnAliases(def.caption)) owner.set(a, def.caption);
    for (const def of [...VALUE_ENTRY_COPIED_COLUMNS, ...VALUE_ENTRY_ZERO_COLUMNS]) {
      for (const a of columnAliases(def.caption)) {
        const other = owner.get(a);
        expect(other === undefined || other === def.caption ? "ok" : `${def.caption} / ${other}: ${a}`).toBe("ok");
        owner.set(a, def.caption);
      }
    }
  });
});
