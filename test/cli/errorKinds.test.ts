// The engine's word for the user (LedgerError) is an input problem, exit 1; any other error is a fault of the
// tool, exit 3 — never passed off as something wrong in the workbook. The errors are thrown from the workbook
// opened (the real one, its reading replaced), as a command runs.
import { LedgerError } from "../../src/engine/model";
import { openWorkbook as realOpen } from "../../src/cli/wiring";
import type { RunOptions } from "../../src/cli/main";
import { costing, removeTemps, sampleCopy } from "./helpers";

const failingWith = (err: Error): RunOptions => ({
  openWorkbook: async (p, writes) => {
    const wb = await realOpen(p, writes);
    const readTable = () => Promise.reject(err);
    return { ...wb, port: Object.assign(Object.create(wb.port) as typeof wb.port, { readTable }) };
  },
});
// A copy of the sample: the sample folder itself may be locked by a test running beside.
let wb: string;
beforeAll(async () => {
  wb = await sampleCopy("csv");
});
afterAll(removeTemps);
const avgcost = () => ["avgcost", wb, "--item", "AVG-DAY", "--date", "2023-01-01"];

test("a LedgerError from the engine: exit 1 with its message", async () => {
  const r = await costing(avgcost(), failingWith(new LedgerError("Item X has no entries. Check the item number.")));
  expect(r.code).toBe(1);
  expect(r.stderr).toBe("costing avgcost: Item X has no entries. Check the item number.\n");
});

test("any other error: exit 3, reported as a fault of the tool", async () => {
  const r = await costing(avgcost(), failingWith(new TypeError("x is undefined")));
  expect(r.code).toBe(3);
  expect(r.stderr).toContain("internal error: x is undefined");
  expect(r.stderr).toContain("not in your workbook");
});

test("the engine's own LedgerError (an item with no entries): exit 1 with its message", async () => {
  const r = await costing(["avgcost", wb, "--item", "NO-SUCH-ITEM", "--date", "2023-01-01"]);
  expect(r.code).toBe(1);
  expect(r.stderr).toBe(
    "costing avgcost: Item NO-SUCH-ITEM has no entries in Item Ledger Entries. Check the item number.\n",
  );
});
