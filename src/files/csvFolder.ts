// A folder of CSV files, one per table, as a workbook. Appends add lines to the file's own bytes (its encoding,
// BOM, delimiter, line ends and decimal separator kept), a file rewritten keeps them too; all changes stay in
// memory until save(). A file's cells are parsed when its table is read and handed over, not kept: header rows
// are looked for in its first rows only.
import { mkdir, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { CellUpdate, CellValue, TableData, TableSpec } from "../workbook/port";
import { decimalEvidence } from "../workbook/values";
import { guessTextStyle, type TextDefaults } from "../workbook/textStyle";
import { recordStart, sameRecords } from "./csvRecords";
import { commitFiles, contentHash, realTarget, type FileRead, type FileWrite } from "./commit";
import { WorkbookFileError } from "./fileError";
import { lockWorkbook } from "./lock";
import { REVALUATION_JOURNAL } from "../workbook/schema";
import { NEW_FILE_ENCODING, type TextEncoding } from "../workbook/textEncoding";
import {
  checkEncodable,
  checkEncodableCell,
  csvBytes,
  endsLineOrEmpty,
  formatCsv,
  parseCsv,
  readCsvPieces,
  readCsvText,
  type CsvStyle,
  type Delimiter,
  type ParsedCsv,
} from "./csv";
import { findRegion, HEADER_SCAN_ROWS, nameMatches, tableData, type GridRow, type Region } from "../workbook/grid";
import type { FileWorkbook } from "./fileWorkbook";

interface CsvFile {
  /** The file's bytes, without the rows appended since (see pending). */
  bytes: Buffer;
  /** Rows appended since bytes was last joined, each block's bytes: joined once when next needed, not per block. */
  pending?: Buffer[];
  changed: boolean;
  /** The hash of the file as read (null: not in the folder when it was opened), to find a change by others. */
  readAs: string | null;
  /** The first records (up to HEADER_SCAN_ROWS with a value), where header rows are looked for. */
  head?: ParsedCsv;
  /** The file's style (delimiter, decimal separator, line ends), found by its last full parse. */
  style?: CsvStyle;
  /** The file's encoding, found when it is first read. */
  encoding?: TextEncoding;
}

/** The file's bytes with every block appended since (joined once: a post appends in many blocks). */
function bytesOf(f: CsvFile): Buffer {
  if (f.pending?.length) {
    f.bytes = Buffer.concat([f.bytes, ...f.pending]);
    f.pending = undefined;
  }
  return f.bytes;
}

const isCsv = (name: string): boolean => name.toLowerCase().endsWith(".csv");
const baseName = (name: string): string => name.replace(/\.csv$/i, "");

export class CsvFolderWorkbook implements FileWorkbook {
  readonly kind = "csv";
  readonly dateStyle = "iso";
  private readonly located = new Map<string, { file: string; region: Region }>();
  private defaults?: TextDefaults;

  private constructor(
    readonly path: string,
    private readonly files: Map<string, CsvFile>,
    private readonly otherFiles: readonly string[],
  ) {}

  static async open(folder: string): Promise<CsvFolderWorkbook> {
    const entries = await readdir(folder, { withFileTypes: true });
    const files = new Map<string, CsvFile>();
    const others: string[] = [];
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith(".")) continue;
      // A file linked into the folder is read (and written) through its link.
      const isFile =
        e.isFile() || (e.isSymbolicLink() && (await stat(path.join(folder, e.name)).catch(() => null))?.isFile());
      if (!isFile) continue;
      if (!isCsv(e.name)) {
        others.push(e.name);
        continue;
      }
      const bytes = await readFile(path.join(folder, e.name));
      files.set(e.name, { bytes, changed: false, readAs: contentHash(bytes) });
    }
    return new CsvFolderWorkbook(folder, files, others);
  }

  /** Every record of the file (parsed again each time: the records are the caller's, not kept here). */
  private parsed(file: string): ParsedCsv {
    const f = this.files.get(file)!;
    const { pieces, encoding } = readCsvPieces(file, bytesOf(f), f.encoding);
    f.encoding = encoding;
    const first = parseCsv(pieces[0]);
    const records = first.records;
    for (let i = 1; i < pieces.length; i++) {
      // Records of the later pieces, after the first's (no spread: millions of rows).
      for (const r of parseCsv(pieces[i], first.delimiter).records) records.push(r);
      pieces[i] = "";
    }
    const parsed = { ...first, records };
    f.style ??= this.styleFrom(pieces[0], parsed);
    return parsed;
  }

  /** The file's text, in the encoding it came in (found on its first read). */
  private text(file: string): string {
    const f = this.files.get(file)!;
    const { text, encoding } = readCsvText(file, bytesOf(f), f.encoding);
    f.encoding = encoding;
    return text;
  }

  private encodingOf(file: string): TextEncoding {
    const f = this.files.get(file)!;
    f.encoding ??= readCsvPieces(file, bytesOf(f)).encoding;
    return f.encoding;
  }

  /** The headers of a table read before, in its column order (for messages about a cell of it). */
  private headersOf(name: string): string[] {
    const loc = this.located.get(name);
    if (!loc) return [];
    const head = this.head(loc.file);
    const cells = head.records[loc.region.headerRow - 1 - head.skipped] ?? [];
    return cells.slice(loc.region.firstCol, loc.region.firstCol + loc.region.width);
  }

  private head(file: string): ParsedCsv {
    const f = this.files.get(file)!;
    f.head ??= parseCsv(
      readCsvPieces(file, bytesOf(f), f.encoding, { firstOnly: true }).pieces[0],
      undefined,
      HEADER_SCAN_ROWS,
    );
    return f.head;
  }

  private static grid(p: ParsedCsv): GridRow[] {
    return p.records.map((cells, i) => ({ rowNumber: i + 1 + p.skipped, cells }));
  }

  async readTable(spec: TableSpec): Promise<TableData | null> {
    const names = [...this.files.keys()];
    const byName = names.find((n) => nameMatches(spec, baseName(n)));
    const order = byName ? [byName] : names;
    for (const file of order) {
      // The header row is among the first rows (findRegion looks no further than HEADER_SCAN_ROWS).
      const region = findRegion(spec, CsvFolderWorkbook.grid(this.head(file)), file === byName);
      if (!region) continue;
      this.located.set(spec.name, { file, region });
      return tableData(spec, baseName(file), CsvFolderWorkbook.grid(this.parsed(file)), region);
    }
    return null;
  }

  /**
   * The folder's dates and decimals, for a table that shows none (a new file): as the first rows of its files
   * write them (found once, when first asked).
   */
  defaultTextStyle(): TextDefaults {
    this.defaults ??= guessTextStyle([...this.files.keys()].flatMap((f) => this.head(f).records));
    return this.defaults;
  }

  /** The folder's style for new files: the delimiter its files use (comma when it has none). */
  private folderDelimiter(): Delimiter {
    for (const f of this.files.keys()) return this.head(f).delimiter;
    return ",";
  }

  /** The file's delimiter, decimal separator (the one its text values prove) and line ends. */
  private styleFrom(text: string, p: ParsedCsv): CsvStyle {
    let evidence: ReturnType<typeof decimalEvidence>;
    for (const record of p.records) {
      const e = decimalEvidence(record);
      if (e === undefined) continue;
      if (e === "mixed" || (evidence !== undefined && e !== evidence)) {
        evidence = "mixed";
        break;
      }
      evidence = e;
      // A point proves the separator: a comma later would only make it "mixed", which writes a point too.
      if (evidence === ".") break;
    }
    return {
      delimiter: p.delimiter,
      decimalSeparator: evidence === "," ? "," : ".",
      lineEnding: text.includes("\r\n") || !text.includes("\n") ? "\r\n" : "\n",
    };
  }

  private styleOf(file: string): CsvStyle {
    const f = this.files.get(file)!;
    if (!f.style) this.parsed(file);
    return f.style!;
  }

  private fileFor(name: string): string | undefined {
    const known = this.located.get(name)?.file;
    if (known) return known;
    const spec: TableSpec = { name, excelName: name.replace(/[^A-Za-z0-9_]/g, ""), isHeaderRow: () => false };
    return [...this.files.keys()].find((n) => nameMatches(spec, baseName(n)));
  }

  async appendRows(name: string, rows: readonly (readonly CellValue[])[]): Promise<void> {
    const file = this.fileFor(name);
    if (!file) throw new Error(`There is no "${name}.csv" in ${this.path} to add rows to.`);
    if (rows.length === 0) return;
    const f = this.files.get(file)!;
    const style = this.styleOf(file);
    const encoding = this.encodingOf(file);
    checkEncodable({ table: name, file, headers: this.headersOf(name) }, encoding, rows, (i) => {
      const p = this.parsed(file);
      return p.skipped + p.records.length + 1 + i;
    });
    // A block appended before ends its last row with a line end.
    const lead = f.pending?.length || endsLineOrEmpty(f.bytes, encoding) ? "" : style.lineEnding;
    (f.pending ??= []).push(csvBytes(lead + formatCsv(rows, style), encoding, true));
    f.changed = true;
    f.head = undefined;
    f.style = undefined;
  }

  /** Changes cells of a table read before; the file is written again in its own encoding, delimiter, separator and BOM. */
  async updateCells(name: string, updates: readonly CellUpdate[]): Promise<void> {
    const loc = this.located.get(name);
    if (!loc) throw new Error(`There is no "${name}" table read from ${this.path} to change.`);
    if (updates.length === 0) return;
    const { file, region } = loc;
    const f = this.files.get(file)!;
    const parsed = this.parsed(file);
    const style = this.styleOf(file);
    const encoding = this.encodingOf(file);
    const headers = this.headersOf(name);
    const records: CellValue[][] = parsed.records.map((r) => [...r]);
    for (const u of updates) {
      const record = records[u.row - 1 - parsed.skipped];
      if (!record || u.column < 0 || u.column >= region.width || u.row <= region.headerRow) {
        throw new Error(`Row ${u.row}, column ${u.column + 1} is outside the ${name} table in ${file}.`);
      }
      checkEncodableCell({ table: name, file, headers }, encoding, u.row, u.column, u.value);
      const at = region.firstCol + u.column;
      while (record.length <= at) record.push("");
      record[at] = u.value;
    }
    const sep = parsed.skipped ? `sep=${parsed.delimiter}${style.lineEnding}` : "";
    f.bytes = csvBytes(sep + formatCsv(records, style), encoding);
    f.changed = true;
    f.head = undefined;
    f.style = undefined;
  }

  /**
   * Deletes a table's rows from file row `fromRow` to the end of its file (rolling back rows an interrupted post
   * appended). The file is cut where that record starts, so the rows before it stay byte for byte.
   */
  async deleteRowsFrom(name: string, fromRow: number): Promise<void> {
    const loc = this.located.get(name);
    if (!loc) throw new Error(`There is no "${name}" table read from ${this.path} to change.`);
    const { file, region } = loc;
    if (fromRow <= region.headerRow)
      throw new Error(`Row ${fromRow} is not a data row of the ${name} table in ${file}.`);
    const f = this.files.get(file)!;
    const text = this.text(file);
    const parsed = this.parsed(file);
    const keep = fromRow - 1 - parsed.skipped;
    if (keep >= parsed.records.length) return;
    const cut = text.slice(0, recordStart(text, parsed.delimiter, keep));
    // What is kept must read back as the rows before: the cut follows the parser's rules, this proves it.
    if (!sameRecords(parseCsv(cut, parsed.delimiter).records, parsed.records.slice(0, keep))) {
      throw new Error(`${file}: row ${fromRow} could not be told apart from the rows before it; nothing was deleted.`);
    }
    f.bytes = csvBytes(cut, this.encodingOf(file));
    f.changed = true;
    f.head = undefined;
    f.style = undefined;
  }

  async writeTable(name: string, headers: readonly string[], rows: readonly (readonly CellValue[])[]): Promise<void> {
    const file = this.fileFor(name) ?? `${name}.csv`;
    // A file replaced keeps its encoding and line ends; a new one is UTF-8 with a BOM, CRLF (as Excel writes).
    const own = this.files.has(file);
    const encoding = own ? this.encodingOf(file) : NEW_FILE_ENCODING;
    const lineEnding = own ? this.styleOf(file).lineEnding : "\r\n";
    const style: CsvStyle = { delimiter: this.folderDelimiter(), decimalSeparator: ".", lineEnding };
    checkEncodable({ table: name, file, headers }, encoding, [headers, ...rows], (i) => i + 1);
    const bytes = csvBytes(formatCsv([headers, ...rows], style), encoding);
    this.files.set(file, { bytes, changed: true, encoding, readAs: this.files.get(file)?.readAs ?? null });
    this.located.delete(name);
  }

  /** --out must not reach the workbook's own files through a link (it says the workbook stays unchanged). */
  private async checkOutsideInput(writes: readonly FileWrite[]): Promise<void> {
    const input = await realTarget(this.path);
    for (const w of writes) {
      if (path.dirname(await realTarget(w.target)) !== input) continue;
      throw new WorkbookFileError(
        `"${w.target}" is a link to the workbook's own file in "${this.path}", which --out leaves unchanged; ` +
          "nothing was written. Give --out a folder of its own and run the command again.",
      );
    }
  }

  /**
   * Writes the changed files as one commit (./commit.ts), the Revaluation Journal's file last, so its Posted
   * flag is the last thing to change; every file read is checked unchanged first. With `outPath`, the whole
   * workbook (other files too) goes to that folder, under its own lock.
   */
  async save(outPath?: string): Promise<void> {
    const target = outPath ? path.resolve(outPath) : path.resolve(this.path);
    const inPlace = target === path.resolve(this.path);
    if (!inPlace) {
      const existing = await stat(target).catch(() => null);
      if (existing && !existing.isDirectory()) throw new Error(`"${outPath}" is a file; give a folder for CSV output.`);
      await mkdir(target, { recursive: true });
    }
    const journalFile = this.fileFor(REVALUATION_JOURNAL.caption);
    const names = [...this.files.keys()].sort((a, b) => Number(a === journalFile) - Number(b === journalFile));
    const writes: FileWrite[] = [];
    const reads: FileRead[] = [];
    for (const name of names) {
      const f = this.files.get(name)!;
      const file = path.join(target, name);
      if (!inPlace) writes.push({ target: file, data: bytesOf(f) });
      else if (f.changed) writes.push({ target: file, data: bytesOf(f), before: f.readAs });
      else if (f.readAs !== null) reads.push({ target: file, before: f.readAs });
    }
    if (!inPlace)
      for (const other of this.otherFiles)
        writes.push({ target: path.join(target, other), data: await readFile(path.join(this.path, other)) });
    if (writes.length === 0) return;
    if (!inPlace) await this.checkOutsideInput(writes);
    const lock = inPlace ? undefined : await lockWorkbook(target, true);
    try {
      await commitFiles(writes, { record: target, reads, label: `The workbook "${this.path}"` });
    } finally {
      await lock?.release();
    }
    for (const f of this.files.values()) {
      if (inPlace && f.changed) f.readAs = contentHash(bytesOf(f));
      f.changed = false;
    }
  }
}
