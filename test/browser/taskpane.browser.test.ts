// The task pane end to end in a real browser: the built add-in (webpack, as `npm run build` makes it, in
// development mode) opened in Debian's chromium through playwright-core, 320 px wide, with Office.js replaced by
// a fake whose Excel.run works on an in-memory workbook (test/excel/fakeExcel.ts) holding assets/sample.xlsx.
// It checks the Ledger step shows the sample's tables and counts, that the keyboard reaches and works the
// buttons, that no page error, console error or request off this machine happens, and saves screenshots in
// the light and dark theme.
//
// Screenshots go to $SCREENSHOT_DIR, else a temp folder; `npm run screenshots` writes assets/screenshots/.
// Without /usr/bin/chromium the test is skipped with a warning, except with CI=true or under
// `npm run screenshots`, where it fails (.ci/run installs chromium first).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { XlsxWorkbook } from "../../src/files";
import { LEDGER_TABLES, readLedgerInput, tableSpec } from "../../src/workbook";
import {
  buildBundles,
  CHROMIUM,
  chromiumInstalled,
  INSTALL_HINT,
  launchChromium,
  OFFICE_JS_CDN,
  openPane,
  PANE_WIDTH,
  SAMPLE_XLSX,
  serveAddin,
  workbookFromXlsx,
  type Pane,
} from "./harness";
import { DARK_THEME, LIGHT_THEME } from "./officeConfig";
import type { WorkbookJson } from "./workbookJson";

const ROOT = path.resolve(__dirname, "../..");
const refreshing = process.env.npm_lifecycle_event === "screenshots";
const SCREENSHOTS =
  process.env.SCREENSHOT_DIR ||
  (refreshing ? path.join(ROOT, "assets/screenshots") : path.join(os.tmpdir(), "inventory-costing-screenshots"));
const required = process.env.CI === "true" || refreshing;
const available = chromiumInstalled();

if (!available && !required) {
  console.warn(
    [
      "",
      "#".repeat(100),
      `#  BROWSER TEST SKIPPED: no chromium at ${CHROMIUM}.`,
      "#  The task pane's end-to-end test (test/browser) runs in Debian's chromium. Install it with",
      `#    ${INSTALL_HINT}`,
      "#  (or set CHROMIUM_PATH). With CI=true a missing chromium fails this test instead.",
      "#".repeat(100),
      "",
    ].join("\n"),
  );
}

const describeInBrowser = available || required ? describe : describe.skip;

/** What the Ledger step should show for the sample, read with the file adapter (not the Office.js path). */
async function expectedLedger() {
  const file = await XlsxWorkbook.open(SAMPLE_XLSX);
  const tables: string[][] = [];
  for (const schema of LEDGER_TABLES) {
    const spec = tableSpec(schema);
    const t = await file.readTable(spec);
    tables.push([spec.name, t ? t.sheet : "not found", t ? t.rows.length.toLocaleString("en-US") : "-"]);
  }
  const { input } = await readLedgerInput(file);
  if (!input) throw new Error("the sample workbook does not read");
  const fmt = (n: number) => n.toLocaleString("en-US");
  return {
    tables,
    counts: [
      `${fmt(new Set(input.itemLedgerEntries.map((e) => e.itemNo)).size)} items with entries`,
      `${fmt(input.itemLedgerEntries.length)} item ledger entries`,
      `${fmt(input.valueEntries.length)} value entries`,
    ],
  };
}

/** Waits for the Ledger step's report; returns the tables' rows and the ledger list as shown. */
async function ledgerShown(pane: Pane) {
  const { page } = pane;
  await page.getByRole("heading", { name: "Ledger" }).waitFor();
  const table = page.getByRole("table", { name: "Tables found" });
  await table.waitFor({ timeout: 15_000 });
  const tables = await table
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent!.trim())));
  const counts = await page.getByRole("list", { name: "Ledger" }).getByRole("listitem").allTextContents();
  return { tables, counts: counts.map((t) => t.trim()) };
}

/** Nothing went wrong in the page: no error, no request off this machine, no Office.js call the fake lacks. */
async function expectClean(pane: Pane): Promise<void> {
  expect(pane.issues).toEqual({ pageErrors: [], consoleErrors: [], offMachine: [], failedRequests: [] });
  expect(await pane.fake((s) => s.unsupported)).toEqual([]);
  // The page is the production one: it asks for Office.js on the CDN, answered inside the browser with the fake.
  expect(pane.requests).toContain(OFFICE_JS_CDN);
  expect(pane.requests.filter((url) => url !== OFFICE_JS_CDN && new URL(url).hostname !== "127.0.0.1")).toEqual([]);
}

async function screenshot(pane: Pane, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await pane.page.mouse.move(PANE_WIDTH - 1, 0); // no hover highlight
  await pane.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await pane.page.screenshot({ path: file, fullPage: true, animations: "disabled", caret: "hide" });
  return file;
}

describeInBrowser("the task pane in chromium (fake Office.js, the sample workbook)", () => {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveAddin>> | undefined;
  let sample: WorkbookJson;
  let expected: Awaited<ReturnType<typeof expectedLedger>>;
  const saved: string[] = [];
  const panes: Pane[] = [];

  const open = async (options: Partial<Parameters<typeof openPane>[2]> = {}): Promise<Pane> => {
    const pane = await openPane(browser!, server!.url, { workbook: sample, ...options });
    panes.push(pane);
    return pane;
  };

  beforeAll(async () => {
    if (!available) throw new Error(`No chromium at ${CHROMIUM}. Install it: ${INSTALL_HINT}`);
    buildBundles();
    [browser, server, sample, expected] = await Promise.all([
      launchChromium(),
      serveAddin(),
      workbookFromXlsx(SAMPLE_XLSX),
      expectedLedger(),
    ]);
  }, 180_000);

  afterAll(async () => {
    for (const p of panes) await p.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    if (saved.length) console.info(`Task pane screenshots:\n  ${saved.join("\n  ")}`);
  });

  test("Ledger shows the sample's tables and counts, read through Excel.run; light theme screenshot", async () => {
    const pane = await open({ theme: LIGHT_THEME });
    const shown = await ledgerShown(pane);
    expect(shown.tables).toEqual(expected.tables);
    expect(shown.counts.slice(0, 3)).toEqual(expected.counts);
    expect(shown.counts[3]).toMatch(/^Posting dates \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d$/);
    expect(await pane.page.getByText(/^Ready for costing/).count()).toBe(1);

    // The pane read the workbook through the fake Excel, under its load/sync rules, and nothing was refused.
    const excel = await pane.fake((s) => ({ runs: s.excel.runs, syncs: s.excel.syncs, refused: s.excel.refused }));
    expect(excel.runs).toBeGreaterThan(0);
    expect(excel.syncs).toBeGreaterThanOrEqual(excel.runs);
    expect(excel.refused).toBe(0);

    // The pane fits 320 px: nothing scrolls sideways.
    expect(await pane.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE_WIDTH);
    saved.push(await screenshot(pane, "ledger-light"));
    await expectClean(pane);
  });

  test("the keyboard reaches Read again, shows where focus is, and Enter reads the workbook again", async () => {
    const pane = await open();
    const { page } = pane;
    await ledgerShown(pane);
    const runsBefore = await pane.fake((s) => s.excel.runs);

    const order: string[] = [];
    for (let i = 0; i < 20 && !order.includes("BUTTON Read again"); i++) {
      await page.keyboard.press("Tab");
      order.push(
        await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`),
      );
    }
    expect(order).toContain("BUTTON Read again");
    const button = page.getByRole("button", { name: "Read again" });
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    // Fluent marks keyboard focus so the button draws its focus ring.
    expect(await button.getAttribute("data-fui-focus-visible")).not.toBeNull();

    // One read of the workbook takes `runsBefore` Excel.run calls: Enter starts a second one; wait until it is done.
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (oneRead) =>
        (window as unknown as { __fakeOffice: { excel: { runs: number } } }).__fakeOffice.excel.runs === 2 * oneRead &&
        document.querySelector('section[aria-busy="false"]') !== null,
      runsBefore,
    );
    expect((await ledgerShown(pane)).counts.slice(0, 3)).toEqual(expected.counts);
    await expectClean(pane);
  });

  test("dark theme from Office's theme; screenshot", async () => {
    const pane = await open({ theme: DARK_THEME });
    await ledgerShown(pane);
    const background = await pane.page
      .locator(".fui-FluentProvider")
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(128);
    saved.push(await screenshot(pane, "ledger-dark"));
    await expectClean(pane);
  });

  test("the custom functions are registered in the same runtime: COSTING.VERSION", async () => {
    const pane = await open();
    await ledgerShown(pane);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { version } = require("../../package.json") as { version: string };
    expect(await pane.fake((s) => Object.keys(s.functions))).toEqual(["VERSION"]);
    expect(await pane.fake((s) => s.functions.VERSION())).toBe(version);
    await expectClean(pane);
  });

  test("opened outside Excel, the pane says it needs Excel", async () => {
    const pane = await open({ host: null });
    await pane.page.getByText("Inventory Costing runs inside Excel").waitFor();
    expect(await pane.fake((s) => s.excel.runs)).toBe(0);
    await expectClean(pane);
  });
});
