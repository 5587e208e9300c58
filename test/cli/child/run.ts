// The command line as a real process, from its TypeScript source (register.js), optionally with the rename
// shim: for the tests that kill a command, crash it between two files, or run two at once.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { REPO } from "../helpers";

const REGISTER = path.join(__dirname, "register.js");
const SHIM = path.join(__dirname, "renameShim.js");
const COSTING = path.join(REPO, "src/cli/costing.ts");

export interface ChildRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Started {
  readonly child: ChildProcess;
  readonly done: Promise<ChildRun>;
}

export function startCosting(args: readonly string[], env: Record<string, string> = {}): Started {
  const child = spawn(process.execPath, ["-r", REGISTER, "-r", SHIM, COSTING, ...args], {
    cwd: REPO,
    env: { ...process.env, ...env, COSTING_PHASES: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<ChildRun>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

export const runCosting = (args: readonly string[], env?: Record<string, string>): Promise<ChildRun> =>
  startCosting(args, env).done;

/** Waits until the condition holds (polled), or fails after the timeout. */
export async function until(
  what: string,
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 20000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export { isRunningHere as isRunning } from "../../../src/files/lock";
