/* eslint-disable @typescript-eslint/no-require-imports */
// The Excel add-in's bundle: the task pane (React), the custom functions (shared runtime), icons and manifest.
//
//   npm run build                    production bundle in dist/addin/ (Office.js from Microsoft's CDN)
//   npm run build -- --env publicUrl=https://example.com/costing/
//                                    ... with the manifest's URLs pointing there instead of https://localhost:3000/
//   npm start                        dev server, https://localhost:3000/ (office-addin-dev-certs)
//   npm run preview                  the task pane in a browser without Excel (src/preview/, its own build)
//
// Output names are fixed: manifest.xml refers to them and test/addin/manifest.test.ts checks they match.
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";
const PORT = 3000;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OUTPUT = path.resolve(__dirname, "dist/addin");
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
/** The task pane's costing worker (a dedicated Web Worker: its own runtime, none of the page's chunks). */
const WORKER_ENTRY = "costingWorker";

/** The file names manifest.xml refers to (relative to the add-in's URL). */
const OUTPUT_FILES = {
  taskpane: "taskpane.html",
  functionsScript: "functions.js",
  functionsMetadata: "functions.json",
  /** Chunks taskpane.html loads before both entries (webpack's runtime, the modules the two share). */
  runtimeChunk: "runtime",
  sharedChunk: "shared",
  /** The costing worker's script, which src/taskpane/worker/client.ts starts (WORKER_SCRIPT). */
  costingWorker: `${WORKER_ENTRY}.js`,
  icons: [16, 32, 64, 80, 128].map((size) => `assets/icon-${size}.png`),
};

/** manifest.xml with every dev URL replaced by the public one. */
function manifestFor(content, publicUrl) {
  const url = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
  return content.toString().replace(new RegExp(DEV_URL.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "g"), url);
}

/**
 * https for the dev server: office-addin-dev-certs' certificate, made (and its CA trusted) on first use.
 * Where trusting the CA fails (no administrator rights, as on a build machine), the certificate it generated is
 * used anyway with a warning: browsers and Excel then refuse it until the CA is trusted.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(dir, f));
    if (!files.every((f) => fs.existsSync(f))) throw e;
    console.warn(
      `office-addin-dev-certs could not trust its certificate authority (${e.message.split("\n")[0]}). ` +
        `Serving with the certificate in ${dir}; Excel will refuse it until the CA is trusted: ` +
        "run `npx office-addin-dev-certs install` with administrator rights (README, Excel add-in).",
    );
    const [key, cert, ca] = files.map((f) => fs.readFileSync(f));
    return { key, cert, ca };
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const publicUrl = env.publicUrl || process.env.ADDIN_PUBLIC_URL || DEV_URL;
  const serving = Boolean(env.WEBPACK_SERVE);

  const copy = [
    { from: "assets/icons/icon-*.png", to: "assets/[name][ext]" },
    { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestFor(content, publicUrl) },
  ];

  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
      // Its own runtime in its own file: a worker cannot load the page's runtime.js and shared.js.
      [WORKER_ENTRY]: { import: "./src/taskpane/worker/costingWorker.ts", runtime: false },
    },
    output: {
      path: OUTPUT,
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.addin.json", transpileOnly: true } },
        },
      ],
    },
    // The page of the shared runtime (taskpane.html) loads both entries: one webpack runtime (runtime.js) and the
    // modules both use in one chunk (shared.js: the engine, the workbook layer, the ledger store), so the pane and
    // the functions hold one instance of each module: one ledger store, one signal, one engine.
    optimization: {
      runtimeChunk: { name: OUTPUT_FILES.runtimeChunk },
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          shared: {
            name: OUTPUT_FILES.sharedChunk,
            chunks: (chunk) => chunk.name !== WORKER_ENTRY,
            minChunks: 2,
            minSize: 0,
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: OUTPUT_FILES.functionsMetadata }),
      new HtmlWebpackPlugin({
        filename: OUTPUT_FILES.taskpane,
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        templateParameters: { officeJsUrl: OFFICE_JS_CDN },
      }),
      new CopyWebpackPlugin({ patterns: copy }),
    ],
    devServer: {
      static: { directory: OUTPUT },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: PORT,
      server: !serving || env.http ? "http" : { type: "https", options: await httpsOptions() },
    },
  };
};

module.exports.OUTPUT_FILES = OUTPUT_FILES;
module.exports.DEV_URL = DEV_URL;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.manifestFor = manifestFor;
