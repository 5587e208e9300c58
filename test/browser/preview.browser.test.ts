// `npm run preview`: the task pane in a browser without Excel. The command itself (src/preview/preview.js, in a
// child process on a free port) builds the preview bundles when needed and serves them on 127.0.0.1; over HTTP
// the page is the production taskpane.html with its Office.js replaced by the fake holding the bundled sample,
// exactly as the browser test loads it (fromXlsx.ts, workbookJson.ts). In chromium (skipped with a warning when
// it is missing, as the other browser tests) a newcomer's walk through the README's revaluation example on the
// sample: Ledger ready, Adjust appends 17 value entries (shown in the workbook view), Calculate FIFO-PLAIN on
// 2023-12-31 (51.00), Unit Cost (Revalued) 5 typed into the view's journal sheet, Preview 51.00 -> 40.00, Post;
// no page error and no request off the machine.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { fakeFromXlsx } from "../../src/preview/fromXlsx";
import { workbookToJson } from "../../src/preview/workbookJson";
import { describeWithChromium, launchChromium, OFFICE_JS_CDN, SAMPLE_XLSX, SCREENSHOTS } from "./harness";

const ROOT = path.resolve(__dirname, "../..");

let child: ChildProcess | undefined;
let url = "";
let output = "";

/** Starts `npm run preview -- --port 0` (its script, without npm) and waits for the address it prints. */
beforeAll(async () => {
  child = spawn(process.execPath, [path.join(ROOT, "src/preview/preview.js"), "--port", "0"], { cwd: ROOT });
  url = await new Promise<string>((resolve, reject) => {
    child!.stdout!.on("data", (d: Buffer) => {
      output += d.toString();
      const m = /^Open (http:\/\/\S+\/) in a browser/m.exec(output);
      if (m) resolve(m[1]);
    });
    child!.stderr!.on("data", (d: Buffer) => (output += d.toString()));
    child!.on("exit", (code) => reject(new Error(`npm run preview ended (${code}) before serving:\n${output}`)));
  });
}, 120_000);

afterAll(async () => {
  if (!child || child.exitCode !== null) return;
  const ended = new Promise((resolve) => child!.once("exit", resolve));
  child.kill("SIGTERM");
  await ended;
});

describe("npm run preview", () => {
  test("serves the production page on 127.0.0.1 with the fake Office.js holding the bundled sample", async () => {
    expect(new URL(url).hostname).toBe("127.0.0.1");
    expect(output).toContain("on an in-memory workbook holding assets/sample.xlsx");

    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<script type="text/javascript" src="preview-office.js"></script>');
    expect(html).not.toContain(OFFICE_JS_CDN);
    for (const script of ["taskpane.js", "functions.js", "preview-workbook.js"]) {
      expect(html).toContain(`src="${script}"`);
      expect((await fetch(url + script)).status).toBe(200);
    }
    expect(await (await fetch(url + "taskpane.html")).text()).toBe(html);

    const office = await (await fetch(url + "preview-office.js")).text();
    const sample = workbookToJson(await fakeFromXlsx(SAMPLE_XLSX));
    expect(office.startsWith("window.__fakeOfficeConfig = ")).toBe(true);
    expect(office).toContain(JSON.stringify(sample)); // the sample as the browser test holds it
    expect(office).toContain("Excel.run(batch)"); // the fake Office.js bundle

    expect((await fetch(url + "%2e%2e/package.json")).status).toBe(404); // nothing outside the bundles
  });
});

const describeInBrowser = describeWithChromium("npm run preview in a browser", process.env.CI === "true");

describeInBrowser("npm run preview in chromium: the README's revaluation example on the sample", () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: "en-US", timezoneId: "UTC" });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => void (m.type() === "error" && problems.push(`console error: ${m.text()}`)));
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(url);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  const view = () => page.locator("#preview-workbook");
  /** The workbook view's grid of a sheet: its rows' cells as shown (the sheet's row 1 first). */
  const grid = (sheet: string) =>
    view()
      .getByRole("table", { name: sheet })
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? "")));

  test("Ledger: the sample is read and ready for costing; the view shows its sheets", async () => {
    await page.getByRole("list", { name: "Ledger" }).waitFor({ timeout: 20_000 });
    await page.getByText(/^Ready for costing/).waitFor();
    expect(await view().getByRole("tab").allTextContents()).toEqual(
      workbookToJson(await fakeFromXlsx(SAMPLE_XLSX)).sheets.map((s) => s.name),
    );
  });

  test("Adjust appends 17 value entries; the view shows them in Value Entries", async () => {
    await page.getByRole("tab", { name: "Adjust" }).click();
    await page.getByRole("button", { name: "Calculate adjustments" }).click();
    await page.getByRole("button", { name: "Append 17 value entries" }).click();
    await page.getByText("17 value entries appended to Value Entries (entry no. 53..69).").waitFor();
    await view().getByRole("tab", { name: "Value Entries", selected: true }).waitFor();
    const appended = await view()
      .locator("tbody tr:has(td.changed)")
      .evaluateAll((trs) => trs.map((tr) => tr.querySelector("td")!.textContent));
    expect(appended).toEqual(Array.from({ length: 17 }, (_, i) => String(53 + i)));
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, "preview-page.png"), animations: "disabled", caret: "hide" });
  });

  test("Calculate, Unit Cost (Revalued) typed in the view, Preview and Post: FIFO-PLAIN 51.00 -> 40.00", async () => {
    await page.getByRole("tab", { name: "Calculate" }).click();
    await page.getByLabel("Posting Date").fill("2023-12-31");
    await page.getByLabel("Items", { exact: true }).fill("FIFO-PLAIN");
    await page.getByRole("button", { name: "Calculate", exact: true }).click();
    await page
      .getByText(/^1 line written to the Revaluation Journal sheet, Inventory Value \(Calculated\) 51\.00\./)
      .waitFor();
    await view().getByRole("tab", { name: "Revaluation Journal", selected: true }).waitFor();

    const [header] = await grid("Revaluation Journal");
    const unitCost = header.indexOf("Unit Cost (Revalued)");
    page.once("dialog", (d) => void d.accept("5"));
    await view().getByRole("table").locator("tbody tr").nth(1).locator("td").nth(unitCost).dblclick();
    // The pane follows the edit as in Excel: Inventory Value (Revalued) and Amount.
    await page.waitForFunction(() => document.querySelector("#preview-workbook td.changed")?.textContent === "40.00");
    const [, line] = await grid("Revaluation Journal");
    expect([
      line[unitCost],
      line[header.indexOf("Inventory Value (Revalued)")],
      line[header.indexOf("Amount")],
    ]).toEqual(["5.00", "40.00", "-11.00"]);

    await page.getByRole("tab", { name: "Post" }).click();
    await page.getByRole("button", { name: "Preview" }).click();
    const effect = page.getByRole("table", { name: "Effect per item", exact: true });
    await effect.waitFor();
    expect((await effect.locator("tbody tr td").allTextContents()).slice(0, 3)).toEqual([
      "FIFO-PLAINinventory down",
      "51.00",
      "40.00",
    ]);
    await page.getByRole("button", { name: "Post", exact: true }).click();
    await page.getByText(/^Posted 1 line \(document no\. REVAL-2023-12-31\)/).waitFor();
  });

  test("nothing went wrong in the page and nothing was asked of another machine", () => {
    expect(problems).toEqual([]);
    expect(requests.filter((r) => new URL(r).hostname !== "127.0.0.1")).toEqual([]);
  });
});
