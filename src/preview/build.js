/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the add-in outside Excel, into dist/preview/: what `npm run preview` serves and the browser test opens.
//
//   addin/            the add-in exactly as webpack.config.js builds it (development mode: React's checks on,
//                     no minifying), so taskpane.html references Office.js on Microsoft's CDN as in production
//   fake-office.js    src/preview/fakeOffice.ts with the in-memory Excel (src/preview/fakeExcel.ts), answered in
//                     place of that CDN URL (by the browser test inside chromium, by the preview server)
//   workbook-view.js  src/preview/workbookView.ts: the preview's view of that workbook, beside the pane
//   server.js         src/preview/server.ts for Node: the preview server `npm run preview` starts
//
// The build is skipped when nothing it is made of changed since the last one: the sizes and modification times
// of the files webpack read (outside node_modules; package-lock.json stands for those) and of the build's
// configuration, kept in dist/preview/stamp.json. The browser test runs this script in a child process
// (webpack stays out of jest's module registry); `node src/preview/build.js --force` rebuilds regardless.
// Builds asked for at once run one at a time (a lock folder, dist/preview.lock): the second finds the bundles up
// to date.
// Prints one line saying what it did.
const path = require("path");
const fs = require("fs");
const crypto = require("crypto");

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "dist/preview");
const ADDIN = path.join(OUT, "addin");
const FAKE_OFFICE = path.join(OUT, "fake-office.js");
const WORKBOOK_VIEW = path.join(OUT, "workbook-view.js");
const SERVER = path.join(OUT, "server.js");
const STAMP = path.join(OUT, "stamp.json");

/** Always part of the key: the build's configuration and what webpack copies or reads besides modules. */
const CONFIG_INPUTS = [
  "webpack.config.js",
  "src/preview/build.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.addin.json",
  "manifest.xml",
  "src/taskpane/taskpane.html",
  "assets/icons",
];

function listFiles(rel, out) {
  let st;
  try {
    st = fs.statSync(path.join(ROOT, rel));
  } catch {
    out.push(`${rel}\tmissing`);
    return out;
  }
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(path.join(ROOT, rel)).sort()) listFiles(path.join(rel, name), out);
  } else {
    out.push(`${rel}\t${st.size}\t${st.mtimeMs}`);
  }
  return out;
}

/** The key of a build made of `sources` (the files webpack read, outside node_modules). */
function inputKey(sources) {
  const files = [...CONFIG_INPUTS, ...sources].flatMap((rel) => listFiles(rel, []));
  return crypto.createHash("sha256").update(files.join("\n")).digest("hex");
}

function upToDate() {
  try {
    const stamp = JSON.parse(fs.readFileSync(STAMP, "utf8"));
    return (
      stamp.key === inputKey(stamp.sources) &&
      fs.existsSync(path.join(ADDIN, "taskpane.html")) &&
      fs.existsSync(path.join(ADDIN, "taskpane.js")) &&
      fs.existsSync(FAKE_OFFICE) &&
      fs.existsSync(WORKBOOK_VIEW) &&
      fs.existsSync(SERVER)
    );
  } catch {
    return false;
  }
}

async function configs() {
  const addin = await require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  addin.mode = "development";
  addin.devtool = false; // page errors are read from the messages; source maps only slow the build
  addin.output = { ...addin.output, path: ADDIN };
  const fakeOffice = {
    name: "fake-office",
    mode: "development",
    devtool: false,
    target: "web",
    context: ROOT,
    entry: { "fake-office": "./src/preview/fakeOffice.ts", "workbook-view": "./src/preview/workbookView.ts" },
    output: { path: OUT, filename: "[name].js", clean: false },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: "tsconfig.addin.json", transpileOnly: true, instance: "fake-office" },
          },
        },
      ],
    },
    performance: { hints: false },
  };
  // The server runs in Node from dist/: every package stays a require() of node_modules.
  const server = {
    name: "preview-server",
    mode: "development",
    devtool: false,
    target: "node",
    context: ROOT,
    entry: { server: "./src/preview/server.ts" },
    output: { path: OUT, filename: "[name].js", library: { type: "commonjs2" }, clean: false },
    resolve: { extensions: [".ts", ".js"] },
    externals: [
      ({ request }, callback) => (/^[./]/.test(request) ? callback() : callback(null, `commonjs ${request}`)),
    ],
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: "tsconfig.json", transpileOnly: true, instance: "preview-server" },
          },
        },
      ],
    },
    performance: { hints: false },
  };
  return [addin, fakeOffice, server];
}

/** Held while a build runs: browser test files run in parallel, and each asks for the bundles (so may a preview). */
const LOCK = path.join(ROOT, "dist/preview.lock");
/** A lock older than this was left by a build that died: taken over. */
const STALE_LOCK_MS = 10 * 60 * 1000;

async function withLock(fn) {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds unless up to date (one build at a time); resolves to "built" or "up to date". */
function build(options = {}) {
  return withLock(() => buildUnlocked(options));
}

async function buildUnlocked({ force = false } = {}) {
  if (!force && upToDate()) return "up to date";
  const webpack = require("webpack");
  const compiler = webpack(await configs());
  const stats = await new Promise((resolve, reject) =>
    compiler.run((err, result) => (err ? reject(err) : resolve(result))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  if (stats.hasErrors()) {
    throw new Error("webpack failed:\n" + stats.toString({ all: false, errors: true, errorDetails: true }));
  }
  // The key covers the files the bundles were made of: a change elsewhere in the repository rebuilds nothing.
  const sources = new Set();
  for (const s of stats.stats) {
    for (const file of s.compilation.fileDependencies) {
      const rel = path.relative(ROOT, file);
      if (rel.startsWith("..") || rel.split(path.sep).includes("node_modules")) continue;
      if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) sources.add(rel); // not the folders resolved
    }
  }
  const list = [...sources].sort();
  fs.writeFileSync(STAMP, JSON.stringify({ key: inputKey(list), sources: list }, null, 1) + "\n");
  return "built";
}

module.exports = { build, OUT, ADDIN, FAKE_OFFICE, WORKBOOK_VIEW, SERVER };

if (require.main === module) {
  const started = Date.now();
  build({ force: process.argv.includes("--force") }).then(
    (what) => console.log(`preview bundles ${what} in ${OUT} (${Date.now() - started} ms)`),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
