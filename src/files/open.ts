// openWorkbook: an .xlsx file or a folder of CSV files, as a FileWorkbook. openLockedWorkbook: the same for one
// command's whole read-compute-write: the workbook's lock taken first, an interrupted save of an earlier command
// completed and its temporary files removed, the lock released by close(). openWorkbookToRead: for a command
// that only reads: no lock (two readers never stop each other), but a consistent state all the same.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { COMMIT_RECORD, recoverCommit, removeStaleTemps, realTarget, type CommitRecovered } from "./commit";
import { WorkbookFileError } from "./fileError";
import { CsvFolderWorkbook } from "./csvFolder";
import type { FileWorkbook } from "./fileWorkbook";
import { lockWorkbook, removeStaleLock } from "./lock";

export async function openWorkbook(p: string): Promise<FileWorkbook> {
  const s = await stat(p);
  if (s.isDirectory()) return CsvFolderWorkbook.open(p);
  // exceljs is loaded only for an .xlsx (a third of a second a CSV folder need not wait for).
  if (path.extname(p).toLowerCase() === ".xlsx") return (await import("./xlsx")).XlsxWorkbook.open(p);
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

/**
 * Opens the workbook as one consistent state without taking its lock: an unfinished commit is completed first
 * (under the lock, for that moment), and the files are read again if a commit replaced one while they were read
 * (a rename gives the file a new identity, which their stamps before and after show).
 */
export async function openWorkbookToRead(p: string): Promise<FileWorkbook> {
  const isFolder = (await stat(p)).isDirectory();
  for (let attempt = 0; attempt < 3; attempt++) {
    if (isFolder && (await stampOf(path.join(p, COMMIT_RECORD))) !== null) {
      const locked = await openLockedWorkbook(p); // refused while a writer is at work; completes a dead one's commit
      await locked.close?.();
      if (locked.recovered) return Object.assign(await openWorkbook(p), { recovered: locked.recovered });
    }
    await tidy(p, isFolder);
    const before = await stamps(p, isFolder);
    const workbook = await openWorkbook(p);
    const after = await stamps(p, isFolder);
    if (before === after) return workbook;
  }
  throw new WorkbookFileError(
    `"${p}" kept changing while it was read (another costing command or a program is saving it). Try again when ` +
      "it has ended.",
  );
}

/** What dead commands left: their lock and temporary files (those of a running command stay). */
async function tidy(p: string, isFolder: boolean): Promise<void> {
  await removeStaleLock(p, isFolder);
  const real = await realTarget(p);
  if (isFolder) await removeStaleTemps(real);
  else await removeStaleTemps(path.dirname(real), path.basename(real));
}

/** A file's identity and state (inode, size, modification time); null when it does not exist. */
async function stampOf(file: string): Promise<string | null> {
  const s = await stat(file).catch(() => null);
  return s && `${s.ino}:${s.size}:${s.mtimeMs}`;
}

/** The stamps of the workbook's files (a folder's CSV files and commit record, or the .xlsx), as one text. */
async function stamps(p: string, isFolder: boolean): Promise<string> {
  if (!isFolder) return String(await stampOf(p));
  const names = (await readdir(p)).filter((n) => n.toLowerCase().endsWith(".csv") || n === COMMIT_RECORD).sort();
  const all = await Promise.all(names.map(async (n) => `${n}=${await stampOf(path.join(p, n))}`));
  return all.join("|");
}
