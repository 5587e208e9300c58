// A scenario's recipe refused by the engine (src/engine/revaluationScenario.ts): a change below -100 %, a
// calculation base per entry. The refusal is said as a sentence of the message catalogue, so each front end
// says it in the user's language; its English message is the catalogue's English, word for word.
import { dec, scenarioLines, type ScenarioRecipe } from "../../src/engine";
import { ENGLISH_MESSAGES, LANGS, localeOf, messages } from "../../src/i18n";
import { ledgerInput } from "./ledgerBuilder";
import { adjusted } from "./helpers";

const R = { amount: dec("0.01"), unitAmount: dec("0.00001") };
const ledger = adjusted(
  ledgerInput({
    items: [{ no: "ITEM1", method: "FIFO" }],
    steps: [{ ile: 1, date: "2020-01-01", type: "Purchase", qty: "6", cost: "60.00" }],
  }),
);
const options = { postingDate: "2020-03-01", documentNo: "REVAL1", calculatePer: "Item" as const };
const refusalsOf = (recipe: ScenarioRecipe) => {
  const made = scenarioLines(ledger, recipe, R);
  expect(made.lines).toEqual([]);
  return made.refusals;
};

const belowHundred = refusalsOf({ options, whatIf: { kind: "Percent", value: dec("-150.5") } });
const perEntry = refusalsOf({
  options: { ...options, calculatePer: "Item Ledger Entry" },
  whatIf: { kind: "Last Direct Cost" },
});

test("the English message is the catalogue's English sentence", () => {
  expect(belowHundred.map((p) => [p.severity, p.message])).toEqual([
    ["error", "A change of -150.5 % would make the unit costs negative. Give a change of -100 % or more."],
  ]);
  expect(perEntry.map((p) => p.message)).toEqual([
    "A scenario from the item's Last Direct Cost is calculated per item: Calculate Per Item Ledger Entry takes no " +
      "calculation base. Calculate it per item, or give a percentage or a unit cost.",
  ]);
  for (const p of [...belowHundred, ...perEntry]) expect(ENGLISH_MESSAGES.problem(p)).toBe(p.message);
  const standard = refusalsOf({
    options: { ...options, calculatePer: "Item Ledger Entry" },
    whatIf: { kind: "Standard Cost" },
  });
  expect(ENGLISH_MESSAGES.problem(standard[0])).toBe(standard[0].message);
  expect(standard[0].message).toContain("from the item's Standard Cost is calculated per item");
});

test("said in every language, the percentage in the locale's form", () => {
  const de = messages(localeOf("de-DE"));
  expect(de.labelled(belowHundred[0])).toBe(
    "Fehler: Eine Änderung um -150,5 % würde die Einstandspreise negativ machen. Geben Sie eine Änderung von " +
      "-100 % oder mehr an.",
  );
  expect(de.problem(perEntry[0])).toBe(
    "Ein Szenario aus dem EK-Preis (neuester) des Artikels wird pro Artikel berechnet: Berechnen pro " +
      "Artikelposten nimmt keine Berechnungsgrundlage. Berechnen Sie es pro Artikel, oder geben Sie einen " +
      "Prozentsatz oder einen Einstandspreis an.",
  );
  // No language falls back to the English message.
  for (const lang of LANGS.filter((l) => l !== "en")) {
    const m = messages(localeOf(lang));
    for (const p of [...belowHundred, ...perEntry]) expect([lang, m.problem(p) === p.message]).toEqual([lang, false]);
    expect(m.problem(belowHundred[0])).toContain(m.decimal("-150.5"));
  }
});
