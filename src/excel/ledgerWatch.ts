// Changes anywhere in the workbook, by sheet name: what keeps the custom functions' copy of the ledger fresh.
// worksheets.onChanged (ExcelApi 1.9) is raised for every change of cell values — typed by the user, pasted,
// written by an add-in (the task pane's posts and imports), from a co-author — and names the sheet by its id;
// worksheets.onDeleted, onAdded (ExcelApi 1.7) and onNameChanged (1.17), where Excel has them, for a sheet
// deleted, added or renamed: said as a change Excel cannot place (null), so everything kept is read again.
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
  const sheetsChanged = async (): Promise<void> => onChange(null);

  const registrations = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const added: OfficeExtension.EventHandlerResult<unknown>[] = [sheets.onChanged.add(changed)];
    // A sheet deleted, added or renamed may take a table away or bring one (a table the store knows absent).
    // Not every Excel (nor the test's stand-in) raises these.
    type SheetEvents = Partial<Pick<Excel.WorksheetCollection, "onDeleted" | "onAdded" | "onNameChanged">>;
    const { onDeleted, onAdded, onNameChanged } = sheets as SheetEvents;
    if (onDeleted) added.push(onDeleted.add(sheetsChanged));
    if (onAdded) added.push(onAdded.add(sheetsChanged));
    if (onNameChanged) added.push(onNameChanged.add(sheetsChanged));
    await context.sync();
    return added;
  });
  return async () => {
    for (const r of registrations) r.remove(); // in the context they were added in, as Office.js requires
    await registrations[0]?.context.sync();
  };
}
