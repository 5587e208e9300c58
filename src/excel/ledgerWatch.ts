// Changes anywhere in the workbook, by sheet name: what keeps the custom functions' copy of the ledger fresh.
// worksheets.onChanged (ExcelApi 1.9) is raised for every change of cell values — typed by the user, pasted,
// written by an add-in (the task pane's posts and imports), from a co-author — and names the sheet by its id;
// worksheets.onDeleted (ExcelApi 1.7), where Excel has it, for a sheet deleted.
import type { ExcelRun } from "./officeWorkbook";

/**
 * Calls `onChange` with the name of each sheet whose cells change (null when it cannot be told, e.g. a sheet
 * deleted) and the changed range's address. Returns a function that stops watching.
 */
export async function watchSheetChanges(
  onChange: (sheet: string | null, address?: string) => void,
  run: ExcelRun = (batch) => Excel.run(batch),
): Promise<() => Promise<void>> {
  const nameOf = async (worksheetId: string): Promise<string | null> => {
    try {
      return await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(worksheetId);
        sheet.load("name");
        await context.sync();
        return sheet.name;
      });
    } catch {
      return null; // gone already
    }
  };
  const changed = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    onChange(await nameOf(event.worksheetId), event.address);
  };
  const deleted = async (): Promise<void> => onChange(null);

  const registrations = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const added = [sheets.onChanged.add(changed)];
    // Not every Excel (nor the test's stand-in) raises onDeleted.
    const onDeleted = (sheets as { onDeleted?: Excel.WorksheetCollection["onDeleted"] }).onDeleted;
    if (onDeleted) added.push(onDeleted.add(deleted));
    await context.sync();
    return added;
  });
  return async () => {
    for (const r of registrations) r.remove(); // in the context they were added in, as Office.js requires
    await registrations[0]?.context.sync();
  };
}
