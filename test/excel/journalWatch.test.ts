// Following the user's edits in the Revaluation Journal sheet (src/excel/journalWatch.ts) on the in-memory Excel:
// an edit is recomputed after a short pause; an edit made while a recompute runs (which may have read the
// journal before it) gets a recompute of its own when that one ends; edits elsewhere are left alone.
import { watchJournal } from "../../src/excel/journalWatch";
import { FakeExcel } from "../../src/preview/fakeExcel";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(() => {
  (globalThis as unknown as { Excel: unknown }).Excel = { EventSource: { local: "Local", remote: "Remote" } };
});
afterAll(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

test("an edit during a recompute is recomputed after it; an edit in another sheet is not followed", async () => {
  const excel = new FakeExcel();
  excel.addSheet("Revaluation Journal", [
    ["Item No.", "Unit Cost (Revalued)"],
    ["FIFO-PLAIN", 5],
  ]);
  excel.addSheet("Notes", [["note"]]);
  let release: () => void = () => undefined;
  const runs: string[] = [];
  const stop = await watchJournal(async () => {
    runs.push(String(excel.sheet("Revaluation Journal").values(1, 1, 1, 1)[0][0]));
    await new Promise<void>((resolve) => (release = resolve));
  }, excel.run);

  excel.userEdit("Notes", "A1", "other");
  await wait(450);
  expect(runs).toEqual([]);

  excel.userEdit("Revaluation Journal", "B2", 6);
  await wait(450);
  expect(runs).toEqual(["6"]); // running, waiting for release

  excel.userEdit("Revaluation Journal", "B2", 7);
  await wait(450);
  expect(runs).toEqual(["6"]); // not two at once
  release();
  await wait(50);
  expect(runs).toEqual(["6", "7"]);
  release();
  await wait(450);
  expect(runs).toEqual(["6", "7"]);
  await stop();
});
