// "Go to": select the cell a problem names, so the user lands on it in Excel. The problem gives the sheet,
// the row and the column's header caption; the header row is searched for the caption (tables need not
// start in column A). Without a column, the row's first cell is selected.
import type { ExcelRun } from "./officeWorkbook";
import { columnLetters } from "./cells";
import { normalizeCaption } from "../workbook/captions";

export interface CellPlace {
  readonly sheet: string;
  /** 1-based sheet row of the table's header row. */
  readonly headerRow: number;
  /** 1-based sheet row of the cell. */
  readonly row: number;
  /** The column's header caption as it stands in the sheet, when the problem names one. */
  readonly column?: string;
}

export async function selectCell(place: CellPlace, run: ExcelRun = (batch) => Excel.run(batch)): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(place.sheet);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(["columnIndex", "columnCount"]);
    await context.sync();
    let col = -1;
    if (place.column && !used.isNullObject) {
      const header = sheet.getRangeByIndexes(place.headerRow - 1, used.columnIndex, 1, used.columnCount);
      header.load("values");
      await context.sync();
      const wanted = normalizeCaption(place.column);
      const i = (header.values[0] ?? []).findIndex((v) => normalizeCaption(String(v)) === wanted);
      if (i >= 0) col = used.columnIndex + i;
    }
    const target = sheet.getRange(col >= 0 ? `${columnLetters(col)}${place.row}` : `A${place.row}`);
    sheet.activate();
    target.select();
    await context.sync();
  });
}
