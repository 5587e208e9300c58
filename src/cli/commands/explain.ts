// costing explain: the pool behind an average, like Business Central's Average Cost Calc. Overview.
import type { Command } from "../command";
import { flag } from "../command";
import { EXIT_OK } from "../errors";
import { amount, quantity, table, unitCost } from "../format";
import { printer } from "../io";
import { chosenCostingMethodJson, loadLedger } from "../load";
import { AVERAGE_OPTIONS, averageQuery, scopeText } from "./averageQuery";
import { averageJson } from "./avgcost";

export const explain: Command = {
  name: "explain",
  writes: false,
  summary: "The pool behind an average: opening, each inbound, each outbound valued, closing",
  options: AVERAGE_OPTIONS,
  positionals: ["workbook"],
  async run(args, ctx) {
    const { workbook, query } = averageQuery(explain, args);
    const loaded = await loadLedger(ctx, workbook, "nothing was explained.", args);
    const { ledger } = loaded;
    const { explainAverageCost } = await import("../../engine");
    const r = explainAverageCost(ledger, query);
    const out = printer(ctx.io.stdout);
    if (flag(args, "json")) {
      const json = {
        ...chosenCostingMethodJson(loaded),
        ...averageJson(r),
        opening: { quantity: quantity(r.opening.quantity), value: amount(r.opening.value) },
        lines: r.lines.map((l) => ({
          kind: l.kind,
          itemLedgerEntryNo: l.itemLedgerEntryNo,
          entryType: l.entryType,
          postingDate: l.postingDate,
          valuationDate: l.valuationDate,
          quantity: quantity(l.quantity),
          value: amount(l.value),
        })),
        closing: { quantity: quantity(r.closing.quantity), value: amount(r.closing.value) },
      };
      out(JSON.stringify(json, null, 2));
      return EXIT_OK;
    }
    out(`Average cost calculation of ${scopeText(r)}`);
    out(`Period ${r.period.start} .. ${r.period.end} (Average Cost Calc. Type ${r.calcType})`);
    out();
    const rows: string[][] = [
      ["", "Opening (before the period)", "", "", "", quantity(r.opening.quantity), amount(r.opening.value)],
      ...r.lines.map((l) => [
        String(l.itemLedgerEntryNo),
        l.kind,
        l.entryType,
        l.postingDate,
        l.valuationDate,
        quantity(l.quantity),
        amount(l.value),
      ]),
      ["", "Closing", "", "", "", quantity(r.closing.quantity), amount(r.closing.value)],
    ];
    const headers = ["Entry No.", "Line", "Entry Type", "Posting Date", "Valuation Date", "Quantity", "Value"];
    for (const line of table(headers, rows, ["right", "left", "left", "left", "left", "right", "right"])) out(line);
    out();
    out(
      r.unitCost === null
        ? "Average unit cost: none (no quantity in the period's pool)."
        : `Average unit cost: ${unitCost(r.unitCost)} (value ${amount(r.value)} / quantity ${quantity(r.quantity)})`,
    );
    return EXIT_OK;
  },
};
