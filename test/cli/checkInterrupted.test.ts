// costing check reports an interrupted post (value entries appended, no Posting Log row) as an error, with the
// command that repairs it, as post and preview refuse it; once repaired, check has nothing to say about it.
import { costing, removeTemps, type Kind } from "./helpers";
import { interruptedPost } from "./interruptedPost";

afterAll(removeTemps);

describe.each<Kind>(["csv", "xlsx"])("%s", (kind) => {
  it("a post interrupted with all its revaluation entries: an error naming --finish and --rollback", async () => {
    const { wb } = await interruptedPost(kind);
    const r = await costing(["check", wb]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Problems: 1 error, 0 warnings");
    expect(r.stdout).toMatch(
      /Error: A post of the Revaluation Journal \(document no\. REVAL-2020-02-01\) was interrupted: value entries \d+\.\.\d+ were appended/,
    );
    expect(r.stdout).toContain(`Finish the post with "costing post ${wb} --finish"`);
    expect(r.stdout).toContain(`roll it back with "costing post ${wb} --rollback"`);
    expect(r.stdout.trimEnd().split("\n").pop()).toBe(
      "Repair the interrupted post with the command named above and run costing check again.",
    );

    expect((await costing(["post", wb, "--finish"])).code).toBe(0);
    const after = await costing(["check", wb]);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain("Problems: none");
  });

  it("a post only partly written: an error naming --rollback only", async () => {
    const { wb } = await interruptedPost(kind, "part");
    const r = await costing(["check", wb]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Only part of its revaluation entries were written");
    expect(r.stdout).toContain(`roll it back with "costing post ${wb} --rollback"`);
    expect(r.stdout).not.toContain("--finish");

    expect((await costing(["post", wb, "--rollback"])).code).toBe(0);
    expect((await costing(["check", wb])).code).toBe(0);
  });
});
