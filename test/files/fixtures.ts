// Files for adapter tests: a small English ledger as CSV text, and temp folders.
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const made: string[] = [];

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "costing-files-"));
  made.push(dir);
  return dir;
}

/** Removes the folders tempDir made (call from afterAll). */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

export const ILE_CSV =
  "Entry No.,Item No.,Posting Date,Entry Type,Quantity,Location Code\r\n" +
  "2,1000,2020-01-15,Sale,-6,BLUE\r\n" +
  "1,1000,2020-01-10,Purchase,10,BLUE\r\n";

export const VE_CSV =
  "\uFEFFEntry No.;Item Ledger Entry No.;Posting Date;Entry Type;Cost Amount (Actual);Adjustment;Document No.\n" +
  "2;2;15.01.2020;Direct Cost;-60,5;Nein;S-1\n" +
  "1;1;10.01.2020;Direct Cost;100,25;Nein;P-1\n";

/** Every file in a folder with its bytes and modification time, to prove nothing changed. */
export async function snapshot(dir: string): Promise<Record<string, { bytes: string; mtime: number }>> {
  const out: Record<string, { bytes: string; mtime: number }> = {};
  for (const name of (await readdir(dir)).sort()) {
    const p = path.join(dir, name);
    out[name] = { bytes: (await readFile(p)).toString("base64"), mtime: (await stat(p)).mtimeMs };
  }
  return out;
}
