// costing post <workbook> [--no-adjust] [--finish | --rollback] [--out <path>]: post the Revaluation Journal, or
// finish or roll back a post that was interrupted.
import { EN } from "../../i18n";
import type { ValueEntry } from "../../engine/model";
import { formatExact, type Fixed } from "../../engine/money";
import { type Command, type CommandContext, checkPositionals, flag } from "../command";
import type { PostSummary } from "../../workbook/useCases";
import { EXIT_OK, UsageError } from "../errors";
import { amount, fieldLines, problemLine } from "../format";
import { say, type Messages } from "../../i18n";
import { printer } from "../io";
import { cliNextSteps, succeeded } from "../journal";
import { loadLedger } from "../load";
import { outOption, writtenTo } from "../outPath";
import { COSTING_METHOD_SPEC, outSpec } from "../options";
import { finishPost, rollBackPost } from "./interruptedPost";
import { timePhase } from "../../workbook/phases";

const range = (entries: readonly ValueEntry[], m: Messages): string =>
  entries.length === 0
    ? ""
    : m.t("post.range", { first: String(entries[0].entryNo), last: String(entries[entries.length - 1].entryNo) });

const total = (entries: readonly ValueEntry[]): Fixed =>
  entries.reduce((t, v) => t + v.costAmountActual + v.costAmountExpected, 0n);

export const post: Command = {
  name: "post",
  writes: true,
  summary: EN["summary.post"],
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
      throw new UsageError(say("cli.finishAndRollback"), post.name);
    }
    if (rollback && !adjust) {
      throw new UsageError(say("cli.noAdjustRollback"), post.name);
    }
    if (finish) return finishPost(ctx, { workbookPath, outPath, args }, adjust);
    if (rollback) return rollBackPost(ctx, { workbookPath, outPath, args });
    const m = ctx.messages;
    // The Value Entries table as loaded: nothing changes it before the post appends to it.
    const { workbook, ledger, valueEntriesTable } = await loadLedger(ctx, workbookPath, "cli.nothingPosted", args);
    const { readJournalForPosting, postJournal } = await import("../../workbook/useCases");
    const next = cliNextSteps(workbookPath, m);
    const journal = succeeded(
      await timePhase("readJournal", () => readJournalForPosting(workbook.port, ledger, next, "post")),
    ).value;
    const posted = succeeded(await postJournal(workbook.port, ledger, journal, { adjust, next, valueEntriesTable }));
    for (const w of posted.warnings) ctx.io.stderr.write(problemLine(w, m) + "\n");
    await timePhase("save", () => workbook.save(outPath));

    printPostSummary(ctx, posted.value, {
      heading: m.t("post.heading", { workbook: workbookPath }),
      workbookPath,
      outPath,
      adjust,
    });
    return EXIT_OK;
  },
};

/** What a post did, as `costing post` prints it (after `heading`): entries, Standard Costs, the Posting Log row. */
export function printPostSummary(
  ctx: CommandContext,
  summary: PostSummary,
  o: {
    readonly heading: string;
    readonly workbookPath: string;
    readonly outPath: string | undefined;
    readonly adjust: boolean;
  },
): void {
  const m = ctx.messages;
  const { workbookPath, outPath, adjust } = o;
  const { result, postedAt, documentNos, created, notes, checksum } = summary;
  for (const n of notes) ctx.io.stderr.write(m.t("problem.warning", { message: n }) + "\n");
  const out = printer(ctx.io.stdout);
  const d = (x: string) => m.decimal(x);
  out(o.heading);
  const entries = (list: readonly ValueEntry[]) => m.t("post.entries", { count: list.length, range: range(list, m) });
  const rows: [string, string][] = [
    [m.t("post.documentNo"), documentNos.join(", ")],
    [
      m.t("post.linesPosted"),
      result.skippedLines
        ? m.t("post.skipped", { count: result.postedLines, skipped: result.skippedLines })
        : m.count(result.postedLines),
    ],
    [
      m.t("post.revaluationEntries"),
      m.t("post.amount", { entries: entries(result.revaluationEntries), amount: d(amount(result.totalAmount)) }),
    ],
  ];
  if (adjust) {
    const adjusted = result.adjustmentEntries;
    const listed = adjusted.length
      ? m.t("post.amount", { entries: entries(adjusted), amount: d(amount(total(adjusted))) })
      : entries(adjusted);
    rows.push([m.t("post.adjustmentEntries"), m.t("post.byAdjustCost", { entries: listed })]);
  } else {
    rows.push([m.t("post.adjustCost"), m.t("post.notAdjusted")]);
  }
  for (const item of result.updatedItems) {
    const cost = d(formatExact(item.standardCost));
    rows.push([
      m.t("post.standardCost"),
      item.costingMethod === "Standard"
        ? m.t("post.standardAndUnitCost", { item: item.no, cost, unitCost: d(formatExact(item.unitCost)) })
        : m.t("post.standardCostValue", { item: item.no, cost }),
    ]);
  }
  rows.push([m.t("post.postingLog"), m.t("post.logged", { postedAt, checksum: checksum.slice(0, 12) })]);
  rows.push([m.t("post.writtenTo"), writtenTo(workbookPath, outPath, m)]);
  for (const line of fieldLines(rows, 26)) out(line);
  out(m.t("post.appended", { count: created.length }));
}
