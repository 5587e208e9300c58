// One command of the `costing` tool: its options (which its usage text is built from, src/cli/usage.ts) and
// what it does.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { isIsoDate } from "../engine/calendar";
import { ENGLISH_MESSAGES, say, type Messages } from "../i18n";
import { UsageError } from "./errors";
import type { CliIo } from "./io";
import type { Progress } from "./progress";
import type { OpenedWorkbook } from "./services";

/** An option, as parsed and as the usage shows it. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** It may be given more than once (--item A --item B); the usage adds "(repeat for more)". */
  readonly multiple?: boolean;
  /** What it does, for the option list (wrapped to the width; a line break starts a new line). */
  readonly description: string;
  /** The value's name: --date <YYYY-MM-DD>. */
  readonly value?: string;
  /** The values it takes (compared trimmed, in any case); any other is a usage error. */
  readonly choices?: readonly string[];
  /** Shown without brackets in the synopsis; the command asks for it (requiredString, dateOption). */
  readonly required?: boolean;
}

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;

export interface CommandContext {
  readonly io: CliIo;
  /** The user's language (--lang, else the environment's locale; English in tests). */
  readonly messages: Messages;
  /** Opens a workbook (locked when the command writes); runCli closes it when the command ends. */
  openWorkbook(path: string): Promise<OpenedWorkbook>;
  progress(label: string): Progress;
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  /** It may change the workbook: it holds the workbook's lock from the first read to the end (readers take none). */
  readonly writes: boolean;
  /** What the usage says after the option list (paragraphs split by a blank line). */
  readonly about?: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly positionals: readonly string[]; // names of required positionals, e.g. ["workbook"]
  run(args: ParsedArgs, ctx: CommandContext): Promise<number>;
}

export function parseCommandArgs(cmd: Command, argv: readonly string[], m: Messages = ENGLISH_MESSAGES): ParsedArgs {
  const options: ParseArgsOptionsConfig = { help: { type: "boolean", short: "h" } };
  // Only what parseArgs knows (it refuses a key given as undefined).
  for (const [name, { type, short, multiple }] of Object.entries(cmd.options)) {
    options[name] = { type, ...(short ? { short } : {}), ...(multiple ? { multiple } : {}) };
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: negativeValuesJoined(cmd, argv),
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    const msg =
      err instanceof Error ? err.message.replace(/\. To specify a positional argument.*$/s, ".") : String(err);
    throw new UsageError(say("cli.parseArgs", { message: msg }), cmd.name);
  }
  const args = { positionals: parsed.positionals, values: parsed.values as ParsedArgs["values"] };
  if (!flag(args, "help")) checkChoices(cmd, args, m);
  return args;
}

/**
 * "--percent -10" as "--percent=-10": a string option's value may be a negative number, which parseArgs would
 * take for an option of its own.
 */
function negativeValuesJoined(cmd: Command, argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].startsWith("--") ? argv[i].slice(2) : null;
    const next = argv[i + 1];
    if (name && cmd.options[name]?.type === "string" && next !== undefined && /^-\d|^-[.,]\d/.test(next)) {
      out.push(`${argv[i]}=${next}`);
      i++;
    } else out.push(argv[i]);
  }
  return out;
}

/** A value outside an option's choices: "--per "lot" is not item or entry." */
function checkChoices(cmd: Command, args: ParsedArgs, m: Messages): void {
  for (const [name, spec] of Object.entries(cmd.options)) {
    const given = args.values[name];
    if (!spec.choices) continue;
    for (const v of typeof given === "string" ? [given] : Array.isArray(given) ? given : []) {
      const value = v.trim().toLowerCase();
      if (spec.choices.some((c) => c.toLowerCase() === value)) continue;
      throw new UsageError(say("cli.notAChoice", { option: name, value, choices: m.or(spec.choices) }), cmd.name);
    }
  }
}

export function checkPositionals(cmd: Command, args: ParsedArgs): void {
  const want = cmd.positionals;
  if (args.positionals.length < want.length) {
    throw new UsageError(say("cli.missingPositional", { name: want[args.positionals.length] }), cmd.name);
  }
  if (args.positionals.length > want.length) {
    const extra = args.positionals.slice(want.length).map((p) => `"${p}"`);
    throw new UsageError(say("cli.unexpectedArgument", { args: extra.join(" ") }), cmd.name);
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === "string" ? v : undefined;
}

export function requiredString(cmd: Command, args: ParsedArgs, name: string): string {
  const v = stringOption(args, name);
  if (v === undefined || v.trim() === "") {
    throw new UsageError(
      say("cli.missingOption", { option: name, value: cmd.options[name]?.value ?? "value" }),
      cmd.name,
    );
  }
  return v.trim();
}

/** A repeatable option's values, trimmed, blanks dropped (none given: an empty list). */
export function listOption(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  const all = typeof v === "string" ? [v] : Array.isArray(v) ? v : [];
  return all.map((x) => x.trim()).filter((x) => x !== "");
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** --date: a calendar date written YYYY-MM-DD. */
export function dateOption(cmd: Command, args: ParsedArgs, name = "date"): string {
  const v = requiredString(cmd, args, name);
  if (!isIsoDate(v)) {
    throw new UsageError(say("cli.notADate", { option: name, value: v }), cmd.name);
  }
  return v;
}
