// Revaluation scenario: a named what-if over Calculate Inventory Value (report 5899) — the lines a Revaluation
// Journal (table 83 "Item Journal Line") would hold, and the recipe they came from, so that they can be taken
// again on a later state of the ledger. Business Central has one journal and no scenarios; the lines and the
// posting of a chosen scenario are Business Central's own (revaluationJournal.ts, revaluationPosting.ts).
import {
  calculateInventoryValue,
  refusal,
  type CalculateInventoryValueOptions,
  type RevaluationProblem,
} from "./calculateInventoryValue";
import type { Fixed, Rounding, UnitAmount } from "./money";
import type { Ledger, MessageText } from "./model";
import { dec, formatExact } from "./money";
import {
  revalueByPercent,
  withUnitCostRevalued,
  type InventoryValuePer,
  type RevaluationJournalLine,
} from "./revaluationJournal";

/**
 * How a scenario's Unit Cost (Revalued) is proposed: as calculated (then typed by the user on the lines), the
 * calculated unit cost changed by a percentage, one unit cost for every line, or the Items table's Last Direct
 * Cost or Standard Cost (Calculate Inventory Value's Calculation Base).
 */
export const WHAT_IF_KINDS = ["Calculated", "Percent", "Unit Cost", "Last Direct Cost", "Standard Cost"] as const;
export type WhatIfKind = (typeof WHAT_IF_KINDS)[number];

export type WhatIf =
  | { readonly kind: "Calculated" | "Last Direct Cost" | "Standard Cost" }
  | { readonly kind: "Percent"; readonly value: Fixed }
  | { readonly kind: "Unit Cost"; readonly value: UnitAmount };

/** The Calculate Inventory Value request of a scenario, and its what-if. */
export interface ScenarioRecipe {
  readonly options: CalculateInventoryValueOptions;
  readonly whatIf: WhatIf;
}

/**
 * A refusal of the scenario said as a sentence of the front ends' catalogue (src/i18n, common/en.ts: the
 * scenario.* keys), in the user's language where it is shown; `english` is its English, word for word (a test
 * checks they agree).
 */
const said = (english: string, text: MessageText): RevaluationProblem => ({ ...refusal(english), said: [text] });

/** Where a line stands in the inventory: the line that takes its place when the scenario is taken again. */
export const lineKey = (l: RevaluationJournalLine): string =>
  [l.itemNo, l.locationCode, l.variantCode, l.appliesToEntry].join("\u0000");

/**
 * The scenario's lines on this ledger: Calculate Inventory Value with the recipe's options, then its what-if.
 * A unit cost typed on one of `typed` (the scenario's lines before: a unit cost other than its what-if gives
 * there) is kept on the line that takes its place. Business Central's refusals come back as problems, with no
 * lines; so does a what-if that would make a unit cost negative.
 */
export function scenarioLines(
  ledger: Ledger,
  recipe: ScenarioRecipe,
  rounding: Rounding,
  typed: readonly RevaluationJournalLine[] = [],
): { lines: RevaluationJournalLine[]; refusals: RevaluationProblem[] } {
  const { whatIf } = recipe;
  const perEntry = recipe.options.calculatePer === "Item Ledger Entry";
  const base =
    whatIf.kind === "Last Direct Cost" ? "Last Direct Unit Cost" : whatIf.kind === "Standard Cost" ? whatIf.kind : "";
  if (base !== "" && perEntry) {
    const english =
      `A scenario from the item's ${whatIf.kind} is calculated per item: Calculate Per Item Ledger Entry takes ` +
      "no calculation base. Calculate it per item, or give a percentage or a unit cost.";
    const kind: MessageText = { key: `scenario.whatIf.${whatIf.kind}`, params: {} };
    return { lines: [], refusals: [said(english, { key: "scenario.baseNotPerEntry", params: { base: kind } })] };
  }
  if (whatIf.kind === "Percent" && whatIf.value < -dec(100)) {
    const percent = formatExact(whatIf.value);
    const english = `A change of ${percent} % would make the unit costs negative. Give a change of -100 % or more.`;
    const text: MessageText = { key: "scenario.percentBelow", params: { percent: { decimal: percent } } };
    return { lines: [], refusals: [said(english, text)] };
  }
  const calculated = calculateInventoryValue(ledger, { ...recipe.options, calculationBase: base });
  if (calculated.refusals.some((p) => p.severity === "error")) return { lines: [], refusals: calculated.refusals };
  const proposed = (line: RevaluationJournalLine): RevaluationJournalLine => {
    switch (whatIf.kind) {
      case "Percent":
        return revalueByPercent(line, whatIf.value, rounding);
      case "Unit Cost":
        return withUnitCostRevalued(line, whatIf.value, rounding);
      case "Calculated":
        return withUnitCostRevalued(line, line.unitCostCalculated, rounding);
      default: {
        // The Items table's cost, as Calculate Inventory Value's Calculation Base proposed it.
        const item = ledger.items.get(line.itemNo);
        const cost = whatIf.kind === "Last Direct Cost" ? item?.lastDirectCost : item?.standardCost;
        return cost === null || cost === undefined ? line : withUnitCostRevalued(line, cost, rounding);
      }
    }
  };
  const typedCosts = new Map(
    typed
      .filter((l) => l.unitCostRevalued !== proposed(l).unitCostRevalued)
      .map((l) => [lineKey(l), l.unitCostRevalued]),
  );
  const lines = calculated.lines.map((line) => {
    const unitCost = typedCosts.get(lineKey(line));
    if (unitCost !== undefined) return withUnitCostRevalued(line, unitCost, rounding);
    return whatIf.kind === "Last Direct Cost" || whatIf.kind === "Standard Cost" ? line : proposed(line);
  });
  return { lines, refusals: calculated.refusals };
}

/** The Calculate Inventory Value options the lines were calculated with (their date, document, grouping). */
export function optionsOfLines(
  lines: readonly RevaluationJournalLine[],
  itemNos: readonly string[],
): CalculateInventoryValueOptions {
  const first = lines[0];
  const per: InventoryValuePer = first?.inventoryValuePer ?? "Item";
  return {
    postingDate: first?.postingDate ?? "",
    documentNo: first?.documentNo ?? "",
    calculatePer: per === "" ? "Item Ledger Entry" : "Item",
    byLocation: per === "Location" || per === "Location and Variant",
    byVariant: per === "Variant" || per === "Location and Variant",
    updateStandardCost: lines.some((l) => l.updateStandardCost),
    itemNos,
  };
}
