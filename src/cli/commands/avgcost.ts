// costing avgcost <workbook> --item <no> --date <YYYY-MM-DD> [--location <code>] [--variant <code>] [--json]
import { EN } from "../../i18n";
import type { Command } from "../command";
import { flag } from "../command";
import { EXIT_OK } from "../errors";
import { amount, quantity, table, unitCost } from "../format";
import { printer } from "../io";
import { chosenCostingMethodJson, loadLedger } from "../load";
import { AVERAGE_OPTIONS, averageJson, averageQuery, poolsText, scopeText, withChoice } from "./averageQuery";

export const avgcost: Command = {
  name: "avgcost",
  writes: false,
  summary: EN["summary.avgcost"],
  options: AVERAGE_OPTIONS,
  positionals: ["workbook"],
  async run(args, ctx) {
    const { workbook, query } = averageQuery(avgcost, args);
    const loaded = await loadLedger(ctx, workbook, "cli.noAverage", args);
    const { ledger } = loaded;
    const { averageCostPools } = await import("../../engine");
    const { named, pools } = averageCostPools(ledger, query);
    const out = printer(ctx.io.stdout);
    const m = ctx.messages;
    if (!named) {
      // Calculated per location and variant, asked without them: each pool's average.
      if (flag(args, "json"))
        out(JSON.stringify(withChoice(chosenCostingMethodJson(loaded), pools.map(averageJson)), null, 2));
      else for (const line of poolsText(pools, query.date, "avgcost", m)) out(line);
      return EXIT_OK;
    }
    const r = pools[0];
    if (flag(args, "json")) {
      out(JSON.stringify({ ...chosenCostingMethodJson(loaded), ...averageJson(r) }, null, 2));
      return EXIT_OK;
    }
    out(m.t("average.heading", { scope: scopeText(r, m), date: m.date(query.date) }));
    const rows = [
      [m.t("average.period"), `${m.date(r.period.start)} .. ${m.date(r.period.end)}`],
      [m.caption("Average Cost Calc. Type"), m.enumCaption("averageCostCalcType", String(r.calcType))],
      [m.t("average.quantity"), m.decimal(quantity(r.quantity))],
      [m.t("average.value"), m.decimal(amount(r.value))],
      [m.t("average.unitCost"), r.unitCost === null ? m.t("average.noQuantity") : m.decimal(unitCost(r.unitCost))],
    ];
    for (const line of table(["", ""], rows, ["left", "left"]).slice(2)) out("  " + line);
    return EXIT_OK;
  },
};
