// Editing the parts (XML files) inside an .xlsx package, for tests that need a workbook Excel, LibreOffice or
// another program could have written, or a damaged one.
import { readFile, writeFile } from "node:fs/promises";
import JSZip from "jszip";

/** Rewrites the named parts of the .xlsx at `file` in place; a part missing from the package is an error. */
export async function editParts(file: string, edits: Record<string, (xml: string) => string>): Promise<void> {
  await writeFile(file, await editedParts(await readFile(file), edits));
}

/** The package's bytes with the named parts rewritten. */
export async function editedParts(bytes: Uint8Array, edits: Record<string, (xml: string) => string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    const part = zip.file(name);
    if (!part) throw new Error(`no part ${name} in the package`);
    zip.file(name, edit(await part.async("string")));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The sample's parts: the Value Entries sheet and its Excel table. */
export const VALUE_ENTRIES_SHEET = "xl/worksheets/sheet2.xml";
export const VALUE_ENTRIES_TABLE = "xl/tables/table2.xml";
