// A damaged or foreign file named .xlsx is the user's problem (exit 1), named, with what to do; never an
// internal error (exit 3), and nothing is written.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import JSZip from "jszip";
import { costing, removeTemps, SAMPLE_XLSX, sampleCopy } from "./helpers";
import { editedParts, VALUE_ENTRIES_SHEET } from "./xlsxParts";

afterAll(removeTemps);

/** An encrypted OOXML file is a CFB (OLE compound) file: its magic, then sectors. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const KINDS: [string, (sample: Buffer) => Promise<Buffer>, string][] = [
  ["an empty file", async () => Buffer.alloc(0), "is empty (0 bytes), not an .xlsx workbook"],
  [
    "a truncated file",
    async (s) => s.subarray(0, Math.floor(s.length / 2)),
    "is not an .xlsx workbook: it is damaged or incomplete",
  ],
  [
    "a CSV text named .xlsx",
    async () => Buffer.from("Entry No.,Item No.\r\n1,A\r\n"),
    "is not an .xlsx workbook (damaged, or password-protected: save it without a password)",
  ],
  [
    "a password-protected workbook (CFB)",
    async () => Buffer.concat([CFB_MAGIC, Buffer.alloc(4096 - CFB_MAGIC.length)]),
    "is password-protected or an Excel 97-2003 file",
  ],
  [
    "bad sheet XML",
    async (s) => editedParts(s, { [VALUE_ENTRIES_SHEET]: (xml) => xml.slice(0, Math.floor(xml.length / 2)) }),
    "could not be read as an .xlsx workbook",
  ],
  [
    "a changed byte inside a compressed part",
    async (s) => {
      const b = Buffer.from(s);
      const at = b.indexOf(Buffer.from("xl/worksheets/sheet2.xml")) + 200; // in that part's compressed data
      b[at] ^= 0xff;
      return b;
    },
    "is not an .xlsx workbook: it is damaged or incomplete",
  ],
  [
    "a zip file that is no workbook",
    async () => new JSZip().file("readme.txt", "hello").generateAsync({ type: "nodebuffer" }),
    "is a zip archive but not an .xlsx workbook",
  ],
];

describe.each(KINDS)("%s", (_kind, make, message) => {
  it.each(["check", "adjust", "valuation"])("%s: exit 1, named, nothing written", async (cmd) => {
    const file = await sampleCopy("xlsx");
    await writeFile(file, await make(await readFile(SAMPLE_XLSX)));
    const before = await readFile(file);
    const args = cmd === "valuation" ? [cmd, file, "--date", "2023-12-31"] : [cmd, file];
    const r = await costing(args);
    expect(r.stderr).not.toContain("internal error");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`"${file}" `);
    expect(r.stderr).toContain(message);
    expect(await readFile(file)).toEqual(before);
    expect(await readdir(path.dirname(file))).toEqual([path.basename(file)]);
  });
});
