// Nothing lost on append (issue 9): a Value Entries table without the columns that say what an adjustment is
// would read the appended rows back as postings, and a second Adjust Cost would adjust again. costing adjust
// refuses, writes nothing and names the columns to add; with the header cells added, a second run creates nothing.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { costing, removeTemps, sampleCopy } from "./helpers";

afterAll(removeTemps);

const DROPPED = ["Adjustment", "Applies-to Entry"];

/** The sample with the Value Entries columns named dropped, as a thin export would have it. */
async function thinSample(): Promise<{ dir: string; file: string }> {
  const dir = await sampleCopy("csv");
  const file = path.join(dir, "Value Entries.csv");
  const [header, ...rows] = (await readFile(file, "utf8")).trimEnd().split(/\r?\n/);
  const names = header.split(",");
  const keep = names.map((n, i) => (DROPPED.includes(n) ? -1 : i)).filter((i) => i >= 0);
  const cut = (line: string) => keep.map((i) => line.split(",")[i]).join(",");
  await writeFile(file, [cut(header), ...rows.map(cut)].join("\n") + "\n");
  return { dir, file };
}

test("adjust refuses to append adjustments that would read back as postings, and writes nothing", async () => {
  const { dir, file } = await thinSample();
  const before = await readFile(file, "utf8");
  const r = await costing(["adjust", dir]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('Value Entries has no column "Adjustment", so the 17 new value entries cannot be written');
  expect(r.stderr).toContain('Add the column "Adjustment" to the Value Entries table');
  expect(await readFile(file, "utf8")).toBe(before);
});

test("with the header cell added (the rows below blank), adjust appends and a second adjust creates nothing", async () => {
  const { dir, file } = await thinSample();
  const [header, ...rows] = (await readFile(file, "utf8")).trimEnd().split("\n");
  await writeFile(file, [`${header},Adjustment`, ...rows.map((r) => `${r},`)].join("\n") + "\n");
  const first = await costing(["adjust", dir]);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain("Value entries created: 17");
  const second = await costing(["adjust", dir]);
  expect(second.stdout).toContain("Nothing to adjust");
});
