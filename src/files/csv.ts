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

/**
 * Larger files are decoded in pieces of about this many bytes, each cut after a line end outside quotes: one
 * JavaScript string holds at most about 512 MB, and a three-million-entry Value Entries file is more.
 */
export const PIECE_BYTES = 64 * 2 ** 20;

/** Where the pieces after the first start: after a line feed with an even count of quotes before it. */
function pieceStarts(bytes: Uint8Array, size: number): number[] {
  const starts: number[] = [];
  let quotes = 0;
  let i = 0;
  let start = 0;
  while (bytes.length - start > size) {
    for (const target = start + size; i < target; i++) if (bytes[i] === 0x22) quotes++;
    for (; i < bytes.length; i++) {
      if (bytes[i] === 0x22) quotes++;
      else if (bytes[i] === 0x0a && quotes % 2 === 0) break;
    }
    if (++i >= bytes.length) break;
    starts.push(i);
    start = i;
  }
  return starts;
}

/**
 * A CSV file's text in pieces, each a run of whole records (one piece for a file under `size` bytes), and its
 * encoding; the bytes of a quote and a line feed are the same in UTF-8 and Windows-1252, so the cuts hold in both.
 */
export function readCsvPieces(
  file: string,
  bytes: Uint8Array,
  known?: TextEncoding,
  { size = PIECE_BYTES, firstOnly = false }: { readonly size?: number; readonly firstOnly?: boolean } = {},
): { pieces: string[]; encoding: TextEncoding } {
  if (bytes.length <= size) {
    const { text, encoding } = readCsvText(file, bytes, known);
    return { pieces: [text], encoding };
  }
  if (firstOnly) {
    // The first records only (where header rows are looked for): the rest is not decoded.
    const end = pieceStarts(bytes.subarray(0, 2 * size), size)[0] ?? Math.min(bytes.length, 2 * size);
    const { text, encoding } = readCsvText(file, bytes.subarray(0, end), known);
    return { pieces: [text], encoding };
  }
  const starts = [0, ...pieceStarts(bytes, size)];
  const parts = starts.map((s, i) => bytes.subarray(s, starts[i + 1] ?? bytes.length));
  let encoding = known ?? readCsvText(file, parts[0]).encoding;
  if (encoding.name.startsWith("utf-16"))
    throw new LedgerError(
      `${file}: the file is ${Math.round(bytes.length / 2 ** 20)} MB of UTF-16 text, more than can be read as one ` +
        'file. Open it in Excel and save it as "CSV UTF-8 (Comma delimited)", then run the command again. Nothing was written.',
    );
  const decode = (e: TextEncoding) =>
    parts.map((part, i) => readCsvText(file, part, i === 0 ? e : { ...e, bom: false }).text);
  try {
    return { pieces: decode(encoding), encoding };
  } catch (e) {
    // A piece after the first is not UTF-8: the file is Windows-1252 (as a file read whole would be found).
    if (known || encoding.name !== "utf-8" || encoding.bom || !(e instanceof LedgerError)) throw e;
    encoding = { name: "windows-1252", bom: false };
    return { pieces: decode(encoding), encoding };
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
