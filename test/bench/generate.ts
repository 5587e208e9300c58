// A seeded generator of a realistic ledger for the benchmark, produced directly as the engine's LedgerInput
// (as an export would give it: no applications, no valuation dates, no remaining quantities).
// Thousands of items of every costing method, several locations and variants, purchases, sales, item charges,
// transfers (shipment + receipt with the same document), backdated postings, Specific items with serial numbers.
import type { CostingMethod, Item, ItemLedgerEntryInput, LedgerInput, ValueEntryInput } from "../../src/engine/model";
import { ONE_SCALED, dec, type Exact } from "../../src/engine/money";

/** Mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOCATIONS = ["BLUE", "RED", "GREEN", "YELLOW"];
const VARIANTS = ["", "", "V1", "V2"];
const START = Date.UTC(2023, 0, 1);
const DAYS = 730;

const d = (s: string): Exact => dec(s);

/** A whole number of cents as an amount. */
const cents = (c: number): Exact => ((BigInt(c) * ONE_SCALED) / 100n) as Exact;

function iso(day: number): string {
  return new Date(START + day * 86400000).toISOString().slice(0, 10);
}

function pickMethod(r: number): CostingMethod {
  if (r < 0.35) return "FIFO";
  if (r < 0.7) return "Average";
  if (r < 0.8) return "LIFO";
  if (r < 0.95) return "Standard";
  return "Specific";
}

interface ItemState {
  item: Item;
  priceCents: number; // base purchase unit cost
  unitCostCents: number; // what sales are posted at
  stock: Map<string, number>; // location|variant -> quantity
  serials: { entryNo: number; serial: string; loc: string; variant: string }[];
  purchases: number[]; // entry nos, for item charges
}

export interface GeneratedLedger {
  readonly input: LedgerInput;
  readonly lastDate: string;
}

export function generateLedger(valueEntries: number, seed = 20240601): GeneratedLedger {
  const rand = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const itemCount = Math.max(2000, Math.round(valueEntries / 200));
  const states: ItemState[] = [];
  for (let i = 0; i < itemCount; i++) {
    const method = pickMethod(rand());
    const priceCents = int(100, 50000);
    const no = `B${String(i + 1).padStart(6, "0")}`;
    states.push({
      item: {
        no,
        description: `Bench item ${i + 1}`,
        costingMethod: method,
        unitCost: cents(priceCents),
        standardCost: cents(priceCents),
        lastDirectCost: cents(priceCents),
        blocked: false,
      },
      priceCents,
      unitCostCents: priceCents,
      stock: new Map(),
      serials: [],
      purchases: [],
    });
  }

  const iles: ItemLedgerEntryInput[] = [];
  const ves: ValueEntryInput[] = [];
  let serialNo = 0;
  const perDay = valueEntries / DAYS;

  const ile = (e: Omit<ItemLedgerEntryInput, "entryNo">): number => {
    const entryNo = iles.length + 1;
    iles.push({ entryNo, ...e });
    return entryNo;
  };
  const ve = (e: Omit<ValueEntryInput, "entryNo">): void => {
    ves.push({ entryNo: ves.length + 1, ...e });
  };

  let day = 0;
  let budget = 0;
  while (ves.length < valueEntries) {
    budget += perDay;
    while (budget >= 1 && ves.length < valueEntries) {
      budget -= 1;
      const s = states[Math.floor(rand() * states.length)];
      const method = s.item.costingMethod;
      const postingDay = rand() < 0.03 ? Math.max(0, day - int(1, 30)) : day; // backdated postings
      const date = iso(postingDay);
      const loc = LOCATIONS[Math.floor(rand() * LOCATIONS.length)];
      const variant = VARIANTS[Math.floor(rand() * VARIANTS.length)];
      const key = `${loc}|${variant}`;
      const onHand = s.stock.get(key) ?? 0;
      const r = rand();
      const doc = `D${iles.length + 1}`;

      if (method === "Specific") {
        if (r < 0.55 || s.serials.length === 0) {
          const serial = `SN${++serialNo}`;
          const price = s.priceCents + int(-Math.trunc(s.priceCents / 10), Math.trunc(s.priceCents / 10));
          const no = ile({
            itemNo: s.item.no,
            postingDate: date,
            entryType: "Purchase",
            quantity: d("1"),
            locationCode: loc,
            variantCode: variant,
            documentNo: doc,
            serialNo: serial,
          });
          ve({ itemLedgerEntryNo: no, postingDate: date, entryType: "Direct Cost", costAmountActual: cents(price) });
          s.serials.push({ entryNo: no, serial, loc, variant });
        } else {
          const pick = s.serials.splice(Math.floor(rand() * s.serials.length), 1)[0];
          const no = ile({
            itemNo: s.item.no,
            postingDate: iso(day),
            entryType: "Sale",
            quantity: d("-1"),
            locationCode: pick.loc,
            variantCode: pick.variant,
            documentNo: doc,
            serialNo: pick.serial,
            appliesToEntry: pick.entryNo,
          });
          ve({
            itemLedgerEntryNo: no,
            postingDate: iso(day),
            entryType: "Direct Cost",
            costAmountActual: cents(-s.unitCostCents),
          });
        }
        continue;
      }

      if (r < 0.45 || onHand <= 0) {
        // purchase
        const qty = int(1, 40);
        const price = s.priceCents + int(-Math.trunc(s.priceCents / 5), Math.trunc(s.priceCents / 5));
        const no = ile({
          itemNo: s.item.no,
          postingDate: date,
          entryType: "Purchase",
          quantity: d(String(qty)),
          locationCode: loc,
          variantCode: variant,
          documentNo: doc,
        });
        ve({
          itemLedgerEntryNo: no,
          postingDate: date,
          entryType: "Direct Cost",
          costAmountActual: cents(price * qty),
        });
        if (method === "Standard" && price !== s.priceCents) {
          ve({
            itemLedgerEntryNo: no,
            postingDate: date,
            entryType: "Variance",
            costAmountActual: cents((s.priceCents - price) * qty),
          });
        }
        s.stock.set(key, onHand + qty);
        s.purchases.push(no);
        if (s.purchases.length > 20) s.purchases.shift();
      } else if (r < 0.88 && postingDay === day) {
        // sale at the Unit Cost of the moment (never backdated, so stock is never negative)
        const qty = int(1, Math.min(onHand, 25));
        const no = ile({
          itemNo: s.item.no,
          postingDate: date,
          entryType: "Sale",
          quantity: d(String(-qty)),
          locationCode: loc,
          variantCode: variant,
          documentNo: doc,
        });
        ve({
          itemLedgerEntryNo: no,
          postingDate: date,
          entryType: "Direct Cost",
          costAmountActual: cents(-s.unitCostCents * qty),
        });
        s.stock.set(key, onHand - qty);
      } else if (r < 0.94 && s.purchases.length > 0) {
        // item charge (freight) on a recent receipt, posted today
        const target = s.purchases[Math.floor(rand() * s.purchases.length)];
        const receipt = iles[target - 1];
        ve({
          itemLedgerEntryNo: target,
          postingDate: iso(day),
          entryType: "Direct Cost",
          itemChargeNo: "FREIGHT",
          valuedQuantity: receipt.quantity,
          costAmountActual: cents(int(100, 5000)),
        });
      } else if (postingDay === day) {
        // transfer to another location: shipment and receipt with the same document
        const to = LOCATIONS[(LOCATIONS.indexOf(loc) + int(1, LOCATIONS.length - 1)) % LOCATIONS.length];
        const qty = int(1, onHand);
        const amount = cents(s.unitCostCents * qty);
        const ship = ile({
          itemNo: s.item.no,
          postingDate: date,
          entryType: "Transfer",
          quantity: d(String(-qty)),
          locationCode: loc,
          variantCode: variant,
          documentNo: doc,
        });
        ve({
          itemLedgerEntryNo: ship,
          postingDate: date,
          entryType: "Direct Cost",
          costAmountActual: -amount as Exact,
        });
        const rec = ile({
          itemNo: s.item.no,
          postingDate: date,
          entryType: "Transfer",
          quantity: d(String(qty)),
          locationCode: to,
          variantCode: variant,
          documentNo: doc,
        });
        ve({ itemLedgerEntryNo: rec, postingDate: date, entryType: "Direct Cost", costAmountActual: amount });
        s.stock.set(key, onHand - qty);
        s.stock.set(`${to}|${variant}`, (s.stock.get(`${to}|${variant}`) ?? 0) + qty);
      }
    }
    day = Math.min(day + 1, DAYS - 1);
  }

  return {
    input: {
      items: states.map((s) => s.item),
      itemLedgerEntries: iles,
      valueEntries: ves,
      setup: {
        averageCostPeriod: "Day",
        averageCostCalcType: "Item & Location & Variant",
        amountRoundingPrecision: d("0.01"),
        unitAmountRoundingPrecision: d("0.00001"),
        allowPostingFrom: "",
      },
      accountingPeriods: [],
    },
    lastDate: iso(DAYS - 1),
  };
}
