// openWorkbook: an .xlsx file or a folder of CSV files, as a FileWorkbook. openLockedWorkbook: the same for one
// command's whole read-compute-write: the workbook's lock taken first, an interrupted save of an earlier command
// completed and its temporary files removed, the lock released by close().
import { stat } from "node:fs/promises";
import path from "node:path";
import { recoverCommit, removeStaleTemps, realTarget, type CommitRecovered } from "./commit";
import { CsvFolderWorkbook } from "./csvFolder";
import type { FileWorkbook } from "./grid";
import { lockWorkbook } from "./lock";
import { XlsxWorkbook } from "./xlsx";

export async function openWorkbook(p: string): Promise<FileWorkbook> {
  const s = await stat(p);
  if (s.isDirectory()) return CsvFolderWorkbook.open(p);
  if (path.extname(p).toLowerCase() === ".xlsx") return XlsxWorkbook.open(p);
  throw new Error(`"${p}" is neither an .xlsx workbook nor a folder of CSV files.`);
}

export async function openLockedWorkbook(p: string): Promise<FileWorkbook> {
  const isFolder = (await stat(p)).isDirectory();
  const lock = await lockWorkbook(p, isFolder);
  try {
    const real = await realTarget(p);
    let recovered: CommitRecovered | null = null;
    if (isFolder) {
      recovered = await recoverCommit(real);
      await removeStaleTemps(real);
    } else await removeStaleTemps(path.dirname(real), path.basename(real));
    const workbook = await openWorkbook(p);
    return Object.assign(workbook, { close: () => lock.release(), recovered: recovered ?? undefined });
  } catch (e) {
    await lock.release();
    throw e;
  }
}
