// The command line honours the column mapping kept in the workbook (the sheet "Costing Column Map", in a CSV
// folder "Costing Column Map.csv"), which the task pane's Ledger step writes: a renamed header is refused with
// how to map it, then read through the mapping, and costing adjust writes its value entries into that column.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { tableModels } from "../../src/files/xlsxCells";
import { costing, readTable, removeTemps, sampleCopy, type Kind } from "./helpers";

afterAll(removeTemps);

const RENAMED = "Kostenbetrag Ist";

/** The sample with Value Entries' "Cost Amount (Actual)" header renamed. */
async function renamedCopy(kind: Kind): Promise<string> {
  const wb = await sampleCopy(kind);
  if (kind === "csv") {
    const file = path.join(wb, "Value Entries.csv");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace("Cost Amount (Actual)", RENAMED));
    return wb;
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(wb);
  const ws = book.getWorksheet("Value Entries")!;
  ws.getRow(1).eachCell((cell) => {
    if (cell.value === "Cost Amount (Actual)") cell.value = RENAMED;
  });
  for (const t of tableModels(ws)) for (const c of t.columns) if (c.name === "Cost Amount (Actual)") c.name = RENAMED;
  await book.xlsx.writeFile(wb);
  return wb;
}

/** Adds the mapping row as the task pane saves it. */
async function addMapping(wb: string, kind: Kind): Promise<void> {
  const rows = [
    ["Table", "Column", "Header"],
    ["Value Entries", "Cost Amount (Actual)", RENAMED],
  ];
  if (kind === "csv") {
    await writeFile(path.join(wb, "Costing Column Map.csv"), rows.map((r) => r.join(",")).join("\r\n") + "\r\n");
    return;
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(wb);
  const ws = book.addWorksheet("Costing Column Map");
  rows.forEach((r) => ws.addRow(r));
  await book.xlsx.writeFile(wb);
}

describe.each(["csv", "xlsx"] as const)("a renamed header and its mapping (%s)", (kind) => {
  test("check refuses the renamed header, saying how to map it; with the mapping row it reads; adjust fills the column", async () => {
    const wb = await renamedCopy(kind);
    const refused = await costing(["check", wb]);
    expect(refused.code).toBe(1);
    const text = refused.stdout + refused.stderr;
    expect(text).toContain('Value Entries: the column "Cost Amount (Actual)" is missing');
    expect(text).toContain(
      "or map its header to the column: in the task pane's Ledger step (Map columns), or with a row Value Entries | " +
        'Cost Amount (Actual) | <the header> in the sheet "Costing Column Map" (columns Table, Column, Header).',
    );

    await addMapping(wb, kind);
    const check = await costing(["check", wb]);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);

    // The same adjustment as on the sample itself, its amounts in the renamed column.
    const plain = await sampleCopy(kind);
    expect((await costing(["adjust", plain])).code).toBe(0);
    const adjust = await costing(["adjust", wb]);
    expect(adjust.code).toBe(0);
    const expected = (await readTable(plain, "Value Entries")).map((r) => r["Cost Amount (Actual)"]);
    const written = await readTable(wb, "Value Entries");
    expect(written.map((r) => r[RENAMED])).toEqual(expected);
    expect(written.length).toBeGreaterThan(52);
    expect(written.every((r) => !("Cost Amount (Actual)" in r))).toBe(true);

    // Read again through the mapping: nothing left to adjust.
    const again = await costing(["adjust", wb]);
    expect(again.code).toBe(0);
    expect((await readTable(wb, "Value Entries")).length).toBe(written.length);
  });
});
