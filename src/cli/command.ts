// One command of the `costing` tool: its usage text, options and what it does.
import { parseArgs } from "node:util";
import { isIsoDate } from "../engine/calendar";
import { UsageError } from "./errors";
import type { CliIo } from "./io";
import type { Progress } from "./progress";
import type { OpenedWorkbook } from "./services";

/** An option; `multiple`: it may be given more than once (--item A --item B). */
export type OptionSpec = { type: "string" | "boolean"; short?: string; multiple?: boolean };

export interface CommandContext {
  readonly io: CliIo;
  /** Opens a workbook; runCli closes it when the command ends. */
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
  readonly usage: string; // the synopsis line(s) and option list
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly positionals: readonly string[]; // names of required positionals, e.g. ["workbook"]
  run(args: ParsedArgs, ctx: CommandContext): Promise<number>;
}

export function parseCommandArgs(cmd: Command, argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...cmd.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    const msg =
      err instanceof Error ? err.message.replace(/\. To specify a positional argument.*$/s, ".") : String(err);
    throw new UsageError(msg, cmd.name);
  }
  return { positionals: parsed.positionals, values: parsed.values as ParsedArgs["values"] };
}

export function checkPositionals(cmd: Command, args: ParsedArgs): void {
  const want = cmd.positionals;
  if (args.positionals.length < want.length) {
    throw new UsageError(`Missing <${want[args.positionals.length]}>.`, cmd.name);
  }
  if (args.positionals.length > want.length) {
    const extra = args.positionals.slice(want.length).map((p) => `"${p}"`);
    throw new UsageError(`Unexpected argument ${extra.join(" ")}.`, cmd.name);
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === "string" ? v : undefined;
}

export function requiredString(cmd: Command, args: ParsedArgs, name: string, what: string): string {
  const v = stringOption(args, name);
  if (v === undefined || v.trim() === "") throw new UsageError(`Missing --${name} <${what}>.`, cmd.name);
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
  const v = requiredString(cmd, args, name, "YYYY-MM-DD");
  if (!isIsoDate(v)) {
    throw new UsageError(`--${name} "${v}" is not a date written YYYY-MM-DD (for example 2023-01-31).`, cmd.name);
  }
  return v;
}
