// Acceptance: the design documents' worked examples (costing-engine.md §14, spec README), run through the
// command line on the bundled sample as CSV and as .xlsx, then read back from the written workbook.
// Each item ledger entry's cost = the sum of its value entries' Cost Amount (Actual), compared as decimal strings.
import Decimal from "decimal.js";
import { type Kind, type Row, costing, outPathFor, readTable, removeTemps, sampleCopy } from "./helpers";

/** [item, n-th item ledger entry of that item (1-based, entry-number order), expected total cost] */
const EXPECTED_COST: readonly (readonly [string, number, string])[] = [
  // S1 / A1 average cost, period Day
  ["AVG-DAY", 1, "20.00"],
  ["AVG-DAY", 2, "40.00"],
  ["AVG-DAY", 3, "-30.00"],
  ["AVG-DAY", 4, "-30.00"],
  ["AVG-DAY", 5, "100.00"],
  ["AVG-DAY", 6, "-100.00"],
  // S2 / A2 average cost, period Month (fiscal year 2025)
  ["AVG-MONTH", 3, "-30.00"],
  ["AVG-MONTH", 4, "-65.00"],
  ["AVG-MONTH", 6, "-65.00"],
  // S3 / A3 backdated receipt at 21.00
  ["AVG-BACKDATE", 3, "-17.00"],
  ["AVG-BACKDATE", 4, "-17.00"],
  ["AVG-BACKDATE", 5, "21.00"],
  // S12 / A4 valuation date (Average, and the white paper's FIFO version)
  ["VALDATE", 1, "24.00"],
  ["VALDATE", 2, "-14.00"],
  ["VALDATE", 3, "-10.00"],
  ["VALDATE-FIFO", 2, "-14.00"],
  ["VALDATE-FIFO", 3, "-10.00"],
  // S13 / R1 revaluation A-F (FIFO)
  ["FIFO-REVAL", 1, "52.00"],
  ["FIFO-REVAL", 2, "-10.00"], // A
  ["FIFO-REVAL", 3, "-10.00"], // B
  ["FIFO-REVAL", 4, "-8.00"], // C
  ["FIFO-REVAL", 5, "-8.00"], // D
  ["FIFO-REVAL", 6, "-8.00"], // E
  ["FIFO-REVAL", 7, "-8.00"], // F
  // plain applied-cost items
  ["FIFO-PLAIN", 3, "-80.00"],
  ["FIFO-PLAIN", 5, "-7.00"],
  ["LIFO-PLAIN", 3, "-23.00"],
  ["STD-PLAIN", 1, "100.00"],
  ["STD-PLAIN", 2, "-40.00"],
];

/** [item, n-th ILE, valuation date every one of its value entries must have] */
const EXPECTED_VALUATION_DATE: readonly (readonly [string, number, string])[] = [
  ["VALDATE", 3, "2020-03-01"], // the late sale: posted 02-01 after the 03-01 revaluation
  ["VALDATE-FIFO", 3, "2020-03-01"],
  ["FIFO-REVAL", 5, "2020-03-01"], // D
  ["FIFO-REVAL", 4, "2020-04-01"], // C keeps its own
];

interface Written {
  iles: Row[];
  ves: Row[];
  sampleVes: number;
}

const dec = (s: string) => new Decimal(s === "" ? "0" : s);

function ileNo(w: Written, item: string, nth: number): string {
  const of = w.iles.filter((r) => r["Item No."] === item).sort((a, b) => +a["Entry No."] - +b["Entry No."]);
  const row = of[nth - 1];
  if (!row) throw new Error(`${item} has no item ledger entry #${nth}`);
  return row["Entry No."];
}

function vesOf(w: Written, ile: string): Row[] {
  return w.ves.filter((v) => String(Number(v["Item Ledger Entry No."])) === String(Number(ile)));
}

function totalCost(w: Written, ile: string): string {
  return vesOf(w, ile)
    .reduce((s, v) => s.plus(dec(v["Cost Amount (Actual)"])), new Decimal(0))
    .toFixed(2);
}

describe.each<Kind>(["csv", "xlsx"])("worked examples through `costing adjust` (%s)", (kind) => {
  let w: Written;
  let out: string;

  beforeAll(async () => {
    const workbook = await sampleCopy(kind);
    const sampleVes = (await readTable(workbook, "Value Entries")).length;
    out = outPathFor(workbook, kind);
    const r = await costing(["adjust", workbook, "--out", out]);
    if (r.code !== 0) throw new Error(`costing adjust failed (${r.code}):\n${r.stderr}`);
    w = {
      iles: await readTable(out, "Item Ledger Entries"),
      ves: await readTable(out, "Value Entries"),
      sampleVes,
    };
  });
  afterAll(removeTemps);

  it.each(EXPECTED_COST)("%s item ledger entry #%d costs %s", (item, nth, expected) => {
    expect(totalCost(w, ileNo(w, item, nth))).toBe(expected);
  });

  it.each(EXPECTED_VALUATION_DATE)("%s item ledger entry #%d is valued on %s", (item, nth, date) => {
    const ves = vesOf(w, ileNo(w, item, nth));
    expect(ves.length).toBeGreaterThan(0);
    for (const v of ves) expect(v["Valuation Date"]).toBe(date);
  });

  it("S1: the adjustments are -10.00 on 2023-01-01 and +10.00 on 2023-02-01", () => {
    const created = w.ves.slice(w.sampleVes).filter((v) => v["Item No."] === "AVG-DAY");
    const seen = created
      .map((v) => [v["Posting Date"], dec(v["Cost Amount (Actual)"]).toFixed(2)])
      .sort((a, b) => a[0].localeCompare(b[0]));
    expect(seen).toEqual([
      ["2023-01-01", "-10.00"],
      ["2023-02-01", "10.00"],
    ]);
  });

  it("S12: VALDATE and VALDATE-FIFO end with quantity 0 and value 0.00", async () => {
    const r = await costing(["valuation", out, "--date", "2020-12-31", "--json"]);
    expect(r.code).toBe(0);
    const rows = (JSON.parse(r.stdout) as { rows: { itemNo: string; quantity: string; value: string }[] }).rows;
    for (const item of ["VALDATE", "VALDATE-FIFO"]) {
      const row = rows.find((x) => x.itemNo === item) ?? { itemNo: item, quantity: "0", value: "0.00" };
      expect(dec(row.quantity).isZero()).toBe(true);
      expect(row.value).toBe("0.00");
    }
  });

  it("new value entries are numbered after the highest existing one, and are adjustments", () => {
    const created = w.ves.slice(w.sampleVes);
    expect(created.length).toBeGreaterThan(0);
    created.forEach((v, i) => expect(Number(v["Entry No."])).toBe(w.sampleVes + 1 + i));
    for (const v of created) {
      if (v["Entry Type"] !== "Rounding") expect(v["Adjustment"]).toMatch(/^(Yes|TRUE|true|1)$/);
    }
  });
});
