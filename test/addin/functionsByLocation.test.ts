// COSTING.AVGCOST with Business Central's default Average Cost Calc. Type (Item & Location & Variant): a single
// cell cannot hold every location's average, so without a location (or a variant where variants exist) it is
// #VALUE! naming the ones to choose from, never a number for a blank location that holds nothing; with them, the
// pool's average, the codes in any case. Called as Excel calls them, on an in-memory ledger.
import { LedgerQueries } from "../../src/engine";
import { avgCost, avgCosts, costingQuantity } from "../../src/functions/functions";
import { useLedgerSource } from "../../src/functions/runtime";
import { ledgerInput } from "../engine/ledgerBuilder";
import { replayed } from "../engine/helpers";
import { ITEM, locationScenario } from "../engine/locationScenario";
import { answer, installCustomFunctions } from "./functionCalls";

installCustomFunctions();

const use = (variants: boolean) =>
  useLedgerSource(async () => LedgerQueries.build(replayed(ledgerInput(locationScenario({ variants })))), {
    quietMs: 0,
  });

test("AVGCOST without a location: #VALUE! naming the locations", async () => {
  use(false);
  expect(await answer(avgCost, ITEM, "2025-01-15", null, null)).toEqual([
    "#VALUE!",
    "Item AVG-LOC's average cost is calculated per location and variant (Average Cost Calc. Type Item & Location & " +
      "Variant): give a location: BLUE, RED.",
  ]);
  expect(await answer(avgCost, ITEM, "2025-01-15", "BLUE", null)).toBe(25);
  expect(await answer(avgCost, "avg-loc", "2025-01-15", "red", null)).toBe(13.5);
  expect(await answer(avgCost, ITEM, "2025-02-15", "blue", "")).toBe(25);
});

test("AVGCOST at a location with variants, without the variant: #VALUE! naming the variants there", async () => {
  use(true);
  expect(await answer(avgCost, ITEM, "2025-01-15", "RED", null)).toEqual([
    "#VALUE!",
    "Item AVG-LOC's average cost is calculated per location and variant (Average Cost Calc. Type Item & Location & " +
      "Variant): give a variant at location RED: (blank), V1.",
  ]);
  expect(await answer(avgCost, ITEM, "2025-01-15", "RED", "v1")).toBe(3.33333);
  expect(await answer(avgCost, ITEM, "2025-01-15", "RED", "(blank)")).toBe(13.5);
  // A location the item was never at: #N/A naming its locations.
  expect(await answer(avgCost, ITEM, "2025-01-15", "YELLOW", null)).toEqual([
    "#N/A",
    "Item AVG-LOC has no entries at location YELLOW. Its locations are BLUE, RED: give one of them.",
  ]);
  // AVGCOSTS: each cell its own answer or error.
  const cells = (await answer(
    avgCosts,
    [[ITEM], [ITEM], [ITEM]],
    "2025-01-15",
    [["BLUE"], ["red"], [""]],
    [[""], ["V1"], [""]],
  )) as unknown[][];
  expect(cells.slice(0, 2)).toEqual([[25], [3.33333]]);
  expect(cells[2]).toEqual([["#VALUE!", expect.stringContaining("give a location and a variant, one of:")]]);
  // Quantities by location, codes in any case; omitted: all locations.
  expect(await answer(costingQuantity, ITEM, "2025-01-31", "blue", null, null)).toBe(3);
  expect(await answer(costingQuantity, ITEM, "2025-01-31", null, null, null)).toBe(7);
});
