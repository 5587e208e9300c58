// fast-check arbitraries of realistic ledgers: a list of abstract business events (receipts, shipments, item
// charges, late invoices, sales returns, transfers, backdated postings) interpreted into a ledgerBuilder
// Scenario, so a counterexample prints as the same compact step list the seed tests are written in.
import fc from "fast-check";
import { AverageCostCalcType, AverageCostPeriod, CostingMethod, addDays } from "../../src/engine";
import { Scenario, Step } from "./ledgerBuilder";

export const LOCATIONS = ["BLUE", "RED", "GREEN"] as const;

type Op =
  | { k: "in"; item: number; loc: number; qty: number; cents: number; adj: boolean; expected: boolean; back: number }
  | { k: "out"; item: number; loc: number; pick: number; qty: number; adj: boolean; back: number }
  | { k: "charge"; pick: number; cents: number }
  | { k: "invoice"; pick: number; delta: number }
  | { k: "ret"; pick: number; qty: number }
  | { k: "xfer"; pick: number; to: number; qty: number }
  | { k: "advance"; days: number };

export interface LedgerOptions {
  /** Let shipments exceed stock on hand; every negative balance is closed by a receipt at the end. */
  negative?: boolean;
  /** Invoice every expected-cost receipt by the end (otherwise some may stay uninvoiced). */
  invoiceAll?: boolean;
  maxOps?: number;
  maxItems?: number;
}

const qtyArb = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 1, max: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 21, max: 60 }) },
);
const backArb = fc.oneof(
  { weight: 5, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }) },
);
const centsArb = fc.integer({ min: 1, max: 9999 });

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      k: fc.constant("in" as const),
      item: fc.nat(2),
      loc: fc.nat(2),
      qty: qtyArb,
      cents: centsArb,
      adj: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      expected: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      back: backArb,
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      k: fc.constant("out" as const),
      item: fc.nat(2),
      loc: fc.nat(2),
      pick: fc.nat(),
      qty: qtyArb,
      adj: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      back: backArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant("charge" as const),
      pick: fc.nat(),
      cents: fc.integer({ min: 1, max: 5000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant("invoice" as const),
      pick: fc.nat(),
      delta: fc.integer({ min: -300, max: 300 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ k: fc.constant("ret" as const), pick: fc.nat(), qty: fc.integer({ min: 1, max: 20 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant("xfer" as const),
      pick: fc.nat(),
      to: fc.integer({ min: 1, max: 2 }),
      qty: qtyArb,
    }),
  },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("advance" as const), days: fc.integer({ min: 1, max: 20 }) }) },
);

const methodArb = fc.constantFrom<CostingMethod>("FIFO", "LIFO", "Average", "Standard", "Specific");

export function money(cents: number): string {
  const a = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}`;
}

interface Posted {
  ile: number;
  item: string;
  loc: string;
  qty: number;
  unit: number;
  date: string;
}

/** Interprets the events into ledger steps; shipments are valued at the item's last purchase unit cost. */
export function buildScenario(
  methods: CostingMethod[],
  standard: number[],
  period: AverageCostPeriod,
  calcType: AverageCostCalcType,
  ops: Op[],
  opts: LedgerOptions,
): Scenario {
  const items = methods.map((m, i) => ({ no: `I${i + 1}`, method: m, standardCost: money(standard[i]) }));
  const steps: Step[] = [];
  const stock = new Map<string, number>();
  const lastUnit = items.map((_, i) => standard[i]);
  const inbounds: Posted[] = []; // purchases / positive adjustments that can take an item charge
  const pending: (Posted & { expCents: number })[] = []; // expected-cost receipts not yet invoiced
  const sales: (Posted & { returnable: number })[] = [];
  // Specific items: every receipt is its own lot, and a shipment names the lot it takes (BC applies by lot/serial).
  const lots = new Map<string, { lot: string; qty: number }[]>();
  const isSpecific = (item: string) => methods[+item.slice(1) - 1] === "Specific";
  let ile = 0;
  let date = "2024-01-02";
  const key = (item: string, loc: string) => `${item}|${loc}`;
  const onHand = (item: string, loc: string) => stock.get(key(item, loc)) ?? 0;
  const move = (item: string, loc: string, q: number) => stock.set(key(item, loc), onHand(item, loc) + q);
  const invoice = (p: Posted & { expCents: number }, delta: number) => {
    const unit = methods[+p.item.slice(1) - 1] === "Standard" ? p.unit : Math.max(1, p.unit + delta);
    steps.push({
      value: "Invoice",
      ileNo: p.ile,
      date,
      cost: money(unit * p.qty),
      expected: money(-p.expCents),
      invoicedQty: String(p.qty),
    });
    if (methods[+p.item.slice(1) - 1] !== "Standard") lastUnit[+p.item.slice(1) - 1] = unit;
  };

  for (const op of ops.slice(0, opts.maxOps ?? ops.length)) {
    if (op.k === "advance") {
      date = addDays(date, op.days);
      continue;
    }
    // shipments and transfers mostly take from a bin that has stock (any bin when negative inventory is allowed)
    const stocked = [...stock].filter(([, q]) => q > 0).map(([k]) => k.split("|"));
    const chosen = "pick" in op && stocked.length > 0 ? stocked[op.pick % stocked.length] : undefined;
    if (op.k === "in") {
      const i = op.item % items.length;
      const it = items[i];
      const loc = LOCATIONS[op.loc];
      const unit = it.method === "Standard" ? standard[i] : op.cents;
      const d = addDays(date, -op.back);
      const expected = op.expected && !op.adj;
      const lot = it.method === "Specific" ? `L${ile + 1}` : undefined;
      steps.push({
        ile: ++ile,
        item: it.no,
        date: d,
        type: op.adj ? "Positive Adjmt." : "Purchase",
        qty: String(op.qty),
        cost: money(unit * op.qty),
        loc,
        expected,
        lot,
      });
      if (lot) lots.set(key(it.no, loc), [...(lots.get(key(it.no, loc)) ?? []), { lot, qty: op.qty }]);
      move(it.no, loc, op.qty);
      lastUnit[i] = unit;
      const p = { ile, item: it.no, loc, qty: op.qty, unit, date: d };
      if (it.method !== "Standard") inbounds.push(p);
      if (expected) pending.push({ ...p, expCents: unit * op.qty });
    } else if (op.k === "out") {
      const free = opts.negative && op.pick % 3 === 0;
      if (!free && !chosen) continue;
      const it = free ? items[op.item % items.length] : items[+chosen![0].slice(1) - 1];
      const loc = free ? LOCATIONS[op.loc] : chosen![1];
      const have = onHand(it.no, loc);
      const lot = it.method === "Specific" ? (lots.get(key(it.no, loc)) ?? []).find((l) => l.qty > 0) : undefined;
      if (it.method === "Specific" && !lot) continue; // a Specific shipment needs a lot on hand
      const qty = lot ? Math.min(op.qty, lot.qty) : opts.negative ? op.qty : Math.min(op.qty, have);
      if (qty <= 0) continue;
      if (lot) lot.qty -= qty;
      const d = addDays(date, -op.back);
      steps.push({
        ile: ++ile,
        item: it.no,
        date: d,
        type: op.adj ? "Negative Adjmt." : "Sale",
        qty: String(-qty),
        cost: money(-lastUnit[items.indexOf(it)] * qty),
        loc,
        lot: lot?.lot,
      });
      move(it.no, loc, -qty);
      // only shipments fully covered when posted can be returned (a return must not close negative inventory)
      if (!op.adj && qty <= have)
        sales.push({ ile, item: it.no, loc, qty, unit: lastUnit[items.indexOf(it)], date: d, returnable: qty });
    } else if (op.k === "xfer") {
      if (!chosen) continue;
      const i = +chosen[0].slice(1) - 1;
      const it = items[i];
      if (it.method === "Specific") continue; // transfers of lot-tracked items are not generated
      const from = chosen[1];
      const to = LOCATIONS[(LOCATIONS.indexOf(from as never) + op.to) % LOCATIONS.length];
      const qty = Math.min(op.qty, onHand(it.no, from));
      const doc = `T${ile + 1}`;
      const amount = lastUnit[i] * qty;
      steps.push({
        ile: ++ile,
        item: it.no,
        date,
        type: "Transfer",
        qty: String(-qty),
        cost: money(-amount),
        loc: from,
        doc,
      });
      steps.push({
        ile: ++ile,
        item: it.no,
        date,
        type: "Transfer",
        qty: String(qty),
        cost: money(amount),
        loc: to,
        doc,
      });
      move(it.no, from, -qty);
      move(it.no, to, qty);
    } else if (op.k === "charge") {
      if (inbounds.length === 0) continue;
      steps.push({ value: "Item Charge", ileNo: inbounds[op.pick % inbounds.length].ile, date, cost: money(op.cents) });
    } else if (op.k === "invoice") {
      if (pending.length === 0) continue;
      invoice(pending.splice(op.pick % pending.length, 1)[0], op.delta);
    } else if (op.k === "ret") {
      const open = sales.filter((s) => s.returnable > 0);
      if (open.length === 0) continue;
      const s = open[op.pick % open.length];
      if (isSpecific(s.item)) continue; // returns of lot-tracked items are not generated
      const qty = 1 + ((op.qty - 1) % s.returnable);
      s.returnable -= qty;
      steps.push({
        ile: ++ile,
        item: s.item,
        date,
        type: "Sale",
        qty: String(qty),
        cost: money(s.unit * qty),
        loc: s.loc,
        appliesTo: s.ile,
      });
      move(s.item, s.loc, qty);
    }
  }
  date = addDays(date, 1);
  if (opts.invoiceAll) for (const p of pending.splice(0)) invoice(p, 0);
  if (opts.negative) {
    for (const [k, q] of stock) {
      if (q >= 0) continue;
      const [item, loc] = k.split("|");
      const i = +item.slice(1) - 1;
      steps.push({ ile: ++ile, item, date, type: "Purchase", qty: String(-q), cost: money(-q * lastUnit[i]), loc });
    }
  }
  return { period, calcType, items, steps };
}

export function ledgerArb(opts: LedgerOptions = {}): fc.Arbitrary<Scenario> {
  const n = opts.maxItems ?? 3;
  return fc
    .record({
      methods: fc.array(methodArb, { minLength: 1, maxLength: n }),
      standard: fc.array(fc.integer({ min: 100, max: 5000 }), { minLength: n, maxLength: n }),
      period: fc.constantFrom<AverageCostPeriod>("Day", "Week", "Month"),
      calcType: fc.constantFrom<AverageCostCalcType>("Item", "Item & Location & Variant"),
      ops: fc.array(opArb, { minLength: 4, maxLength: opts.maxOps ?? 30, size: "max" }),
    })
    .map((r) => buildScenario(r.methods, r.standard, r.period, r.calcType, r.ops, opts));
}
