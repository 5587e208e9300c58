// The average unit cost of the period holding a date, and its explanation, like Business Central's
// "Average Cost Calc. Overview": opening inventory, each inbound of the period, each outbound valued.
// Answered on the ledger as Adjust Cost leaves it (adjusting is idempotent, so an adjusted ledger is unchanged).
import {
  ZERO,
  amount,
  divRound,
  quantity as asQuantity,
  unitAmount,
  type Amount,
  type Fixed,
  type Quantity,
  type UnitAmount,
} from "./money";
import type { IsoDate } from "./calendar";
import { type AverageCostCalcType, type ItemLedgerEntryType, type Ledger, LedgerError, ledgerItemNo } from "./model";
import { Period, calcTypeOn, valuationPeriod } from "./averageCostPeriod";
import { adjustCostItemEntries } from "./adjustCost";
import { indexLedger } from "./ledgerIndex";
import { rulesOf } from "./costingMethods";

export interface AverageCostQuery {
  readonly itemNo: string;
  readonly date: IsoDate;
  readonly locationCode?: string;
  readonly variantCode?: string;
}

export interface AverageCostAnswer {
  readonly itemNo: string;
  readonly locationCode: string;
  readonly variantCode: string;
  readonly period: Period;
  readonly calcType: AverageCostCalcType;
  readonly quantity: Quantity; // quantity the average is taken over
  readonly value: Amount;
  readonly unitCost: UnitAmount | null; // null when there is nothing positive to average
}

export interface PoolLine {
  readonly kind: "inbound" | "outbound, averaged" | "outbound, fixed application" | "revaluation" | "cost change";
  readonly itemLedgerEntryNo: number;
  readonly entryType: ItemLedgerEntryType;
  readonly postingDate: IsoDate;
  readonly valuationDate: IsoDate;
  readonly quantity: Quantity;
  readonly value: Amount;
}

export interface AverageCostExplanation extends AverageCostAnswer {
  readonly opening: { readonly quantity: Quantity; readonly value: Amount };
  readonly lines: readonly PoolLine[];
  readonly closing: { readonly quantity: Quantity; readonly value: Amount };
}

export function explainAverageCost(ledger: Ledger, asked: AverageCostQuery): AverageCostExplanation {
  const q = { ...asked, itemNo: ledgerItemNo(ledger.items, asked.itemNo) };
  const item = ledger.items.get(q.itemNo);
  if (!item || !ledger.itemLedgerEntries.some((e) => e.itemNo === q.itemNo))
    throw new LedgerError(`Item ${q.itemNo} has no entries in Item Ledger Entries. Check the item number.`);
  if (!rulesOf(item).averaged)
    throw new LedgerError(
      `Item ${q.itemNo} uses costing method ${item.costingMethod}; an average cost exists only for Average items. ` +
        `Use the inventory value (costing valuation) for this item instead.`,
    );
  const settings = { setup: ledger.setup, accountingPeriods: ledger.accountingPeriods };
  const period = valuationPeriod(q.date, settings);
  const calcType = calcTypeOn(q.date, settings);
  const adjusted = adjustCostItemEntries(ledger, { itemNos: [q.itemNo] }).ledger;
  const index = indexLedger(adjusted);
  const locationCode = calcType === "Item" ? "" : (q.locationCode ?? "");
  const variantCode = calcType === "Item" ? "" : (q.variantCode ?? "");
  const inScope = (loc: string, v: string) => calcType === "Item" || (loc === locationCode && v === variantCode);

  let openQ: Fixed = ZERO;
  let openV: Fixed = ZERO;
  const lines = new Map<string, { line: PoolLine; quantity: Fixed; value: Fixed }>();
  for (const e of index.ilesByItem.get(q.itemNo) ?? []) {
    if (!inScope(e.locationCode, e.variantCode)) continue;
    const vd = index.ileVd.get(e.entryNo)!;
    const averaged =
      !e.positive && e.appliesToEntry === 0 && (index.vesByIle.get(e.entryNo)?.[0]?.valuedByAverageCost ?? false);
    const openBefore = !e.positive && e.remainingQuantity < 0n && vd < period.start;
    for (const v of index.vesByIle.get(e.entryNo) ?? []) {
      if (v.valuationDate > period.end || openBefore) continue;
      const value = v.costAmountActual + v.costAmountExpected;
      if (v.valuationDate < period.start) {
        openQ = openQ + v.itemLedgerEntryQuantity;
        openV = openV + value;
        continue;
      }
      const kind: PoolLine["kind"] =
        v.entryType === "Revaluation"
          ? "revaluation"
          : vd < period.start
            ? "cost change"
            : e.positive
              ? "inbound"
              : averaged
                ? "outbound, averaged"
                : "outbound, fixed application";
      const key = `${e.entryNo}\u0000${kind}`;
      const l = lines.get(key) ?? {
        line: {
          kind,
          itemLedgerEntryNo: e.entryNo,
          entryType: e.entryType,
          postingDate: e.postingDate,
          valuationDate: v.valuationDate,
          quantity: ZERO,
          value: ZERO,
        },
        quantity: ZERO,
        value: ZERO,
      };
      l.quantity = l.quantity + v.itemLedgerEntryQuantity;
      l.value = l.value + value;
      lines.set(key, l);
    }
  }
  const all = [...lines.values()]
    .map((l) => ({ ...l.line, quantity: asQuantity(l.quantity), value: amount(l.value) }))
    .sort((a, b) => a.itemLedgerEntryNo - b.itemLedgerEntryNo);
  let quantity: Fixed = openQ;
  let value: Fixed = openV;
  let closingQ: Fixed = openQ;
  let closingV: Fixed = openV;
  for (const l of all) {
    closingQ = closingQ + l.quantity;
    closingV = closingV + l.value;
    if (l.kind === "outbound, averaged") continue;
    quantity = quantity + l.quantity;
    value = value + l.value;
  }
  const unitCost =
    quantity > ZERO ? unitAmount(divRound(value, quantity, ledger.setup.unitAmountRoundingPrecision)) : null;
  return {
    itemNo: q.itemNo,
    locationCode,
    variantCode,
    period,
    calcType,
    quantity: asQuantity(quantity),
    value: amount(value),
    unitCost,
    opening: { quantity: asQuantity(openQ), value: amount(openV) },
    lines: all,
    closing: { quantity: asQuantity(closingQ), value: amount(closingV) },
  };
}

export function averageCostAt(ledger: Ledger, q: AverageCostQuery): AverageCostAnswer {
  const { itemNo, locationCode, variantCode, period, calcType, quantity, value, unitCost } = explainAverageCost(
    ledger,
    q,
  );
  return { itemNo, locationCode, variantCode, period, calcType, quantity, value, unitCost };
}
