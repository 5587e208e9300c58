// The command line run in a worker thread, so a run that hangs (even in a loop that never yields) can be
// stopped after a time limit: the worker is terminated and a new one started. The worker loads the sources
// with TypeScript's transpiler (no type check), as ts-jest does for the tests themselves.
import path from "node:path";
import { Worker } from "node:worker_threads";

const MAIN = path.resolve(__dirname, "../../src/cli/main.ts");

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const ts = require("typescript");
const compilerOptions = {
  module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, jsx: ts.JsxEmit.ReactJSX,
};
require.extensions[".ts"] = (m, file) =>
  m._compile(ts.transpileModule(fs.readFileSync(file, "utf8"), { compilerOptions, fileName: file }).outputText, file);
const { runCli } = require(workerData.main);
parentPort.on("message", async ({ argv }) => {
  const out = [];
  const err = [];
  const io = { stdout: { write: (s) => out.push(s) }, stderr: { write: (s) => err.push(s) } };
  let code;
  try {
    code = await runCli(argv, io);
  } catch (e) {
    code = -1;
    err.push("runCli threw: " + ((e && e.stack) || String(e)));
  }
  parentPort.postMessage({ code, stdout: out.join(""), stderr: err.join("") });
});
parentPort.postMessage("ready");
`;

export interface WorkerRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

export class CliWorker {
  private worker?: Promise<Worker>;

  private start(): Promise<Worker> {
    this.worker ??= new Promise((resolve, reject) => {
      const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { main: MAIN } });
      w.once("message", () => resolve(w));
      w.once("error", reject);
    });
    return this.worker;
  }

  /** Runs `costing <argv>`; "timeout" when it did not end within `limitMs` (the worker is then replaced). */
  async run(argv: readonly string[], limitMs: number): Promise<WorkerRun | "timeout"> {
    const w = await this.start();
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        w.removeAllListeners("message");
        w.removeAllListeners("error");
        void this.close();
        resolve("timeout");
      }, limitMs);
      w.once("message", (m: Omit<WorkerRun, "ms">) => {
        clearTimeout(timer);
        w.removeAllListeners("error");
        resolve({ ...m, ms: Date.now() - started });
      });
      w.once("error", (e) => {
        clearTimeout(timer);
        this.worker = undefined;
        reject(e);
      });
      w.postMessage({ argv });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await (await w).terminate();
  }
}
