// The browser test harness: the built task pane (src/preview/build.js) served from 127.0.0.1, opened in
// Debian's chromium through playwright-core, with Office.js replaced by the fake (src/preview/fakeOffice.ts)
// holding a workbook the test loaded in Node. Every request that would leave the machine is refused and
// recorded; page errors, console errors and Office.js calls the fake does not model are recorded too.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { fakeFromXlsx } from "../../src/preview/fromXlsx";
import {
  LIGHT_THEME,
  type FakeOfficeConfig,
  type FakeOfficeState,
  type OfficeTheme,
} from "../../src/preview/officeConfig";
import { serveFolder, type StaticServer } from "../../src/preview/server";
import { workbookToJson, type WorkbookJson } from "../../src/preview/workbookJson";

const ROOT = path.resolve(__dirname, "../..");
/** src/preview/build.js writes here. */
const ADDIN = path.join(ROOT, "dist/preview/addin");
const FAKE_OFFICE = path.join(ROOT, "dist/preview/fake-office.js");
const BUILD = path.join(ROOT, "src/preview/build.js");
/** The Office.js URL the production taskpane.html references (webpack.config.js): answered with the fake. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { OFFICE_JS_CDN } = require("../../webpack.config.js") as { OFFICE_JS_CDN: string };

export const SAMPLE_XLSX = path.join(ROOT, "assets/sample.xlsx");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"];
/** How to get the chromium the browser tests drive (Debian's package; never `playwright install`). */
export const INSTALL_HINT = "apt-get install -y chromium";

/** `npm run screenshots` refreshes the README's pictures (assets/screenshots/); else they go to SCREENSHOTS. */
export const REFRESHING_SCREENSHOTS = process.env.npm_lifecycle_event === "screenshots";
export const SCREENSHOTS =
  process.env.SCREENSHOT_DIR || path.join(ROOT, REFRESHING_SCREENSHOTS ? "assets/screenshots" : "test/e2e/screenshots");

/** The task pane's width in Excel (the narrowest it gets on the desktop). */
export const PANE_WIDTH = 320;
const PANE_HEIGHT = 720;

export function chromiumInstalled(): boolean {
  try {
    fs.accessSync(CHROMIUM, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * `describe` when chromium is installed (or `required`: CI=true, where a missing chromium fails the tests);
 * else `describe.skip`, with a warning box on the console naming what is skipped and how to install chromium.
 */
export function describeWithChromium(what: string, required: boolean): jest.Describe {
  if (chromiumInstalled() || required) return describe;
  console.warn(
    [
      "",
      "#".repeat(100),
      `#  BROWSER TEST SKIPPED: ${what}, no chromium at ${CHROMIUM}.`,
      "#  Install Debian's chromium (as root, or with sudo), then run the test again:",
      `#    ${INSTALL_HINT}`,
      "#  (or set CHROMIUM_PATH to a chromium elsewhere). With CI=true a missing chromium fails the test instead.",
      "#".repeat(100),
      "",
    ].join("\n"),
  );
  return describe.skip;
}

/** Builds the task pane and the fake Office.js unless up to date (a few seconds; nothing when up to date). */
export function buildBundles(): string {
  return execFileSync(process.execPath, [BUILD], { cwd: ROOT, encoding: "utf8" }).trim();
}

/** A workbook file as the fake Excel holds it (the same loader as test/excel/), as JSON for the page. */
export async function workbookFromXlsx(file: string): Promise<WorkbookJson> {
  return workbookToJson(await fakeFromXlsx(file));
}

/** The built add-in as production serves it (taskpane.html loading Office.js from the CDN), on 127.0.0.1. */
export function serveAddin(): Promise<StaticServer> {
  return serveFolder(ADDIN, { index: "taskpane.html" });
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface PaneOptions {
  readonly workbook: WorkbookJson;
  readonly theme?: OfficeTheme;
  /** Office.onReady's host; null as when the page is opened outside Office. */
  readonly host?: string | null;
  /** Excel's display language (Office.context.displayLanguage), en-US unless given. */
  readonly displayLanguage?: string;
}

/** What happened while the page was open that a test should see as a failure. */
export interface PaneIssues {
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
  /** Requests to anywhere but this machine (refused). */
  readonly offMachine: string[];
  /** Requests that failed (other than the refused ones). */
  readonly failedRequests: string[];
}

export interface Pane {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly issues: PaneIssues;
  /** Every URL the page requested, in order (the Office.js CDN URL included: it is answered with the fake). */
  readonly requests: string[];
  /**
   * Reads from the fake Office.js in the page: `read` runs in the page (its source is sent, so it can use
   * nothing from the test's scope) and its result comes back as JSON.
   */
  fake<T>(read: (state: FakeOfficeState) => T): Promise<T>;
  /** The same with an argument (sent as JSON): e.g. a cell the user types into the fake Excel. */
  fakeWith<A, T>(read: (state: FakeOfficeState, arg: A) => T, arg: A): Promise<T>;
  close(): Promise<void>;
}

const isLocal = (url: URL): boolean =>
  ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname) || url.protocol === "data:" || url.protocol === "blob:";

/** Opens taskpane.html in a fresh context (320 px wide) with the fake Office.js holding `workbook`. */
export async function openPane(browser: Browser, baseUrl: string, options: PaneOptions): Promise<Pane> {
  const context = await browser.newContext({
    viewport: { width: PANE_WIDTH, height: PANE_HEIGHT },
    deviceScaleFactor: 1,
    locale: "en-US",
    timezoneId: "UTC",
    colorScheme: options.theme && options.theme !== LIGHT_THEME ? "dark" : "light",
    serviceWorkers: "block",
  });
  const issues: PaneIssues = { pageErrors: [], consoleErrors: [], offMachine: [], failedRequests: [] };
  const requests: string[] = [];
  const fakeOffice = fs.readFileSync(FAKE_OFFICE, "utf8");

  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_CDN) {
      return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fakeOffice });
    }
    if (isLocal(new URL(url))) return route.continue();
    issues.offMachine.push(url);
    return route.abort("blockedbyclient");
  });

  const config: FakeOfficeConfig = {
    host: options.host === undefined ? "Excel" : options.host,
    platform: options.host === null ? null : "OfficeOnline",
    theme: options.theme ?? LIGHT_THEME,
    displayLanguage: options.displayLanguage ?? "en-US",
    workbook: options.workbook,
  };
  await context.addInitScript((c) => {
    (window as unknown as { __fakeOfficeConfig: unknown }).__fakeOfficeConfig = c;
  }, config);

  const page = await context.newPage();
  page.on("pageerror", (e) => issues.pageErrors.push(e.stack || e.message));
  page.on("console", (m) => {
    if (m.type() === "error") issues.consoleErrors.push(m.text());
  });
  page.on("request", (r) => requests.push(r.url()));
  page.on("requestfailed", (r) => {
    if (!issues.offMachine.includes(r.url())) issues.failedRequests.push(`${r.url()}: ${r.failure()?.errorText}`);
  });
  const response = await page.goto(baseUrl + "taskpane.html", { waitUntil: "load" });
  if (!response?.ok()) throw new Error(`taskpane.html: HTTP ${response?.status()}`);

  return {
    page,
    context,
    issues,
    requests,
    fake: <T>(read: (state: FakeOfficeState) => T) =>
      page.evaluate(`(${read.toString()})(window.__fakeOffice)`) as Promise<T>,
    fakeWith: <A, T>(read: (state: FakeOfficeState, arg: A) => T, arg: A) =>
      page.evaluate(`(${read.toString()})(window.__fakeOffice, ${JSON.stringify(arg)})`) as Promise<T>,
    close: () => context.close(),
  };
}
