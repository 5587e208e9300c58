// Posting a Revaluation Journal (codeunit 23 "Item Jnl.-Post Batch", codeunit 22 "Item Jnl.-Post Line":
// ItemJnlPostSumLine, InitValueEntry, ItemValuePosting; spec revaluation.md §2–§3): per-entry lines post one
// Revaluation value entry each; per-item lines are spread over the item's entries so each reaches the same unit
// cost. Everything is checked before anything is created; then Adjust Cost forwards the revaluation.
import { maxDate } from "./calendar";
import { maxEntryNo } from "./entryMap";
import {
  ZERO,
  amount as asAmount,
  divRound,
  mulDiv,
  mulDivRound,
  roundTo,
  unitAmount,
  type Amount,
  type Fixed,
  type Quantity,
  type UnitAmount,
} from "./money";
import { roundingOf, type Item, type ItemLedgerEntry, type Ledger, type ValueEntry } from "./model";
import {
  RevaluationIndex,
  isRevaluable,
  remainingInventoryValue,
  revaluableQuantity,
  revaluationIndex,
} from "./revaluableQuantity";
import type { RevaluationJournalLine } from "./revaluationJournal";
import { withInventoryValueCalculated, withInventoryValueRevalued, withUnitCostRevalued } from "./revaluationJournal";
import { RevaluationProblem, cmp, refusal } from "./calculateInventoryValue";
import { adjustCostItemEntries } from "./adjustCost";
import { rulesOf } from "./costingMethods";

const CALCULATE_AGAIN = "You must calculate the inventory value again.";

/** One value entry to post: an entry, its quantity, the amount, and the expected part's base (Applied Amount). */
interface Posting {
  readonly entry: ItemLedgerEntry;
  readonly line: RevaluationJournalLine;
  readonly quantity: Quantity;
  readonly amount: Amount;
  readonly appliedAmount: Amount;
}

export interface PostRevaluationResult {
  /** The ledger with the revaluation (and adjustment) value entries appended and items updated. */
  readonly ledger: Ledger;
  readonly revaluationEntries: readonly ValueEntry[];
  readonly adjustmentEntries: readonly ValueEntry[];
  /** Items whose Standard Cost (and, for Standard items, Unit Cost) the posting changed. */
  readonly updatedItems: readonly ItemWithNewCost[];
  readonly postedLines: number;
  readonly skippedLines: number;
  readonly totalAmount: Amount;
}

/** A manual line: Item No. and Applies-to Entry typed, the rest completed as InitRevalJnlLine does. */
export type ManualLine = Partial<RevaluationJournalLine> &
  Pick<RevaluationJournalLine, "lineNo" | "itemNo" | "appliesToEntry">;

/**
 * Applies-to Entry validated on a revaluation line: the whole invoiced quantity of the entry at its actual cost
 * (without rounding, expected cost and earlier Calculate Inventory Value revaluations), dated as the entry.
 * A revalued unit cost or value given with the line is applied after.
 */
export function completeRevaluationLine(
  ledger: Ledger,
  given: ManualLine,
  ix: RevaluationIndex = revaluationIndex(ledger),
): { line: RevaluationJournalLine | null; refusals: RevaluationProblem[] } {
  const r = roundingOf(ledger);
  const refusals = manualLineRefusals(ledger, ix, given);
  if (refusals.length > 0) return { line: null, refusals };
  const e = ix.ile.get(given.appliesToEntry)!;
  let value: Fixed = ZERO;
  for (const v of ix.vesByIle.get(e.entryNo) ?? [])
    if (v.entryType !== "Rounding" && !v.expectedCost && !v.partialRevaluation) value += v.costAmountActual;
  const start: RevaluationJournalLine = {
    postingDate: given.postingDate || e.postingDate,
    documentNo: given.documentNo ?? "",
    entryType: e.entryType,
    locationCode: e.locationCode,
    variantCode: e.variantCode,
    quantity: e.invoicedQuantity,
    unitCostCalculated: ZERO,
    inventoryValueCalculated: ZERO,
    unitCostRevalued: ZERO,
    inventoryValueRevalued: ZERO,
    amount: ZERO,
    inventoryValuePer: "",
    partialRevaluation: false,
    appliedAmount: ZERO,
    updateStandardCost: false,
    lineNo: given.lineNo,
    itemNo: given.itemNo,
    appliesToEntry: given.appliesToEntry,
  };
  let line = withInventoryValueRevalued(withInventoryValueCalculated(start, value, r), roundTo(value, r.amount), r);
  if (given.unitCostRevalued !== undefined) line = withUnitCostRevalued(line, given.unitCostRevalued, r);
  else if (given.inventoryValueRevalued !== undefined)
    line = withInventoryValueRevalued(line, given.inventoryValueRevalued, r);
  return { line, refusals: [] };
}

function manualLineRefusals(ledger: Ledger, ix: RevaluationIndex, l: ManualLine): RevaluationProblem[] {
  const at = `journal line ${l.lineNo / 10000} (item ${l.itemNo})`;
  const out: RevaluationProblem[] = [];
  if (l.inventoryValuePer)
    out.push(refusal(`You must not enter Applies-to Entry in a revaluation sum line (${at}).`, l.itemNo, l.lineNo));
  const e = ix.ile.get(l.appliesToEntry);
  if (!e || e.itemNo !== l.itemNo) {
    out.push(
      refusal(
        `Applies-to Entry ${l.appliesToEntry} on ${at} is not an item ledger entry of item ${l.itemNo}. ` +
          `Give the entry no. of one of the item's receipts.`,
        l.itemNo,
        l.lineNo,
      ),
    );
    return out;
  }
  if (!e.positive)
    out.push(
      refusal(
        `Item ledger entry ${e.entryNo} on ${at} is an outbound entry; only inbound entries can be revalued.`,
        l.itemNo,
        l.lineNo,
      ),
    );
  if (!e.completelyInvoiced)
    out.push(
      refusal(
        `Item ledger entry ${e.entryNo} on ${at} is not completely invoiced, so it cannot be revalued by entry. ` +
          `Post its invoice first, or revalue with Calculate Inventory Value.`,
        l.itemNo,
        l.lineNo,
      ),
    );
  if (e.positive && outboundsToAdjust(ix, l.itemNo).has(e.entryNo))
    out.push(
      refusal(
        `An outbound entry applied to item ledger entry ${e.entryNo} still has cost to adjust (${at}). ` +
          `Run Adjust Cost - Item Entries ("costing adjust") first, then enter the Applies-to Entry again.`,
        l.itemNo,
        l.lineNo,
      ),
    );
  const item = ledger.items.get(l.itemNo);
  if (rulesOf(item).averaged && ledger.valueEntries.some((v) => v.itemNo === l.itemNo && v.partialRevaluation))
    out.push(
      refusal(
        `Item ${l.itemNo} has already been revalued with the Calculate Inventory Value function, so you cannot use ` +
          `the Applies-to Entry field to revalue individual item ledger entries (${at}). Revalue it per Item instead.`,
        l.itemNo,
        l.lineNo,
      ),
    );
  return out;
}

const pendingAdjustment = new WeakMap<RevaluationIndex, Map<string, ReadonlySet<number>>>();

/**
 * Inbound entries of the item whose applied outbounds Adjust Cost would still change: BC's "Applied Entry to
 * Adjust", which an export does not carry, found by running Adjust Cost for the item on a copy.
 */
function outboundsToAdjust(ix: RevaluationIndex, itemNo: string): ReadonlySet<number> {
  let byItem = pendingAdjustment.get(ix);
  if (!byItem) pendingAdjustment.set(ix, (byItem = new Map()));
  let inbounds = byItem.get(itemNo);
  if (!inbounds) {
    const adjusted = adjustCostItemEntries(ix.ledger, { itemNos: [itemNo] }).newValueEntries;
    const changed = new Set(adjusted.map((v) => v.itemLedgerEntryNo));
    const found = new Set<number>();
    for (const e of ix.ilesByItem.get(itemNo) ?? [])
      for (const a of ix.rowsByInbound.get(e.entryNo) ?? [])
        if (a.quantity < 0n && changed.has(a.outboundItemEntryNo)) found.add(e.entryNo);
    byItem.set(itemNo, (inbounds = found));
  }
  return inbounds;
}

/** The revaluation value entries a journal posts, or the refusals that stop it (nothing posted then). */
function postingsOf(
  ledger: Ledger,
  ix: RevaluationIndex,
  lines: readonly RevaluationJournalLine[],
): { postings: Posting[]; refusals: RevaluationProblem[]; posted: RevaluationJournalLine[]; skipped: number } {
  const postings: Posting[] = [];
  const refusals: RevaluationProblem[] = [];
  const posted: RevaluationJournalLine[] = [];
  let skipped = 0;
  for (const line of lines) {
    const at = `journal line ${line.lineNo / 10000} (item ${line.itemNo})`;
    if (!ledger.items.has(line.itemNo)) {
      refusals.push(refusal(`There is no item ${line.itemNo} (${at}). Check the Item No.`, line.itemNo, line.lineNo));
      continue;
    }
    const allowFrom = ledger.setup.allowPostingFrom;
    if (allowFrom && line.postingDate < allowFrom) {
      refusals.push(
        refusal(
          `Posting Date ${line.postingDate} on ${at} is before Allow Posting From ${allowFrom}: that period is closed. ` +
            `Calculate the inventory value on a date from ${allowFrom} on.`,
          line.itemNo,
          line.lineNo,
        ),
      );
      continue;
    }
    if (line.quantity === 0n || line.amount === 0n) {
      skipped++; // an empty line, or nothing to change: posts nothing, updates no standard cost
      continue;
    }
    if (line.inventoryValueRevalued < 0n || line.unitCostRevalued < 0n) {
      refusals.push(
        refusal(
          `Inventory Value (Revalued) and Unit Cost (Revalued) must not be negative (${at}).`,
          line.itemNo,
          line.lineNo,
        ),
      );
      continue;
    }
    if (line.inventoryValuePer === "") {
      if (line.appliesToEntry === 0) {
        refusals.push(
          refusal(
            `Applies-to Entry must have a value on ${at}: a line per entry names the entry it revalues.`,
            line.itemNo,
            line.lineNo,
          ),
        );
        continue;
      }
      const problems = line.partialRevaluation ? staleEntryLine(ix, line, at) : manualLineRefusals(ledger, ix, line);
      if (problems.length > 0) {
        refusals.push(...problems);
        continue;
      }
      const entry = ix.ile.get(line.appliesToEntry)!;
      postings.push({ entry, line, quantity: line.quantity, amount: line.amount, appliedAmount: line.appliedAmount });
    } else {
      const spread = spreadSumLine(ledger, ix, line, at);
      if ("refusal" in spread) {
        refusals.push(spread.refusal);
        continue;
      }
      postings.push(...spread.postings);
    }
    posted.push(line);
  }
  return { postings, refusals, posted, skipped };
}

/** A per-entry line from Calculate Inventory Value still matches the entry's quantity on its date. */
function staleEntryLine(ix: RevaluationIndex, line: RevaluationJournalLine, at: string): RevaluationProblem[] {
  const e = ix.ile.get(line.appliesToEntry);
  if (e && e.itemNo === line.itemNo && revaluableQuantity(ix, e.entryNo, line.postingDate) === line.quantity) return [];
  return [
    refusal(
      `There are new postings made in the period you want to revalue item no. ${line.itemNo} (${at}). ${CALCULATE_AGAIN}`,
      line.itemNo,
      line.lineNo,
    ),
  ];
}

/**
 * ItemJnlPostSumLine: each revaluable entry is brought to the line's unit cost (Inventory Value (Revalued) × its
 * quantity ÷ the line's quantity, less what it is worth now), remainders carried; the last entry takes the rest.
 */
function spreadSumLine(
  ledger: Ledger,
  ix: RevaluationIndex,
  line: RevaluationJournalLine,
  at: string,
): { postings: Posting[] } | { refusal: RevaluationProblem } {
  const stale = {
    refusal: refusal(
      `There are new postings made in the period you want to revalue item no. ${line.itemNo} (${at}). ${CALCULATE_AGAIN}`,
      line.itemNo,
      line.lineNo,
    ),
  };
  const item = ledger.items.get(line.itemNo)!;
  const includeExpected = rulesOf(item).valuedWithExpectedCost;
  const byLocation =
    line.locationCode !== "" ||
    line.inventoryValuePer === "Location" ||
    line.inventoryValuePer === "Location and Variant";
  const byVariant =
    line.variantCode !== "" ||
    line.inventoryValuePer === "Variant" ||
    line.inventoryValuePer === "Location and Variant";
  const D = line.postingDate;
  const candidates = (ix.ilesByItem.get(line.itemNo) ?? [])
    .filter(
      (e) =>
        (!byLocation || e.locationCode === line.locationCode) &&
        (!byVariant || e.variantCode === line.variantCode) &&
        isRevaluable(e, D, includeExpected),
    )
    .map((e) => ({ e, q: revaluableQuantity(ix, e.entryNo, D) }))
    .filter((x) => x.q !== 0n)
    .sort(
      (a, b) =>
        cmp(a.e.locationCode, b.e.locationCode) || cmp(a.e.variantCode, b.e.variantCode) || a.e.entryNo - b.e.entryNo,
    );
  const precision = ledger.setup.amountRoundingPrecision;
  const postings: Posting[] = [];
  let remAmount: Fixed = line.amount;
  let remQty: Fixed = line.quantity;
  let remainder: Fixed = ZERO;
  for (let i = 0; i < candidates.length; i++) {
    const { e, q } = candidates[i];
    const expected = includeExpected && !e.completelyInvoiced;
    const current = roundTo(
      remainingInventoryValue(ix, e, q, { includeExpected: expected, postingDateTo: D }),
      precision,
    );
    let amount = mulDiv(line.inventoryValueRevalued, q, line.quantity) - current + remainder;
    remQty -= q;
    const last = remQty === 0n;
    if (last) {
      if (i < candidates.length - 1) return stale; // more stock than was calculated
      amount = remAmount;
    } else {
      if (i === candidates.length - 1 || remQty < 0n) return stale;
      const rounded = roundTo(amount, precision);
      remainder = amount - rounded;
      amount = rounded;
      remAmount -= amount;
    }
    if (amount !== 0n) {
      const appliedAmount = expected
        ? mulDivRound(amount, e.quantity - e.invoicedQuantity, e.quantity, precision)
        : ZERO;
      postings.push({ entry: e, line, quantity: q, amount: asAmount(amount), appliedAmount: asAmount(appliedAmount) });
    }
    if (last) return { postings };
  }
  return stale; // less stock than was calculated
}

/** InitValueEntry + ItemValuePosting for a revaluation: one Revaluation value entry. */
function revaluationEntry(ledger: Ledger, ix: RevaluationIndex, p: Posting, entryNo: number): ValueEntry {
  const r = roundingOf(ledger);
  const own = ix.vesByIle.get(p.entry.entryNo) ?? [];
  let dc: ValueEntry | undefined;
  for (let i = own.length - 1; i >= 0 && !dc; i--)
    if (own[i].entryType === "Direct Cost" && !own[i].itemChargeNo) dc = own[i];
  dc ??= own[own.length - 1];
  // Unit Cost = Amount / Quantity unrounded; the rounding residual is added back, so the entry carries the Amount.
  const unitCost = unitAmount(divRound(p.amount, p.quantity, r.unitAmount));
  const costAmount = p.amount;
  const expected =
    p.appliedAmount === 0n ? ZERO : asAmount(mulDivRound(costAmount, p.appliedAmount, p.amount, r.amount));
  return {
    entryNo,
    itemLedgerEntryNo: p.entry.entryNo,
    itemNo: p.entry.itemNo,
    postingDate: p.line.postingDate,
    valuationDate: dc ? maxDate(p.line.postingDate, dc.valuationDate) : p.line.postingDate,
    entryType: "Revaluation",
    itemLedgerEntryType: p.entry.entryType,
    documentNo: p.line.documentNo,
    locationCode: p.entry.locationCode,
    variantCode: p.entry.variantCode,
    valuedQuantity: p.quantity,
    invoicedQuantity: ZERO,
    itemLedgerEntryQuantity: ZERO,
    costAmountActual: asAmount(roundTo(costAmount, r.amount) - expected),
    costAmountExpected: expected,
    costPerUnit: unitCost,
    adjustment: false,
    itemChargeNo: "",
    valuedByAverageCost: dc?.valuedByAverageCost ?? false,
    partialRevaluation: p.line.partialRevaluation,
    appliesToEntry: 0,
    expectedCost: false,
  };
}

/** An item whose Standard Cost a posting set. */
export type ItemWithNewCost = Item & { readonly standardCost: UnitAmount };

/** UpdateStdCost: a posted per-item line with Update Standard Cost sets the item's Standard Cost. */
export function updatedItemsOf(ledger: Ledger, posted: readonly RevaluationJournalLine[]): ItemWithNewCost[] {
  const updated = new Map<string, ItemWithNewCost>();
  for (const line of posted) {
    if (!line.updateStandardCost || line.inventoryValuePer === "" || line.amount === 0n) continue;
    const item = updated.get(line.itemNo) ?? ledger.items.get(line.itemNo)!;
    updated.set(line.itemNo, {
      ...item,
      standardCost: line.unitCostRevalued,
      unitCost: rulesOf(item).atStandard ? line.unitCostRevalued : item.unitCost,
    });
  }
  return [...updated.values()];
}

/**
 * Post the journal: refusals for every line that cannot post (nothing is posted then), else the revaluation
 * value entries appended after the highest entry no., items updated, and (unless `adjust` is false) Adjust Cost
 * run so the revaluation reaches the decreases it affects.
 */
export function postRevaluationJournal(
  ledger: Ledger,
  lines: readonly RevaluationJournalLine[],
  options: { readonly adjust?: boolean } = {},
): { result: PostRevaluationResult | null; refusals: RevaluationProblem[] } {
  const ix = revaluationIndex(ledger);
  const { postings, refusals, posted, skipped } = postingsOf(ledger, ix, lines);
  if (refusals.length > 0) return { result: null, refusals };
  let next = maxEntryNo(ledger.valueEntries) + 1;
  const revaluationEntries = postings.map((p) => revaluationEntry(ledger, ix, p, next++));
  const updatedItems = updatedItemsOf(ledger, posted);
  const items = new Map(ledger.items);
  for (const i of updatedItems) items.set(i.no, i);
  const revalued: Ledger = { ...ledger, items, valueEntries: [...ledger.valueEntries, ...revaluationEntries] };
  const adjusted = options.adjust === false ? null : adjustCostItemEntries(revalued);
  return {
    result: {
      ledger: adjusted ? adjusted.ledger : revalued,
      revaluationEntries,
      adjustmentEntries: adjusted ? adjusted.newValueEntries : [],
      updatedItems,
      postedLines: posted.length,
      skippedLines: skipped,
      totalAmount: asAmount(revaluationEntries.reduce((s, v) => s + v.costAmountActual + v.costAmountExpected, 0n)),
    },
    refusals: [],
  };
}
