// costing post <workbook> [--no-adjust] [--finish | --rollback] [--out <path>]: post the Revaluation Journal, or
// finish or roll back a post that was interrupted.
import type { ValueEntry } from "../../engine/model";
import { formatExact, type Fixed } from "../../engine/money";
import { type Command, checkPositionals, flag } from "../command";
import { EXIT_OK, UsageError } from "../errors";
import { amount, plural, problemLine } from "../format";
import { printer } from "../io";
import { cliNextSteps, succeeded } from "../journal";
import { loadLedger } from "../load";
import { outOption, writtenTo } from "../outPath";
import { COSTING_METHOD_SPEC, outSpec } from "../options";
import { finishPost, rollBackPost } from "./interruptedPost";
import { timePhase } from "../../workbook/phases";

const range = (entries: readonly ValueEntry[]): string =>
  entries.length === 0 ? "" : ` (entry no. ${entries[0].entryNo}..${entries[entries.length - 1].entryNo})`;

const total = (entries: readonly ValueEntry[]): Fixed =>
  entries.reduce((t, v) => t + v.costAmountActual + v.costAmountExpected, 0n);

export const post: Command = {
  name: "post",
  writes: true,
  summary: "Post the Revaluation Journal: revaluation value entries, Adjust Cost, Posting Log",
  about:
    "Everything is checked before anything is written: the journal's cells, that it was not posted before " +
    "(Posted = Yes, or its checksum in the Posting Log), and Business Central's posting rules. Then the " +
    "revaluation (and adjustment) value entries are appended to Value Entries, Update Standard Cost lines set " +
    "the items' Standard Cost, a Posting Log row is added, and the journal's lines are marked Posted = Yes." +
    "\n\n" +
    "A post that was interrupted (its value entries appended, but no Posting Log row: the journal is refused " +
    "then, as posting it again would revalue the inventory twice) is finished with --finish or undone with " +
    '--rollback; "costing check" reports one.',
  options: {
    "no-adjust": {
      type: "boolean",
      description:
        "do not run Adjust Cost - Item Entries after posting (the revaluation then reaches the\n" +
        "sales it affects at the next costing adjust)",
    },
    finish: {
      type: "boolean",
      description:
        "finish a post that was interrupted: Adjust Cost - Item Entries (unless --no-adjust), the items' " +
        "Standard Cost, the Posting Log row, the journal marked posted",
    },
    rollback: {
      type: "boolean",
      description:
        "roll back a post that was interrupted: the value entries it appended are deleted, the journal stays unposted",
    },
    "costing-method": COSTING_METHOD_SPEC,
    out: outSpec(),
  },
  positionals: ["workbook"],
  async run(args, ctx) {
    checkPositionals(post, args);
    const [workbookPath] = args.positionals;
    const outPath = outOption(post, args, workbookPath);
    const adjust = !flag(args, "no-adjust");
    const finish = flag(args, "finish");
    const rollback = flag(args, "rollback");
    if (finish && rollback) {
      throw new UsageError("--finish and --rollback exclude each other: give the one you want.", post.name);
    }
    if (rollback && !adjust) {
      throw new UsageError(
        "--no-adjust does nothing with --rollback (a rollback runs no Adjust Cost); leave it away.",
        post.name,
      );
    }
    if (finish) return finishPost(ctx, { workbookPath, outPath, args }, adjust);
    if (rollback) return rollBackPost(ctx, { workbookPath, outPath, args });
    const { workbook, ledger } = await loadLedger(ctx, workbookPath, "nothing was posted.", args);
    const { readJournalForPosting, postJournal } = await import("../../workbook/useCases");
    const next = cliNextSteps(workbookPath);
    const journal = succeeded(
      await timePhase("readJournal", () => readJournalForPosting(workbook.port, ledger, next, "post")),
    ).value;
    const posted = succeeded(await postJournal(workbook.port, ledger, journal, { adjust, next }));
    for (const w of posted.warnings) ctx.io.stderr.write(problemLine(w) + "\n");
    const { result, postedAt, documentNos, created, notes, checksum } = posted.value;
    await timePhase("save", () => workbook.save(outPath));

    for (const n of notes) ctx.io.stderr.write(`Warning: ${n}\n`);
    const out = printer(ctx.io.stdout);
    out(`Posted the Revaluation Journal: ${workbookPath}`);
    out(`Document No.:             ${documentNos.join(", ")}`);
    out(
      `Lines posted:             ${result.postedLines}` +
        (result.skippedLines ? ` (${result.skippedLines} with Amount 0.00 skipped)` : ""),
    );
    out(
      `Revaluation entries:      ${result.revaluationEntries.length}${range(result.revaluationEntries)}, ` +
        `amount ${amount(result.totalAmount)}`,
    );
    if (adjust) {
      out(
        `Adjustment entries:       ${result.adjustmentEntries.length}${range(result.adjustmentEntries)}` +
          (result.adjustmentEntries.length ? `, amount ${amount(total(result.adjustmentEntries))}` : "") +
          " (Adjust Cost - Item Entries)",
      );
    } else {
      out(`Adjust Cost:              not run (--no-adjust); "costing adjust" forwards the revaluation to sales`);
    }
    for (const item of result.updatedItems) {
      out(
        `Standard Cost updated:    ${item.no}: ${formatExact(item.standardCost)}` +
          (item.costingMethod === "Standard" ? ` (Unit Cost ${formatExact(item.unitCost)})` : ""),
      );
    }
    out(`Posting Log:              ${postedAt}, checksum ${checksum.slice(0, 12)}...`);
    out(`Written to:               ${writtenTo(workbookPath, outPath)}`);
    out(
      `${plural(created.length, "value entry", "value entries")} appended to Value Entries; the journal is marked Posted.`,
    );
    return EXIT_OK;
  },
};
