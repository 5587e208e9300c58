/* eslint-disable @typescript-eslint/no-require-imports */
// A stand-in for a crash or a slow disk at a file rename, loaded with -r into a real costing process:
// COSTING_TEST_KILL_AT_RENAME=N kills the process (SIGKILL, no clean-up) just before its Nth rename;
// COSTING_TEST_HOLD_RENAME_MS=ms waits that long before its first rename (another command can start meanwhile).
const fsp = require("node:fs/promises");

const killAt = Number(process.env.COSTING_TEST_KILL_AT_RENAME || 0);
const holdMs = Number(process.env.COSTING_TEST_HOLD_RENAME_MS || 0);
const rename = fsp.rename;
let count = 0;

fsp.rename = async (from, to) => {
  count++;
  if (count === 1 && holdMs > 0) await new Promise((resolve) => setTimeout(resolve, holdMs));
  if (count === killAt) process.kill(process.pid, "SIGKILL");
  return rename(from, to);
};
