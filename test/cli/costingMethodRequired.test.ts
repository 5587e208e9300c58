// No costing on a guess (issue 11): an export of Business Central's Items page with its default columns has no
// Costing Method (nor Standard Cost, Last Direct Cost): check reports it as an error and every command that
// computes costs stops (exit 1, nothing written) until the workbook gives it or --costing-method says it, which
// the output then says first. The same for a --base whose Items column is missing.
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { COMMANDS } from "../../src/cli/main";
import {
  costing,
  csvGrid,
  readTable,
  removeTemps,
  sampleCopy,
  snapshot,
  tempDir,
  writeCsvGrid,
  type Kind,
} from "./helpers";

afterAll(removeTemps);

/** The sample's Average items: their figures are the design documents' (README, "The bundled sample"). */
const AVERAGE_ITEMS = ["AVG-DAY", "AVG-MONTH", "AVG-BACKDATE"];

/**
 * The sample's ledger of these items, with an Items table as page 31 exports it by default (No., Description,
 * Unit Cost: Costing Method, Standard Cost and Last Direct Cost are hidden there), plus `extraItems` columns.
 */
async function pageDefaultExport(
  items: readonly string[] = AVERAGE_ITEMS,
  itemsRows: readonly string[] = items.map((no) => `${no},Item ${no},10.00`),
  itemsHeader = "No.,Description,Unit Cost",
): Promise<string> {
  const wb = await sampleCopy("csv");
  for (const table of ["Item Ledger Entries", "Value Entries"]) {
    const g = await csvGrid(wb, table);
    const col = g.grid[0].indexOf("Item No.");
    g.grid = [g.grid[0], ...g.grid.slice(1).filter((r) => items.includes(r[col]))];
    await writeCsvGrid(g);
  }
  await writeFile(path.join(wb, "Items.csv"), [itemsHeader, ...itemsRows].join("\r\n") + "\r\n");
  return wb;
}

/** The same ledger with the Costing Method column, as Business Central has it (every item Average). */
async function withCostingMethod(): Promise<string> {
  return pageDefaultExport(
    AVERAGE_ITEMS,
    AVERAGE_ITEMS.map((no) => `${no},Item ${no},Average,10.00`),
    "No.,Description,Costing Method,Unit Cost",
  );
}

describe("an Items table without Costing Method (page 31's default columns)", () => {
  test("check: an error naming the table, the items and how to export the column; not ready", async () => {
    const wb = await pageDefaultExport();
    const r = await costing(["check", wb]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("ready for costing adjust");
    expect(r.stdout).toContain("Problems: 1 error, 0 warnings");
    expect(r.stdout).toContain(
      'Error: Items: the column "Costing Method" is missing, so the costing method of 3 items of the ledger is not ' +
        "known (AVG-BACKDATE, AVG-DAY, AVG-MONTH); nothing is costed on a guess. In Business Central open Items, " +
        "choose Personalize, add the Costing Method column (hidden by default on the Item List), and export again, " +
        "or add a Costing Method column to the Items table by hand",
    );
    expect(r.stdout).toContain("run the command again with --costing-method FIFO|LIFO|Specific|Average|Standard.");
    // The items are in the Items table: nothing says they are not.
    expect(r.stdout).not.toContain("not in the Items table");
    expect(r.stdout).not.toContain("FIFO (not in Items)");
  });

  test.each(["csv", "xlsx"] as Kind[])("adjust (%s): exit 1 with the message, nothing written", async (kind) => {
    const wb = kind === "csv" ? await pageDefaultExport() : await xlsxWithoutCostingMethod();
    const before = await snapshot(wb);
    const out = path.join(path.dirname(wb), kind === "csv" ? "out" : "out.xlsx");
    const r = await costing(["adjust", wb, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("nothing was written");
    expect(r.stderr).toContain('the column "Costing Method" is missing');
    expect(r.stderr).toContain("hidden by default on the Item List");
    expect(await snapshot(wb)).toEqual(before);
    await expect(readFile(kind === "csv" ? path.join(out, "Value Entries.csv") : out)).rejects.toThrow();
  });

  test.each([
    ["valuation", "--date", "2023-12-31"],
    ["avgcost", "--item", "AVG-DAY", "--date", "2023-01-02"],
    ["explain", "--item", "AVG-DAY", "--date", "2023-01-02"],
    ["calc-value", "--date", "2023-12-31"],
    ["preview"],
    ["post"],
  ])("%s: refused the same way (exit 1), no number on a guess", async (name, ...rest) => {
    const wb = await pageDefaultExport();
    const before = await snapshot(wb);
    const r = await costing([name, wb, ...rest]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('the column "Costing Method" is missing, so the costing method of 3 items');
    expect(r.stderr).toContain("nothing is costed on a guess");
    expect(await snapshot(wb)).toEqual(before);
  });

  test("adjust --costing-method Average: Business Central's figures, and the first line says so", async () => {
    const wb = await pageDefaultExport();
    const out = path.join(path.dirname(wb), "out");
    const r = await costing(["adjust", wb, "--costing-method", "average", "--out", out]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(
      "Costing method Average (--costing-method Average) for the 3 items the workbook gives no costing method: " +
        "AVG-BACKDATE, AVG-DAY, AVG-MONTH. Every other item is costed with the costing method of its Items row.",
    );
    expect(lines[1]).toBe(`Adjust Cost - Item Entries: ${wb}`);

    // The same value entries as the workbook that says Average itself.
    const explicit = await withCostingMethod();
    const outExplicit = path.join(path.dirname(explicit), "out");
    const e = await costing(["adjust", explicit, "--out", outExplicit]);
    expect(e.code).toBe(0);
    expect(await readFile(path.join(out, "Value Entries.csv"), "utf8")).toBe(
      await readFile(path.join(outExplicit, "Value Entries.csv"), "utf8"),
    );
    // The design documents' figures: AVG-DAY's sales -30.00, -30.00, -100.00; AVG-MONTH's -30.00, -65.00, -65.00;
    // AVG-BACKDATE's both -17.00 (README, "The bundled sample").
    const ves = await readTable(out, "Value Entries");
    const saleCost = (item: string) => {
      const iles = new Map<string, string>();
      for (const v of ves.filter((v) => v["Item No."] === item && v["Item Ledger Entry Type"] === "Sale")) {
        const sum = Number(iles.get(v["Item Ledger Entry No."]) ?? 0) + Number(v["Cost Amount (Actual)"]);
        iles.set(v["Item Ledger Entry No."], sum.toFixed(2));
      }
      return [...iles.values()];
    };
    expect(saleCost("AVG-DAY")).toEqual(["-30.00", "-30.00", "-100.00"]);
    expect(saleCost("AVG-MONTH")).toEqual(["-30.00", "-65.00", "-65.00"]);
    expect(saleCost("AVG-BACKDATE")).toEqual(["-17.00", "-17.00"]);
  });

  test("valuation --json --costing-method Average: the choice is the JSON's first key", async () => {
    const wb = await pageDefaultExport();
    const r = await costing(["valuation", wb, "--date", "2023-12-31", "--json", "--costing-method", "Average"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)[0]).toBe("costingMethodChosen");
    expect(json.costingMethodChosen).toEqual({ costingMethod: "Average", items: AVERAGE_ITEMS.slice().sort() });
  });

  test("check --costing-method Average: said first, the items listed under it, ready", async () => {
    const wb = await pageDefaultExport();
    const r = await costing(["check", wb, "--costing-method", "Average"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[1]).toMatch(/^Costing method Average \(--costing-method Average\) for the 3 items/);
    expect(r.stdout).toMatch(/Average \(--costing-method\)\s+3\s+AVG-BACKDATE, AVG-DAY, AVG-MONTH/);
    // Never "set to Business Central's default": the column is not known.
    expect(r.stdout).toContain(
      'Items, column "Costing Method" (3 rows): The items without a costing method are costed as Average, the ' +
        "costing method chosen for them",
    );
    // Costing goes on with the choice: the column is a guess to export, not what stops costing.
    expect(r.stdout).not.toMatch(/Costing stops without these/);
  });

  test("--costing-method Standard without Standard Cost: refused, naming the column", async () => {
    const wb = await pageDefaultExport();
    const r = await costing(["adjust", wb, "--costing-method", "Standard"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("the Items table gives no Standard Cost for 3 items of them");
    expect(r.stderr).toContain("add the Costing Method and Standard Cost columns");
  });

  test("--costing-method with another value is a usage error (exit 2)", async () => {
    const wb = await pageDefaultExport();
    const r = await costing(["adjust", wb, "--costing-method", "weighted"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--costing-method "weighted" is not FIFO, LIFO, Specific, Average, or Standard.');
  });

  test("every command that computes costs takes --costing-method", () => {
    const names = COMMANDS.filter((c) => "costing-method" in c.options).map((c) => c.name);
    expect(names.sort()).toEqual(
      ["adjust", "avgcost", "calc-value", "check", "explain", "post", "preview", "scenario", "valuation"].sort(),
    );
  });
});

describe("an export of Item Ledger Entries and Value Entries only (no Items table)", () => {
  async function withoutItems(): Promise<string> {
    const wb = await pageDefaultExport();
    await rm(path.join(wb, "Items.csv"));
    return wb;
  }

  test("check: an error, not ready; adjust: exit 1, nothing written", async () => {
    const wb = await withoutItems();
    const c = await costing(["check", wb]);
    expect(c.code).toBe(1);
    expect(c.stdout).toContain(
      "Error: The workbook has no Items table, so the costing method of 3 items of the ledger is not known " +
        "(AVG-BACKDATE, AVG-DAY, AVG-MONTH); nothing is costed on a guess. In Business Central open Items, choose " +
        "Personalize, add the Costing Method column (hidden by default on the Item List), and export again",
    );
    expect(c.stdout).not.toContain("the workbook can be adjusted");
    const before = await snapshot(wb);
    const a = await costing(["adjust", wb]);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain("The workbook has no Items table");
    expect(await snapshot(wb)).toEqual(before);
  });

  test("adjust --costing-method Average: costed, the first line says so", async () => {
    const wb = await withoutItems();
    const r = await costing(["adjust", wb, "--costing-method", "Average", "--out", path.join(path.dirname(wb), "o")]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^Costing method Average \(--costing-method Average\) for the 3 items/);
  });
});

describe("an item without a costing method in an Items table that has the column", () => {
  test("an item missing from Items: refused, naming it", async () => {
    const wb = await pageDefaultExport(
      AVERAGE_ITEMS,
      ["AVG-DAY,Day,Average", "AVG-MONTH,Month,Average"],
      "No.,Description,Costing Method",
    );
    const before = await snapshot(wb);
    const r = await costing(["adjust", wb]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "Error: Items: 1 item of the ledger is not in the Items table (AVG-BACKDATE), so its costing method is not " +
        "known; nothing is costed on a guess.",
    );
    expect(await snapshot(wb)).toEqual(before);
    const c = await costing(["check", wb]);
    expect(c.code).toBe(1);
    expect(c.stdout).toContain("not in the Items table (AVG-BACKDATE)");
  });

  test("an empty Costing Method cell: refused, naming the item and its row", async () => {
    const wb = await pageDefaultExport(
      AVERAGE_ITEMS,
      ["AVG-DAY,Day,Average", "AVG-MONTH,Month,", "AVG-BACKDATE,Backdate,Average"],
      "No.,Description,Costing Method",
    );
    const r = await costing(["adjust", wb]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'Error: Items, column "Costing Method": the cell is empty for 1 item of the ledger (AVG-MONTH (row 3)), so ' +
        "its costing method is not known",
    );
  });
});

describe("calc-value --base reads an Items column", () => {
  /** The sample, adjusted (average items must be), with these Items columns removed. */
  async function adjustedWithout(columns: readonly string[]): Promise<string> {
    const wb = await sampleCopy("csv");
    const out = path.join(await tempDir(), "adjusted");
    expect((await costing(["adjust", wb, "--out", out])).code).toBe(0);
    const items = await readTable(out, "Items");
    const headers = Object.keys(items[0]).filter((h) => !columns.includes(h));
    const quote = (s: string) => (s.includes(",") ? `"${s}"` : s);
    await writeFile(
      path.join(out, "Items.csv"),
      [headers, ...items.map((r) => headers.map((h) => r[h]))].map((r) => r.map(quote).join(",")).join("\r\n"),
    );
    return out;
  }

  test("--base last-direct-cost without Last Direct Cost: exit 1 naming the column, nothing written", async () => {
    const wb = await adjustedWithout(["Last Direct Cost"]);
    const before = await snapshot(wb);
    const r = await costing([
      "calc-value",
      wb,
      "--date",
      "2023-12-31",
      "--item",
      "FIFO-PLAIN",
      "--base",
      "last-direct-cost",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'The Items table gives no Last Direct Cost for item FIFO-PLAIN (no "Last Direct Cost" column, an empty ' +
        "cell, or the item not in Items), so no Unit Cost (Revalued) can be proposed from it",
    );
    expect(r.stderr).toContain("add the Last Direct Cost column (hidden by default on the Item List)");
    expect(await snapshot(wb)).toEqual(before);
    // Without --base the journal is calculated as before.
    expect((await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "FIFO-PLAIN"])).code).toBe(0);
  });

  test("--base standard-cost without Standard Cost: exit 1 naming the column", async () => {
    const wb = await adjustedWithout(["Standard Cost"]);
    const r = await costing([
      "calc-value",
      wb,
      "--date",
      "2023-12-31",
      "--item",
      "STD-PLAIN",
      "--base",
      "standard-cost",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("The Items table gives no Standard Cost for item STD-PLAIN");
  });
});

/** The bundled sample.xlsx with the Items sheet's Costing Method column deleted. */
async function xlsxWithoutCostingMethod(): Promise<string> {
  const wb = await sampleCopy("xlsx");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(wb);
  const ws = book.getWorksheet("Items")!;
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  const col = headers.indexOf("Costing Method");
  ws.eachRow((row) => {
    row.getCell(col).value = row.number === 1 ? "Notes" : null;
  });
  await book.xlsx.writeFile(wb);
  return wb;
}
