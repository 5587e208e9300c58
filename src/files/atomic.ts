// Atomic file replacement: write a temporary file in the same folder, then rename it over the target, so a
// reader never sees half a file and a crash leaves the old file whole.
import { randomBytes } from "node:crypto";
import { open, rename, unlink } from "node:fs/promises";
import path from "node:path";

function tempNameFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

/** Writes the data to a temporary file next to the target (flushed to disk); returns its path. */
export async function writeTemp(target: string, data: Uint8Array): Promise<string> {
  const temp = tempNameFor(target);
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  await handle.close();
  return temp;
}

/** Writes all files to temporaries first, then renames each over its target; on failure removes the rest. */
export async function writeFilesAtomic(files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  const temps: [string, string][] = [];
  try {
    for (const [target, data] of files) temps.push([await writeTemp(target, data), target]);
  } catch (e) {
    await Promise.all(temps.map(([t]) => unlink(t).catch(() => undefined)));
    throw e;
  }
  for (let i = 0; i < temps.length; i++) {
    try {
      await rename(temps[i][0], temps[i][1]);
    } catch (e) {
      await Promise.all(temps.slice(i).map(([t]) => unlink(t).catch(() => undefined)));
      throw e;
    }
  }
}

export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  await writeFilesAtomic(new Map([[target, data]]));
}
