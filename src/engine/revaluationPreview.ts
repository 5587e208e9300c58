// What-if preview of a Revaluation Journal before it is posted: the value entries it would create, and, by
// posting it and running Adjust Cost on a copy of the ledger, what it changes in inventory value and in cost
// of goods sold, per item and per month. The ledger itself is never changed.
import type { IsoDate } from "./calendar";
import { ZERO, abs, amount, type Amount, type Fixed } from "./money";
import type { Ledger, ValueEntry } from "./model";
import { adjustCostItemEntries } from "./adjustCost";
import type { RevaluationJournalLine } from "./revaluationJournal";
import type { RevaluationProblem } from "./calculateInventoryValue";
import { postRevaluationJournal } from "./revaluationPosting";

export interface PreviewItem {
  readonly itemNo: string;
  /** Inventory value on the journal's posting date (by valuation date), before and after. */
  readonly inventoryBefore: Amount;
  readonly inventoryAfter: Amount;
  /** Cost of goods sold over the whole ledger (cost of the Sale entries, as a positive amount). */
  readonly cogsBefore: Amount;
  readonly cogsAfter: Amount;
}

export interface PreviewRow {
  readonly itemNo: string;
  readonly month: string; // YYYY-MM of the value entries' posting date
  readonly inventoryValueChange: Amount;
  readonly cogsChange: Amount;
}

export interface RevaluationPreview {
  readonly revaluationEntries: readonly ValueEntry[];
  readonly adjustmentEntries: readonly ValueEntry[];
  readonly items: readonly PreviewItem[];
  readonly months: readonly PreviewRow[];
  /** The whole inventory's value on the posting date (every item, by valuation date), before and after. */
  readonly inventoryBefore: Amount;
  readonly inventoryAfter: Amount;
}

/** A month's change over all items: inventory value and cost of goods sold (by the value entries' posting date). */
export interface MonthChange {
  readonly month: string;
  readonly inventoryValueChange: Amount;
  readonly cogsChange: Amount;
}

const cost = (v: ValueEntry): Fixed => v.costAmountActual + v.costAmountExpected;

interface Sums {
  inventory: Fixed;
  cogs: Fixed;
  byMonth: Map<string, { value: Fixed; cogs: Fixed }>;
}

function sumsOf(ledger: Ledger, itemNos: ReadonlySet<string>, date: IsoDate): Map<string, Sums> {
  const out = new Map<string, Sums>();
  for (const v of ledger.valueEntries) {
    if (!itemNos.has(v.itemNo)) continue;
    let s = out.get(v.itemNo);
    if (!s) out.set(v.itemNo, (s = { inventory: ZERO, cogs: ZERO, byMonth: new Map() }));
    const output = v.itemLedgerEntryType === "Output" || v.itemLedgerEntryType === "Assembly Output";
    if ((output ? v.postingDate : v.valuationDate) <= date) s.inventory += cost(v);
    const sale = v.itemLedgerEntryType === "Sale" ? -cost(v) : ZERO;
    s.cogs += sale;
    const month = v.postingDate.slice(0, 7);
    const m = s.byMonth.get(month) ?? { value: ZERO, cogs: ZERO };
    s.byMonth.set(month, { value: m.value + cost(v), cogs: m.cogs + sale });
  }
  return out;
}

export function previewRevaluation(
  ledger: Ledger,
  lines: readonly RevaluationJournalLine[],
): { preview: RevaluationPreview | null; refusals: RevaluationProblem[] } {
  const { result, refusals } = postRevaluationJournal(ledger, lines, { adjust: true });
  if (!result) return { preview: null, refusals };
  // Compared with the ledger as Adjust Cost leaves it without the journal, so only the journal's effect shows.
  const before = adjustCostItemEntries(ledger).ledger;
  const itemNos = new Set(lines.map((l) => l.itemNo));
  for (const v of result.adjustmentEntries) itemNos.add(v.itemNo);
  const date = lines.reduce((d, l) => (l.postingDate > d ? l.postingDate : d), "");
  const b = sumsOf(before, itemNos, date);
  const a = sumsOf(result.ledger, itemNos, date);
  // The items the journal leaves alone are worth the same after: the whole inventory moves by its items' change.
  let wholeBefore: Fixed = ZERO;
  for (const v of before.valueEntries) {
    const output = v.itemLedgerEntryType === "Output" || v.itemLedgerEntryType === "Assembly Output";
    if ((output ? v.postingDate : v.valuationDate) <= date) wholeBefore += cost(v);
  }
  let change: Fixed = ZERO;
  const empty: Sums = { inventory: ZERO, cogs: ZERO, byMonth: new Map() };
  const items: PreviewItem[] = [];
  const months: PreviewRow[] = [];
  for (const itemNo of [...itemNos].sort()) {
    const x = b.get(itemNo) ?? empty;
    const y = a.get(itemNo) ?? empty;
    change += y.inventory - x.inventory;
    items.push({
      itemNo,
      inventoryBefore: amount(x.inventory),
      inventoryAfter: amount(y.inventory),
      cogsBefore: amount(x.cogs),
      cogsAfter: amount(y.cogs),
    });
    for (const month of [...new Set([...x.byMonth.keys(), ...y.byMonth.keys()])].sort()) {
      const bm = x.byMonth.get(month) ?? { value: ZERO, cogs: ZERO };
      const am = y.byMonth.get(month) ?? { value: ZERO, cogs: ZERO };
      const row = {
        itemNo,
        month,
        inventoryValueChange: amount(am.value - bm.value),
        cogsChange: amount(am.cogs - bm.cogs),
      };
      if (row.inventoryValueChange !== 0n || row.cogsChange !== 0n) months.push(row);
    }
  }
  return {
    preview: {
      revaluationEntries: result.revaluationEntries,
      adjustmentEntries: result.adjustmentEntries,
      items,
      months,
      inventoryBefore: amount(wholeBefore),
      inventoryAfter: amount(wholeBefore + change),
    },
    refusals: [],
  };
}

/** How much an item changes: its change to inventory and to cost of goods sold, both as sizes. */
const changeSize = (i: PreviewItem): Fixed =>
  abs(i.inventoryAfter - i.inventoryBefore) + abs(i.cogsAfter - i.cogsBefore);

/** The items whose inventory value or cost of goods sold the journal changes, the largest change first. */
export function changedItems(preview: Pick<RevaluationPreview, "items">): PreviewItem[] {
  return preview.items
    .filter((i) => i.inventoryAfter !== i.inventoryBefore || i.cogsAfter !== i.cogsBefore)
    .map((i) => ({ i, size: changeSize(i) }))
    .sort((a, b) => (a.size !== b.size ? (b.size > a.size ? 1 : -1) : a.i.itemNo < b.i.itemNo ? -1 : 1))
    .map(({ i }) => i);
}

/** The changes per month over all items, months in order (a month the journal leaves alone is not listed). */
export function monthChanges(preview: Pick<RevaluationPreview, "months">): MonthChange[] {
  const months = new Map<string, { value: Fixed; cogs: Fixed }>();
  for (const x of preview.months) {
    const t = months.get(x.month) ?? { value: ZERO, cogs: ZERO };
    months.set(x.month, { value: t.value + x.inventoryValueChange, cogs: t.cogs + x.cogsChange });
  }
  return [...months]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, t]) => ({ month, inventoryValueChange: amount(t.value), cogsChange: amount(t.cogs) }))
    .filter((x) => x.inventoryValueChange !== ZERO || x.cogsChange !== ZERO);
}
