// The browser test harness: the built task pane (test/browser/build.js) served from 127.0.0.1, opened in
// Debian's chromium through playwright-core, with Office.js replaced by the fake (test/browser/fakeOffice.ts)
// holding a workbook the test loaded in Node. Every request that would leave the machine is refused and
// recorded; page errors, console errors and Office.js calls the fake does not model are recorded too.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { fakeFromXlsx } from "../excel/fromXlsx";
import { LIGHT_THEME, type FakeOfficeConfig, type FakeOfficeState, type OfficeTheme } from "./officeConfig";
import { workbookToJson, type WorkbookJson } from "./workbookJson";

const ROOT = path.resolve(__dirname, "../..");
/** test/browser/build.js writes here. */
const ADDIN = path.join(ROOT, "dist/browser-test/addin");
const FAKE_OFFICE = path.join(ROOT, "dist/browser-test/fake-office.js");
/** The Office.js URL the production taskpane.html references (webpack.config.js): answered with the fake. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { OFFICE_JS_CDN } = require("../../webpack.config.js") as { OFFICE_JS_CDN: string };

export const SAMPLE_XLSX = path.join(ROOT, "assets/sample.xlsx");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"];
export const INSTALL_HINT =
  "sudo apt-get install -y chromium   (Debian/Ubuntu: the browser test uses /usr/bin/chromium)";

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

/** Builds the task pane and the fake Office.js unless up to date (a few seconds; nothing when up to date). */
export function buildBundles(): string {
  return execFileSync(process.execPath, [path.join(__dirname, "build.js")], { cwd: ROOT, encoding: "utf8" }).trim();
}

/** A workbook file as the fake Excel holds it (the same loader as test/excel/), as JSON for the page. */
export async function workbookFromXlsx(file: string): Promise<WorkbookJson> {
  return workbookToJson(await fakeFromXlsx(file));
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
};

/** A static server for the built add-in on 127.0.0.1 (a free port). */
export async function serveAddin(): Promise<{ readonly url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "");
    const file = path.resolve(ADDIN, rel || "taskpane.html");
    if (rel === "favicon.ico") return void res.writeHead(204).end(); // chromium asks; the add-in has none
    if (!file.startsWith(ADDIN + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return void res.writeHead(404, { "Content-Type": "text/plain" }).end(`not found: ${rel}`);
    }
    res.writeHead(200, { "Content-Type": MIME[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
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
