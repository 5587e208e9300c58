// Avg. Cost Adjmt. Entry Point (table 5804; spec costing-engine.md §4): one row per item, valuation date
// (the period end for Average items) and, where the calc type asks, location and variant. "Cost Is Adjusted"
// is false for a period whose entries Adjust Cost would still change, and for every later period of the same
// item (the cascade of UpdateNextValuations). The adjustment itself recomputes every period from the ledger.
import type { IsoDate } from "./calendar";
import type { Ledger, ValueEntry } from "./model";
import { calcTypeOn, periodLookup } from "./averageCostPeriod";
import { adjustCostItemEntries } from "./adjustCost";
import { rulesOf } from "./costingMethods";

export interface EntryPoint {
  readonly itemNo: string;
  readonly variantCode: string;
  readonly locationCode: string;
  readonly valuationDate: IsoDate;
  readonly costIsAdjusted: boolean;
}

const MAKES_ENTRY_POINT = new Set(["Direct Cost", "Revaluation"]);

type EntryPointKey = Omit<EntryPoint, "costIsAdjusted">;

/** The entry point a value entry belongs to; the period of each date found once (a ledger has few dates). */
function entryPointOf(ledger: Ledger): (v: ValueEntry) => EntryPointKey {
  const s = { setup: ledger.setup, accountingPeriods: ledger.accountingPeriods };
  const periodOf = periodLookup(s);
  return (v) => {
    if (!rulesOf(ledger.items.get(v.itemNo)).averaged)
      return {
        itemNo: v.itemNo,
        variantCode: v.variantCode,
        locationCode: v.locationCode,
        valuationDate: v.valuationDate,
      };
    const itemLevel = calcTypeOn(v.valuationDate, s) === "Item";
    return {
      itemNo: v.itemNo,
      variantCode: itemLevel ? "" : v.variantCode,
      locationCode: itemLevel ? "" : v.locationCode,
      valuationDate: periodOf(v.valuationDate).end,
    };
  };
}

const id = (k: EntryPointKey) => `${k.itemNo}\u0000${k.variantCode}\u0000${k.locationCode}\u0000${k.valuationDate}`;

/**
 * The entry points real postings made, and whether each period's cost is adjusted; with `itemNos`, those of
 * these items only (Adjust Cost then runs for them alone, as with an Item No. filter).
 */
export function averageCostEntryPoints(whole: Ledger, itemNos?: readonly string[]): EntryPoint[] {
  const ledger = itemNos ? ledgerOfItems(whole, new Set(itemNos)) : whole;
  const keyOf = entryPointOf(ledger);
  const points = new Map<string, EntryPointKey>();
  for (const v of ledger.valueEntries) {
    if (v.adjustment || !MAKES_ENTRY_POINT.has(v.entryType)) continue;
    const k = keyOf(v);
    points.set(id(k), k);
  }
  const dirty = new Set<string>();
  for (const v of adjustCostItemEntries(ledger).newValueEntries) dirty.add(id(keyOf(v)));
  const sorted = [...points.values()].sort((a, b) =>
    a.itemNo !== b.itemNo
      ? a.itemNo < b.itemNo
        ? -1
        : 1
      : a.valuationDate < b.valuationDate
        ? -1
        : a.valuationDate > b.valuationDate
          ? 1
          : 0,
  );
  const firstDirty = new Map<string, IsoDate>();
  for (const p of sorted) {
    if (!dirty.has(id(p))) continue;
    const scope =
      rulesOf(ledger.items.get(p.itemNo)).averaged && !p.locationCode && !p.variantCode
        ? p.itemNo
        : id({ ...p, valuationDate: "" });
    const seen = firstDirty.get(scope);
    if (seen === undefined || p.valuationDate < seen) firstDirty.set(scope, p.valuationDate);
  }
  return sorted.map((p) => {
    const scope =
      rulesOf(ledger.items.get(p.itemNo)).averaged && !p.locationCode && !p.variantCode
        ? p.itemNo
        : id({ ...p, valuationDate: "" });
    const from = firstDirty.get(scope);
    return { ...p, costIsAdjusted: from === undefined || p.valuationDate < from };
  });
}

/** The ledger of these items alone: what Adjust Cost with an Item No. filter reads, indexed in proportion to it. */
function ledgerOfItems(ledger: Ledger, only: ReadonlySet<string>): Ledger {
  const itemLedgerEntries = ledger.itemLedgerEntries.filter((e) => only.has(e.itemNo));
  const entryNos = new Set(itemLedgerEntries.map((e) => e.entryNo));
  return {
    ...ledger,
    items: new Map([...ledger.items].filter(([no]) => only.has(no))),
    itemLedgerEntries,
    valueEntries: ledger.valueEntries.filter((v) => only.has(v.itemNo)),
    applications: ledger.applications.filter((a) => entryNos.has(a.itemLedgerEntryNo)),
  };
}
