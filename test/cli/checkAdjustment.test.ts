// `costing check` tells whether Adjust Cost has work left, from the Avg. Cost Adjmt. Entry Points.
import path from "node:path";
import { costing, removeTemps, sampleCopy, tempDir } from "./helpers";

afterAll(removeTemps);

test("before adjust: periods not adjusted, with the earliest; after adjust: all adjusted", async () => {
  const wb = await sampleCopy("csv");
  const before = await costing(["check", wb]);
  expect(before.code).toBe(0);
  expect(before.stdout).toMatch(
    /Cost adjustment \(Avg\. Cost Adjmt\. Entry Points\)\n\s+\d+ entry points of \d+ not adjusted, for 9 items \(earliest: item [A-Z-]+, \d{4}-\d{2}-\d{2}\)\./,
  );

  const out = path.join(await tempDir(), "adjusted");
  expect((await costing(["adjust", wb, "--out", out])).code).toBe(0);
  const after = await costing(["check", out]);
  expect(after.stdout).toMatch(/All \d+ entry points adjusted: costing adjust would post nothing\./);
});
