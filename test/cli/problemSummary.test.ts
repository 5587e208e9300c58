// A replay that finds many contradictions of one kind says so once, with the count, the first rows and what to do
// (issue 9 §2): costing check and the commands' warnings; "check --all" still lists every row.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { costing, removeTemps, sampleCopy } from "./helpers";

afterAll(removeTemps);

/** The sample with every item ledger entry's Open flag turned round: 44 contradictions of one kind. */
async function contradictingSample(): Promise<string> {
  const dir = await sampleCopy("csv");
  const file = path.join(dir, "Item Ledger Entries.csv");
  const [header, ...rows] = (await readFile(file, "utf8")).trimEnd().split(/\r?\n/);
  const open = header.split(",").indexOf("Open");
  const flipped = rows.map((r) =>
    r
      .split(",")
      .map((c, i) => (i !== open ? c : c === "Yes" ? "No" : "Yes"))
      .join(","),
  );
  await writeFile(file, [header, ...flipped].join("\n") + "\n");
  return dir;
}

test("check says a kind of problem found on many rows once, with its count and first rows", async () => {
  const dir = await contradictingSample();
  const r = await costing(["check", dir]);
  const lines = r.stdout
    .split("\n")
    .filter((l) => l.includes("column Open") || l.includes("Item Ledger Entries, Open"));
  expect(lines).toEqual([
    `  Warning: Item Ledger Entries, Open: 44 rows where the ledger's value differs from what replaying the ledger ` +
      `gives; the ledger's values are kept. Check that the export holds every entry of these items; a missing entry ` +
      `changes what is derived. First rows: 2, 3, 4, 5, 6, ... ("costing check ${dir} --all" lists every row).`,
  ]);
  const all = await costing(["check", dir, "--all"]);
  expect(all.stdout.split("\n").filter((l) => l.includes(`, column "Open": the ledger says`)).length).toBe(44);
});

test("adjust prints the same summary among its warnings", async () => {
  const dir = await contradictingSample();
  const r = await costing(["adjust", dir]);
  expect(r.code).toBe(0);
  expect(r.stderr.split("\n").filter((l) => l.startsWith("Warning: Item Ledger Entries, Open: 44 rows"))).toHaveLength(
    1,
  );
});
