// costing calc-value <workbook> --date <YYYY-MM-DD> [...]: Calculate Inventory Value into the Revaluation Journal.
import { EN } from "../../i18n";
import type { CalculateInventoryValueOptions, CalculationBase } from "../../engine";
import { type Command, checkPositionals, dateOption, flag, listOption, stringOption } from "../command";
import { EXIT_OK, UsageError } from "../errors";
import { say } from "../../i18n";
import { entryList } from "../../workbook/useCases/wording";
import { amount, fieldLines, problemLine, quantity, table, unitCost } from "../format";
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
  summary: EN["summary.calc-value"],
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
          say("cli.perItemOnly", { options: itemOnly.join(", "), count: itemOnly.length }),
          calcValue.name,
        );
      }
    }
    const documentNo = (stringOption(args, "document-no") ?? `REVAL-${date}`).trim();
    if (documentNo === "") throw new UsageError(say("cli.documentNoEmpty"), calcValue.name);
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

    const m = ctx.messages;
    const { workbook, ledger } = await loadLedger(ctx, workbookPath, "cli.nothingWritten", args);
    const { calculateJournal } = await import("../../workbook/useCases");
    const { value, warnings } = succeeded(
      await timePhase("calculate", () =>
        calculateJournal(workbook.port, ledger, options, {
          replace: flag(args, "replace"),
          next: cliNextSteps(workbookPath, m),
        }),
      ),
    );
    for (const w of warnings) ctx.io.stderr.write(problemLine(w, m) + "\n");
    const { lines, replaced } = value;
    if (lines.length > 0) await timePhase("save", () => workbook.save(outPath));

    const out = printer(ctx.io.stdout);
    const d = (x: string) => m.decimal(x);
    out(m.t("calc.heading", { workbook: workbookPath }));
    const scope = [
      per === "entry" ? m.t("calc.perEntry") : m.t("calc.perItem"),
      byLocation && m.t("calc.byLocation"),
      byVariant && m.t("calc.byVariant"),
    ].filter(Boolean);
    const WIDTH = 31; // the column of the summary's values
    const head: [string, string][] = [
      [m.t("calc.postingDate"), m.date(date)],
      [m.t("calc.documentNo"), documentNo],
      [m.t("calc.per"), scope.join(", ")],
    ];
    if (lines.length === 0) {
      for (const line of fieldLines(head, WIDTH)) out(line);
      out(m.t("calc.nothing"));
      out(m.t("calc.noJournal"));
      return EXIT_OK;
    }

    const items = [...new Set(lines.map((l) => l.itemNo))];
    const total = lines.reduce((t, l) => t + l.inventoryValueCalculated, 0n);
    const revalued = lines.reduce((t, l) => t + l.amount, 0n);
    const summary: [string, string][] = [
      ...head,
      [m.t("calc.lines"), m.count(lines.length)],
      [m.t("calc.items"), `${m.count(items.length)} (${entryList(items, 10, m)})`],
      [m.t("calc.inventoryValue"), d(amount(total))],
      ...(revalued !== 0n ? [[m.t("calc.amountFromBase"), d(amount(revalued))] as [string, string]] : []),
    ];
    for (const line of fieldLines(summary, WIDTH)) out(line);
    out("");
    const headers = [
      m.caption("Item No."),
      ...(per === "entry" ? [m.caption("Applies-to Entry")] : []),
      m.t("col.location"),
      m.t("col.variant"),
      m.caption("Quantity"),
      m.caption("Unit Cost (Calculated)"),
      m.caption("Inventory Value (Calculated)"),
      m.caption("Unit Cost (Revalued)"),
    ];
    const align = headers.map((_, i) => (i < headers.length - 5 ? "left" : "right") as "left" | "right");
    const body = lines
      .slice(0, SHOWN)
      .map((l) => [
        l.itemNo,
        ...(per === "entry" ? [String(l.appliesToEntry)] : []),
        l.locationCode,
        l.variantCode,
        d(quantity(l.quantity)),
        d(unitCost(l.unitCostCalculated)),
        d(amount(l.inventoryValueCalculated)),
        d(unitCost(l.unitCostRevalued)),
      ]);
    for (const line of table(headers, body, align)) out("  " + line);
    if (lines.length > SHOWN) out(m.t("calc.moreLines", { count: lines.length - SHOWN }));
    out("");
    if (replaced) {
      out(
        replaced.unposted > 0 ? m.t("calc.replacedUnposted", { count: replaced.unposted }) : m.t("calc.replacedPosted"),
      );
    }
    out(m.t("calc.writtenTo", { where: writtenTo(workbookPath, outPath, m) }));
    const target = outPath ?? workbookPath;
    out(m.t(workbook.kind === "xlsx" ? "calc.nextSheet" : "calc.nextCsv", { target }));
    return EXIT_OK;
  },
};
