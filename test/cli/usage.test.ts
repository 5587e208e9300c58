// Usage errors never reach the engine or the workbook: exit code 2, the message and the command's usage.
import type { RunOptions } from "../../src/cli/main";
import { costing } from "./helpers";

// An opener that fails the test if a usage error ever got as far as opening a workbook.
const untouched: RunOptions = {
  openWorkbook: (p) => Promise.reject(new Error(`usage error reached openWorkbook("${p}")`)),
};
const run = (argv: string[]) => costing(argv, untouched);

describe("costing usage", () => {
  it("without a command prints the usage to stderr and exits 2", async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage: costing <command>");
    expect(r.stdout).toBe("");
  });

  it("--help and help <command> print to stdout and exit 0", async () => {
    const all = await run(["--help"]);
    expect(all.code).toBe(0);
    for (const c of ["check", "adjust", "valuation", "avgcost", "explain"]) expect(all.stdout).toContain(c);
    const one = await run(["help", "valuation"]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain("--by-location");
    const flagHelp = await run(["adjust", "--help"]);
    expect(flagHelp.code).toBe(0);
    expect(flagHelp.stdout).toContain("--out <path>");
  });

  it("--version prints the package version", async () => {
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [["frobnicate"], 'unknown command "frobnicate"'],
    [["help", "frobnicate"], 'unknown command "frobnicate"'],
    [["check"], "Missing <workbook>"],
    [["check", "a", "b"], 'Unexpected argument "b"'],
    [["adjust", "wb", "--bogus"], "--bogus"],
    [["adjust", "wb.xlsx", "--out", "out-folder"], "must be an .xlsx file"],
    [["adjust", "wb-folder", "--out", "out.xlsx"], "must be a folder"],
    [["adjust", "wb.xlsx", "--out", "wb.xlsx"], "names the workbook itself"],
    [["valuation", "wb"], "Missing --date"],
    [["valuation", "wb", "--date", "2023-02-30"], "is not a date written YYYY-MM-DD"],
    [["valuation", "wb", "--date", "31.01.2023"], "is not a date written YYYY-MM-DD"],
    [["valuation", "wb", "--date"], "--date"],
    [["avgcost", "wb", "--date", "2023-01-01"], "Missing --item"],
    [["avgcost", "wb", "--item", "X"], "Missing --date"],
    [["explain", "--item", "X", "--date", "2023-01-01"], "Missing <workbook>"],
  ])("%j is a usage error", async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe("");
  });

  it("names the command and shows its usage after the message", async () => {
    const r = await run(["valuation", "wb"]);
    expect(r.stderr).toMatch(/^costing valuation: Missing --date <YYYY-MM-DD>\.\n\nUsage: costing valuation/);
  });
});
