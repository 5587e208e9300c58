// costing avgcost <workbook> --item <no> --date <YYYY-MM-DD> [--location <code>] [--variant <code>] [--json]
import type { Command } from "../command";
import { flag } from "../command";
import { EXIT_OK } from "../errors";
import { amount, quantity, table, unitCost } from "../format";
import { printer } from "../io";
import { chosenCostingMethodJson, loadLedger } from "../load";
import type { AverageCostAnswer as AverageCost } from "../../engine";
import { AVERAGE_OPTIONS, averageQuery, scopeText } from "./averageQuery";

export function averageJson(r: AverageCost): Record<string, unknown> {
  return {
    itemNo: r.itemNo,
    locationCode: r.locationCode,
    variantCode: r.variantCode,
    period: { start: r.period.start, end: r.period.end },
    calcType: r.calcType,
    quantity: quantity(r.quantity),
    value: amount(r.value),
    unitCost: r.unitCost === null ? null : unitCost(r.unitCost),
  };
}

export const avgcost: Command = {
  name: "avgcost",
  writes: false,
  summary: "The average unit cost of the period that holds a date",
  options: AVERAGE_OPTIONS,
  positionals: ["workbook"],
  async run(args, ctx) {
    const { workbook, query } = averageQuery(avgcost, args);
    const loaded = await loadLedger(ctx, workbook, "no average was calculated.", args);
    const { ledger } = loaded;
    const { averageCostAt } = await import("../../engine");
    const r = averageCostAt(ledger, query);
    const out = printer(ctx.io.stdout);
    if (flag(args, "json")) {
      out(JSON.stringify({ ...chosenCostingMethodJson(loaded), ...averageJson(r) }, null, 2));
      return EXIT_OK;
    }
    out(`Average cost of ${scopeText(r)} on ${query.date}`);
    const rows = [
      ["Average cost period", `${r.period.start} .. ${r.period.end}`],
      ["Average Cost Calc. Type", String(r.calcType)],
      ["Quantity", quantity(r.quantity)],
      ["Value", amount(r.value)],
      ["Unit cost", r.unitCost === null ? "none (no quantity in the period's pool)" : unitCost(r.unitCost)],
    ];
    for (const line of table(["", ""], rows, ["left", "left"]).slice(2)) out("  " + line);
    return EXIT_OK;
  },
};
