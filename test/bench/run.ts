// npm run bench [-- --profile engine|distributor|excel|engine,distributor] [--sizes 100000,1000000] [--seed N]
// Three profiles. "engine" (engine-only, the default) is below. "distributor" runs the built command line on a
// wholesaler's export written as CSV files (test/bench/runDistributor.ts; --timeout, --heap, --keep are its).
// "excel" reads and appends that export through the Office.js adapter on the in-memory Excel, counting its
// requests (test/bench/excelRead.ts).
//
// Engine-only: for each size, a fresh Node process generates a ledger of that many value entries and times
// check (replayLedger), adjust (adjustCostItemEntries, from scratch) and valuation (inventoryAsOf); then the
// custom functions: their first load (the replay, and LedgerQueries.build: Adjust Cost on a copy and the index)
// and 10,000 =COSTING.AVGCOST calls through the functions' own code (src/functions/functions.ts with a streaming
// invocation, answered from the loaded index, not through Office) on random Average items and dates.
// Prints one JSON line per size: {"profile": "engine-only", "size","valueEntries","checkSeconds","adjustSeconds","valuationSeconds","peakRssMB",
// ..., "functionsFirstLoadSeconds","functionsIndexSeconds","avgcost10kSeconds","avgcost10kAgainSeconds",
// "reAdjustTouchedSeconds","reAdjustAllSeconds"} (Adjust Cost after one backdated purchase: readjustBench),
// "functionsAfterPostSeconds" (the functions' copy after a revaluation of one item is posted: afterPostBench).
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import {
  adjustCostItemEntries,
  calculateInventoryValue,
  inventoryAsOf,
  postRevaluationJournal,
  withUnitCostRevalued,
  LedgerQueries,
  replayLedger,
  type AdjustCostResult,
} from "../../src/engine";
import { dec, unitAmount } from "../../src/engine/money";
import { roundingOf } from "../../src/engine/model";
import { readjustCost } from "../../src/engine/readjust";
import { avgCost } from "../../src/functions/functions";
import { useLedgerSource } from "../../src/functions/runtime";
import { dateToSerial } from "../../src/excel/cells";
import type { Ledger } from "../../src/engine";
import { generateLedger, rng } from "./generate";
import { DISTRIBUTOR_SIZES } from "./distributor";

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
  // Type is per item, location and variant, so both are given; a blank one as "(blank)"), and a random date.
  const average = ledger.itemLedgerEntries.filter((e) => ledger.items.get(e.itemNo)?.costingMethod === "Average");
  const items = new Set(average.map((e) => e.itemNo)).size;
  const first = dateToSerial(new Date(`${queries.firstDate}T00:00:00Z`));
  const last = dateToSerial(new Date(`${queries.lastDate}T00:00:00Z`));
  const random = rng(seed + 1);
  const calls = Array.from({ length: CALLS }, () => {
    const e = average[Math.floor(random() * average.length)];
    return {
      item: e.itemNo,
      location: e.locationCode || "(blank)",
      variant: e.variantCode || "(blank)",
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
    ...afterPostBench(queries, [...new Set(average.map((e) => e.itemNo))], random),
    functionsFirstLoadSeconds: Math.round((replaySeconds + functionsIndexSeconds) * 1000) / 1000,
    functionsIndexSeconds,
    avgcost10kSeconds: once.secondsTaken,
    avgcost10kAgainSeconds: again.secondsTaken,
    avgcostItems: items,
    avgcostNumbers: numbers,
    avgcostErrors: Object.fromEntries(errors),
  };
}

/**
 * The functions' copy after a post (issue 12): one Average item revalued to 8.00 per Item (by location and variant) on the ledger's last
 * date (the first of the items tried that Calculate Inventory Value does not refuse), posted without Adjust Cost,
 * then LedgerQueries.afterPosting: Adjust Cost again for that item and its sums built again
 * (`functionsAfterPostSeconds`, engine time; the test queriesAfterPosting.test.ts checks it equals a new build).
 */
function afterPostBench(queries: LedgerQueries, items: readonly string[], random: () => number) {
  for (let tries = 0; tries < 50; tries++) {
    const itemNo = items[Math.floor(random() * items.length)];
    // The generated ledger averages per item, location and variant: revalued so, as Business Central requires.
    const options = {
      postingDate: queries.lastDate,
      documentNo: "BENCH-REVAL",
      calculatePer: "Item" as const,
      byLocation: true,
      byVariant: true,
    };
    const calc = calculateInventoryValue(queries.ledger, { ...options, itemNos: [itemNo] });
    if (calc.refusals.length > 0 || calc.lines.length === 0) continue;
    const r = roundingOf(queries.ledger);
    const lines = calc.lines.map((l) => withUnitCostRevalued(l, unitAmount(dec(8)), r));
    const { result } = postRevaluationJournal(queries.ledger, lines, { adjust: false });
    if (!result || result.revaluationEntries.length === 0) continue;
    const t0 = process.hrtime.bigint();
    const after = queries.afterPosting(result.revaluationEntries, result.ledger.items);
    const functionsAfterPostSeconds = seconds(t0);
    const adjustments = after.ledger.valueEntries.length - result.ledger.valueEntries.length;
    return { functionsAfterPostSeconds, afterPostEntries: result.revaluationEntries.length + adjustments };
  }
  return { functionsAfterPostSeconds: null, afterPostEntries: 0 };
}

/**
 * Adjust Cost after one backdated purchase (issue 12): the ledger adjusted, then a purchase of an Average item
 * posted after the adjustment entries with a posting date in the middle of the ledger; Adjust Cost again for
 * the items it touches (readjustCost) and, for comparison, for every item. The ledger is generated and
 * replayed again here, so the figures above are not taken with it in memory.
 */
function readjustBench(size: number, seed: number) {
  const { input } = generateLedger(size, seed);
  const first = adjustCostItemEntries(replayLedger(input).ledger!);
  const average = input.itemLedgerEntries.filter((e) => first.ledger.items.get(e.itemNo)?.costingMethod === "Average");
  const at = average[Math.floor(average.length / 2)];
  const ileNo = input.itemLedgerEntries.reduce((m, e) => Math.max(m, e.entryNo), 0) + 1;
  const veNo = first.ledger.valueEntries.reduce((m, v) => Math.max(m, v.entryNo), 0) + 1;
  const qty = dec(5);
  const posted = replayLedger({
    ...input,
    itemLedgerEntries: [
      ...input.itemLedgerEntries,
      { ...at, entryNo: ileNo, entryType: "Purchase", quantity: qty, appliesToEntry: 0, documentNo: "BENCH-BACKDATED" },
    ],
    valueEntries: [
      ...input.valueEntries,
      ...first.newValueEntries,
      {
        entryNo: veNo,
        itemLedgerEntryNo: ileNo,
        postingDate: at.postingDate,
        entryType: "Direct Cost",
        costAmountActual: dec("123.45"),
        valuedQuantity: qty,
        invoicedQuantity: qty,
        itemLedgerEntryQuantity: qty,
      },
    ],
  }).ledger!;
  let t0 = process.hrtime.bigint();
  const some = readjustCost(posted, [at.itemNo]);
  const reAdjustTouchedSeconds = seconds(t0);
  t0 = process.hrtime.bigint();
  const all = adjustCostItemEntries(posted);
  const reAdjustAllSeconds = seconds(t0);
  if (some.newValueEntries.length !== all.newValueEntries.length || some.totalAmount !== all.totalAmount) {
    throw new Error("the re-adjust of the touched items differs from a full run");
  }
  return { reAdjustTouchedSeconds, reAdjustAllSeconds, reAdjustEntries: some.newValueEntries.length };
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
      profile: "engine-only",
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
      ...readjustBench(size, seed),
    }) + "\n",
  );
}

const USAGE = `npm run bench [-- options]

  --profile <p>     engine (engine-only, the default), distributor, excel, or several: engine,distributor
  --sizes <n,...>   value entries per run (engine: 100000,1000000; distributor: ${DISTRIBUTOR_SIZES.join(",")};
                    excel: 200000)
  --seed <n>        the generators' seed (default 20240601)

distributor only (each command in a fresh process of the built command line, dist/cli):
  --timeout <s>     seconds per command before it is stopped and recorded as a timeout (default 600)
  --heap <MB>       --max-old-space-size of each command (default 8192)
  --keep            keep the temporary folders (the generated export, adjusted copy, outputs)
`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      profile: { type: "string", default: "engine" },
      sizes: { type: "string" },
      seed: { type: "string", default: "20240601" },
      timeout: { type: "string", default: "600" },
      heap: { type: "string", default: "8192" },
      keep: { type: "boolean", default: false },
      child: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const profiles = values.profile.split(",").map((p) => p.trim());
  const seed = Number(values.seed);
  const parseSizes = (text: string) => text.split(",").map((s) => Number(s.trim().replace(/_/g, "")));
  const given = values.sizes === undefined ? undefined : parseSizes(values.sizes);
  const numbers = [Number(values.timeout), Number(values.heap)];
  if (
    profiles.some((p) => p !== "engine" && p !== "distributor" && p !== "excel") ||
    (given ?? []).some((n) => !Number.isInteger(n) || n <= 0) ||
    !Number.isInteger(seed) ||
    numbers.some((n) => !(n > 0))
  ) {
    process.stderr.write(`bench: wrong options.\n\n${USAGE}`);
    return 2;
  }
  if (values.child) {
    await child(given![0], seed);
    return 0;
  }
  let failed = 0;
  if (profiles.includes("engine")) failed += engineProfile(given ?? [100_000, 1_000_000], seed);
  if (profiles.includes("distributor")) {
    // Loaded only here: the engine-only child process must not carry the runner (nor ExcelJS) in its peak RSS.
    const { runDistributor } = await import("./runDistributor");
    const code = await runDistributor({
      sizes: given ?? DISTRIBUTOR_SIZES,
      seed,
      timeoutSeconds: numbers[0],
      heapMB: numbers[1],
      keep: values.keep,
    });
    if (code !== 0) failed++;
  }
  if (profiles.includes("excel")) {
    const { runExcelProfile, EXCEL_SIZES } = await import("./excelRead");
    if ((await runExcelProfile(given ?? EXCEL_SIZES, seed)) !== 0) failed++;
  }
  return failed ? 1 : 0;
}

/** The engine-only profile: a fresh Node process per size (this file with --child). */
function engineProfile(sizes: readonly number[], seed: number): number {
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
  return failed;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
