// The preview server (`npm run preview`): the add-in's real task pane in a browser, without Excel. It serves the
// bundles src/preview/build.js made (dist/preview/) from this machine only, with one change to the production
// taskpane.html: its Office.js (Microsoft's CDN) is the fake Office.js (fakeOffice.ts), whose Excel.run works on
// the in-memory Excel (fakeExcel.ts) holding a workbook read here in Node — the bundled sample, assets/sample.xlsx,
// as the browser test holds it — and a workbook view beside the pane (workbookView.ts). Nothing leaves the machine
// and nothing is saved: reloading the page starts from the workbook file again.
//
// A dev harness, not product code: Office never loads any of it (the production bundle is dist/addin/).
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fakeFromXlsx } from "./fromXlsx";
import { DARK_THEME, LIGHT_THEME, type FakeOfficeConfig } from "./officeConfig";
import { workbookToJson } from "./workbookJson";

/** What src/preview/build.js writes. */
export interface PreviewBundles {
  /** The add-in as webpack.config.js builds it (taskpane.html, taskpane.js, functions.js, ...). */
  readonly addin: string;
  /** The fake Office.js page script. */
  readonly fakeOffice: string;
  /** The workbook view's page script. */
  readonly workbookView: string;
}

export interface StaticServer {
  /** http://127.0.0.1:<port>/ */
  readonly url: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
};

/** Answers for paths that are not files of the folder: the path (no leading slash) to its body. */
export type Generated = Readonly<Record<string, { readonly type: string; readonly body: string }>>;

/**
 * A static server for a built folder on 127.0.0.1 (`port` 0: a free one), `index` at "/", `generated` answers
 * before files. Refuses to start (rejects) when the port is taken.
 */
export async function serveFolder(
  dir: string,
  options: { readonly port?: number; readonly index?: string; readonly generated?: Generated } = {},
): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "");
    const name = rel || options.index || "index.html";
    const generated = options.generated?.[name];
    if (generated) {
      res.writeHead(200, { "Content-Type": generated.type, "Cache-Control": "no-store" });
      return void res.end(generated.body);
    }
    if (rel === "favicon.ico") return void res.writeHead(204).end(); // browsers ask; the add-in has none
    const file = path.resolve(root, name);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return void res.writeHead(404, { "Content-Type": "text/plain" }).end(`not found: ${rel}`);
    }
    res.writeHead(200, { "Content-Type": MIME[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The preview page's script that stands in for Office.js: where taskpane.html loads it. */
export const PREVIEW_OFFICE_JS = "preview-office.js";
const PREVIEW_VIEW_JS = "preview-workbook.js";

/** The layout around the pane: a note on top, the pane at a task pane's width, the workbook beside it. */
const PREVIEW_STYLE = `<style>
  body { display: grid; grid-template-columns: 360px minmax(0, 1fr); grid-template-rows: auto minmax(0, 1fr);
         height: 100vh; font-family: "Segoe UI", system-ui, sans-serif; }
  #preview-note { grid-column: 1 / 3; padding: 6px 12px; font-size: 13px; background: #fff4ce; color: #000; }
  #container { overflow: auto; border-right: 1px solid #c8c8c8; }
  #preview-workbook { min-height: 0; }
</style>`;

/**
 * taskpane.html as the preview serves it: the production page (`html`, loading Office.js from `officeJsUrl`)
 * with that script replaced by the preview's, the note and the workbook view. Throws when the page does not
 * load `officeJsUrl`: the preview would then run the real Office.js, which outside Office shows nothing.
 */
export function previewPage(html: string, officeJsUrl: string, workbookName: string): string {
  const tag = `src="${officeJsUrl}"`;
  if (!html.includes(tag)) throw new Error(`taskpane.html does not load Office.js from ${officeJsUrl}`);
  const note =
    `<div id="preview-note" role="note">Preview without Excel: the task pane on an in-memory workbook holding ` +
    `${escapeHtml(workbookName)}. Nothing is saved: reload the page to start again.</div>`;
  return html
    .replace(tag, `src="${PREVIEW_OFFICE_JS}"`)
    .replace("</head>", `${PREVIEW_STYLE}\n  </head>`)
    .replace(/<body[^>]*>/, (body) => `${body}\n    ${note}`)
    .replace(
      "</body>",
      `  <div id="preview-workbook"></div>\n    <script src="${PREVIEW_VIEW_JS}"></script>\n  </body>`,
    );
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PreviewOptions {
  readonly bundles: PreviewBundles;
  /** The Office.js URL the production taskpane.html loads (webpack.config.js's OFFICE_JS_CDN). */
  readonly officeJsUrl: string;
  /** The .xlsx the in-memory Excel holds. */
  readonly workbook: string;
  /** 0: a free port. */
  readonly port?: number;
}

/** Starts the preview server on 127.0.0.1; the page is at its url. */
export async function startPreview(options: PreviewOptions): Promise<StaticServer> {
  const { bundles } = options;
  const workbook = workbookToJson(await fakeFromXlsx(options.workbook));
  const config: Omit<FakeOfficeConfig, "theme" | "displayLanguage"> = {
    host: "Excel",
    platform: "OfficeOnline",
    workbook,
  };
  // Office's dark theme with ?theme=dark, as Excel's pane follows it; Excel's display language with ?lang=de-DE.
  const officeJs =
    `window.__fakeOfficeConfig = Object.assign(${JSON.stringify(config)}, { theme: /[?&]theme=dark\\b/` +
    `.test(location.search) ? ${JSON.stringify(DARK_THEME)} : ${JSON.stringify(LIGHT_THEME)}, ` +
    `displayLanguage: (/[?&]lang=([A-Za-z-]+)/.exec(location.search) || [])[1] || "en-US" });\n` +
    fs.readFileSync(bundles.fakeOffice, "utf8");
  const html = previewPage(
    fs.readFileSync(path.join(bundles.addin, "taskpane.html"), "utf8"),
    options.officeJsUrl,
    path.basename(options.workbook),
  );
  const page = { type: MIME[".html"], body: html };
  return serveFolder(bundles.addin, {
    port: options.port,
    index: "taskpane.html",
    generated: {
      "taskpane.html": page,
      [PREVIEW_OFFICE_JS]: { type: MIME[".js"], body: officeJs },
      [PREVIEW_VIEW_JS]: { type: MIME[".js"], body: fs.readFileSync(bundles.workbookView, "utf8") },
    },
  });
}
