// The `costing` command line: dispatch to one command, turn every failure into a message and an exit code.
import { LedgerError } from "../engine/model";
import { WorkbookFileError } from "../files/fileError";
import { cliLocale, langOf, messages, type Messages } from "../i18n";
import { type Command, type CommandContext, parseCommandArgs } from "./command";
import { adjust } from "./commands/adjust";
import { avgcost } from "./commands/avgcost";
import { calcValue } from "./commands/calcValue";
import { check } from "./commands/check";
import { explain } from "./commands/explain";
import { post } from "./commands/post";
import { preview } from "./commands/preview";
import { scenario } from "./commands/scenario";
import { valuation } from "./commands/valuation";
import { EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, InputError, UsageError } from "./errors";
import { problemLine } from "./format";
import type { CliIo } from "./io";
import { type ProgressOptions, progressBar } from "./progress";
import { helpText, paragraph, summaryOf, usageText, USAGE_WIDTH } from "./usage";
import type { OpenWorkbook, OpenedWorkbook } from "./services";

export const COMMANDS: readonly Command[] = [check, adjust, valuation, avgcost, explain, calcValue, preview, post, scenario];

export interface RunOptions {
  /** Replace the workbook opener (tests); by default the file adapter's, loaded on first use. */
  readonly openWorkbook?: OpenWorkbook;
  readonly progress?: ProgressOptions;
  /**
   * The environment the language is taken from (LC_ALL, LC_MESSAGES, LANG) when --lang is not given; the
   * executable passes process.env. Without it (tests) messages are English unless --lang says otherwise.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

function version(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require("../../package.json") as { version: string }).version;
  } catch {
    return "unknown";
  }
}

export function generalUsage(m: Messages = messages(cliLocale(undefined))): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lang = "  --lang <code>";
  return [
    ...paragraph(m.t("cli.about"), USAGE_WIDTH),
    "",
    m.t("cli.usage"),
    "",
    m.t("cli.commands"),
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${summaryOf(c, m)}`),
    "",
    m.t("cli.options"),
    ...paragraph(m.t("cli.langOption"), USAGE_WIDTH, `${lang}  `, " ".repeat(lang.length + 2)),
    "",
    m.t("cli.commandHelp"),
    ...paragraph(m.t("cli.exitCodes"), USAGE_WIDTH),
  ].join("\n");
}

/** The --lang option, anywhere on the command line ("--lang de", "--lang=sv_SE"), taken out of it. */
function takeLang(argv: readonly string[]): { rest: string[]; lang?: string; error?: string } {
  const rest: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === "--lang" || a.startsWith("--lang=")) {
      const value = a === "--lang" ? argv[++i] : a.slice("--lang=".length);
      if (value === undefined || value.trim() === "" || value.startsWith("-")) return { rest, error: "" };
      lang = value.trim();
      continue;
    }
    rest.push(a);
  }
  return { rest, lang };
}

export async function runCli(argv: readonly string[], io: CliIo, options: RunOptions = {}): Promise<number> {
  const taken = takeLang(argv);
  const given = taken.lang;
  if (taken.error !== undefined || (given !== undefined && langOf(given) === undefined)) {
    const m = messages(cliLocale(undefined, options.env));
    const said = given === undefined ? m.t("cli.langMissing") : m.t("cli.langUnknown", { value: given });
    io.stderr.write(`costing: ${said}\n\n${generalUsage(m)}\n`);
    return EXIT_USAGE;
  }
  const m = messages(cliLocale(given, options.env));
  const [name, ...rest] = taken.rest;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const about = name === "help" && rest[0] ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    if (name === "help" && rest[0] && !about) {
      io.stderr.write(`costing: ${m.t("cli.unknownCommand", { name: rest[0] })}\n\n${generalUsage(m)}\n`);
      return EXIT_USAGE;
    }
    const text = about ? helpText(about, m) : generalUsage(m);
    (name === undefined ? io.stderr : io.stdout).write(text + "\n");
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === "--version" || name === "-V") {
    io.stdout.write(version() + "\n");
    return EXIT_OK;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.stderr.write(`costing: ${m.t("cli.unknownCommand", { name })}\n\n${generalUsage(m)}\n`);
    return EXIT_USAGE;
  }

  const open: OpenWorkbook =
    options.openWorkbook ?? (async (p, writes) => (await import("./wiring")).openWorkbook(p, writes));
  const opened: OpenedWorkbook[] = [];
  const ctx: CommandContext = {
    io,
    messages: m,
    async openWorkbook(p) {
      const workbook = await open(p, cmd.writes);
      opened.push(workbook);
      if (workbook.recovered) io.stderr.write(recoveredNote(p, workbook.recovered, m) + "\n");
      return workbook;
    },
    progress: (label) => progressBar(io.stderr, label, options.progress),
  };

  let code = EXIT_INTERNAL;
  try {
    code = await runCommand(cmd, rest, ctx);
  } finally {
    code = await closeAll(opened, cmd, ctx, code);
  }
  return code;
}

async function runCommand(cmd: Command, argv: readonly string[], ctx: CommandContext): Promise<number> {
  try {
    const args = parseCommandArgs(cmd, argv, ctx.messages);
    if (args.values.help === true) {
      ctx.io.stdout.write(helpText(cmd, ctx.messages) + "\n");
      return EXIT_OK;
    }
    return await cmd.run(args, ctx);
  } catch (err) {
    return report(err, cmd, ctx);
  }
}

/**
 * Closes every workbook the command opened, whatever its outcome. A workbook that cannot be closed is reported;
 * it decides the exit code only when the command itself succeeded.
 */
async function closeAll(
  opened: readonly OpenedWorkbook[],
  cmd: Command,
  ctx: CommandContext,
  code: number,
): Promise<number> {
  const closed = await Promise.allSettled(opened.map((w) => w.close()));
  for (const c of closed) {
    if (c.status === "rejected") {
      const failed = report(c.reason, cmd, ctx);
      if (code === EXIT_OK) code = failed;
    }
  }
  return code;
}

function recoveredNote(p: string, r: NonNullable<OpenedWorkbook["recovered"]>, m: Messages): string {
  const files = r.files.map((f) => `"${f}"`).join(", ");
  return m.t("cli.recovered", { startedAt: r.startedAt, workbook: p, files });
}

function report(err: unknown, cmd: Command, ctx: CommandContext): number {
  const { io, messages: m } = ctx;
  if (err instanceof UsageError) {
    io.stderr.write(`costing ${cmd.name}: ${err.said ? m.said(err.said) : err.message}\n\n${usageText(cmd, m)}\n`);
    return EXIT_USAGE;
  }
  if (err instanceof LedgerError || err instanceof WorkbookFileError) {
    // The engine's or the file adapter's word for the user (unknown item, a damaged workbook, ...).
    io.stderr.write(`costing ${cmd.name}: ${err.message}\n`);
    return EXIT_INPUT;
  }
  if (err instanceof InputError) {
    io.stderr.write(`costing ${cmd.name}: ${err.said ? m.said(err.said) : err.message}\n`);
    for (const p of err.problems) io.stderr.write("  " + problemLine(p, m) + "\n");
    return EXIT_INPUT;
  }
  const fileError = asFileError(err, m);
  if (fileError) {
    io.stderr.write(`costing ${cmd.name}: ${fileError}\n`);
    return EXIT_INPUT;
  }
  const message = err instanceof Error ? err.message : String(err);
  const debug = !!process.env.COSTING_DEBUG;
  io.stderr.write(`costing ${cmd.name}: ${m.t(debug ? "cli.internalDebug" : "cli.internal", { message })}\n`);
  if (debug && err instanceof Error && err.stack) io.stderr.write(err.stack + "\n");
  return EXIT_INTERNAL;
}

/** Operating-system errors (file missing, locked, no permission) in the controller's words. */
function asFileError(err: unknown, m: Messages): string | undefined {
  if (!(err instanceof Error) || !("code" in err)) return undefined;
  const e = err as Error & { code?: string; path?: string };
  const where = e.path ? `"${e.path}"` : m.t("cli.theFile");
  switch (e.code) {
    case "ENOENT":
      return m.t("cli.fileNotFound", { where });
    case "EACCES":
    case "EPERM":
      return m.t("cli.fileDenied", { where });
    case "EBUSY":
      return m.t("cli.fileBusy", { where });
    case "ENOTDIR":
    case "EISDIR":
      return m.t("cli.fileKind", { where });
    case "ENOSPC":
      return m.t("cli.fileNoSpace", { where });
    default:
      return undefined;
  }
}

export { EXIT_INPUT, EXIT_OK, EXIT_USAGE };
