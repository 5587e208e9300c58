// Export advice from Business Central's pages (issue 11): on an export with only the default columns of pages 38,
// 5802 and 31, in English and in German, costing check names each missing column with the page it comes from and
// says whether the page hides it (Personalize adds it) or does not have it at all (another route), and what the
// tool does without it; the advice table itself is checked against the workbook's schema and BaseApp's pages.
import path from "node:path";
import type { LedgerInput } from "../../src/engine/model";
import {
  ACCOUNTING_PERIODS,
  ITEM_APPLICATION_ENTRIES,
  ITEM_LEDGER_ENTRIES,
  ITEMS,
  VALUE_ENTRIES,
} from "../../src/workbook/schema";
import {
  EXPORT_PAGES,
  WHOLE_TABLE,
  adviceEffect,
  adviceToExport,
  columnAdvice,
  exportAdvice,
  exportPage,
  missingColumnAdvice,
  type ColumnAdvice,
} from "../../src/workbook/exportAdvice";
import { ENGLISH_MESSAGES } from "../../src/i18n";

const toExport = (a: ColumnAdvice): string => adviceToExport(a, ENGLISH_MESSAGES);
import {
  EXPECTED,
  PAGE_5802_DEFAULT_COLUMNS,
  writeBcDefaultExport,
  type ExportLanguage,
} from "../fixtures/bcDefaultExport";
import { costing, readTable, removeTemps, tempDir } from "./helpers";

afterAll(removeTemps);

describe("the advice table", () => {
  test("one entry for every column of each ledger table's schema, none more", () => {
    for (const schema of [ITEM_LEDGER_ENTRIES, VALUE_ENTRIES, ITEMS, ITEM_APPLICATION_ENTRIES, ACCOUNTING_PERIODS]) {
      const page = exportPage(schema.caption)!;
      expect(page.fields.map((f) => f.column).sort()).toEqual(schema.columns.map((c) => c.caption).sort());
      // A column the table cannot be read without is refused without it.
      for (const c of schema.columns.filter((c) => c.required))
        expect([schema.caption, c.caption, columnAdvice(schema.caption, c.caption).without]).toEqual([
          schema.caption,
          c.caption,
          "refused",
        ]);
    }
  });

  test("the pages, and what they show, hide or lack, as BaseApp defines them", () => {
    const byVisibility = (table: string, v: string) =>
      exportPage(table)!
        .fields.filter((f) => f.visibility === v)
        .map((f) => f.column);
    expect(EXPORT_PAGES.map((p) => [p.table, p.pageNo, p.tableNo])).toEqual([
      ["Item Ledger Entries", 38, 32],
      ["Value Entries", 5802, 5802],
      ["Items", 31, 27],
      ["Item Application Entries", 506, 339],
      ["Accounting Periods", 100, 50],
    ]);
    expect(byVisibility("Item Ledger Entries", "absent")).toEqual([
      "Positive",
      "Last Invoice Date",
      "Applies-to Entry",
    ]);
    expect(byVisibility("Item Ledger Entries", "hidden")).toEqual([
      "Variant Code",
      "Cost Amount (Expected)",
      "Completely Invoiced",
      "Order No.",
      "Serial No.",
      "Lot No.",
    ]);
    expect(byVisibility("Value Entries", "absent")).toEqual([
      "Variant Code",
      "Partial Revaluation",
      "Applies-to Entry",
      "Expected Cost",
    ]);
    expect(byVisibility("Value Entries", "hidden")).toEqual(["Valuation Date", "Location Code"]);
    expect(byVisibility("Items", "hidden")).toEqual(["Costing Method", "Standard Cost", "Last Direct Cost", "Blocked"]);
    expect(byVisibility("Accounting Periods", "hidden")).toEqual(["Average Cost Period", "Average Cost Calc. Type"]);
    expect(byVisibility("Item Application Entries", "hidden")).toEqual([]);
  });

  test("hidden: Personalize on the named page; not on the page: another route, naming the table", () => {
    const hidden = columnAdvice("Items", "Costing Method", 2);
    expect(hidden).toMatchObject({ pageNo: 31, visibility: "hidden", without: "refused", rows: 2 });
    expect(toExport(hidden)).toBe(
      'Page 31 "Item List" hides "Costing Method" by default: on the page choose the settings icon, Personalize, ' +
        '+ Field, drag "Costing Method" into the list, choose Done, then Open in Excel again.',
    );
    for (const column of ["Standard Cost", "Last Direct Cost"])
      expect(toExport(columnAdvice("Items", column))).toContain(`Page 31 "Item List" hides "${column}" by default`);
    const absent = columnAdvice("Value Entries", "Partial Revaluation");
    expect(toExport(absent)).toContain('Page 5802 "Value Entries" does not have "Partial Revaluation", so Personalize');
    expect(toExport(absent)).toContain('export table 5802 "Value Entry" with a configuration package (RapidStart)');
    expect(toExport(absent)).toContain("the API (OData)");
    expect(toExport(columnAdvice("Item Ledger Entries", "Positive"))).toContain('export table 32 "Item Ledger Entry"');
    expect(toExport(columnAdvice("Item Application Entries", WHOLE_TABLE))).toContain("?page=506");
    expect(missingColumnAdvice("Value Entries", "Cost Amount (Actual)", ENGLISH_MESSAGES)).toContain(
      'Page 5802 "Value Entries" shows "Cost Amount (Actual)" by default',
    );
    expect(missingColumnAdvice("Revaluation Journal", "Item No.", ENGLISH_MESSAGES)).toBeUndefined();
  });

  test("a guess that cannot change this ledger's figures is not one; what matters comes first", () => {
    const input = (entryType: "Sale" | "Transfer") =>
      ({ itemLedgerEntries: [{ entryType }], items: [] }) as unknown as LedgerInput;
    expect(columnAdvice("Item Ledger Entries", "Document No.", 1, input("Transfer")).without).toBe("warned");
    const here = columnAdvice("Item Ledger Entries", "Document No.", 1, input("Sale"));
    expect(here.without).toBe("unused");
    expect(adviceEffect(here, ENGLISH_MESSAGES)).toMatch(/This ledger has no transfers, so it changes nothing here\.$/);

    const advice = exportAdvice(
      new Map([
        ["Item Ledger Entries", ["Cost Amount (Expected)", "Positive", "Variant Code"]],
        ["Value Entries", ["Valuation Date"]],
      ]),
      [
        { name: "Item Ledger Entries", sheet: "ILE", rows: 6 },
        { name: "Value Entries", sheet: "VE", rows: 8 },
        { name: "Items", sheet: null, rows: 0 },
        { name: "Item Application Entries", sheet: null, rows: 0 },
        { name: "Inventory Setup", sheet: "Setup", rows: 5 },
        { name: "Accounting Periods", sheet: "Periods", rows: 12 },
      ],
    );
    expect(advice.map((a) => [a.table, a.column, a.without, a.rows])).toEqual([
      ["Items", WHOLE_TABLE, "refused", 0],
      ["Item Ledger Entries", "Variant Code", "warned", 6],
      ["Item Ledger Entries", "Positive", "derived", 6],
      ["Value Entries", "Valuation Date", "derived", 8],
      ["Item Application Entries", WHOLE_TABLE, "derived", 6],
      ["Item Ledger Entries", "Cost Amount (Expected)", "unused", 6],
    ]);
  });
});

/** The advice check prints, by "table|column": the group's heading, what the tool does, how to export it. */
function adviceOf(stdout: string): Map<string, { heading: string; effect: string; toExport: string }> {
  const lines = stdout.split("\n");
  const start = lines.indexOf("What the export lacks");
  expect(start).toBeGreaterThan(0);
  const out = new Map<string, { heading: string; effect: string; toExport: string }>();
  let heading = "";
  for (let i = start + 1; i < lines.length && lines[i] !== ""; i++) {
    const line = lines[i];
    if (/^ {2}\S/.test(line) && line.endsWith(":")) heading = line.trim();
    const m = /^ {2}- (.+?), (?:column "(.+?)"|the whole table)(?: \(\d+ rows?\))?: (.+)$/.exec(line);
    if (!m) continue;
    const how = /^ {4}To export it: (.+)$/.exec(lines[i + 1]);
    expect(how).not.toBeNull();
    out.set(`${m[1]}|${m[2] ?? WHOLE_TABLE}`, { heading, effect: m[3], toExport: how![1] });
  }
  return out;
}

const PERSONALIZE = (page: string, field: string) =>
  `${page} hides "${field}" by default: on the page choose the settings icon, Personalize, + Field, drag "${field}" into the list`;
const NOT_ON_PAGE = (page: string, field: string) => `${page} does not have "${field}", so Personalize cannot add it`;
const P38 = 'Page 38 "Item Ledger Entries"';
const P5802 = 'Page 5802 "Value Entries"';
const P31 = 'Page 31 "Item List"';

/** Every column pages 38 and 5802 lack by default, and what check must say to export it. */
const LEDGER_ADVICE: Record<string, string> = {
  "Item Ledger Entries|Variant Code": PERSONALIZE(P38, "Variant Code"),
  "Item Ledger Entries|Cost Amount (Expected)": PERSONALIZE(P38, "Cost Amount (Expected)"),
  "Item Ledger Entries|Completely Invoiced": PERSONALIZE(P38, "Completely Invoiced"),
  "Item Ledger Entries|Order No.": PERSONALIZE(P38, "Order No."),
  "Item Ledger Entries|Serial No.": PERSONALIZE(P38, "Serial No."),
  "Item Ledger Entries|Lot No.": PERSONALIZE(P38, "Lot No."),
  "Item Ledger Entries|Positive": NOT_ON_PAGE(P38, "Positive"),
  "Item Ledger Entries|Last Invoice Date": NOT_ON_PAGE(P38, "Last Invoice Date"),
  "Item Ledger Entries|Applies-to Entry": NOT_ON_PAGE(P38, "Applies-to Entry"),
  "Value Entries|Valuation Date": PERSONALIZE(P5802, "Valuation Date"),
  "Value Entries|Location Code": PERSONALIZE(P5802, "Location Code"),
  "Value Entries|Variant Code": NOT_ON_PAGE(P5802, "Variant Code"),
  "Value Entries|Partial Revaluation": NOT_ON_PAGE(P5802, "Partial Revaluation"),
  "Value Entries|Applies-to Entry": NOT_ON_PAGE(P5802, "Applies-to Entry"),
  "Value Entries|Expected Cost": NOT_ON_PAGE(P5802, "Expected Cost"),
  "Item Application Entries|(whole table)": 'Page 506 "Item Application Entries" is not found by search',
  "Inventory Setup|(whole table)": 'page 461 "Inventory Setup"',
  "Accounting Periods|(whole table)": 'Open page 100 "Accounting Periods", choose Personalize',
};

const GUESSED = "Guessed without these, so the figures may differ from Business Central's; add them to the export:";
const DERIVED = "Derived exactly from the ledger; export them only to have them cross-checked:";

describe.each(["en", "de"] as ExportLanguage[])("check on an export of the pages' default columns (%s)", (lang) => {
  test("Items without Costing Method: refused, saying page 31 hides it and how to add it", async () => {
    const dir = await writeBcDefaultExport(path.join(await tempDir(), "export"), lang);
    const r = await costing(["check", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Error: .*"Costing Method"/);
    expect(r.stdout).toContain(`${PERSONALIZE(P31, "Costing Method")}, choose Done, then Open in Excel again.`);
    // The advice for the ledger's columns is there although the workbook cannot be costed yet.
    const advice = adviceOf(r.stdout);
    for (const [key, toExport] of Object.entries(LEDGER_ADVICE))
      expect([key, advice.get(key)?.toExport]).toEqual([key, expect.stringContaining(toExport)]);
    // (The Items table's own columns are said with its error while it cannot be read.)
    expect([...advice.keys()].filter((k) => !k.startsWith("Items|")).sort()).toEqual(Object.keys(LEDGER_ADVICE).sort());
    // The old advice to personalise pages into columns they do not have is gone.
    expect(r.stdout).not.toMatch(/add the hidden column "(Positive|Last Invoice Date|Applies-to Entry)"/);
  });

  test("Items without Costing Method: adjust refuses too, naming the column, and writes nothing", async () => {
    const dir = await writeBcDefaultExport(path.join(await tempDir(), "export"), lang);
    const file = lang === "en" ? "Value Entries" : "Wertposten";
    const before = await readTable(dir, file);
    const r = await costing(["adjust", dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Costing Method");
    expect(await readTable(dir, file)).toEqual(before);
  });

  test("with Costing Method added by Personalize: ready, each missing column's advice names its page", async () => {
    const dir = await writeBcDefaultExport(path.join(await tempDir(), "export"), lang, {
      personalized: { items: { costingMethod: true } },
    });
    const r = await costing(["check", dir]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const advice = adviceOf(r.stdout);
    const items: Record<string, string> = {
      "Items|Standard Cost": PERSONALIZE(P31, "Standard Cost"),
      "Items|Last Direct Cost": PERSONALIZE(P31, "Last Direct Cost"),
      "Items|Blocked": PERSONALIZE(P31, "Blocked"),
    };
    const expected = { ...LEDGER_ADVICE, ...items };
    for (const [key, toExport] of Object.entries(expected))
      expect([key, advice.get(key)?.toExport]).toEqual([key, expect.stringContaining(toExport)]);
    expect([...advice.keys()].sort()).toEqual(Object.keys(expected).sort());

    // What the tool does without each: guessed ones first, derived ones after.
    expect(advice.get("Item Ledger Entries|Variant Code")).toMatchObject({
      heading: GUESSED,
      effect: expect.stringContaining("taken as posted without a variant"),
    });
    expect(advice.get("Item Ledger Entries|Applies-to Entry")?.heading).toBe(GUESSED);
    expect(advice.get("Value Entries|Valuation Date")).toMatchObject({
      heading: DERIVED,
      effect: expect.stringContaining("Replayed in entry-number order"),
    });
    expect(advice.get("Item Ledger Entries|Positive")?.heading).toBe(DERIVED);
    // No output, no Specific items, no transfers here: Order No., Serial No. and Lot No. change nothing.
    expect(advice.get("Item Ledger Entries|Order No.")?.effect).toContain("changes nothing here");
    expect(advice.get("Item Ledger Entries|Serial No.")?.effect).toContain("no Specific items");
    const order = [...advice.keys()];
    expect(order.indexOf("Item Ledger Entries|Applies-to Entry")).toBeLessThan(
      order.indexOf("Value Entries|Valuation Date"),
    );
  });

  test("the export's figures: the late invoices reach the sales as Business Central's Adjust Cost does", async () => {
    const dir = await writeBcDefaultExport(path.join(await tempDir(), "export"), lang, {
      personalized: { items: { costingMethod: true } },
    });
    const r = await costing(["adjust", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Value entries created: 2 \(entry no\. 9\.\.10\)/);
    const file = lang === "en" ? "Value Entries" : "Wertposten";
    const rows = await readTable(dir, file);
    const entryNo = lang === "en" ? "Entry No." : "Lfd. Nr.";
    const ileNo = lang === "en" ? "Item Ledger Entry No." : "Artikelpostennr.";
    const cost = lang === "en" ? "Cost Amount (Actual)" : "Einstandsbetrag (tatsächl.)";
    const added = rows.filter((row) => Number(row[entryNo]) > 8);
    const amount = (s: string) => s.replace(",", ".");
    for (const sale of Object.values(EXPECTED.sales)) {
      const adj = added.filter((row) => Number(row[ileNo]) === sale.itemLedgerEntryNo);
      expect(adj.map((row) => amount(row[cost]))).toEqual([sale.adjustment]);
    }

    // The appended rows in the export's own style, with the fields Business Central copies from the entry adjusted.
    const captions = Object.keys(rows[0]);
    const caption = (c: (typeof PAGE_5802_DEFAULT_COLUMNS)[number]) => captions[PAGE_5802_DEFAULT_COLUMNS.indexOf(c)];
    const dateStyle = lang === "en" ? /^\d{1,2}\/\d{1,2}\/\d{4}$/ : /^\d{2}\.\d{2}\.\d{4}$/;
    const decimalStyle = lang === "en" ? /^-?\d+\.\d{2}$/ : /^-?\d+,\d{2}$/;
    for (const row of added) {
      expect([row[caption("Posting Date")], dateStyle.test(row[caption("Posting Date")])]).toEqual([
        row[caption("Posting Date")],
        true,
      ]);
      expect([row[cost], decimalStyle.test(row[cost])]).toEqual([row[cost], true]);
      const original = rows.find((o) => Number(o[entryNo]) <= 8 && o[ileNo] === row[ileNo])!;
      for (const copied of [
        "Document Type",
        "Gen. Bus. Posting Group",
        "Gen. Prod. Posting Group",
        "Source Type",
        "Source No.",
      ] as const)
        expect([copied, row[caption(copied)]]).toEqual([copied, original[caption(copied)]]);
      expect(original[caption("Gen. Prod. Posting Group")]).not.toBe("");
      expect(amount(row[caption("Cost Posted to G/L")])).toMatch(/^0(\.0+)?$/);
    }
  });
});
