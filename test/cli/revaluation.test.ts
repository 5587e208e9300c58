// Revaluation through the command line, on copies of the bundled sample (CSV folder and .xlsx): calc-value,
// the user's edit of Unit Cost (Revalued) in the CSV file or in the workbook (with ExcelJS, as a spreadsheet
// program would save it), preview, post, and what the ledger says afterwards.
import path from "node:path";
import type { RunOptions } from "../../src/cli/main";
import { CsvFolderWorkbook, XlsxWorkbook } from "../../src/files";
import {
  type Kind,
  JOURNAL,
  costing,
  csvGrid,
  editJournal,
  readTable,
  removeTemps,
  sampleCopy,
  snapshot,
  writeCsvGrid,
} from "./helpers";

afterAll(removeTemps);

const num = (s: string) => Number(s);

describe.each<Kind>(["csv", "xlsx"])("revaluation on the sample (%s)", (kind) => {
  it("post reads Value Entries once: its revaluation entries are appended to the table as loaded", async () => {
    const wb = await sampleCopy(kind);
    expect((await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "FIFO-PLAIN"])).code).toBe(0);
    await editJournal(wb, "FIFO-PLAIN", "Unit Cost (Revalued)", 5);
    const adapter = (kind === "csv" ? CsvFolderWorkbook : XlsxWorkbook).prototype;
    const read = jest.spyOn(adapter, "readTable");
    try {
      const posted = await costing(["post", wb]);
      expect(posted.code).toBe(0);
      expect(posted.stdout).toMatch(/Revaluation entries:\s+2 \(entry no\. 53\.\.54\), amount -11\.00/);
      expect(read.mock.calls.filter(([spec]) => spec.name === "Value Entries")).toHaveLength(1);
    } finally {
      read.mockRestore();
    }
    const ves = await readTable(wb, "Value Entries");
    const posted = ves.filter((v) => Number(v["Entry No."]) >= 53 && v["Entry Type"] === "Revaluation");
    expect(posted.map((v) => [v["Entry No."], v["Item No."], Number(v["Cost Amount (Actual)"])])).toEqual([
      ["53", "FIFO-PLAIN", expect.any(Number)],
      ["54", "FIFO-PLAIN", expect.any(Number)],
    ]);
  });

  it("the user's steps: calc-value, edit Unit Cost (Revalued), preview, post; the value is quantity × new cost", async () => {
    const wb = await sampleCopy(kind);
    const calc = await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "FIFO-PLAIN"]);
    expect(calc.stderr).toBe("");
    expect(calc.code).toBe(0);
    expect(calc.stdout).toMatch(/Lines:\s+1\n/);
    expect(calc.stdout).toMatch(/Items:\s+1 \(FIFO-PLAIN\)/);
    expect(calc.stdout).toMatch(/Inventory Value \(Calculated\):\s+51\.00/);
    expect(calc.stdout).toContain("REVAL-2023-12-31");
    const [line] = await readTable(wb, JOURNAL);
    expect(line).toMatchObject({ "Item No.": "FIFO-PLAIN", "Posting Date": "2023-12-31", Posted: "No" });
    expect(num(line["Quantity"])).toBe(8);
    expect(num(line["Inventory Value (Calculated)"])).toBe(51);
    expect(num(line["Unit Cost (Calculated)"])).toBe(6.375);

    await editJournal(wb, "FIFO-PLAIN", "Unit Cost (Revalued)", 5);
    const edited = await snapshot(wb);
    const pv = await costing(["preview", wb]);
    expect(pv.code).toBe(0);
    expect(pv.stdout).toMatch(/FIFO-PLAIN\s+51\.00\s+40\.00\s+-11\.00/);
    expect(pv.stdout).toContain("Nothing was written");
    expect(await snapshot(wb)).toEqual(edited);

    const posted = await costing(["post", wb]);
    expect(posted.stderr).toBe("");
    expect(posted.code).toBe(0);
    expect(posted.stdout).toMatch(/Revaluation entries:\s+2 \(entry no\. 53\.\.54\), amount -11\.00/);
    expect(posted.stdout).toMatch(/Adjustment entries:\s+\d+ \(entry no\. 55\.\./);
    const value = JSON.parse((await costing(["valuation", wb, "--date", "2023-12-31", "--json"])).stdout);
    expect(value.rows.find((r: { itemNo: string }) => r.itemNo === "FIFO-PLAIN")).toMatchObject({
      quantity: "8",
      value: "40.00",
    });

    const ves = await readTable(wb, "Value Entries");
    const reval = ves.filter((v) => v["Entry Type"] === "Revaluation" && v["Item No."] === "FIFO-PLAIN");
    expect(reval.map((v) => [v["Entry No."], v["Valuation Date"], num(v["Cost Amount (Actual)"])])).toEqual([
      ["53", "2023-12-31", -5],
      ["54", "2023-12-31", -6],
    ]);
    const [after] = await readTable(wb, JOURNAL);
    expect(after).toMatchObject({ Posted: "Yes" });
    expect([num(after["Unit Cost (Revalued)"]), num(after["Inventory Value (Revalued)"]), num(after.Amount)]).toEqual([
      5, 40, -11,
    ]);
    const log = await readTable(wb, "Posting Log");
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ "Document No.": "REVAL-2023-12-31", Lines: "1", "First Entry No.": "53" });
    expect(num(log[0]["Total Amount"])).toBe(-11);
    expect(log[0]["Posted At"]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(log[0].Checksum).toMatch(/^[0-9a-f]{64}$/);

    // Posting the same journal again is refused, and nothing changes.
    const before = await snapshot(wb);
    const again = await costing(["post", wb]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("The Revaluation Journal was posted already on " + log[0]["Posted At"]);
    expect(again.stderr).toContain("Posting Log, row 2");
    expect(again.stderr).toContain("nothing was posted");
    expect(again.stderr).toContain(`"costing calc-value ${wb} --date <YYYY-MM-DD>"`);
    expect(await snapshot(wb)).toEqual(before);

    // Even with Posted set back to No, the Posting Log knows the journal.
    await editJournal(wb, "FIFO-PLAIN", "Posted", "No");
    const unmarked = await snapshot(wb);
    const third = await costing(["post", wb]);
    expect(third.code).toBe(1);
    expect(third.stderr).toContain("was posted already on " + log[0]["Posted At"]);
    expect(await snapshot(wb)).toEqual(unmarked);
    const previewAgain = await costing(["preview", wb]);
    expect(previewAgain.code).toBe(1);
    expect(previewAgain.stderr).toContain("nothing was previewed");
  });

  it("calc-value refuses to replace a journal not posted yet; --replace does; a posted one is replaced", async () => {
    const wb = await sampleCopy(kind);
    expect((await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "FIFO-PLAIN"])).code).toBe(0);
    const before = await snapshot(wb);
    const refused = await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "LIFO-PLAIN"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `already has a Revaluation Journal with 1 line not posted yet (row 2, document no. REVAL-2023-12-31); ` +
        `nothing was written. Post it first ("costing post ${wb}"), or run calc-value again with --replace`,
    );
    expect(await snapshot(wb)).toEqual(before);

    const replaced = await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "LIFO-PLAIN", "--replace"]);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain("Replaced the earlier journal (1 line not posted, discarded with --replace)");
    expect((await readTable(wb, JOURNAL)).map((r) => r["Item No."])).toEqual(["LIFO-PLAIN"]);

    await editJournal(wb, "LIFO-PLAIN", "Unit Cost (Revalued)", 2);
    expect((await costing(["post", wb])).code).toBe(0);
    const next = await costing([
      "calc-value",
      wb,
      "--date",
      "2023-12-31",
      "--item",
      "FIFO-PLAIN",
      "--item",
      "LIFO-PLAIN",
    ]);
    expect(next.stderr).toBe("");
    expect(next.code).toBe(0);
    expect(next.stdout).toContain("Replaced the earlier journal (posted; its Posting Log row stays)");
    const lines = await readTable(wb, JOURNAL);
    expect(lines.map((r) => [r["Item No."], num(r["Inventory Value (Calculated)"]), r.Posted])).toEqual([
      ["FIFO-PLAIN", 51, "No"],
      ["LIFO-PLAIN", 8, "No"], // 4 left at the revalued 2.00
    ]);
    expect(await readTable(wb, "Posting Log")).toHaveLength(1);
  });

  it("a bad journal cell: the sheet, row, column and value are named, nothing is written", async () => {
    const wb = await sampleCopy(kind);
    await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "FIFO-PLAIN"]);
    await editJournal(wb, "FIFO-PLAIN", "Unit Cost (Revalued)", "5x");
    const before = await snapshot(wb);
    for (const cmd of ["post", "preview"]) {
      const r = await costing([cmd, wb]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("The Revaluation Journal has 1 problem that must be fixed first");
      expect(r.stderr).toContain(
        'Error: Revaluation Journal, row 2, column "Unit Cost (Revalued)": "5x" is not a number.',
      );
      expect(r.stdout).toBe("");
    }
    expect(await snapshot(wb)).toEqual(before);
  });

  it("no journal, or nothing to post: a clear message and nothing written", async () => {
    const wb = await sampleCopy(kind);
    const fresh = await snapshot(wb);
    const none = await costing(["post", wb]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`has no Revaluation Journal; nothing was posted. Run "costing calc-value ${wb}`);
    expect((await costing(["preview", wb])).stderr).toContain("has no Revaluation Journal; nothing was previewed.");
    expect(await snapshot(wb)).toEqual(fresh);

    await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "FIFO-PLAIN", "--item", "LIFO-PLAIN"]);
    const calculated = await snapshot(wb);
    const zero = await costing(["post", wb]);
    expect(zero.code).toBe(1);
    expect(zero.stderr).toContain(
      "The Revaluation Journal has no line with an Amount other than 0.00 (2 lines), so there is nothing to post; " +
        "nothing was posted. Enter the new Unit Cost (Revalued)",
    );
    const pv = await costing(["preview", wb]);
    expect(pv.code).toBe(0);
    expect(pv.stdout).toContain("Posting would create no revaluation entries: every line's Amount is 0.00.");
    expect(await snapshot(wb)).toEqual(calculated);
  });

  it("Calculate Inventory Value's refusals stop calc-value: unadjusted average items name the fix", async () => {
    const wb = await sampleCopy(kind);
    const before = await snapshot(wb);
    const r = await costing(["calc-value", wb, "--date", "2023-12-31"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Calculate Inventory Value was refused for 3 reasons below; nothing was written.");
    expect(r.stderr).toMatch(/Error: .*Adjust Cost - Item Entries.* item AVG-DAY \(run "costing adjust" first\)/);
    expect(await snapshot(wb)).toEqual(before);
    // After costing adjust every item can be calculated.
    expect((await costing(["adjust", wb])).code).toBe(0);
    const ok = await costing(["calc-value", wb, "--date", "2023-12-31"]);
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Items:\s+\d+ \(.*FIFO-PLAIN.*\)/);
  });

  it("--update-standard-cost: posting sets the Standard item's Standard Cost and Unit Cost in Items", async () => {
    const wb = await sampleCopy(kind);
    const calc = await costing([
      "calc-value",
      wb,
      "--date",
      "2023-12-31",
      "--item",
      "STD-PLAIN",
      "--update-standard-cost",
      "--document-no",
      "STD-2023",
    ]);
    expect(calc.code).toBe(0);
    const [line] = await readTable(wb, JOURNAL);
    expect(line).toMatchObject({ "Update Standard Cost": "Yes", "Document No.": "STD-2023" });
    await editJournal(wb, "STD-PLAIN", "Inventory Value (Revalued)", 66);
    const r = await costing(["post", wb]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Standard Cost updated:    STD-PLAIN: 11 (Unit Cost 11)");
    const items = await readTable(wb, "Items");
    const std = items.find((i) => i["No."] === "STD-PLAIN")!;
    expect([num(std["Standard Cost"]), num(std["Unit Cost"]), std.Description]).toEqual([
      11,
      11,
      "Standard cost 10.00, purchased at 12.00",
    ]);
    expect(num(items.find((i) => i["No."] === "FIFO-PLAIN")!["Unit Cost"])).toBe(5); // other items untouched
    const value = JSON.parse((await costing(["valuation", wb, "--date", "2023-12-31", "--json"])).stdout);
    expect(value.rows.find((x: { itemNo: string }) => x.itemNo === "STD-PLAIN")).toMatchObject({ value: "66.00" });
  });

  it("post --out and --no-adjust: the input is untouched; only the revaluation entries are appended", async () => {
    const wb = await sampleCopy(kind);
    await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "FIFO-PLAIN"]);
    await editJournal(wb, "FIFO-PLAIN", "Unit Cost (Revalued)", 5);
    const before = await snapshot(wb);
    const out = path.join(path.dirname(wb), kind === "csv" ? "posted" : "posted.xlsx");
    const r = await costing(["post", wb, "--no-adjust", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("not run (--no-adjust)");
    expect(r.stdout).toContain(`${out} (${wb} is unchanged)`);
    expect(await snapshot(wb)).toEqual(before);
    expect((await readTable(out, "Value Entries")).length).toBe(54);
    expect((await readTable(out, JOURNAL))[0]).toMatchObject({ Posted: "Yes" });
  });

  it("--per entry: one line per item ledger entry, with its Applies-to Entry", async () => {
    const wb = await sampleCopy(kind);
    const r = await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "FIFO-PLAIN", "--per", "entry"]);
    expect(r.code).toBe(0);
    const lines = await readTable(wb, JOURNAL);
    expect(lines.map((l) => [l["Applies-to Entry"], num(l.Quantity), num(l["Inventory Value (Calculated)"])])).toEqual([
      ["32", 5, 30],
      ["34", 3, 21],
    ]);
    expect(lines.every((l) => l["Inventory Value Per"] === "" && l["Partial Revaluation"] === "Yes")).toBe(true);
  });
});

describe("revaluation on the sample (csv): lines typed by hand and engine refusals", () => {
  it("a line with only Item No., Applies-to Entry and Unit Cost (Revalued) is completed and posted", async () => {
    const wb = await sampleCopy("csv");
    // Business Central completes a line per entry only when the sales applied to it are adjusted.
    expect((await costing(["adjust", wb])).code).toBe(0);
    await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "FIFO-PLAIN"]);
    const g = await csvGrid(wb, JOURNAL);
    const h = g.grid[0];
    const hand = h.map(() => "");
    hand[h.indexOf("Item No.")] = "LIFO-PLAIN";
    hand[h.indexOf("Applies-to Entry")] = "36"; // the receipt of 5 @ 3.00 (4 of them left)
    hand[h.indexOf("Unit Cost (Revalued)")] = "2";
    g.grid.push(hand);
    await writeCsvGrid(g);
    const r = await costing(["post", wb, "--no-adjust"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Lines posted:\s+1 \(1 with Amount 0\.00 skipped\)/);
    const [, second] = await readTable(wb, JOURNAL);
    expect(second).toMatchObject({
      "Item No.": "LIFO-PLAIN",
      "Posting Date": "2023-04-01", // the entry's own posting date, as Business Central completes it
      "Document No.": "REVAL-2023-12-31",
      "Entry Type": "Purchase",
      "Applies-to Entry": "36",
      Quantity: "5", // the whole invoiced quantity of the entry
      "Inventory Value (Calculated)": "15.00",
      "Unit Cost (Revalued)": "2.00000",
      "Inventory Value (Revalued)": "10.00",
      Amount: "-5.00",
      "Partial Revaluation": "No",
      Posted: "Yes",
    });
  });

  it("an engine refusal names the journal row it concerns; nothing is written", async () => {
    const wb = await sampleCopy("csv");
    await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "FIFO-PLAIN"]);
    await editJournal(wb, "FIFO-PLAIN", "Unit Cost (Revalued)", 5);
    const g = await csvGrid(wb, JOURNAL);
    const h = g.grid[0];
    const hand = h.map(() => "");
    hand[h.indexOf("Item No.")] = "FIFO-PLAIN";
    hand[h.indexOf("Applies-to Entry")] = "33"; // the sale of 15: an outbound entry
    g.grid.push(hand);
    await writeCsvGrid(g);
    const before = await snapshot(wb);
    const r = await costing(["post", wb]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Error: Revaluation Journal, row 3: Item ledger entry 33 .* is an outbound entry/);
    expect(await snapshot(wb)).toEqual(before);
  });

  it("new postings since the calculation: post is refused with Business Central's words", async () => {
    const wb = await sampleCopy("csv");
    await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "FIFO-PLAIN"]);
    await editJournal(wb, "FIFO-PLAIN", "Unit Cost (Revalued)", 5);
    // A sale of 1 dated 2023-06-01, posted after the calculation.
    const ile = await csvGrid(wb, "Item Ledger Entries");
    ile.grid.push(
      "45,FIFO-PLAIN,2023-06-01,Sale,Sales Shipment,LATE,BLUE,,-1,-1,0,No,No,Yes,2023-06-01,0,,".split(","),
    );
    await writeCsvGrid(ile);
    const ve = await csvGrid(wb, "Value Entries");
    ve.grid.push(
      "53,45,FIFO-PLAIN,2023-06-01,2023-06-01,Direct Cost,Sale,LATE,BLUE,,-1,-1,-1,-6.00,0.00,6.00,No,,No,No,0,No".split(
        ",",
      ),
    );
    await writeCsvGrid(ve);
    const before = await snapshot(wb);
    const r = await costing(["post", wb]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /Revaluation Journal, row 2: There are new postings made in the period you want to revalue item no\. FIFO-PLAIN .*You must calculate the inventory value again\./,
    );
    expect(await snapshot(wb)).toEqual(before);
  });
});

type Grid = Awaited<ReturnType<typeof csvGrid>>;

/**
 * Takes a sample item back to before its revaluation: the rows of these documents leave Item Ledger Entries and
 * Value Entries (the revaluation value entry is dropped; the others are returned to be posted again later).
 */
async function rewind(wb: string, docs: readonly string[]): Promise<{ iles: string[][]; ves: string[][] }> {
  const ile = await csvGrid(wb, "Item Ledger Entries");
  const ve = await csvGrid(wb, "Value Entries");
  const col = (g: Grid, caption: string) => g.grid[0].indexOf(caption);
  const taken = (g: Grid) => (r: string[]) => docs.includes(r[col(g, "Document No.")]);
  const iles = ile.grid.filter(taken(ile));
  const ves = ve.grid.filter((r) => taken(ve)(r) && r[col(ve, "Entry Type")] !== "Revaluation");
  ile.grid = ile.grid.filter((r) => !taken(ile)(r));
  ve.grid = ve.grid.filter((r) => !taken(ve)(r));
  for (const r of iles) shiftReceipt(ile, r, -1);
  await writeCsvGrid(ile);
  await writeCsvGrid(ve);
  return { iles, ves };
}

/**
 * The item's receipt (one per example item) as the export shows it when an outbound entry is there (+1) or not
 * (-1): its Remaining Quantity and Open, which Business Central keeps on the entry.
 */
function shiftReceipt(ile: Grid, outbound: string[], sign: 1 | -1): void {
  const h = ile.grid[0];
  const at = (c: string) => h.indexOf(c);
  const receipt = ile.grid.find((r) => r[at("Item No.")] === outbound[at("Item No.")] && r[at("Positive")] === "Yes")!;
  const remaining = Number(receipt[at("Remaining Quantity")]) + sign * Number(outbound[at("Quantity")]);
  receipt[at("Remaining Quantity")] = String(remaining);
  receipt[at("Open")] = remaining > 0 ? "Yes" : "No";
}

/** Posts rows taken by rewind again, as new postings: entry numbers after the highest ones. */
async function postAgain(wb: string, rows: { iles: string[][]; ves: string[][] }): Promise<void> {
  const ile = await csvGrid(wb, "Item Ledger Entries");
  const ve = await csvGrid(wb, "Value Entries");
  const maxNo = (g: Grid) => Math.max(...g.grid.slice(1).map((r) => Number(r[0])));
  let nextIle = maxNo(ile) + 1;
  let nextVe = maxNo(ve) + 1;
  const renumber = new Map<string, string>();
  for (const r of rows.iles) {
    renumber.set(r[0], String(nextIle));
    ile.grid.push([String(nextIle++), ...r.slice(1)]);
    shiftReceipt(ile, r, 1);
  }
  for (const r of rows.ves) ve.grid.push([String(nextVe++), renumber.get(r[1])!, ...r.slice(2)]);
  await writeCsvGrid(ile);
  await writeCsvGrid(ve);
}

/** Each item ledger entry's cost (sum of its value entries), by document no., for one item's sales. */
async function saleCosts(wb: string, itemNo: string): Promise<[string, number][]> {
  const entries = await readTable(wb, "Value Entries");
  const sales = (await readTable(wb, "Item Ledger Entries")).filter(
    (e) => e["Item No."] === itemNo && e["Entry Type"] === "Sale",
  );
  const costOf = (ileNo: string) =>
    entries
      .filter((v) => v["Item Ledger Entry No."] === ileNo)
      .reduce((t, v) => t + Math.round(num(v["Cost Amount (Actual)"]) * 100), 0) / 100;
  return sales.map((s) => [s["Document No."], costOf(s["Entry No."])]);
}

async function valueOn(wb: string, date: string, itemNo: string): Promise<unknown> {
  const json = JSON.parse((await costing(["valuation", wb, "--date", date, "--json"])).stdout);
  return json.rows.find((r: { itemNo: string }) => r.itemNo === itemNo);
}

async function revaluationEntries(wb: string, itemNo: string): Promise<unknown[]> {
  return (await readTable(wb, "Value Entries"))
    .filter((v) => v["Item No."] === itemNo && v["Entry Type"] === "Revaluation")
    .map((v) => [
      v["Posting Date"],
      v["Valuation Date"],
      v["Valued Quantity"],
      num(v["Cost Amount (Actual)"]),
      v["Partial Revaluation"],
    ]);
}

describe("the revaluation seed's examples through the command line, on the sample's items", () => {
  it("A-F (FIFO-REVAL): sales A, B, C; 4 revalued from 10.00 to 8.00 on 03-01; sales D, E, F; adjust", async () => {
    const wb = await sampleCopy("csv");
    // The sample holds the example as posted; take it back to before step 5 (the revaluation and sales D-F).
    const later = await rewind(wb, ["S13-REVAL", "S13-D", "S13-E", "S13-F"]);

    // Step 5: Calculate Inventory Value per item on 03-01: 4 left (C, dated 04-01, not subtracted) at 10.00.
    const calc = await costing(["calc-value", wb, "--date", "2020-03-01", "--item", "FIFO-REVAL"]);
    expect(calc.stderr).toBe("");
    expect(calc.code).toBe(0);
    const [line] = await readTable(wb, JOURNAL);
    expect([
      num(line.Quantity),
      num(line["Inventory Value (Calculated)"]),
      num(line["Unit Cost (Calculated)"]),
    ]).toEqual([4, 40, 10]);
    await editJournal(wb, "FIFO-REVAL", "Unit Cost (Revalued)", 8);
    const before = await snapshot(wb);
    const pv = await costing(["preview", wb, "--json"]);
    expect(pv.code).toBe(0);
    const preview = JSON.parse(pv.stdout);
    expect(preview).toMatchObject({ postingDate: "2020-03-01", lines: 1, linesWithAmount: 1, amount: "-8.00" });
    expect(preview.valueEntries.filter((v: { itemNo: string }) => v.itemNo === "FIFO-REVAL")).toEqual([
      expect.objectContaining({
        kind: "Revaluation",
        entryType: "Revaluation",
        valuedQuantity: "4",
        costAmountActual: "-8.00",
        valuationDate: "2020-03-01",
      }),
      expect.objectContaining({ kind: "Adjustment", postingDate: "2020-04-01", costAmountActual: "2.00" }),
    ]);
    expect(preview.items.find((i: { itemNo: string }) => i.itemNo === "FIFO-REVAL")).toEqual({
      itemNo: "FIFO-REVAL",
      inventoryBefore: "40.00",
      inventoryAfter: "32.00",
      inventoryChange: "-8.00",
      cogsBefore: "30.00",
      cogsAfter: "28.00",
      cogsChange: "-2.00",
    });
    expect(preview.months.filter((m: { itemNo: string }) => m.itemNo === "FIFO-REVAL")).toEqual([
      { itemNo: "FIFO-REVAL", month: "2020-03", inventoryValueChange: "-8.00", cogsChange: "0.00" },
      { itemNo: "FIFO-REVAL", month: "2020-04", inventoryValueChange: "2.00", cogsChange: "-2.00" },
    ]);
    expect(await snapshot(wb)).toEqual(before);
    expect(await costing(["post", wb])).toMatchObject({ code: 0, stderr: "" });
    expect(await revaluationEntries(wb, "FIFO-REVAL")).toEqual([["2020-03-01", "2020-03-01", "4", -8, "Yes"]]);
    expect(await valueOn(wb, "2020-03-01", "FIFO-REVAL")).toMatchObject({ quantity: "4", value: "32.00" });
    expect(await saleCosts(wb, "FIFO-REVAL")).toEqual([
      ["S13-A", -10],
      ["S13-B", -10],
      ["S13-C", -8], // +2.00 forwarded by the Adjust Cost that post runs
    ]);

    // Steps 6-8: sales D (02-01), E (03-01), F (04-01) posted after the revaluation at the old 10.00; D's
    // valuation date is the revaluation's (03-01), as Business Central sets it. Then step 9: Adjust Cost.
    await postAgain(wb, later);
    expect(await costing(["adjust", wb])).toMatchObject({ code: 0, stderr: "" });
    expect(await saleCosts(wb, "FIFO-REVAL")).toEqual([
      ["S13-A", -10],
      ["S13-B", -10],
      ["S13-C", -8],
      ["S13-D", -8],
      ["S13-E", -8],
      ["S13-F", -8],
    ]);
    const entries = await readTable(wb, "Value Entries");
    const d = (await readTable(wb, "Item Ledger Entries")).find((e) => e["Document No."] === "S13-D")!;
    expect(
      entries.filter((v) => v["Item Ledger Entry No."] === d["Entry No."]).map((v) => v["Valuation Date"]),
    ).toEqual(["2020-03-01", "2020-03-01"]);
    expect(await valueOn(wb, "2020-12-31", "FIFO-REVAL")).toMatchObject({ quantity: "0", value: "0.00" });
  });

  it.each([
    ["VALDATE-FIFO", "W1"],
    ["VALDATE", "S12"],
  ])(
    "White Paper Test 1 (%s): 1 left worth 14.00 revalued to 10.00 on 03-01; the late sale dated 02-01 costs 10.00",
    async (item, p) => {
      const wb = await sampleCopy("csv");
      const late = await rewind(wb, [`${p}-REVAL`, `${p}-SS2`]);
      expect((await costing(["adjust", wb])).code).toBe(0); // Business Central requires it for Average items
      const calc = await costing(["calc-value", wb, "--date", "2020-03-01", "--item", item]);
      expect(calc.stderr).toBe("");
      expect(calc.code).toBe(0);
      const [line] = await readTable(wb, JOURNAL);
      expect([num(line.Quantity), num(line["Inventory Value (Calculated)"])]).toEqual([1, 14]);
      await editJournal(wb, item, "Unit Cost (Revalued)", 10);
      expect(await costing(["post", wb])).toMatchObject({ code: 0, stderr: "" });
      expect(await revaluationEntries(wb, item)).toEqual([["2020-03-01", "2020-03-01", "1", -4, "Yes"]]);
      expect(await valueOn(wb, "2020-03-01", item)).toMatchObject({ quantity: "1", value: "10.00" });

      await postAgain(wb, late); // the sale dated 02-01, posted after the revaluation at 14.00, valued on 03-01
      expect(await costing(["adjust", wb])).toMatchObject({ code: 0, stderr: "" });
      expect(await saleCosts(wb, item)).toEqual([
        [`${p}-SS1`, -14],
        [`${p}-SS2`, -10],
      ]);
      expect(await valueOn(wb, "2020-12-31", item)).toMatchObject({ quantity: "0", value: "0.00" });
    },
  );
});

describe("revaluation usage", () => {
  // An opener that fails the test if a usage error ever got as far as opening a workbook.
  const untouched: RunOptions = {
    openWorkbook: (p) => Promise.reject(new Error(`usage error reached openWorkbook("${p}")`)),
  };
  const run = (argv: string[]) => costing(argv, untouched);

  it("the commands are listed, each with its own help", async () => {
    const all = await run(["--help"]);
    for (const c of ["calc-value", "preview", "post"]) expect(all.stdout).toContain(`  ${c} `);
    expect((await run(["calc-value", "--help"])).stdout).toContain("--update-standard-cost");
    expect((await run(["help", "post"])).stdout).toContain("--no-adjust");
    expect((await run(["preview", "--help"])).stdout).toContain("--json");
  });

  it.each([
    [["calc-value", "wb"], "Missing --date"],
    [["calc-value", "wb", "--date", "2023-13-01"], "is not a date written YYYY-MM-DD"],
    [["calc-value", "wb", "--date", "2023-12-31", "--per", "lot"], '--per "lot" is not item or entry'],
    [["calc-value", "wb", "--date", "2023-12-31", "--base", "average"], '--base "average" is not last-direct-cost'],
    [["calc-value", "wb", "--date", "2023-12-31", "--per", "entry", "--by-location"], "applies to --per item only"],
    [["calc-value", "wb", "--date", "2023-12-31", "--document-no", " "], "--document-no needs a document number"],
    [["calc-value", "wb.xlsx", "--date", "2023-12-31", "--out", "x"], "must be an .xlsx file"],
    [["post", "wb", "--out", "wb"], "names the workbook itself"],
    [["post", "wb", "extra"], 'Unexpected argument "extra"'],
    [["preview"], "Missing <workbook>"],
  ])("%j is a usage error", async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe("");
  });
});
