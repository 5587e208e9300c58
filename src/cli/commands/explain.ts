// costing explain: the pool behind an average, like Business Central's Average Cost Calc. Overview: the opening
// (by source, with the backdated values among it), each entry of the period (backdated ones marked), the closing.
import type { Command } from "../command";
import { flag } from "../command";
import { EXIT_OK } from "../errors";
import { amount, quantity, table, unitCost } from "../format";
import { printer } from "../io";
import { chosenCostingMethodJson, loadLedger } from "../load";
import type { AverageCostExplanation, Backdating, OpeningSource, PoolLine } from "../../engine";
import {
  AVERAGE_OPTIONS,
  NO_AVERAGE,
  averageJson,
  withChoice,
  averageQuery,
  poolsText,
  scopeText,
} from "./averageQuery";

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
    const { explainAverageCostPools } = await import("../../engine");
    const { named, pools } = explainAverageCostPools(ledger, query);
    const out = printer(ctx.io.stdout);
    if (flag(args, "json")) {
      const chosen = chosenCostingMethodJson(loaded);
      const json = named ? { ...chosen, ...explanationJson(pools[0]) } : withChoice(chosen, pools.map(explanationJson));
      out(JSON.stringify(json, null, 2));
      return EXIT_OK;
    }
    if (!named) {
      // Calculated per location and variant, asked without them: each pool's average, then each pool explained.
      for (const line of poolsText(pools, query.date, "explain")) out(line);
      for (const r of pools) {
        out();
        for (const line of explanationText(r)) out(line);
      }
      return EXIT_OK;
    }
    for (const line of explanationText(pools[0])) out(line);
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

/** Why a value is marked backdated, as one sentence. */
export function backdatingText(b: Backdating): string {
  return (
    `Backdated: value entry ${b.valueEntryNo}, posted on ${b.postingDate} and valued on ${b.valuationDate}, ` +
    `came after entry ${b.postedAfter.itemLedgerEntryNo} valued on ${b.postedAfter.valuationDate}.`
  );
}

const SOURCE_TEXT: Record<OpeningSource["source"], (n: number) => string> = {
  inbounds: (n) => (n === 1 ? "  1 inbound entry" : `  ${n} inbound entries`),
  outbounds: (n) => (n === 1 ? "  1 outbound entry" : `  ${n} outbound entries`),
  revaluations: (n) => (n === 1 ? "  revaluations of 1 entry" : `  revaluations of ${n} entries`),
};

const dates = (first: string, last: string) => (first === last ? first : `${first} .. ${last}`);

function lineRow(l: PoolLine, label: string = l.kind): string[] {
  return [
    String(l.itemLedgerEntryNo),
    label,
    l.entryType,
    l.postingDate,
    l.valuationDate,
    quantity(l.quantity),
    amount(l.value),
    l.backdated ? backdatingText(l.backdated) : "",
  ];
}

/** One pool explained: heading, the table (opening and its sources, the period's entries, closing), the average. */
export function explanationText(r: AverageCostExplanation): string[] {
  const { opening } = r;
  const rows: string[][] = [
    ["", "Opening (before the period)", "", "", "", quantity(opening.quantity), amount(opening.value), ""],
    ...opening.sources.map((s) => [
      "",
      SOURCE_TEXT[s.source](s.entries),
      "",
      "",
      dates(s.firstValuationDate, s.lastValuationDate),
      quantity(s.quantity),
      amount(s.value),
      "",
    ]),
    ...opening.backdated.map((l) => lineRow(l, `  of which backdated (${l.kind})`)),
    ...(opening.leftOut
      ? [
          [
            "",
            `  not in the pool: ${opening.leftOut.entries} open ${opening.leftOut.entries === 1 ? "outbound" : "outbounds"}`,
            "",
            "",
            "",
            quantity(opening.leftOut.quantity),
            amount(opening.leftOut.value),
            "Negative inventory of earlier periods not covered yet: left out of the average.",
          ],
        ]
      : []),
    ...r.lines.map((l) => lineRow(l)),
    ["", "Closing", "", "", "", quantity(r.closing.quantity), amount(r.closing.value), ""],
  ];
  const headers = ["Entry No.", "Line", "Entry Type", "Posting Date", "Valuation Date", "Quantity", "Value", "Note"];
  const align = ["right", "left", "left", "left", "left", "right", "right", "left"] as const;
  const lines = [
    `Average cost calculation of ${scopeText(r)}`,
    `Period ${r.period.start} .. ${r.period.end} (Average Cost Calc. Type ${r.calcType})`,
    "",
    ...table(headers, rows, align),
    "",
  ];
  if (opening.backdated.length > 0 || r.lines.some((l) => l.backdated))
    lines.push(
      "Backdated values count from their valuation date: Adjust Cost took the averages of the periods from then on again.",
    );
  lines.push(
    r.unitCost === null
      ? `Average unit cost: ${NO_AVERAGE}.`
      : `Average unit cost: ${unitCost(r.unitCost)} (value ${amount(r.value)} / quantity ${quantity(r.quantity)})`,
  );
  return lines;
}
