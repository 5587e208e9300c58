// Open a workbook, read its tables and replay the ledger (the loadLedger use case, loaded here on first use):
// the first steps of every command.
import type { Ledger, LedgerInput, Problem } from "../engine/model";
import { InputError } from "./errors";
import { plural, problemLines } from "./format";
import type { CommandContext } from "./command";
import type { ColumnAdvice } from "../workbook/exportAdvice";
import type { OpenedWorkbook } from "./services";
import type { TableFound } from "../workbook/useCases";
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
}

export const isError = (p: Problem): boolean => p.severity === "error";

/** Everything read, replayed where possible; problems collected, nothing thrown for bad content. */
export async function loadWorkbook(ctx: CommandContext, workbookPath: string): Promise<Loaded> {
  const workbook = await ctx.openWorkbook(workbookPath);
  const { loadLedger } = await import("../workbook/useCases");
  return { workbook, ...(await loadLedger(workbook.port)) };
}

/** As loadWorkbook, but a workbook with errors stops the command (exit 1); warnings go to standard error. */
export async function loadLedger(
  ctx: CommandContext,
  workbookPath: string,
  consequence: string,
): Promise<Loaded & { ledger: Ledger }> {
  const loaded = await loadWorkbook(ctx, workbookPath);
  const errors = loaded.problems.filter(isError);
  if (errors.length > 0 || !loaded.ledger) {
    const what =
      errors.length > 0 ? `has ${plural(errors.length, "problem")} that must be fixed first` : "could not be read";
    throw new InputError(
      `The workbook "${workbookPath}" ${what}; ` +
        `${consequence} Correct the cells named below (or run "costing check ${workbookPath}" for the full report) ` +
        `and run the command again.`,
      loaded.problems,
    );
  }
  for (const line of problemLines(loaded.problems, workbookPath)) ctx.io.stderr.write(line + "\n");
  return { ...loaded, ledger: loaded.ledger };
}
