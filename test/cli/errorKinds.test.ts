// The engine's word for the user (LedgerError) is an input problem, exit 1; any other error is a fault of the
// tool, exit 3 — never passed off as something wrong in the workbook.
import { LedgerError } from "../../src/engine/model";
import { services as real } from "../../src/cli/wiring";
import type { CostingServices } from "../../src/cli/services";
import { SAMPLE_CSV, costing } from "./helpers";

const failingWith = (err: Error): CostingServices => ({
  ...real,
  averageCostAt: () => {
    throw err;
  },
});
const avgcost = ["avgcost", SAMPLE_CSV, "--item", "AVG-DAY", "--date", "2023-01-01"];

test("a LedgerError from the engine: exit 1 with its message", async () => {
  const r = await costing(avgcost, {
    services: failingWith(new LedgerError("Item X has no entries. Check the item number.")),
  });
  expect(r.code).toBe(1);
  expect(r.stderr).toBe("costing avgcost: Item X has no entries. Check the item number.\n");
});

test("any other error: exit 3, reported as a fault of the tool", async () => {
  const r = await costing(avgcost, { services: failingWith(new TypeError("x is undefined")) });
  expect(r.code).toBe(3);
  expect(r.stderr).toContain("internal error: x is undefined");
  expect(r.stderr).toContain("not in your workbook");
});
