// LedgerQueries.afterPosting (issue 12: cells refreshed after a post without reading the ledger again): a
// revaluation journal posted on generated ledgers (transfers and round trips, late invoices, item charges,
// backdating, negative inventory, both calc types), then the queries updated from the posted value entries (Adjust
// Cost again for the items they touch only) answer every question as the queries built on the whole posted
// ledger do. Amounts are compared as decimal strings.
import fc from "fast-check";
import {
  LedgerQueries,
  calculateInventoryValue,
  postRevaluationJournal,
  withUnitCostRevalued,
  type Ledger,
} from "../../src/engine";
import { formatExact, unitAmount, dec, divide } from "../../src/engine/money";
import { roundingOf } from "../../src/engine/model";
import { ledgerArb } from "./ledgerArbitrary";
import { ledgerInput } from "./ledgerBuilder";
import { transferLedgerArb } from "./transferArbitrary";
import { replayed } from "./helpers";

const SEED = process.env.PROPERTY_SEED ?? (process.env.CI ? "20261205" : undefined);
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 120), ...(SEED ? { seed: Number(SEED) } : {}) };

/** Every answer the functions give, for every item on every posting date of the ledger (errors as their text). */
function answers(q: LedgerQueries): string[] {
  const out: string[] = [];
  const ask = (label: string, f: () => unknown) => {
    let a: string;
    try {
      a = JSON.stringify(f(), (_, v) => (typeof v === "bigint" ? formatExact(v) : v));
    } catch (e) {
      a = `error: ${(e as Error).message}`;
    }
    out.push(`${label} ${a}`);
  };
  const dates = [...new Set(q.ledger.itemLedgerEntries.map((e) => e.postingDate))].sort();
  for (const item of q.ledger.items.values())
    for (const date of dates) {
      ask(`inventory ${item.no} ${date}`, () => q.inventory(item.no, date));
      ask(`posting ${item.no} ${date}`, () => q.inventory(item.no, date, { basis: "posting" }));
      ask(`unit cost ${item.no} ${date}`, () => q.unitCost(item.no, date));
      ask(`revaluable ${item.no} ${date}`, () => q.revaluableQuantity(item.no, date));
      if (item.costingMethod === "Average")
        ask(`average ${item.no} ${date}`, () => q.averageCostPools({ itemNo: item.no, date }));
    }
  return out;
}

/** A revaluation per Item on a date of the ledger to `cents` a unit, posted without Adjust Cost (the queries adjust). */
function revaluation(ledger: Ledger, pick: number, cents: number, adjust = false) {
  const dates = [...new Set(ledger.itemLedgerEntries.map((e) => e.postingDate))].sort();
  const postingDate = dates[pick % dates.length];
  const options = { postingDate, documentNo: "REVAL", calculatePer: "Item" as const };
  let calc = calculateInventoryValue(ledger, options);
  if (calc.refusals.length > 0) {
    const refused = new Set(calc.refusals.map((r) => r.itemNo));
    const itemNos = [...ledger.items.keys()].filter((no) => !refused.has(no));
    if (itemNos.length === 0) return null;
    calc = calculateInventoryValue(ledger, { ...options, itemNos });
    if (calc.refusals.length > 0) return null;
  }
  const unitCost = unitAmount(divide(dec(cents), dec(100)));
  const lines = calc.lines.map((l) => withUnitCostRevalued(l, unitCost, roundingOf(ledger)));
  const { result } = postRevaluationJournal(ledger, lines, { adjust });
  return result && result.revaluationEntries.length > 0 ? result : null;
}

function check(ledger: Ledger, pick: number, cents: number): boolean {
  const before = LedgerQueries.build(ledger);
  answers(before); // every item's sums built: those of the items the posting touches must not be kept
  const posted = revaluation(before.ledger, pick, cents);
  if (!posted) return false;
  const after = before.afterPosting(posted.revaluationEntries, posted.ledger.items);
  const whole = LedgerQueries.build(posted.ledger);
  const shown = (l: Ledger) =>
    l.valueEntries.map((v) => `${v.entryNo} ${v.itemLedgerEntryNo} ${v.entryType} ${formatExact(v.costAmountActual)}`);
  expect(shown(after.ledger)).toEqual(shown(whole.ledger));
  expect(answers(after)).toEqual(answers(whole));
  // A second post on the updated queries (their index laid over the first's).
  const again = revaluation(after.ledger, pick + 1, cents + 7);
  if (again) {
    const second = after.afterPosting(again.revaluationEntries, again.ledger.items);
    expect(answers(second)).toEqual(answers(LedgerQueries.build(again.ledger)));
  }
  return true;
}

test("the queries after a revaluation is posted answer as the queries of the whole posted ledger (generated ledgers)", () => {
  let posted = 0; // runs where something was revalued: the property is not vacuous
  fc.assert(
    fc.property(ledgerArb({ negative: true }), fc.nat(), fc.integer({ min: 1, max: 50_000 }), (s, pick, cents) => {
      if (check(replayed(ledgerInput(s)), pick, cents)) posted++;
    }),
    RUNS,
  );
  expect(posted).toBeGreaterThan(RUNS.numRuns / 4);
});

test("the same on ledgers with transfers and round trips between locations", () => {
  fc.assert(
    fc.property(transferLedgerArb(), fc.nat(), fc.integer({ min: 1, max: 50_000 }), (t, pick, cents) => {
      check(replayed(ledgerInput(t.scenario)), pick, cents);
    }),
    { ...RUNS, numRuns: Math.ceil(RUNS.numRuns / 2) },
  );
});

/**
 * A post on the ledger as the workbook holds it (the task pane's): its entries are numbered after the workbook's
 * last, the numbers the queries' own adjustments have, and with adjust its own Adjust Cost's entries come along.
 */
function checkWorkbookPost(given: Ledger, pick: number, cents: number, adjust: boolean): boolean {
  const before = LedgerQueries.build(given);
  answers(before);
  const posted = revaluation(given, pick, cents, adjust);
  if (!posted) return false;
  const written = posted.ledger.valueEntries.slice(given.valueEntries.length);
  const after = before.afterPosting(written, posted.ledger.items);
  expect(answers(after)).toEqual(answers(LedgerQueries.build(posted.ledger)));
  const again = revaluation(posted.ledger, pick + 1, cents + 7, adjust);
  if (again) {
    const second = after.afterPosting(
      again.ledger.valueEntries.slice(posted.ledger.valueEntries.length),
      again.ledger.items,
    );
    expect(answers(second)).toEqual(answers(LedgerQueries.build(again.ledger)));
  }
  return true;
}

test("a post numbered as the workbook numbers it (after its last entry, not the queries' adjustments) answers the same", () => {
  let posted = 0;
  fc.assert(
    fc.property(
      ledgerArb({ negative: true }),
      fc.nat(),
      fc.integer({ min: 1, max: 50_000 }),
      fc.boolean(),
      (s, pick, cents, adjust) => {
        if (checkWorkbookPost(replayed(ledgerInput(s)), pick, cents, adjust)) posted++;
      },
    ),
    { ...RUNS, numRuns: Math.ceil(RUNS.numRuns / 2) },
  );
  expect(posted).toBeGreaterThan(RUNS.numRuns / 8);
});

test("the queries' own adjustments, appended as they were made, are taken as the ones held; then a post follows", () => {
  let withOwn = 0; // runs where the queries' Adjust Cost made entries: the property is not vacuous
  fc.assert(
    fc.property(transferLedgerArb(), fc.nat(), fc.integer({ min: 1, max: 50_000 }), (t, pick, cents) => {
      const given = replayed(ledgerInput(t.scenario));
      const before = LedgerQueries.build(given);
      const own = before.ledger.valueEntries.slice(given.valueEntries.length);
      if (own.length > 0) withOwn++;
      const appended = before.afterPosting(own);
      expect(appended).toBe(before); // nothing new to answer
      const posted = revaluation(before.ledger, pick, cents);
      if (!posted) return;
      const after = appended.afterPosting(posted.revaluationEntries, posted.ledger.items);
      expect(answers(after)).toEqual(answers(LedgerQueries.build(posted.ledger)));
    }),
    { ...RUNS, numRuns: Math.ceil(RUNS.numRuns / 3) },
  );
  expect(withOwn).toBeGreaterThan(RUNS.numRuns / 12);
});

test("a value entry that is not a new entry of the ledger's item ledger entries is refused", () => {
  const s = {
    items: [{ no: "A", method: "FIFO" as const }],
    steps: [{ ile: 1, item: "A", date: "2024-01-02", type: "Purchase" as const, qty: "10", cost: "100.00" }],
  };
  const q = LedgerQueries.build(replayed(ledgerInput(s)));
  const old = q.ledger.valueEntries[0];
  expect(() => q.afterPosting([old])).toThrow(/is not a new entry .* read the ledger again/);
  expect(() => q.afterPosting([{ ...old, entryNo: 99, itemLedgerEntryNo: 42 }])).toThrow(/entry 42/);
});
