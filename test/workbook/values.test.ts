import { parseExact } from "../../src/engine/money";
import {
  dateOrderEvidence,
  excelSerialToIso,
  parseBoolean,
  parseDate,
  parseDecimal,
  parseEnum,
  parseInteger,
  resolveDateOrder,
  resolveDecimalSeparator,
} from "../../src/workbook/values";
import { ITEM_LEDGER_ENTRY_TYPES } from "../../src/engine/model";
import { formatExact } from "../../src/engine/money";

const value = <T>(r: { ok: true; value: T } | { ok: false; reason: string }): T | string =>
  r.ok ? r.value : `ERR ${r.reason}`;

describe("dates", () => {
  test("Excel serial numbers, with the 1900 leap-year bug", () => {
    expect(value(excelSerialToIso(43861))).toBe("2020-01-31");
    expect(value(excelSerialToIso(1))).toBe("1900-01-01");
    expect(value(excelSerialToIso(59))).toBe("1900-02-28");
    expect(value(excelSerialToIso(61))).toBe("1900-03-01");
    expect(value(excelSerialToIso(43861.75))).toBe("2020-01-31");
    expect(value(excelSerialToIso(60))).toMatch(/^ERR is 29 February 1900/);
    expect(value(excelSerialToIso(0))).toMatch(/^ERR is not a date/);
  });

  test("JS dates use their UTC parts", () => {
    expect(value(parseDate(new Date(Date.UTC(2020, 0, 31))))).toBe("2020-01-31");
    expect(value(parseDate(new Date(Date.UTC(2020, 0, 31, 23, 59))))).toBe("2020-01-31");
  });

  test("text forms", () => {
    expect(value(parseDate("2020-01-31"))).toBe("2020-01-31");
    expect(value(parseDate("2020-01-31T00:00:00"))).toBe("2020-01-31");
    expect(value(parseDate("31.01.2020"))).toBe("2020-01-31");
    expect(value(parseDate("01.02.2020"))).toBe("2020-02-01"); // dots are always day first
    expect(value(parseDate("01/31/2020"))).toBe("2020-01-31");
    expect(value(parseDate("31/01/2020"))).toBe("2020-01-31");
    expect(value(parseDate("31-01-20"))).toBe("2020-01-31");
    expect(value(parseDate("05/05/2020"))).toBe("2020-05-05");
    expect(value(parseDate("31-01-95"))).toBe("1995-01-31");
    expect(value(parseDate("43861"))).toBe("2020-01-31");
    expect(value(parseDate(""))).toBe("");
    expect(value(parseDate(null))).toBe("");
  });

  test("an ambiguous date needs the locale, and says so", () => {
    expect(value(parseDate("01/02/2020"))).toBe(
      "ERR could be day-month-year (2020-02-01) or month-day-year (2020-01-02). " +
        "Set the date order (day first or month first), or enter dates as 2020-01-31.",
    );
    expect(value(parseDate("01/02/2020", "dmy"))).toBe("2020-02-01");
    expect(value(parseDate("01/02/2020", "mdy"))).toBe("2020-01-02");
  });

  test("one unambiguous value fixes the order of the column", () => {
    const column = ["01/02/2020", "31/01/2020", null];
    expect(dateOrderEvidence(column)).toBe("dmy");
    expect(resolveDateOrder(column)).toBe("dmy");
    expect(resolveDateOrder(["01/02/2020", "01/31/2020"], "dmy")).toBe("mdy");
    expect(resolveDateOrder(["31/01/2020", "01/31/2020"])).toBeUndefined();
    expect(resolveDateOrder(["31/01/2020", "01/31/2020"], "mdy")).toBe("mdy");
  });

  test("impossible dates", () => {
    expect(value(parseDate("2020-02-30"))).toBe("ERR is not a date. Enter a date such as 2020-01-31.");
    expect(value(parseDate("31.02.2020"))).toMatch(/^ERR is not a date/);
    expect(value(parseDate("yesterday"))).toMatch(/^ERR is not a date/);
    expect(value(parseDate(true))).toMatch(/^ERR is not a date/);
  });
});

describe("numbers", () => {
  const dec = (cell: string | number | null, sep?: "." | ","): string => {
    const r = parseDecimal(cell, sep);
    return r.ok ? (r.value === null ? "null" : formatExact(r.value)) : `ERR ${r.reason}`;
  };

  test("number cells go through String(n), 15 significant digits", () => {
    expect(dec(12.5)).toBe("12.5");
    expect(dec(0.1 + 0.2)).toBe("0.3");
    expect(dec(-1234567.891)).toBe("-1234567.891");
  });

  test("text with locale separators, without a float", () => {
    expect(dec("1.234,56")).toBe("1234.56");
    expect(dec("1,234.56")).toBe("1234.56");
    expect(dec("-5")).toBe("-5");
    expect(dec("12,5")).toBe("12.5");
    expect(dec("0.1")).toBe("0.1");
    expect(dec("1.234.567")).toBe("1234567");
    expect(dec("1 234,56")).toBe("1234.56");
    expect(dec("12345678901234567890.123456789")).toBe("12345678901234567890.123456789");
    expect(dec("0,500")).toBe("0.5");
    expect(dec("")).toBe("null");
  });

  test("1,234 needs the decimal separator unless the column settles it", () => {
    expect(dec("1,234")).toBe(
      'ERR could be 1234 or 1.234. Enter it without a thousands separator, or set the decimal separator ("." or ",").',
    );
    expect(dec("1,234", ",")).toBe("1.234");
    expect(dec("1,234", ".")).toBe("1234");
    expect(resolveDecimalSeparator(["1,234", "2,5"])).toBe(",");
    expect(resolveDecimalSeparator(["1,234", "1,000.00"])).toBe(".");
  });

  test("text that is not a number", () => {
    expect(dec("12,5x")).toBe("ERR is not a number. Enter a number such as 12.50.");
    expect(dec("1.2.3")).toMatch(/^ERR is not a number/);
    expect(dec("abc")).toMatch(/^ERR is not a number/);
  });

  test("whole numbers", () => {
    expect(value(parseInteger("1234"))).toBe(1234);
    expect(value(parseInteger(7))).toBe(7);
    expect(value(parseInteger("7.5"))).toBe("ERR is not a whole number. Enter a whole number such as 1234.");
  });

  test("no float: the decimal is exact", () => {
    const r = parseDecimal("0.1");
    expect(r.ok && r.value! + parseExact("0.2")! === parseExact("0.3")).toBe(true);
  });
});

describe("booleans and enums", () => {
  test.each([
    ["Yes", true],
    ["no", false],
    ["TRUE", true],
    ["false", false],
    ["1", true],
    [0, false],
    [true, true],
    ["Ja", true],
    ["Nej", false],
    ["Nein", false],
    ["Nee", false],
    ["Oui", true],
    ["Non", false],
    ["Sí", true],
    ["No", false],
  ])("%p is %p", (cell, expected) => {
    expect(value(parseBoolean(cell))).toBe(expected);
  });

  test("a bad boolean", () => {
    expect(value(parseBoolean("maybe"))).toBe("ERR is not Yes or No. Enter Yes or No (TRUE/FALSE and 1/0 also work).");
  });

  test("enums in any language", () => {
    const ile = (t: string) => value(parseEnum("itemLedgerEntryType", ITEM_LEDGER_ENTRY_TYPES, "entry type", t));
    expect(ile("Purchase")).toBe("Purchase");
    expect(ile("einkauf")).toBe("Purchase");
    expect(ile("Positive Adjmt")).toBe("Positive Adjmt.");
    expect(ile("Försäljning")).toBe("Sale");
    expect(ile("Négatif (ajust.)")).toBe("Negative Adjmt.");
    expect(ile("Purchse")).toBe(
      "ERR is not a known entry type. Use one of: Purchase, Sale, Positive Adjmt., Negative Adjmt., Transfer, " +
        "Consumption, Output, Assembly Consumption, Assembly Output.",
    );
  });
});
