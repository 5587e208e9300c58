/* eslint-disable @typescript-eslint/no-require-imports */
// A stand-in for a crash or a slow disk at a file rename, loaded with -r into a real costing process:
// COSTING_TEST_KILL_AT_RENAME=N kills the process (SIGKILL, no clean-up) just before its Nth rename;
// COSTING_TEST_HOLD_WHILE=<file> holds it before its first rename for as long as that file exists (another
// command can run meanwhile; the test removes the file to let it go on).
const fs = require("node:fs");
const fsp = require("node:fs/promises");

const killAt = Number(process.env.COSTING_TEST_KILL_AT_RENAME || 0);
const holdWhile = process.env.COSTING_TEST_HOLD_WHILE || "";
const rename = fsp.rename;
let count = 0;

fsp.rename = async (from, to) => {
  count++;
  if (count === 1 && holdWhile)
    while (fs.existsSync(holdWhile)) await new Promise((resolve) => setTimeout(resolve, 20));
  if (count === killAt) process.kill(process.pid, "SIGKILL");
  return rename(from, to);
};
