// costing adjust <workbook> [--out <path>]: run Adjust Cost - Item Entries and append the new value entries.
import { type Command, checkPositionals } from "../command";
import { EXIT_OK } from "../errors";
import { amount, plural } from "../format";
import { printer } from "../io";
import { loadLedger } from "../load";
import { outOption } from "../outPath";
import { COSTING_METHOD_SPEC, outSpec } from "../options";
import { unsettledMessage } from "../../workbook/useCases/wording";
import { cliNextSteps } from "../journal";
import { timePhase } from "../../workbook/phases";

export const adjust: Command = {
  name: "adjust",
  writes: true,
  summary: "Run Adjust Cost - Item Entries and append the adjustment value entries",
  options: { "costing-method": COSTING_METHOD_SPEC, out: outSpec("the adjusted workbook") },
  positionals: ["workbook"],
  async run(args, ctx) {
    checkPositionals(adjust, args);
    const [workbookPath] = args.positionals;
    const outPath = outOption(adjust, args, workbookPath);

    const out = printer(ctx.io.stdout);
    // Only what adjusting needs is kept (not the tables as read: the ledger holds what the engine needs).
    const { workbook, ledger, valueEntriesTable } = await loadLedger(ctx, workbookPath, "nothing was written.", args);
    const { adjustCostItemEntries } = await import("../../engine");
    const { appendValueEntries } = await import("../../workbook/useCases");
    const bar = ctx.progress("Adjusting cost");
    let result;
    try {
      result = timePhase("adjust", () =>
        adjustCostItemEntries(ledger, { onProgress: (done, total) => bar.update(done, total) }),
      );
    } finally {
      bar.finish();
    }
    const created = result.newValueEntries;
    out(`Adjust Cost - Item Entries: ${workbookPath}`);
    for (const u of result.unsettled) out(`Warning: ${unsettledMessage(u, cliNextSteps(workbookPath))}`);
    if (created.length === 0) {
      out("Nothing to adjust: every item's cost is already adjusted. No value entries were created.");
      if (outPath !== undefined) {
        await timePhase("save", () => workbook.save(outPath));
        out(`Copied unchanged to: ${outPath}`);
      } else {
        out("The workbook was not changed.");
      }
      return EXIT_OK;
    }

    // The Value Entries table as loaded: nothing has changed it since, so it is not read again.
    await timePhase("append", () => appendValueEntries(workbook.port, ledger, created, valueEntriesTable));
    await timePhase("save", () => workbook.save(outPath));
    const first = created[0].entryNo;
    const last = created[created.length - 1].entryNo;
    const items = result.itemsAdjusted;
    const shown = items.slice(0, 10).join(", ") + (items.length > 10 ? `, ... (${items.length - 10} more)` : "");
    out(`Items adjusted:        ${items.length}${items.length ? ` (${shown})` : ""}`);
    out(`Value entries created: ${created.length} (entry no. ${first}..${last})`);
    out(`Total amount:          ${amount(result.totalAmount)}`);
    out(
      outPath !== undefined
        ? `Written to:            ${outPath} (${workbookPath} is unchanged)`
        : `Written to:            ${workbookPath} (updated in place)`,
    );
    out(`${plural(created.length, "value entry", "value entries")} appended to Value Entries.`);
    return EXIT_OK;
  },
};
