// npm run bench -- --profile distributor [--sizes 100000,300000,1000000,3000000] [--timeout 600] [--heap 8192]
// The distributor profile end to end through the BUILT command line (dist/cli, `npm run build:cli`): for each
// size the profile is written as a CSV folder in a temporary directory (test/bench/distributor.ts; at 100k and
// less also as an .xlsx through the sample's own writer), then each step runs in a fresh process and its wall
// time and peak RSS are measured (GNU time, else a preload reporting process.resourceUsage().maxRSS):
//   bare-parse  read and split the same CSV files into lines and fields (test/bench/bareParse.ts): the floor
//   check       costing check <folder>
//   adjust      costing adjust <folder> --out <folder>-adjusted
//   bare-parse-adjusted  the bare parse of the adjusted folder, which calc-value and post read (for context)
//   calc-value  costing calc-value <adjusted> --date 2025-11-30 --by-location --by-variant (Average items are
//               averaged per item, location and variant, so Business Central revalues them per location and
//               variant), the journal written into the adjusted folder
//   post        costing post <adjusted>, after Unit Cost (Revalued) was lowered by 10 % on every line of 100 items
//               (the README's revaluation steps)
// Each command runs with COSTING_PHASES set (src/workbook/phases.ts): its phases are in the JSON line. A command
// that fails, runs out of heap or out of time is recorded as such; the run goes on. Prints one JSON line per
// (size, command), then a markdown table.
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { dec, formatExact, mulDivRound, parseExact } from "../../src/engine/money";
import { writeDistributor, YEAR, type DistributorSummary } from "./distributor";
import { writeXlsx } from "../../src/cli/sample/makeSample";
import type { Cell, SampleTable } from "../../src/cli/sample/sampleTables";

const REVALUE_ITEMS = 100;
const REVALUATION_DATE = `${YEAR}-11-30`;
const XLSX_UP_TO = 100_000;

const COSTING = path.resolve(__dirname, "../../../cli/costing.js");
const BARE_PARSE = path.resolve(__dirname, "bareParse.js");
const GNU_TIME = "/usr/bin/time";

export interface DistributorOptions {
  readonly sizes: readonly number[];
  readonly seed: number;
  readonly timeoutSeconds: number;
  readonly heapMB: number;
  readonly keep: boolean;
}

type Status = "ok" | "timeout" | "out of memory" | "failed" | "skipped";

interface Measured {
  readonly profile: "distributor";
  readonly size: number;
  readonly shape: "csv" | "xlsx";
  readonly command: string;
  readonly status: Status;
  readonly exitCode: number | null;
  readonly wallSeconds: number | null;
  readonly peakRssMB: number | null;
  readonly ratioToBareParse: number | null;
  readonly phases?: Record<string, number>;
  readonly valueEntries: number;
  readonly note?: string;
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** A preload that writes the process's peak RSS (KB) to the file in COSTING_BENCH_RSS at exit (no GNU time). */
function rssPreload(dir: string): string {
  const file = path.join(dir, "rss-preload.js");
  writeFileSync(
    file,
    'process.on("exit", () => require("fs").writeFileSync(process.env.COSTING_BENCH_RSS, ' +
      "String(process.resourceUsage().maxRSS)));\n",
  );
  return file;
}

/** Runs node with these arguments in a fresh process under a timeout; wall time, peak RSS, phases. */
function measure(
  dir: string,
  label: string,
  nodeArgs: readonly string[],
  opts: DistributorOptions,
): {
  status: Status;
  exitCode: number | null;
  wallSeconds: number | null;
  peakRssMB: number | null;
  phases?: Record<string, number>;
  stdout: string;
  stderr: string;
} {
  const base = path.join(dir, label.replace(/[^A-Za-z0-9.-]/g, "_"));
  const files = {
    out: `${base}.out`,
    err: `${base}.err`,
    time: `${base}.time`,
    phases: `${base}.phases`,
    rss: `${base}.rss`,
  };
  for (const f of [files.time, files.phases, files.rss]) if (existsSync(f)) unlinkSync(f);
  const gnuTime = existsSync(GNU_TIME);
  const node = [
    process.execPath,
    `--max-old-space-size=${opts.heapMB}`,
    "--max-semi-space-size=64",
    ...(gnuTime ? [] : ["-r", rssPreload(dir)]),
    ...nodeArgs,
  ];
  const timeout = ["timeout", "-k", "10", String(opts.timeoutSeconds)];
  const argv = gnuTime ? [GNU_TIME, "-f", "%e %M", "-o", files.time, ...timeout, ...node] : [...timeout, ...node];
  const out = openSync(files.out, "w");
  const err = openSync(files.err, "w");
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), {
    stdio: ["ignore", out, err],
    // English whatever the machine's locale: the run reads check's "Problems:" line.
    env: { ...process.env, LC_ALL: "C", COSTING_PHASES: files.phases, COSTING_BENCH_RSS: files.rss },
  });
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  closeSync(out);
  closeSync(err);
  const stdout = readFileSync(files.out, "utf8");
  const stderr = readFileSync(files.err, "utf8");

  let wallSeconds: number | null = round(elapsed, 2);
  let peakRssMB: number | null = null;
  if (gnuTime && existsSync(files.time)) {
    // GNU time's last line is the format; a line before it may say the command exited non-zero.
    const last = readFileSync(files.time, "utf8").trim().split("\n").pop() ?? "";
    const m = /^([\d.]+) (\d+)$/.exec(last.trim());
    if (m) {
      wallSeconds = Number(m[1]);
      peakRssMB = Math.round(Number(m[2]) / 1024);
    }
  } else if (existsSync(files.rss)) {
    peakRssMB = Math.round(Number(readFileSync(files.rss, "utf8")) / 1024);
  }
  let phases: Record<string, number> | undefined;
  if (existsSync(files.phases)) {
    const line = readFileSync(files.phases, "utf8").trim().split("\n").pop();
    if (line) phases = JSON.parse(line) as Record<string, number>;
  }
  const exitCode = r.status;
  const status: Status =
    exitCode === 0
      ? "ok"
      : exitCode === 124 || exitCode === 137
        ? "timeout"
        : /heap out of memory|Allocation failed|Invalid string length|Array buffer allocation failed/i.test(stderr)
          ? "out of memory"
          : "failed";
  return { status, exitCode, wallSeconds, peakRssMB, phases, stdout, stderr };
}

/** Splits one CSV line (quotes allowed). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let v = "";
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new Error(`unclosed quote in ${line}`);
        v += line.slice(i, q);
        i = q + 1;
        if (line[i] === '"') {
          v += '"';
          i++;
        } else break;
      }
      fields.push(v);
    } else {
      const c = line.indexOf(",", i);
      fields.push(c < 0 ? line.slice(i) : line.slice(i, c));
      i = c < 0 ? line.length : c;
    }
    if (i >= line.length) return fields;
    i++; // the comma
  }
}

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * The user's step between calc-value and post: in the journal's CSV file, Unit Cost (Revalued) 10 % below Unit
 * Cost (Calculated) on every line of the first `items` items with a quantity. Returns the items and lines changed.
 */
export function reviseJournal(folder: string, items: number): { items: number; lines: number } {
  const file = path.join(folder, "Revaluation Journal.csv");
  let text = readFileSync(file, "utf8");
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  if (bom) text = text.slice(1);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(eol);
  const header = splitCsvLine(lines[0]);
  const col = (caption: string) => {
    const i = header.indexOf(caption);
    if (i < 0) throw new Error(`the Revaluation Journal has no "${caption}" column`);
    return i;
  };
  const [itemCol, qtyCol, calcCol, revCol] = [
    col("Item No."),
    col("Quantity"),
    col("Unit Cost (Calculated)"),
    col("Unit Cost (Revalued)"),
  ];
  const chosen = new Set<string>();
  let changed = 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === "") continue;
    const f = splitCsvLine(lines[i]);
    const item = f[itemCol];
    if (!chosen.has(item)) {
      if (chosen.size >= items || parseExact(f[qtyCol] || "0") === 0n) continue;
      chosen.add(item);
    }
    f[revCol] = formatExact(mulDivRound(parseExact(f[calcCol])!, dec("0.9"), dec(1), dec("0.00001")), 5);
    lines[i] = f.map(csvField).join(",");
    changed++;
  }
  writeFileSync(file, bom + lines.join(eol));
  return { items: chosen.size, lines: changed };
}

/** The CSV folder as an .xlsx through the sample's writer (numbers, ISO dates and text as they read). */
async function toXlsx(folder: string, file: string): Promise<void> {
  const tables: SampleTable[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith(".csv")) continue;
    const [head, ...rows] = readFileSync(path.join(folder, name), "utf8").split("\n");
    const caption = name.slice(0, -4);
    tables.push({
      caption,
      excelName: caption.replace(/[^A-Za-z0-9]/g, ""),
      columns: head.split(","),
      rows: rows
        .filter((r) => r !== "")
        .map((r) =>
          r
            .split(",")
            .map((v): Cell =>
              /^-?\d+(\.\d+)?$/.test(v)
                ? { kind: "number", value: v }
                : /^\d{4}-\d\d-\d\d$/.test(v)
                  ? { kind: "date", value: v }
                  : { kind: "text", value: v },
            ),
        ),
    });
  }
  await writeXlsx(file, tables);
}

function fmt(m: Measured | undefined): string {
  if (!m) return "-";
  if (m.status === "skipped") return "skipped";
  const gb = m.peakRssMB === null ? "?" : (m.peakRssMB / 1024).toFixed(2);
  const time = m.wallSeconds === null ? "?" : m.wallSeconds.toFixed(1);
  const ratio = m.ratioToBareParse === null ? "" : ` (${m.ratioToBareParse.toFixed(1)}×)`;
  const what = m.status === "ok" ? "" : `**${m.status}** after `;
  return `${what}${time} s, ${gb} GB${m.status === "ok" ? ratio : ""}`;
}

const COMMANDS = ["bare-parse", "check", "adjust", "bare-parse-adjusted", "calc-value", "post"];

/** The markdown table: a row per size and shape, a column per command (wall time, peak RSS, × bare parse). */
export function markdownTable(results: readonly Measured[]): string {
  const rows: string[] = [
    `| size (value entries) | shape | ${COMMANDS.join(" | ")} |`,
    `|---|---|${COMMANDS.map(() => "---").join("|")}|`,
  ];
  const keys = [...new Set(results.map((r) => `${r.size}|${r.shape}`))];
  for (const key of keys) {
    const [size, shape] = key.split("|");
    const of = (c: string) => results.find((r) => `${r.size}|${r.shape}` === key && r.command === c);
    const entries = results.find((r) => `${r.size}|${r.shape}` === key)!.valueEntries;
    rows.push(
      `| ${Number(size).toLocaleString("en-US")} (${entries.toLocaleString("en-US")}) | ${shape} | ` +
        `${COMMANDS.map((c) => fmt(of(c))).join(" | ")} |`,
    );
  }
  const at = (size: number, c: string) =>
    results.find((r) => r.size === size && r.shape === "csv" && r.command === c && r.status === "ok");
  const scaling = ["check", "adjust", "calc-value", "post"].map((c) => {
    const a = at(1_000_000, c);
    const b = at(3_000_000, c);
    return a && b && a.wallSeconds && b.wallSeconds ? `${c} ${(b.wallSeconds / a.wallSeconds).toFixed(1)}×` : null;
  });
  const lines = [
    ...rows,
    "",
    "Each cell: wall time, peak RSS, and (×) the wall time over the bare parse of the same files.",
    "Targets (issue 9): adjust of 1M ≤ 2.5× the bare parse and peak RSS < 1 GB; calc-value and post of 1M " +
      "within the same; 3M ≤ 3.5× the 1M time.",
  ];
  if (scaling.some((s) => s !== null)) lines.push(`3M over 1M: ${scaling.filter((s) => s !== null).join(", ")}.`);
  return lines.join("\n");
}

export async function runDistributor(opts: DistributorOptions): Promise<number> {
  if (!existsSync(COSTING)) {
    process.stderr.write(`bench: ${COSTING} is missing; run "npm run build:cli" first.\n`);
    return 2;
  }
  const results: Measured[] = [];
  const emit = (m: Measured) => {
    results.push(m);
    process.stdout.write(JSON.stringify(m) + "\n");
  };
  for (const size of opts.sizes) {
    const dir = mkdtempSync(path.join(os.tmpdir(), `costing-bench-${size}-`));
    try {
      const folder = path.join(dir, "ledger");
      const summary: DistributorSummary = writeDistributor(folder, size, opts.seed);
      process.stderr.write(
        `bench: distributor ${size}: ${summary.valueEntries} value entries, ${summary.itemLedgerEntries} item ` +
          `ledger entries, ${summary.items} items, written in ${summary.seconds} s to ${folder}\n`,
      );
      const shapes: { shape: "csv" | "xlsx"; input: string; adjusted: string }[] = [
        { shape: "csv", input: folder, adjusted: `${folder}-adjusted` },
      ];
      if (size <= XLSX_UP_TO) {
        const xlsx = path.join(dir, "ledger.xlsx");
        await toXlsx(folder, xlsx);
        shapes.push({ shape: "xlsx", input: xlsx, adjusted: path.join(dir, "ledger-adjusted.xlsx") });
      }
      const bare = measure(dir, "bare-parse", [BARE_PARSE, folder], opts);
      const bareSeconds = bare.status === "ok" ? bare.wallSeconds : null;
      const record = (shape: "csv" | "xlsx", command: string, r: ReturnType<typeof measure>, note?: string) => {
        // What went wrong: V8's fatal error line (out of heap), else the last lines of standard error.
        const fatal = /^.*FATAL ERROR.*$/m.exec(r.stderr)?.[0];
        const firstError = r.status === "ok" ? undefined : (fatal ?? r.stderr.trim().split("\n").slice(-3).join(" / "));
        emit({
          profile: "distributor",
          size,
          shape,
          command,
          status: r.status,
          exitCode: r.exitCode,
          wallSeconds: r.wallSeconds,
          peakRssMB: r.peakRssMB,
          ratioToBareParse:
            bareSeconds && r.wallSeconds !== null && !command.startsWith("bare-parse")
              ? round(r.wallSeconds / bareSeconds, 2)
              : null,
          phases: r.phases,
          valueEntries: summary.valueEntries,
          note: [note, firstError].filter(Boolean).join("; ").replace(/\s+/g, " ") || undefined,
        });
      };
      record("csv", "bare-parse", bare, bare.stdout.trim());
      for (const { shape, input, adjusted } of shapes) {
        const costing = (label: string, args: readonly string[]) =>
          measure(dir, `${shape}-${label}`, [COSTING, ...args], opts);
        const skipped = (command: string, why: string) =>
          emit({
            profile: "distributor",
            size,
            shape,
            command,
            status: "skipped",
            exitCode: null,
            wallSeconds: null,
            peakRssMB: null,
            ratioToBareParse: null,
            valueEntries: summary.valueEntries,
            note: why,
          });
        const check = costing("check", ["check", input]);
        const problems = /^Problems: .*$/m.exec(check.stdout)?.[0];
        record(shape, "check", check, problems);
        const adjust = costing("adjust", ["adjust", input, "--out", adjusted]);
        record(shape, "adjust", adjust, /^Value entries created: .*$/m.exec(adjust.stdout)?.[0]);
        if (adjust.status !== "ok") {
          skipped("calc-value", "adjust did not finish");
          skipped("post", "adjust did not finish");
          continue;
        }
        if (shape === "csv") {
          const again = measure(dir, "bare-parse-adjusted", [BARE_PARSE, adjusted], opts);
          record("csv", "bare-parse-adjusted", again, again.stdout.trim());
        }
        const calc = costing("calc-value", [
          "calc-value",
          adjusted,
          "--date",
          REVALUATION_DATE,
          "--by-location",
          "--by-variant",
        ]);
        record(
          shape,
          "calc-value",
          calc,
          /^\s*\.\.\. and \d+ more lines in the journal$/m.exec(calc.stdout)?.[0]?.trim(),
        );
        if (calc.status !== "ok") {
          skipped("post", "calc-value did not finish");
          continue;
        }
        if (shape === "xlsx") {
          skipped("post", "the journal is edited in the CSV file only");
          continue;
        }
        const revised = reviseJournal(adjusted, REVALUE_ITEMS);
        const post = costing("post", ["post", adjusted]);
        record(
          shape,
          "post",
          post,
          [
            `${revised.items} items (${revised.lines} journal lines) revalued`,
            /^Revaluation entries: .*$/m.exec(post.stdout)?.[0],
          ]
            .filter(Boolean)
            .join("; "),
        );
      }
    } finally {
      if (opts.keep) process.stderr.write(`bench: kept ${dir}\n`);
      else rmSync(dir, { recursive: true, force: true });
    }
  }
  process.stdout.write("\n" + markdownTable(results) + "\n");
  return 0;
}
