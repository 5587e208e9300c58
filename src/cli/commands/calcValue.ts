// costing calc-value <workbook> --date <YYYY-MM-DD> [...]: Calculate Inventory Value into the Revaluation Journal.
import type { CalculateInventoryValueOptions, CalculationBase } from "../../engine";
import { type Command, checkPositionals, dateOption, flag, listOption, stringOption } from "../command";
import { EXIT_OK, UsageError } from "../errors";
import { amount, plural, problemLine, quantity, table, unitCost } from "../format";
import { printer } from "../io";
import { cliNextSteps, succeeded } from "../journal";
import { loadLedger } from "../load";
import { outOption, writtenTo } from "../outPath";
import { COSTING_METHOD_SPEC, dateSpec, outSpec } from "../options";
import { timePhase } from "../../workbook/phases";

const BASES: Record<string, CalculationBase> = {
  "last-direct-cost": "Last Direct Unit Cost",
  "standard-cost": "Standard Cost",
};

/** Lines shown in the summary; the rest are in the journal. */
const SHOWN = 20;

export const calcValue: Command = {
  name: "calc-value",
  writes: true,
  summary: "Calculate Inventory Value: write the Revaluation Journal for a date",
  about:
    "Then enter the new Unit Cost (Revalued), or Inventory Value (Revalued), on the journal's lines (the " +
    '"Revaluation Journal" sheet, or "Revaluation Journal.csv"), and run costing preview and costing post.',
  options: {
    date: dateSpec("the revaluation's posting date: quantity and value as of that date"),
    per: {
      type: "string",
      choices: ["item", "entry"],
      description: "one line per item (default), or one per item ledger entry (Applies-to Entry)",
    },
    "by-location": { type: "boolean", description: "per item: one line per item and location" },
    "by-variant": { type: "boolean", description: "per item: one line per item and variant" },
    "document-no": { type: "string", value: "no", description: "the journal's document no. (default REVAL-<date>)" },
    base: {
      type: "string",
      value: "base",
      choices: Object.keys(BASES),
      description:
        "propose Unit Cost (Revalued) from the item's last-direct-cost or standard-cost\n" +
        "(default: the calculated unit cost, so every Amount is 0.00 until you edit it)",
    },
    "update-standard-cost": {
      type: "boolean",
      description: "per item: posting sets the item's Standard Cost to Unit Cost (Revalued)",
    },
    item: { type: "string", multiple: true, value: "no", description: "only this item" },
    location: { type: "string", multiple: true, value: "code", description: "only this location" },
    variant: { type: "string", multiple: true, value: "code", description: "only this variant" },
    replace: {
      type: "boolean",
      description: "replace a journal that is not posted yet (a posted one is always replaced)",
    },
    "costing-method": COSTING_METHOD_SPEC,
    out: outSpec(),
  },
  positionals: ["workbook"],
  async run(args, ctx) {
    checkPositionals(calcValue, args);
    const [workbookPath] = args.positionals;
    const date = dateOption(calcValue, args);
    // Both are one of their choices (parseCommandArgs checked them).
    const per = (stringOption(args, "per") ?? "item").trim().toLowerCase();
    const baseText = stringOption(args, "base")?.trim().toLowerCase();
    const byLocation = flag(args, "by-location");
    const byVariant = flag(args, "by-variant");
    const updateStandardCost = flag(args, "update-standard-cost");
    if (per === "entry") {
      const itemOnly = [
        byLocation && "--by-location",
        byVariant && "--by-variant",
        baseText !== undefined && "--base",
        updateStandardCost && "--update-standard-cost",
      ].filter(Boolean);
      if (itemOnly.length > 0) {
        throw new UsageError(
          `${itemOnly.join(", ")} ${itemOnly.length === 1 ? "applies" : "apply"} to --per item only ` +
            "(a line per entry revalues that entry as it stands).",
          calcValue.name,
        );
      }
    }
    const documentNo = (stringOption(args, "document-no") ?? `REVAL-${date}`).trim();
    if (documentNo === "") throw new UsageError("--document-no needs a document number.", calcValue.name);
    const outPath = outOption(calcValue, args, workbookPath);
    const options: CalculateInventoryValueOptions = {
      postingDate: date,
      documentNo,
      calculatePer: per === "entry" ? "Item Ledger Entry" : "Item",
      byLocation,
      byVariant,
      calculationBase: baseText === undefined ? "" : BASES[baseText],
      updateStandardCost,
      itemNos: listOption(args, "item"),
      locationFilter: listOption(args, "location"),
      variantFilter: listOption(args, "variant"),
    };

    const { workbook, ledger } = await loadLedger(ctx, workbookPath, "nothing was written.", args);
    const { calculateJournal } = await import("../../workbook/useCases");
    const { value, warnings } = succeeded(
      await timePhase("calculate", () =>
        calculateJournal(workbook.port, ledger, options, {
          replace: flag(args, "replace"),
          next: cliNextSteps(workbookPath),
        }),
      ),
    );
    for (const w of warnings) ctx.io.stderr.write(problemLine(w) + "\n");
    const { lines, replaced } = value;
    if (lines.length > 0) await timePhase("save", () => workbook.save(outPath));

    const out = printer(ctx.io.stdout);
    out(`Calculate Inventory Value: ${workbookPath}`);
    const scope = [
      per === "entry" ? "Item Ledger Entry" : "Item",
      byLocation && "by location",
      byVariant && "by variant",
    ].filter(Boolean);
    out(`Posting date:                  ${date}`);
    out(`Document No.:                  ${documentNo}`);
    out(`Calculate per:                 ${scope.join(", ")}`);
    if (lines.length === 0) {
      out("Nothing to revalue: no item has revaluable inventory on that date (completely invoiced receipts left).");
      out("No journal was written; the workbook was not changed.");
      return EXIT_OK;
    }

    const items = [...new Set(lines.map((l) => l.itemNo))];
    const total = lines.reduce((t, l) => t + l.inventoryValueCalculated, 0n);
    const revalued = lines.reduce((t, l) => t + l.amount, 0n);
    const shownItems = items.slice(0, 10).join(", ") + (items.length > 10 ? `, ... (${items.length - 10} more)` : "");
    out(`Lines:                         ${lines.length}`);
    out(`Items:                         ${items.length} (${shownItems})`);
    out(`Inventory Value (Calculated):  ${amount(total)}`);
    if (revalued !== 0n) out(`Amount (from --base):          ${amount(revalued)}`);
    out("");
    const headers = [
      "Item No.",
      ...(per === "entry" ? ["Applies-to Entry"] : []),
      "Location",
      "Variant",
      "Quantity",
      "Unit Cost (Calculated)",
      "Inventory Value (Calculated)",
      "Unit Cost (Revalued)",
    ];
    const align = headers.map((_, i) => (i < headers.length - 5 ? "left" : "right") as "left" | "right");
    const body = lines
      .slice(0, SHOWN)
      .map((l) => [
        l.itemNo,
        ...(per === "entry" ? [String(l.appliesToEntry)] : []),
        l.locationCode,
        l.variantCode,
        quantity(l.quantity),
        unitCost(l.unitCostCalculated),
        amount(l.inventoryValueCalculated),
        unitCost(l.unitCostRevalued),
      ]);
    for (const line of table(headers, body, align)) out("  " + line);
    if (lines.length > SHOWN) out(`  ... and ${lines.length - SHOWN} more lines in the journal`);
    out("");
    if (replaced) {
      out(
        replaced.unposted > 0
          ? `Replaced the earlier journal (${plural(replaced.unposted, "line")} not posted, discarded with --replace).`
          : `Replaced the earlier journal (posted; its Posting Log row stays).`,
      );
    }
    const where = workbook.kind === "xlsx" ? 'the sheet "Revaluation Journal"' : '"Revaluation Journal.csv"';
    out(`Revaluation Journal written to: ${writtenTo(workbookPath, outPath)}`);
    const target = outPath ?? workbookPath;
    out(
      `Next: enter the new Unit Cost (Revalued) (or Inventory Value (Revalued)) on the lines in ${where}; ` +
        `then "costing preview ${target}" shows the effect and "costing post ${target}" posts it.`,
    );
    return EXIT_OK;
  },
};
