// npm run bench [-- --sizes 100000,1000000] [--seed N]
// For each size, a fresh Node process generates a ledger of that many value entries and times
// check (replayLedger), adjust (adjustCostItemEntries, from scratch) and valuation (inventoryAsOf).
// Prints one JSON line per size: {"size","valueEntries","checkSeconds","adjustSeconds","valuationSeconds","peakRssMB"}.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { adjustCostItemEntries, inventoryAsOf, replayLedger } from "../../src/engine";
import { generateLedger } from "./generate";

const HEAP_MB = 4096;

function seconds(t0: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - t0) / 1e6) / 1000;
}

function child(size: number, seed: number): void {
  const t = process.hrtime.bigint();
  const generated: { input: ReturnType<typeof generateLedger>["input"] | null; lastDate: string } = generateLedger(size, seed);
  const { lastDate } = generated;
  const generateSeconds = seconds(t);
  const counts = {
    valueEntries: generated.input!.valueEntries.length,
    items: generated.input!.items.length,
    itemLedgerEntries: generated.input!.itemLedgerEntries.length,
  };

  let t0 = process.hrtime.bigint();
  const replay = replayLedger(generated.input!);
  generated.input = null; // as in the command line: the raw rows are not kept once the ledger is replayed
  const checkSeconds = seconds(t0);
  const errors = replay.problems.filter((p) => p.severity === "error");
  if (!replay.ledger || errors.length > 0) {
    throw new Error(`the generated ledger has ${errors.length} errors, e.g. ${errors[0]?.message ?? "no ledger"}`);
  }

  t0 = process.hrtime.bigint();
  const adjusted = adjustCostItemEntries(replay.ledger);
  const adjustSeconds = seconds(t0);

  t0 = process.hrtime.bigint();
  const rows = inventoryAsOf(adjusted.ledger, lastDate);
  const valuationSeconds = seconds(t0);

  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(
    JSON.stringify({
      size: size,
      valueEntries: counts.valueEntries,
      checkSeconds,
      adjustSeconds,
      valuationSeconds,
      peakRssMB,
      items: counts.items,
      itemLedgerEntries: counts.itemLedgerEntries,
      adjustmentEntries: adjusted.newValueEntries.length,
      valuationRows: rows.length,
      generateSeconds,
    }) + "\n",
  );
}

function main(): number {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "100000,1000000" },
      seed: { type: "string", default: "20240601" },
      child: { type: "boolean", default: false },
    },
  });
  const seed = Number(values.seed);
  const sizes = values.sizes.split(",").map((s) => Number(s.trim().replace(/_/g, "")));
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0) || !Number.isInteger(seed)) {
    process.stderr.write('bench: --sizes takes positive whole numbers, e.g. "--sizes 100000,1000000".\n');
    return 2;
  }
  if (values.child) {
    child(sizes[0], seed);
    return 0;
  }
  let failed = 0;
  for (const size of sizes) {
    const r = spawnSync(
      process.execPath,
      // A larger young generation: the run allocates many short-lived decimals (about 10 % faster).
      [`--max-old-space-size=${HEAP_MB}`, "--max-semi-space-size=64", __filename, "--child", "--sizes", String(size), "--seed", String(seed)],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    if (r.status !== 0) {
      failed++;
      process.stderr.write(`bench: size ${size} failed (exit ${r.status ?? r.signal}).\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
