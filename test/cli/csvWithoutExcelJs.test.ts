// A CSV folder is read and written without ExcelJS: it is loaded only for an .xlsx workbook (a third of a
// second each command on a CSV export need not wait for).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";

jest.mock("exceljs", () => {
  throw new Error("ExcelJS was loaded");
});

const SAMPLE_CSV = path.resolve(__dirname, "../../assets/sample");

test("check and adjust of a CSV folder never load ExcelJS", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "costing-noexceljs-"));
  try {
    for (const argv of [
      ["check", SAMPLE_CSV],
      ["adjust", SAMPLE_CSV, "--out", path.join(dir, "adjusted")],
    ]) {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(argv, {
        stdout: { write: (s: string) => out.push(s) },
        stderr: { write: (s: string) => err.push(s) },
      });
      expect({ argv, code, err: err.join("") }).toEqual({ argv, code: 0, err: "" });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
