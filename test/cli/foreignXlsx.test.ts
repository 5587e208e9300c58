// Workbooks written by other programs are read and written back like Excel's: one re-saved by LibreOffice
// Calc (its tables carry no tableStyleInfo; converted here by a real LibreOffice) and one written by Python's
// openpyxl (part names from the package root in its relationships; test/fixtures/openpyxl-sample.xlsx). The
// same commands on the bundled sample are the reference.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFile, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { costing, readTable, REPO, removeTemps, type Row, SAMPLE_XLSX, sampleCopy, tempDir } from "./helpers";

afterAll(removeTemps);

const SOFFICE = process.env.SOFFICE ?? "soffice";
const hasSoffice = spawnSync(SOFFICE, ["--version"], { stdio: "ignore", timeout: 60000 }).status === 0;
const NEEDS_LIBREOFFICE =
  `This test needs LibreOffice Calc ("${SOFFICE}"; Debian: apt-get install -y libreoffice-calc, which .ci/run ` +
  "does when it is missing).";

/** Converts `file` with a headless LibreOffice (its own profile, so runs do not share one) into `dir`. */
function soffice(file: string, dir: string, filter: string): void {
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", filter, "--outdir", dir, file],
    { stdio: "pipe", timeout: 120000 },
  );
}

/** The sample as LibreOffice Calc saves it (File > Save As > Excel 2007-365). */
async function libreOfficeSample(): Promise<string> {
  const dir = await tempDir();
  soffice(SAMPLE_XLSX, dir, "xlsx");
  return path.join(dir, "sample.xlsx");
}

async function openpyxlSample(): Promise<string> {
  const file = path.join(await tempDir(), "sample.xlsx");
  await copyFile(path.join(REPO, "test/fixtures/openpyxl-sample.xlsx"), file);
  return file;
}

/** The user's steps on a workbook: check, adjust, calculate a revaluation journal, revalue, post. */
async function steps(file: string): Promise<string[]> {
  const outputs: string[] = [];
  const run = async (...args: string[]) => {
    const r = await costing([args[0], file, ...args.slice(1)]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    outputs.push(r.stdout.replaceAll(file, "<workbook>").replace(/\d{4}-\d\d-\d\dT[\d:]+Z/g, "<posted at>"));
  };
  await run("check");
  await run("adjust");
  await run("calc-value", "--date", "2023-12-31", "--item", "FIFO-PLAIN");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const journal = book.getWorksheet("Revaluation Journal")!;
  const headers = (journal.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  journal.getRow(2).getCell(headers.indexOf("Unit Cost (Revalued)")).value = 5;
  await book.xlsx.writeFile(file);
  await run("post");
  await run("check");
  return outputs;
}

const ledgerTables = async (file: string): Promise<Record<string, Row[]>> => ({
  "Value Entries": await readTable(file, "Value Entries"),
  Items: await readTable(file, "Items"),
});

async function tablesOf(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(file));
  return Object.keys(zip.files).filter((n) => /^xl\/tables\/.*\.xml$/.test(n));
}

async function expectSameAsSample(foreign: string): Promise<void> {
  const sample = await sampleCopy("xlsx");
  expect(await steps(foreign)).toEqual(await steps(sample));
  expect(await ledgerTables(foreign)).toEqual(await ledgerTables(sample));
  expect(await tablesOf(foreign)).toHaveLength((await tablesOf(sample)).length);
}

const describeLibreOffice = hasSoffice || process.env.CI === "true" ? describe : describe.skip;
if (!hasSoffice) {
  if (process.env.CI === "true") {
    test("LibreOffice Calc is installed", () => {
      throw new Error(NEEDS_LIBREOFFICE + " It is missing, and CI=true requires it.");
    });
  } else console.warn(`Skipped: the LibreOffice round trip. ${NEEDS_LIBREOFFICE}`);
}

describeLibreOffice("a workbook re-saved by LibreOffice Calc", () => {
  it("is read and written back as the sample is: adjust, calc-value, post; LibreOffice reads the result", async () => {
    const file = await libreOfficeSample();
    const table = await JSZip.loadAsync(await readFile(file));
    const xml = await table.file((await tablesOf(file))[0])!.async("string");
    expect(xml).not.toContain("tableStyleInfo"); // what made exceljs fail writing it
    await expectSameAsSample(file);

    // LibreOffice opens what was written: its Value Entries are ours.
    const dir = await tempDir();
    soffice(file, dir, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");
    const csv = (await readdir(dir)).find((f) => f.endsWith("-Value Entries.csv"))!;
    const lines = (await readFile(path.join(dir, csv), "utf8")).split(/\r?\n/).filter((l) => l !== "");
    const entries = await readTable(file, "Value Entries");
    expect(lines).toHaveLength(entries.length + 1);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(entries.map((e) => e["Entry No."]));
  }, 180000);
});

describe("a workbook written by openpyxl", () => {
  it("is read and written back as the sample is: adjust, calc-value, post", async () => {
    const file = await openpyxlSample();
    const zip = await JSZip.loadAsync(await readFile(file));
    expect(await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string")).toContain(
      'Target="/xl/tables/table2.xml"',
    );
    await expectSameAsSample(file);
  }, 60000);
});
