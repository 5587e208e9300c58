/* eslint-disable @typescript-eslint/no-require-imports */
// Builds what the browser test serves, into dist/browser-test/:
//
//   addin/            the add-in exactly as webpack.config.js builds it (development mode: React's checks on,
//                     no minifying), so taskpane.html references Office.js on Microsoft's CDN as in production
//   fake-office.js    test/browser/fakeOffice.ts with test/excel/fakeExcel.ts, served in place of that CDN URL
//
// The build is skipped when nothing it is made of changed since the last one: the sizes and modification times
// of the files webpack read (outside node_modules; package-lock.json stands for those) and of the build's
// configuration, kept in dist/browser-test/stamp.json. The browser test runs this script in a child process
// (webpack stays out of jest's module registry); `node test/browser/build.js --force` rebuilds regardless.
// Test files running at once build one at a time (a lock folder, dist/browser-test.lock): the second finds
// the bundles up to date.
// Prints one line saying what it did.
const path = require("path");
const fs = require("fs");
const crypto = require("crypto");

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "dist/browser-test");
const ADDIN = path.join(OUT, "addin");
const FAKE_OFFICE = path.join(OUT, "fake-office.js");
const STAMP = path.join(OUT, "stamp.json");

/** Always part of the key: the build's configuration and what webpack copies or reads besides modules. */
const CONFIG_INPUTS = [
  "webpack.config.js",
  "test/browser/build.js",
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
      fs.existsSync(FAKE_OFFICE)
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
    entry: { "fake-office": "./test/browser/fakeOffice.ts" },
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
  return [addin, fakeOffice];
}

/** Held while a build runs: browser test files run in parallel, and each asks for the bundles. */
const LOCK = path.join(ROOT, "dist/browser-test.lock");
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

module.exports = { build, OUT, ADDIN, FAKE_OFFICE };

if (require.main === module) {
  const started = Date.now();
  build({ force: process.argv.includes("--force") }).then(
    (what) => console.log(`browser test bundles ${what} in ${OUT} (${Date.now() - started} ms)`),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
