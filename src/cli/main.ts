// The `costing` command line: dispatch to one command, turn every failure into a message and an exit code.
import { LedgerError } from "../engine/model";
import { WorkbookFileError } from "../files/fileError";
import { type Command, type CommandContext, parseCommandArgs } from "./command";
import { adjust } from "./commands/adjust";
import { avgcost } from "./commands/avgcost";
import { calcValue } from "./commands/calcValue";
import { check } from "./commands/check";
import { explain } from "./commands/explain";
import { post } from "./commands/post";
import { preview } from "./commands/preview";
import { valuation } from "./commands/valuation";
import { EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, InputError, UsageError } from "./errors";
import { problemLine } from "./format";
import type { CliIo } from "./io";
import { type ProgressOptions, progressBar } from "./progress";
import { helpText, usageText } from "./usage";
import type { OpenWorkbook, OpenedWorkbook } from "./services";

export const COMMANDS: readonly Command[] = [check, adjust, valuation, avgcost, explain, calcValue, preview, post];

export interface RunOptions {
  /** Replace the workbook opener (tests); by default the file adapter's, loaded on first use. */
  readonly openWorkbook?: OpenWorkbook;
  readonly progress?: ProgressOptions;
}

function version(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require("../../package.json") as { version: string }).version;
  } catch {
    return "unknown";
  }
}

export function generalUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Inventory Costing for Excel: Business Central's Adjust Cost - Item Entries, average cost, valuation and",
    "revaluation on a ledger workbook (<workbook> is an .xlsx file or a folder of CSV files, one per table).",
    "",
    "Usage: costing <command> <workbook> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    'Run "costing <command> --help" for the options of a command.',
    "Exit codes: 0 done, 1 the workbook or a value in it needs attention, 2 wrong command line, 3 internal error.",
  ].join("\n");
}

export async function runCli(argv: readonly string[], io: CliIo, options: RunOptions = {}): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const about = name === "help" && rest[0] ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    if (name === "help" && rest[0] && !about) {
      io.stderr.write(`costing: unknown command "${rest[0]}".\n\n${generalUsage()}\n`);
      return EXIT_USAGE;
    }
    const text = about ? helpText(about) : generalUsage();
    (name === undefined ? io.stderr : io.stdout).write(text + "\n");
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === "--version" || name === "-V") {
    io.stdout.write(version() + "\n");
    return EXIT_OK;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.stderr.write(`costing: unknown command "${name}".\n\n${generalUsage()}\n`);
    return EXIT_USAGE;
  }

  const open: OpenWorkbook =
    options.openWorkbook ?? (async (p, writes) => (await import("./wiring")).openWorkbook(p, writes));
  const opened: OpenedWorkbook[] = [];
  const ctx: CommandContext = {
    io,
    async openWorkbook(p) {
      const workbook = await open(p, cmd.writes);
      opened.push(workbook);
      if (workbook.recovered) io.stderr.write(recoveredNote(p, workbook.recovered) + "\n");
      return workbook;
    },
    progress: (label) => progressBar(io.stderr, label, options.progress),
  };

  let code = EXIT_INTERNAL;
  try {
    code = await runCommand(cmd, rest, ctx);
  } finally {
    code = await closeAll(opened, cmd, io, code);
  }
  return code;
}

async function runCommand(cmd: Command, argv: readonly string[], ctx: CommandContext): Promise<number> {
  try {
    const args = parseCommandArgs(cmd, argv);
    if (args.values.help === true) {
      ctx.io.stdout.write(helpText(cmd) + "\n");
      return EXIT_OK;
    }
    return await cmd.run(args, ctx);
  } catch (err) {
    return report(err, cmd, ctx.io);
  }
}

/**
 * Closes every workbook the command opened, whatever its outcome. A workbook that cannot be closed is reported;
 * it decides the exit code only when the command itself succeeded.
 */
async function closeAll(opened: readonly OpenedWorkbook[], cmd: Command, io: CliIo, code: number): Promise<number> {
  const closed = await Promise.allSettled(opened.map((w) => w.close()));
  for (const c of closed) {
    if (c.status === "rejected") {
      const failed = report(c.reason, cmd, io);
      if (code === EXIT_OK) code = failed;
    }
  }
  return code;
}

function recoveredNote(p: string, r: NonNullable<OpenedWorkbook["recovered"]>): string {
  return (
    `Note: a costing command that started at ${r.startedAt} was interrupted while saving "${p}"; its save is ` +
    `now completed (${r.files.map((f) => `"${f}"`).join(", ")} written), so the workbook is whole again.`
  );
}

function report(err: unknown, cmd: Command, io: CliIo): number {
  if (err instanceof UsageError) {
    io.stderr.write(`costing ${cmd.name}: ${err.message}\n\n${usageText(cmd)}\n`);
    return EXIT_USAGE;
  }
  if (err instanceof LedgerError || err instanceof WorkbookFileError) {
    // The engine's or the file adapter's word for the user (unknown item, a damaged workbook, ...).
    io.stderr.write(`costing ${cmd.name}: ${err.message}\n`);
    return EXIT_INPUT;
  }
  if (err instanceof InputError) {
    io.stderr.write(`costing ${cmd.name}: ${err.message}\n`);
    for (const p of err.problems) io.stderr.write("  " + problemLine(p) + "\n");
    return EXIT_INPUT;
  }
  const fileError = asFileError(err);
  if (fileError) {
    io.stderr.write(`costing ${cmd.name}: ${fileError}\n`);
    return EXIT_INPUT;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr.write(
    `costing ${cmd.name}: internal error: ${message}\n` +
      "This is a fault in the tool, not in your workbook. Please report it with the command you ran" +
      (process.env.COSTING_DEBUG ? ".\n" : " (set COSTING_DEBUG=1 to print the details).\n"),
  );
  if (process.env.COSTING_DEBUG && err instanceof Error && err.stack) io.stderr.write(err.stack + "\n");
  return EXIT_INTERNAL;
}

/** Operating-system errors (file missing, locked, no permission) in the controller's words. */
function asFileError(err: unknown): string | undefined {
  if (!(err instanceof Error) || !("code" in err)) return undefined;
  const e = err as Error & { code?: string; path?: string };
  const where = e.path ? `"${e.path}"` : "the file";
  switch (e.code) {
    case "ENOENT":
      return `${where} was not found. Check the path and run the command again.`;
    case "EACCES":
    case "EPERM":
      return `${where} can't be opened or written: permission denied. Check the file's permissions.`;
    case "EBUSY":
      return `${where} is in use (open in Excel?). Close it and run the command again.`;
    case "ENOTDIR":
    case "EISDIR":
      return `${where} is not of the expected kind (a file where a folder was expected, or the reverse).`;
    case "ENOSPC":
      return `There is no space left to write ${where}. Free some space; the original workbook is unchanged.`;
    default:
      return undefined;
  }
}

export { EXIT_INPUT, EXIT_OK, EXIT_USAGE };
