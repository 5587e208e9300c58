// The message catalogue: every message in every language with the English message's parameters (else English
// whole), no English left in a translation, plurals by Intl.PluralRules, decimal strings formatted for the
// locale digit for digit (never through a float), dates, and how the language is chosen.
import {
  EN,
  ENGLISH_ONLY,
  LANGS,
  cliLocale,
  formatDate,
  fitsParameters,
  formatDecimal,
  localeOf,
  localeTag,
  messages,
  officeLocale,
  parameterNames,
  pluralBranches,
  templateOf,
  type Lang,
  type MessageKey,
} from "../../src/i18n";
import { TRANSLATIONS } from "../../src/i18n/translations";
import { fillTemplate } from "../../src/i18n/template";

const KEYS = Object.keys(EN) as MessageKey[];
const TRANSLATED = LANGS.filter((l): l is Exclude<Lang, "en"> => l !== "en");

describe("every language has every message, with the same parameters", () => {
  test.each(TRANSLATED)("%s", (lang) => {
    const t = TRANSLATIONS[lang];
    const missing = KEYS.filter((k) => !ENGLISH_ONLY.has(k) && t[k] === undefined);
    expect(missing).toEqual([]);
    const unknown = Object.keys(t).filter((k) => !(k in EN));
    expect(unknown).toEqual([]);
    // A message kept English (its parameters carry English text) is not translated at all.
    expect(KEYS.filter((k) => ENGLISH_ONLY.has(k) && t[k] !== undefined)).toEqual([]);
    // The same parameters: every one the English message shows, none it lacks (one that only chose an
    // English plural form, "{count, plural, one {says} other {say}}", may be left out).
    const differ = KEYS.filter((k) => t[k] !== undefined && !fitsParameters(t[k]!, EN[k])).map((k) => ({
      k,
      en: parameterNames(EN[k]),
      here: parameterNames(t[k]!),
    }));
    expect(differ).toEqual([]);
  });

  test("a plural offers one and other in every language (French 0 is one; any other category falls to other)", () => {
    for (const lang of LANGS)
      for (const key of KEYS) {
        for (const [name, branches] of pluralBranches(templateOf(lang, key))) {
          expect([lang, key, name, branches.includes("one") && branches.includes("other")]).toEqual([
            lang,
            key,
            name,
            true,
          ]);
        }
      }
  });
});

/**
 * English words no translation should keep (outside parameters, quoted commands and sheet names); not "was"
 * (German), "of" (Dutch) nor "have" (Danish), which are words of those languages too.
 */
const ENGLISH_WORDS =
  /\b(the|were|with|which|been|has|workbook|entries|ledger|posted|nothing|cannot|again|first|line|lines|item|items|row|rows|please|and|or)\b/i;

function prose(template: string): string {
  return template
    .replace(/\{[A-Za-z]+\}/g, " ") // parameters
    .replace(/\{[A-Za-z]+, plural,/g, " ") // plural selectors
    .replace(/<[a-z-]+>/g, " ") // placeholders of the command line's syntax
    .replace(/--per item/g, " ")
    .replace(/[„“”"«»][^„“”"«»]*[„“”"«»]/g, " ") // quoted commands, sheet and column names
    .replace(/--?[a-z-]+/g, " ") // options
    .replace(
      /\b(COSTING|AVGCOSTS|AVG-DAY|REVAL|YYYY-MM-DD|Business Central|Excel|Home|Inventory Costing|COSTING_DEBUG)\b/g,
      " ",
    );
}

test.each(TRANSLATED)("no English fragment is left in a %s message", (lang) => {
  const t = TRANSLATIONS[lang];
  const english = KEYS.filter((k) => t[k] !== undefined)
    .map((k) => ({ key: k, text: prose(t[k]!) }))
    .filter((x) => ENGLISH_WORDS.test(x.text))
    .map((x) => `${x.key}: ${x.text.match(ENGLISH_WORDS)![0]}`);
  expect(english).toEqual([]);
});

describe("whole sentences, filled in", () => {
  const de = messages(localeOf("de-DE"));
  const sv = messages(localeOf("sv-SE"));
  const fr = messages(localeOf("fr-FR"));

  test("plural forms by Intl.PluralRules, the number in the locale's form", () => {
    expect(de.t("rows", { count: 1, rows: "2" })).toBe("Zeile 2");
    expect(de.t("rows", { count: 3, rows: "2-4" })).toBe("Zeilen 2-4");
    expect(de.t("check.problems", { errors: 1, warnings: 1234 })).toBe("Probleme: 1 Fehler, 1.234 Warnungen");
    expect(sv.t("check.problems", { errors: 2, warnings: 1 })).toBe("Problem: 2 fel, 1 varning");
    // French counts 0 and 1 as singular.
    expect(fr.t("pane.ledger.valueEntries", { count: 0 })).toBe("0 écriture valeur");
    expect(fr.t("pane.ledger.valueEntries", { count: 2 })).toBe("2 écritures valeur");
    expect(messages(localeOf("en-US")).t("pane.ledger.valueEntries", { count: 1200 })).toBe("1,200 value entries");
  });

  test("parameters in any order, an exact =N branch, # the number", () => {
    const f = { plural: (n: number) => (n === 1 ? "one" : "other"), number: String };
    const src = "{b} then {a}, {n, plural, =0 {none} one {# thing} other {# things of {a}}}";
    expect(fillTemplate(src, { a: "A", b: "B", n: 0 }, f)).toBe("B then A, none");
    expect(fillTemplate(src, { a: "A", b: "B", n: 1 }, f)).toBe("B then A, 1 thing");
    expect(fillTemplate(src, { a: "A", b: "B", n: 5 }, f)).toBe("B then A, 5 things of A");
    expect(parameterNames(src)).toEqual(["a", "b", "n"]);
  });

  test("a parameter shown, missing or extra, is not the same message", () => {
    expect(fitsParameters("{a} {b}", "{b} and {a}")).toBe(true);
    expect(fitsParameters("{a}", "{b} and {a}")).toBe(false);
    expect(fitsParameters("{a} {b} {c}", "{b} and {a}")).toBe(false);
    // A parameter that only picked an English plural form may be left out; one shown as # may not.
    expect(fitsParameters("in {rows} steht", "its {rows} {n, plural, one {says} other {say}}")).toBe(true);
    expect(fitsParameters("Zeilen", "{n, plural, one {# line} other {# lines}}")).toBe(false);
  });

  test("a translation with other parameters than the English message gives the English message, whole", () => {
    const t = TRANSLATIONS.de as Record<string, string>;
    const kept = t["adjust.heading"];
    try {
      t["adjust.heading"] = "Lagerregulierung: {arbeitsmappe}";
      expect(templateOf("de", "adjust.heading")).toBe(EN["adjust.heading"]);
    } finally {
      t["adjust.heading"] = kept;
    }
  });

  test("a message kept English is English whole in every language, its numbers too", () => {
    expect(
      de.t("cli.problemGroup", { place: "P", count: 1234, summary: "are wrong.", rows: "2, 3", workbook: "wb" }),
    ).toBe('P: 1,234 rows are wrong. First rows: 2, 3, ... ("costing check wb --all" lists every row).');
  });

  test("a problem whose sentences hold one the catalogue lacks is said in its English message, whole", () => {
    const said = [{ key: "advice.lineToExport", params: { hint: { key: "advice.noSuchSentence", params: {} } } }];
    const p = { severity: "error" as const, message: "To export it: as the English message says.", said };
    expect(de.problem(p)).toBe(p.message);
    expect(de.labelled(p)).toBe("Error: To export it: as the English message says.");
    const whole = [{ key: "advice.lineToExport", params: { hint: { key: "advice.setupExport", params: {} } } }];
    expect(de.problem({ ...p, said: whole })).toBe(de.t("advice.lineToExport", { hint: de.t("advice.setupExport") }));
  });

  test("Business Central's captions from the captions module", () => {
    expect(de.caption("Value Entries")).toBe("Wertposten");
    expect(sv.caption("Unit Cost (Revalued)")).toBe("Styckkostnad (omvärderad)");
    expect(de.enumCaption("averageCostPeriod", "Month")).toBe("Monat");
    expect(messages(localeOf("en")).caption("Value Entries")).toBe("Value Entries");
  });
});

describe("decimal strings in the locale's form, exact", () => {
  const cases: [string, string, string][] = [
    ["de-DE", "1234567.89", "1.234.567,89"],
    ["sv-SE", "1234567.89", "1\u00a0234\u00a0567,89"],
    ["da-DK", "1234567.89", "1.234.567,89"],
    ["nl-NL", "1234567.89", "1.234.567,89"],
    ["fr-FR", "1234567.89", "1\u202f234\u202f567,89"],
    ["es-ES", "1234567.89", "1.234.567,89"],
    ["en-US", "1234567.89", "1,234,567.89"],
    ["de-CH", "1234567.89", "1'234'567.89"],
    // Beyond a float's 15-17 digits, every digit kept.
    ["de-DE", "-999999999999999.97", "-999.999.999.999.999,97"],
    ["de-DE", "12345678901234567890.12345", "12.345.678.901.234.567.890,12345"],
    // Swedish writes the minus sign U+2212; a fraction is kept as it is, trailing zeros too.
    ["sv-SE", "-0.50", "\u22120,50"],
    ["de-DE", "-30.00", "-30,00"],
    ["de-DE", "7", "7"],
    // Spanish does not group four digits (CLDR's minimum grouping digits), as Intl says.
    ["es-ES", "1234.5", "1234,5"],
  ];
  test.each(cases)("%s %s -> %s", (tag, text, expected) => {
    expect(formatDecimal(text, localeOf(tag))).toBe(expected);
    // The grouping and separators are Intl's own: the same as a (small, exact) number formatted by Intl.
    if (Math.abs(Number(text)) < 1e15 && !text.startsWith("-0"))
      expect(expected).toBe(
        new Intl.NumberFormat(tag, { minimumFractionDigits: (text.split(".")[1] ?? "").length }).format(Number(text)),
      );
  });

  test("the command line's plain English keeps the exact text; anything not a decimal is left alone", () => {
    expect(formatDecimal("-1234567.89", cliLocale(undefined))).toBe("-1234567.89");
    expect(formatDecimal("12,5x", localeOf("de-DE"))).toBe("12,5x");
  });
});

test("dates: the locale's short date, English keeps ISO", () => {
  expect(formatDate("2025-12-31", localeOf("de-DE"))).toBe("31.12.2025");
  expect(formatDate("2025-12-31", localeOf("sv-SE"))).toBe("2025-12-31");
  expect(formatDate("2025-03-07", localeOf("fr-FR"))).toBe("07/03/2025");
  expect(formatDate("2025-03-07", localeOf("nl-NL"))).toBe("07-03-2025");
  expect(formatDate("2025-03-07", localeOf("en-US"))).toBe("2025-03-07");
  expect(formatDate("", localeOf("de-DE"))).toBe("");
});

describe("choosing the language", () => {
  test("Office's display language and POSIX locale names", () => {
    expect(localeTag("sv_SE.UTF-8")).toBe("sv-SE");
    expect(localeTag("fr_CA@euro")).toBe("fr-CA");
    expect(localeTag("C.UTF-8")).toBeUndefined();
    expect(officeLocale("de-CH")).toEqual({ lang: "de", tag: "de-CH", plainNumbers: false });
    expect(officeLocale("da")).toEqual({ lang: "da", tag: "da-DK", plainNumbers: false });
    expect(officeLocale("nb-NO").lang).toBe("en"); // Norwegian is not Danish
    expect(officeLocale(undefined).lang).toBe("en");
  });

  test("the command line: --lang, else LC_ALL, LC_MESSAGES, LANG; English keeps its plain numbers", () => {
    expect(cliLocale("de", { LANG: "sv_SE.UTF-8" }).lang).toBe("de");
    expect(cliLocale(undefined, { LANG: "sv_SE.UTF-8" })).toEqual({ lang: "sv", tag: "sv-SE", plainNumbers: false });
    expect(cliLocale(undefined, { LC_ALL: "nl_NL.UTF-8", LC_MESSAGES: "fr_FR", LANG: "de_DE" }).lang).toBe("nl");
    expect(cliLocale(undefined, { LC_MESSAGES: "fr_FR", LANG: "de_DE" }).lang).toBe("fr");
    expect(cliLocale(undefined, { LANG: "C.UTF-8" })).toEqual({ lang: "en", tag: "en-US", plainNumbers: true });
    expect(cliLocale(undefined, { LANG: "en_GB.UTF-8" }).plainNumbers).toBe(true);
    expect(cliLocale(undefined, {}).lang).toBe("en");
  });
});

describe("the COSTING functions' errors: kept as catalogue data, said in Excel's language", () => {
  test("a missing item number: English as the message, German in a German Excel", async () => {
    const { averageCost } = await import("../../src/functions/answers");
    const { CellError } = await import("../../src/functions/cells");
    let error: unknown;
    try {
      averageCost("", "2020-01-01");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CellError);
    const e = error as InstanceType<typeof CellError>;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("The item number is missing. Give an item number such as AVG-DAY.");
    expect(e.messageIn(messages(officeLocale("de-DE")))).toBe(
      "Die Artikelnummer fehlt. Geben Sie eine Artikelnummer an, z. B. AVG-DAY.",
    );
  });

  test("the functions' language is Office.context.displayLanguage (English outside Office)", async () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "sv-SE" } };
    try {
      const { functionsMessages } = await import("../../src/functions/runtime");
      expect(functionsMessages().locale.lang).toBe("sv");
      expect(functionsMessages().t("fn.dateMissing")).toBe(
        "Datumet saknas. Ange en datumcell eller text som 2020-03-01.",
      );
    } finally {
      delete g.Office;
    }
  });

  test("an engine's message stays English whole in every language", async () => {
    const { CellError } = await import("../../src/functions/cells");
    const e = new CellError("#N/A", "Item X is not in the ledger.");
    expect(e.messageIn(messages(officeLocale("fr-FR")))).toBe("Item X is not in the ledger.");
  });
});
