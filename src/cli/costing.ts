#!/usr/bin/env node
// The `costing` executable (package.json "bin"): run the command line on this process's arguments and streams.
import { spawn } from "node:child_process";
import { appendFileSync } from "node:fs";
import { constants } from "node:os";

// A larger young generation: Adjust Cost on a large ledger allocates many short-lived amounts, and with Node's
// default the garbage collector copies long-lived ones over and over (1M value entries: ~10 s and 2.2 GB
// instead of ~8 s and 1.8 GB). The heap is sized when Node starts, so the process starts itself once with it.
// The two live and die together: the parent forwards every signal it can catch and exits as the child did;
// the child, connected by an IPC channel, ends when the channel closes, so killing the parent (kill -9
// included) stops the work at its next step; a save it interrupts is completed by the next command.
const YOUNG_GENERATION = "--max-semi-space-size=64";
const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2"] as const;

function hasHeapSetting(): boolean {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  return given.some((a) => a.startsWith("--max-semi-space-size"));
}

function startWithLargerHeap(): void {
  const child = spawn(process.execPath, [YOUNG_GENERATION, ...process.execArgv, __filename, ...process.argv.slice(2)], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
  });
  for (const signal of FORWARDED) process.on(signal, () => child.kill(signal));
  child.on("error", (err) => {
    process.stderr.write(`costing: could not start Node.js again with a larger heap (${err.message}).\n`);
    process.exit(3);
  });
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 3)));
}

/** The command line itself, loaded only here (the parent that starts the child needs none of it). */
async function run(): Promise<void> {
  if (process.channel) {
    process.channel.unref(); // the channel alone does not keep this process running
    process.on("disconnect", () => process.exit(128 + constants.signals.SIGKILL));
  }
  const [{ runCli }, { pipeSafe }, phases] = await Promise.all([
    import("./main"),
    import("./io"),
    import("../workbook/phases"),
  ]);
  if (phases.phasesOn())
    process.on("exit", () => reportPhases({ ...phases.recordedPhases(), heapMB: phases.recordedHeap() }));
  process.exitCode = await runCli(
    process.argv.slice(2),
    { stdout: pipeSafe(process.stdout), stderr: pipeSafe(process.stderr) },
    { env: process.env },
  );
}

if (hasHeapSetting())
  run().catch((err: unknown) => {
    process.stderr.write(`costing: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 3;
  });
else startWithLargerHeap();

/**
 * COSTING_PHASES set: one JSON line of phase -> seconds (and the whole process's, "total") at exit, to the file
 * the variable names (appended), or to standard error when it is "1" or "stderr".
 */
function reportPhases(recorded: Record<string, unknown>): void {
  const line = JSON.stringify({ ...recorded, total: Math.round(process.uptime() * 1000) / 1000 }) + "\n";
  const target = process.env.COSTING_PHASES ?? "";
  if (target === "1" || target === "stderr") process.stderr.write(line);
  else appendFileSync(target, line);
}
