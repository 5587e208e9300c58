// The COSTING custom functions in the add-in's shared runtime, in chromium: the built page loads the task pane
// and functions.js together (as Excel loads the runtime), the fake Office.js registers the functions
// (CustomFunctions.associate) and the test calls them as Excel would, with a streaming invocation whose results
// are kept in the page. On the sample taken back to before the revaluation of the seed's example A-F, VALUE of
// FIFO-REVAL on 2020-03-01 is 40.00; the user calculates the Revaluation Journal in the pane, types the new
// unit cost 8 in its sheet and posts: the same cells get 32.00 (and unit cost 8.00) by themselves, from the
// ledger store the pane and the functions share, as the post left it (Value Entries is not read again).
// Also: functions.json as webpack wrote it, and an error as Excel shows it.
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { dateToSerial } from "../../src/excel/cells";
import { HEADER_BLOCK_ROWS } from "../../src/excel/officeWorkbook";
import {
  buildBundles,
  CHROMIUM,
  chromiumInstalled,
  describeWithChromium,
  INSTALL_HINT,
  launchChromium,
  openPane,
  SAMPLE_XLSX,
  serveAddin,
  workbookFromXlsx,
  type Pane,
} from "./harness";
import type { FakeOfficeState } from "../../src/preview/officeConfig";
import { rewound } from "./workbooks";

const ROOT = path.resolve(__dirname, "../..");
const available = chromiumInstalled();
const describeInBrowser = describeWithChromium(
  "the COSTING functions in the shared runtime",
  process.env.CI === "true",
);

const serial = (iso: string): number => dateToSerial(new Date(`${iso}T00:00:00Z`));

interface Page {
  __fakeOffice: FakeOfficeState;
  __cells?: Record<string, unknown[]>;
}

/** Calls a function in the page as Excel does; its results are kept in the page under `name`. */
async function enter(pane: Pane, name: string, id: string, args: unknown[]): Promise<void> {
  await pane.fakeWith(
    (s, a) => {
      const page = window as unknown as Page;
      const results: unknown[] = [];
      (page.__cells ??= {})[a.name] = results;
      const asShown = (v: unknown) => {
        const e = v as { code?: string; message?: string } | null;
        return e && typeof e === "object" && typeof e.code === "string" ? [e.code, e.message] : v;
      };
      s.functions[a.id](...a.args, { setResult: (v: unknown) => results.push(asShown(v)) });
    },
    { name, id, args },
  );
}

/** Waits until the cell has `count` results; returns them. */
async function results(pane: Pane, name: string, count: number): Promise<unknown[]> {
  await pane.page.waitForFunction(
    (a) => ((window as unknown as Page).__cells?.[a.name]?.length ?? 0) >= a.count,
    { name, count },
    { timeout: 20_000 },
  );
  return pane.page.evaluate((n) => (window as unknown as Page).__cells![n], name);
}

describeInBrowser("the COSTING functions in the shared runtime (chromium, fake Office.js)", () => {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveAddin>> | undefined;
  let pane: Pane;

  beforeAll(async () => {
    if (!available) throw new Error(`No chromium at ${CHROMIUM}. Install it: ${INSTALL_HINT}`);
    buildBundles();
    let sample;
    [browser, server, sample] = await Promise.all([launchChromium(), serveAddin(), workbookFromXlsx(SAMPLE_XLSX)]);
    pane = await openPane(browser, server.url, {
      workbook: rewound(sample, ["S13-REVAL", "S13-D", "S13-E", "S13-F"]),
    });
  }, 180_000);

  afterAll(async () => {
    await pane?.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  test("registered from functions.js, with the functions.json webpack generated", async () => {
    const ids = ["VERSION", "AVGCOST", "UNITCOST", "QTY", "VALUE", "REVALQTY", "PERIOD", "AVGCOSTS", "EXPLAIN"];
    expect(await pane.fake((s) => Object.keys(s.functions))).toEqual(ids);
    const served = (await (await fetch(`${server!.url}functions.json`)).json()) as { functions: { id: string }[] };
    expect(served.functions.map((f) => f.id)).toEqual(ids);
    const built = path.join(ROOT, "dist/preview/addin/functions.json");
    expect(JSON.parse(fs.readFileSync(built, "utf8"))).toEqual(served);
  });

  test("a post from the pane: VALUE of FIFO-REVAL on 2020-03-01 goes from 40 to 32 in the same cell", async () => {
    const { page } = pane;
    await page.getByText(/^Ready for costing/).waitFor({ timeout: 15_000 });

    await enter(pane, "value", "VALUE", ["FIFO-REVAL", serial("2020-03-01"), null, null, null]);
    await enter(pane, "unitCost", "UNITCOST", ["FIFO-REVAL", "2020-03-01", null, null, null]);
    await enter(pane, "average", "AVGCOST", ["AVG-MONTH", "2025-02-15", null, null]);
    await enter(pane, "period", "PERIOD", ["2025-02-15"]);
    await enter(pane, "unknown", "AVGCOST", ["NO-SUCH", "2025-02-15", null, null]);
    expect(await results(pane, "value", 1)).toEqual([40]);
    expect(await results(pane, "unitCost", 1)).toEqual([10]);
    expect(await results(pane, "average", 1)).toEqual([65]);
    expect(await results(pane, "period", 1)).toEqual([[[serial("2025-02-01"), serial("2025-02-28")]]]);
    expect(await results(pane, "unknown", 1)).toEqual([
      ["#N/A", "There is no item NO-SUCH in the Items table or the item ledger entries. Check the item number."],
    ]);

    // Calculate inventory value for FIFO-REVAL on 03-01 (4 at 10.00), the new unit cost typed into the
    // journal's sheet (the pane recomputes the line), Post.
    await page.getByRole("tab", { name: "Calculate" }).click();
    await page.getByLabel("Posting Date").fill("2020-03-01");
    await page.getByLabel("Items", { exact: true }).fill("FIFO-REVAL");
    await page.getByRole("button", { name: "Calculate", exact: true }).click();
    await page.getByText(/^1 line written to the Revaluation Journal sheet/).waitFor();
    await pane.fake((s) => s.excel.userEdit("Revaluation Journal", "K2", 8));
    await page.waitForFunction(() => {
      const t = (window as unknown as Page).__fakeOffice.excel.table("RevaluationJournal");
      const [header, line] = t.sheet.values(t.row, t.col, 2, t.cols);
      return line[header.indexOf("Amount")] === -8;
    });
    // Nothing in the ledger changed yet: the cells still have their one answer.
    expect(await results(pane, "value", 1)).toEqual([40]);

    // The pane and the functions share one ledger store (webpack.config.js: one runtime, one shared chunk): the
    // functions' answers after the post come from the rows the post appended, not from Value Entries read again.
    const read = () => pane.fake((s) => s.excel.cellsRead.get("Value Entries") ?? 0);
    const readBefore = await read();
    expect(readBefore).toBeGreaterThan(0);

    await page.getByRole("tab", { name: "Post" }).click();
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("table", { name: "Effect per item", exact: true }).waitFor();
    await page.getByRole("button", { name: "Post", exact: true }).click();
    await page.getByText(/^Posted 1 line \(document no\. REVAL-2020-03-01\)/).waitFor({ timeout: 20_000 });

    // The live cells got their new answers, from the store as the post left it.
    expect(await results(pane, "value", 2)).toEqual([40, 32]);
    expect((await results(pane, "unitCost", 2)).slice(-1)).toEqual([8]);
    expect((await results(pane, "average", 2)).slice(-1)).toEqual([65]);
    // What was read of the Value Entries sheet since: its top rows once, looking for the Posting Log (not there
    // before the first post; where it is, it is remembered), never the table.
    const width = await pane.fake((s) => s.excel.sheet("Value Entries").used()!.cols);
    expect((await read()) - readBefore).toBeLessThanOrEqual(HEADER_BLOCK_ROWS * width);
    const excel = await pane.fake((s) => ({ errors: s.excel.handlerErrors, unsupported: s.unsupported }));
    expect(excel).toEqual({ errors: [], unsupported: [] });
    expect(pane.issues).toEqual({ pageErrors: [], consoleErrors: [], offMachine: [], failedRequests: [] });
  }, 90_000);
});
