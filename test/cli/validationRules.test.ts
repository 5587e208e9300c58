// Validation that refuses what Business Central could never have posted (issue 10): one changed cell of the
// bundled sample, and `check` and `adjust` must stop (exit 1) naming the table, row, column and value, and write
// nothing. Each of these was accepted on the main branch before (exit 0, warned at most).
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { costing, removeTemps, sampleCopy, snapshot } from "./helpers";

afterAll(removeTemps);

type Table = "Item Ledger Entries" | "Value Entries";

/** A CSV table of the sample as a grid of text (the sample's cells hold no commas). */
async function grid(dir: string, table: Table): Promise<string[][]> {
  const text = await readFile(path.join(dir, `${table}.csv`), "utf8");
  return text
    .trimEnd()
    .split(/\r?\n/)
    .map((l) => l.split(","));
}

async function save(dir: string, table: Table, g: string[][]): Promise<void> {
  await writeFile(path.join(dir, `${table}.csv`), g.map((r) => r.join(",")).join("\r\n") + "\r\n");
}

/** Sets the cell of the row whose Entry No. is `entryNo`; returns its sheet row number. */
async function setCell(dir: string, table: Table, entryNo: number, column: string, value: string): Promise<number> {
  const g = await grid(dir, table);
  const c = g[0].indexOf(column);
  const r = g.findIndex((row, i) => i > 0 && row[0] === String(entryNo));
  if (c < 0 || r < 0) throw new Error(`no ${table} entry ${entryNo} column ${column}`);
  g[r][c] = value;
  await save(dir, table, g);
  return r + 1;
}

/** The sample (CSV) with one change made; `check` and `adjust` both refuse it, and nothing is written. */
async function expectRefused(change: (dir: string) => Promise<void>, message: RegExp): Promise<void> {
  const dir = await sampleCopy("csv");
  await change(dir);
  const before = await snapshot(dir);
  const check = await costing(["check", dir]);
  expect(check.code).toBe(1);
  expect(check.stdout + check.stderr).toMatch(message);
  const adjust = await costing(["adjust", dir]);
  expect(adjust.code).toBe(1);
  expect(adjust.stderr).toMatch(message);
  expect(adjust.stderr).toContain("nothing was written");
  expect(await snapshot(dir)).toEqual(before);
}

describe("a value entry that disagrees with its item ledger entry", () => {
  test("the issue's example: sale 15's Item Ledger Entry Quantity -1 made 2 (two sales' adjustments -2.00 became +6.50)", async () => {
    await expectRefused(
      (dir) => setCell(dir, "Value Entries", 15, "Item Ledger Entry Quantity", "2").then(() => undefined),
      /Value Entries, row 16, column "Item Ledger Entry Quantity": "2" is not the quantity of item ledger entry 15 \(-1\)/,
    );
  });

  test("Item Ledger Entry Quantity other than the entry's quantity (and other than 0)", async () => {
    // VALDATE's purchase (item ledger entry 18, quantity 2): its receipt's value entry 18 says 5.
    await expectRefused(
      (dir) => setCell(dir, "Value Entries", 18, "Item Ledger Entry Quantity", "5").then(() => undefined),
      /Value Entries, row 19, column "Item Ledger Entry Quantity": "5" is not the quantity of item ledger entry 18 \(2\)/,
    );
  });

  test("a second value entry of the same entry that carries its quantity again (the item charge)", async () => {
    // Value entry 19 is the FREIGHT item charge on item ledger entry 18: Business Central posts it with 0.
    await expectRefused(
      (dir) => setCell(dir, "Value Entries", 19, "Item Ledger Entry Quantity", "2").then(() => undefined),
      /Value Entries, row 20, column "Item Ledger Entry Quantity": "2".*value entry 18 \(row 19\) carries it already/s,
    );
  });

  test("Location Code other than the entry's", async () => {
    await expectRefused(
      (dir) => setCell(dir, "Value Entries", 41, "Location Code", "BLUE").then(() => undefined),
      /Value Entries, row 42, column "Location Code": "BLUE" is not the location of item ledger entry 34 \(RED\)/,
    );
  });

  test("Variant Code other than the entry's", async () => {
    await expectRefused(
      (dir) => setCell(dir, "Value Entries", 30, "Variant Code", "LARGE").then(() => undefined),
      /Value Entries, row 31, column "Variant Code": "LARGE" is not the variant of item ledger entry 24 \(blank\)/,
    );
  });

  test("Item No. other than the entry's (refused before this issue too; the entry's value named)", async () => {
    await expectRefused(
      (dir) => setCell(dir, "Value Entries", 30, "Item No.", "FIFO-PLAIN").then(() => undefined),
      /Value Entries, row 31, column "Item No\.": "FIFO-PLAIN" is not the item of item ledger entry 24 \(FIFO-REVAL\)/,
    );
  });
});

describe("two columns with the same header", () => {
  /** Adds a copy of `column` at the end of the table, `edit` changing its cells (header row excluded). */
  async function duplicateColumn(dir: string, table: Table, column: string, edit: (row: number, v: string) => string) {
    const g = await grid(dir, table);
    const c = g[0].indexOf(column);
    g.forEach((row, i) => row.push(i === 0 ? column : edit(i + 1, row[c])));
    await save(dir, table, g);
  }

  test("that disagree: an error naming both columns and the first row where they differ", async () => {
    await expectRefused(
      (dir) => duplicateColumn(dir, "Item Ledger Entries", "Location Code", (row, v) => (row === 5 ? "RED" : v)),
      /Item Ledger Entries, row 5: the columns "Location Code" \(the 7th\) and "Location Code" \(the 19th\) both hold Location Code and disagree: "BLUE" and "RED"/,
    );
  });

  test("that agree on every row: a warning, and the ledger is read", async () => {
    const dir = await sampleCopy("csv");
    await duplicateColumn(dir, "Item Ledger Entries", "Quantity", (_row, v) => v);
    const r = await costing(["check", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Warning: Item Ledger Entries: the columns "Quantity" \(the 9th\) and "Quantity" \(the 19th\) both hold Quantity; they agree on every row, and the 9th is read/,
    );
  });

  test("two captions of one column (English and German) that disagree", async () => {
    await expectRefused(
      (dir) =>
        duplicateColumn(dir, "Value Entries", "Cost Amount (Actual)", (row, v) => (row === 4 ? "99.00" : v)).then(
          async () => {
            const g = await grid(dir, "Value Entries");
            g[0][g[0].length - 1] = "Einstandsbetrag (tatsächl.)";
            await save(dir, "Value Entries", g);
          },
        ),
      /Value Entries, row 4: the columns "Cost Amount \(Actual\)" \(the 14th\) and "Einstandsbetrag \(tatsächl\.\)" \(the 23rd\) both hold Cost Amount \(Actual\) and disagree: "-20.00" and "99.00"/,
    );
  });
});

describe("a date cell with anything after the date", () => {
  test("CSV: 2023-01-01 this is not a date", async () => {
    await expectRefused(
      (dir) => setCell(dir, "Item Ledger Entries", 1, "Posting Date", "2023-01-01 this is not a date").then(() => {}),
      /Item Ledger Entries, row 2, column "Posting Date": "2023-01-01 this is not a date" is not a date/,
    );
  });

  test("CSV: 01/02/2023 and more, day first", async () => {
    await expectRefused(
      (dir) => setCell(dir, "Value Entries", 1, "Posting Date", "01.01.2023 oops").then(() => {}),
      /Value Entries, row 2, column "Posting Date": "01\.01\.2023 oops" is not a date/,
    );
  });

  test(".xlsx: a text cell with words after the date", async () => {
    const file = await sampleCopy("xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Item Ledger Entries")!;
    const header = ws.getRow(1).values as unknown[];
    ws.getRow(2).getCell(header.indexOf("Posting Date")).value = "2023-01-01 this is not a date";
    await wb.xlsx.writeFile(file);
    const r = await costing(["check", file]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(
      /Item Ledger Entries, row 2, column "Posting Date": "2023-01-01 this is not a date" is not a date/,
    );
  });

  test("a date with a time of day is still a date", async () => {
    const dir = await sampleCopy("csv");
    await setCell(dir, "Item Ledger Entries", 1, "Posting Date", "2023-01-01 00:00:00");
    await setCell(dir, "Value Entries", 1, "Posting Date", "2023-01-01T00:00:00Z");
    const r = await costing(["check", dir]);
    expect(r.code).toBe(0);
  });
});

describe("item ledger entry quantities Business Central could never have posted", () => {
  test("Invoiced Quantity above Quantity", async () => {
    await expectRefused(
      (dir) => setCell(dir, "Item Ledger Entries", 31, "Invoiced Quantity", "12").then(() => {}),
      /Item Ledger Entries, row 32, column "Invoiced Quantity": "12" is more than the entry's Quantity \(10\)/,
    );
  });

  test("Invoiced Quantity of the other sign than Quantity", async () => {
    await expectRefused(
      (dir) => setCell(dir, "Item Ledger Entries", 33, "Invoiced Quantity", "15").then(() => {}),
      /Item Ledger Entries, row 34, column "Invoiced Quantity": "15" has the other sign than the entry's Quantity \(-15\)/,
    );
  });

  test("Remaining Quantity above Quantity", async () => {
    await expectRefused(
      (dir) => setCell(dir, "Item Ledger Entries", 32, "Remaining Quantity", "11").then(() => {}),
      /Item Ledger Entries, row 33, column "Remaining Quantity": "11" is more than the entry's Quantity \(10\)/,
    );
  });

  test("a flipped sign: Quantity negative on an entry marked Positive", async () => {
    // Purchase 31 turned into -10: Positive says Yes, the value entries say 10.
    await expectRefused(
      (dir) => setCell(dir, "Item Ledger Entries", 31, "Quantity", "-10").then(() => {}),
      /Item Ledger Entries, row 32, column "Quantity": "-10".*Positive/s,
    );
  });

  test("a transfer whose shipment and receipt do not add up to zero", async () => {
    const dir = await sampleCopy("csv");
    const g = await grid(dir, "Item Ledger Entries");
    const v = await grid(dir, "Value Entries");
    const ile = (no: number, loc: string, qty: string) => {
      const row = [...g[g.length - 1]];
      const set = (c: string, x: string) => (row[g[0].indexOf(c)] = x);
      set("Entry No.", String(no));
      set("Item No.", "FIFO-PLAIN");
      set("Posting Date", "2023-03-20");
      set("Entry Type", "Transfer");
      set("Document Type", "");
      set("Document No.", "T-1");
      set("Location Code", loc);
      for (const c of ["Quantity", "Invoiced Quantity"]) set(c, qty);
      set("Remaining Quantity", qty.startsWith("-") ? "0" : qty);
      set("Open", qty.startsWith("-") ? "No" : "Yes");
      set("Positive", qty.startsWith("-") ? "No" : "Yes");
      set("Last Invoice Date", "2023-03-20");
      set("Order Type", "");
      set("Order No.", "");
      g.push(row);
    };
    const ve = (no: number, ileNo: number, loc: string, qty: string, cost: string) => {
      const row = [...v[1]];
      const set = (c: string, x: string) => (row[v[0].indexOf(c)] = x);
      set("Entry No.", String(no));
      set("Item Ledger Entry No.", String(ileNo));
      set("Item No.", "FIFO-PLAIN");
      set("Posting Date", "2023-03-20");
      set("Valuation Date", "2023-03-20");
      set("Item Ledger Entry Type", "Transfer");
      set("Document No.", "T-1");
      set("Location Code", loc);
      for (const c of ["Valued Quantity", "Invoiced Quantity", "Item Ledger Entry Quantity"]) set(c, qty);
      set("Cost Amount (Actual)", cost);
      set("Cost per Unit", "7.00");
      set("Valued By Average Cost", "No");
      v.push(row);
    };
    // 2 of the 3 RED units go to BLUE, but the receipt says 3.
    ile(45, "RED", "-2");
    ile(46, "BLUE", "3");
    ve(53, 45, "RED", "-2", "-14.00");
    ve(54, 46, "BLUE", "3", "14.00");
    await save(dir, "Item Ledger Entries", g);
    await save(dir, "Value Entries", v);
    const r = await costing(["check", dir]);
    expect(r.stdout + r.stderr).toMatch(
      /Item Ledger Entries, rows 46 and 47, column "Quantity": the transfer T-1 of item FIFO-PLAIN on 2023-03-20 ships 2 and receives 3/,
    );
    expect(r.code).toBe(1);
    // With the receipt put right the same workbook is accepted.
    g[g.length - 1][g[0].indexOf("Quantity")] = "2";
    g[g.length - 1][g[0].indexOf("Invoiced Quantity")] = "2";
    g[g.length - 1][g[0].indexOf("Remaining Quantity")] = "2";
    v[v.length - 1][v[0].indexOf("Valued Quantity")] = "2";
    v[v.length - 1][v[0].indexOf("Invoiced Quantity")] = "2";
    v[v.length - 1][v[0].indexOf("Item Ledger Entry Quantity")] = "2";
    await save(dir, "Item Ledger Entries", g);
    await save(dir, "Value Entries", v);
    const ok = await costing(["check", dir]);
    expect(ok.stdout).not.toMatch(/Error/);
    expect(ok.code).toBe(0);
  });

  test("a negative Positive Adjmt. (an item journal line with a negative quantity) is only a warning", async () => {
    const dir = await sampleCopy("csv");
    // Sale 35 (-1 at RED) posted as a Positive Adjmt.: the item journal lets a negative quantity through.
    await setCell(dir, "Item Ledger Entries", 35, "Entry Type", "Positive Adjmt.");
    await setCell(dir, "Value Entries", 42, "Item Ledger Entry Type", "Positive Adjmt.");
    const r = await costing(["check", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Warning: Item Ledger Entries, row 36, column "Quantity": "-1" is negative on a Positive Adjmt\. entry/,
    );
  });
});
