// Every command on the bundled sample, as a CSV folder and as an .xlsx workbook (temporary copies).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { type Kind, costing, outPathFor, readTable, removeTemps, sampleCopy, snapshot, tempDir } from "./helpers";

const AMOUNT = /^-?\d+\.\d{2}$/;
const QUANTITY = /^-?\d+(\.\d+)?$/;

afterAll(removeTemps);

describe.each<Kind>(["csv", "xlsx"])("costing on the sample (%s)", (kind) => {
  it("check: tables, setup, items, dates, and no problems", async () => {
    const wb = await sampleCopy(kind);
    const r = await costing(["check", wb]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Item Ledger Entries\s+\S.*\s44\b/);
    expect(r.stdout).toMatch(/Value Entries\s+\S.*\s52\b/);
    expect(r.stdout).toContain("Item Application Entries");
    expect(r.stdout).toMatch(/Average\s+4\s+AVG-DAY/);
    expect(r.stdout).toMatch(/FIFO\s+5\s+VALDATE-FIFO/);
    expect(r.stdout).toContain("2025-01-01  Month");
    expect(r.stdout).toContain("2020-01-01 .. 2025-02-03");
    expect(r.stdout).toContain("Problems: none");
  });

  it("adjust --out writes elsewhere, leaves the input untouched; a second adjust creates nothing", async () => {
    const wb = await sampleCopy(kind);
    const before = await snapshot(wb);
    const out = outPathFor(wb, kind);
    const r = await costing(["adjust", wb, "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(await snapshot(wb)).toEqual(before);
    const m = /Value entries created: (\d+) \(entry no\. (\d+)\.\.(\d+)\)/.exec(r.stdout);
    expect(m).not.toBeNull();
    const [, n, first, last] = m!.map(Number);
    expect(first).toBe(53);
    expect(last).toBe(52 + n);
    expect(r.stdout).toMatch(/Items adjusted:\s+\d+ \(/);
    expect(r.stdout).toMatch(/Total amount:\s+-?\d+\.\d{2}\n/);
    expect((await readTable(out, "Value Entries")).length).toBe(52 + n);

    const again = await costing(["adjust", out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Nothing to adjust");
    expect((await readTable(out, "Value Entries")).length).toBe(52 + n);
  });

  it("adjust in place appends to the workbook itself", async () => {
    const wb = await sampleCopy(kind);
    const r = await costing(["adjust", wb]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("updated in place");
    expect((await readTable(wb, "Value Entries")).length).toBeGreaterThan(52);
    expect((await readTable(wb, "Items")).length).toBe(12);
    const again = await costing(["adjust", wb]);
    expect(again.stdout).toContain("Nothing to adjust");
  });

  it("valuation --json: amounts as decimal strings; by location splits FIFO-PLAIN", async () => {
    const wb = await sampleCopy(kind);
    await costing(["adjust", wb]);
    const r = await costing(["valuation", wb, "--date", "2023-12-31", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ date: "2023-12-31", basis: "valuation", byLocation: false, byVariant: false });
    expect(json.rows.length).toBeGreaterThan(0);
    for (const row of json.rows) {
      expect(Object.keys(row).sort()).toEqual(
        ["costAmountActual", "costAmountExpected", "itemNo", "quantity", "value"].sort(),
      );
      expect(row.quantity).toMatch(QUANTITY);
      for (const k of ["costAmountActual", "costAmountExpected", "value"]) expect(row[k]).toMatch(AMOUNT);
    }
    for (const k of ["costAmountActual", "costAmountExpected", "value"]) expect(json.total[k]).toMatch(AMOUNT);
    // FIFO-PLAIN: 5 left @ 6.00 at BLUE, 3 @ 7.00 at RED
    const fifo = json.rows.find((x: { itemNo: string }) => x.itemNo === "FIFO-PLAIN");
    expect(fifo).toMatchObject({ quantity: "8", value: "51.00" });

    const byLoc = JSON.parse(
      (await costing(["valuation", wb, "--date", "2023-12-31", "--by-location", "--json"])).stdout,
    );
    const split = byLoc.rows
      .filter((x: { itemNo: string }) => x.itemNo === "FIFO-PLAIN")
      .map((x: { locationCode: string; quantity: string; value: string }) => [x.locationCode, x.quantity, x.value]);
    expect(split).toEqual(
      expect.arrayContaining([
        ["BLUE", "5", "30.00"],
        ["RED", "3", "21.00"],
      ]),
    );
  });

  it("valuation prints a table with a total; --posting-date is accepted", async () => {
    const wb = await sampleCopy(kind);
    const r = await costing(["valuation", wb, "--date", "2023-12-31", "--posting-date", "--by-variant"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("by posting date");
    expect(r.stdout).toMatch(/^Total\s/m);
    expect(r.stdout).toContain("Variant");
  });

  it("avgcost and explain: the Month example's February pool is 2 units / 130.00 = 65.00", async () => {
    const wb = await sampleCopy(kind);
    await costing(["adjust", wb]);
    const r = await costing(["avgcost", wb, "--item", "AVG-MONTH", "--date", "2025-02-15", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const avg = JSON.parse(r.stdout);
    expect(avg).toMatchObject({
      itemNo: "AVG-MONTH",
      period: { start: "2025-02-01", end: "2025-02-28" },
      calcType: "Item",
      quantity: "2",
      value: "130.00",
      unitCost: "65.00",
    });

    const text = await costing(["avgcost", wb, "--item", "AVG-MONTH", "--date", "2025-02-15"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("2025-02-01 .. 2025-02-28");
    expect(text.stdout).toMatch(/Unit cost\s+65\.00/);

    const ex = await costing(["explain", wb, "--item", "AVG-MONTH", "--date", "2025-02-15", "--json"]);
    expect(ex.code).toBe(0);
    const pool = JSON.parse(ex.stdout);
    // The opening broken down: January's two receipts and its sale, nothing backdated, nothing left out.
    expect(pool.opening).toEqual({
      quantity: "1",
      value: "30.00",
      sources: [
        {
          source: "inbounds",
          entries: 2,
          quantity: "2",
          value: "60.00",
          firstValuationDate: "2025-01-01",
          lastValuationDate: "2025-01-01",
        },
        {
          source: "outbounds",
          entries: 1,
          quantity: "-1",
          value: "-30.00",
          firstValuationDate: "2025-01-01",
          lastValuationDate: "2025-01-01",
        },
      ],
      backdated: [],
      leftOut: null,
    });
    expect(pool.unitCost).toBe("65.00");
    expect(Array.isArray(pool.lines)).toBe(true);
    for (const l of pool.lines) {
      expect(Object.keys(l).sort()).toEqual(
        [
          "backdated",
          "entryType",
          "itemLedgerEntryNo",
          "kind",
          "postingDate",
          "quantity",
          "valuationDate",
          "value",
        ].sort(),
      );
      expect(l.value).toMatch(AMOUNT);
      expect(l.backdated).toBeNull();
    }
    const inbound = pool.lines.find((l: { entryType: string }) => l.entryType === "Purchase");
    expect(inbound).toMatchObject({ quantity: "1", value: "100.00", postingDate: "2025-02-02" });
    expect(pool.closing).toMatchObject({ quantity: "0", value: "0.00" });

    const exText = await costing(["explain", wb, "--item", "AVG-MONTH", "--date", "2025-02-15"]);
    expect(exText.code).toBe(0);
    expect(exText.stdout).toContain("Opening");
    expect(exText.stdout).toContain("Closing");
    expect(exText.stdout).toContain("Average unit cost: 65.00");
  });

  it("avgcost of the Day example on 2023-01-01: 2 units / 60.00 = 30.00", async () => {
    const wb = await sampleCopy(kind);
    await costing(["adjust", wb]);
    const avg = JSON.parse(
      (await costing(["avgcost", wb, "--item", "AVG-DAY", "--date", "2023-01-01", "--json"])).stdout,
    );
    expect(avg).toMatchObject({ period: { start: "2023-01-01", end: "2023-01-01" }, unitCost: "30.00" });
  });

  it("avgcost of an unknown item or a FIFO item is an input error (exit 1)", async () => {
    const wb = await sampleCopy(kind);
    const unknown = await costing(["avgcost", wb, "--item", "NO-SUCH-ITEM", "--date", "2023-01-01"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("NO-SUCH-ITEM");
    expect(unknown.stdout).toBe("");
    const fifo = await costing(["explain", wb, "--item", "FIFO-PLAIN", "--date", "2023-03-10", "--json"]);
    expect(fifo.code).toBe(1);
    expect(fifo.stderr).toContain("FIFO-PLAIN");
    expect(fifo.stdout).toBe("");
  });
});

describe("costing on bad input", () => {
  it("a workbook that does not exist: exit 1, says so", async () => {
    const r = await costing(["check", path.join(await tempDir(), "missing.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not found/);
  });

  it("a CSV folder with text in a number column: exit 1, names table, row, column; nothing written", async () => {
    const wb = await sampleCopy("csv");
    const file = path.join(wb, "Value Entries.csv");
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(file, "utf8");
    const lines = text.split("\n");
    lines[3] = lines[3].replace(",-20.00,", ",twenty,");
    await writeFile(file, lines.join("\n"));
    const before = await snapshot(wb);

    const check = await costing(["check", wb]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/Value Entries.*row 4.*Cost Amount \(Actual\).*twenty/);

    const adjust = await costing(["adjust", wb]);
    expect(adjust.code).toBe(1);
    expect(adjust.stderr).toContain("nothing was written");
    expect(adjust.stderr).toMatch(/Value Entries.*row 4.*Cost Amount \(Actual\)/);
    expect(await snapshot(wb)).toEqual(before);
  });
});
