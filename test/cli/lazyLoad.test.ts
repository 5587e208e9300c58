// A wrong command line is answered at once: usage errors and --help never load ExcelJS, the engine, the
// workbook use cases or the file adapter (each is replaced by a module that fails when it is loaded).
import { runCli } from "../../src/cli/main";

jest.mock("exceljs", () => {
  throw new Error("ExcelJS was loaded");
});
jest.mock("../../src/engine", () => {
  throw new Error("the engine was loaded");
});
jest.mock("../../src/workbook/useCases", () => {
  throw new Error("the workbook use cases were loaded");
});
jest.mock("../../src/files", () => {
  throw new Error("the file adapter was loaded");
});
jest.mock("../../src/files/open", () => {
  throw new Error("the file adapter was loaded");
});

/** The command line in-process, as the executable runs it (no workbook opener replaced). */
async function costing(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const COMMANDS = ["check", "adjust", "valuation", "avgcost", "explain", "calc-value", "preview", "post"];

test.each(COMMANDS)("costing %s --help loads nothing of the costing", async (name) => {
  const r = await costing([name, "--help"]);
  expect(r).toMatchObject({ code: 0, stderr: "" });
  expect(r.stdout).toContain(`Usage: costing ${name} <workbook>`);
});

test("costing scenario --help loads nothing of the costing", async () => {
  const r = await costing(["scenario", "--help"]);
  expect(r).toMatchObject({ code: 0, stderr: "" });
  expect(r.stdout).toContain("Usage: costing scenario <action> <workbook>");
});

test.each([
  [["frobnicate"]],
  [["help", "frobnicate"]],
  [[]],
  [["check"]],
  [["adjust", "wb", "--bogus"]],
  [["valuation", "wb"]],
  [["avgcost", "wb", "--date", "2023-01-01"]],
  [["calc-value", "wb", "--date", "2023-12-31", "--per", "lot"]],
  [["post", "wb", "--finish", "--rollback"]],
])("%j: a usage error, with nothing of the costing loaded", async (argv) => {
  const r = await costing(argv);
  expect(r.code).toBe(2);
  expect(r.stderr).not.toContain("was loaded");
  expect(r.stderr).not.toContain("were loaded");
});
