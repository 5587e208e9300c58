// A sheet (or CSV file) as rows of cells, and finding a table's header row and data rows in it: pure, used by
// the file adapters, the Office.js adapter and the workbook layer alike.
import { normalizeCaption } from "./captions";
import type { CellValue, TableData, TableSpec } from "./port";
import { isBlank } from "./values";

export interface GridRow {
  readonly rowNumber: number; // 1-based
  readonly cells: readonly CellValue[]; // index 0 = column A (or the first CSV field)
}

/** Where a table sits on its sheet: header row, first column (0-based) and width. */
export interface Region {
  readonly headerRow: number;
  readonly firstCol: number;
  readonly width: number;
}

/** How many rows from the top of a sheet are searched for a header row. */
export const HEADER_SCAN_ROWS = 20;

/** True when the sheet or file name is one of the table's names. */
export function nameMatches(spec: TableSpec, name: string): boolean {
  const n = normalizeCaption(name);
  return [spec.name, spec.excelName, ...(spec.nameAliases ?? [])].some((a) => normalizeCaption(a) === n);
}

const blankRow = (cells: readonly CellValue[]): boolean => cells.every(isBlank);

/**
 * The table in a grid: the first row (of the first rows) that is the spec's header row; when the grid was
 * found by name and no row matches, its first non-blank row (so a missing column can be reported).
 */
export function findRegion(spec: TableSpec, grid: readonly GridRow[], byName: boolean): Region | null {
  const candidates = grid.filter((r) => !blankRow(r.cells)).slice(0, HEADER_SCAN_ROWS);
  const header = candidates.find((r) => spec.isHeaderRow(r.cells)) ?? (byName ? candidates[0] : undefined);
  if (!header) return byName ? { headerRow: 1, firstCol: 0, width: 0 } : null;
  const filled = header.cells.map((c, i) => (isBlank(c) ? -1 : i)).filter((i) => i >= 0);
  const firstCol = filled[0];
  return { headerRow: header.rowNumber, firstCol, width: filled[filled.length - 1] - firstCol + 1 };
}

const text = (c: CellValue): string =>
  c === null ? "" : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim();

/** The region's headers and its non-blank data rows (up to `lastRow` when the table ends there). */
export function tableData(
  spec: TableSpec,
  sheet: string,
  grid: readonly GridRow[],
  region: Region,
  lastRow = Infinity,
): TableData {
  const slice = (cells: readonly CellValue[]): readonly CellValue[] => {
    // A row that is exactly the table's cells is taken as it is (no copy of every row of a large table).
    if (region.firstCol === 0 && cells.length === region.width && !cells.includes(undefined as never)) return cells;
    const out: CellValue[] = [];
    for (let i = 0; i < region.width; i++) out.push(cells[region.firstCol + i] ?? null);
    return out;
  };
  const headerCells = grid.find((r) => r.rowNumber === region.headerRow)?.cells ?? [];
  const rows: (readonly CellValue[])[] = [];
  const rowNumbers: number[] = [];
  for (const r of grid) {
    if (r.rowNumber <= region.headerRow || r.rowNumber > lastRow) continue;
    const cells = slice(r.cells);
    if (blankRow(cells)) continue;
    rows.push(cells);
    rowNumbers.push(r.rowNumber);
  }
  return {
    name: spec.name,
    sheet,
    headers: slice(headerCells).map(text),
    headerRow: region.headerRow,
    rows,
    rowNumbers,
  };
}
