// An .xlsx file's bytes checked before exceljs loads them: a file that is not a whole .xlsx package (empty,
// truncated, another kind of file, encrypted) is refused in the user's words; what other programs write
// differently from Excel (openpyxl's absolute part names in relationships, which exceljs 4.4 does not resolve)
// is rewritten the way Excel writes it.
import path from "node:path";
import zlib from "node:zlib";
import JSZip from "jszip";
import { WorkbookFileError } from "./fileError";

/** An encrypted (password-protected) OOXML file, like an Excel 97-2003 .xls, is a CFB compound file. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A zip archive starts with a local file header (PK 3 4), or is an empty archive (PK 5 6). */
const ZIP_MAGIC = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

const RESAVE =
  "Open it in Excel and save it as Excel Workbook (.xlsx), or restore it from a backup, and run the command again.";

/** The bytes exceljs is to load: `bytes` itself, or a copy with its relationships rewritten. */
export async function xlsxPackage(file: string, bytes: Buffer): Promise<Buffer> {
  if (bytes.length === 0) {
    throw new WorkbookFileError(
      `"${file}" is empty (0 bytes), not an .xlsx workbook. Restore it from a backup and run the command again.`,
    );
  }
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new WorkbookFileError(
      `"${file}" is not an .xlsx workbook: it is password-protected or an Excel 97-2003 file. Open it in ` +
        "Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) and save it as " +
        "Excel Workbook (.xlsx), then run the command again.",
    );
  }
  if (!ZIP_MAGIC.some((m) => startsWith(bytes, m))) {
    throw new WorkbookFileError(
      `"${file}" is not an .xlsx workbook (damaged, or password-protected: save it without a password). ${RESAVE}`,
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
    await checkEntries(zip, bytes);
  } catch (e) {
    throw new WorkbookFileError(
      `"${file}" is not an .xlsx workbook: it is damaged or incomplete (${reason(e)}). Restore it from a ` +
        "backup, or let Excel repair it (File > Open, Open and Repair) and save it again; then run the command again.",
    );
  }
  const has = (name: string) => zip.file(name) ?? zip.file("/" + name);
  if (!has("xl/workbook.xml") || !has("[Content_Types].xml")) {
    throw new WorkbookFileError(
      `"${file}" is a zip archive but not an .xlsx workbook (it has no xl/workbook.xml). ${RESAVE}`,
    );
  }
  return (await relativeTargets(zip)) ? zip.generateAsync({ type: "nodebuffer", compression: "STORE" }) : bytes;
}

/** What jszip keeps of an entry read from a file (its private `_data`, declared but commented out in its typings). */
interface StoredEntry {
  readonly uncompressedSize: number;
  readonly crc32: number;
  readonly compression: { readonly magic: string };
  readonly compressedContent: Uint8Array;
}

const STORE = "\x00\x00";
const DEFLATE = "\x08\x00";

/**
 * Every entry inflates to its recorded size and checksum, so a changed byte is found here rather than read
 * as another value. Node's zlib does it in a fraction of exceljs's own load (jszip's checkCRC32 takes a third
 * of it); where zlib has no crc32 (Node before 20.15) jszip checks.
 */
async function checkEntries(zip: JSZip, bytes: Buffer): Promise<void> {
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (typeof crc32 !== "function") {
    await JSZip.loadAsync(bytes, { checkCRC32: true });
    return;
  }
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const stored = (entry as unknown as { _data: StoredEntry })._data;
    const { compression, compressedContent, uncompressedSize } = stored;
    if (compression.magic !== STORE && compression.magic !== DEFLATE) {
      throw new Error(`${entry.name} is compressed in a way Excel does not use`);
    }
    const data =
      compression.magic === STORE
        ? compressedContent
        : zlib.inflateRawSync(compressedContent, { maxOutputLength: Math.max(1, uncompressedSize) });
    if (data.length !== uncompressedSize || crc32(data) >>> 0 !== stored.crc32 >>> 0) {
      throw new Error(`the part ${entry.name} does not match its checksum`);
    }
  }
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e)).replace(/\.$/, "");

/** A relationship target given from the package root ("/xl/tables/table1.xml"), outside an external link. */
const ABSOLUTE_TARGET = /(<Relationship\b(?![^>]*TargetMode="External")[^>]*\bTarget=")(\/[^"]*)"/g;

/**
 * Rewrites every relationship target given from the package root as one relative to the part the
 * relationships belong to (Excel's form, the only one exceljs resolves); true when anything changed.
 */
async function relativeTargets(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const name of Object.keys(zip.files).filter((n) => /(^|\/)_rels\/[^/]*\.rels$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    // "xl/worksheets/_rels/sheet1.xml.rels" belongs to "xl/worksheets/sheet1.xml": targets start in its folder.
    const from = "/" + path.posix.dirname(path.posix.dirname(name));
    const fixed = xml.replace(
      ABSOLUTE_TARGET,
      (_m, head: string, target: string) => `${head}${path.posix.relative(from, target)}"`,
    );
    if (fixed !== xml) {
      zip.file(name, fixed);
      changed = true;
    }
  }
  return changed;
}
