// costing post --finish / --rollback: the two ways out of an interrupted post (its value entries appended, no
// Posting Log row), as the task pane offers them. Finishing completes it (Adjust Cost, items, Posting Log,
// journal marked posted); rolling back deletes the rows it appended, so the journal can be posted again.
import type { ValueEntry } from "../../engine/model";
import type { Fixed } from "../../engine/money";
import type { CommandContext, ParsedArgs } from "../command";
import { EXIT_OK, InputError } from "../errors";
import { amount, fieldLines } from "../format";
import { say } from "../../i18n";
import { printer } from "../io";
import { cliNextSteps, succeeded } from "../journal";
import { loadLedger } from "../load";
import { writtenTo } from "../outPath";
import { timePhase } from "../../workbook/phases";

export interface Repair {
  readonly workbookPath: string;
  readonly outPath: string | undefined;
  /** The command line (its --costing-method). */
  readonly args: ParsedArgs;
}

const range = (first: number, last: number): string => (first === last ? `${first}` : `${first}..${last}`);

const total = (entries: readonly ValueEntry[]): Fixed =>
  entries.reduce((t, v) => t + v.costAmountActual + v.costAmountExpected, 0n);

/** The workbook's interrupted post, or an InputError saying there is nothing to `what` (nothing is written). */
async function interruptedPost(ctx: CommandContext, { workbookPath, args }: Repair, what: "finish" | "roll back") {
  const loaded = await loadLedger(ctx, workbookPath, "cli.nothingWritten", args);
  const { readInterruptedPost } = await import("../../workbook/useCases");
  const state = await readInterruptedPost(loaded.workbook.port, loaded.ledger);
  if (!state) {
    throw new InputError(
      say(what === "finish" ? "repair.nothing" : "repair.nothingToRollBack", { workbook: workbookPath }),
    );
  }
  return { ...loaded, ...state };
}

export async function finishPost(ctx: CommandContext, repair: Repair, adjust: boolean): Promise<number> {
  const { workbookPath, outPath } = repair;
  const { workbook, ledger, journal, found } = await interruptedPost(ctx, repair, "finish");
  const { finishInterruptedPost, interruptedMessage } = await import("../../workbook/useCases");
  const m = ctx.messages;
  if (!found.complete) {
    const message = interruptedMessage(found, journal.label, cliNextSteps(workbookPath, m));
    throw new InputError(say("repair.cannotFinish", { message }));
  }
  const { appended, notes } = succeeded(
    await timePhase("post", () => finishInterruptedPost(workbook.port, ledger, journal, found, { adjust })),
  ).value;
  await timePhase("save", () => workbook.save(outPath));

  for (const n of notes) ctx.io.stderr.write(m.t("problem.warning", { message: n }) + "\n");
  const out = printer(ctx.io.stdout);
  const revaluations = found.revaluationEntries;
  const lastLogged = appended.length > 0 ? appended[appended.length - 1].entryNo : found.lastEntryNo;
  const money = (entries: readonly ValueEntry[]) => m.decimal(amount(total(entries)));
  out(m.t("repair.finished", { journal: journal.label, workbook: workbookPath }));
  const rows: [string, string][] = [
    [m.t("post.documentNo"), found.documentNos.join(", ")],
    [
      m.t("repair.valueEntriesPosted"),
      m.t("repair.appendedBy", {
        range: range(found.firstEntryNo, found.lastEntryNo),
        count: revaluations.length,
        amount: money(revaluations),
      }),
    ],
  ];
  if (!adjust) rows.push([m.t("post.adjustCost"), m.t("post.notAdjusted")]);
  else if (appended.length === 0) rows.push([m.t("post.adjustmentEntries"), m.t("repair.noneMore")]);
  else
    rows.push([
      m.t("post.adjustmentEntries"),
      m.t("repair.adjustments", {
        count: appended.length,
        range: range(appended[0].entryNo, lastLogged),
        amount: money(appended),
      }),
    ]);
  rows.push([m.t("post.postingLog"), m.t("repair.logRow", { range: range(found.firstEntryNo, lastLogged) })]);
  rows.push([m.t("post.writtenTo"), writtenTo(workbookPath, outPath, m)]);
  for (const line of fieldLines(rows, 26)) out(line);
  out(m.t("repair.markedPosted"));
  return EXIT_OK;
}

export async function rollBackPost(ctx: CommandContext, repair: Repair): Promise<number> {
  const { workbookPath, outPath } = repair;
  const { workbook, journal, found } = await interruptedPost(ctx, repair, "roll back");
  const { rollBackInterruptedPost } = await import("../../workbook/useCases");
  const deleted = succeeded(await rollBackInterruptedPost(workbook.port, found)).value;
  await timePhase("save", () => workbook.save(outPath));

  const out = printer(ctx.io.stdout);
  const m = ctx.messages;
  const target = outPath ?? workbookPath;
  out(m.t("repair.rolledBack", { journal: journal.label, workbook: workbookPath }));
  const deletedEntries = m.t("repair.deletedEntries", {
    count: deleted,
    range: range(found.firstEntryNo, found.lastEntryNo),
    documentNos: found.documentNos.join(", "),
  });
  for (const line of fieldLines(
    [
      [m.t("repair.deleted"), deletedEntries],
      [m.t("post.writtenTo"), writtenTo(workbookPath, outPath, m)],
    ],
    26,
  ))
    out(line);
  out(m.t("repair.notPosted", { target }));
  return EXIT_OK;
}
