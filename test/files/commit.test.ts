// The file adapter's commit and lock, in-process: a rename the system refuses, a file changed by someone else
// while the command ran, modes, read-only files, symlinks, stale and live locks. Issue 10: each failed before.
import { spawn } from "node:child_process";
import { chmod, lstat, readFile, readlink, realpath, rename, stat, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { COMMIT_RECORD, lockFileOf, openLockedWorkbook, WorkbookFileError } from "../../src/files";
import { tableSpec, VALUE_ENTRIES } from "../../src/workbook/schema";
import { costing, removeTemps, sampleCopy, snapshot, tempDir } from "../cli/helpers";

// The system's rename, with a way to refuse the nth call from now (as Windows does for a file Excel holds open).
const mockRefuse: { at?: number; count: number } = { count: 0 };
jest.mock("node:fs/promises", () => {
  const actual = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (mockRefuse.at !== undefined && ++mockRefuse.count === mockRefuse.at)
        throw Object.assign(new Error("resource busy or locked"), { code: "EBUSY" });
      return actual.rename(from, to);
    },
  };
});
const refuseRename = (at: number | undefined) => Object.assign(mockRefuse, { at, count: 0 });

afterAll(removeTemps);
afterEach(() => refuseRename(undefined));

/** The workbook's files, the hidden ones (lock, commit record, temporaries) left out. */
async function visible(folder: string): Promise<Record<string, string>> {
  return Object.fromEntries(Object.entries(await snapshot(folder)).filter(([name]) => !name.startsWith(".")));
}

const VE = "Value Entries.csv";
const ROW = ["999", "2025-01-01", "X"];

/** Opens the folder locked, appends a row to Value Entries and rewrites Items: a save of two files. */
async function twoFileChange(folder: string) {
  const wb = await openLockedWorkbook(folder);
  await wb.readTable(tableSpec(VALUE_ENTRIES));
  await wb.appendRows(VALUE_ENTRIES.caption, [ROW]);
  await wb.writeTable("Items", ["No."], [["NEW"]]);
  return wb;
}

describe("a rename the system refuses (a file held open by Excel on Windows)", () => {
  test("at the first file: nothing is changed and the error says so", async () => {
    const folder = await sampleCopy("csv");
    const before = await snapshot(folder);
    const wb = await twoFileChange(folder);
    refuseRename(2); // 1 puts the commit record in place
    await expect(wb.save()).rejects.toThrow(/could not be replaced \(EBUSY.*nothing was changed/);
    await wb.close!();
    expect(await snapshot(folder)).toEqual(before);
  });

  test("at a later file: the record stays and the next open completes the commit", async () => {
    const folder = await sampleCopy("csv");
    const wb = await twoFileChange(folder);
    refuseRename(3);
    await expect(wb.save()).rejects.toThrow(/completed by the next costing command/);
    await wb.close!();
    refuseRename(undefined);
    expect(await stat(path.join(folder, COMMIT_RECORD))).toBeTruthy();
    const again = await openLockedWorkbook(folder);
    await again.close!();
    expect(again.recovered?.files).toEqual(expect.arrayContaining(["Items.csv", VE]));
    expect(await readFile(path.join(folder, "Items.csv"), "utf8")).toContain("NEW");
    expect(await readFile(path.join(folder, VE), "utf8")).toContain("999,2025-01-01,X");
    expect(Object.keys(await snapshot(folder)).filter((f) => f.startsWith("."))).toEqual([]);
  });
});

test("a file changed by another program while the command ran: nothing is written, that change is kept", async () => {
  const folder = await sampleCopy("csv");
  const wb = await twoFileChange(folder);
  await writeFile(path.join(folder, "Accounting Periods.csv"), "Starting Date\n2020-01-01\n");
  const changed = await visible(folder);
  await expect(wb.save()).rejects.toThrow(
    /"Accounting Periods.csv" changed while the command ran.*nothing was written/,
  );
  await wb.close!();
  expect(await snapshot(folder)).toEqual(changed);
});

describe("files kept as they were", () => {
  test("a private (0600) file stays private, a 0640 .xlsx keeps its mode", async () => {
    const folder = await sampleCopy("csv");
    await chmod(path.join(folder, VE), 0o600);
    expect((await costing(["adjust", folder])).code).toBe(0);
    expect((await stat(path.join(folder, VE))).mode & 0o777).toBe(0o600);
    const xlsx = await sampleCopy("xlsx");
    await chmod(xlsx, 0o640);
    expect((await costing(["adjust", xlsx])).code).toBe(0);
    expect((await stat(xlsx)).mode & 0o777).toBe(0o640);
  });

  test.each(["csv", "xlsx"] as const)("a read-only workbook (%s) is refused, nothing written", async (kind) => {
    const wb = await sampleCopy(kind);
    const file = kind === "csv" ? path.join(wb, VE) : wb;
    await chmod(file, 0o444);
    const before = await snapshot(wb);
    const r = await costing(["adjust", wb]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`"${await realpath(file)}" is read-only; nothing was written`);
    expect(await snapshot(wb)).toEqual(before);
  });

  test("a symlinked .xlsx is written through to its target, the link stays a link", async () => {
    const target = await sampleCopy("xlsx");
    const link = path.join(await tempDir(), "linked.xlsx");
    await symlink(target, link);
    const before = await readFile(target);
    expect((await costing(["adjust", link])).code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(target);
    expect((await readFile(target)).equals(before)).toBe(false);
  });

  test("a symlinked CSV file is written through, the link stays a link", async () => {
    const folder = await sampleCopy("csv");
    const elsewhere = path.join(await tempDir(), VE);
    await rename(path.join(folder, VE), elsewhere);
    await symlink(elsewhere, path.join(folder, VE));
    const before = await readFile(elsewhere, "utf8");
    expect((await costing(["adjust", folder])).code).toBe(0);
    expect((await lstat(path.join(folder, VE))).isSymbolicLink()).toBe(true);
    expect((await readFile(elsewhere, "utf8")).length).toBeGreaterThan(before.length);
  });

  test("--out through a symlink to the workbook is refused as the workbook itself", async () => {
    for (const kind of ["csv", "xlsx"] as const) {
      const wb = await sampleCopy(kind);
      const link = path.join(await tempDir(), kind === "csv" ? "out" : "out.xlsx");
      await symlink(wb, link);
      const before = await snapshot(wb);
      const r = await costing(["adjust", wb, "--out", link]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("--out names the workbook itself");
      expect(await snapshot(wb)).toEqual(before);
    }
  });

  test("--out to a folder whose files link to the workbook's own files is refused", async () => {
    const wb = await sampleCopy("csv");
    const out = await tempDir();
    await symlink(path.join(wb, VE), path.join(out, VE));
    const before = await snapshot(wb);
    const r = await costing(["adjust", wb, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("is a link to the workbook's own file");
    expect(await snapshot(wb)).toEqual(before);
  });
});

describe("the workbook's lock", () => {
  const holderFor = (pid: number, host = os.hostname()) =>
    JSON.stringify({ pid, host, since: "2026-12-03T10:00:00.000Z", token: "t" });

  test("held by a running process: refused with its pid, nothing read or written", async () => {
    const folder = await sampleCopy("csv");
    const sleeper = spawn("sleep", ["60"]);
    try {
      await writeFile(lockFileOf(folder, true), holderFor(sleeper.pid!));
      const before = await snapshot(folder);
      const r = await costing(["adjust", folder]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`is being changed by another costing command (pid ${sleeper.pid}, since 2026-12-03`);
      expect(r.stderr).toContain(`delete "${lockFileOf(folder, true)}"`);
      expect(await snapshot(folder)).toEqual(before);
    } finally {
      sleeper.kill();
    }
  });

  test("held on another computer: refused, naming it", async () => {
    const xlsx = await sampleCopy("xlsx");
    await writeFile(lockFileOf(xlsx, false), holderFor(4242, "controller-laptop"));
    const r = await costing(["adjust", xlsx]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("(pid 4242 on controller-laptop");
    expect(r.stderr).toContain("If no costing command is running on controller-laptop");
  });

  test("a command that only reads runs while another holds the lock, but not while it commits", async () => {
    const folder = await sampleCopy("csv");
    const sleeper = spawn("sleep", ["60"]);
    try {
      await writeFile(lockFileOf(folder, true), holderFor(sleeper.pid!));
      const r = await costing(["valuation", folder, "--date", "2025-12-31"]);
      expect(r.code).toBe(0);
      await writeFile(
        path.join(folder, COMMIT_RECORD),
        JSON.stringify({ pid: sleeper.pid, startedAt: "now", files: [] }),
      );
      const during = await costing(["valuation", folder, "--date", "2025-12-31"]);
      expect(during.code).toBe(1);
      expect(during.stderr).toContain(`is being changed by another costing command (pid ${sleeper.pid}`);
    } finally {
      sleeper.kill();
    }
  });

  test("left by a process that ended: removed, the command runs", async () => {
    const folder = await sampleCopy("csv");
    const ended = spawn("true");
    await new Promise((r) => ended.on("exit", r));
    await writeFile(lockFileOf(folder, true), holderFor(ended.pid!));
    const r = await costing(["adjust", folder]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    await expect(stat(lockFileOf(folder, true))).rejects.toThrow();
  });

  test("one process opening a workbook twice is refused the second time; close releases it", async () => {
    const folder = await sampleCopy("csv");
    const first = await openLockedWorkbook(folder);
    await expect(openLockedWorkbook(folder)).rejects.toBeInstanceOf(WorkbookFileError);
    await first.close!();
    const second = await openLockedWorkbook(folder);
    await second.close!();
  });
});

test("an unfinished commit that can't be completed: the error says what state each file is in", async () => {
  const folder = await sampleCopy("csv");
  const items = path.join(folder, "Items.csv");
  const ve = path.join(folder, VE);
  const record = {
    pid: 999999,
    startedAt: "2026-12-03T09:00:00.000Z",
    files: [
      { target: items, temp: path.join(folder, ".Items.csv.999999.00000000.tmp"), before: "x", after: "y" },
      { target: ve, temp: path.join(folder, ".Value Entries.csv.999999.00000001.tmp"), before: "x", after: "z" },
    ],
  };
  await writeFile(path.join(folder, COMMIT_RECORD), JSON.stringify(record));
  const before = await snapshot(folder);
  const r = await costing(["check", folder]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain("started at 2026-12-03T09:00:00.000Z was interrupted while saving");
  expect(r.stderr).toContain(
    `"Items.csv": changed by something else since; "Value Entries.csv": changed by something else since`,
  );
  expect(r.stderr).toContain(`delete "${path.join(folder, COMMIT_RECORD)}"`);
  expect(await snapshot(folder)).toEqual(before);
});
