// The costing method of every item, as the use cases load the ledger (loadLedger over any port): from the Items
// table, or the one chosen explicitly for the items it gives none; never FIFO on a guess. The engine refuses an
// item it is not given; a Calculation Base whose Items column is not there proposes nothing; the COSTING
// functions answer with an error, not a number.
import { calculateInventoryValue, dec, replayLedger, type LedgerInput } from "../../src/engine";
import { loadQueries } from "../../src/functions/workbookLedger";
import { CellError } from "../../src/functions/cells";
import { loadLedger } from "../../src/workbook/useCases";
import { MemoryPort, sampleSheets, type Sheet } from "./memoryPort";

/** The sample sheets with these Items rows (header first), or without an Items table (null). */
function withItems(rows: (string | number | null)[][] | null): Sheet[] {
  const sheets = sampleSheets().filter((s) => s.name !== "Items");
  return rows ? [...sheets, { name: "Items", rows }] : sheets;
}

const errors = (problems: readonly { severity: string; message: string }[]) =>
  problems.filter((p) => p.severity === "error").map((p) => p.message);

describe("loadLedger: an item without a costing method", () => {
  test("no Costing Method column: an error naming the table and the item, no ledger", async () => {
    const loaded = await loadLedger(
      new MemoryPort(
        withItems([
          ["No.", "Description"],
          ["1000", "Bicycle"],
        ]),
      ),
    );
    expect(loaded.ledger).toBeNull();
    expect(loaded.costingMethods).toEqual({ missing: ["1000"] });
    expect(errors(loaded.problems)).toEqual([
      'Items: the column "Costing Method" is missing, so the costing method of 1 item of the ledger is not known ' +
        "(1000); nothing is costed on a guess. In Business Central open Items, choose Personalize, add the Costing " +
        "Method column (hidden by default on the Item List), and export again, or add a Costing Method column to " +
        "the Items table by hand (a header with the costing method on each item's row; a column under another " +
        "header can be mapped in the task pane's Ledger step, Map columns).",
    ]);
    expect(loaded.problems[0].source).toEqual({ table: "Items", row: 1, column: "Costing Method" });
  });

  test("the front end's words for choosing one end the message", async () => {
    const port = new MemoryPort(withItems(null));
    const how = { key: "costingMethod.chooseOnCommandLine", params: { methods: "FIFO|Average" } };
    const loaded = await loadLedger(port, { howToChoose: how });
    expect(errors(loaded.problems)).toHaveLength(1);
    expect(errors(loaded.problems)[0]).toMatch(/^The workbook has no Items table, so the costing method of 1 item/);
    expect(errors(loaded.problems)[0]).toMatch(/ Or cost them all with one costing method: run the command again with --costing-method FIFO\|Average\.$/);
  });

  test("chosen explicitly: the items without one take it, the others keep theirs, and it is said", async () => {
    const sheets = withItems([
      ["No.", "Costing Method"],
      ["1000", null],
      ["2000", "FIFO"],
    ]);
    const d = new Date("2020-01-20T00:00:00Z");
    sheets[0].rows.push(
      [3, "2000", d, "Purchase", "P-2", "", 1, 1, 1, "Yes"],
      [4, "3000", d, "Purchase", "P-3", "", 1, 1, 1, "Yes"],
    );
    const refused = await loadLedger(new MemoryPort(sheets));
    expect(errors(refused.problems)).toEqual([
      expect.stringMatching(
        /^Items, column "Costing Method": the cell is empty for 1 item of the ledger \(1000 \(row 2\)\)/,
      ),
      expect.stringMatching(/^Items: 1 item of the ledger is not in the Items table \(3000\)/),
    ]);
    const loaded = await loadLedger(new MemoryPort(sheets), { defaultCostingMethod: "LIFO" });
    expect(errors(loaded.problems)).toEqual([]);
    expect(loaded.costingMethods).toEqual({ missing: ["1000", "3000"], chosen: "LIFO" });
    const methods = [...loaded.ledger!.items.values()].map((i) => [i.no, i.costingMethod]);
    expect(methods.sort()).toEqual([
      ["1000", "LIFO"],
      ["2000", "FIFO"],
      ["3000", "LIFO"],
    ]);
  });

  test("many items: the count and the first ten", async () => {
    const sheets = withItems(null);
    const d = new Date("2020-01-20T00:00:00Z");
    for (let i = 0; i < 14; i++) sheets[0].rows.push([10 + i, `X${10 + i}`, d, "Purchase", "P", "", 1, 1, 1, "Yes"]);
    const [message] = errors((await loadLedger(new MemoryPort(sheets))).problems);
    expect(message).toContain("the costing method of 15 items of the ledger is not known (1000, X10, X11, X12, X13");
    expect(message).toContain("X18, ... (5 more))");
  });

  test("an item listed without a costing method and without entries is left out, not an error", async () => {
    const loaded = await loadLedger(
      new MemoryPort(
        withItems([
          ["No.", "Costing Method"],
          ["1000", "Average"],
          ["9999", ""],
        ]),
      ),
    );
    expect(errors(loaded.problems)).toEqual([]);
    expect([...loaded.ledger!.items.keys()]).toEqual(["1000"]);
  });

  test("Standard chosen: refused without the Standard Cost, costed with it", async () => {
    const without = await loadLedger(new MemoryPort(withItems([["No."], ["1000"]])), {
      defaultCostingMethod: "Standard",
    });
    expect(errors(without.problems)).toEqual([
      expect.stringMatching(/^Standard was chosen .* gives no Standard Cost for 1 item of them \(1000\)/),
    ]);
    const withCost = await loadLedger(
      new MemoryPort(
        withItems([
          ["No.", "Standard Cost"],
          ["1000", 10],
        ]),
      ),
      {
        defaultCostingMethod: "Standard",
      },
    );
    expect(errors(withCost.problems)).toEqual([]);
    expect(withCost.ledger!.items.get("1000")!.costingMethod).toBe("Standard");
  });

  test("Standard Cost and Last Direct Cost: null when not given, never 0", async () => {
    const loaded = await loadLedger(
      new MemoryPort(
        withItems([
          ["No.", "Costing Method", "Standard Cost"],
          ["1000", "Average", null],
        ]),
      ),
    );
    expect(loaded.ledger!.items.get("1000")).toMatchObject({ standardCost: null, lastDirectCost: null });
    const zero = await loadLedger(
      new MemoryPort(
        withItems([
          ["No.", "Costing Method", "Standard Cost"],
          ["1000", "Average", 0],
        ]),
      ),
    );
    expect(zero.ledger!.items.get("1000")!.standardCost).toBe(dec(0));
  });
});

describe("the engine never assumes a costing method", () => {
  test("an item of the entries that the input does not list is an error", async () => {
    const { input } = await loadLedger(new MemoryPort(sampleSheets()));
    const bare: LedgerInput = { ...input!, items: [] };
    const r = replayLedger(bare);
    expect(r.ledger).toBeNull();
    expect(r.problems.map((p) => p.message)).toEqual([
      'Item Ledger Entries, row 3, column "Item No.": item 1000 is not in the Items given, so the costing method is ' +
        "not known; nothing is costed on a guess. Give every item of the ledger its costing method (Items: No. and " +
        "Costing Method).",
    ]);
  });

  test("Calculation Base Last Direct Unit Cost without the item's Last Direct Cost: refused, naming the column", async () => {
    const { ledger } = await loadLedger(
      new MemoryPort(
        withItems([
          ["No.", "Costing Method"],
          ["1000", "FIFO"],
        ]),
      ),
    );
    const options = { postingDate: "2020-01-31", documentNo: "R", calculatePer: "Item" as const };
    const r = calculateInventoryValue(ledger!, { ...options, calculationBase: "Last Direct Unit Cost" });
    expect(r.lines).toEqual([]);
    expect(r.refusals.map((p) => p.message)).toEqual([
      expect.stringMatching(/^The Items table gives no Last Direct Cost for item 1000 \(no "Last Direct Cost" column/),
    ]);
    expect(calculateInventoryValue(ledger!, options).lines).toHaveLength(1);
  });
});

describe("the COSTING functions", () => {
  test("a workbook without Costing Method: #N/A with the message, no number", async () => {
    const port = new MemoryPort(withItems([["No."], ["1000"]]));
    const failed = await loadQueries(port).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(CellError);
    expect((failed as CellError).code).toBe("#N/A");
    expect((failed as CellError).message).toMatch(
      /^The ledger in this workbook cannot be costed: 1 problem, the first: Items: the column "Costing Method" is missing/,
    );
    expect((failed as CellError).message).toContain("nothing is costed on a guess");
    expect((failed as CellError).message).not.toContain("Or cost them all");
  });

  test("a workbook without Items: #N/A, not FIFO's numbers", async () => {
    const failed = await loadQueries(new MemoryPort(withItems(null))).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(CellError);
    expect((failed as CellError).message).toContain("The workbook has no Items table, so the costing method of 1 item");
  });
});
