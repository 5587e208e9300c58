// Calculate Inventory Value (report 5899 and codeunit 5899 "Calc. Inventory Value-Check"; spec revaluation.md
// §1): the revaluable quantity and value of each item (or each entry) on a date, as Revaluation Journal lines.
// Business Central's refusals are collected for every item, not stopped at the first.
import type { IsoDate } from "./calendar";
import { isIsoDate } from "./calendar";
import {
  ZERO,
  amount,
  quantity as asQuantity,
  roundTo,
  times,
  type Amount,
  type Fixed,
  type UnitAmount,
} from "./money";
import {
  ledgerCode,
  ledgerItemNo,
  roundingOf,
  type Item,
  type ItemLedgerEntry,
  type Ledger,
  type Problem,
} from "./model";
import { calcTypeOn, valuationPeriod } from "./averageCostPeriod";
import { averageCostEntryPoints } from "./entryPoints";
import {
  RevaluationIndex,
  isRevaluable,
  remainingInventoryValue,
  revaluableQuantity,
  revaluationIndex,
  valueFilterAsOf,
} from "./revaluableQuantity";
import {
  InventoryValuePer,
  itemCostMissingMessage,
  RevaluationJournalLine,
  type ItemCostColumn,
  withInventoryValueCalculated,
  withInventoryValueRevalued,
  withUnitCostRevalued,
} from "./revaluationJournal";
import { averageUnitCostOn } from "./revaluationAverage";
import { rulesOf } from "./costingMethods";

export type CalculatePer = "Item Ledger Entry" | "Item";
export type CalculationBase = "" | "Last Direct Unit Cost" | "Standard Cost";

export interface CalculateInventoryValueOptions {
  readonly postingDate: IsoDate;
  readonly documentNo: string;
  readonly calculatePer: CalculatePer;
  readonly byLocation?: boolean;
  readonly byVariant?: boolean;
  readonly calculationBase?: CalculationBase;
  readonly updateStandardCost?: boolean;
  readonly itemNos?: readonly string[];
  readonly locationFilter?: readonly string[];
  readonly variantFilter?: readonly string[];
}

/** A refusal or warning of the revaluation, with the item and journal line it concerns. */
export interface RevaluationProblem extends Problem {
  readonly itemNo?: string;
  readonly lineNo?: number;
}

export const refusal = (message: string, itemNo?: string, lineNo?: number): RevaluationProblem => ({
  severity: "error",
  message,
  itemNo,
  lineNo,
});

interface Bucket {
  readonly locationCode: string;
  readonly variantCode: string;
  quantity: Fixed;
  value: Fixed; // unrounded, summed per entry
}

export function calculateInventoryValue(
  ledger: Ledger,
  options: CalculateInventoryValueOptions,
): { lines: RevaluationJournalLine[]; refusals: RevaluationProblem[] } {
  const perEntry = options.calculatePer === "Item Ledger Entry";
  // Calculate Per Item Ledger Entry clears By Location, By Variant, the calculation base and Update Standard Cost.
  const o = perEntry
    ? { ...options, byLocation: false, byVariant: false, calculationBase: "" as const, updateStandardCost: false }
    : options;
  const refusals: RevaluationProblem[] = [];
  const date = o.postingDate;
  if (!isIsoDate(date)) refusals.push(refusal(`"${date}" is not a date. Give the posting date as YYYY-MM-DD.`));
  if (o.documentNo.trim() === "")
    refusals.push(refusal("You must enter a document number: the revaluation's value entries carry it."));
  if (refusals.length > 0) return { lines: [], refusals };

  const ix = revaluationIndex(ledger);
  const items = selectItems(ledger, o.itemNos, refusals);
  // Location and variant codes as the ledger spells them ("blue" for BLUE: ledgerCode, as item numbers).
  const spelt = (filter: readonly string[] | undefined, codeOf: (e: ItemLedgerEntry) => string) => {
    if (!filter?.length) return null;
    const known = new Set(ledger.itemLedgerEntries.map(codeOf));
    return new Set(filter.map((c) => ledgerCode(known, c)));
  };
  const locations = spelt(o.locationFilter, (e) => e.locationCode);
  const variants = spelt(o.variantFilter, (e) => e.variantCode);
  const inFilter = (e: ItemLedgerEntry) =>
    (locations === null || locations.has(e.locationCode)) && (variants === null || variants.has(e.variantCode));
  const unadjusted = unadjustedAverageItems(ledger, items, date);

  const lines: RevaluationJournalLine[] = [];
  for (const item of items) {
    const entries = (ix.ilesByItem.get(item.no) ?? []).filter(inFilter);
    const problems = itemRefusals(ledger, item, entries, o, unadjusted);
    if (problems.length > 0) {
      refusals.push(...problems);
      continue;
    }
    const includeExpected = rulesOf(item).valuedWithExpectedCost && !perEntry;
    const revaluable = entries
      .filter((e) => isRevaluable(e, date, includeExpected))
      .sort(
        (a, b) => cmp(a.locationCode, b.locationCode) || cmp(a.variantCode, b.variantCode) || a.entryNo - b.entryNo,
      );
    const newLine = (fields: Partial<RevaluationJournalLine>, value: Fixed): RevaluationJournalLine =>
      fillLine(ledger, item, o, { ...fields, lineNo: (lines.length + 1) * 10000 } as LineStart, value);

    if (perEntry) {
      for (const e of revaluable) {
        const q = revaluableQuantity(ix, e.entryNo, date);
        if (q === 0n) continue;
        const value = remainingInventoryValue(ix, e, q, valueFilterAsOf(e, date, false));
        lines.push(
          newLine(
            {
              entryType: e.entryType,
              locationCode: e.locationCode,
              variantCode: e.variantCode,
              appliesToEntry: e.entryNo,
              quantity: q,
              inventoryValuePer: "",
            },
            value,
          ),
        );
      }
      continue;
    }
    const byLocation = o.byLocation || (o.locationFilter?.length ?? 0) > 0;
    const byVariant = o.byVariant || (o.variantFilter?.length ?? 0) > 0;
    const buckets = new Map<string, Bucket>();
    for (const e of revaluable) {
      const q = revaluableQuantity(ix, e.entryNo, date);
      if (q === 0n) continue;
      const locationCode = byLocation ? e.locationCode : "";
      const variantCode = byVariant ? e.variantCode : "";
      const key = `${locationCode}\u0000${variantCode}`;
      let b = buckets.get(key);
      if (!b) buckets.set(key, (b = { locationCode, variantCode, quantity: ZERO, value: ZERO }));
      b.quantity += q;
      b.value += remainingInventoryValue(ix, e, q, valueFilterAsOf(e, date, includeExpected));
    }
    const per: InventoryValuePer =
      byLocation && byVariant ? "Location and Variant" : byLocation ? "Location" : byVariant ? "Variant" : "Item";
    for (const b of sortBuckets([...buckets.values()])) {
      if (b.quantity === 0n) continue;
      let value = b.value;
      let appliedAmount: Amount = ZERO;
      if (rulesOf(item).averaged) {
        appliedAmount = amount(roundTo(b.value, ledger.setup.amountRoundingPrecision));
        const scope = calcTypeOn(date, ledger) === "Item" ? null : b;
        value = times(b.quantity, averageUnitCostOn(ix, item.no, date, scope));
      }
      lines.push(
        newLine(
          {
            entryType: "Positive Adjmt.",
            locationCode: b.locationCode,
            variantCode: b.variantCode,
            appliesToEntry: 0,
            quantity: asQuantity(b.quantity),
            inventoryValuePer: per,
            appliedAmount,
          },
          value,
        ),
      );
    }
  }
  const lined = new Set(lines.map((l) => l.itemNo));
  const without = withoutBaseCost(
    items.filter((i) => lined.has(i.no)),
    o.calculationBase ?? "",
  );
  if (without) refusals.push(without);
  return refusals.length > 0 ? { lines: [], refusals } : { lines, refusals };
}

/** Codes (location, variant, item) in their sort order. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Blank location and variant come after the named ones, as the report visits them. */
function sortBuckets(buckets: Bucket[]): Bucket[] {
  const blankLast = (a: string, b: string) => (a === b ? 0 : a === "" ? 1 : b === "" ? -1 : cmp(a, b));
  return buckets.sort((a, b) => blankLast(a.locationCode, b.locationCode) || blankLast(a.variantCode, b.variantCode));
}

/** The Items column a Calculation Base reads, if any. */
const BASE_COLUMN: Record<CalculationBase, ItemCostColumn | null> = {
  "": null,
  "Last Direct Unit Cost": "Last Direct Cost",
  "Standard Cost": "Standard Cost",
};

/** The unit cost the Calculation Base proposes for the item (null: none, the base is blank). */
function baseCost(item: Item, base: CalculationBase): UnitAmount | null {
  const column = BASE_COLUMN[base];
  return column === null ? null : column === "Last Direct Cost" ? item.lastDirectCost : item.standardCost;
}

/**
 * A Calculation Base whose Items column the workbook does not give for some of the items with lines: refused,
 * naming them (their lines were filled as with a blank base, and are not returned).
 */
function withoutBaseCost(items: readonly Item[], base: CalculationBase): RevaluationProblem | null {
  const column = BASE_COLUMN[base];
  if (column === null) return null;
  const missing = items.filter((i) => baseCost(i, base) === null).map((i) => i.no);
  return missing.length === 0 ? null : refusal(itemCostMissingMessage(column, missing), missing[0]);
}

function selectItems(ledger: Ledger, itemNos: readonly string[] | undefined, refusals: RevaluationProblem[]): Item[] {
  if (!itemNos || itemNos.length === 0) return [...ledger.items.values()].sort((a, b) => cmp(a.no, b.no));
  const found: Item[] = [];
  for (const no of itemNos) {
    const item = ledger.items.get(ledgerItemNo(ledger.items, no));
    if (item) found.push(item);
    else refusals.push(refusal(`There is no item ${no} in the Items table. Check the item number.`, no));
  }
  return found;
}

/** Average items whose cost is not adjusted up to the date (an Avg. Cost Adjmt. Entry Point not adjusted). */
function unadjustedAverageItems(ledger: Ledger, items: readonly Item[], date: IsoDate): ReadonlySet<string> {
  const wanted = new Set(items.filter((i) => rulesOf(i).averaged).map((i) => i.no));
  if (wanted.size === 0) return wanted;
  // Adjust Cost for the items asked alone (a million-entry ledger: seconds, not half a minute), unless one is
  // produced: its output's cost waits for its components', which the whole run adjusts first.
  const produced = ledger.itemLedgerEntries.some((e) => e.entryType === "Output" && wanted.has(e.itemNo));
  const points = averageCostEntryPoints(
    ledger,
    produced || wanted.size === ledger.items.size ? undefined : [...wanted],
  );
  return new Set(
    points.filter((p) => wanted.has(p.itemNo) && !p.costIsAdjusted && p.valuationDate <= date).map((p) => p.itemNo),
  );
}

/** Calc. Inventory Value-Check and the report's own checks, for one item. */
function itemRefusals(
  ledger: Ledger,
  item: Item,
  entries: readonly ItemLedgerEntry[],
  o: CalculateInventoryValueOptions,
  unadjusted: ReadonlySet<string>,
): RevaluationProblem[] {
  const out: RevaluationProblem[] = [];
  const date = o.postingDate;
  const no = item.no;
  if (item.blocked)
    out.push(
      refusal(`Item ${no} is blocked, so it cannot be revalued. Clear Blocked on the item, or leave the item out.`, no),
    );
  if (rulesOf(item).averaged) {
    const locationAsked = o.byLocation || (o.locationFilter?.length ?? 0) > 0;
    const variantAsked = o.byVariant || (o.variantFilter?.length ?? 0) > 0;
    if (o.calculatePer === "Item Ledger Entry")
      out.push(
        refusal(
          `You must not revalue items with Costing Method Average, if Calculate Per is Item Ledger Entry (item ${no}). Calculate per Item.`,
          no,
        ),
      );
    else if (calcTypeOn(date, ledger) === "Item") {
      if (locationAsked || variantAsked)
        out.push(
          refusal(
            `Item ${no} uses Average Cost Calc. Type Item, so it must be revalued for all locations and variants together: ` +
              `leave By Location, By Variant and the location and variant filters empty.`,
            no,
          ),
        );
    } else if (!(locationAsked && variantAsked))
      out.push(
        refusal(
          `Item ${no} uses Average Cost Calc. Type Item & Location & Variant, so it must be revalued per location and ` +
            `variant: set both By Location and By Variant (or a location and a variant filter).`,
          no,
        ),
      );
    if (o.calculatePer === "Item") {
      const end = valuationPeriod(date, ledger).end;
      if (end !== date)
        out.push(
          refusal(
            `You cannot revalue by Calculate Per Item for item ${no} using posting date ${date}. ` +
              `You can only use the posting date ${end} for this period.`,
            no,
          ),
        );
    }
    if (unadjusted.has(no))
      out.push(
        refusal(
          `You have to run the Adjust Cost - Item Entries batch job, before you can revalue item ${no} ` +
            `(run "costing adjust" first).`,
          no,
        ),
      );
  }
  const openOutbound = entries.find((e) => e.open && !e.positive && e.postingDate <= date);
  if (openOutbound)
    out.push(
      refusal(
        `Open Outbound Entry ${openOutbound.entryNo} found: item ${no} has negative inventory on ${date}, so it ` +
          `cannot be revalued. Post the missing receipt (or apply the outbound entry) first, or choose an earlier date.`,
        no,
      ),
    );
  return out;
}

type LineStart = Pick<
  RevaluationJournalLine,
  "lineNo" | "entryType" | "locationCode" | "variantCode" | "appliesToEntry" | "quantity" | "inventoryValuePer"
> &
  Partial<Pick<RevaluationJournalLine, "appliedAmount">>;

/** InsertItemJnlLine: a new journal line with the calculated value and the proposed revalued cost. */
function fillLine(
  ledger: Ledger,
  item: Item,
  o: CalculateInventoryValueOptions,
  start: LineStart,
  value: Fixed,
): RevaluationJournalLine {
  const r = roundingOf(ledger);
  const blank: RevaluationJournalLine = {
    postingDate: o.postingDate,
    documentNo: o.documentNo,
    itemNo: item.no,
    unitCostCalculated: ZERO,
    inventoryValueCalculated: ZERO,
    unitCostRevalued: ZERO,
    inventoryValueRevalued: ZERO,
    amount: ZERO,
    partialRevaluation: true,
    appliedAmount: ZERO,
    updateStandardCost: o.updateStandardCost ?? false,
    ...start,
  };
  const calculated = withInventoryValueCalculated(blank, value, r);
  // No cost to propose (a blank base, or the item's cost not given: calculateInventoryValue refuses that).
  const proposed = baseCost(item, o.calculationBase ?? "");
  // Blank base: Inventory Value (Revalued) = Inventory Value (Calculated), Amount 0. Set directly, not validated
  // as a typed value: a calculated value may be negative (costs posted after the quantity left), and stays so.
  if (proposed === null)
    return {
      ...calculated,
      inventoryValueRevalued: calculated.inventoryValueCalculated,
      unitCostRevalued: calculated.unitCostCalculated,
      amount: ZERO,
    };
  // Validated from code: the unit cost is taken back from the rounded value (CurrFieldNo is 0).
  const withCost = withUnitCostRevalued(calculated, proposed, r);
  return withInventoryValueRevalued(withCost, withCost.inventoryValueRevalued, r);
}

export type { RevaluationIndex };
