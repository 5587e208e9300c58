// The one seam between the costing logic and a workbook: Office.js (task pane) and files (command line)
// both implement WorkbookPort, so reading and writing tables is the same code for both.
import type { TextDefaults } from "./textStyle";

/** A cell as read from, or written to, a workbook. Dates are calendar dates (their UTC parts count). */
export type CellValue = string | number | boolean | Date | null;

/** How to find one table: by Excel table name, by sheet (or CSV file) name, or by its header row. */
export interface TableSpec {
  /** Caption, sheet name and CSV file name, e.g. "Value Entries". */
  readonly name: string;
  /** Excel table name, e.g. "ValueEntries"; also accepted as a CSV file name. */
  readonly excelName: string;
  /** Other sheet names the table may have (translations). */
  readonly nameAliases?: readonly string[];
  /** True when a row's cells are this table's header row (its required captions, in any language). */
  readonly isHeaderRow: (cells: readonly CellValue[]) => boolean;
  /** Headers mapped by hand (Costing Column Map) it was made with: a spec rebuilt elsewhere (a worker's read) takes them. */
  readonly mapped?: ReadonlyMap<string, string>;
}

/** A table as found: the header captions as they stand, and the data rows (blank rows skipped). */
export interface TableData {
  /** The table's caption from the spec, e.g. "Value Entries". */
  readonly name: string;
  /** Where it was found: the sheet name, or the CSV file name without ".csv". */
  readonly sheet: string;
  readonly headers: readonly string[];
  /** 1-based sheet (or CSV) row number of the header row. */
  readonly headerRow: number;
  readonly rows: readonly (readonly CellValue[])[];
  /** 1-based sheet (or CSV) row number of each data row, so messages can say "row 14". */
  readonly rowNumbers: readonly number[];
}

/** What a port can store: real dates (xlsx, Office.js) or only text (CSV). */
export type DateStyle = "date" | "iso";

/** How writeTable lays out the columns where the workbook can (an .xlsx; CSV holds only text). */
export interface WriteTableOptions {
  /** Excel number format per column ("#,##0.00"); null or absent: General. */
  readonly numberFormats?: readonly (string | null)[];
}

/** One cell of a table changed in place: its sheet row and its column (0-based, in the table's header order). */
export interface CellUpdate {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
}

/**
 * A change of a table made by a write whose rows are known: `rows` (the table's headers, only the rows the
 * change appended or whose cells it changed, and their sheet rows) and, for changed cells, which ones. What was
 * built from the table can follow it from these.
 */
export type TableChange =
  | { readonly kind: "appended"; readonly table: string; readonly rows: TableData }
  | {
      readonly kind: "updated";
      readonly table: string;
      readonly rows: TableData;
      readonly updates: readonly CellUpdate[];
    };

export interface WorkbookPort {
  /** Whether dates are written as real dates or as ISO text. */
  readonly dateStyle: DateStyle;
  /** The table, or null when the workbook has none that matches. */
  readTable(spec: TableSpec): Promise<TableData | null>;
  /** Replace (or create) a table on its own sheet (or CSV file) named `name`. */
  writeTable(
    name: string,
    headers: readonly string[],
    rows: readonly (readonly CellValue[])[],
    options?: WriteTableOptions,
  ): Promise<void>;
  /**
   * Append rows, given in the existing table's own column order, under the table named `name`. A port that can
   * tell where they went returns the sheet row (1-based) of the first (the ledger store keeps its rows by it).
   */
  appendRows(name: string, rows: readonly (readonly CellValue[])[]): Promise<number | void>;
  /**
   * Change single cells of a table read before with readTable (by its caption `name`); every other cell, its
   * formatting and the rest of the sheet stay as they are. Ports that cannot lack it (callers rewrite the table).
   */
  updateCells?(name: string, updates: readonly CellUpdate[]): Promise<void>;
  /**
   * Delete a table's rows from sheet row `fromRow` (1-based) to its end, the rows below moving up. Only to undo
   * rows this tool appended in an interrupted post (the file adapters save atomically and never need it).
   */
  deleteRowsFrom?(name: string, fromRow: number): Promise<void>;
  /**
   * How the workbook writes dates and decimals as text, for a table that shows none of its own (a new one): a
   * port that keeps only text (a CSV folder) says it from its files' first rows. Others lack it.
   */
  defaultTextStyle?(): TextDefaults;
  /**
   * A native chart of the table `name` (first column the categories, each other column a series), placed beside
   * it: for a picture to copy into a report. Ports without charts (the command line's files) lack it.
   */
  addChart?(name: string, chart: ChartSpec): Promise<void>;
}

/** A chart of a table: its title and kind (Excel's clustered columns or lines). */
export interface ChartSpec {
  readonly title: string;
  readonly type: "columnClustered" | "line";
}

/** "Value Entries" -> "ValueEntries": the Excel table name for a caption. */
export function excelTableName(caption: string): string {
  return caption.replace(/[^A-Za-z0-9_]/g, "");
}
