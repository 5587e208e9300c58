#!/usr/bin/env node
// The `costing` executable (package.json "bin"): run the command line on this process's arguments and streams.
import { runCli } from "./main";

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`costing: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 3;
  },
);
