// The CSV parser and writer live in src/workbook/csv.ts (pure, shared with the task pane's import); the file
// adapter uses them from here, with a CSV file's bytes read and written in the encoding the file came in.
import { LedgerError } from "../engine/model";
import type { CellValue } from "../workbook/port";
import {
  decodeAs,
  decodeText,
  describeChar,
  ENCODING_CAPTION,
  encodeText,
  unencodableChar,
  UndecodableText,
  type TextEncoding,
} from "../workbook/textEncoding";

export * from "../workbook/csv";

/** A CSV file's text and its encoding (found from its bytes unless known); a file that is not text is refused. */
export function readCsvText(
  file: string,
  bytes: Uint8Array,
  known?: TextEncoding,
): { text: string; encoding: TextEncoding } {
  try {
    return known ? { text: decodeAs(bytes, known), encoding: known } : decodeText(bytes);
  } catch (e) {
    if (!(e instanceof UndecodableText)) throw e;
    // Nothing is written: the file is read before any change is made.
    throw new LedgerError(`${file}: ${e.message} Nothing was written.`);
  }
}

/** The text as the file's bytes: its BOM in front unless `continuing` (rows added after the file's own bytes). */
export function csvBytes(text: string, encoding: TextEncoding, continuing = false): Buffer {
  const bytes = encodeText(text, encoding, !continuing && encoding.bom);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Whether the file's bytes hold no text or end with a line break (so added rows start on a line of their own). */
export function endsLineOrEmpty(bytes: Uint8Array, encoding: TextEncoding): boolean {
  const bom = encoding.bom ? encodeText("", encoding, true).length : 0;
  if (bytes.length <= bom) return true;
  const unit = encoding.name.startsWith("utf-16") ? 2 : 1;
  const last = bytes.subarray(bytes.length - unit);
  const code =
    unit === 1 ? last[0] : encoding.name === "utf-16le" ? last[0] | (last[1] << 8) : (last[0] << 8) | last[1];
  return code === 0x0a || code === 0x0d;
}

/** Where new rows go, for a message about one of their cells. */
export interface CsvTarget {
  /** The table's caption ("Items") and its file ("Items.csv"). */
  readonly table: string;
  readonly file: string;
  /** The table's headers in its column order (the columns the rows' cells are in). */
  readonly headers: readonly string[];
}

/**
 * Refuses a cell with a character the file's encoding cannot hold (a Windows-1252 file and "☃"): a LedgerError
 * naming the table, row, column and value, before anything is written. Never a "?" in its place.
 */
export function checkEncodableCell(
  target: CsvTarget,
  encoding: TextEncoding,
  row: number,
  column: number,
  value: CellValue,
): void {
  const ch = typeof value === "string" ? unencodableChar(value, encoding) : undefined;
  if (ch === undefined) return;
  const header = target.headers[column] ?? `column ${column + 1}`;
  throw new LedgerError(
    `${target.table}, row ${row}, column "${header}": "${value}" holds the character ${describeChar(ch)}, ` +
      `which ${target.file} cannot hold: it is saved in ${ENCODING_CAPTION[encoding.name]}. Nothing was ` +
      `written. Save ${target.file} as "CSV UTF-8 (Comma delimited)" in Excel and run the command again, or ` +
      "change the text so it has no such character.",
  );
}

/** checkEncodableCell for every cell of the rows; `rowNumber(i)`: the file row that row i is (or will be) on. */
export function checkEncodable(
  target: CsvTarget,
  encoding: TextEncoding,
  rows: readonly (readonly CellValue[])[],
  rowNumber: (i: number) => number,
): void {
  if (encoding.name !== "windows-1252") return;
  for (let i = 0; i < rows.length; i++) {
    for (let c = 0; c < rows[i].length; c++) {
      const v = rows[i][c];
      // The row number only when it is needed: finding it may take a parse of the whole file.
      if (typeof v === "string" && unencodableChar(v, encoding))
        checkEncodableCell(target, encoding, rowNumber(i), c, v);
    }
  }
}
