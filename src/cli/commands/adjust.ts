// costing adjust <workbook> [--out <path>]: run Adjust Cost - Item Entries and append the new value entries.
import { EN } from "../../i18n";
import { type Command, checkPositionals } from "../command";
import { EXIT_OK } from "../errors";
import { amount, fieldLines } from "../format";
import { printer } from "../io";
import { loadLedger } from "../load";
import { outOption, writtenTo } from "../outPath";
import { COSTING_METHOD_SPEC, outSpec } from "../options";
import { entryList, unsettledMessage } from "../../workbook/useCases/wording";
import { cliNextSteps } from "../journal";
import { timePhase } from "../../workbook/phases";

export const adjust: Command = {
  name: "adjust",
  writes: true,
  summary: EN["summary.adjust"],
  options: { "costing-method": COSTING_METHOD_SPEC, out: outSpec("the adjusted workbook") },
  positionals: ["workbook"],
  async run(args, ctx) {
    checkPositionals(adjust, args);
    const [workbookPath] = args.positionals;
    const outPath = outOption(adjust, args, workbookPath);

    const out = printer(ctx.io.stdout);
    const m = ctx.messages;
    // Only what adjusting needs is kept (not the tables as read: the ledger holds what the engine needs).
    const { workbook, ledger, valueEntriesTable } = await loadLedger(ctx, workbookPath, "cli.nothingWritten", args);
    const { adjustCostItemEntries } = await import("../../engine");
    const { appendValueEntries } = await import("../../workbook/useCases");
    const bar = ctx.progress(m.t("adjust.progress"));
    let result;
    try {
      result = timePhase("adjust", () =>
        adjustCostItemEntries(ledger, { onProgress: (done, total) => bar.update(done, total) }),
      );
    } finally {
      bar.finish();
    }
    const created = result.newValueEntries;
    out(m.t("adjust.heading", { workbook: workbookPath }));
    for (const u of result.unsettled)
      out(m.t("problem.warning", { message: unsettledMessage(u, cliNextSteps(workbookPath, m)) }));
    if (created.length === 0) {
      out(m.t("adjust.nothing"));
      if (outPath !== undefined) {
        await timePhase("save", () => workbook.save(outPath));
        out(m.t("adjust.copied", { out: outPath }));
      } else {
        out(m.t("adjust.unchanged"));
      }
      return EXIT_OK;
    }

    // The Value Entries table as loaded: nothing has changed it since, so it is not read again.
    await timePhase("append", () => appendValueEntries(workbook.port, ledger, created, valueEntriesTable));
    await timePhase("save", () => workbook.save(outPath));
    const first = created[0].entryNo;
    const last = created[created.length - 1].entryNo;
    const items = result.itemsAdjusted;
    const shown = items.length ? ` (${entryList(items, 10, m)})` : "";
    for (const line of fieldLines([
      [m.t("adjust.items"), m.count(items.length) + shown],
      [m.t("adjust.created"), m.t("adjust.range", { count: created.length, first: String(first), last: String(last) })],
      [m.t("adjust.total"), m.decimal(amount(result.totalAmount))],
      [m.t("adjust.writtenTo"), writtenTo(workbookPath, outPath, m)],
    ]))
      out(line);
    out(m.t("adjust.appended", { count: created.length }));
    return EXIT_OK;
  },
};
