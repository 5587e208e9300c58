// costing preview <workbook> [--json]: what posting the Revaluation Journal would do, without writing anything.
import type { ValueEntry } from "../../engine/model";
import { type Command, checkPositionals, flag } from "../command";
import { EXIT_OK } from "../errors";
import { amount, plural, problemLine, quantity, table, unitCost } from "../format";
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
  summary: "What posting the Revaluation Journal would change (nothing is written)",
  about:
    "Shows the value entries posting would create (revaluations, and the adjustments Adjust Cost would then " +
    "post), each item's inventory value on the posting date and cost of goods sold before and after, and the " +
    "changes per item and month. The workbook is only read.",
  options: { "costing-method": COSTING_METHOD_SPEC, json: JSON_SPEC },
  positionals: ["workbook"],
  async run(args, ctx) {
    checkPositionals(preview, args);
    const [workbookPath] = args.positionals;
    const loaded = await loadLedger(ctx, workbookPath, "nothing was previewed.", args);
    const { workbook, ledger } = loaded;
    const { readJournalForPosting, previewJournal } = await import("../../workbook/useCases");
    const next = cliNextSteps(workbookPath);
    const journal = succeeded(await readJournalForPosting(workbook.port, ledger, next, "preview")).value;
    const previewed = succeeded(previewJournal(ledger, journal, next));
    for (const w of previewed.warnings) ctx.io.stderr.write(problemLine(w) + "\n");
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

    out(`Preview of the Revaluation Journal (nothing is written): ${workbookPath}`);
    out(
      `Posting date ${date}, ${plural(lines.length, "line")}` +
        (moving < lines.length ? `, ${moving} with an Amount other than 0.00` : ""),
    );
    out("");
    if (p.revaluationEntries.length === 0) {
      out("Posting would create no revaluation entries: every line's Amount is 0.00.");
      out('Enter the new Unit Cost (Revalued) on the lines to revalue, then run "costing preview" again.');
      return EXIT_OK;
    }
    out("Value entries posting would create:");
    const veHeaders = [
      "Entry No.",
      "Kind",
      "Item No.",
      "Item Ledger Entry No.",
      "Posting Date",
      "Valuation Date",
      "Valued Quantity",
      "Cost Amount (Actual)",
      "Cost Amount (Expected)",
    ];
    const veAlign = veHeaders.map((_, i) => ([1, 2, 4, 5].includes(i) ? "left" : "right") as "left" | "right");
    const veRows = entries.map(({ v, kind }) => [
      String(v.entryNo),
      kind,
      v.itemNo,
      String(v.itemLedgerEntryNo),
      v.postingDate,
      v.valuationDate,
      quantity(v.valuedQuantity),
      amount(v.costAmountActual),
      amount(v.costAmountExpected),
    ]);
    for (const line of table(veHeaders, veRows, veAlign)) out("  " + line);
    if (p.adjustmentEntries.length > 0) {
      out("  (Adjustments: everything Adjust Cost - Item Entries would post after the revaluation, including what it");
      out('  would post without it; run "costing adjust" first to see only the journal\'s.)');
    }
    out("");
    out(`Per item: inventory value on ${date} (by valuation date) and cost of goods sold, before and after:`);
    const itemHeaders = ["Item No.", "Inventory before", "after", "change", "COGS before", "after", "change"];
    const itemAlign = itemHeaders.map((_, i) => (i === 0 ? "left" : "right") as "left" | "right");
    // Items on the journal, and any other whose value or cost of goods sold the journal changes.
    const onJournal = new Set(lines.map((l) => l.itemNo));
    const shown = p.items.filter(
      (i) => onJournal.has(i.itemNo) || !(i.inventoryAfter === i.inventoryBefore) || !(i.cogsAfter === i.cogsBefore),
    );
    const itemRows = shown.map((i) => [
      i.itemNo,
      amount(i.inventoryBefore),
      amount(i.inventoryAfter),
      amount(i.inventoryAfter - i.inventoryBefore),
      amount(i.cogsBefore),
      amount(i.cogsAfter),
      amount(i.cogsAfter - i.cogsBefore),
    ]);
    for (const line of table(itemHeaders, itemRows, itemAlign)) out("  " + line);
    out("");
    out("Changes per item and month (by posting date):");
    const monthHeaders = ["Item No.", "Month", "Inventory value change", "COGS change"];
    const monthRows = p.months.map((m) => [m.itemNo, m.month, amount(m.inventoryValueChange), amount(m.cogsChange)]);
    for (const line of table(monthHeaders, monthRows, ["left", "left", "right", "right"])) out("  " + line);
    out("");
    out(`Nothing was written. "costing post ${workbookPath}" posts the journal.`);
    return EXIT_OK;
  },
};
