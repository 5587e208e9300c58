// Ledger replay: rebuild what an export lacks (Item Application Entries, Remaining Quantity, Open, Positive,
// Invoiced Quantity, Completely Invoiced, Last Invoice Date, Valuation Date, Valued By Average Cost), in
// entry-number order, as Business Central set it at posting (spec costing-engine.md §1, §5).
// What the input holds is kept and cross-checked; a contradiction is reported, not overwritten.
import { ZERO, formatExact, min, type Fixed, type Quantity } from "./money";
import { IsoDate, NO_DATE } from "./calendar";
import type {
  Item,
  ItemApplicationEntry,
  ItemLedgerEntry,
  ItemLedgerEntryInput,
  Ledger,
  LedgerInput,
  Problem,
  ValueEntry,
} from "./model";
import { OpenEntries, OpenEntry, applicationOrder, negativesOrder, takeQuantity } from "./itemApplication";
import { COSTING_METHOD_RULES, rulesOf } from "./costingMethods";
import { EntryLookup, EntryMap, maxEntryNo } from "./entryMap";
import { checkLedgerReferences, where } from "./ledgerChecks";
import { CompletedValueEntry, completeValueEntries } from "./valueEntryDefaults";
import { assignValuationDates } from "./valuationDate";

/**
 * The replayed ledger. What the export lacked and was derived (input.missingColumns) is worded for the user by
 * src/workbook/exportAdvice.ts, with the Business Central page to export it from.
 */
export interface ReplayResult {
  readonly ledger: Ledger | null; // null when an error was found
  readonly problems: readonly Problem[];
}

type BaseIle = ItemLedgerEntryInput & { documentNo: string; locationCode: string; variantCode: string };

/** An explicit record rather than a spread: V8 is slow to spread objects that gain keys. */
function baseIle(e: ItemLedgerEntryInput): BaseIle {
  return {
    entryNo: e.entryNo,
    itemNo: e.itemNo,
    postingDate: e.postingDate,
    entryType: e.entryType,
    documentType: e.documentType,
    documentNo: e.documentNo ?? "",
    locationCode: e.locationCode ?? "",
    variantCode: e.variantCode ?? "",
    quantity: e.quantity,
    invoicedQuantity: e.invoicedQuantity,
    remainingQuantity: e.remainingQuantity,
    open: e.open,
    positive: e.positive,
    completelyInvoiced: e.completelyInvoiced,
    lastInvoiceDate: e.lastInvoiceDate,
    appliesToEntry: e.appliesToEntry,
    orderType: e.orderType,
    orderNo: e.orderNo,
    serialNo: e.serialNo,
    lotNo: e.lotNo,
  };
}

export function replayLedger(input: LedgerInput): ReplayResult {
  const problems: Problem[] = checkLedgerReferences(input);
  if (problems.some((p) => p.severity === "error")) return { ledger: null, problems };

  // Every item of the entries is listed with its costing method (checkLedgerReferences refuses one that is not).
  const items = new Map(input.items.map((i) => [i.no, i]));

  const iles: BaseIle[] = [...input.itemLedgerEntries].sort((a, b) => a.entryNo - b.entryNo).map((e) => baseIle(e));
  const ileByNo = new Map(iles.map((e) => [e.entryNo, e]));
  const ves = completeValueEntries(input.valueEntries, ileByNo);
  const vesByIle = new Map<number, CompletedValueEntry[]>();
  for (const v of ves) {
    const list = vesByIle.get(v.itemLedgerEntryNo);
    if (list) list.push(v);
    else vesByIle.set(v.itemLedgerEntryNo, [v]);
  }

  const applications = input.applications
    ? [...input.applications]
    : rebuildApplications(iles, (no) => items.get(no)!.costingMethod);
  const remaining = remainingQuantities(iles, applications);

  const { ileVd, veVd } = assignValuationDates(iles, vesByIle, applications);

  const fixedClosed = new Set<number>();
  for (const a of applications)
    if (
      a.costApplication &&
      a.quantity < 0n &&
      a.inboundItemEntryNo > a.outboundItemEntryNo &&
      a.itemLedgerEntryNo === a.outboundItemEntryNo
    ) {
      const inbound = ileByNo.get(a.inboundItemEntryNo);
      if (inbound?.appliesToEntry === a.outboundItemEntryNo && remaining.get(a.outboundItemEntryNo) === 0n)
        fixedClosed.add(a.outboundItemEntryNo);
    }

  // The working records are this function's own copies: derived fields are filled in place (one copy of a
  // million-entry ledger, not three), and the records are read-only from here on.
  const itemLedgerEntries: ItemLedgerEntry[] = iles.map((e) => {
    let invoiced: Fixed = ZERO;
    let lastInvoice: IsoDate = NO_DATE;
    for (const v of vesByIle.get(e.entryNo) ?? []) {
      if (v.adjustment || v.invoicedQuantity === 0n) continue;
      invoiced += v.invoicedQuantity;
      if (v.postingDate > lastInvoice) lastInvoice = v.postingDate;
    }
    const rem = remaining.get(e.entryNo) ?? ZERO;
    const derived: Pick<ItemLedgerEntry, (typeof ILE_CHECKED)[number][0]> = {
      invoicedQuantity: invoiced === e.quantity ? e.quantity : (invoiced as Quantity),
      remainingQuantity: rem,
      open: rem !== 0n,
      positive: e.quantity > ZERO,
      completelyInvoiced: invoiced === e.quantity,
      lastInvoiceDate: lastInvoice,
    };
    const w = e as Record<string, unknown>;
    for (const [field, caption] of ILE_CHECKED) {
      const given = w[field];
      if (given === undefined) w[field] = derived[field];
      else if (!same(given, derived[field]))
        problems.push(contradiction(input, `ILE:${e.entryNo}`, "Item Ledger Entries", caption, given, derived[field]));
    }
    w.documentType ??= "";
    w.appliesToEntry ??= 0;
    w.orderType ??= "";
    w.orderNo ??= "";
    w.serialNo ??= "";
    w.lotNo ??= "";
    return e as ItemLedgerEntry;
  });

  const ileFinal = new Map(itemLedgerEntries.map((e) => [e.entryNo, e]));
  const valueEntries: ValueEntry[] = ves.map((v) => {
    const e = ileFinal.get(v.itemLedgerEntryNo)!;
    const vd = veVd.get(v.entryNo) ?? ileVd.get(e.entryNo) ?? e.postingDate;
    const byAverage =
      rulesOf(items.get(e.itemNo)).averaged &&
      !e.positive &&
      e.appliesToEntry === 0 &&
      !v.itemChargeNo &&
      e.entryType !== "Output" &&
      e.entryType !== "Assembly Output" &&
      !fixedClosed.has(e.entryNo);
    if (v.valuationDate !== undefined && v.valuationDate !== vd)
      problems.push(contradiction(input, `VE:${v.entryNo}`, "Value Entries", "Valuation Date", v.valuationDate, vd));
    const w = v as { valuationDate?: IsoDate; valuedByAverageCost?: boolean };
    w.valuationDate ??= vd;
    w.valuedByAverageCost ??= byAverage;
    return v as ValueEntry;
  });

  const ledger: Ledger = {
    items,
    itemLedgerEntries,
    valueEntries,
    applications,
    setup: input.setup,
    accountingPeriods: [...input.accountingPeriods].sort((a, b) => (a.startingDate < b.startingDate ? -1 : 1)),
  };
  return { ledger, problems };
}

/** Quantity application in entry-number order, as posting applied it. */
export function rebuildApplications(
  iles: readonly BaseIle[],
  methodOf: (itemNo: string) => Item["costingMethod"],
): ItemApplicationEntry[] {
  const apps: ItemApplicationEntry[] = [];
  // Open entries by item, then location, then variant: the field strings keep their hashes, where a joined
  // key would be hashed anew for every entry of a million-row ledger.
  const open = new Map<string, Map<string, Map<string, { inbound: OpenEntries; outbound: OpenEntries }>>>();
  const openAt = (e: BaseIle) => {
    let byLocation = open.get(e.itemNo);
    if (!byLocation) open.set(e.itemNo, (byLocation = new Map()));
    let byVariant = byLocation.get(e.locationCode);
    if (!byVariant) byLocation.set(e.locationCode, (byVariant = new Map()));
    let lists = byVariant.get(e.variantCode);
    if (!lists) byVariant.set(e.variantCode, (lists = { inbound: new OpenEntries(), outbound: new OpenEntries() }));
    return lists;
  };
  const openByNo = new EntryMap<OpenEntry>(maxEntryNo(iles));
  const shipments = new Map<string, Shipment[]>();
  const add = (
    itemLedgerEntryNo: number,
    inboundItemEntryNo: number,
    outboundItemEntryNo: number,
    quantity: Quantity,
    postingDate: IsoDate,
    transferredFromEntryNo: number,
    costApplication: boolean,
  ) =>
    apps.push({
      entryNo: apps.length + 1,
      itemLedgerEntryNo,
      inboundItemEntryNo,
      outboundItemEntryNo,
      quantity,
      postingDate,
      transferredFromEntryNo,
      costApplication,
    });

  for (const e of iles) {
    const method = methodOf(e.itemNo);
    const rules = COSTING_METHOD_RULES[method];
    const place = openAt(e);
    const ile = e as ItemLedgerEntry;
    const appliesTo = e.appliesToEntry ?? 0;
    if (e.quantity > ZERO) {
      let receivesFrom = 0;
      let transferredFrom = 0;
      if (e.entryType === "Transfer") {
        const s = pairShipment(shipments, e);
        if (s) {
          s.unpaired = (s.unpaired - min(s.unpaired, e.quantity)) as Quantity;
          transferredFrom = rules.receiptFromSource ? transferSource(s, e.quantity) : s.entry.entryNo;
        }
      }
      const target = appliesTo ? openByNo.get(appliesTo) : undefined;
      const closesTarget = target !== undefined && target.remaining < 0n;
      if (appliesTo && !closesTarget) receivesFrom = appliesTo; // Applies-from: a cost receiver
      add(
        e.entryNo,
        e.entryNo,
        receivesFrom,
        e.quantity,
        e.postingDate,
        transferredFrom,
        !rules.averaged || receivesFrom !== 0 || transferredFrom !== 0,
      );
      const self: OpenEntry = { entry: ile, remaining: e.quantity };
      const negatives = place.outbound;
      // LIFO searches the open negative entries from the latest too (ApplyItemLedgEntry: EntryFindMethod "+").
      const taken = takeQuantity(e.quantity, closesTarget ? [target] : negatives.walk(negativesOrder[method]));
      for (const t of taken) {
        self.remaining = (self.remaining - t.quantity) as Quantity;
        add(
          t.inbound.entry.entryNo,
          e.entryNo,
          t.inbound.entry.entryNo,
          -t.quantity as Quantity,
          e.postingDate,
          0,
          !rules.averaged || (closesTarget && t.inbound === target),
        );
      }
      negatives.noteClosed(taken.length);
      place.inbound.add(self);
      openByNo.set(e.entryNo, self);
    } else {
      const fixed = appliesTo ? openByNo.get(appliesTo) : undefined;
      const positives = place.inbound;
      const ownOutput = (c: OpenEntry) =>
        e.entryType === "Consumption" &&
        e.orderNo !== "" &&
        c.entry.entryType === "Output" &&
        c.entry.orderNo === e.orderNo;
      const candidates: Iterable<OpenEntry> = fixed
        ? fixed.remaining > ZERO
          ? [fixed]
          : []
        : e.entryType === "Consumption" && e.orderNo
          ? [...applicationOrder[method](ile, positives)].filter((c) => !ownOutput(c))
          : applicationOrder[method](ile, positives);
      const self: OpenEntry = { entry: ile, remaining: e.quantity };
      const taken = takeQuantity(-e.quantity as Quantity, candidates);
      for (const t of taken) {
        self.remaining = (self.remaining + t.quantity) as Quantity;
        add(
          e.entryNo,
          t.inbound.entry.entryNo,
          e.entryNo,
          -t.quantity as Quantity,
          e.postingDate,
          0,
          !rules.averaged || fixed !== undefined,
        );
      }
      positives.noteClosed(taken.length);
      if (self.remaining !== 0n) place.outbound.add(self);
      openByNo.set(e.entryNo, self);
      if (e.entryType === "Transfer") {
        const shipment: Shipment = {
          entry: e,
          unpaired: -e.quantity as Quantity,
          sources: taken.map((t) => ({ inbound: t.inbound.entry.entryNo, quantity: t.quantity })),
        };
        for (const k of [`${e.itemNo}\u0000${e.documentNo}`, `${e.itemNo}\u0000*`]) {
          const l = shipments.get(k) ?? [];
          l.push(shipment);
          shipments.set(k, l);
        }
      }
    }
  }
  return apps;
}

/** A transfer shipment waiting for its receipts, with the inbounds it was applied to, in application order. */
interface Shipment {
  readonly entry: BaseIle;
  unpaired: Quantity;
  readonly sources: { readonly inbound: number; quantity: Fixed }[];
}

/**
 * The entry a receipt of a FIFO, LIFO, Specific or Standard item is transferred from (InsertTransferEntry): Business
 * Central posts one receipt per application of the shipment, its "Transferred-from Entry No." the inbound that
 * application took, so the receipt is costed from that inbound. A receipt that does not match the applications
 * (an export not shaped as Business Central posts) is costed from the shipment instead.
 */
function transferSource(s: Shipment, quantity: Quantity): number {
  const first = s.sources[0];
  if (!first || quantity > first.quantity) return s.entry.entryNo;
  first.quantity -= quantity;
  if (first.quantity === 0n) s.sources.shift();
  return first.inbound;
}

/** The shipment a transfer receipt belongs to: the latest one of the same document (or item) still unpaired. */
function pairShipment(shipments: Map<string, Shipment[]>, receipt: BaseIle): Shipment | undefined {
  for (const k of [`${receipt.itemNo}\u0000${receipt.documentNo}`, `${receipt.itemNo}\u0000*`]) {
    const l = shipments.get(k);
    if (!l) continue;
    while (l.length > 0 && l[l.length - 1].unpaired === 0n) l.pop(); // paired ones leave from the end
    for (let i = l.length - 1; i >= 0; i--) if (l[i].unpaired > ZERO) return l[i];
  }
  return undefined;
}

/** Remaining Quantity of each entry: its quantity less what was applied, summed as scaled integers. */
function remainingQuantities(iles: readonly BaseIle[], apps: readonly ItemApplicationEntry[]): EntryLookup<Quantity> {
  const applied = new EntryMap<Fixed>(maxEntryNo(iles));
  for (const a of apps) {
    if (a.quantity >= 0n) continue;
    const q = a.quantity; // negative
    applied.set(a.inboundItemEntryNo, (applied.get(a.inboundItemEntryNo) ?? 0n) + q);
    applied.set(a.outboundItemEntryNo, (applied.get(a.outboundItemEntryNo) ?? 0n) - q);
  }
  const rem = new EntryMap<Quantity>(maxEntryNo(iles));
  for (const e of iles) {
    const taken = applied.get(e.entryNo) ?? 0n;
    rem.set(e.entryNo, taken === 0n ? e.quantity : ((e.quantity + taken) as Quantity));
  }
  return rem;
}

const ILE_CHECKED = [
  ["remainingQuantity", "Remaining Quantity"],
  ["open", "Open"],
  ["positive", "Positive"],
  ["invoicedQuantity", "Invoiced Quantity"],
  ["completelyInvoiced", "Completely Invoiced"],
  ["lastInvoiceDate", "Last Invoice Date"],
] as const;

function show(v: unknown): string {
  if (typeof v === "bigint") return formatExact(v);
  if (typeof v === "boolean") return v ? "Yes" : "No";
  return v === NO_DATE ? "(blank)" : String(v);
}

function same(a: unknown, b: unknown): boolean {
  return a === b;
}

function contradiction(
  input: LedgerInput,
  key: string,
  table: string,
  column: string,
  given: unknown,
  derived: unknown,
): Problem {
  const s = input.sources?.get(key);
  const source = { table: s?.table ?? table, row: s?.row ?? 0, column, value: show(given) };
  return {
    severity: "warning",
    source,
    kind: {
      key: `derived|${source.table}|${column}`,
      summary:
        "where the ledger's value differs from what replaying the ledger gives; the ledger's values are kept. " +
        "Check that the export holds every entry of these items; a missing entry changes what is derived.",
    },
    message:
      `${where(source)}: the ledger says ${show(given)}, but replaying the ledger gives ${show(derived)}. ` +
      `The ledger's value is kept. Check that the export holds every entry of the item, in any order; a missing entry changes what is derived.`,
  };
}
