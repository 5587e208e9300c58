// Excel tables the reader and the writers must agree on: a totals row (not a ledger row; new rows go above
// it) and a range beyond Excel's grid (refused by check as by the writers, exit 1, naming table and range).
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { costing, readTable, removeTemps, sampleCopy } from "./helpers";
import { editParts, VALUE_ENTRIES_SHEET, VALUE_ENTRIES_TABLE } from "./xlsxParts";

afterAll(removeTemps);

const SUM_COST = "SUBTOTAL(109,ValueEntries[Cost Amount (Actual)])";

/** The sample with a totals row under Value Entries, as Excel writes one (Table Design > Total Row). */
async function withTotalsRow(): Promise<string> {
  const file = await sampleCopy("xlsx");
  await editParts(file, {
    [VALUE_ENTRIES_TABLE]: (xml) =>
      xml
        .replace(/ ref="A1:V53"/, ' ref="A1:V54"')
        .replace(/ totalsRowShown="1"/, ' totalsRowCount="1"')
        .replace(/(name="Cost Amount \(Actual\)") totalsRowFunction="none"/, '$1 totalsRowFunction="sum"'),
    [VALUE_ENTRIES_SHEET]: (xml) =>
      xml.replace(
        "</sheetData>",
        '<row r="54"><c r="A54" t="inlineStr"><is><t>Total</t></is></c>' +
          `<c r="N54"><f>${SUM_COST}</f><v>1234.5</v></c></row></sheetData>`,
      ),
  });
  return file;
}

async function tableXml(file: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(file));
  for (const part of Object.keys(zip.files).filter((n) => /^xl\/tables\/.*\.xml$/.test(n))) {
    const xml = await zip.file(part)!.async("string");
    if (xml.includes(`name="${name}"`)) return xml;
  }
  throw new Error(`no table ${name} in ${file}`);
}

describe("a table with a totals row", () => {
  it("is read without its totals row, and adjust appends above it, keeping it as the table's last row", async () => {
    const file = await withTotalsRow();
    const plain = await sampleCopy("xlsx");
    const checked = await costing(["check", file]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toBe((await costing(["check", plain])).stdout.replaceAll(plain, file));

    const adjusted = await costing(["adjust", file]);
    expect(adjusted.stderr).toBe("");
    expect(adjusted.code).toBe(0);
    const reference = await costing(["adjust", plain]);
    expect(adjusted.stdout).toBe(reference.stdout.replaceAll(plain, file));

    const rows = await readTable(file, "Value Entries");
    const added = (await readTable(plain, "Value Entries")).length - 52;
    expect(added).toBeGreaterThan(0);
    expect(rows).toHaveLength(52 + added + 1);
    expect(rows.slice(0, -1)).toEqual(await readTable(plain, "Value Entries"));
    expect(rows[rows.length - 1]["Entry No."]).toBe("Total");

    const bottom = 54 + added;
    const xml = await tableXml(file, "ValueEntries");
    expect(xml).toContain(` ref="A1:V${bottom}"`);
    expect(xml).toContain('totalsRowCount="1"');
    expect(xml).toContain('totalsRowFunction="sum"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ve = wb.getWorksheet("Value Entries")!;
    expect(ve.getCell(`A${bottom}`).value).toBe("Total");
    expect(ve.getCell(`N${bottom}`).formula).toBe(SUM_COST);

    const again = await costing(["check", file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Problems: none");
  });
});

describe("a table range beyond Excel's grid", () => {
  const cases: [string, string][] = [
    ["rows and columns", "A1:ZZZZ99999999"],
    ["rows", "A1:V1048577"],
    ["columns", "A1:XFE53"],
  ];
  it.each(cases)(
    "(%s): check and adjust refuse it, exit 1, naming the table and the range",
    async (_what, ref) => {
      const file = await sampleCopy("xlsx");
      await editParts(file, { [VALUE_ENTRIES_TABLE]: (xml) => xml.replaceAll('ref="A1:V53"', `ref="${ref}"`) });
      const before = await readFile(file);
      for (const cmd of ["check", "adjust"]) {
        const r = await costing([cmd, file]);
        expect(r.stderr).not.toContain("internal error");
        expect(r.code).toBe(1);
        expect(r.stderr).toContain(`the Excel table ValueEntries on sheet "Value Entries" has the range ${ref}`);
        expect(r.stderr).toContain("XFD");
      }
      expect(await readFile(file)).toEqual(before);
    },
    20000,
  );
});

describe("a value right under a table", () => {
  it("adjust refuses to write over it: exit 1, naming the sheet, row and table; nothing written", async () => {
    const file = await sampleCopy("xlsx");
    await editParts(file, {
      [VALUE_ENTRIES_SHEET]: (xml) =>
        xml.replace("</sheetData>", '<row r="55"><c r="C55" t="inlineStr"><is><t>note</t></is></c></row></sheetData>'),
    });
    const before = await readFile(file);
    const r = await costing(["adjust", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`"${file}", sheet "Value Entries": row 55 under the table ValueEntries is not empty;`);
    expect(await readFile(file)).toEqual(before);
  });
});
