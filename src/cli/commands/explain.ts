// costing explain: the pool behind an average, like Business Central's Average Cost Calc. Overview.
import { EN } from "../../i18n";
import type { Command } from "../command";
import { flag } from "../command";
import { EXIT_OK } from "../errors";
import { amount, quantity, table, unitCost } from "../format";
import { printer } from "../io";
import { loadLedger } from "../load";
import { AVERAGE_OPTIONS, averageQuery, scopeText } from "./averageQuery";
import { averageJson } from "./avgcost";
import type { PoolLine } from "../../engine";

/** The pool's kinds of line in the user's words. */
const KINDS: Record<
  PoolLine["kind"],
  | "explain.inbound"
  | "explain.outboundAveraged"
  | "explain.outboundFixed"
  | "explain.revaluation"
  | "explain.costChange"
> = {
  inbound: "explain.inbound",
  "outbound, averaged": "explain.outboundAveraged",
  "outbound, fixed application": "explain.outboundFixed",
  revaluation: "explain.revaluation",
  "cost change": "explain.costChange",
};

export const explain: Command = {
  name: "explain",
  writes: false,
  summary: EN["summary.explain"],
  options: AVERAGE_OPTIONS,
  positionals: ["workbook"],
  async run(args, ctx) {
    const { workbook, query } = averageQuery(explain, args);
    const { ledger } = await loadLedger(ctx, workbook, "cli.nothingExplained");
    const { explainAverageCost } = await import("../../engine");
    const r = explainAverageCost(ledger, query);
    const out = printer(ctx.io.stdout);
    if (flag(args, "json")) {
      const json = {
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
    const m = ctx.messages;
    const d = (x: string) => m.decimal(x);
    out(m.t("explain.heading", { scope: scopeText(r, m) }));
    out(
      m.t("explain.period", {
        start: m.date(r.period.start),
        end: m.date(r.period.end),
        calcType: m.enumCaption("averageCostCalcType", String(r.calcType)),
      }),
    );
    out();
    const rows: string[][] = [
      ["", m.t("explain.opening"), "", "", "", d(quantity(r.opening.quantity)), d(amount(r.opening.value))],
      ...r.lines.map((l) => [
        String(l.itemLedgerEntryNo),
        m.t(KINDS[l.kind]),
        m.enumCaption("itemLedgerEntryType", l.entryType),
        m.date(l.postingDate),
        m.date(l.valuationDate),
        d(quantity(l.quantity)),
        d(amount(l.value)),
      ]),
      ["", m.t("explain.closing"), "", "", "", d(quantity(r.closing.quantity)), d(amount(r.closing.value))],
    ];
    const headers = [
      m.caption("Entry No."),
      m.t("explain.line"),
      m.caption("Entry Type"),
      m.caption("Posting Date"),
      m.caption("Valuation Date"),
      m.caption("Quantity"),
      m.t("average.value"),
    ];
    for (const line of table(headers, rows, ["right", "left", "left", "left", "left", "right", "right"])) out(line);
    out();
    out(
      r.unitCost === null
        ? m.t("explain.none")
        : m.t("explain.unitCost", {
            unitCost: d(unitCost(r.unitCost)),
            value: d(amount(r.value)),
            quantity: d(quantity(r.quantity)),
          }),
    );
    return EXIT_OK;
  },
};
