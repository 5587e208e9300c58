// Item numbers in any case (issue 11): Business Central keeps Code fields in capitals and a controller types
// "avg-day" for AVG-DAY; the command line answers for the item as the ledger spells it, as the COSTING functions
// do (one rule: ledgerItemNo in the engine); location codes likewise. A number that is no item in any case is still
// refused.
import { costing, removeTemps, sampleCopy } from "./helpers";

afterAll(removeTemps);

test.each(["avgcost", "explain"])("%s --item avg-day answers as for AVG-DAY", async (cmd) => {
  const wb = await sampleCopy("csv");
  const upper = await costing([cmd, wb, "--item", "AVG-DAY", "--date", "2023-02-01"]);
  const lower = await costing([cmd, wb, "--item", "avg-day", "--date", "2023-02-01"]);
  expect(upper.code).toBe(0);
  expect(lower).toEqual(upper);
  expect(lower.stdout).toContain("AVG-DAY");
});

test("calc-value --item fifo-plain calculates FIFO-PLAIN's line", async () => {
  const wb = await sampleCopy("csv");
  const r = await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "fifo-plain"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Items:\s+1 \(FIFO-PLAIN\)/);
});

test("an item number that is no item in any case is still refused", async () => {
  const wb = await sampleCopy("csv");
  const r = await costing(["avgcost", wb, "--item", "no-such-item", "--date", "2023-02-01"]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain("Item no-such-item has no entries");
});

test("calc-value --location red revalues FIFO-PLAIN at RED, as --location RED does (one rule: ledgerCode)", async () => {
  const wb = await sampleCopy("csv");
  const r = await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "fifo-plain", "--location", "red"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^\s+FIFO-PLAIN\s+RED\s+3\s+7\.00\s+21\.00\s+7\.00$/m);
});
