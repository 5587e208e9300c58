// costing avgcost <workbook> --item <no> --date <YYYY-MM-DD> [--location <code>] [--variant <code>] [--json]
import type { Command } from "../command";
import { flag } from "../command";
import { EXIT_OK } from "../errors";
import { amount, quantity, table, unitCost } from "../format";
import { printer } from "../io";
import { chosenCostingMethodJson, loadLedger } from "../load";
import {
  AVERAGE_OPTIONS,
  NO_AVERAGE,
  averageJson,
  averageQuery,
  poolsText,
  scopeText,
  withChoice,
} from "./averageQuery";

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
    const { averageCostPools } = await import("../../engine");
    const { named, pools } = averageCostPools(ledger, query);
    const out = printer(ctx.io.stdout);
    if (!named) {
      // Calculated per location and variant, asked without them: each pool's average.
      if (flag(args, "json"))
        out(JSON.stringify(withChoice(chosenCostingMethodJson(loaded), pools.map(averageJson)), null, 2));
      else for (const line of poolsText(pools, query.date, "avgcost")) out(line);
      return EXIT_OK;
    }
    const r = pools[0];
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
      ["Unit cost", r.unitCost === null ? NO_AVERAGE : unitCost(r.unitCost)],
    ];
    for (const line of table(["", ""], rows, ["left", "left"]).slice(2)) out("  " + line);
    return EXIT_OK;
  },
};
