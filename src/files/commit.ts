// One commit per save: every file of a workbook a command changes is replaced as one unit. Each new content is
// written to a temporary file beside its target and flushed; then, for several files, a write-ahead record (what
// is replaced, with checksums before and after) is written before the first rename and removed after the last.
// A command that dies in between leaves the record, and the next command that opens the workbook completes the
// renames from it (recoverCommit). Targets are checked first: unchanged since they were read, not read-only;
// a symlink is written through to its target; a replaced file keeps its mode and, where allowed, its owner.
import { createHash, randomBytes } from "node:crypto";
import { chmod, chown, open, readdir, readFile, realpath, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { WorkbookFileError } from "./fileError";
import { isRunningHere } from "./lock";

/** A file to replace; `before`: its content's hash when it was read (null: it did not exist), to check it still is. */
export interface FileWrite {
  readonly target: string;
  readonly data: Uint8Array;
  readonly before?: string | null;
}

/** A file read but not written, checked unchanged all the same: the result was computed from it. */
export interface FileRead {
  readonly target: string;
  readonly before: string | null;
}

export const COMMIT_RECORD = ".costing-commit.json";

interface CommitRecord {
  readonly pid: number;
  readonly startedAt: string;
  readonly files: readonly {
    readonly target: string;
    readonly temp: string;
    readonly before: string | null;
    readonly after: string;
  }[];
}

export const contentHash = (data: Uint8Array): string => createHash("sha256").update(data).digest("hex");

/** The hash of a file's content now; null when it does not exist. */
export async function hashOf(file: string): Promise<string | null> {
  try {
    return contentHash(await readFile(file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

/** The path a write really goes to: a symlink's target (the link itself stays), a new file's real folder. */
export async function realTarget(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    return path.join(await realpath(path.dirname(file)), path.basename(file));
  }
}

const TEMP = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function tempNameFor(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
}

/**
 * Replaces the files as one unit (see the module comment). `record`: where the write-ahead record goes (the
 * workbook's folder); without it the files are renamed in order with no record (one file: one rename).
 */
export async function commitFiles(
  writes: readonly FileWrite[],
  opts: { readonly record?: string; readonly reads?: readonly FileRead[]; readonly label: string },
): Promise<void> {
  const targets = await Promise.all(writes.map((w) => realTarget(w.target)));
  await checkTargets(writes, targets, opts.reads ?? [], opts.label);
  const temps: string[] = [];
  try {
    for (let i = 0; i < writes.length; i++) temps.push(await writeTemp(targets[i], writes[i].data));
  } catch (e) {
    await Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
    throw unwritable(targets[temps.length], e) ?? e;
  }
  const record = opts.record ? path.join(opts.record, COMMIT_RECORD) : undefined;
  if (record) {
    const files = writes.map((w, i) => ({
      target: targets[i],
      temp: temps[i],
      before: w.before ?? null,
      after: contentHash(w.data),
    }));
    const text = JSON.stringify({
      pid: process.pid,
      startedAt: new Date().toISOString(),
      files,
    } satisfies CommitRecord);
    const recordTemp = await writeTemp(record, Buffer.from(text + "\n", "utf8"));
    await rename(recordTemp, record);
    await syncFolder(path.dirname(record));
  }
  for (let i = 0; i < temps.length; i++) {
    try {
      await rename(temps[i], targets[i]);
    } catch (e) {
      if (i === 0 || !record) {
        // Nothing replaced yet (or no record to finish from): the workbook stays as it was.
        await Promise.all(temps.slice(i).map((t) => unlink(t).catch(() => undefined)));
        if (record) await unlink(record).catch(() => undefined);
        throw refusedRename(targets[i], e, i === 0 ? "nothing was changed" : "the files before it were replaced");
      }
      // Some files are replaced: the record stays, and the next command completes the commit from it.
      throw refusedRename(targets[i], e, "the commit is completed by the next costing command that opens the workbook");
    }
  }
  for (const dir of new Set(targets.map((t) => path.dirname(t)))) await syncFolder(dir);
  if (record) {
    await unlink(record);
    await syncFolder(path.dirname(record));
  }
}

/** Each target unchanged since it was read, and not read-only; the files only read unchanged too. */
async function checkTargets(
  writes: readonly FileWrite[],
  targets: readonly string[],
  reads: readonly FileRead[],
  label: string,
): Promise<void> {
  const changed: string[] = [];
  const checks = [...writes.map((w, i) => ({ target: targets[i], before: w.before })), ...reads];
  for (const c of checks) {
    if (c.before === undefined) continue;
    if ((await hashOf(c.target)) !== c.before) changed.push(path.basename(c.target));
  }
  if (changed.length > 0)
    throw new WorkbookFileError(
      `${label}: ${changed.map((f) => `"${f}"`).join(", ")} changed while the command ran (saved by Excel or ` +
        "another program); nothing was written, so that change is kept. Run the command again on the workbook as it is now.",
    );
  for (const target of targets) {
    const s = await stat(target).catch(() => null);
    if (s && (s.mode & 0o222) === 0)
      throw new WorkbookFileError(
        `"${target}" is read-only; nothing was written. Make it writable (in Windows: Properties, clear Read-only; ` +
          "elsewhere: chmod u+w), or give --out to write the result elsewhere, and run the command again.",
      );
  }
}

/** The data in a flushed temporary file beside the target, with the target's mode (and owner, where allowed). */
async function writeTemp(target: string, data: Uint8Array): Promise<string> {
  const temp = tempNameFor(target);
  const existing = await stat(target).catch(() => null);
  // A private file's new content is never readable by others, not even for a moment.
  const handle = await open(temp, "wx", existing ? 0o600 : 0o666);
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    if (existing) {
      await chmod(temp, existing.mode & 0o7777);
      await chown(temp, existing.uid, existing.gid).catch(() => undefined);
    }
  } catch (e) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  return temp;
}

async function syncFolder(dir: string): Promise<void> {
  // Makes the renames durable; some systems (Windows) can't open a folder for this, which is not an error.
  const handle = await open(dir, "r").catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/** A folder that can't be written (permissions, a read-only share) in the user's words; nothing was changed. */
function unwritable(target: string, cause: unknown): WorkbookFileError | undefined {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code !== "EACCES" && code !== "EPERM" && code !== "EROFS") return undefined;
  return new WorkbookFileError(
    `"${path.dirname(target)}" can't be written (${code === "EROFS" ? "a read-only file system" : "permission denied"}); ` +
      "nothing was changed. Copy the workbook to a folder you can write to, or give --out a path there, and run " +
      "the command again.",
  );
}

function refusedRename(target: string, cause: unknown, state: string): WorkbookFileError {
  const code = (cause as NodeJS.ErrnoException).code ?? (cause instanceof Error ? cause.message : String(cause));
  return new WorkbookFileError(
    `"${target}" could not be replaced (${code}: the file may be open in Excel or another program); ${state}. ` +
      "Close the file and run the command again.",
  );
}

export interface CommitRecovered {
  readonly files: readonly string[];
  readonly startedAt: string;
}

/**
 * Completes a commit a command left unfinished in this folder (its record is there): each file whose new
 * content is in its temporary file is renamed over it. If a file is neither written nor completable, nothing
 * more is done and the error says what state each file is in.
 */
export async function recoverCommit(folder: string): Promise<CommitRecovered | null> {
  const recordFile = path.join(folder, COMMIT_RECORD);
  let record: CommitRecord;
  try {
    record = JSON.parse(await readFile(recordFile, "utf8")) as CommitRecord;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    if (e instanceof SyntaxError) {
      // A record not written to the end: no file was renamed yet (the record is renamed into place first).
      await unlink(recordFile);
      return null;
    }
    throw e;
  }
  const states: string[] = [];
  let whole = true;
  for (const f of record.files) {
    const now = await hashOf(f.target);
    if (now === f.after) {
      states.push(`"${path.basename(f.target)}": written`);
      continue;
    }
    if ((await hashOf(f.temp)) === f.after) {
      await rename(f.temp, f.target);
      states.push(`"${path.basename(f.target)}": written now`);
      continue;
    }
    whole = false;
    states.push(
      `"${path.basename(f.target)}": ` +
        (now === f.before ? "as before the command (its new content is lost)" : "changed by something else since"),
    );
  }
  if (!whole)
    throw new WorkbookFileError(
      `A costing command that started at ${record.startedAt} was interrupted while saving "${folder}", and its ` +
        `save can't be completed: ${states.join("; ")}. Restore the workbook from a backup, or, to keep the files ` +
        `as they are now, delete "${recordFile}"; then run the command again.`,
    );
  await syncFolder(folder);
  await unlink(recordFile);
  return { files: record.files.map((f) => path.basename(f.target)), startedAt: record.startedAt };
}

/** Removes temporary files a killed save left in the folder (those of a process still running stay). */
export async function removeStaleTemps(folder: string, basename?: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || (basename !== undefined && !name.startsWith(`.${basename}.`))) continue;
    if (isRunningHere(Number(m[1]))) continue;
    await unlink(path.join(folder, name)).catch(() => undefined);
  }
}
