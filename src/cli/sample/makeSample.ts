// Writes the bundled sample workbook: assets/sample/ (one CSV file per table) and assets/sample.xlsx
// (the same tables as Excel tables). Run with `npm run make-sample` (from the repository root), or
// `node dist/cli/sample/makeSample.js [<assets folder>]`.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildSample } from "./scenarios";
import { type Cell, type SampleTable, sampleTables } from "./sampleTables";

function csvField(cell: Cell): string {
  const s = cell.kind === "bool" ? (cell.value ? "Yes" : "No") : cell.value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(table: SampleTable): string {
  const lines = [table.columns.map((c) => csvField({ kind: "text", value: c })).join(",")];
  for (const row of table.rows) lines.push(row.map(csvField).join(","));
  return lines.join("\n") + "\n";
}

function xlsxValue(cell: Cell): ExcelJS.CellValue {
  switch (cell.kind) {
    case "text":
      return cell.value;
    case "bool":
      return cell.value ? "Yes" : "No";
    case "date":
      return cell.value === "" ? null : new Date(cell.value + "T00:00:00Z");
    case "number":
      return Number(cell.value); // serialization only: Excel stores numbers as doubles
  }
}

export async function writeCsvFolder(dir: string, tables: SampleTable[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const t of tables) await writeFile(path.join(dir, `${t.caption}.csv`), toCsv(t), "utf8");
}

export async function writeXlsx(file: string, tables: SampleTable[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const fixed = new Date("2025-01-01T00:00:00Z");
  wb.creator = "Inventory Costing for Excel (sample)";
  wb.created = fixed;
  wb.modified = fixed;
  for (const t of tables) {
    const ws = wb.addWorksheet(t.caption);
    ws.addTable({
      name: t.excelName,
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: t.columns.map((name) => ({ name, filterButton: true })),
      rows: t.rows.map((r) => r.map(xlsxValue)),
    });
    t.columns.forEach((name, i) => {
      ws.getColumn(i + 1).width = Math.max(10, Math.min(28, name.length + 2));
    });
    // Date format on the date cells only (a column may mix kinds, like Inventory Setup's Value).
    t.rows.forEach((r, ri) =>
      r.forEach((cell, ci) => {
        if (cell.kind === "date") ws.getCell(ri + 2, ci + 1).numFmt = "yyyy-mm-dd";
      }),
    );
  }
  await mkdir(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
}

export async function makeSample(assetsDir: string): Promise<string[]> {
  const tables = sampleTables(buildSample());
  const written: string[] = [];
  const csvDir = path.join(assetsDir, "sample");
  await writeCsvFolder(csvDir, tables);
  written.push(csvDir);
  const xlsx = path.join(assetsDir, "sample.xlsx");
  await writeXlsx(xlsx, tables);
  written.push(xlsx);
  return written;
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? "assets");
  makeSample(dir).then(
    (files) => {
      for (const f of files) process.stdout.write(`wrote ${path.relative(process.cwd(), f) || f}\n`);
    },
    (err: unknown) => {
      process.stderr.write(`make-sample failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
