// Adjust Cost on generated distributor ledgers with transfers (round trips included), late invoices, item
// charges, backdating, negative inventory and fixed-applied write-offs, both calc types (issue 9 §1):
// costs are bounded by the inbound costs they can come from, nothing on hand means value 0.00 (but where Business
// Central itself leaves a cent, below), a transfer moves
// cost without making or losing any, and a second run creates nothing. Amounts are compared as decimal strings.
import fc from "fast-check";
import {
  dec,
  ItemLedgerEntry,
  Ledger,
  ZERO,
  adjustCostItemEntries,
  calcTypeOn,
  valuationPeriod,
} from "../../src/engine";
import { indexLedger } from "../../src/engine/ledgerIndex";
import { chainOfAppliedEntries } from "../../src/engine/appliedEntryChain";
import { ledgerInput, type Scenario } from "./ledgerBuilder";
import { replayed } from "./helpers";
import { TransferLedger, transferLedgerArb } from "./transferArbitrary";
import { abs, divide, formatExact, times, type Fixed } from "../../src/engine/money";

// CI runs one fixed seed, so a red build always names a change, never a draw; elsewhere every run draws new
// ledgers (PROPERTY_SEED replays one). A counterexample found that way becomes a named test below.
const SEED = process.env.PROPERTY_SEED ?? (process.env.CI ? "20261203" : undefined);
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300), ...(SEED ? { seed: Number(SEED) } : {}) };

/** Cost of each item ledger entry; without its Rounding entries when asked (a receipt's own rounding residual). */
function costs(l: Ledger, rounding = true): Map<number, Fixed> {
  const m = new Map<number, Fixed>();
  for (const v of l.valueEntries)
    if (rounding || v.entryType !== "Rounding")
      m.set(v.itemLedgerEntryNo, (m.get(v.itemLedgerEntryNo) ?? ZERO) + v.costAmountActual + v.costAmountExpected);
  return m;
}

/**
 * Items where Business Central itself can leave a value at quantity 0: an averaged outbound whose chain of applied
 * entries comes back into its own pool is valued on a pool recomputed without every other averaged outbound of the
 * period (ExcludeAvgCostOnValuationDate, rule "Valued By Average Cost and the chain holds a positive entry"), so what
 * the outbounds valued before it in that period took is counted again: a cent of their rounding, or more when their
 * own pools left out other receipts (roundTripBounded.test.ts: 2.26).
 */
function averageExceptionsAfterOthers(l: Ledger): Set<string> {
  return new Set(leftValuePools(l).leftAt.map((p) => p.itemNo));
}

/** The pools where such an outbound leaves a value (its scope, period start and entry), with what finds them. */
function leftValuePools(l: Ledger) {
  const index = indexLedger(l);
  const settings = { setup: l.setup, accountingPeriods: l.accountingPeriods };
  const scope = (no: number) => {
    const e = index.ile.get(no)!;
    return calcTypeOn(index.ileVd.get(no)!, settings) === "Item" ? e.itemNo : `${e.itemNo}|${e.locationCode}`;
  };
  const averaged = l.itemLedgerEntries.filter(
    (e) => !e.positive && e.appliesToEntry === 0 && index.vesByIle.get(e.entryNo)?.[0]?.valuedByAverageCost,
  );
  const leftAt: { scope: string; from: string; entryNo: number; itemNo: string }[] = [];
  for (const o of averaged) {
    const period = valuationPeriod(index.ileVd.get(o.entryNo)!, settings);
    const home = scope(o.entryNo);
    if (!chainOfAppliedEntries(index, o.entryNo, period.end).some((x) => scope(x) === home)) continue;
    const vdIn = (no: number) => index.ileVd.get(no)! >= period.start && index.ileVd.get(no)! <= period.end;
    if (averaged.some((x) => x.entryNo < o.entryNo && scope(x.entryNo) === home && vdIn(x.entryNo)))
      leftAt.push({ scope: home, from: period.start, entryNo: o.entryNo, itemNo: o.itemNo });
  }
  return { index, scope, averaged, leftAt };
}

/**
 * Entries that can take a value Business Central left at quantity 0 (averageExceptionsAfterOthers): the averaged
 * outbounds of the exception's pool valued after it (the pool taken again after an exception holds it, and so does
 * the next period's), the receipts they pass their cost to, and what is fixed-applied to those receipts, onward.
 */
function takesLeftValue(l: Ledger): Set<number> {
  const { index, scope, averaged, leftAt } = leftValuePools(l);
  const taking = new Set<number>();
  const stack = averaged
    .filter((e) => {
      const vd = index.ileVd.get(e.entryNo)!;
      return leftAt.some((p) => p.scope === scope(e.entryNo) && vd >= p.from && (e.entryNo > p.entryNo || vd > p.from));
    })
    .map((e) => e.entryNo);
  while (stack.length > 0) {
    const no = stack.pop()!;
    if (taking.has(no)) continue;
    taking.add(no);
    for (const link of index.receiversOf.get(no) ?? []) stack.push(link.to);
    for (const e of l.itemLedgerEntries) if (e.appliesToEntry === no && !e.positive) stack.push(e.entryNo);
  }
  return taking;
}

/** Quantity and cost on hand per key of an entry (null: not counted). */
function onHand(l: Ledger, cost: Map<number, Fixed>, keyOf: (e: ItemLedgerEntry) => string | null) {
  const sums = new Map<string, { q: Fixed; c: Fixed }>();
  for (const e of l.itemLedgerEntries) {
    const k = keyOf(e);
    if (k === null) continue;
    const s = sums.get(k) ?? { q: ZERO, c: ZERO };
    sums.set(k, { q: s.q + e.quantity, c: s.c + (cost.get(e.entryNo) ?? ZERO) });
  }
  return sums;
}

function adjust(t: TransferLedger) {
  const result = adjustCostItemEntries(replayed(ledgerInput(t.scenario)));
  return { result, ledger: result.ledger, cost: costs(result.ledger) };
}

describe("Adjust Cost on ledgers with transfers", () => {
  test("every entry's cost is bounded by the inbound costs it can come from", () =>
    fc.assert(
      fc.property(transferLedgerArb(), (t) => {
        const { ledger, cost } = adjust(t);
        // Where Business Central leaves a value at quantity 0 (averageExceptionsAfterOthers), the pool's next average
        // takes it, and that can pass every inbound's unit cost (roundTripBounded.test.ts: -10.06 for one unit when
        // no inbound cost more than 7.80). The entries that take it are held to the other properties, not to this bound.
        const exempt = takesLeftValue(ledger);
        for (const e of ledger.itemLedgerEntries) {
          if (exempt.has(e.entryNo)) continue;
          const c = cost.get(e.entryNo) ?? ZERO;
          const limit = divide(times(abs(e.quantity), dec(t.maxUnitCents.get(e.itemNo)!)), dec(100)) + dec("0.05");
          // an inbound carries a positive cost, an outbound a negative one, neither beyond quantity × the highest unit cost
          const signed = c === 0n || c >= 0n === e.quantity >= 0n;
          expect(`${e.entryNo}: ${formatExact(c, 2)} ${signed && abs(c) <= limit}`).toBe(
            `${e.entryNo}: ${formatExact(c, 2)} true`,
          );
        }
      }),
      RUNS,
    ));

  test("nothing on hand: value 0.00 per item", () =>
    fc.assert(
      fc.property(transferLedgerArb(), (t) => {
        const { ledger, cost } = adjust(t);
        const sums = onHand(ledger, cost, (e) => e.itemNo);
        const exceptions = averageExceptionsAfterOthers(ledger);
        for (const [k, { q, c }] of sums)
          if (q === 0n && !exceptions.has(k)) expect(`${k}: ${formatExact(c, 2)}`).toBe(`${k}: 0.00`);
      }),
      RUNS,
    ));

  test("nothing on hand at a location: value 0.00 there, for FIFO, LIFO and Standard items", () =>
    fc.assert(
      fc.property(transferLedgerArb(), (t) => {
        const { ledger, cost } = adjust(t);
        const applied = (e: ItemLedgerEntry) => ledger.items.get(e.itemNo)?.costingMethod !== "Average";
        const sums = onHand(ledger, cost, (e) => (applied(e) ? `${e.itemNo}|${e.locationCode}` : null));
        for (const [k, { q, c }] of sums) if (q === 0n) expect(`${k}: ${formatExact(c, 2)}`).toBe(`${k}: 0.00`);
      }),
      RUNS,
    ));

  // The receipt's own Rounding entry (EliminateRndgResidual, once it is fully applied) is not part of the transfer.
  test("a transfer makes no cost and loses none: shipment + receipts = 0.00", () =>
    fc.assert(
      fc.property(transferLedgerArb(), (t) => {
        const cost = costs(adjust(t).ledger, false);
        for (const x of t.transfers) {
          const net = x.receipts.reduce((s, r) => s + (cost.get(r) ?? ZERO), cost.get(x.shipment) ?? ZERO);
          expect(`T${x.shipment}: ${formatExact(net, 2)}`).toBe(`T${x.shipment}: 0.00`);
        }
      }),
      RUNS,
    ));

  test("a second run creates nothing", () =>
    fc.assert(
      fc.property(transferLedgerArb(), (t) => {
        const { ledger } = adjust(t);
        const again = adjustCostItemEntries(ledger);
        expect(
          again.newValueEntries.map((v) => `${v.itemLedgerEntryNo} ${formatExact(v.costAmountActual, 2)}`),
        ).toEqual([]);
      }),
      RUNS,
    ));

  // Found by the property above (seed -44214422): an Average item whose purchase (with an item charge) is
  // written off by two fixed applications, two sales at another location closed a day later. The purchase's
  // Rounding entry (+0.01) is posted before the day's average is taken, as AdjustItemAppliedCost posts it before
  // AdjustItemAvgCost, so the sales see it in the first run (roundingSettles.test.ts has the amounts).
  test("a rounding entry is in the day's average from the first run: a second run moves no sale", () => {
    const scenario: Scenario = {
      period: "Day",
      calcType: "Item",
      items: [{ no: "I1", method: "Average", standardCost: "10.00" }],
      steps: [
        {
          ile: 1,
          item: "I1",
          date: "2024-01-02",
          type: "Purchase",
          qty: "12",
          cost: "12.00",
          loc: "L3",
          expected: false,
        },
        { value: "Item Charge", ileNo: 1, date: "2024-01-02", cost: "2.54" },
        {
          ile: 2,
          item: "I1",
          date: "2024-01-02",
          type: "Negative Adjmt.",
          qty: "-9",
          cost: "-9.00",
          loc: "L3",
          appliesTo: 1,
        },
        {
          ile: 3,
          item: "I1",
          date: "2024-01-02",
          type: "Negative Adjmt.",
          qty: "-3",
          cost: "-3.00",
          loc: "L3",
          appliesTo: 1,
        },
        { ile: 4, item: "I1", date: "2024-01-02", type: "Sale", qty: "-1", cost: "-1.00", loc: "L1" },
        { ile: 5, item: "I1", date: "2024-01-02", type: "Sale", qty: "-1", cost: "-1.00", loc: "L1" },
        { ile: 6, item: "I1", date: "2024-01-03", type: "Purchase", qty: "1", cost: "1.00", loc: "L1" },
        { ile: 7, item: "I1", date: "2024-01-03", type: "Purchase", qty: "1", cost: "1.00", loc: "L1" },
      ],
    };
    const first = adjustCostItemEntries(replayed(ledgerInput(scenario)));
    const again = adjustCostItemEntries(first.ledger);
    expect(again.newValueEntries.map((v) => `${v.itemLedgerEntryNo} ${formatExact(v.costAmountActual, 2)}`)).toEqual(
      [],
    );
  });
});
