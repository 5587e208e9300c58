// Revaluation scenarios through the command line, on the bundled sample with the design document's A–F
// example taken back to before its revaluation (FIFO-REVAL: 6 @ 10.00 bought 01-01, sales A 02-01, B 03-01,
// C 04-01; the revaluation on 03-01 and the sales D, E, F removed). Three scenarios side by side; the A–F one
// (10.00 -> 8.00 on 03-01) posts as the design document's table has it; posting a scenario equals posting the
// same journal; a new sale makes the scenarios of its item stale and refresh takes them again.
import { cp } from "node:fs/promises";
import path from "node:path";
import * as preview from "../../src/engine/revaluationPreview";
import * as scenarioEngine from "../../src/engine/revaluationScenario";
import {
  JOURNAL,
  costing,
  csvGrid,
  editJournal,
  readTable,
  removeTemps,
  sampleCopy,
  snapshot,
  tempDir,
  writeCsvGrid,
} from "./helpers";

afterAll(removeTemps);

const SCENARIOS = "Revaluation Scenarios";
/** The rows taken out of the sample, put back later as postings made after the revaluation. */
const LATER_VE = ["35", "36", "37"]; // sales D, E, F
const LATER_ILE = ["28", "29", "30"];

interface Removed {
  readonly ve: string[][];
  readonly ile: string[][];
}

/** The sample as it was before the A–F revaluation (entry 34) and the sales D, E, F were posted. */
async function beforeRevaluation(): Promise<{ wb: string; removed: Removed }> {
  const wb = await sampleCopy("csv");
  const ve = await csvGrid(wb, "Value Entries");
  const ile = await csvGrid(wb, "Item Ledger Entries");
  const removed = {
    ve: ve.grid.filter((r) => LATER_VE.includes(r[0])),
    ile: ile.grid.filter((r) => LATER_ILE.includes(r[0])),
  };
  ve.grid = ve.grid.filter((r) => r[0] !== "34" && !LATER_VE.includes(r[0]));
  ile.grid = ile.grid.filter((r) => !LATER_ILE.includes(r[0]));
  setRemaining(ile.grid, 3);
  await writeCsvGrid(ve);
  await writeCsvGrid(ile);
  // Every other item adjusted first, so a scenario's effect is its own.
  expect((await costing(["adjust", wb])).code).toBe(0);
  return { wb, removed };
}

/** The purchase's (entry 24) Remaining Quantity and Open, as Business Central keeps them. */
function setRemaining(grid: string[][], remaining: number): void {
  const h = grid[0];
  const purchase = grid.find((r) => r[0] === "24")!;
  purchase[h.indexOf("Remaining Quantity")] = String(remaining);
  purchase[h.indexOf("Open")] = remaining > 0 ? "Yes" : "No";
}

/**
 * Posts the sales D, E, F with new entry nos. After the revaluation (`revalued`), as the design document
 * posts them, a sale from the revalued receipt is valued on the revaluation's date (03-01); before it, on its own.
 */
async function postLaterSales(wb: string, removed: Removed, only?: string, revalued = true): Promise<void> {
  const ve = await csvGrid(wb, "Value Entries");
  const ile = await csvGrid(wb, "Item Ledger Entries");
  let veNo = Math.max(...ve.grid.slice(1).map((r) => Number(r[0])));
  let ileNo = Math.max(...ile.grid.slice(1).map((r) => Number(r[0])));
  for (const [i, row] of removed.ile.entries()) {
    if (only && row[5] !== only) continue;
    const newIle = String(++ileNo);
    ile.grid.push([newIle, ...row.slice(1)]);
    const v = [...removed.ve[i]];
    if (!revalued) v[4] = v[3]; // Valuation Date = Posting Date
    ve.grid.push([String(++veNo), newIle, ...v.slice(2)]);
  }
  const h = ile.grid[0];
  const purchase = ile.grid.find((r) => r[0] === "24")!;
  setRemaining(ile.grid, Number(purchase[h.indexOf("Remaining Quantity")]) - (only ? 1 : removed.ile.length));
  await writeCsvGrid(ve);
  await writeCsvGrid(ile);
}

interface ComparedJson {
  name: string;
  whatIf: string;
  stale: boolean;
  postedAt: string | null;
  lines: number;
  amount: string;
  inventoryBefore: string | null;
  inventoryAfter: string | null;
  months: { month: string; inventoryValueChange: string; cogsChange: string }[];
  items: { itemNo: string; inventoryBefore: string; inventoryAfter: string; cogsChange: string }[];
}

async function compare(wb: string): Promise<ComparedJson[]> {
  const r = await costing(["scenario", "compare", wb, "--json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).scenarios;
}

const addArgs = (wb: string, name: string, ...more: string[]) => [
  "scenario",
  "add",
  wb,
  "--name",
  name,
  "--date",
  "2020-03-01",
  "--item",
  "FIFO-REVAL",
  ...more,
];
const add = (wb: string, name: string, ...more: string[]) => costing(addArgs(wb, name, ...more));

describe("revaluation scenarios (command line)", () => {
  it("three scenarios side by side; the A–F one (10.00 -> 8.00) with the design document's figures", async () => {
    const { wb } = await beforeRevaluation();
    const added = await add(wb, "A-F 8.00", "--unit-cost", "8.00");
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Revaluation amount:\s+-8\.00/);
    expect((await add(wb, "Ten per cent less", "--percent", "-10")).code).toBe(0);
    expect((await add(wb, "Last direct cost", "--base", "last-direct-cost")).code).toBe(0);

    const before = await snapshot(wb);
    const all = await compare(wb);
    expect(await snapshot(wb)).toEqual(before); // compare only reads
    expect(all.map((s) => [s.name, s.whatIf, s.stale, s.lines, s.amount])).toEqual([
      ["A-F 8.00", "Unit Cost", false, 1, "-8.00"],
      ["Ten per cent less", "Percent", false, 1, "-4.00"],
      ["Last direct cost", "Last Direct Cost", false, 1, "0.00"],
    ]);
    const [af, tenth] = all;
    // On 03-01: 6 bought, A and B sold: 4 on hand at 10.00; 8.00 makes them 32.00. C, sold 04-01 from them, costs
    // 2.00 less in April (the design document's entry 9); the inventory's value drops by 8.00 in March.
    expect(Number(af.inventoryBefore) - Number(af.inventoryAfter)).toBe(8);
    expect(af.items).toEqual([
      { itemNo: "FIFO-REVAL", inventoryBefore: "40.00", inventoryAfter: "32.00", cogsChange: "-2.00" },
    ]);
    expect(af.months).toEqual([
      { month: "2020-03", inventoryValueChange: "-8.00", cogsChange: "0.00" },
      { month: "2020-04", inventoryValueChange: "2.00", cogsChange: "-2.00" },
    ]);
    expect(tenth.items).toEqual([
      { itemNo: "FIFO-REVAL", inventoryBefore: "40.00", inventoryAfter: "36.00", cogsChange: "-1.00" },
    ]);

    const text = await costing(["scenario", "compare", wb, "--items"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/A-F 8\.00\s+Ten per cent less\s+Last direct cost/);
    expect(text.stdout).toMatch(/Revaluation amount\s+-8\.00\s+-4\.00\s+0\.00/);
    expect(text.stdout).toMatch(/2020-04\s+-2\.00\s+-1\.00\s+0\.00/);
    expect(text.stdout).toMatch(/FIFO-REVAL\s+40\.00\s+32\.00\s+-2\.00\s+inventory down, COGS down/);
    const list = await costing(["scenario", "list", wb]);
    expect(list.stdout).toMatch(/A-F 8\.00\s+unit cost 8\.00\s+2020-03-01\s+1\s+-8\.00\s+current/);

    // Posted, then the sales D, E, F and Adjust Cost: the design document's value entries.
    const posted = await costing(["scenario", "post", wb, "--name", "a-f 8.00"]);
    expect(posted.stderr).toBe("");
    expect(posted.code).toBe(0);
    expect(posted.stdout).toContain('Posted the scenario "A-F 8.00" as the Revaluation Journal');
    const { removed } = { removed: await removedRows() };
    await postLaterSales(wb, removed);
    expect((await costing(["adjust", wb])).code).toBe(0);
    const ves = (await readTable(wb, "Value Entries")).filter((v) => v["Item No."] === "FIFO-REVAL");
    const reval = ves.filter((v) => v["Entry Type"] === "Revaluation");
    expect(reval.map((v) => [v["Posting Date"], v["Valued Quantity"], v["Cost Amount (Actual)"]])).toEqual([
      ["2020-03-01", "4", "-8.00"],
    ]);
    const ileOf = new Map((await readTable(wb, "Item Ledger Entries")).map((e) => [e["Entry No."], e]));
    const costOf = (doc: string) =>
      ves
        .filter((v) => ileOf.get(v["Item Ledger Entry No."])?.["Document No."] === doc)
        .reduce((t, v) => t + Math.round(Number(v["Cost Amount (Actual)"]) * 100), 0) / 100;
    expect(["S13-A", "S13-B", "S13-C", "S13-D", "S13-E", "S13-F"].map(costOf)).toEqual([-10, -10, -8, -8, -8, -8]);
    const d = ves.filter((v) => ileOf.get(v["Item Ledger Entry No."])?.["Document No."] === "S13-D");
    expect(d.map((v) => v["Valuation Date"])).toEqual(["2020-03-01", "2020-03-01"]);

    // Posted: the others are stale now, the posted one says when it was posted.
    const after = await compare(wb);
    expect(after.map((s) => [s.name, s.stale, s.postedAt !== null])).toEqual([
      ["A-F 8.00", true, true],
      ["Ten per cent less", true, false],
      ["Last direct cost", true, false],
    ]);
    const again = await costing(["scenario", "post", wb, "--name", "A-F 8.00"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /The scenario "A-F 8\.00" was posted already on \S+ \(Posting Log, row 2\); nothing was posted\. Posting it again would revalue the inventory twice\./,
    );
  });

  it("posting a scenario equals posting the same journal: the same value entries and Posting Log checksum", async () => {
    const { wb } = await beforeRevaluation();
    const copy = path.join(await tempDir(), "copy");
    await cp(wb, copy, { recursive: true });

    expect((await add(wb, "A-F 8.00", "--unit-cost", "8")).code).toBe(0);
    expect((await costing(["scenario", "post", wb, "--name", "A-F 8.00"])).code).toBe(0);

    expect((await costing(["calc-value", copy, "--date", "2020-03-01", "--item", "FIFO-REVAL"])).code).toBe(0);
    await editJournal(copy, "FIFO-REVAL", "Unit Cost (Revalued)", 8);
    expect((await costing(["post", copy])).code).toBe(0);

    const files = (p: string) => snapshot(p).then((s) => s);
    const [a, b] = await Promise.all([files(wb), files(copy)]);
    expect(a["Value Entries.csv"]).toEqual(b["Value Entries.csv"]);
    expect(a["Item Ledger Entries.csv"]).toEqual(b["Item Ledger Entries.csv"]);
    const journal = async (p: string) => (await readTable(p, JOURNAL)).map((r) => ({ ...r }));
    expect(await journal(wb)).toEqual(await journal(copy));
    const log = async (p: string) => (await readTable(p, "Posting Log")).map(({ ["Posted At"]: _, ...rest }) => rest);
    expect(await log(wb)).toEqual(await log(copy));
  });

  it("a new sale makes the scenarios of its item stale: compare recalculates them, post refuses, refresh takes them again", async () => {
    const { wb } = await beforeRevaluation();
    expect((await add(wb, "A-F 8.00", "--unit-cost", "8")).code).toBe(0);
    const other = await costing([
      "scenario",
      "add",
      wb,
      "--name",
      "FIFO-PLAIN",
      "--date",
      "2023-12-31",
      "--item",
      "FIFO-PLAIN",
      "--percent",
      "-10",
    ]);
    expect(other.code).toBe(0);
    await postLaterSales(wb, await removedRows(), "S13-D", false); // D: 02-01, so on 03-01 three are left

    const all = await compare(wb);
    expect(all.map((s) => [s.name, s.stale, s.amount])).toEqual([
      ["A-F 8.00", true, "-6.00"],
      ["FIFO-PLAIN", false, "-5.10"],
    ]);
    const before = await snapshot(wb);
    const refused = await costing(["scenario", "post", wb, "--name", "A-F 8.00"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'The scenario "A-F 8.00" was calculated on the ledger as it was before: entries were posted since for its items; nothing was posted.',
    );
    expect(refused.stderr).toContain(`Run "costing scenario refresh ${wb} --name 'A-F 8.00'"`);
    expect(await snapshot(wb)).toEqual(before);

    const refreshed = await costing(["scenario", "refresh", wb, "--name", "A-F 8.00"]);
    expect(refreshed.stderr).toBe("");
    expect(refreshed.stdout).toMatch(/Revaluation amount:\s+-8\.00 -> -6\.00/);
    expect((await compare(wb)).map((s) => [s.name, s.stale])).toEqual([
      ["A-F 8.00", false],
      ["FIFO-PLAIN", false],
    ]);
    const scenarioRows = await readTable(wb, SCENARIOS);
    expect(scenarioRows.map((r) => [r["Scenario"], r["Quantity"], r["Unit Cost (Revalued)"], r["Amount"]])).toEqual([
      ["A-F 8.00", "3", "8.00000", "-6.00"],
      ["FIFO-PLAIN", "8", "5.73750", "-5.10"],
    ]);
    expect((await costing(["scenario", "post", wb, "--name", "A-F 8.00"])).code).toBe(0);
  });

  it("refuses what cannot be a scenario, writing nothing", async () => {
    const { wb } = await beforeRevaluation();
    const before = await snapshot(wb);
    const twice = await costing([
      "scenario",
      "add",
      wb,
      "--name",
      "x",
      "--date",
      "2020-03-01",
      "--percent",
      "-10",
      "--unit-cost",
      "8",
    ]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("Give one what-if for a scenario, not --percent, --unit-cost.");
    const nan = await add(wb, "x", "--percent", "ten");
    expect(nan.code).toBe(2);
    expect(nan.stderr).toContain('--percent "ten" is not a number.');
    const action = await costing(["scenario", "remove", wb]);
    expect(action.code).toBe(2);
    expect(action.stderr).toContain(
      '"remove" is not a scenario action. Give one of add, list, compare, refresh, post.',
    );
    const none = await costing(["scenario", "post", wb, "--name", "nope"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("has no revaluation scenarios yet");
    expect(await snapshot(wb)).toEqual(before);

    expect((await add(wb, "A-F", "--unit-cost", "8")).code).toBe(0);
    const taken = await add(wb, "a-f", "--unit-cost", "7");
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('There is a scenario "A-F" in Revaluation Scenarios already; nothing was written.');
    const unknown = await costing(["scenario", "post", wb, "--name", "B"]);
    expect(unknown.stderr).toContain(
      'Revaluation Scenarios has no scenario "B"; nothing was done. Its scenarios are: A-F.',
    );

    // A What-If typed wrong in the table: named by sheet, row, column and value.
    const g = await csvGrid(wb, SCENARIOS);
    g.grid[1][g.grid[0].indexOf("What-If")] = "Half";
    await writeCsvGrid(g);
    const bad = await costing(["scenario", "compare", wb]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /Revaluation Scenarios, row 2, column "What-If": "Half" is not a what-if this tool knows/,
    );
    // A percentage without its value: the empty cell named, and what to enter.
    g.grid[1][g.grid[0].indexOf("What-If")] = "Percent";
    g.grid[1][g.grid[0].indexOf("What-If Value")] = "";
    await writeCsvGrid(g);
    const empty = await costing(["scenario", "compare", wb]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain(
      'Revaluation Scenarios, row 2, column "What-If Value": the cell is empty. The What-If Percent needs the change ' +
        "in per cent, such as -10 there.",
    );
  });

  it("a scenario typed on its lines: the unit cost entered in the table is what compare and post use", async () => {
    const { wb } = await beforeRevaluation();
    expect((await add(wb, "Typed")).code).toBe(0);
    expect((await compare(wb))[0].amount).toBe("0.00");
    const g = await csvGrid(wb, SCENARIOS);
    g.grid[1][g.grid[0].indexOf("Unit Cost (Revalued)")] = "8";
    await writeCsvGrid(g);
    const [typed] = await compare(wb);
    expect([typed.amount, typed.items[0].inventoryAfter]).toEqual(["-8.00", "32.00"]);
    // Taken again on a later ledger, the typed unit cost stays on the line that takes its place.
    await postLaterSales(wb, await removedRows(), "S13-D", false);
    expect((await compare(wb))[0]).toMatchObject({ stale: true, amount: "-6.00" });
  });
});

describe("scenario list", () => {
  it("says where each scenario stands (current, stale, posted) without previewing or calculating any again", async () => {
    const { wb } = await beforeRevaluation();
    expect((await add(wb, "At 8", "--unit-cost", "8")).code).toBe(0);
    expect((await add(wb, "Ten per cent less", "--percent", "-10")).code).toBe(0);
    const plain = ["scenario", "add", wb, "--name", "Plain", "--date", "2023-12-31", "--item", "FIFO-PLAIN"];
    expect((await costing([...plain, "--percent", "-10"])).code).toBe(0);
    expect((await costing(["scenario", "post", wb, "--name", "At 8"])).code).toBe(0);
    const previews = jest.spyOn(preview, "previewRevaluation");
    const recalculations = jest.spyOn(scenarioEngine, "scenarioLines");
    try {
      const list = await costing(["scenario", "list", wb]);
      expect(list.stderr).toBe("");
      expect(list.code).toBe(0);
      expect(list.stdout).toMatch(/At 8\s+unit cost 8\.00\s+2020-03-01\s+1\s+-8\.00\s+posted \S+/);
      expect(list.stdout).toMatch(/Ten per cent less\s+per cent -10\s+2020-03-01\s+1\s+-4\.00\s+stale/);
      expect(list.stdout).toMatch(/Plain\s+per cent -10\s+2023-12-31\s+1\s+-5\.\d\d\s+current/);
      const json = await costing(["scenario", "list", wb, "--json"]);
      expect(
        JSON.parse(json.stdout).scenarios.map((s: ComparedJson) => [s.name, s.stale, s.postedAt !== null]),
      ).toEqual([
        ["At 8", true, true],
        ["Ten per cent less", true, false],
        ["Plain", false, false],
      ]);
      // Nothing previewed, no stale scenario taken again: compare does both.
      expect([previews.mock.calls.length, recalculations.mock.calls.length]).toEqual([0, 0]);
      expect((await costing(["scenario", "compare", wb])).code).toBe(0);
      expect(previews).toHaveBeenCalled();
      expect(recalculations).toHaveBeenCalled();
    } finally {
      previews.mockRestore();
      recalculations.mockRestore();
    }
  });
});

describe("what makes a scenario stale, and what refresh keeps", () => {
  it("an item typed in small letters: the scenario is of the ledger's FIFO-REVAL, stale after its post", async () => {
    const { wb } = await beforeRevaluation();
    const lower = ["scenario", "add", wb, "--name", "lower", "--date", "2020-03-01", "--item", "fifo-reval"];
    expect((await costing([...lower, "--percent", "-10"])).code).toBe(0);
    expect((await add(wb, "At 8", "--unit-cost", "8")).code).toBe(0);
    expect((await readTable(wb, SCENARIOS))[0]["Item Filter"]).toBe("FIFO-REVAL");
    expect((await costing(["scenario", "post", wb, "--name", "At 8"])).code).toBe(0);
    const [first] = await compare(wb);
    // Taken again on 8.00: ten per cent less is 7.20 on the 4 pieces.
    expect(first).toMatchObject({ name: "lower", stale: true, amount: "-3.20" });
    expect((await costing(["scenario", "post", wb, "--name", "lower"])).code).toBe(1);
  });

  it("a cost changed in place in Value Entries (no entry added) makes it stale", async () => {
    const { wb } = await beforeRevaluation();
    expect((await add(wb, "At 8", "--unit-cost", "8")).code).toBe(0);
    const ve = await csvGrid(wb, "Value Entries");
    const cost = ve.grid[0].indexOf("Cost Amount (Actual)");
    ve.grid.find((r) => r[0] === "30")![cost] = "66.00"; // the purchase of 6: 11.00 each
    await writeCsvGrid(ve);
    expect((await compare(wb))[0]).toMatchObject({ stale: true, amount: "-12.00" });
  });

  it("refresh keeps a unit cost typed on the rows of any what-if", async () => {
    const { wb } = await beforeRevaluation();
    expect((await add(wb, "At 4", "--unit-cost", "4")).code).toBe(0);
    const g = await csvGrid(wb, SCENARIOS);
    g.grid[1][g.grid[0].indexOf("Unit Cost (Revalued)")] = "3";
    await writeCsvGrid(g);
    await postLaterSales(wb, await removedRows(), "S13-D", false);
    expect((await compare(wb))[0]).toMatchObject({ stale: true, amount: "-21.00" }); // 3 left, 10.00 -> 3.00
    expect((await costing(["scenario", "refresh", wb, "--name", "At 4"])).code).toBe(0);
    expect((await readTable(wb, SCENARIOS))[0]["Unit Cost (Revalued)"]).toBe("3.00000");
  });

  it("--base in any case: the Items table's Standard Cost or Last Direct Cost", async () => {
    const { wb } = await beforeRevaluation();
    expect((await add(wb, "Standard", "--base", "Standard-Cost")).code).toBe(0);
    expect((await add(wb, "Last direct", "--base", " last-direct-cost ")).code).toBe(0);
    const rows = await readTable(wb, SCENARIOS);
    expect(rows.map((r) => [r["Scenario"], r["What-If"], r["Unit Cost (Revalued)"]])).toEqual([
      ["Standard", "Standard Cost", "0.00000"], // FIFO-REVAL's Standard Cost, 0.00
      ["Last direct", "Last Direct Cost", "10.00000"],
    ]);
  });

  it("a change below -100 % is refused with its reason (exit 1), not an internal error", async () => {
    const { wb } = await beforeRevaluation();
    const r = await add(wb, "x", "--percent", "-150");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "A change of -150 % would make the unit costs negative. Give a change of -100 % or more.",
    );
    const neg = await add(wb, "x", "--unit-cost", "-5");
    expect(neg.code).toBe(2);
    expect(neg.stderr).toContain('--unit-cost "-5" is negative. Give a unit cost of 0 or more.');
  });

  it("the engine's refusals of a recipe are said in the user's language (--lang de)", async () => {
    const { wb } = await beforeRevaluation();
    const below = await costing(["--lang", "de", ...addArgs(wb, "x", "--percent", "-150.5")]);
    expect(below.code).toBe(1);
    expect(below.stderr).toContain(
      "Fehler: Eine Änderung um -150,5 % würde die Einstandspreise negativ machen. Geben Sie eine Änderung von " +
        "-100 % oder mehr an.",
    );
    const perEntry = await costing(["--lang", "de", ...addArgs(wb, "x", "--base", "standard-cost", "--per", "entry")]);
    expect(perEntry.code).toBe(1);
    expect(perEntry.stderr).toContain(
      "Fehler: Ein Szenario aus dem Einstandspreis (fest) des Artikels wird pro Artikel berechnet: Berechnen pro " +
        "Artikelposten nimmt keine Berechnungsgrundlage.",
    );
  });

  it("a journal not posted yet is replaced only with --replace; a posted journal is no scenario", async () => {
    const { wb } = await beforeRevaluation();
    expect((await add(wb, "At 8", "--unit-cost", "8")).code).toBe(0);
    expect((await costing(["calc-value", wb, "--date", "2020-03-01", "--item", "FIFO-REVAL"])).code).toBe(0);
    const before = await snapshot(wb);
    const blocked = await costing(["scenario", "post", wb, "--name", "At 8"]);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain(`or post the scenario with --replace to discard it.`);
    expect(await snapshot(wb)).toEqual(before);
    expect((await costing(["scenario", "post", wb, "--name", "At 8", "--replace"])).code).toBe(0);
    const fromPosted = await costing(["scenario", "add", wb, "--name", "again", "--from-journal"]);
    expect(fromPosted.code).toBe(1);
    expect(fromPosted.stderr).toContain("The Revaluation Journal was posted already; nothing was written.");
  });

  it("--from-journal: the journal's lines as they stand, typed unit cost and all", async () => {
    const { wb } = await beforeRevaluation();
    expect((await costing(["calc-value", wb, "--date", "2020-03-01", "--item", "FIFO-REVAL"])).code).toBe(0);
    await editJournal(wb, "FIFO-REVAL", "Unit Cost (Revalued)", 8);
    const added = await costing(["scenario", "add", wb, "--name", "From the journal", "--from-journal"]);
    expect(added.code).toBe(0);
    expect((await compare(wb))[0]).toMatchObject({ whatIf: "Calculated", amount: "-8.00", stale: false });
  });
});

describe("revaluation scenarios in an .xlsx workbook", () => {
  it("added, compared and posted: the scenarios' sheet, and the post as the journal's", async () => {
    const wb = await sampleCopy("xlsx");
    expect((await costing(["adjust", wb])).code).toBe(0);
    const add = (name: string, ...what: string[]) =>
      costing(["scenario", "add", wb, "--name", name, "--date", "2023-03-05", "--item", "FIFO-PLAIN", ...what]);
    expect((await add("Ten per cent less", "--percent", "-10")).code).toBe(0);
    expect((await add("At 5.00", "--unit-cost", "5")).code).toBe(0);
    expect((await readTable(wb, SCENARIOS)).map((r) => [r["Scenario"], r["What-If"], r["Amount"]])).toEqual([
      ["Ten per cent less", "Percent", "-11"],
      ["At 5.00", "Unit Cost", "-10"],
    ]);
    const all = await compare(wb);
    expect(all.map((s) => [s.name, s.amount, s.inventoryBefore, s.inventoryAfter])).toEqual([
      ["Ten per cent less", "-11.00", "577.00", "566.00"],
      ["At 5.00", "-10.00", "577.00", "567.00"],
    ]);
    const posted = await costing(["scenario", "post", wb, "--name", "At 5.00"]);
    expect(posted.stderr).toBe("");
    expect(posted.stdout).toMatch(/Revaluation entries:\s+1 \(entry no\. 70\.\.70\), amount -10\.00/);
    const journal = await readTable(wb, JOURNAL);
    expect(journal.map((r) => [r["Item No."], r["Unit Cost (Revalued)"], r["Posted"]])).toEqual([
      ["FIFO-PLAIN", "5", "Yes"],
    ]);
    expect((await compare(wb)).map((s) => [s.name, s.stale, s.postedAt !== null])).toEqual([
      ["Ten per cent less", true, false],
      ["At 5.00", true, true],
    ]);
  });
});

/** The rows beforeRevaluation removes, read from the bundled sample. */
async function removedRows(): Promise<Removed> {
  const wb = await sampleCopy("csv");
  const ve = await csvGrid(wb, "Value Entries");
  const ile = await csvGrid(wb, "Item Ledger Entries");
  return {
    ve: ve.grid.filter((r) => LATER_VE.includes(r[0])),
    ile: ile.grid.filter((r) => LATER_ILE.includes(r[0])),
  };
}
