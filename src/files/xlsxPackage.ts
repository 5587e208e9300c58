// An .xlsx file's bytes checked before exceljs loads them: a file that is not a whole .xlsx package (empty,
// truncated, another kind of file, encrypted) is refused in the user's words; what other programs write
// differently from Excel (openpyxl's absolute part names in relationships, which exceljs 4.4 does not resolve)
// is rewritten the way Excel writes it.
import path from "node:path";
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
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (e) {
    throw new WorkbookFileError(
      `"${file}" is not an .xlsx workbook: it is damaged or incomplete (${reason(e)}). Restore it from a ` +
        "backup, or let Excel repair it (File > Open, Open and Repair) and save it again; then run the command again.",
    );
  }
  if (!zip.file("xl/workbook.xml") || !zip.file("[Content_Types].xml")) {
    throw new WorkbookFileError(
      `"${file}" is a zip archive but not an .xlsx workbook (it has no xl/workbook.xml). ${RESAVE}`,
    );
  }
  return (await relativeTargets(zip)) ? zip.generateAsync({ type: "nodebuffer", compression: "STORE" }) : bytes;
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
