// Every workbook a command opens is closed when the command ends, whatever the outcome (done, a problem in the
// workbook, a fault of the tool), after anything it writes: closing releases the file adapter's hold on it.
// The opener is replaced in-process (RunOptions.openWorkbook), around the real one.
import { LedgerError } from "../../src/engine/model";
import type { RunOptions } from "../../src/cli/main";
import type { OpenedWorkbook } from "../../src/cli/services";
import { openWorkbook as realOpen } from "../../src/cli/wiring";
import { costing, editJournal, removeTemps, sampleCopy } from "./helpers";

afterAll(removeTemps);

type Event = `open ${string}` | `save ${string}` | `close ${string}`;

/** The real opener, recording what was opened, saved and closed; `fail` replaces the port's readTable. */
function recording(fail?: () => never): { events: Event[]; options: RunOptions } {
  const events: Event[] = [];
  const openWorkbook = async (p: string, writes: boolean): Promise<OpenedWorkbook> => {
    const wb = await realOpen(p, writes);
    events.push(`open ${p}`);
    const port = fail ? Object.assign(Object.create(wb.port) as typeof wb.port, { readTable: fail }) : wb.port;
    return {
      ...wb,
      port,
      save: async (out?: string) => {
        events.push(`save ${p}`);
        await wb.save(out);
      },
      close: async () => {
        events.push(`close ${p}`);
        await wb.close();
      },
    };
  };
  return { events, options: { openWorkbook } };
}

// Each test on its own copy: the sample folder itself may be locked by a test running beside.
test("a command that succeeds closes its workbook", async () => {
  const sample = await sampleCopy("csv");
  const { events, options } = recording();
  expect((await costing(["check", sample], options)).code).toBe(0);
  expect(events).toEqual([`open ${sample}`, `close ${sample}`]);
});

test("a command that writes closes its workbook after saving it", async () => {
  const wb = await sampleCopy("csv");
  const { events, options } = recording();
  expect((await costing(["adjust", wb], options)).code).toBe(0);
  expect(events).toEqual([`open ${wb}`, `save ${wb}`, `close ${wb}`]);
});

test("a workbook with a problem (exit 1) is closed, nothing saved", async () => {
  const wb = await sampleCopy("csv");
  expect((await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "FIFO-PLAIN"])).code).toBe(0);
  await editJournal(wb, "FIFO-PLAIN", "Unit Cost (Revalued)", "not a number");
  const { events, options } = recording();
  const r = await costing(["post", wb], options);
  expect(r.code).toBe(1);
  expect(events).toEqual([`open ${wb}`, `close ${wb}`]);
});

test("the engine's or the adapter's word for the user (exit 1): closed", async () => {
  const sample = await sampleCopy("csv");
  const { events, options } = recording(() => {
    throw new LedgerError("Item X has no entries. Check the item number.");
  });
  const r = await costing(["check", sample], options);
  expect(r).toMatchObject({ code: 1, stderr: "costing check: Item X has no entries. Check the item number.\n" });
  expect(events).toEqual([`open ${sample}`, `close ${sample}`]);
});

test("a fault of the tool (exit 3): closed", async () => {
  const sample = await sampleCopy("csv");
  const { events, options } = recording(() => {
    throw new TypeError("x is undefined");
  });
  const r = await costing(["valuation", sample, "--date", "2023-12-31"], options);
  expect(r.code).toBe(3);
  expect(events).toEqual([`open ${sample}`, `close ${sample}`]);
});

/** What closing reports when the lock file cannot be removed (the real close has released it meanwhile). */
const permissionDenied = (p: string) =>
  Object.assign(new Error("EACCES: permission denied"), { code: "EACCES", path: p });

test("a workbook that cannot be closed after a command that succeeded is reported, exit 1", async () => {
  const wb = await sampleCopy("csv");
  const openWorkbook = async (p: string, writes: boolean): Promise<OpenedWorkbook> => {
    const wb = await realOpen(p, writes);
    return { ...wb, close: () => wb.close().then(() => Promise.reject(permissionDenied(p))) };
  };
  const r = await costing(["adjust", wb], { openWorkbook });
  expect(r.stdout).toContain("appended to Value Entries");
  expect(r.code).toBe(1);
  expect(r.stderr).toBe(
    `costing adjust: "${wb}" can't be opened or written: permission denied. Check the file's permissions.\n`,
  );
});

test("a close that fails after a problem keeps the problem's message and exit code", async () => {
  const wb = await sampleCopy("csv");
  const openWorkbook = async (p: string, writes: boolean): Promise<OpenedWorkbook> => {
    const opened = await realOpen(p, writes);
    return { ...opened, close: () => opened.close().then(() => Promise.reject(new Error("lock file gone"))) };
  };
  const r = await costing(["avgcost", wb, "--item", "NO-SUCH-ITEM", "--date", "2023-01-01"], { openWorkbook });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^costing avgcost: .*NO-SUCH-ITEM/);
  expect(r.stderr).toContain("internal error: lock file gone");
});
