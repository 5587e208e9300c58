// avgcost and explain with Business Central's default Average Cost Calc. Type, Item & Location & Variant (issue 11):
// an export without Inventory Setup (BC's defaults: period Day, per item, location and variant) of an Average item
// at BLUE and RED. Asked without --location, both list each location with its average (exit 0, a real answer),
// never "none (no quantity)" for a blank location that holds nothing; explain marks the receipt backdated into
// January after February's sale, and breaks the opening down instead of one number.
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { costing, removeTemps, tempDir } from "./helpers";

afterAll(removeTemps);

const TABLES: Record<string, string[]> = {
  Items: ["No.,Description,Costing Method", "AVG-LOC,Average at two locations,Average"],
  "Item Ledger Entries": [
    "Entry No.,Item No.,Posting Date,Entry Type,Document No.,Location Code,Quantity",
    "1,AVG-LOC,2025-01-05,Purchase,PR1,BLUE,2",
    "2,AVG-LOC,2025-01-06,Purchase,PR2,RED,2",
    "3,AVG-LOC,2025-01-10,Sale,SS1,BLUE,-1",
    "4,AVG-LOC,2025-01-12,Purchase,PR3,BLUE,1",
    "5,AVG-LOC,2025-02-03,Sale,SS2,BLUE,-1",
    // Posted after the sale of 02-03, dated 01-20: backdated.
    "6,AVG-LOC,2025-01-20,Purchase,PR4,BLUE,1",
    "7,AVG-LOC,2025-01-08,Sale,SS3,RED,-1",
  ],
  "Value Entries": [
    "Entry No.,Item Ledger Entry No.,Item No.,Posting Date,Entry Type,Item Ledger Entry Type,Document No.," +
      "Location Code,Valued Quantity,Invoiced Quantity,Item Ledger Entry Quantity,Cost Amount (Actual),Item Charge No.",
    "1,1,AVG-LOC,2025-01-05,Direct Cost,Purchase,PR1,BLUE,2,2,2,40.00,",
    "2,2,AVG-LOC,2025-01-06,Direct Cost,Purchase,PR2,RED,2,2,2,24.00,",
    "3,3,AVG-LOC,2025-01-10,Direct Cost,Sale,SS1,BLUE,-1,-1,-1,-20.00,",
    "4,4,AVG-LOC,2025-01-12,Direct Cost,Purchase,PR3,BLUE,1,1,1,50.00,",
    "5,5,AVG-LOC,2025-02-03,Direct Cost,Sale,SS2,BLUE,-1,-1,-1,-20.00,",
    "6,6,AVG-LOC,2025-01-20,Direct Cost,Purchase,PR4,BLUE,1,1,1,10.00,",
    "7,7,AVG-LOC,2025-01-08,Direct Cost,Sale,SS3,RED,-1,-1,-1,-12.00,",
    // Freight on RED's receipt, posted 02-10 after RED's sale: valued on the receipt's date, backdated.
    "8,2,AVG-LOC,2025-02-10,Direct Cost,Purchase,PC1,RED,2,0,0,3.00,FREIGHT",
  ],
};

async function workbook(): Promise<string> {
  const dir = path.join(await tempDir(), "export");
  await mkdir(dir);
  for (const [table, lines] of Object.entries(TABLES))
    await writeFile(path.join(dir, `${table}.csv`), lines.join("\n") + "\n");
  return dir;
}

// 02-03 at BLUE: 40.00 - 20.00 (the sale of 01-10 at 2 / 40.00) + 50.00 + 10.00 = 80.00 over 3; RED: 24.00 + 3.00
// over 2 on 01-08, its sale -13.50, 1 / 13.50 left.
test("avgcost without --location lists each location with its average, exit 0", async () => {
  const wb = await workbook();
  const r = await costing(["avgcost", wb, "--item", "avg-loc", "--date", "2025-02-03"]);
  expect(r.code).toBe(0);
  expect(r.stdout).not.toContain("none");
  expect(r.stdout).toContain("per location and variant (Average Cost Calc. Type Item & Location & Variant): 2 pools.");
  expect(r.stdout).toContain("Average cost period 2025-02-03 .. 2025-02-03");
  expect(r.stdout).toMatch(/^\s+BLUE\s+3\s+80\.00\s+26\.66667$/m);
  expect(r.stdout).toMatch(/^\s+RED\s+1\s+13\.50\s+13\.50$/m);
  expect(r.stdout).toContain('For one of them give --location ("costing avgcost ... --location BLUE").');
});

test("avgcost --json without --location: an array, one object per location", async () => {
  const wb = await workbook();
  const r = await costing(["avgcost", wb, "--item", "AVG-LOC", "--date", "2025-02-03", "--json"]);
  expect(r.code).toBe(0);
  const common = { itemNo: "AVG-LOC", variantCode: "", period: { start: "2025-02-03", end: "2025-02-03" } };
  expect(JSON.parse(r.stdout)).toEqual([
    {
      ...common,
      locationCode: "BLUE",
      calcType: "Item & Location & Variant",
      quantity: "3",
      value: "80.00",
      unitCost: "26.66667",
    },
    {
      ...common,
      locationCode: "RED",
      calcType: "Item & Location & Variant",
      quantity: "1",
      value: "13.50",
      unitCost: "13.50",
    },
  ]);
});

test("avgcost --location in small letters answers for the location as the ledger spells it; an unknown one exit 1", async () => {
  const wb = await workbook();
  const lower = await costing([
    "avgcost",
    wb,
    "--item",
    "AVG-LOC",
    "--date",
    "2025-02-03",
    "--location",
    "red",
    "--json",
  ]);
  expect(lower.code).toBe(0);
  expect(JSON.parse(lower.stdout)).toMatchObject({
    locationCode: "RED",
    quantity: "1",
    value: "13.50",
    unitCost: "13.50",
  });
  const unknown = await costing(["avgcost", wb, "--item", "AVG-LOC", "--date", "2025-02-03", "--location", "GREEN"]);
  expect(unknown.code).toBe(1);
  expect(unknown.stdout).toBe("");
  expect(unknown.stderr).toContain(
    "Item AVG-LOC has no entries at location GREEN. Its locations are BLUE, RED: give one of them.",
  );
});

test("explain without --location: the locations' averages, then each pool explained; --json an array", async () => {
  const wb = await workbook();
  const r = await costing(["explain", wb, "--item", "AVG-LOC", "--date", "2025-02-03"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^\s+BLUE\s+3\s+80\.00\s+26\.66667$/m);
  expect(r.stdout).toContain("Average cost calculation of AVG-LOC, location BLUE");
  expect(r.stdout).toContain("Average cost calculation of AVG-LOC, location RED");
  expect(r.stdout).toContain("Average unit cost: 26.66667 (value 80.00 / quantity 3)");
  expect(r.stdout).toContain("Average unit cost: 13.50 (value 13.50 / quantity 1)");
  const json = await costing(["explain", wb, "--item", "AVG-LOC", "--date", "2025-02-03", "--json"]);
  expect(json.code).toBe(0);
  const pools = JSON.parse(json.stdout);
  expect(pools.map((p: { locationCode: string; unitCost: string }) => [p.locationCode, p.unitCost])).toEqual([
    ["BLUE", "26.66667"],
    ["RED", "13.50"],
  ]);
});

test("explain marks the backdated receipt and breaks the opening down by source", async () => {
  const wb = await workbook();
  const r = await costing(["explain", wb, "--item", "AVG-LOC", "--date", "2025-02-03", "--location", "BLUE", "--json"]);
  expect(r.code).toBe(0);
  const x = JSON.parse(r.stdout);
  const backdated = {
    valueEntryNo: 6,
    postingDate: "2025-01-20",
    valuationDate: "2025-01-20",
    postedAfter: { itemLedgerEntryNo: 5, valuationDate: "2025-02-03" },
  };
  expect(x.opening).toEqual({
    quantity: "3",
    value: "80.00",
    sources: [
      {
        source: "inbounds",
        entries: 3,
        quantity: "4",
        value: "100.00",
        firstValuationDate: "2025-01-05",
        lastValuationDate: "2025-01-20",
      },
      {
        source: "outbounds",
        entries: 1,
        quantity: "-1",
        value: "-20.00",
        firstValuationDate: "2025-01-10",
        lastValuationDate: "2025-01-10",
      },
    ],
    // The receipt of 01-20 on its own line, not only folded into the opening's sum.
    backdated: [
      {
        kind: "inbound",
        itemLedgerEntryNo: 6,
        entryType: "Purchase",
        postingDate: "2025-01-20",
        valuationDate: "2025-01-20",
        quantity: "1",
        value: "10.00",
        backdated,
      },
    ],
    leftOut: null,
  });
  expect(x.lines).toEqual([
    {
      kind: "outbound, averaged",
      itemLedgerEntryNo: 5,
      entryType: "Sale",
      postingDate: "2025-02-03",
      valuationDate: "2025-02-03",
      quantity: "-1",
      value: "-26.67",
      backdated: null,
    },
  ]);
  expect(x.closing).toEqual({ quantity: "2", value: "53.33" });

  const text = await costing(["explain", wb, "--item", "AVG-LOC", "--date", "2025-02-03", "--location", "blue"]);
  expect(text.stdout).toMatch(/^\s+3 inbound entries\s+2025-01-05 \.\. 2025-01-20\s+4\s+100\.00$/m);
  expect(text.stdout).toMatch(/^\s+1 outbound entry\s+2025-01-10\s+-1\s+-20\.00$/m);
  expect(text.stdout).toMatch(
    /^\s+6\s+of which backdated \(inbound\)\s+Purchase\s+2025-01-20\s+2025-01-20\s+1\s+10\.00\s+Backdated: value entry 6, posted on 2025-01-20 and valued on 2025-01-20, came after entry 5 valued on 2025-02-03\.$/m,
  );
});

test("explain on the backdated receipt's own day marks it among the period's inbounds; the freight posted late too", async () => {
  const wb = await workbook();
  const blue = JSON.parse(
    (await costing(["explain", wb, "--item", "AVG-LOC", "--date", "2025-01-20", "--location", "BLUE", "--json"]))
      .stdout,
  );
  expect(blue.lines).toEqual([
    expect.objectContaining({
      kind: "inbound",
      itemLedgerEntryNo: 6,
      quantity: "1",
      value: "10.00",
      backdated: expect.objectContaining({
        valueEntryNo: 6,
        postedAfter: { itemLedgerEntryNo: 5, valuationDate: "2025-02-03" },
      }),
    }),
  ]);
  // RED's sale of 01-08: the opening is the receipt of 01-06 with the freight posted on 02-10, on its own line.
  const red = await costing(["explain", wb, "--item", "AVG-LOC", "--date", "2025-01-08", "--location", "RED"]);
  expect(red.code).toBe(0);
  expect(red.stdout).toMatch(/^\s+1 inbound entry\s+2025-01-06\s+2\s+27\.00$/m);
  expect(red.stdout).toMatch(
    /^\s+2\s+of which backdated \(inbound\)\s+Purchase\s+2025-01-06\s+2025-01-06\s+0\s+3\.00\s+Backdated: value entry 8, posted on 2025-02-10 and valued on 2025-01-06, came after entry 7 valued on 2025-01-08\.$/m,
  );
  expect(red.stdout).toMatch(/^\s+7\s+outbound, averaged\s+Sale\s+2025-01-08\s+2025-01-08\s+-1\s+-13\.50$/m);
  expect(red.stdout).toContain("Average unit cost: 13.50 (value 27.00 / quantity 2)");
});
