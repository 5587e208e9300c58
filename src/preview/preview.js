/* eslint-disable @typescript-eslint/no-require-imports */
// `npm run preview [-- [--port <n>] [--workbook <file.xlsx>]]`: the task pane in a browser without Excel, on
// an in-memory workbook holding the bundled sample (or the .xlsx given). Builds the preview bundles when a file
// they are made of changed (src/preview/build.js), then serves them on 127.0.0.1 (src/preview/server.ts) and
// prints the address. Local only: nothing is downloaded, nothing leaves the machine. Ctrl+C stops it.
const path = require("path");
const fs = require("fs");

const ROOT = path.resolve(__dirname, "../..");
const DEFAULT_PORT = 3001;
const USAGE = "usage: npm run preview [-- [--port <number, 0 for a free one>] [--workbook <file.xlsx>]]";

function options(argv) {
  const out = { port: DEFAULT_PORT, workbook: path.join(ROOT, "assets/sample.xlsx") };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === "--port" && /^\d+$/.test(value ?? "") && Number(value) < 65536) out.port = Number(argv[++i]);
    else if (argv[i] === "--workbook" && value) out.workbook = path.resolve(argv[++i]);
    else if (argv[i] === "--help" || argv[i] === "-h") return null;
    else
      throw new Error(`${argv[i]}${value === undefined ? "" : " " + value}: not an option of the preview.\n${USAGE}`);
  }
  if (!fs.existsSync(out.workbook)) throw new Error(`${out.workbook}: no such file. ${USAGE}`);
  if (!/\.xlsx$/i.test(out.workbook)) {
    throw new Error(`${out.workbook}: the preview opens an .xlsx workbook (save a CSV folder as .xlsx first).`);
  }
  return out;
}

async function main() {
  const opts = options(process.argv.slice(2));
  if (!opts) return void console.log(USAGE);
  const { build, ADDIN, FAKE_OFFICE, WORKBOOK_VIEW, SERVER } = require("./build");
  const started = Date.now();
  const built = await build();
  console.log(`Preview bundles ${built} in ${path.relative(ROOT, path.dirname(SERVER))} (${Date.now() - started} ms).`);
  const { OFFICE_JS_CDN } = require(path.join(ROOT, "webpack.config.js"));
  const { startPreview } = require(SERVER);
  let server;
  try {
    server = await startPreview({
      bundles: { addin: ADDIN, fakeOffice: FAKE_OFFICE, workbookView: WORKBOOK_VIEW },
      officeJsUrl: OFFICE_JS_CDN,
      workbook: opts.workbook,
      port: opts.port,
    });
  } catch (e) {
    if (e && e.code === "EADDRINUSE") {
      throw new Error(`Port ${opts.port} is in use on 127.0.0.1: choose another with npm run preview -- --port <n>.`);
    }
    throw e;
  }
  console.log(
    [
      `Inventory Costing preview: the task pane on an in-memory workbook holding ${path.relative(process.cwd(), opts.workbook)}.`,
      `Open ${server.url} in a browser (${server.url}?theme=dark for Office's dark theme).`,
      "Nothing is saved: reload the page to start again. Ctrl+C stops the server.",
    ].join("\n"),
  );
  const stop = () => server.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
