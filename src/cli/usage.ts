// A command's usage text, built from its option specs: the synopsis (each option as it is typed, optional ones
// in brackets), the option list (each with its description, in one column) and the command's own text.
import { EN, ENGLISH_MESSAGES, type MessageKey, type Messages } from "../i18n";
import type { Command, OptionSpec } from "./command";

/** The widest line of a usage text. */
export const USAGE_WIDTH = 110;

/** The option as typed: "--date <YYYY-MM-DD>", "--per item|entry", "--json"; in the list a value name wins. */
function typed(name: string, spec: OptionSpec, where: "synopsis" | "list"): string {
  if (spec.type === "boolean") return `--${name}`;
  const choices = spec.choices?.join("|");
  const value = spec.value ? `<${spec.value}>` : undefined;
  return `--${name} ${(where === "list" ? (value ?? choices) : (choices ?? value)) ?? "<value>"}`;
}

/** Words (or synopsis parts) laid out in lines of at most `width`, after a first-line lead and an indent. */
function wrap(words: readonly string[], width: number, lead: string, indent: string): string[] {
  const lines: string[] = [];
  let line = lead;
  let empty = true;
  for (const w of words) {
    if (!empty && line.length + 1 + w.length > width) {
      lines.push(line);
      line = indent + w;
    } else line += (empty ? "" : " ") + w;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** Text wrapped to the width; a line break in it starts a new line. */
export function paragraph(text: string, width: number, lead = "", indent = lead): string[] {
  return text
    .split("\n")
    .flatMap((part, i) => wrap(part.split(/\s+/).filter(Boolean), width, i ? indent : lead, indent));
}

function synopsis(cmd: Command, m: Messages): string[] {
  const head = m.t("cli.commandUsage", { command: cmd.name });
  const parts = [
    ...cmd.positionals.map((p) => `<${p}>`),
    ...Object.entries(cmd.options).map(([name, spec]) => {
      const t = typed(name, spec, "synopsis");
      return (spec.required ? t : `[${t}]`) + (spec.multiple ? "..." : "");
    }),
  ];
  return wrap(parts, USAGE_WIDTH, head, " ".repeat(head.length));
}

function optionList(cmd: Command, m: Messages): string[] {
  const entries = Object.entries(cmd.options).map(([name, spec]) => ({
    left: `  ${typed(name, spec, "list")}`,
    text: spec.description + (spec.multiple ? m.t("cli.repeat") : ""),
  }));
  const column = Math.max(...entries.map((e) => e.left.length)) + 2;
  return entries.flatMap((e) => paragraph(e.text, USAGE_WIDTH, e.left.padEnd(column), " ".repeat(column)));
}

/** "Usage: costing <name> ...", the options, and the command's own text: what a usage error ends with. */
export function usageText(cmd: Command, m: Messages = ENGLISH_MESSAGES): string {
  const blocks = [synopsis(cmd, m)];
  if (Object.keys(cmd.options).length > 0) blocks.push(optionList(cmd, m));
  if (cmd.about)
    blocks.push(cmd.about.split("\n\n").flatMap((p, i) => [...(i ? [""] : []), ...paragraph(p, USAGE_WIDTH)]));
  return blocks.map((b) => b.join("\n")).join("\n\n");
}

/** The command's summary in the user's language (the catalogue's "summary.<name>"; else as the command gives it). */
export function summaryOf(cmd: Command, m: Messages = ENGLISH_MESSAGES): string {
  const key = `summary.${cmd.name}`;
  return key in EN && EN[key as MessageKey] === cmd.summary ? m.t(key as "summary.check") : cmd.summary;
}

/** The command's --help: its summary, then its usage. */
export function helpText(cmd: Command, m: Messages = ENGLISH_MESSAGES): string {
  return `${summaryOf(cmd, m)}.\n\n${usageText(cmd, m)}`;
}
