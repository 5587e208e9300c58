// Open a workbook, read its tables and replay the ledger (the loadLedger use case, loaded here on first use):
// the first steps of every command.
import type { Ledger, LedgerInput, Problem } from "../engine/model";
import { InputError } from "./errors";
import { problemLines } from "./format";
import { say, type MessageKey } from "../i18n";
import type { CommandContext } from "./command";
import type { DerivedNote as DerivedColumn } from "../engine";
import type { OpenedWorkbook } from "./services";
import type { TableFound } from "../workbook/useCases";
import type { AppendTarget } from "../workbook/write";

export interface Loaded {
  readonly workbook: OpenedWorkbook;
  readonly input: LedgerInput | null;
  readonly ledger: Ledger | null;
  readonly derived: readonly DerivedColumn[];
  readonly problems: readonly Problem[];
  readonly tables: readonly TableFound[];
  /** The Value Entries table as read, for appending to it without reading it again. */
  readonly valueEntriesTable?: AppendTarget;
}

export const isError = (p: Problem): boolean => p.severity === "error";

/** Everything read, replayed where possible; problems collected, nothing thrown for bad content. */
export async function loadWorkbook(ctx: CommandContext, workbookPath: string): Promise<Loaded> {
  const workbook = await ctx.openWorkbook(workbookPath);
  const { loadLedger } = await import("../workbook/useCases");
  return { workbook, ...(await loadLedger(workbook.port)) };
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

/** As loadWorkbook, but a workbook with errors stops the command (exit 1); warnings go to standard error. */
export async function loadLedger(
  ctx: CommandContext,
  workbookPath: string,
  consequence: Consequence,
): Promise<Loaded & { ledger: Ledger }> {
  const loaded = await loadWorkbook(ctx, workbookPath);
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
  return { ...loaded, ledger: loaded.ledger };
}
