#!/usr/bin/env node
// The `costing` executable (package.json "bin"): run the command line on this process's arguments and streams.
import { spawnSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { runCli } from "./main";
import { phasesOn, recordedPhases } from "../workbook/phases";

// A larger young generation: Adjust Cost on a large ledger allocates many short-lived amounts, and with Node's
// default the garbage collector copies long-lived ones over and over (1M value entries: ~10 s and 2.2 GB
// instead of ~8 s and 1.8 GB). The heap is sized when Node starts, so the process starts itself once with it.
const YOUNG_GENERATION = "--max-semi-space-size=64";

function hasHeapSetting(): boolean {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  return given.some((a) => a.startsWith("--max-semi-space-size"));
}

if (!hasHeapSetting()) {
  const child = spawnSync(
    process.execPath,
    [YOUNG_GENERATION, ...process.execArgv, __filename, ...process.argv.slice(2)],
    {
      stdio: "inherit",
    },
  );
  if (child.error) {
    process.stderr.write(`costing: could not start Node.js again with a larger heap (${child.error.message}).\n`);
    process.exitCode = 3;
  } else process.exitCode = child.status ?? 3;
} else {
  if (phasesOn()) process.on("exit", reportPhases);
  runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`costing: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 3;
    },
  );
}

/**
 * COSTING_PHASES set: one JSON line of phase -> seconds (and the whole process's, "total") at exit, to the file
 * the variable names (appended), or to standard error when it is "1" or "stderr".
 */
function reportPhases(): void {
  const line = JSON.stringify({ ...recordedPhases(), total: Math.round(process.uptime() * 1000) / 1000 }) + "\n";
  const target = process.env.COSTING_PHASES ?? "";
  if (target === "1" || target === "stderr") process.stderr.write(line);
  else appendFileSync(target, line);
}
