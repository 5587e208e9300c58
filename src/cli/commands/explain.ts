// costing explain: the pool behind an average, like Business Central's Average Cost Calc. Overview: the opening
// (by source, with the backdated values among it), each entry of the period (backdated ones marked), the closing.
import { EN, type Messages } from "../../i18n";
import type { Command } from "../command";
import { flag } from "../command";
import { EXIT_OK } from "../errors";
import { amount, quantity, table, unitCost } from "../format";
import { printer } from "../io";
import { chosenCostingMethodJson, loadLedger } from "../load";
import type { AverageCostExplanation, Backdating, PoolLine } from "../../engine";
import { averageCostOverview, overviewCellText } from "../../workbook/averageCostOverview";
import { AVERAGE_OPTIONS, averageJson, withChoice, averageQuery, poolsText, scopeText } from "./averageQuery";

export const explain: Command = {
  name: "explain",
  writes: false,
  summary: EN["summary.explain"],
  options: AVERAGE_OPTIONS,
  positionals: ["workbook"],
  async run(args, ctx) {
    const { workbook, query } = averageQuery(explain, args);
    const loaded = await loadLedger(ctx, workbook, "cli.nothingExplained", args);
    const { ledger } = loaded;
    const { explainAverageCostPools } = await import("../../engine");
    const { named, pools } = explainAverageCostPools(ledger, query);
    const out = printer(ctx.io.stdout);
    const m = ctx.messages;
    if (flag(args, "json")) {
      const chosen = chosenCostingMethodJson(loaded);
      const json = named ? { ...chosen, ...explanationJson(pools[0]) } : withChoice(chosen, pools.map(explanationJson));
      out(JSON.stringify(json, null, 2));
      return EXIT_OK;
    }
    if (!named) {
      // Calculated per location and variant, asked without them: each pool's average, then each pool explained.
      for (const line of poolsText(pools, query.date, "explain", m)) out(line);
      for (const r of pools) {
        out();
        for (const line of explanationText(r, m)) out(line);
      }
      return EXIT_OK;
    }
    for (const line of explanationText(pools[0], m)) out(line);
    return EXIT_OK;
  },
};

function backdatingJson(b: Backdating | null): Record<string, unknown> | null {
  return b === null
    ? null
    : {
        valueEntryNo: b.valueEntryNo,
        postingDate: b.postingDate,
        valuationDate: b.valuationDate,
        postedAfter: { ...b.postedAfter },
      };
}

function lineJson(l: PoolLine): Record<string, unknown> {
  return {
    kind: l.kind,
    itemLedgerEntryNo: l.itemLedgerEntryNo,
    entryType: l.entryType,
    postingDate: l.postingDate,
    valuationDate: l.valuationDate,
    quantity: quantity(l.quantity),
    value: amount(l.value),
    backdated: backdatingJson(l.backdated),
  };
}

export function explanationJson(r: AverageCostExplanation): Record<string, unknown> {
  const { opening } = r;
  return {
    ...averageJson(r),
    opening: {
      quantity: quantity(opening.quantity),
      value: amount(opening.value),
      sources: opening.sources.map((s) => ({ ...s, quantity: quantity(s.quantity), value: amount(s.value) })),
      backdated: opening.backdated.map(lineJson),
      leftOut: opening.leftOut && {
        entries: opening.leftOut.entries,
        quantity: quantity(opening.leftOut.quantity),
        value: amount(opening.leftOut.value),
      },
    },
    lines: r.lines.map(lineJson),
    closing: { quantity: quantity(r.closing.quantity), value: amount(r.closing.value) },
  };
}

/** One pool explained: heading, the table (opening and its sources, the period's entries, closing), the average. */
export function explanationText(r: AverageCostExplanation, m: Messages): string[] {
  const d = (x: string) => m.decimal(x);
  const overview = averageCostOverview(r, m);
  const rows = overview.rows.map((row) => row.map((c) => overviewCellText(c, m)));
  const headers = [...overview.headers];
  const align = ["right", "left", "left", "left", "left", "right", "right", "left"] as const;
  const lines = [
    m.t("explain.heading", { scope: scopeText(r, m) }),
    m.t("explain.period", {
      start: m.date(r.period.start),
      end: m.date(r.period.end),
      calcType: m.enumCaption("averageCostCalcType", String(r.calcType)),
    }),
    "",
    ...table(headers, rows, align),
    "",
  ];
  if (overview.backdated) lines.push(m.t("explain.backdatedNote"));
  lines.push(
    r.unitCost === null
      ? m.t("explain.none")
      : m.t("explain.unitCost", {
          unitCost: d(unitCost(r.unitCost)),
          value: d(amount(r.value)),
          quantity: d(quantity(r.quantity)),
        }),
  );
  return lines;
}
