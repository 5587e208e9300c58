// costing avgcost <workbook> --item <no> --date <YYYY-MM-DD> [--location <code>] [--variant <code>] [--json]
import { EN } from "../../i18n";
import type { Command } from "../command";
import { flag } from "../command";
import { EXIT_OK } from "../errors";
import { amount, quantity, table, unitCost } from "../format";
import { printer } from "../io";
import { loadLedger } from "../load";
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
  summary: EN["summary.avgcost"],
  options: AVERAGE_OPTIONS,
  positionals: ["workbook"],
  async run(args, ctx) {
    const { workbook, query } = averageQuery(avgcost, args);
    const { ledger } = await loadLedger(ctx, workbook, "cli.noAverage");
    const { averageCostAt } = await import("../../engine");
    const r = averageCostAt(ledger, query);
    const out = printer(ctx.io.stdout);
    if (flag(args, "json")) {
      out(JSON.stringify(averageJson(r), null, 2));
      return EXIT_OK;
    }
    const m = ctx.messages;
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
