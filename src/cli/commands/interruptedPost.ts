// costing post --finish / --rollback: the two ways out of an interrupted post (its value entries appended, no
// Posting Log row), as the task pane offers them. Finishing completes it (Adjust Cost, items, Posting Log,
// journal marked posted); rolling back deletes the rows it appended, so the journal can be posted again.
import type { ValueEntry } from "../../engine/model";
import type { Fixed } from "../../engine/money";
import type { CommandContext, ParsedArgs } from "../command";
import { EXIT_OK, InputError } from "../errors";
import { amount, plural } from "../format";
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
async function interruptedPost(ctx: CommandContext, { workbookPath, args }: Repair, what: string) {
  const loaded = await loadLedger(ctx, workbookPath, "nothing was written.", args);
  const { readInterruptedPost } = await import("../../workbook/useCases");
  const state = await readInterruptedPost(loaded.workbook.port, loaded.ledger);
  if (!state) {
    throw new InputError(
      `There is nothing to ${what}: the workbook "${workbookPath}" has no interrupted post (value entries of its ` +
        "Revaluation Journal's document no. that no Posting Log row covers). Nothing was written. " +
        `"costing post ${workbookPath}" posts a journal that is not posted yet; "costing check ${workbookPath}" ` +
        "shows what the workbook holds.",
    );
  }
  return { ...loaded, ...state };
}

export async function finishPost(ctx: CommandContext, repair: Repair, adjust: boolean): Promise<number> {
  const { workbookPath, outPath } = repair;
  const { workbook, ledger, journal, found } = await interruptedPost(ctx, repair, "finish");
  const { finishInterruptedPost, interruptedMessage } = await import("../../workbook/useCases");
  if (!found.complete) {
    throw new InputError(
      `${interruptedMessage(found, journal.label, cliNextSteps(workbookPath))} It cannot be finished; nothing ` +
        "was written.",
    );
  }
  const { appended, notes } = succeeded(
    await timePhase("post", () => finishInterruptedPost(workbook.port, ledger, journal, found, { adjust })),
  ).value;
  await timePhase("save", () => workbook.save(outPath));

  for (const n of notes) ctx.io.stderr.write(`Warning: ${n}\n`);
  const out = printer(ctx.io.stdout);
  const revaluations = found.revaluationEntries;
  const lastLogged = appended.length > 0 ? appended[appended.length - 1].entryNo : found.lastEntryNo;
  out(`Finished the interrupted post of the ${journal.label}: ${workbookPath}`);
  out(`Document No.:             ${found.documentNos.join(", ")}`);
  out(
    `Value entries posted:     ${range(found.firstEntryNo, found.lastEntryNo)} (appended by the interrupted post; ` +
      `${plural(revaluations.length, "revaluation entry", "revaluation entries")}, amount ${amount(total(revaluations))})`,
  );
  if (!adjust) {
    out(`Adjust Cost:              not run (--no-adjust); "costing adjust" forwards the revaluation to sales`);
  } else if (appended.length === 0) {
    out("Adjustment entries:       none more (Adjust Cost - Item Entries found nothing left to adjust)");
  } else {
    out(
      `Adjustment entries:       ${appended.length} (entry no. ${range(appended[0].entryNo, lastLogged)}), ` +
        `amount ${amount(total(appended))} (Adjust Cost - Item Entries)`,
    );
  }
  out(`Posting Log:              a row for value entries ${range(found.firstEntryNo, lastLogged)}`);
  out(`Written to:               ${writtenTo(workbookPath, outPath)}`);
  out("The journal is marked Posted.");
  return EXIT_OK;
}

export async function rollBackPost(ctx: CommandContext, repair: Repair): Promise<number> {
  const { workbookPath, outPath } = repair;
  const { workbook, journal, found } = await interruptedPost(ctx, repair, "roll back");
  const { rollBackInterruptedPost } = await import("../../workbook/useCases");
  const deleted = succeeded(await rollBackInterruptedPost(workbook.port, found)).value;
  await timePhase("save", () => workbook.save(outPath));

  const out = printer(ctx.io.stdout);
  const target = outPath ?? workbookPath;
  out(`Rolled back the interrupted post of the ${journal.label}: ${workbookPath}`);
  out(
    `Value entries deleted:    ${deleted} (entry no. ${range(found.firstEntryNo, found.lastEntryNo)}, appended by ` +
      `the interrupted post of document no. ${found.documentNos.join(", ")})`,
  );
  out(`Written to:               ${writtenTo(workbookPath, outPath)}`);
  out(
    `The journal is not posted: "costing preview ${target}" shows what posting it does, "costing post ${target}" ` +
      "posts it.",
  );
  return EXIT_OK;
}
