// costing post <workbook> [--no-adjust] [--out <path>]: post the Revaluation Journal.
import type { ValueEntry } from "../../engine/model";
import { Decimal } from "../../engine/money";
import { type Command, checkPositionals, flag } from "../command";
import { EXIT_OK, InputError } from "../errors";
import { amount, plural, problemLine } from "../format";
import { printer } from "../io";
import { journalProblems, loadJournal } from "../journal";
import { loadLedger } from "../load";
import { OUT_OPTION_HELP, outOption, writtenTo } from "../outPath";

const range = (entries: readonly ValueEntry[]): string =>
  entries.length === 0 ? "" : ` (entry no. ${entries[0].entryNo}..${entries[entries.length - 1].entryNo})`;

const total = (entries: readonly ValueEntry[]): Decimal =>
  entries.reduce((t, v) => t.plus(v.costAmountActual).plus(v.costAmountExpected), new Decimal(0));

/** Now as an ISO timestamp to the second, in UTC. */
export function postedAtNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
}

export const post: Command = {
  name: "post",
  summary: "Post the Revaluation Journal: revaluation value entries, Adjust Cost, Posting Log",
  usage: [
    "costing post <workbook> [--no-adjust] [--out <path>]",
    "",
    "  --no-adjust    do not run Adjust Cost - Item Entries after posting (the revaluation then reaches the",
    "                 sales it affects at the next costing adjust)",
    OUT_OPTION_HELP,
    "",
    "Everything is checked before anything is written: the journal's cells, that it was not posted before",
    "(Posted = Yes, or its checksum in the Posting Log), and Business Central's posting rules. Then the",
    "revaluation (and adjustment) value entries are appended to Value Entries, Update Standard Cost lines set",
    "the items' Standard Cost, a Posting Log row is added, and the journal's lines are marked Posted = Yes.",
  ].join("\n"),
  options: { "no-adjust": { type: "boolean" }, out: { type: "string", short: "o" } },
  positionals: ["workbook"],
  async run(args, ctx) {
    checkPositionals(post, args);
    const [workbookPath] = args.positionals;
    const outPath = outOption(post, args, workbookPath);
    const adjust = !flag(args, "no-adjust");
    const doing = "nothing was posted.";

    const loaded = await loadLedger(ctx, workbookPath, doing);
    const { services, workbook, ledger } = loaded;
    const { journal, lines, checksum, rounding } = await loadJournal(loaded, workbookPath, doing);
    const moving = lines.filter((l) => !l.amount.isZero() && !l.quantity.isZero());
    if (moving.length === 0) {
      throw new InputError(
        `The ${journal.label} has ${lines.length === 0 ? "no lines" : `no line with an Amount other than 0.00 (${plural(lines.length, "line")})`}, ` +
          `so there is nothing to post; ${doing} Enter the new Unit Cost (Revalued), or Inventory Value (Revalued), ` +
          "on the lines to revalue, then run the command again.",
      );
    }
    const { result, refusals } = services.postRevaluationJournal(ledger, lines, { adjust });
    if (!result) {
      throw new InputError(
        `Posting the ${journal.label} was refused for ${plural(refusals.length, "reason")} below; ${doing}`,
        journalProblems(journal, refusals),
      );
    }
    for (const w of refusals) ctx.io.stderr.write(problemLine(w) + "\n");

    // Everything is known: stage the changes, then write them in one save.
    const created = [...result.revaluationEntries, ...result.adjustmentEntries].sort((a, b) => a.entryNo - b.entryNo);
    await workbook.appendValueEntries(created, rounding);
    const notes = await workbook.updateItems(result.updatedItems, rounding);
    const documentNos = [...new Set(moving.map((l) => l.documentNo))];
    const postedAt = postedAtNow();
    await workbook.appendPostingLog(
      {
        postedAt,
        documentNo: documentNos.join(", "),
        lines: result.postedLines,
        firstEntryNo: created[0]?.entryNo ?? 0,
        lastEntryNo: created[created.length - 1]?.entryNo ?? 0,
        totalAmount: result.totalAmount,
        checksum,
      },
      rounding,
    );
    await workbook.markJournalPosted(journal, rounding);
    await workbook.save(outPath);

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
        `Standard Cost updated:    ${item.no}: ${item.standardCost.toFixed()}` +
          (item.costingMethod === "Standard" ? ` (Unit Cost ${item.unitCost.toFixed()})` : ""),
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
