// Average Cost Calc. Overview (Business Central page 5847) as one table: the opening (by source, the backdated
// values among it, what is left out), each entry of the period, the closing and the average; the rows `costing
// explain` prints and =COSTING.EXPLAIN spills. Cells are typed (text, entry no., date, decimal), each front end
// shows them its own way; the words are the user's language.
import type { AverageCostExplanation, Backdating, OpeningSource, PoolLine } from "../engine";
import type { IsoDate } from "../engine/calendar";
import type { Fixed } from "../engine/money";
import type { Messages } from "../i18n";
import { codeName } from "../engine/model";
import type { CellValue } from "./port";
import { decimalCell } from "./write";
import { amountText, quantityText, unitCostText } from "./decimalText";

/** How a decimal is shown: an amount (two places), a quantity (as exact as it is), a unit cost (2 to 5 places). */
export type DecimalKind = "amount" | "quantity" | "unitCost";

export type OverviewCell =
  | { readonly text: string }
  | { readonly entryNo: number }
  | { readonly dates: readonly [IsoDate, IsoDate] }
  | { readonly decimal: Fixed; readonly kind: DecimalKind }
  | null;

export interface OverviewTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly OverviewCell[])[];
  /** Whether any value is marked backdated (the note that explains the marks goes with the table). */
  readonly backdated: boolean;
}

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

/** The opening's sources in the user's words. */
const SOURCES: Record<
  OpeningSource["source"],
  "explain.openingInbounds" | "explain.openingOutbounds" | "explain.openingRevaluations"
> = {
  inbounds: "explain.openingInbounds",
  outbounds: "explain.openingOutbounds",
  revaluations: "explain.openingRevaluations",
};

/** Why a value is marked backdated, as one sentence. */
export function backdatingText(b: Backdating, m: Messages): string {
  return m.t("explain.backdated", {
    valueEntry: String(b.valueEntryNo),
    postingDate: m.date(b.postingDate),
    valuationDate: m.date(b.valuationDate),
    after: String(b.postedAfter.itemLedgerEntryNo),
    afterDate: m.date(b.postedAfter.valuationDate),
  });
}

const text = (t: string): OverviewCell => ({ text: t });
const day = (d: IsoDate): OverviewCell => ({ dates: [d, d] });
const qty = (x: Fixed): OverviewCell => ({ decimal: x, kind: "quantity" });
const amt = (x: Fixed): OverviewCell => ({ decimal: x, kind: "amount" });

function lineRow(l: PoolLine, m: Messages, label: string = m.t(KINDS[l.kind])): OverviewCell[] {
  return [
    { entryNo: l.itemLedgerEntryNo },
    text(label),
    text(m.enumCaption("itemLedgerEntryType", l.entryType)),
    day(l.postingDate),
    day(l.valuationDate),
    qty(l.quantity),
    amt(l.value),
    l.backdated ? text(backdatingText(l.backdated, m)) : null,
  ];
}

/**
 * The pool explained as rows of eight columns (Entry No., Line, Entry Type, Posting Date, Valuation Date,
 * Quantity, Value, Note). With `average`, a last row holds the average unit cost (blank when there is none).
 */
export function averageCostOverview(r: AverageCostExplanation, m: Messages, average = false): OverviewTable {
  const { opening } = r;
  const rows: OverviewCell[][] = [
    [null, text(m.t("explain.opening")), null, null, null, qty(opening.quantity), amt(opening.value), null],
    ...opening.sources.map((s): OverviewCell[] => [
      null,
      text("  " + m.t(SOURCES[s.source], { count: s.entries })),
      null,
      null,
      { dates: [s.firstValuationDate, s.lastValuationDate] },
      qty(s.quantity),
      amt(s.value),
      null,
    ]),
    ...opening.backdated.map((l) =>
      lineRow(l, m, "  " + m.t("explain.ofWhichBackdated", { kind: m.t(KINDS[l.kind]) })),
    ),
    ...(opening.leftOut
      ? [
          [
            null,
            text("  " + m.t("explain.leftOut", { count: opening.leftOut.entries })),
            null,
            null,
            null,
            qty(opening.leftOut.quantity),
            amt(opening.leftOut.value),
            text(m.t("explain.leftOutNote")),
          ],
        ]
      : []),
    ...r.lines.map((l) => lineRow(l, m)),
    [null, text(m.t("explain.closing")), null, null, null, qty(r.closing.quantity), amt(r.closing.value), null],
  ];
  if (average) {
    const cost: OverviewCell = r.unitCost === null ? null : { decimal: r.unitCost, kind: "unitCost" };
    rows.push([null, text(m.t("explain.averageRow")), null, null, null, qty(r.quantity), cost, null]);
  }
  const headers = [
    m.caption("Entry No."),
    m.t("explain.line"),
    m.caption("Entry Type"),
    m.caption("Posting Date"),
    m.caption("Valuation Date"),
    m.caption("Quantity"),
    m.t("average.value"),
    m.t("explain.note"),
  ];
  const backdated = opening.backdated.length > 0 || r.lines.some((l) => l.backdated !== null);
  return { headers, rows, backdated };
}

/** Whose average it is: the item (Calc. Type Item), or the item at a location (and variant). */
export function scopeText(
  r: { itemNo: string; locationCode: string; variantCode: string; calcType: string },
  m: Messages,
): string {
  if (r.calcType === "Item") return m.t("average.allLocations", { item: r.itemNo });
  if (r.variantCode === "") return m.t("average.location", { item: r.itemNo, location: codeName(r.locationCode) });
  return m.t("average.locationVariant", {
    item: r.itemNo,
    location: codeName(r.locationCode),
    variant: r.variantCode,
  });
}

/** A cell of the overview for a sheet: dates as dates (a span as text), decimals as decimalCell writes them. */
export function overviewSheetCell(c: OverviewCell): CellValue {
  if (c === null) return null;
  if ("text" in c) return c.text;
  if ("entryNo" in c) return c.entryNo;
  if ("dates" in c)
    return c.dates[0] === c.dates[1] ? new Date(`${c.dates[0]}T00:00:00Z`) : `${c.dates[0]} .. ${c.dates[1]}`;
  return decimalCell(c.decimal);
}

/** A cell of the overview as text in the user's language: what `costing explain` prints and the pane shows. */
export function overviewCellText(c: OverviewCell, m: Messages): string {
  if (c === null) return "";
  if ("text" in c) return c.text;
  if ("entryNo" in c) return String(c.entryNo);
  if ("dates" in c)
    return c.dates[0] === c.dates[1] ? m.date(c.dates[0]) : `${m.date(c.dates[0])} .. ${m.date(c.dates[1])}`;
  const text = c.kind === "amount" ? amountText : c.kind === "unitCost" ? unitCostText : quantityText;
  return m.decimal(text(c.decimal));
}
