// A journal posts once per ledger state: a journal posted once, made to look new again (Posted set back to
// No and another Document No., or the Posting Log deleted), is refused because its Inventory Value
// (Calculated) is no longer what Calculate Inventory Value gives; a journal calculated again posts.
import { rm } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { type Kind, costing, editJournal, removeTemps, sampleCopy, snapshot } from "./helpers";

afterAll(removeTemps);

const DATE = "2023-12-31";

async function valueOf(wb: string, itemNo: string): Promise<string> {
  const r = await costing(["valuation", wb, "--date", DATE, "--json"]);
  return JSON.parse(r.stdout).rows.find((row: { itemNo: string }) => row.itemNo === itemNo).value;
}

/** The sample with FIFO-PLAIN revalued from 51.00 to 40.00 (Unit Cost (Revalued) 5 on 8 pieces). */
async function postedOnce(kind: Kind): Promise<string> {
  const wb = await sampleCopy(kind);
  expect((await costing(["calc-value", wb, "--date", DATE, "--item", "FIFO-PLAIN"])).code).toBe(0);
  await editJournal(wb, "FIFO-PLAIN", "Unit Cost (Revalued)", 5);
  expect((await costing(["post", wb])).code).toBe(0);
  expect(await valueOf(wb, "FIFO-PLAIN")).toBe("40.00");
  return wb;
}

async function deletePostingLog(wb: string): Promise<void> {
  if (!wb.endsWith(".xlsx")) return rm(path.join(wb, "Posting Log.csv"));
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(wb);
  book.removeWorksheet(book.getWorksheet("Posting Log")!.id);
  await book.xlsx.writeFile(wb);
}

/** The refusal of a journal calculated on the ledger as it was before the first post. */
function expectStale(r: { code: number; stderr: string }, wb: string, verb: "posted" | "previewed"): void {
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(`nothing was ${verb}`);
  expect(r.stderr).toContain("Calculate Inventory Value");
  expect(r.stderr).toMatch(
    /Revaluation Journal, row 2, column "Inventory Value \(Calculated\)": "51(\.00)?" .*item FIFO-PLAIN.*51\.00.*40\.00 now/,
  );
  expect(r.stderr).toContain(`"costing calc-value ${wb} --date ${DATE} --replace"`);
}

describe.each<Kind>(["csv", "xlsx"])("a journal posts once per ledger state (%s)", (kind) => {
  it("Posted set back to No and another Document No.: refused, nothing written, the value stays 40.00", async () => {
    const wb = await postedOnce(kind);
    await editJournal(wb, "FIFO-PLAIN", "Posted", "No");
    await editJournal(wb, "FIFO-PLAIN", "Document No.", "REVAL-AGAIN");
    const before = await snapshot(wb);
    expectStale(await costing(["preview", wb]), wb, "previewed");
    expectStale(await costing(["post", wb]), wb, "posted");
    expect(await snapshot(wb)).toEqual(before);
    expect(await valueOf(wb, "FIFO-PLAIN")).toBe("40.00");
  });

  it("the Posting Log deleted (Posted No, another Document No.): refused the same way", async () => {
    const wb = await postedOnce(kind);
    await deletePostingLog(wb);
    await editJournal(wb, "FIFO-PLAIN", "Posted", "No");
    await editJournal(wb, "FIFO-PLAIN", "Document No.", "REVAL-AGAIN");
    const before = await snapshot(wb);
    expectStale(await costing(["post", wb]), wb, "posted");
    expect(await snapshot(wb)).toEqual(before);
    expect(await valueOf(wb, "FIFO-PLAIN")).toBe("40.00");
  });

  it("calculated again on the new ledger, the journal posts (40.00 to 32.00)", async () => {
    const wb = await postedOnce(kind);
    const calc = await costing(["calc-value", wb, "--date", DATE, "--item", "FIFO-PLAIN"]);
    expect(calc.stdout).toMatch(/Inventory Value \(Calculated\):\s+40\.00/);
    await editJournal(wb, "FIFO-PLAIN", "Unit Cost (Revalued)", 4);
    const posted = await costing(["post", wb]);
    expect(posted.stderr).toBe("");
    expect(posted.code).toBe(0);
    expect(await valueOf(wb, "FIFO-PLAIN")).toBe("32.00");
  });
});
