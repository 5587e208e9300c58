// costing preview <workbook> [--json]: what posting the Revaluation Journal would do, without writing anything.
import { EN } from "../../i18n";
import type { ValueEntry } from "../../engine/model";
import { type Command, checkPositionals, flag } from "../command";
import { EXIT_OK } from "../errors";
import { amount, problemLine, quantity, table, unitCost } from "../format";
import { printer } from "../io";
import { cliNextSteps, succeeded } from "../journal";
import { chosenCostingMethodJson, loadLedger } from "../load";
import { COSTING_METHOD_SPEC, JSON_SPEC } from "../options";

function entryJson(v: ValueEntry, kind: "Revaluation" | "Adjustment"): Record<string, unknown> {
  return {
    entryNo: v.entryNo,
    kind,
    itemNo: v.itemNo,
    itemLedgerEntryNo: v.itemLedgerEntryNo,
    itemLedgerEntryType: v.itemLedgerEntryType,
    entryType: v.entryType,
    postingDate: v.postingDate,
    valuationDate: v.valuationDate,
    locationCode: v.locationCode,
    variantCode: v.variantCode,
    valuedQuantity: quantity(v.valuedQuantity),
    costAmountActual: amount(v.costAmountActual),
    costAmountExpected: amount(v.costAmountExpected),
    costPerUnit: v.costPerUnit === null ? null : unitCost(v.costPerUnit),
  };
}

export const preview: Command = {
  name: "preview",
  writes: false,
  summary: EN["summary.preview"],
  about:
    "Shows the value entries posting would create (revaluations, and the adjustments Adjust Cost would then " +
    "post), each item's inventory value on the posting date and cost of goods sold before and after, and the " +
    "changes per item and month. The workbook is only read.",
  options: { "costing-method": COSTING_METHOD_SPEC, json: JSON_SPEC },
  positionals: ["workbook"],
  async run(args, ctx) {
    checkPositionals(preview, args);
    const [workbookPath] = args.positionals;
    const m = ctx.messages;
    const loaded = await loadLedger(ctx, workbookPath, "cli.nothingPreviewed", args);
    const { workbook, ledger } = loaded;
    const { readJournalForPosting, previewJournal } = await import("../../workbook/useCases");
    const next = cliNextSteps(workbookPath, m);
    const journal = succeeded(await readJournalForPosting(workbook.port, ledger, next, "preview")).value;
    const previewed = succeeded(previewJournal(ledger, journal, next));
    for (const w of previewed.warnings) ctx.io.stderr.write(problemLine(w, m) + "\n");
    const p = previewed.value;
    const lines = journal.lines;
    const date = lines.reduce((d, l) => (l.postingDate > d ? l.postingDate : d), "");
    const moving = lines.filter((l) => l.amount !== 0n && l.quantity !== 0n).length;
    const entries = [
      ...p.revaluationEntries.map((v) => ({ v, kind: "Revaluation" as const })),
      ...p.adjustmentEntries.map((v) => ({ v, kind: "Adjustment" as const })),
    ];
    const out = printer(ctx.io.stdout);

    if (flag(args, "json")) {
      const json = {
        ...chosenCostingMethodJson(loaded),
        workbook: workbookPath,
        postingDate: date,
        documentNo: [...new Set(lines.map((l) => l.documentNo))].join(", "),
        lines: lines.length,
        linesWithAmount: moving,
        amount: amount(lines.reduce((t, l) => t + l.amount, 0n)),
        valueEntries: entries.map(({ v, kind }) => entryJson(v, kind)),
        items: p.items.map((i) => ({
          itemNo: i.itemNo,
          inventoryBefore: amount(i.inventoryBefore),
          inventoryAfter: amount(i.inventoryAfter),
          inventoryChange: amount(i.inventoryAfter - i.inventoryBefore),
          cogsBefore: amount(i.cogsBefore),
          cogsAfter: amount(i.cogsAfter),
          cogsChange: amount(i.cogsAfter - i.cogsBefore),
        })),
        months: p.months.map((m) => ({
          itemNo: m.itemNo,
          month: m.month,
          inventoryValueChange: amount(m.inventoryValueChange),
          cogsChange: amount(m.cogsChange),
        })),
      };
      out(JSON.stringify(json, null, 2));
      return EXIT_OK;
    }

    const d = (x: string) => m.decimal(x);
    out(m.t("preview.heading", { workbook: workbookPath }));
    out(
      moving < lines.length
        ? m.t("preview.linesMoving", { date: m.date(date), count: lines.length, moving })
        : m.t("preview.lines", { date: m.date(date), count: lines.length }),
    );
    out("");
    if (p.revaluationEntries.length === 0) {
      out(m.t("preview.none"));
      out(m.t("preview.enterCost"));
      return EXIT_OK;
    }
    out(m.t("preview.entries"));
    const veHeaders = [
      m.caption("Entry No."),
      m.t("preview.kind"),
      m.caption("Item No."),
      m.caption("Item Ledger Entry No."),
      m.caption("Posting Date"),
      m.caption("Valuation Date"),
      m.caption("Valued Quantity"),
      m.caption("Cost Amount (Actual)"),
      m.caption("Cost Amount (Expected)"),
    ];
    const veAlign = veHeaders.map((_, i) => ([1, 2, 4, 5].includes(i) ? "left" : "right") as "left" | "right");
    const veRows = entries.map(({ v, kind }) => [
      String(v.entryNo),
      m.t(kind === "Revaluation" ? "preview.revaluation" : "preview.adjustment"),
      v.itemNo,
      String(v.itemLedgerEntryNo),
      m.date(v.postingDate),
      m.date(v.valuationDate),
      d(quantity(v.valuedQuantity)),
      d(amount(v.costAmountActual)),
      d(amount(v.costAmountExpected)),
    ]);
    for (const line of table(veHeaders, veRows, veAlign)) out("  " + line);
    if (p.adjustmentEntries.length > 0) {
      out(m.t("preview.adjustmentsNote1"));
      out(m.t("preview.adjustmentsNote2"));
    }
    out("");
    out(m.t("preview.perItem", { date: m.date(date) }));
    const after = m.t("preview.after");
    const change = m.t("preview.change");
    const itemHeaders = [
      m.caption("Item No."),
      m.t("preview.inventoryBefore"),
      after,
      change,
      m.t("preview.cogsBefore"),
      after,
      change,
    ];
    const itemAlign = itemHeaders.map((_, i) => (i === 0 ? "left" : "right") as "left" | "right");
    // Items on the journal, and any other whose value or cost of goods sold the journal changes.
    const onJournal = new Set(lines.map((l) => l.itemNo));
    const shown = p.items.filter(
      (i) => onJournal.has(i.itemNo) || !(i.inventoryAfter === i.inventoryBefore) || !(i.cogsAfter === i.cogsBefore),
    );
    const itemRows = shown.map((i) => [
      i.itemNo,
      d(amount(i.inventoryBefore)),
      d(amount(i.inventoryAfter)),
      d(amount(i.inventoryAfter - i.inventoryBefore)),
      d(amount(i.cogsBefore)),
      d(amount(i.cogsAfter)),
      d(amount(i.cogsAfter - i.cogsBefore)),
    ]);
    for (const line of table(itemHeaders, itemRows, itemAlign)) out("  " + line);
    out("");
    out(m.t("preview.perMonth"));
    const monthHeaders = [
      m.caption("Item No."),
      m.t("preview.month"),
      m.t("preview.inventoryChange"),
      m.t("preview.cogsChange"),
    ];
    const monthRows = p.months.map((x) => [
      x.itemNo,
      x.month,
      d(amount(x.inventoryValueChange)),
      d(amount(x.cogsChange)),
    ]);
    for (const line of table(monthHeaders, monthRows, ["left", "left", "right", "right"])) out("  " + line);
    out("");
    out(m.t("preview.nothingWritten", { workbook: workbookPath }));
    return EXIT_OK;
  },
};
