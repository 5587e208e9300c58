/* eslint-disable @typescript-eslint/no-require-imports */
// Runs the command line from its TypeScript source in a child process (tests that kill, race or crash a real
// process): each .ts file is transpiled as it is required, as ts-jest does in-process, without type checks.
// Transpiled files are cached by path and content, so later children start quickly.
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const ts = require("typescript");

const cacheDir = path.join(os.tmpdir(), "costing-child-ts");
fs.mkdirSync(cacheDir, { recursive: true });

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const key = crypto.createHash("sha1").update(filename).update("\0").update(source).digest("hex");
  const cached = path.join(cacheDir, key + ".js");
  let output;
  try {
    output = fs.readFileSync(cached, "utf8");
  } catch {
    output = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    }).outputText;
    const temp = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(temp, output);
    fs.renameSync(temp, cached);
  }
  module._compile(output, filename);
};
