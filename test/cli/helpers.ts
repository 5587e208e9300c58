// Helpers for the command-line tests: captured streams, temporary copies of the sample, and an independent
// reader of written workbooks (CSV parsed here, .xlsx read with ExcelJS), so results are checked as written.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli, type RunOptions } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";

export const REPO = path.resolve(__dirname, "../..");
export const SAMPLE_CSV = path.join(REPO, "assets/sample");
export const SAMPLE_XLSX = path.join(REPO, "assets/sample.xlsx");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function captureIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
  };
}

export async function costing(argv: string[], options?: RunOptions): Promise<Run> {
  const io = captureIo();
  const code = await runCli(argv, io, options);
  return { code, stdout: io.out.join(""), stderr: io.err.join("") };
}

const temps: string[] = [];

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "costing-cli-"));
  temps.push(dir);
  return dir;
}

export async function removeTemps(): Promise<void> {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

export type Kind = "csv" | "xlsx";

/** A fresh copy of the bundled sample of this kind; returns its path. */
export async function sampleCopy(kind: Kind): Promise<string> {
  const dir = await tempDir();
  if (kind === "csv") {
    const dest = path.join(dir, "sample");
    await cp(SAMPLE_CSV, dest, { recursive: true });
    return dest;
  }
  const dest = path.join(dir, "sample.xlsx");
  await cp(SAMPLE_XLSX, dest);
  return dest;
}

/** A path next to `workbook` for --out, of the same kind. */
export function outPathFor(workbook: string, kind: Kind): string {
  return path.join(path.dirname(workbook), kind === "csv" ? "adjusted" : "adjusted.xlsx");
}

/** Every file of a CSV folder or the .xlsx file, as bytes, to prove nothing changed. */
export async function snapshot(p: string): Promise<Record<string, string>> {
  if (p.endsWith(".xlsx")) return { [path.basename(p)]: (await readFile(p)).toString("base64") };
  const files = (await readdir(p)).sort();
  const snap: Record<string, string> = {};
  for (const f of files) snap[f] = (await readFile(path.join(p, f))).toString("base64");
  return snap;
}

// ---- independent table reader -------------------------------------------------------------------------

export type Row = Record<string, string>;

function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, "");
  const firstLine = src.split(/\r?\n/, 1)[0];
  const delim = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delim) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("result" in v) return cellText(v.result as ExcelJS.CellValue);
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v) return String(v.text);
  }
  return String(v);
}

/** The rows of a table ("Value Entries", ...) as caption -> text, read from what is on disk. */
export async function readTable(workbook: string, caption: string): Promise<Row[]> {
  let grid: string[][];
  if (workbook.endsWith(".xlsx")) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(workbook);
    const ws = wb.getWorksheet(caption);
    if (!ws) throw new Error(`no sheet "${caption}" in ${workbook}`);
    grid = [];
    ws.eachRow({ includeEmpty: false }, (r) => {
      const cells: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) cells.push(cellText(r.getCell(c).value));
      grid.push(cells);
    });
  } else {
    grid = parseCsv(await readFile(path.join(workbook, `${caption}.csv`), "utf8"));
  }
  const [headers, ...body] = grid;
  return body
    .filter((cells) => cells.some((c) => c.trim() !== ""))
    .map((cells) => Object.fromEntries(headers.map((h, i) => [h.trim(), (cells[i] ?? "").trim()])));
}

// ---- editing a workbook as a user would ------------------------------------------------------------------

export const JOURNAL = "Revaluation Journal";

/** A table of a CSV folder as lines of fields (the files these tests edit have no quoted fields). */
export async function csvGrid(folder: string, table: string): Promise<{ file: string; bom: string; grid: string[][] }> {
  const file = path.join(folder, `${table}.csv`);
  const text = await readFile(file, "utf8");
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const grid = text
    .slice(bom.length)
    .split(/\r?\n/)
    .filter((l) => l !== "")
    .map((l) => l.split(","));
  return { file, bom, grid };
}

export async function writeCsvGrid(g: { file: string; bom: string; grid: string[][] }): Promise<void> {
  await writeFile(g.file, g.bom + g.grid.map((r) => r.join(",")).join("\r\n") + "\r\n", "utf8");
}

/** Types a value into the journal line of an item, as a user would: in the CSV file, or in Excel. */
export async function editJournal(wb: string, itemNo: string, caption: string, value: string | number): Promise<void> {
  if (!wb.endsWith(".xlsx")) {
    const g = await csvGrid(wb, JOURNAL);
    const col = g.grid[0].indexOf(caption);
    const row = g.grid.find((r) => r[g.grid[0].indexOf("Item No.")] === itemNo)!;
    row[col] = String(value);
    await writeCsvGrid(g);
    return;
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(wb);
  const ws = book.getWorksheet(JOURNAL)!;
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  ws.eachRow((row, n) => {
    if (n > 1 && row.getCell(headers.indexOf("Item No.")).value === itemNo) {
      row.getCell(headers.indexOf(caption)).value = value;
    }
  });
  await book.xlsx.writeFile(wb);
}
