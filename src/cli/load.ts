// Open a workbook, read its tables and replay the ledger (the loadLedger use case, loaded here on first use):
// the first steps of every command.
import type { Ledger, LedgerInput, Problem } from "../engine/model";
import { InputError } from "./errors";
import { problemLines } from "./format";
import { say, type MessageKey, type Messages } from "../i18n";
import { flag, type CommandContext, type ParsedArgs } from "./command";
import { CHOOSE_COSTING_METHOD, costingMethodOption } from "./options";
import { chosenCostingMethodNote } from "../workbook/costingMethods";
import type { ColumnAdvice } from "../workbook/exportAdvice";
import type { OpenedWorkbook } from "./services";
import type { TableFound } from "../workbook/useCases";
import type { CostingMethodsRead } from "../workbook/costingMethods";
import type { AppendTarget } from "../workbook/write";

export interface Loaded {
  readonly workbook: OpenedWorkbook;
  readonly input: LedgerInput | null;
  readonly ledger: Ledger | null;
  /** What the export lacks, what the tool does without it and how to export it. */
  readonly advice: readonly ColumnAdvice[];
  readonly problems: readonly Problem[];
  readonly tables: readonly TableFound[];
  /** The Value Entries table as read, for appending to it without reading it again. */
  readonly valueEntriesTable?: AppendTarget;
  /** The items the workbook gives no costing method, and --costing-method's for them. */
  readonly costingMethods: CostingMethodsRead;
}

export const isError = (p: Problem): boolean => p.severity === "error";

/**
 * Everything read, replayed where possible; problems collected, nothing thrown for bad content. Items the
 * workbook gives no costing method are costed with --costing-method when the command has it, else an error.
 */
export async function loadWorkbook(ctx: CommandContext, workbookPath: string, args: ParsedArgs): Promise<Loaded> {
  const workbook = await ctx.openWorkbook(workbookPath);
  const { loadLedger } = await import("../workbook/useCases");
  const choice = { defaultCostingMethod: costingMethodOption(args), howToChoose: CHOOSE_COSTING_METHOD };
  return { workbook, ...(await loadLedger(workbook.port, choice)) };
}

/** The line that opens a report costed with --costing-method (null without it). */
export function chosenCostingMethodLine(loaded: Pick<Loaded, "costingMethods">, m: Messages): string | null {
  const chosen = loaded.costingMethods.chosen;
  return chosen ? chosenCostingMethodNote(loaded.costingMethods, `--costing-method ${chosen}`, m) : null;
}

/** The same for --json: the costing method given and the items costed with it, as the object's first key. */
export function chosenCostingMethodJson(loaded: Pick<Loaded, "costingMethods">): Record<string, unknown> {
  const { chosen, missing } = loaded.costingMethods;
  return chosen ? { costingMethodChosen: { costingMethod: chosen, items: missing } } : {};
}

/** What a command did not do, said when the workbook stops it ("nothing was written."). */
export type Consequence = Extract<
  MessageKey,
  | "cli.nothingWritten"
  | "cli.noValuation"
  | "cli.noAverage"
  | "cli.nothingExplained"
  | "cli.nothingPosted"
  | "cli.nothingPreviewed"
>;

/**
 * As loadWorkbook, but a workbook with errors stops the command (exit 1); warnings go to standard error. With
 * --costing-method (and no --json) the first line of the output says which items took it.
 */
export async function loadLedger(
  ctx: CommandContext,
  workbookPath: string,
  consequence: Consequence,
  args: ParsedArgs,
): Promise<Loaded & { ledger: Ledger }> {
  const loaded = await loadWorkbook(ctx, workbookPath, args);
  const errors = loaded.problems.filter(isError);
  const m = ctx.messages;
  if (errors.length > 0 || !loaded.ledger) {
    const said = { workbook: workbookPath, consequence: m.t(consequence) };
    throw new InputError(
      errors.length > 0 ? say("cli.loadProblems", { ...said, count: errors.length }) : say("cli.loadUnreadable", said),
      loaded.problems,
    );
  }
  for (const line of problemLines(loaded.problems, workbookPath, m)) ctx.io.stderr.write(line + "\n");
  const note = chosenCostingMethodLine(loaded, m);
  if (note && !flag(args, "json")) ctx.io.stdout.write(note + "\n");
  return { ...loaded, ledger: loaded.ledger };
}
