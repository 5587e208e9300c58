// fast-check ledgers shaped like a distributor's: purchases (some received now and invoiced later at another
// price, some with an item charge posted later, some backdated), sales (some backdated, some beyond stock),
// transfers between three locations (round trips likely) posted as Business Central posts them (one receipt per
// application for FIFO/LIFO/Standard, one receipt for Average: InsertTransferEntry), negative adjustments, some
// fixed-applied to a receipt (the write-off of a transferred lot). Every negative balance is closed at the end and
// every receipt invoiced, so "nothing on hand" can be checked against value 0.00.
import fc from "fast-check";
import { AverageCostCalcType, AverageCostPeriod, CostingMethod, addDays } from "../../src/engine";
import { Scenario, Step } from "./ledgerBuilder";
import { money } from "./ledgerArbitrary";

const LOCATIONS = ["L1", "L2", "L3"] as const;

type Op =
  | { k: "buy"; item: number; loc: number; qty: number; cents: number; expected: boolean; back: number }
  | { k: "sell"; item: number; loc: number; qty: number; back: number; beyond: boolean }
  | { k: "move"; item: number; loc: number; to: number; qty: number; back: boolean; writeOff: boolean }
  | { k: "writeOff"; item: number; loc: number; qty: number; fixed: boolean }
  | { k: "charge"; pick: number; cents: number }
  | { k: "invoice"; pick: number; percent: number }
  | { k: "advance"; days: number };

const qty = fc.integer({ min: 1, max: 12 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      k: fc.constant("buy" as const),
      item: fc.nat(2),
      loc: fc.nat(2),
      qty,
      cents: fc.integer({ min: 100, max: 5000 }),
      expected: fc.boolean(),
      back: fc.oneof(fc.constant(0), fc.nat(6)),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      k: fc.constant("sell" as const),
      item: fc.nat(2),
      loc: fc.nat(2),
      qty,
      back: fc.oneof(fc.constant(0), fc.constant(0), fc.nat(8)),
      beyond: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      k: fc.constant("move" as const),
      item: fc.nat(2),
      loc: fc.nat(2),
      to: fc.integer({ min: 1, max: 2 }),
      qty,
      back: fc.boolean(),
      writeOff: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant("writeOff" as const),
      item: fc.nat(2),
      loc: fc.nat(2),
      qty,
      fixed: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant("charge" as const),
      pick: fc.nat(),
      cents: fc.integer({ min: 1, max: 3000 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant("invoice" as const),
      pick: fc.nat(),
      percent: fc.integer({ min: -20, max: 20 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("advance" as const), days: fc.integer({ min: 1, max: 12 }) }) },
);

/** An open inbound as Business Central's quantity application sees it. */
interface Layer {
  ile: number;
  loc: string;
  date: string;
  remaining: number;
  unit: number;
}

export interface TransferLedger {
  readonly scenario: Scenario;
  /** Highest unit cost any inbound or posted outbound of the item carries: no adjusted cost may exceed it. */
  readonly maxUnitCents: ReadonlyMap<string, number>;
  /** Transfer documents: the shipment and its receipts, whose costs must cancel. */
  readonly transfers: readonly { readonly shipment: number; readonly receipts: readonly number[] }[];
}

function build(
  methods: CostingMethod[],
  period: AverageCostPeriod,
  calcType: AverageCostCalcType,
  ops: Op[],
): TransferLedger {
  const items = methods.map((m, i) => ({ no: `I${i + 1}`, method: m, standardCost: money(1000 + 250 * i) }));
  const steps: Step[] = [];
  const layers = new Map<string, Layer[]>(); // by item: open inbounds
  const negatives: { item: string; loc: string; qty: number }[] = [];
  const unitOf = items.map((it) => (it.method === "Standard" ? 1000 + 250 * items.indexOf(it) : 1000));
  const maxUnit = new Map(items.map((it, i) => [it.no, unitOf[i]]));
  const bump = (item: string, cents: number) => maxUnit.set(item, Math.max(maxUnit.get(item)!, cents));
  // an item charge raises the unit cost of its receipt's units by at most its amount over the receipt's quantity
  const chargePerUnit = new Map(items.map((it) => [it.no, 0]));
  const charged: { ile: number; item: string; qty: number }[] = [];
  const pending: { ile: number; item: string; qty: number; unit: number }[] = [];
  const transfers: { shipment: number; receipts: number[] }[] = [];
  let ile = 0;
  let date = "2024-01-02";
  const onHand = (item: string, loc: string) =>
    (layers.get(item) ?? []).filter((l) => l.loc === loc).reduce((s, l) => s + l.remaining, 0) -
    negatives.filter((n) => n.item === item && n.loc === loc).reduce((s, n) => s + n.qty, 0);
  const receive = (item: string, loc: string, d: string, q: number, unit: number) => {
    const list = layers.get(item) ?? [];
    // an inbound first closes the location's open negative entries
    let left = q;
    for (const n of negatives)
      if (n.item === item && n.loc === loc && left > 0) {
        const t = Math.min(n.qty, left);
        n.qty -= t;
        left -= t;
      }
    if (left > 0) list.push({ ile, loc, date: d, remaining: left, unit });
    layers.set(item, list);
  };
  /** The open inbounds a shipment takes from, in Business Central's order (posting date, then entry no.; LIFO reversed). */
  const take = (item: string, method: CostingMethod, loc: string, q: number, before: number) => {
    const open = (layers.get(item) ?? []).filter((l) => l.loc === loc && l.remaining > 0 && l.ile < before);
    open.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.ile - b.ile));
    if (method === "LIFO") open.reverse();
    const taken: { layer: Layer; qty: number }[] = [];
    for (const l of open) {
      if (q === 0) break;
      const t = Math.min(q, l.remaining);
      l.remaining -= t;
      q -= t;
      taken.push({ layer: l, qty: t });
    }
    return { taken, short: q };
  };

  /**
   * A transfer as InsertTransferEntry posts it: the shipment, then one receipt for an Average item, else one receipt
   * per application at its source's cost; the shipment carries minus what the receipts carry.
   */
  const transfer = (i: number, from: string, to: string, q: number) => {
    const it = items[i];
    const doc = `T${ile + 1}`;
    const shipment = ++ile;
    const step = {
      ile: shipment,
      item: it.no,
      date,
      type: "Transfer" as const,
      qty: String(-q),
      cost: "0",
      loc: from,
      doc,
    };
    steps.push(step);
    const { taken } = take(it.no, it.method, from, q, shipment);
    const parts =
      it.method === "Average" ? [{ qty: q, unit: unitOf[i] }] : taken.map((t) => ({ qty: t.qty, unit: t.layer.unit }));
    const receipts: number[] = [];
    let shipped = 0;
    for (const p of parts) {
      steps.push({
        ile: ++ile,
        item: it.no,
        date,
        type: "Transfer",
        qty: String(p.qty),
        cost: money(p.unit * p.qty),
        loc: to,
        doc,
      });
      shipped += p.unit * p.qty;
      receipts.push(ile);
      receive(it.no, to, date, p.qty, p.unit);
    }
    step.cost = money(-shipped);
    transfers.push({ shipment, receipts });
  };

  /** A fixed application: the write-off of (part of) the latest open receipt at the location, a transfer's included. */
  const writeOffLatest = (i: number, loc: string, wanted: number) => {
    const it = items[i];
    const open = (layers.get(it.no) ?? []).filter((l) => l.loc === loc && l.remaining > 0);
    const target = open[open.length - 1];
    if (!target) return;
    const q = Math.min(wanted, target.remaining);
    target.remaining -= q;
    steps.push({
      ile: ++ile,
      item: it.no,
      date,
      type: "Negative Adjmt.",
      qty: String(-q),
      cost: money(-unitOf[i] * q),
      loc,
      appliesTo: target.ile,
    });
  };

  for (const op of ops) {
    if (op.k === "advance") {
      date = addDays(date, op.days);
      continue;
    }
    if (op.k === "charge") {
      if (charged.length === 0) continue;
      const c = charged[op.pick % charged.length];
      if (methods[+c.item.slice(1) - 1] === "Standard") continue;
      steps.push({ value: "Item Charge", ileNo: c.ile, date, cost: money(op.cents) });
      chargePerUnit.set(c.item, chargePerUnit.get(c.item)! + Math.ceil(op.cents / c.qty));
      continue;
    }
    if (op.k === "invoice") {
      if (pending.length === 0) continue;
      const p = pending.splice(op.pick % pending.length, 1)[0];
      const standard = methods[+p.item.slice(1) - 1] === "Standard";
      const unit = standard ? p.unit : Math.max(1, Math.round((p.unit * (100 + op.percent)) / 100));
      steps.push({
        value: "Invoice",
        ileNo: p.ile,
        date,
        cost: money(unit * p.qty),
        expected: money(-p.unit * p.qty),
        invoicedQty: String(p.qty),
      });
      bump(p.item, unit);
      continue;
    }
    const i = op.item % items.length;
    const it = items[i];
    const loc = LOCATIONS[op.loc];
    if (op.k === "buy") {
      const unit = it.method === "Standard" ? unitOf[i] : op.cents;
      const d = addDays(date, -op.back);
      const expected = op.expected;
      steps.push({
        ile: ++ile,
        item: it.no,
        date: d,
        type: "Purchase",
        qty: String(op.qty),
        cost: money(unit * op.qty),
        loc,
        expected,
      });
      receive(it.no, loc, d, op.qty, unit);
      if (expected) pending.push({ ile, item: it.no, qty: op.qty, unit });
      charged.push({ ile, item: it.no, qty: op.qty });
      bump(it.no, unit);
      if (it.method !== "Standard") unitOf[i] = unit;
    } else if (op.k === "sell" || (op.k === "writeOff" && !op.fixed)) {
      const have = onHand(it.no, loc);
      const q = op.k === "sell" && op.beyond ? op.qty : Math.min(op.qty, have);
      if (q <= 0) continue;
      const d = op.k === "sell" ? addDays(date, -op.back) : date;
      steps.push({
        ile: ++ile,
        item: it.no,
        date: d,
        type: op.k === "sell" ? "Sale" : "Negative Adjmt.",
        qty: String(-q),
        cost: money(-unitOf[i] * q),
        loc,
      });
      const { short } = take(it.no, it.method, loc, q, ile);
      if (short > 0) negatives.push({ item: it.no, loc, qty: short });
    } else if (op.k === "writeOff") {
      writeOffLatest(i, loc, op.qty);
    } else {
      const to = LOCATIONS[(op.loc + op.to) % LOCATIONS.length];
      const q = Math.min(op.qty, onHand(it.no, loc));
      if (q <= 0) continue;
      transfer(i, loc, to, q);
      // now and then the goods go straight back (a round trip)
      const back = op.back ? Math.min(q, onHand(it.no, to)) : 0;
      if (back > 0) transfer(i, to, loc, back);
      // and are written off there with a fixed application, as in the ledger that broke the engine
      if (back > 0 && op.writeOff) writeOffLatest(i, loc, back);
    }
  }
  // close every negative balance and invoice every receipt, so the ledger can settle completely
  date = addDays(date, 1);
  for (const p of pending.splice(0))
    steps.push({
      value: "Invoice",
      ileNo: p.ile,
      date,
      cost: money(p.unit * p.qty),
      expected: money(-p.unit * p.qty),
      invoicedQty: String(p.qty),
    });
  for (const n of negatives) {
    if (n.qty <= 0) continue;
    const i = +n.item.slice(1) - 1;
    steps.push({
      ile: ++ile,
      item: n.item,
      date,
      type: "Purchase",
      qty: String(n.qty),
      cost: money(unitOf[i] * n.qty),
      loc: n.loc,
    });
    n.qty = 0;
  }
  const bound = new Map([...maxUnit].map(([item, u]) => [item, u + chargePerUnit.get(item)!]));
  return { scenario: { period, calcType, items, steps }, maxUnitCents: bound, transfers };
}

export function transferLedgerArb(): fc.Arbitrary<TransferLedger> {
  return fc
    .record({
      methods: fc.array(fc.constantFrom<CostingMethod>("Average", "Average", "FIFO", "LIFO", "Standard"), {
        minLength: 1,
        maxLength: 3,
      }),
      period: fc.constantFrom<AverageCostPeriod>("Day", "Week", "Month"),
      calcType: fc.constantFrom<AverageCostCalcType>("Item", "Item & Location & Variant"),
      ops: fc.array(opArb, { minLength: 4, maxLength: 40, size: "max" }),
    })
    .map((r) => build(r.methods, r.period, r.calcType, r.ops));
}
