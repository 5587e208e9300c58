// The sample as Excel saves CSV on Western Windows: Items in Windows-1252 ("CSV (Comma delimited)"), Value
// Entries in UTF-16 ("Unicode Text"). A revaluation is calculated and posted through the command line; Items
// (its unit cost rewritten) keeps every character and its encoding, Value Entries (rows appended) stays UTF-16.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { costing, removeTemps, sampleCopy } from "./helpers";

afterAll(removeTemps);

const latin1 = (text: string) => Buffer.from(text, "latin1"); // "Größe café" is Latin-1, so Windows-1252 too
const utf16le = (text: string) => Buffer.from("\uFEFF" + text, "utf16le");

test("Windows-1252 Items and UTF-16 Value Entries: read, posted to, and written back in their own encodings", async () => {
  const wb = await sampleCopy("csv");
  const itemsFile = path.join(wb, "Items.csv");
  const veFile = path.join(wb, "Value Entries.csv");
  const items = (await readFile(itemsFile, "utf8")).replace("Links at standard cost", "Größe café");
  await writeFile(itemsFile, latin1(items));
  // As Excel saves "Unicode Text": tab-delimited, CRLF (the sample's Value Entries has no quoted field).
  const ves = (await readFile(veFile, "utf8")).replace(/,/g, "\t").replace(/\n/g, "\r\n");
  await writeFile(veFile, utf16le(ves));

  const check = await costing(["check", wb]);
  expect(check.stderr).toBe("");
  expect(check.code).toBe(0);

  expect((await costing(["calc-value", wb, "--date", "2023-12-31", "--item", "STD-PLAIN"])).code).toBe(0);
  const journalFile = path.join(wb, "Revaluation Journal.csv");
  const journal = (await readFile(journalFile, "utf8")).split("\r\n").map((l) => l.split(","));
  journal[1][journal[0].indexOf("Unit Cost (Revalued)")] = "9";
  journal[1][journal[0].indexOf("Update Standard Cost")] = "Yes";
  await writeFile(journalFile, journal.map((r) => r.join(",")).join("\r\n"));
  const posted = await costing(["post", wb]);
  expect(posted.stderr).toBe("");
  expect(posted.code).toBe(0);

  const itemsAfter = await readFile(itemsFile);
  expect(itemsAfter.toString("latin1")).toContain(
    "STD-LINK,Größe café 2.00 received not invoiced (revaluation chain),Standard",
  );
  expect(itemsAfter.toString("latin1")).toContain(
    '\nSTD-PLAIN,"Standard cost 10.00, purchased at 12.00",Standard,9.00000,9.00000,',
  );
  expect(itemsAfter.includes(Buffer.from("Größe", "utf8"))).toBe(false);

  const veAfter = await readFile(veFile);
  expect([...veAfter.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  const text = veAfter.toString("utf16le").slice(1);
  expect(text.startsWith(ves)).toBe(true);
  expect(text).toMatch(/\r\n53\t\d+\tSTD-PLAIN\t2023-12-31\t2023-12-31\tRevaluation\t/);
  expect(text.replace(/\r\n/g, "")).not.toContain("\n");
});
