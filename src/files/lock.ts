// The workbook lock: one costing command at a time reads, computes and writes a workbook. A lock file created
// with O_EXCL next to the workbook names its holder (host, process id); a holder that no longer runs on this
// host left a stale lock, which the next command removes. A pid-and-host rule, not a timestamp one: Adjust Cost
// on a large ledger computes for minutes without a moment to refresh a timestamp.
import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { link, open, readFile, rename, unlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { WorkbookFileError } from "./fileError";

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly token: string;
}

export interface WorkbookLock {
  readonly file: string;
  release(): Promise<void>;
}

/** The lock file of a workbook: inside a CSV folder, beside an .xlsx (hidden, so no table is read from it). */
export function lockFileOf(workbook: string, isFolder: boolean): string {
  const full = path.resolve(workbook);
  return isFolder
    ? path.join(full, ".costing.lock")
    : path.join(path.dirname(full), `.${path.basename(full)}.costing.lock`);
}

const held = new Set<string>();

// A lock left by a process that ended without releasing it (an exception path, a signal) goes at exit too.
process.on("exit", () => {
  for (const file of held) {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  }
});

/** Takes the workbook's lock, or refuses with the holder named; a stale lock (its process ended) is removed. */
export async function lockWorkbook(workbook: string, isFolder: boolean): Promise<WorkbookLock> {
  const file = lockFileOf(workbook, isFolder);
  const me: Holder = {
    pid: process.pid,
    host: os.hostname(),
    since: new Date().toISOString(),
    token: randomBytes(8).toString("hex"),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    const created = await tryCreate(file, me);
    if (created === "unwritable") return { file, release: async () => undefined };
    if (created === "created") {
      held.add(file);
      return { file, release: () => release(file, me) };
    }
    const holder = await readHolder(file);
    if (holder === undefined) continue; // released in between: try again
    if (holder.pid === 0 && attempt < 4) {
      await new Promise((resolve) => setTimeout(resolve, 100)); // being written: read it again
      continue;
    }
    if (!isStale(holder)) throw new WorkbookFileError(busyMessage(workbook, file, holder));
    await breakStale(file, holder);
  }
  throw new WorkbookFileError(
    `"${workbook}" is being opened by several costing commands at once. Wait until they end and run the command again.`,
  );
}

/** Removes the workbook's lock when its holder has ended (a reader tidies up without taking the lock). */
export async function removeStaleLock(workbook: string, isFolder: boolean): Promise<void> {
  const file = lockFileOf(workbook, isFolder);
  const holder = await readHolder(file).catch(() => undefined);
  if (holder && isStale(holder)) await breakStale(file, holder).catch(() => undefined);
}

/**
 * Creates the lock file whole or not at all: written aside, then linked to its name (fails if it exists).
 * "unwritable": the folder can't be written (a read-only share), so no command can change the workbook there;
 * it is read without a lock, and a command that writes is refused when it saves.
 */
async function tryCreate(file: string, me: Holder): Promise<"created" | "exists" | "unwritable"> {
  const aside = `${file}.${process.pid}.${me.token}.new`;
  try {
    const handle = await open(aside, "wx", 0o644);
    try {
      await handle.writeFile(JSON.stringify(me) + "\n");
    } finally {
      await handle.close();
    }
    try {
      await link(aside, file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") return "exists";
      // No hard links here (FAT, some network shares): created in place, read as "being written" meanwhile.
      await createInPlace(file, me);
    }
    return "created";
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return "exists";
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "unwritable";
    throw e;
  } finally {
    await unlink(aside).catch(() => undefined);
  }
}

async function createInPlace(file: string, me: Holder): Promise<void> {
  const handle = await open(file, "wx", 0o644);
  try {
    await handle.writeFile(JSON.stringify(me) + "\n");
  } finally {
    await handle.close();
  }
}

/** The holder written in the lock file; undefined when the file is gone; a holder of pid 0 when unreadable. */
async function readHolder(file: string): Promise<Holder | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
  try {
    const h = JSON.parse(text) as Partial<Holder>;
    if (typeof h.pid === "number" && typeof h.host === "string")
      return { pid: h.pid, host: h.host, since: String(h.since ?? ""), token: String(h.token ?? "") };
  } catch {
    // being written right now, or damaged: treated as held, the message says how to remove it
  }
  return { pid: 0, host: "", since: "", token: text };
}

/** Stale: written on this host by a process that no longer runs (another host's process can't be seen). */
function isStale(h: Holder): boolean {
  // This process holding it already (a second open) is not stale: refused like any other holder.
  if (h.host !== os.hostname() || h.pid <= 0) return false;
  return !isRunningHere(h.pid);
}

/** True unless no process of this pid runs on this host (this process counts as running). */
export function isRunningHere(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/**
 * Removes a stale lock. Moved aside first and checked: if another command broke it and took the lock in
 * between, the file moved is that command's lock, which goes back.
 */
async function breakStale(file: string, stale: Holder): Promise<void> {
  const aside = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.stale`;
  try {
    await rename(file, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw e;
  }
  const moved = await readHolder(aside);
  if (moved && moved.token !== stale.token) await link(aside, file).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

async function release(file: string, me: Holder): Promise<void> {
  if (!held.delete(file)) return;
  const holder = await readHolder(file);
  if (holder?.token === me.token) await unlink(file).catch(() => undefined);
}

function busyMessage(workbook: string, file: string, h: Holder): string {
  if (h.pid === 0)
    return (
      `"${workbook}" is locked by another costing command (its lock file "${file}" can't be read). Try again ` +
      "when it ends; if no costing command is running, delete that file and run the command again."
    );
  const who = h.host === os.hostname() ? `pid ${h.pid}` : `pid ${h.pid} on ${h.host}`;
  const since = h.since ? `, since ${h.since}` : "";
  return (
    `"${workbook}" is being changed by another costing command (${who}${since}); nothing was read or written. ` +
    `Try again when it ends. If no costing command is running${h.host === os.hostname() ? "" : ` on ${h.host}`}, ` +
    `delete "${file}" and run the command again.`
  );
}
