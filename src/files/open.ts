// openWorkbook: an .xlsx file or a folder of CSV files, as a FileWorkbook.
import { stat } from "node:fs/promises";
import path from "node:path";
import { CsvFolderWorkbook } from "./csvFolder";
import type { FileWorkbook } from "./grid";
import { XlsxWorkbook } from "./xlsx";

export async function openWorkbook(p: string): Promise<FileWorkbook> {
  const s = await stat(p);
  if (s.isDirectory()) return CsvFolderWorkbook.open(p);
  if (path.extname(p).toLowerCase() === ".xlsx") return XlsxWorkbook.open(p);
  throw new Error(`"${p}" is neither an .xlsx workbook nor a folder of CSV files.`);
}
