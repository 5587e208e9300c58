// Each command's usage is built from its option specs (description, value name, choices): the synopsis, the
// option list and the command's own text, so an option cannot be added without being documented, nor
// documented as something it is not.
import type { Command } from "../../src/cli/command";
import { COMMANDS } from "../../src/cli/main";
import { USAGE_WIDTH, helpText, usageText } from "../../src/cli/usage";
import { costing } from "./helpers";

const example: Command = {
  name: "example",
  summary: "An example command",
  writes: false,
  about: "What it does, said once after the options: a paragraph wrapped to the width of the usage like the rest.",
  positionals: ["workbook"],
  options: {
    date: { type: "string", value: "YYYY-MM-DD", required: true, description: "the as-of date (inclusive)" },
    per: { type: "string", choices: ["item", "entry"], description: "one line per item (default), or per entry" },
    base: {
      type: "string",
      value: "base",
      choices: ["last-direct-cost", "standard-cost"],
      description: "propose the new cost from the item's last-direct-cost or standard-cost\n(default: none)",
    },
    item: { type: "string", multiple: true, value: "no", description: "only this item" },
    json: { type: "boolean", description: "print JSON" },
  },
  run: () => Promise.resolve(0),
};

test("the usage of a command, from its specs", () => {
  expect(usageText(example)).toBe(
    [
      "Usage: costing example <workbook> --date <YYYY-MM-DD> [--per item|entry]",
      "                       [--base last-direct-cost|standard-cost] [--item <no>]... [--json]",
      "",
      "  --date <YYYY-MM-DD>  the as-of date (inclusive)",
      "  --per item|entry     one line per item (default), or per entry",
      "  --base <base>        propose the new cost from the item's last-direct-cost or standard-cost",
      "                       (default: none)",
      "  --item <no>          only this item (repeat for more)",
      "  --json               print JSON",
      "",
      "What it does, said once after the options: a paragraph wrapped to the width of the usage like the rest.",
    ].join("\n"),
  );
  expect(helpText(example)).toBe(`An example command.\n\n${usageText(example)}`);
});

test("long descriptions wrap under their column, within the width", () => {
  const long: Command = {
    ...example,
    about: undefined,
    options: { out: { type: "string", value: "path", description: "write it there ".repeat(20).trim() } },
  };
  const lines = usageText(long).split("\n").slice(2);
  expect(lines.length).toBeGreaterThan(2);
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(USAGE_WIDTH);
  expect(lines[0]).toMatch(/^ {2}--out <path> {2}write it there/);
  for (const line of lines.slice(1)) expect(line).toMatch(/^ {16}write/);
});

describe.each(COMMANDS.map((c) => [c.name, c] as const))("costing %s --help", (name, cmd) => {
  it("shows every option in the synopsis and in the list, with its description", async () => {
    const r = await costing([name, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(helpText(cmd) + "\n");
    const [synopsis, list] = r.stdout.split("\n\n").slice(1);
    for (const [option, spec] of Object.entries(cmd.options)) {
      expect(synopsis).toContain(`--${option}`);
      expect(list).toContain(`  --${option}`);
      expect(list.replace(/\s+/g, " ")).toContain(spec.description.split("\n")[0].replace(/\s+/g, " "));
    }
  });

  it("stays within the width, every description starting in one column", () => {
    const text = usageText(cmd);
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(USAGE_WIDTH);
    const list = text.split("\n\n")[1].split("\n");
    const starts = new Set(
      list.filter((l) => l.startsWith("  --")).map((l) => /^ {2}--\S+(?: \S+)? +/.exec(l)![0].length),
    );
    expect(starts.size).toBe(1);
  });
});

test("a usage error ends with the command's usage", async () => {
  const r = await costing(["calc-value", "wb", "--date", "2023-12-31", "--per", "lot"]);
  expect(r.code).toBe(2);
  const cmd = COMMANDS.find((c) => c.name === "calc-value")!;
  expect(r.stderr).toBe(`costing calc-value: --per "lot" is not item or entry.\n\n${usageText(cmd)}\n`);
});

test("a value outside an option's choices is refused with them", async () => {
  const r = await costing(["calc-value", "wb", "--date", "2023-12-31", "--base", "average"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^costing calc-value: --base "average" is not last-direct-cost or standard-cost\.\n/);
});
