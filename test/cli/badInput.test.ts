// The error cases through the command line, on CSV and .xlsx: each stops `adjust` with a message that
// names the table, the row, the column and the value, and leaves every file exactly as it was.
import path from "node:path";
import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { Kind, costing, removeTemps, sampleCopy, snapshot } from "./helpers";

afterAll(removeTemps);

/** A table as a grid of text: header row first. */
type Grid = string[][];
interface Corruption {
  readonly name: string;
  readonly table: "Item Ledger Entries" | "Value Entries";
  readonly change: (g: Grid) => void;
  readonly message: RegExp;
}

const col = (g: Grid, caption: string) => g[0].indexOf(caption);

const corruptions: Corruption[] = [
  {
    name: "missing required column",
    table: "Item Ledger Entries",
    change: (g) => {
      const c = col(g, "Quantity");
      for (const row of g) row.splice(c, 1);
    },
    message: /Item Ledger Entries.*"Quantity"/s,
  },
  {
    name: "text in a number column",
    table: "Value Entries",
    change: (g) => (g[3][col(g, "Cost Amount (Actual)")] = "12.5x"),
    message: /Value Entries, row 4, column "Cost Amount \(Actual\)".*12\.5x/,
  },
  {
    name: "unknown entry type",
    table: "Item Ledger Entries",
    change: (g) => (g[2][col(g, "Entry Type")] = "Sael"),
    message: /Item Ledger Entries, row 3, column "Entry Type".*Sael/,
  },
  {
    name: "value entry pointing at a missing item ledger entry",
    table: "Value Entries",
    change: (g) => (g[5][col(g, "Item Ledger Entry No.")] = "9999"),
    message: /Value Entries, row 6, column "Item Ledger Entry No\.".*9999/,
  },
  {
    name: "duplicate entry numbers",
    table: "Value Entries",
    change: (g) => (g[3][col(g, "Entry No.")] = g[2][col(g, "Entry No.")]),
    message: /Value Entries, rows 3 and 4, column "Entry No\.": "2" appears twice/,
  },
];

async function corruptCsv(folder: string, c: Corruption): Promise<void> {
  const file = path.join(folder, `${c.table}.csv`);
  const lines = (await readFile(file, "utf8")).split(/\r?\n/).filter((l) => l !== "");
  const grid = lines.map((l) => l.split(","));
  c.change(grid);
  await writeFile(file, grid.map((r) => r.join(",")).join("\r\n") + "\r\n");
}

async function corruptXlsx(file: string, c: Corruption): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(c.table)!;
  const grid: Grid = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= ws.columnCount; i++) {
      const v = row.getCell(i).value;
      cells.push(v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? "" : String(v));
    }
    grid.push(cells);
  });
  const before = grid.map((r) => [...r]);
  c.change(grid);
  grid.forEach((cells, r) =>
    cells.forEach((v, i) => {
      if (before[r][i] !== v) ws.getRow(r + 1).getCell(i + 1).value = v;
    }),
  );
  if (grid[0].length < before[0].length) ws.spliceColumns(before[0].findIndex((h, i) => grid[0][i] !== h) + 1, 1);
  await wb.xlsx.writeFile(file);
}

describe.each<Kind>(["csv", "xlsx"])("adjust on bad input (%s)", (kind) => {
  test.each(corruptions.map((c) => [c.name, c] as const))(
    "%s: exit 1, says where, writes nothing",
    async (_name, c) => {
      const wb = await sampleCopy(kind);
      await (kind === "csv" ? corruptCsv(wb, c) : corruptXlsx(wb, c));
      const before = await snapshot(wb);
      const r = await costing(["adjust", wb]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(c.message);
      expect(r.stderr).toContain("nothing was written");
      expect(await snapshot(wb)).toEqual(before);
    },
  );
});
