// npm run bench [-- --sizes 100000,1000000] [--seed N]
// For each size, a fresh Node process generates a ledger of that many value entries and times
// check (replayLedger), adjust (adjustCostItemEntries, from scratch) and valuation (inventoryAsOf); then the
// custom functions: their first load (the replay, and LedgerQueries.build: Adjust Cost on a copy and the index)
// and 10,000 =COSTING.AVGCOST calls through the functions' own code (src/functions/functions.ts with a streaming
// invocation, answered from the loaded index, not through Office) on random Average items and dates.
// Prints one JSON line per size: {"size","valueEntries","checkSeconds","adjustSeconds","valuationSeconds","peakRssMB",
// ..., "functionsFirstLoadSeconds","functionsIndexSeconds","avgcost10kSeconds","avgcost10kAgainSeconds"}.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import {
  adjustCostItemEntries,
  inventoryAsOf,
  LedgerQueries,
  replayLedger,
  type AdjustCostResult,
} from "../../src/engine";
import { avgCost } from "../../src/functions/functions";
import { useLedgerSource } from "../../src/functions/runtime";
import { dateToSerial } from "../../src/excel/cells";
import type { Ledger } from "../../src/engine";
import { generateLedger, rng } from "./generate";

const CALLS = 10_000;

const HEAP_MB = 4096;

function seconds(t0: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - t0) / 1e6) / 1000;
}

/** CustomFunctions.Error as Excel's runtime has it (the functions make one for an error answer). */
function installCustomFunctions(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: class {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    },
  };
}

/**
 * The custom functions on the replayed ledger: their first load as in Excel after the tables are read (the
 * replay, timed as "check", plus LedgerQueries.build), then CALLS =COSTING.AVGCOST calls as Excel makes them (an
 * item, a date serial, a location and variant, a streaming invocation), each answered from the index; twice
 * (the second time the items' running sums are built already).
 */
async function functionsBench(ledger: Ledger, replaySeconds: number, seed: number) {
  installCustomFunctions();
  const t0 = process.hrtime.bigint();
  const queries = LedgerQueries.build(ledger);
  const functionsIndexSeconds = seconds(t0);
  const cache = useLedgerSource(async () => queries);
  await cache.current();

  // Item, location and variant of a random entry of an Average item (the generated ledger's Average Cost Calc.
  // Type is per item, location and variant), and a random date of the ledger.
  const average = ledger.itemLedgerEntries.filter((e) => ledger.items.get(e.itemNo)?.costingMethod === "Average");
  const items = new Set(average.map((e) => e.itemNo)).size;
  const first = dateToSerial(new Date(`${queries.firstDate}T00:00:00Z`));
  const last = dateToSerial(new Date(`${queries.lastDate}T00:00:00Z`));
  const random = rng(seed + 1);
  const calls = Array.from({ length: CALLS }, () => {
    const e = average[Math.floor(random() * average.length)];
    return {
      item: e.itemNo,
      location: e.locationCode || undefined,
      variant: e.variantCode || undefined,
      date: first + Math.floor(random() * (last - first + 1)),
    };
  });

  const run = async () => {
    const results: unknown[] = new Array(CALLS);
    const start = process.hrtime.bigint();
    await new Promise<void>((resolve) => {
      let left = CALLS;
      calls.forEach((c, i) =>
        avgCost(c.item, c.date, c.location, c.variant, {
          setResult(v: unknown) {
            results[i] = v;
            if (--left === 0) resolve();
          },
        } as CustomFunctions.StreamingInvocation<number>),
      );
    });
    return { secondsTaken: seconds(start), results };
  };
  const once = await run();
  const again = await run();
  const numbers = once.results.filter((v) => typeof v === "number").length;
  const errors = new Map<string, number>();
  for (const v of once.results) {
    if (typeof v === "number") continue;
    const code = (v as { code?: string }).code ?? String(v);
    errors.set(code, (errors.get(code) ?? 0) + 1);
  }
  cache.dispose();
  return {
    functionsFirstLoadSeconds: Math.round((replaySeconds + functionsIndexSeconds) * 1000) / 1000,
    functionsIndexSeconds,
    avgcost10kSeconds: once.secondsTaken,
    avgcost10kAgainSeconds: again.secondsTaken,
    avgcostItems: items,
    avgcostNumbers: numbers,
    avgcostErrors: Object.fromEntries(errors),
  };
}

async function child(size: number, seed: number): Promise<void> {
  const t = process.hrtime.bigint();
  const generated: { input: ReturnType<typeof generateLedger>["input"] | null; lastDate: string } = generateLedger(
    size,
    seed,
  );
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
  let adjusted: AdjustCostResult | null = adjustCostItemEntries(replay.ledger);
  const adjustSeconds = seconds(t0);

  t0 = process.hrtime.bigint();
  const rows = inventoryAsOf(adjusted.ledger, lastDate);
  const valuationSeconds = seconds(t0);
  const adjustmentEntries = adjusted.newValueEntries.length;
  adjusted = null; // the functions adjust their own copy

  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const functions = await functionsBench(replay.ledger, checkSeconds, seed);
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
      adjustmentEntries,
      valuationRows: rows.length,
      generateSeconds,
      ...functions,
      peakRssWithFunctionsMB: Math.round(process.resourceUsage().maxRSS / 1024),
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
    child(sizes[0], seed).catch((e: unknown) => {
      process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    });
    return 0;
  }
  let failed = 0;
  for (const size of sizes) {
    const r = spawnSync(
      process.execPath,
      // A larger young generation: the run allocates many short-lived decimals (about 10 % faster).
      [
        `--max-old-space-size=${HEAP_MB}`,
        "--max-semi-space-size=64",
        __filename,
        "--child",
        "--sizes",
        String(size),
        "--seed",
        String(seed),
      ],
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
