// =COSTING.EXPLAIN: the Average Cost Calc. Overview behind AVGCOST, spilled as a table, equal to `costing
// explain` on the same workbook: the average cost seed's Day and Month examples and the backdated receipt
// (AVG-BACKDATE: (10 + 20 + 21) / 3 = 17.00), each entry with its quantity and value, the closing and the average.
import path from "node:path";
import { XlsxWorkbook } from "../../src/files";
import { explain } from "../../src/functions/functions";
import { useLedgerSource } from "../../src/functions/runtime";
import { loadQueries } from "../../src/functions/workbookLedger";
import { dateToSerial } from "../../src/excel/cells";
import { answer, installCustomFunctions } from "./functionCalls";
import { costing } from "../cli/helpers";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const serial = (iso: string): number => dateToSerial(new Date(`${iso}T00:00:00Z`));

installCustomFunctions();

beforeAll(() => {
  useLedgerSource(async () => (await loadQueries(await XlsxWorkbook.open(SAMPLE))).queries, { quietMs: 0 });
});

interface ExplainedLine {
  readonly itemLedgerEntryNo: number;
  readonly postingDate: string;
  readonly valuationDate: string;
  readonly quantity: string;
  readonly value: string;
  readonly backdated: unknown;
}

test.each([
  ["AVG-DAY", "2023-01-01", 30],
  ["AVG-MONTH", "2025-02-15", 65],
  ["AVG-BACKDATE", "2020-02-15", 17],
])("%s on %s: the overview costing explain prints, average %d", async (item, date, average) => {
  const cli = await costing(["explain", SAMPLE, "--item", item, "--date", date, "--json"]);
  expect(cli.code).toBe(0);
  const json = JSON.parse(cli.stdout) as {
    unitCost: string;
    opening: { quantity: string; value: string };
    lines: ExplainedLine[];
    closing: { quantity: string; value: string };
  };
  const table = (await answer(explain, item, date, null, null)) as (string | number)[][];
  expect(table[0]).toEqual([
    "Entry No.",
    "Line",
    "Entry Type",
    "Posting Date",
    "Valuation Date",
    "Quantity",
    "Value",
    "Note",
  ]);
  const rows = table.slice(1);
  expect(rows[0].slice(1, 2)).toEqual(["Opening (before the period)"]);
  expect(rows[0].slice(5, 7)).toEqual([Number(json.opening.quantity), Number(json.opening.value)]);
  // Each entry of the period, as costing explain lists them: entry no., dates (as Excel dates), quantity, value.
  const entries = rows.filter((r) => typeof r[0] === "number");
  const cliEntries = json.lines.map((l) => [
    l.itemLedgerEntryNo,
    serial(l.postingDate),
    serial(l.valuationDate),
    Number(l.quantity),
    Number(l.value),
    l.backdated !== null,
  ]);
  // (Backdated opening values come first in the table, as lines of the opening.)
  const periodEntries = entries.slice(entries.length - json.lines.length);
  expect(periodEntries.map((r) => [r[0], r[3], r[4], r[5], r[6], r[7] !== ""])).toEqual(cliEntries);
  const closing = rows[rows.length - 2];
  expect(closing.slice(1, 2)).toEqual(["Closing"]);
  expect(closing.slice(5, 7)).toEqual([Number(json.closing.quantity), Number(json.closing.value)]);
  const last = rows[rows.length - 1];
  expect(last[1]).toBe("Average unit cost");
  expect(last[6]).toBe(average);
  expect(Number(json.unitCost)).toBe(average);
  // A date cell gives the same table.
  expect(await answer(explain, item, serial(date), null, null)).toEqual(table);
});

test("refused as AVGCOST is: a FIFO item #VALUE!, an unknown item #N/A, a date before the ledger #NUM!", async () => {
  expect(await answer(explain, "FIFO-REVAL", "2020-03-01", null, null)).toEqual([
    "#VALUE!",
    expect.stringContaining("an average cost exists only for Average items"),
  ]);
  expect(await answer(explain, "NO-SUCH", "2025-02-15", null, null)).toEqual([
    "#N/A",
    expect.stringContaining("NO-SUCH"),
  ]);
  expect(await answer(explain, "AVG-MONTH", "1990-01-01", null, null)).toEqual([
    "#NUM!",
    expect.stringContaining("before the ledger's first entry"),
  ]);
});
