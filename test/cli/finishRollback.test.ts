// costing post --finish and --rollback: the two ways out of an interrupted post (value entries appended, no
// Posting Log row), as the task pane's Post step offers them. Finishing leaves the workbook as the post would
// have; rolling back leaves it as it was before, and the journal then posts as it would have.
import { costing, outPathFor, readTable, removeTemps, snapshot, type Kind, type Row } from "./helpers";
import { interruptedPost, journalToPost } from "./interruptedPost";

afterAll(removeTemps);

const TABLES = ["Value Entries", "Revaluation Journal", "Items", "Item Ledger Entries"];

/** The workbook's tables as the user sees them (the Posting Log without its time stamp). */
async function tables(wb: string): Promise<Record<string, Row[]>> {
  const all: Record<string, Row[]> = {};
  for (const t of TABLES) all[t] = await readTable(wb, t);
  all["Posting Log"] = (await readTable(wb, "Posting Log")).map(({ ["Posted At"]: _at, ...rest }) => rest);
  return all;
}

/** The same journal, posted without interruption: what finishing must give. */
async function posted(kind: Kind): Promise<Record<string, Row[]>> {
  const wb = await journalToPost(kind);
  expect((await costing(["post", wb])).code).toBe(0);
  return tables(wb);
}

describe.each<Kind>(["csv", "xlsx"])("%s", (kind) => {
  it("post refuses an interrupted post and names both commands", async () => {
    const { wb } = await interruptedPost(kind);
    const r = await costing(["post", wb]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("was interrupted");
    expect(r.stderr).toContain(`Finish the post with "costing post ${wb} --finish"`);
    expect(r.stderr).toContain(`roll it back with "costing post ${wb} --rollback"`);
  });

  it("--finish completes it: the workbook as the post would have left it", async () => {
    const { wb } = await interruptedPost(kind);
    const r = await costing(["post", wb, "--finish"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain(`Finished the interrupted post of the Revaluation Journal: ${wb}`);
    expect(r.stdout).toMatch(
      /Value entries posted: +\d+\.\.\d+ \(appended by the interrupted post; 4 revaluation entries, amount -14\.00\)/,
    );
    expect(r.stdout).toContain("Adjustment entries:       none more");
    expect(r.stdout).toContain("The journal is marked Posted.");
    expect(await tables(wb)).toEqual(await posted(kind));

    const again = await costing(["post", wb]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("was posted already");
    expect((await costing(["post", wb, "--finish"])).stderr).toContain("There is nothing to finish");
  });

  it("--finish of a post stopped before Adjust Cost runs it, as the post would have", async () => {
    const { wb } = await interruptedPost(kind, "revaluations");
    const r = await costing(["post", wb, "--finish"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toMatch(
      /Adjustment entries: +\d+ \(entry no\. \d+(\.\.\d+)?\), amount \S+ \(Adjust Cost - Item Entries\)/,
    );
    expect(await tables(wb)).toEqual(await posted(kind));
  });

  it("--finish --no-adjust leaves Adjust Cost to the next costing adjust", async () => {
    const { wb } = await interruptedPost(kind, "revaluations");
    const entries = (await readTable(wb, "Value Entries")).length;
    const r = await costing(["post", wb, "--finish", "--no-adjust"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Adjust Cost:              not run (--no-adjust)");
    expect(await readTable(wb, "Value Entries")).toHaveLength(entries);
    expect(await readTable(wb, "Posting Log")).toHaveLength(1);
    expect((await costing(["adjust", wb])).code).toBe(0);
    const reference = await posted(kind);
    expect((await tables(wb))["Value Entries"]).toEqual(reference["Value Entries"]);
  });

  it("--rollback deletes what it appended: the workbook as before, and the journal posts as it would have", async () => {
    const { wb, before } = await interruptedPost(kind);
    const r = await costing(["post", wb, "--rollback"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain(`Rolled back the interrupted post of the Revaluation Journal: ${wb}`);
    expect(r.stdout).toMatch(/Value entries deleted: +\d+ \(entry no\. \d+\.\.\d+, appended by the interrupted post/);
    if (kind === "csv") expect(await snapshot(wb)).toEqual(before);
    expect((await costing(["check", wb])).code).toBe(0);
    expect((await costing(["post", wb])).code).toBe(0);
    expect(await tables(wb)).toEqual(await posted(kind));
  });

  it("--finish refuses a post of which only part was written, and says to roll it back; nothing written", async () => {
    const { wb } = await interruptedPost(kind, "part");
    const snap = await snapshot(wb);
    const r = await costing(["post", wb, "--finish"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Only part of its revaluation entries were written");
    expect(r.stderr).toContain(`roll it back with "costing post ${wb} --rollback"`);
    expect(r.stderr).toContain("It cannot be finished; nothing was written.");
    expect(await snapshot(wb)).toEqual(snap);

    expect((await costing(["post", wb, "--rollback"])).code).toBe(0);
    expect((await costing(["post", wb])).code).toBe(0);
    expect(await tables(wb)).toEqual(await posted(kind));
  });

  it("with --out, the result goes there and the workbook is left as it is", async () => {
    for (const how of ["--finish", "--rollback"]) {
      const { wb } = await interruptedPost(kind);
      const snap = await snapshot(wb);
      const out = outPathFor(wb, kind);
      const r = await costing(["post", wb, how, "--out", out]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`${out} (${wb} is unchanged)`);
      expect(await snapshot(wb)).toEqual(snap);
      const next = await costing(["post", out]);
      expect(next.code).toBe(how === "--finish" ? 1 : 0);
      if (how === "--finish") expect(next.stderr).toContain("was posted already");
    }
  });
});

describe("nothing to finish or roll back", () => {
  it.each([
    ["--finish", "finish"],
    ["--rollback", "roll back"],
  ])("%s on a journal not posted yet, and on one posted: exit 1, nothing written", async (how, what) => {
    const wb = await journalToPost("csv");
    for (const step of ["not posted", "posted"]) {
      if (step === "posted") expect((await costing(["post", wb])).code).toBe(0);
      const snap = await snapshot(wb);
      const r = await costing(["post", wb, how]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `costing post: There is nothing to ${what}: the workbook "${wb}" has no interrupted post (value entries ` +
          "of its Revaluation Journal's document no. that no Posting Log row covers). Nothing was written. " +
          `"costing post ${wb}" posts a journal that is not posted yet; "costing check ${wb}" shows what the ` +
          "workbook holds.\n",
      );
      expect(await snapshot(wb)).toEqual(snap);
    }
  });
});

describe("post --finish / --rollback usage", () => {
  it.each([
    [["post", "wb", "--finish", "--rollback"], "--finish and --rollback exclude each other"],
    [["post", "wb", "--rollback", "--no-adjust"], "--no-adjust does nothing with --rollback"],
    [["post", "wb", "--finish", "--out", "wb"], "names the workbook itself"],
  ])("%j is a usage error", async (argv, message) => {
    const r = await costing(argv, { openWorkbook: () => Promise.reject(new Error("opened")) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it("the help says what each does", async () => {
    const r = await costing(["post", "--help"]);
    expect(r.stdout).toMatch(/--finish +finish a post that was interrupted/);
    expect(r.stdout).toMatch(/--rollback +roll back a post that was interrupted/);
  });
});
