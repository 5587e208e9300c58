// The custom functions: called directly, as Excel calls them (plain arguments, a streaming invocation), on the
// bundled sample read with the file adapter through the functions' own loader; and their metadata generated as
// the webpack plugin generates it.
import path from "node:path";
import {
  adjustCostItemEntries,
  averageCostAt,
  inventoryAsOf,
  LedgerQueries,
  replayLedger,
  type Ledger,
} from "../../src/engine";
import { XlsxWorkbook } from "../../src/files";
import {
  avgCost,
  avgCosts,
  costingPeriod,
  costingQuantity,
  costingUnitCost,
  costingValue,
  costingVersion,
  revalQty,
} from "../../src/functions/functions";
import { useLedgerSource } from "../../src/functions/runtime";
import { loadQueries } from "../../src/functions/workbookLedger";
import { dateToSerial } from "../../src/excel/cells";
import { readLedgerInput } from "../../src/workbook";
import packageJson from "../../package.json";
import { answer, call, installCustomFunctions } from "./functionCalls";
import { toNumber } from "../../src/engine/money";

// custom-functions-metadata comes with custom-functions-metadata-plugin (the generator the build uses).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
  generateCustomFunctionsMetadata: (
    input: string[],
    wantConsoleOutput?: boolean,
  ) => Promise<{ metadataJson: string; errors: string[]; associate: { id: string; functionName: string }[] }>;
};

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const FUNCTIONS = path.join(__dirname, "../../src/functions/functions.ts");
const serial = (iso: string): number => dateToSerial(new Date(`${iso}T00:00:00Z`));

installCustomFunctions();

/** The sample's ledger, as the command line reads it (for the engine's own answers to compare with). */
let ledger: Ledger;
let adjustedLedger: Ledger | undefined;
const adjusted = (): Ledger => (adjustedLedger ??= adjustCostItemEntries(ledger).ledger);

beforeAll(async () => {
  const port = await XlsxWorkbook.open(SAMPLE);
  const read = await readLedgerInput(port);
  ledger = replayLedger(read.input!).ledger!;
  useLedgerSource(async () => (await loadQueries(await XlsxWorkbook.open(SAMPLE))).queries, { quietMs: 0 });
});

test("COSTING.VERSION returns the add-in's version", () => {
  expect(costingVersion()).toBe(packageJson.version);
  expect(costingVersion()).toMatch(/^\d+\.\d+\.\d+/);
});

describe("AVGCOST: the average cost seed's examples", () => {
  test.each([
    // Day (fiscal years 2020-2024): 01-01 pools 20.00 + 40.00 over 2; 02-01 sells the 30.00 left; 02-02 and 02-03
    // have the one unit received at 100.00: Adjust Cost values the sales -30.00, -30.00, -100.00.
    ["AVG-DAY", "2023-01-01", 30],
    ["AVG-DAY", "2023-02-01", 30],
    ["AVG-DAY", "2023-02-02", 100],
    ["AVG-DAY", "2023-02-03", 100],
    // Month (fiscal year 2025): January 30.00; February (30.00 + 100.00) / 2 = 65.00, the sales -30, -65, -65.
    ["AVG-MONTH", "2025-01-01", 30],
    ["AVG-MONTH", "2025-01-31", 30],
    ["AVG-MONTH", "2025-02-01", 65],
    ["AVG-MONTH", "2025-02-28", 65],
    // The backdated receipt +1 @ 21.00 on 01-03: (10 + 20 + 21) / 3 = 17.00 for both sales.
    ["AVG-BACKDATE", "2020-02-15", 17],
    ["AVG-BACKDATE", "2020-02-16", 17],
  ])("%s on %s: %d", async (item, date, cost) => {
    expect(await answer(avgCost, item, date, null, null)).toBe(cost);
    // A date cell (a serial number) gives the same; so does the engine's own query.
    expect(await answer(avgCost, item, serial(date), null, null)).toBe(cost);
    expect(toNumber(averageCostAt(ledger, { itemNo: item, date }).unitCost!)).toBe(cost);
  });

  test("item numbers in small letters are found; location and variant are ignored with Calc. Type Item", async () => {
    expect(await answer(avgCost, "avg-month", "2025-02-15", null, null)).toBe(65);
    expect(await answer(avgCost, "AVG-MONTH", "2025-02-15", "BLUE", "V1")).toBe(65);
  });

  test("AVGCOSTS: a column in one call, each cell its own answer or error, a blank item a blank cell", async () => {
    const items = [["AVG-DAY"], ["AVG-MONTH"], [""], ["AVG-BACKDATE"], ["FIFO-REVAL"], ["NO-SUCH"], ["AVG-DAY"]];
    const dates = [
      ["2023-01-01"],
      [serial("2025-02-10")],
      [""],
      ["2020-02-16"],
      ["2020-03-01"],
      ["2020-03-01"],
      ["1999-01-01"],
    ];
    const result = (await answer(avgCosts, items, dates, null, null)) as unknown[][];
    expect(result.slice(0, 4)).toEqual([[30], [65], [""], [17]]);
    expect(result[4]).toEqual([["#VALUE!", expect.stringContaining("FIFO-REVAL uses costing method FIFO")]]);
    expect(result[5]).toEqual([["#N/A", expect.stringContaining("no item NO-SUCH")]]);
    expect(result[6]).toEqual([["#NUM!", expect.stringContaining("1999-01-01 is before the ledger's first entry")]]);
    // One date for all rows, as Excel lines up arrays; a shorter range leaves #N/A where it has no pair.
    expect(await answer(avgCosts, [["AVG-MONTH"], ["AVG-MONTH"]], "2025-02-15", null, null)).toEqual([[65], [65]]);
    expect(await answer(avgCosts, [["AVG-DAY"], ["AVG-DAY"]], [["2023-01-01"]], [["", ""]], null)).toEqual([
      [30, 30],
      [30, 30],
    ]);
    const ragged = (await answer(
      avgCosts,
      [["AVG-DAY"], ["AVG-DAY"], ["AVG-DAY"]],
      [["2023-01-01"], ["2023-02-03"]],
      null,
      null,
    )) as unknown[][];
    expect(ragged.slice(0, 2)).toEqual([[30], [100]]);
    expect(ragged[2]).toEqual([["#N/A", expect.stringContaining("not the same size")]]);
  });
});

describe("UNITCOST, QTY, VALUE, REVALQTY: as the engine's inventory queries", () => {
  // The engine's valuation, on the ledger as Adjust Cost leaves it (the sample is not adjusted yet).
  const engine = (item: string, date: string, basis: "valuation" | "posting" = "valuation") => {
    const rows = inventoryAsOf(adjusted(), date, { basis, itemNos: [item] });
    const q = rows.reduce((t, r) => t + toNumber(r.quantity), 0);
    const v = rows.reduce((t, r) => t + toNumber(r.value), 0);
    return { q, v };
  };

  test("FIFO-REVAL before and after its revaluation of 03-01 (what was left at 10.00 revalued to 8.00)", async () => {
    // The sample holds the example as posted (A-F, the revaluation -8.00): on 02-29 the receipt's 6 less A, 5 at
    // 10.00; on 03-01 also less B, D (valued on 03-01, the revaluation's date) and E: 2 left (C and F, dated
    // 04-01), at 8.00. (test/excel/functionsRefresh.test.ts sees 40.00 become 32.00 as the revaluation is posted.)
    const values = [
      await answer(costingValue, "FIFO-REVAL", "2020-02-29", null, null, null),
      await answer(costingValue, "FIFO-REVAL", "2020-03-01", null, null, null),
    ];
    expect(values).toEqual([50, 16]);
    expect(values).toEqual([engine("FIFO-REVAL", "2020-02-29").v, engine("FIFO-REVAL", "2020-03-01").v]);
    expect(await answer(costingQuantity, "FIFO-REVAL", "2020-03-01", null, null, null)).toBe(2);
    expect(await answer(costingUnitCost, "FIFO-REVAL", "2020-02-29", null, null, null)).toBe(10);
    expect(await answer(costingUnitCost, "FIFO-REVAL", "2020-03-01", null, null, null)).toBe(8);
  });

  test("by posting date (TRUE) or by valuation date: the valuation date example's late sale", async () => {
    // VALDATE's late sale is dated 02-01 but valued on 03-01: on 02-01 by valuation date 1 is still on hand.
    for (const basis of ["valuation", "posting"] as const) {
      const flag = basis === "posting";
      const e = engine("VALDATE", "2020-02-01", basis);
      expect(await answer(costingQuantity, "VALDATE", "2020-02-01", null, null, flag)).toBe(e.q);
      expect(await answer(costingValue, "VALDATE", "2020-02-01", null, null, flag)).toBe(e.v);
    }
    // By valuation date 1 at 14.00; by posting date 0 but 4.00 (the mismatch the design document warns of).
    expect(await answer(costingQuantity, "VALDATE", "2020-02-01", null, null, false)).toBe(1);
    expect(await answer(costingValue, "VALDATE", "2020-02-01", null, null, false)).toBe(14);
    expect(await answer(costingQuantity, "VALDATE", "2020-02-01", null, null, true)).toBe(0);
    expect(await answer(costingValue, "VALDATE", "2020-02-01", null, null, true)).toBe(4);
  });

  test("by location: FIFO-PLAIN at RED and in all", async () => {
    expect(await answer(costingQuantity, "FIFO-PLAIN", "2023-12-31", "RED", null, null)).toBe(3);
    expect(await answer(costingValue, "FIFO-PLAIN", "2023-12-31", "RED", null, null)).toBe(21);
    const all = engine("FIFO-PLAIN", "2023-12-31");
    expect(await answer(costingQuantity, "FIFO-PLAIN", "2023-12-31", null, null, null)).toBe(all.q);
    expect(await answer(costingValue, "FIFO-PLAIN", "2023-12-31", "", "", null)).toBe(all.v);
  });

  test("REVALQTY as the index answers it", async () => {
    const q = LedgerQueries.build(ledger);
    expect(toNumber(q.revaluableQuantity("FIFO-REVAL", "2020-03-01"))).toBe(2);
    for (const [item, date] of [
      ["FIFO-REVAL", "2020-03-01"],
      ["FIFO-PLAIN", "2023-12-31"],
      ["STD-LINK", "2021-12-31"],
    ]) {
      expect(await answer(revalQty, item, date, null, null)).toBe(toNumber(q.revaluableQuantity(item, date)));
    }
    expect(await answer(revalQty, "STD-LINK", "2021-12-31", null, null)).toBe(150);
  });
});

test("PERIOD spills the first and last date of the average cost period (Day in 2023, Month in 2025)", async () => {
  expect(await answer(costingPeriod, "2025-02-15")).toEqual([[serial("2025-02-01"), serial("2025-02-28")]]);
  expect(await answer(costingPeriod, serial("2023-02-02"))).toEqual([[serial("2023-02-02"), serial("2023-02-02")]]);
});

describe("errors, as Excel errors with a message", () => {
  test.each([
    [avgCost, ["NO-SUCH", "2023-01-01", null, null], "#N/A", "There is no item NO-SUCH in the Items table"],
    [costingValue, ["NO-SUCH", "2023-01-01", null, null, null], "#N/A", "There is no item NO-SUCH"],
    [avgCost, ["FIFO-REVAL", "2020-03-01", null, null], "#VALUE!", "uses costing method FIFO"],
    [
      avgCost,
      ["AVG-DAY", "2019-12-31", null, null],
      "#NUM!",
      "2019-12-31 is before the ledger's first entry (2020-01-01)",
    ],
    [costingQuantity, ["AVG-DAY", "2019-12-31", null, null, null], "#NUM!", "before the ledger's first entry"],
    [avgCost, ["AVG-DAY", "31.02.2023", null, null], "#VALUE!", 'The date "31.02.2023" is not a date'],
    [avgCost, ["AVG-DAY", "next week", null, null], "#VALUE!", 'The date "next week" is not a date'],
    [avgCost, ["AVG-DAY", null, null, null], "#VALUE!", "The date is missing"],
    [avgCost, ["", "2023-01-01", null, null], "#VALUE!", "The item number is missing"],
    [avgCost, ["AVG-DAY", true, null, null], "#VALUE!", "The date TRUE is not a date"],
    [costingValue, ["AVG-DAY", "2023-01-01", null, null, "maybe"], "#VALUE!", "by_posting_date takes TRUE or FALSE"],
    // Nothing on hand: no unit cost (as =VALUE/QTY would be).
    [costingUnitCost, ["AVG-DAY", "2023-12-31", null, null, null], "#DIV/0!", "nothing on hand on 2023-12-31"],
  ])("%p %j: %s", async (fn, args, code, message) => {
    expect(await answer(fn as (...a: unknown[]) => void, ...(args as unknown[]))).toEqual([
      code,
      expect.stringContaining(message),
    ]);
  });

  test("no ledger in the workbook: #N/A naming the tables needed, in every function", async () => {
    const cache = useLedgerSource(async () => (await loadQueries(emptyPort())).queries, { quietMs: 0 });
    try {
      const message =
        "No ledger found in this workbook: the COSTING functions need the tables Item Ledger Entries and Value " +
        "Entries (sheets or Excel tables of those names, as exported from Business Central; Items gives the costing " +
        "methods, Inventory Setup and Accounting Periods the average cost periods). Missing: Item Ledger Entries and " +
        "Value Entries.";
      expect(await answer(avgCost, "AVG-DAY", "2023-01-01", null, null)).toEqual(["#N/A", message]);
      expect(await answer(costingPeriod, "2023-01-01")).toEqual(["#N/A", message]);
      expect(await answer(avgCosts, [["AVG-DAY"]], [["2023-01-01"]], null, null)).toEqual(["#N/A", message]);
      expect(cache.loads).toBe(1); // the failure is the workbook's: kept until the ledger changes
    } finally {
      useLedgerSource(async () => (await loadQueries(await XlsxWorkbook.open(SAMPLE))).queries, { quietMs: 0 });
    }
  });
});

/** A workbook with nothing in it. */
function emptyPort() {
  return {
    dateStyle: "date" as const,
    readTable: async () => null,
    writeTable: async () => undefined,
    appendRows: async () => undefined,
  };
}

test("calls that come while the ledger loads share one load; a cancelled cell is no longer refreshed", async () => {
  const cache = useLedgerSource(async () => (await loadQueries(await XlsxWorkbook.open(SAMPLE))).queries, {
    quietMs: 0,
  });
  const cells = [
    call(avgCost, "AVG-DAY", "2023-01-01", null, null),
    call(avgCost, "AVG-MONTH", "2025-02-15", null, null),
    call(costingValue, "FIFO-REVAL", "2020-03-01", null, null, null),
  ];
  expect(await Promise.all(cells.map((c) => c.next()))).toEqual([30, 65, 16]);
  expect(cache.loads).toBe(1);
  expect(cache.liveCells).toBe(3);
  cells[2].cancel();
  expect(cache.liveCells).toBe(2);
});

describe("functions.json, generated from the JSDoc as the webpack build generates it", () => {
  interface Parameter {
    name: string;
    description?: string;
    type?: string;
    dimensionality?: string;
    optional?: boolean;
  }
  interface FunctionMetadata {
    id: string;
    name: string;
    description: string;
    options?: { stream?: boolean };
    parameters: Parameter[];
    result: { type?: string; dimensionality?: string };
  }
  let metadata: FunctionMetadata[];
  let associate: { id: string; functionName: string }[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([FUNCTIONS]);
    expect(result.errors).toEqual([]);
    metadata = (JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] }).functions;
    associate = result.associate;
  });

  test("the ids, each registered under its function's name", () => {
    expect(associate.map((a) => [a.id, a.functionName])).toEqual([
      ["VERSION", "costingVersion"],
      ["AVGCOST", "avgCost"],
      ["UNITCOST", "costingUnitCost"],
      ["QTY", "costingQuantity"],
      ["VALUE", "costingValue"],
      ["REVALQTY", "revalQty"],
      ["PERIOD", "costingPeriod"],
      ["AVGCOSTS", "avgCosts"],
      ["EXPLAIN", "explain"],
    ]);
    expect(metadata.map((f) => f.id)).toEqual(associate.map((a) => a.id));
    expect(metadata.every((f) => f.name === f.id)).toBe(true);
  });

  test("parameters: names, types, optional flags, ranges; every one described", () => {
    const signature = (f: FunctionMetadata) =>
      f.parameters
        .map(
          (p) =>
            `${p.optional ? "[" : ""}${p.name}:${p.type ?? "any"}${p.dimensionality === "matrix" ? "[][]" : ""}${p.optional ? "]" : ""}`,
        )
        .join(", ");
    expect(Object.fromEntries(metadata.map((f) => [f.id, signature(f)]))).toEqual({
      VERSION: "",
      AVGCOST: "item:string, date:any, [location:string], [variant:string]",
      UNITCOST: "item:string, date:any, [location:string], [variant:string], [by_posting_date:boolean]",
      QTY: "item:string, date:any, [location:string], [variant:string], [by_posting_date:boolean]",
      VALUE: "item:string, date:any, [location:string], [variant:string], [by_posting_date:boolean]",
      REVALQTY: "item:string, date:any, [location:string], [variant:string]",
      PERIOD: "date:any",
      AVGCOSTS: "items:string[][], dates:any[][], [locations:string[][]], [variants:string[][]]",
      EXPLAIN: "item:string, date:any, [location:string], [variant:string]",
    });
    for (const f of metadata) {
      expect(f.description.length).toBeGreaterThan(20);
      expect(f.description.length).toBeLessThanOrEqual(128);
      for (const p of f.parameters) expect(p.description).toMatch(/^[A-Z].{10,}/);
    }
    const avg = metadata.find((f) => f.id === "AVGCOST")!;
    expect(avg.description).toBe(
      "Average unit cost Adjust Cost gives the average cost period holding the date (Average items).",
    );
    expect(avg.parameters[1].description).toBe('A date in the period: a date cell or text such as "2025-02-15".');
  });

  test("results: numbers, PERIOD and AVGCOSTS spill; every costing function streams (answers again when the ledger changes)", () => {
    expect(
      Object.fromEntries(
        metadata.map((f) => [
          f.id,
          [f.result.type ?? "any", f.result.dimensionality ?? "scalar", Boolean(f.options?.stream)],
        ]),
      ),
    ).toEqual({
      VERSION: ["string", "scalar", false],
      AVGCOST: ["number", "scalar", true],
      UNITCOST: ["number", "scalar", true],
      QTY: ["number", "scalar", true],
      VALUE: ["number", "scalar", true],
      REVALQTY: ["number", "scalar", true],
      PERIOD: ["number", "matrix", true],
      AVGCOSTS: ["any", "matrix", true],
      EXPLAIN: ["any", "matrix", true],
    });
  });
});
