// Decimals between a cell and an amount never pass through a float: read from text exactly, written as their
// exact decimal text (CSV), as number cells where 15 significant digits hold them, else as exact text (.xlsx,
// Office.js).
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import ExcelJS from "exceljs";
import path from "node:path";
import { dec, formatExact } from "../../src/engine/money";
import { openWorkbook } from "../../src/files";
import { formatCsv, parseCsv } from "../../src/workbook/csv";
import { readLedgerInput, tableSpec, VALUE_ENTRIES } from "../../src/workbook";
import { parseDecimal } from "../../src/workbook/values";
import { decimalCell, decimalText, numbersAsText, rowStyleFor, valueEntryToRow } from "../../src/workbook/write";
import { SAMPLE_VE } from "./memoryPort";

const AMOUNT = dec("0.01");
const UNIT = dec("0.00001");
const BIG = "999999999999999.97";
const value = (r: ReturnType<typeof parseDecimal>) =>
  r.ok ? (r.value === null ? undefined : formatExact(r.value)) : r.reason;

describe("reading", () => {
  test("text cells are read digit for digit", () => {
    expect(value(parseDecimal(BIG))).toBe(BIG);
    expect(value(parseDecimal("-" + BIG))).toBe("-" + BIG);
    expect(value(parseDecimal("-0.005"))).toBe("-0.005");
    expect(value(parseDecimal("999999999999999,97"))).toBe(BIG);
    expect(value(parseDecimal("999.999.999.999.999,97"))).toBe(BIG);
    expect(value(parseDecimal("123456789012345678901234.5"))).toBe("123456789012345678901234.5");
  });

  test("number cells are read as the decimal Excel shows (15 significant digits)", () => {
    expect(value(parseDecimal(-0.005))).toBe("-0.005");
    expect(value(parseDecimal(0.1 + 0.2))).toBe("0.3");
    expect(value(parseDecimal(99999999999999.97))).toBe("100000000000000"); // 16 digits: Excel shows 15
    expect(value(parseDecimal(Number(BIG)))).toBe("1000000000000000"); // what an Excel number cell holds
  });
});

describe("writing", () => {
  test("decimalText: the exact decimal with all the places of its precision", () => {
    expect(decimalText(dec(BIG), AMOUNT)).toBe(BIG);
    expect(decimalText(dec("-0.005"), UNIT)).toBe("-0.00500");
    expect(decimalText(dec("-0.005"), AMOUNT)).toBe("-0.01"); // Business Central: half away from zero
    expect(decimalText(dec("1234567890123456.5"), AMOUNT)).toBe("1234567890123456.50");
    expect(decimalText(dec("1.125"))).toBe("1.1250"); // never like a thousands group
    expect(decimalText(dec("1E-7"))).toBe("0.0000001");
  });

  test("decimalCell: a number up to 15 significant digits, the exact text beyond", () => {
    expect(decimalCell(dec("-0.005"), UNIT)).toBe(-0.005);
    expect(decimalCell(dec("99999999999999.97"), AMOUNT)).toBe("99999999999999.97"); // 16 digits
    expect(decimalCell(dec("9999999999999.97"), AMOUNT)).toBe(9999999999999.97); // 15 digits
    expect(decimalCell(dec(BIG), AMOUNT)).toBe(BIG);
    expect(decimalCell(dec("-" + BIG), UNIT)).toBe("-999999999999999.97000");
    expect(decimalCell(dec("1000000000000000"))).toBe(1e15);
    expect(decimalCell(dec("10000000000000001"))).toBe("10000000000000001");
    // Beyond SCALE (18) places a value is rounded half away from zero when it is read: no amount has as many.
    expect(decimalCell(dec("1E-400"))).toBe(0);
    expect(decimalCell(dec("1.0000000000000000005"))).toBe("1.000000000000000001"); // 19 digits: exact text
  });

  const headers = ["Entry No.", "Cost Amount (Actual)", "Cost per Unit", "Valued Quantity"];
  const ve = { ...SAMPLE_VE, costAmountActual: dec("-" + BIG), costPerUnit: dec("-0.005"), valuedQuantity: dec("2") };
  const style = rowStyleFor(
    { name: "Value Entries", sheet: "Value Entries", headers, headerRow: 1, rows: [], rowNumbers: [] },
    "iso",
  );

  test("a row for a text-only port (CSV): every decimal as its exact text", () => {
    expect(valueEntryToRow(headers, ve, { ...style, numbers: "text" })).toEqual([10, "-" + BIG, "-0.00500", "2"]);
  });

  test("a row for a workbook: numbers, and exact text where a number cannot hold the decimal", () => {
    const row = valueEntryToRow(headers, ve, "date");
    expect(row).toEqual([10, "-" + BIG, -0.005, 2]);
    expect(numbersAsText(VALUE_ENTRIES, headers, row)).toEqual([10, "-" + BIG, "-0.00500", "2"]);
  });

  test("CSV text round-trips, in either decimal separator", () => {
    for (const decimalSeparator of [".", ","] as const) {
      const csv = formatCsv([["-" + BIG, "-0.00500", 12]], { delimiter: ";", decimalSeparator, lineEnding: "\n" });
      expect(parseCsv(csv).records).toEqual([["-" + BIG, "-0.00500", "12"]]);
    }
  });
});

describe("through the file adapters", () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(path.join(os.tmpdir(), "exact-"))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const ILE = "Entry No.,Item No.,Posting Date,Entry Type,Quantity\r\n2,1000,2020-01-15,Sale,-6\r\n";
  const VE = "Entry No.,Item Ledger Entry No.,Posting Date,Entry Type,Cost Amount (Actual),Cost per Unit\r\n";

  test.each(["csv", "xlsx"] as const)("an appended value entry reads back exactly (%s)", async (kind) => {
    await writeFile(path.join(dir, "Item Ledger Entries.csv"), ILE);
    await writeFile(path.join(dir, "Value Entries.csv"), VE);
    let file = dir;
    if (kind === "xlsx") {
      // The same ledger as an .xlsx.
      const wb = new ExcelJS.Workbook();
      for (const name of ["Item Ledger Entries", "Value Entries"]) {
        const ws = wb.addWorksheet(name);
        for (const line of (await readFile(path.join(dir, `${name}.csv`), "utf8")).trim().split("\r\n"))
          ws.addRow(line.split(",").map((c, i) => (i !== 1 && /^-?\d+$/.test(c) ? Number(c) : c)));
      }
      file = path.join(dir, "ledger.xlsx");
      await wb.xlsx.writeFile(file);
    }
    const wb = await openWorkbook(file);
    const table = (await wb.readTable(tableSpec(VALUE_ENTRIES)))!;
    const ve = { ...SAMPLE_VE, costAmountActual: dec("-" + BIG), costPerUnit: dec("-0.005") };
    const style = { ...rowStyleFor(table, wb.dateStyle), numbers: wb.kind === "csv" ? "text" : "cells" } as const;
    await wb.appendRows(table.name, [valueEntryToRow(table.headers, ve, style)]);
    const out = kind === "csv" ? path.join(dir, "out") : path.join(dir, "out.xlsx");
    await wb.save(out);
    if (kind === "csv") {
      expect(await readFile(path.join(out, "Value Entries.csv"), "utf8")).toBe(
        VE + `10,2,2020-01-31,Direct Cost,-${BIG},-0.00500\r\n`,
      );
    }
    // No Items table: the item's costing method given explicitly, as --costing-method does.
    const { input, problems } = await readLedgerInput(await openWorkbook(out), { defaultCostingMethod: "FIFO" });
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    const read = input!.valueEntries[0];
    expect([formatExact(read.costAmountActual), formatExact(read.costPerUnit!)]).toEqual(["-" + BIG, "-0.005"]);
  });
});
