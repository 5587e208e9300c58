// The package check before exceljs loads a workbook: relationships naming parts from the package root
// (openpyxl) are rewritten relative to their part, as Excel writes them; external links and Excel's own
// packages are left as they are.
import { readFile } from "node:fs/promises";
import path from "node:path";
import JSZip from "jszip";
import { WorkbookFileError } from "../../src/files";
import { xlsxPackage } from "../../src/files/xlsxPackage";

const SAMPLE = path.resolve(__dirname, "../../assets/sample.xlsx");
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

async function rels(bytes: Buffer, name: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async("string");
}

test("an Excel package is handed over as it is", async () => {
  const sample = await readFile(SAMPLE);
  expect(await xlsxPackage("sample.xlsx", sample)).toBe(sample);
});

test("targets from the package root become relative to the part; external links are kept", async () => {
  const zip = await JSZip.loadAsync(await readFile(SAMPLE));
  zip.file(
    "xl/worksheets/_rels/sheet2.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Type="${REL}/table" Target="/xl/tables/table2.xml" Id="rId1"/>` +
      `<Relationship Type="${REL}/hyperlink" Target="/srv/share/prices.xlsx" TargetMode="External" Id="rId2"/>` +
      `</Relationships>`,
  );
  const root = (await zip.file("_rels/.rels")!.async("string")).replace('Target="xl/', 'Target="/xl/');
  zip.file("_rels/.rels", root);
  const out = await xlsxPackage("x.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
  const sheet = await rels(out, "xl/worksheets/_rels/sheet2.xml.rels");
  expect(sheet).toContain('Target="../tables/table2.xml" Id="rId1"');
  expect(sheet).toContain('Target="/srv/share/prices.xlsx" TargetMode="External"');
  expect(await rels(out, "_rels/.rels")).toContain('Target="xl/workbook.xml"');
});

test("a part whose bytes no longer match its checksum is a damaged file", async () => {
  const zip = await JSZip.loadAsync(await readFile(SAMPLE));
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
  const at = bytes.indexOf(Buffer.from("Item Ledger Entry No."));
  bytes[at] = "J".charCodeAt(0); // a stored (uncompressed) part: only the checksum tells
  await expect(xlsxPackage("x.xlsx", bytes)).rejects.toThrow(WorkbookFileError);
  await expect(xlsxPackage("x.xlsx", bytes)).rejects.toThrow(/damaged or incomplete \(the part .* does not match/);
});
