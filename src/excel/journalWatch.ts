// While the task pane's runtime is alive, edits in the Revaluation Journal sheet are followed as the journal
// page follows them (worksheet change events): after a short pause the journal is recomputed and only the
// cells that differ are written, so the change event raised by that write finds nothing more to do. An edit
// made while a recompute runs is followed by another when it ends.
import { normalizeCaption } from "../workbook/captions";
import type { ExcelRun } from "./officeWorkbook";

const JOURNAL_SHEET = normalizeCaption("Revaluation Journal");
const PAUSE_MS = 300;

/**
 * Calls `recompute` after the user changes a cell of the Revaluation Journal sheet (changes from other users or
 * from undo are left alone). Returns a function that stops watching.
 */
export async function watchJournal(
  recompute: () => Promise<void>,
  run: ExcelRun = (batch) => Excel.run(batch),
): Promise<() => Promise<void>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  // An edit made while a recompute runs is recomputed after it: that one may have read the journal before it.
  let again = false;
  const start = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    void recompute().finally(() => {
      running = false;
      if (again) start();
    });
  };
  const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (event.source !== Excel.EventSource.local) return;
    const name = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(event.worksheetId);
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
    if (normalizeCaption(name) !== JOURNAL_SHEET) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(start, PAUSE_MS);
  };
  const registration = await run(async (context) => {
    const r = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    return r;
  });
  return async () => {
    if (timer) clearTimeout(timer);
    registration.remove(); // in the context the handler was added in, as Office.js requires
    await registration.context.sync();
  };
}
