// Queries on one ledger, answered from an index built once: the average cost of the period holding a date
// (as averageCostAt / Business Central's Average Cost Calc. Overview), inventory quantity and value as of a
// date (as inventoryAsOf), unit cost, revaluable quantity, and the average cost period of a date. The custom
// functions call these thousands of times per recalculation, so each answer is a few binary searches over
// running sums kept per item (and per location and variant), built the first time the item is asked about.
// The ledger is the one Adjust Cost leaves (adjusting is idempotent), so answers match the other queries.
import { addDays, type IsoDate } from "./calendar";
import {
  type AverageCostCalcType,
  type Item,
  type ItemLedgerEntry,
  type Ledger,
  LedgerError,
  type ValueEntry,
  ledgerCode,
  roundingOf,
} from "./model";
import { Period, calcTypeOn, periodLookup } from "./averageCostPeriod";
import { adjustCostItemEntries } from "./adjustCost";
import { itemsToReadjust } from "./readjust";
import { maxEntryNo } from "./entryMap";
import { indexLedger, indexWithValueEntries, type LedgerIndex } from "./ledgerIndex";
import {
  ZERO,
  amount as asAmount,
  divRound,
  quantity as asQuantity,
  unitAmount,
  type Amount,
  type Fixed,
  type Quantity,
  type UnitAmount,
} from "./money";
import { type AverageCostAnswer, type AverageCostQuery, type AveragePools, averageCostAt } from "./averageCostQuery";
import { AveragePoolsError, type ItemPool, itemPools, poolsAsked } from "./averagePools";
import { RevaluationIndex, isRevaluable, revaluableQuantity, revaluationIndex } from "./revaluableQuantity";
import { rulesOf } from "./costingMethods";

export interface InventoryQuery {
  readonly locationCode?: string;
  readonly variantCode?: string;
  /** "valuation" (default): by valuation date, as Calculate Inventory Value; "posting": as the Inventory Valuation report. */
  readonly basis?: "valuation" | "posting";
}

/** Running sums over value entries sorted by a date: sums[i] covers the first i entries. */
class RunningSums {
  readonly dates: IsoDate[] = [];
  readonly quantity: Fixed[] = [0n];
  readonly value: Fixed[] = [0n];

  constructor(entries: { date: IsoDate; quantity: Fixed; value: Fixed }[]) {
    entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    let q = 0n;
    let v = 0n;
    for (const e of entries) {
      this.dates.push(e.date);
      this.quantity.push((q += e.quantity));
      this.value.push((v += e.value));
    }
  }

  /** How many entries are dated on or before `date`. */
  upTo(date: IsoDate): number {
    let lo = 0;
    let hi = this.dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.dates[mid] <= date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Quantity and value of the entries dated from `from` (exclusive) to `to` (inclusive). */
  between(from: IsoDate | null, to: IsoDate): { quantity: Fixed; value: Fixed } {
    const j = this.upTo(to);
    const i = from === null ? 0 : Math.min(j, this.upTo(from));
    return { quantity: this.quantity[j] - this.quantity[i], value: this.value[j] - this.value[i] };
  }
}

/** What an average cost pool is summed from, for one item and scope (the whole item, or a location and variant). */
interface AverageSeries {
  /** Every value entry of the scope, by valuation date. */
  readonly all: RunningSums;
  /** Value entries of outbounds valued at the period average, by valuation date (left out of their own period). */
  readonly averaged: RunningSums;
  /** Entries still open negative: left out of every period after the one they were posted in. */
  readonly openNegatives: readonly { readonly vd: IsoDate; readonly ves: readonly ValueEntry[] }[];
  /** An averaged outbound with a value entry dated after its own date: answered the slow way. */
  readonly irregular: boolean;
}

const amount = (v: ValueEntry): Fixed => v.costAmountActual + v.costAmountExpected;

export class LedgerQueries {
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  private readonly periodOf: (date: IsoDate) => Period;
  private readonly averages = new Map<string, AverageSeries>();
  private readonly stocks = new Map<string, RunningSums>();
  private readonly pools = new Map<string, readonly ItemPool[]>();
  private revaluation: RevaluationIndex | null = null;
  /** Workbook numbers of value entries posted after the queries' own adjustments, and the numbers taken for them. */
  private numbers: ReadonlyMap<number, number> = new Map();

  private constructor(
    /** The ledger as Adjust Cost leaves it. */
    readonly ledger: Ledger,
    private readonly index: LedgerIndex,
    /** The last value entry of the ledger as given: those after it are the ones its own Adjust Cost made. */
    private givenLast: number,
  ) {
    let first = "";
    let last = "";
    for (const e of ledger.itemLedgerEntries) {
      if (first === "" || e.postingDate < first) first = e.postingDate;
      if (e.postingDate > last) last = e.postingDate;
    }
    this.firstDate = first;
    this.lastDate = last;
    this.periodOf = periodLookup({ setup: ledger.setup, accountingPeriods: ledger.accountingPeriods });
  }

  /**
   * Adjusts a copy of the ledger once and indexes it, with the running sums of every Average item's pools built
   * ahead (the first load takes that time, so the thousands of AVGCOST calls after it answer at once).
   */
  static build(ledger: Ledger): LedgerQueries {
    const adjusted = adjustCostItemEntries(ledger).ledger;
    const q = new LedgerQueries(adjusted, indexLedger(adjusted), maxEntryNo(ledger.valueEntries));
    q.prepareAverages();
    return q;
  }

  /**
   * The queries after value entries were posted on the ledger's item ledger entries (a revaluation journal, with
   * the items whose costs it changed): Adjust Cost runs again for the items the entries touch and the outputs
   * they are made into only (readjustCost, as Business Central's "Cost is Adjusted" = No), and only those items'
   * running sums are built again; every other item keeps what it had. The same answers as build() on the ledger
   * with the entries (tested). Entries of new item ledger entries are not postings this takes: read the ledger.
   * Adjustments the queries' own Adjust Cost made, posted as they were made (an Append of Adjust Cost's entries),
   * are taken as the ones the queries hold.
   */
  afterPosting(entries: readonly ValueEntry[], items?: ReadonlyMap<string, Item>): LedgerQueries {
    if (entries.length === 0 && !items) return this;
    const last = maxEntryNo(this.ledger.valueEntries);
    const touched = new Set<string>();
    const given: ValueEntry[] = [];
    let givenLast = this.givenLast;
    for (const v of entries) {
      const e = this.index.ile.get(v.itemLedgerEntryNo);
      if (!e || v.entryNo <= givenLast)
        throw new LedgerError(
          `Value entry ${v.entryNo} is not a new entry of an item ledger entry the ledger holds ` +
            `(entry ${v.itemLedgerEntryNo}); read the ledger again.`,
        );
      givenLast = v.entryNo;
      // The adjustments these queries' own Adjust Cost made, written to the workbook as they were made (the
      // task pane's Append): the queries hold them already.
      if (this.numbers.size === 0 && v.entryNo <= last && sameEntry(this.index.ve.get(v.entryNo), v)) continue;
      touched.add(e.itemNo);
      given.push(v);
    }
    if (given.length === 0 && !items) {
      this.givenLast = givenLast; // nothing to answer differently: only which entries were given grows
      return this;
    }
    const { fresh, numbers } = this.numberedAfter(given, last);
    const changedItems = items ?? this.ledger.items;
    for (const [no, item] of changedItems) if (this.ledger.items.get(no) !== item) touched.add(no);
    const posted: Ledger = {
      ...this.ledger,
      items: changedItems,
      valueEntries: this.ledger.valueEntries.concat(fresh),
    };
    const again = itemsToReadjust(posted, touched);
    const adjusted = adjustCostItemEntries(posted, { itemNos: again }).ledger;
    const added = adjusted.valueEntries.slice(this.ledger.valueEntries.length);
    const index = indexWithValueEntries(this.index, adjusted, added) ?? indexLedger(adjusted);
    const q = new LedgerQueries(adjusted, index, givenLast);
    q.numbers = numbers;
    const redone = new Set(again);
    const itemOf = (key: string) => key.slice(0, key.indexOf("\u0000"));
    for (const [key, s] of this.averages) if (!redone.has(itemOf(key))) q.averages.set(key, s);
    for (const [key, s] of this.stocks) if (!redone.has(itemOf(key))) q.stocks.set(key, s);
    for (const [key, p] of this.pools) if (!redone.has(key)) q.pools.set(key, p);
    q.prepareAverages(redone);
    return q;
  }

  /**
   * The workbook numbers its posting gave `entries` are the ones these queries' own adjustments have (Adjust
   * Cost's entries are numbered after the ledger's last, and the workbook does not hold them): they are taken
   * with numbers after `last`, in their order, and an Applies-to Entry among them follows its entry.
   */
  private numberedAfter(
    entries: readonly ValueEntry[],
    last: number,
  ): { fresh: ValueEntry[]; numbers: ReadonlyMap<number, number> } {
    if (entries.length === 0 || (entries[0].entryNo > last && this.numbers.size === 0))
      return { fresh: [...entries], numbers: this.numbers };
    const offset = Math.max(0, last + 1 - entries[0].entryNo);
    const numbers = new Map(this.numbers);
    for (const v of entries) numbers.set(v.entryNo, v.entryNo + offset);
    const fresh = entries.map((v) => ({
      ...v,
      entryNo: v.entryNo + offset,
      appliesToEntry: numbers.get(v.appliesToEntry) ?? v.appliesToEntry,
    }));
    return { fresh, numbers };
  }

  /** The item ledger entry of that number, when the ledger holds it. */
  itemLedgerEntry(entryNo: number): ItemLedgerEntry | undefined {
    return this.index.ile.get(entryNo);
  }

  /** Builds the running sums of every Average item's pools (of `only` those items). */
  private prepareAverages(only?: ReadonlySet<string>): void {
    const calcTypes = new Set<AverageCostCalcType>([this.ledger.setup.averageCostCalcType]);
    for (const p of this.ledger.accountingPeriods) if (p.averageCostCalcType) calcTypes.add(p.averageCostCalcType);
    for (const [itemNo, entries] of this.index.ilesByItem) {
      if (only && !only.has(itemNo)) continue;
      if (!rulesOf(this.ledger.items.get(itemNo)).averaged) continue;
      for (const calcType of calcTypes) {
        const scopes = new Set(
          calcType === "Item" ? [""] : entries.map((e) => `${e.locationCode}\u0000${e.variantCode}`),
        );
        for (const scope of scopes) {
          const [locationCode, variantCode] = calcType === "Item" ? ["", ""] : scope.split("\u0000");
          this.averageSeries(itemNo, entries, calcType, locationCode, variantCode);
        }
      }
    }
  }

  /** The average cost period holding the date. */
  period(date: IsoDate): Period {
    return this.periodOf(date);
  }

  private check(itemNo: string, date: IsoDate): readonly ItemLedgerEntry[] {
    if (!this.ledger.items.has(itemNo) && !this.index.ilesByItem.has(itemNo))
      throw new LedgerError(
        `There is no item ${itemNo} in the Items table or the item ledger entries. Check the item number.`,
      );
    if (this.firstDate !== "" && date < this.firstDate)
      throw new LedgerError(
        `${date} is before the ledger's first entry (${this.firstDate}). Give a date from then on.`,
      );
    return this.index.ilesByItem.get(itemNo) ?? [];
  }

  /** Inventory quantity and value of the item as of the date, by valuation date (or by posting date). */
  inventory(itemNo: string, date: IsoDate, asked: InventoryQuery = {}): { quantity: Quantity; value: Amount } {
    const entries = this.check(itemNo, date);
    const q = { ...asked, ...this.codes(itemNo, entries, asked) };
    const basis = q.basis ?? "valuation";
    const key = `${itemNo}\u0000${q.locationCode ?? "\u0001"}\u0000${q.variantCode ?? "\u0001"}\u0000${basis}`;
    let sums = this.stocks.get(key);
    if (!sums) {
      const rows: { date: IsoDate; quantity: Fixed; value: Fixed }[] = [];
      for (const e of entries) {
        if (q.locationCode !== undefined && e.locationCode !== q.locationCode) continue;
        if (q.variantCode !== undefined && e.variantCode !== q.variantCode) continue;
        for (const v of this.index.vesByIle.get(e.entryNo) ?? []) {
          const output = v.itemLedgerEntryType === "Output" || v.itemLedgerEntryType === "Assembly Output";
          const d = basis === "posting" || output ? v.postingDate : v.valuationDate;
          rows.push({ date: d, quantity: v.itemLedgerEntryQuantity, value: amount(v) });
        }
      }
      this.stocks.set(key, (sums = new RunningSums(rows)));
    }
    const s = sums.between(null, date);
    return { quantity: asQuantity(s.quantity), value: asAmount(s.value) };
  }

  /** Inventory value ÷ quantity as of the date, rounded to the unit-amount precision; null when nothing is on hand. */
  unitCost(itemNo: string, date: IsoDate, q: InventoryQuery = {}): UnitAmount | null {
    const { quantity, value } = this.inventory(itemNo, date, q);
    if (quantity === 0n) return null;
    return unitAmount(divRound(value, quantity, this.rounding().unitAmount));
  }

  private rounding() {
    return roundingOf(this.ledger);
  }

  /** The item's pools by location and variant (itemPools), found once. */
  private poolsOf(itemNo: string, entries: readonly ItemLedgerEntry[]): readonly ItemPool[] {
    let pools = this.pools.get(itemNo);
    if (!pools) this.pools.set(itemNo, (pools = itemPools(entries, (e) => this.index.ileVd.get(e.entryNo)!)));
    return pools;
  }

  /** A location and variant given, as the ledger spells them for the item (ledgerCode); undefined stays so. */
  private codes(
    itemNo: string,
    entries: readonly ItemLedgerEntry[],
    q: { locationCode?: string; variantCode?: string },
  ): { locationCode?: string; variantCode?: string } {
    if (q.locationCode === undefined && q.variantCode === undefined) return q;
    const pools = this.poolsOf(itemNo, entries);
    const spelt = (code: string | undefined, of: (p: ItemPool) => string) =>
      code === undefined ? undefined : ledgerCode(new Set(pools.map(of)), code);
    const locationCode = spelt(q.locationCode, (p) => p.locationCode);
    const variantCode = spelt(q.variantCode, (p) => p.variantCode);
    return {
      ...(locationCode === undefined ? {} : { locationCode }),
      ...(variantCode === undefined ? {} : { variantCode }),
    };
  }

  /** The average unit cost of the period holding the date, as averageCostAt gives it: of the one pool asked. */
  averageCost(q: AverageCostQuery): AverageCostAnswer {
    const { named, pools } = this.averageCostPools(q);
    if (!named) throw new AveragePoolsError(q.itemNo, pools);
    return pools[0];
  }

  /** The average of each pool the question names (averageCostPools). */
  averageCostPools(q: AverageCostQuery): AveragePools<AverageCostAnswer> {
    const entries = this.check(q.itemNo, q.date);
    const item = this.ledger.items.get(q.itemNo);
    if (entries.length === 0)
      throw new LedgerError(`Item ${q.itemNo} has no entries in Item Ledger Entries. Check the item number.`);
    if (item && !rulesOf(item).averaged)
      throw new LedgerError(
        `Item ${q.itemNo} uses costing method ${item.costingMethod}; an average cost exists only for Average items. ` +
          `Use the inventory value or unit cost for this item instead.`,
      );
    const settings = { setup: this.ledger.setup, accountingPeriods: this.ledger.accountingPeriods };
    const period = this.periodOf(q.date);
    const calcType: AverageCostCalcType = calcTypeOn(q.date, settings);
    const asked = poolsAsked(q, this.poolsOf(q.itemNo, entries), calcType, period.end);
    return {
      named: asked.named,
      pools: asked.pools.map((scope) => {
        const one = { ...q, ...scope };
        const series = this.averageSeries(q.itemNo, entries, calcType, scope.locationCode, scope.variantCode);
        if (series.irregular) return averageCostAt(this.ledger, one);
        return this.average(one, series, period, calcType);
      }),
    };
  }

  private average(
    q: AverageCostQuery & { locationCode: string; variantCode: string },
    series: AverageSeries,
    period: Period,
    calcType: AverageCostCalcType,
  ): AverageCostAnswer {
    const all = series.all.between(null, period.end);
    const averaged = series.averaged.between(addDays(period.start, -1), period.end);
    let quantity = all.quantity - averaged.quantity;
    let value = all.value - averaged.value;
    for (const o of series.openNegatives) {
      if (o.vd >= period.start) continue;
      for (const v of o.ves)
        if (v.valuationDate <= period.end) {
          quantity -= v.itemLedgerEntryQuantity;
          value -= amount(v);
        }
    }
    const unitCost = quantity > ZERO ? unitAmount(divRound(value, quantity, this.rounding().unitAmount)) : null;
    const [dq, dv] = [asQuantity(quantity), asAmount(value)];
    const { itemNo, locationCode, variantCode } = q;
    return { itemNo, locationCode, variantCode, period, calcType, quantity: dq, value: dv, unitCost };
  }

  private averageSeries(
    itemNo: string,
    entries: readonly ItemLedgerEntry[],
    calcType: AverageCostCalcType,
    locationCode: string,
    variantCode: string,
  ): AverageSeries {
    const key = `${itemNo}\u0000${calcType}\u0000${locationCode}\u0000${variantCode}`;
    const known = this.averages.get(key);
    if (known) return known;
    const all: { date: IsoDate; quantity: Fixed; value: Fixed }[] = [];
    const averaged: { date: IsoDate; quantity: Fixed; value: Fixed }[] = [];
    const openNegatives: { vd: IsoDate; ves: readonly ValueEntry[] }[] = [];
    let irregular = false;
    for (const e of entries) {
      if (calcType !== "Item" && (e.locationCode !== locationCode || e.variantCode !== variantCode)) continue;
      const ves = this.index.vesByIle.get(e.entryNo) ?? [];
      const vd = this.index.ileVd.get(e.entryNo)!;
      const isAveraged = !e.positive && e.appliesToEntry === 0 && (ves[0]?.valuedByAverageCost ?? false);
      if (!e.positive && e.remainingQuantity < 0n) openNegatives.push({ vd, ves });
      for (const v of ves) {
        const row = { date: v.valuationDate, quantity: v.itemLedgerEntryQuantity, value: amount(v) };
        all.push(row);
        if (!isAveraged) continue;
        if (v.valuationDate !== vd) irregular = true;
        averaged.push(row);
      }
    }
    const series: AverageSeries = {
      all: new RunningSums(all),
      averaged: new RunningSums(averaged),
      openNegatives,
      irregular,
    };
    this.averages.set(key, series);
    return series;
  }

  /**
   * The revaluable quantity as of the date (Calculate Inventory Value per Item): completely invoiced inbound
   * entries invoiced by then (Standard items: received by then), less what was applied to them by then.
   */
  revaluableQuantity(
    itemNo: string,
    date: IsoDate,
    asked: { locationCode?: string; variantCode?: string } = {},
  ): Quantity {
    const entries = this.check(itemNo, date);
    const q = this.codes(itemNo, entries, asked);
    this.revaluation ??= revaluationIndex(this.ledger);
    const includeExpected = rulesOf(this.ledger.items.get(itemNo)).valuedWithExpectedCost;
    let total: Fixed = ZERO;
    for (const e of entries) {
      if (q.locationCode !== undefined && e.locationCode !== q.locationCode) continue;
      if (q.variantCode !== undefined && e.variantCode !== q.variantCode) continue;
      if (isRevaluable(e, date, includeExpected)) total += revaluableQuantity(this.revaluation, e.entryNo, date);
    }
    return asQuantity(total);
  }
}

/** The fields of a value entry that make its cost: two entries alike in these are one posting. */
const COST_FIELDS = [
  "entryNo",
  "itemLedgerEntryNo",
  "postingDate",
  "valuationDate",
  "entryType",
  "locationCode",
  "variantCode",
  "valuedQuantity",
  "invoicedQuantity",
  "costAmountActual",
  "costAmountExpected",
  "adjustment",
  "itemChargeNo",
  "valuedByAverageCost",
  "appliesToEntry",
  "expectedCost",
] as const satisfies readonly (keyof ValueEntry)[];

function sameEntry(a: ValueEntry | undefined, b: ValueEntry): boolean {
  return a !== undefined && COST_FIELDS.every((f) => a[f] === b[f]);
}
