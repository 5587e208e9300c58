// The command line in the user's language: --lang anywhere on the line, else the environment's locale (LC_ALL,
// LC_MESSAGES, LANG, as the executable passes it), else English. A usage error, a check's headings and a
// report's numbers and dates in German and Swedish, with no English left in the command line's own words.
import { costing, removeTemps, sampleCopy } from "./helpers";

afterAll(removeTemps);

const SWEDISH = { env: { LANG: "sv_SE.UTF-8" } };

/** The English words of the command line's own framing, none of which a translation keeps. */
const ENGLISH = /\b(Usage|Missing|Tables found|Setup in force|Problems|Error|Warning|Workbook|Total|Inventory as of)\b/;

describe("a usage error in the user's language", () => {
  it("--lang de: the message and the usage's headers in German, exit 2", async () => {
    const r = await costing(["--lang", "de", "valuation", "wb"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^costing valuation: --date <YYYY-MM-DD> fehlt\.\n\nAufruf: costing valuation <workbook>/);
    expect(r.stdout).toBe("");
  });

  it("LANG=sv_SE.UTF-8: Swedish, --lang given after the command too", async () => {
    const sv = await costing(["check"], SWEDISH);
    expect(sv.code).toBe(2);
    expect(sv.stderr).toMatch(/^costing check: <workbook> saknas\.\n\nAnvändning: costing check <workbook>/);
    const de = await costing(["calc-value", "wb", "--date", "2023-12-31", "--per", "lot", "--lang=de"], SWEDISH);
    expect(de.code).toBe(2);
    expect(de.stderr).toMatch(/^costing calc-value: --per „lot“ ist nicht item oder entry\.\n/);
  });

  it("an unknown language is a usage error, said in the environment's language", async () => {
    const r = await costing(["--lang", "xx", "check", "wb"], SWEDISH);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^costing: --lang ”xx” är inte något av en, sv, de, da, nl, fr, es\.\n/);
  });

  it("without --lang and without an environment (in-process, as the tests run): English", async () => {
    const r = await costing(["valuation", "wb"]);
    expect(r.stderr).toMatch(/^costing valuation: Missing --date <YYYY-MM-DD>\.\n\nUsage: costing valuation/);
  });
});

describe("a report in the user's language", () => {
  it("check in Swedish: the headings, the setup's captions, dates as Swedish writes them", async () => {
    const wb = await sampleCopy("csv");
    const r = await costing(["check", wb], SWEDISH);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(`Arbetsbok: ${wb} (mapp med CSV-filer)`);
    for (const heading of ["Hittade tabeller", "Gällande inställningar", "Artiklar per värderingsprincip", "Datum"])
      expect(lines).toContain(heading);
    expect(r.stdout).toContain("  Artikeltransaktioner ");
    expect(r.stdout).toMatch(/ {2}Period för genomsnittskostnad +Månad\n/);
    expect(r.stdout).toMatch(/ {2}Beloppsavrundningsprecision +0,01\n/);
    expect(r.stdout).toContain("  Bokföringsdatum (artikeltransaktioner): 2020-01-01 .. 2025-02-03");
    expect(r.stdout).toContain("  44 artikeltransaktioner, 52 värdetransaktioner");
    expect(lines[lines.length - 2]).toBe("Problem: inga. Arbetsboken är klar för costing adjust.");
    // The command line's own lines (not the engine's derived-column notes, which stay English for now).
    const own = lines.filter((l) => !/^ {2}(- | {2}To export it)/.test(l));
    expect(own.filter((l) => ENGLISH.test(l))).toEqual([]);
  });

  it("check in German: the same, with German dates", async () => {
    const wb = await sampleCopy("xlsx");
    const r = await costing(["--lang", "de", "check", wb]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Gefundene Tabellen\n");
    expect(r.stdout).toContain("Geltende Einrichtung\n");
    expect(r.stdout).toContain("  Buchungsdaten (Artikelposten): 01.01.2020 .. 03.02.2025");
    expect(r.stdout).toContain("Probleme: keine. Die Arbeitsmappe ist bereit für costing adjust.");
  });

  it("adjust and valuation in German: amounts with a decimal comma, digit for digit", async () => {
    const wb = await sampleCopy("csv");
    const adjusted = await costing(["adjust", wb, "--lang", "de"]);
    expect(adjusted.code).toBe(0);
    expect(adjusted.stdout).toContain(`Lagerreg. fakt. Einst.-Preise: ${wb}\n`);
    expect(adjusted.stdout).toContain("Erstellte Wertposten: 17 (Lfd. Nr. 53..69)\n");
    expect(adjusted.stdout).toContain("Gesamtbetrag:         150,00\n");
    const v = await costing(["valuation", wb, "--date", "2023-12-31", "--lang", "de"]);
    expect(v.code).toBe(0);
    expect(v.stdout.split("\n")[0]).toBe(`Lagerbestand per 31.12.2023 (nach Bewertungsdatum): ${wb}`);
    expect(v.stdout).toMatch(
      /\nArtikelnr\. +Menge +Einstandsbetrag \(tatsächl\.\) +Einstandsbetrag \(erwartet\) +Wert\n/,
    );
    expect(v.stdout).toMatch(/\nFIFO-PLAIN +8 +51,00 +0,00 +51,00\n/);
    expect(v.stdout).toMatch(/\nSumme +\S+ +\S+ +\S+\n/);
    // --json stays the machine's: decimal strings with a point, whatever the language.
    const json = await costing(["valuation", wb, "--date", "2023-12-31", "--json", "--lang", "de"]);
    expect(JSON.parse(json.stdout).total.value).toMatch(/^-?\d+\.\d{2}$/);
  });

  it("a refusal of the use cases in Swedish: no journal to post", async () => {
    const wb = await sampleCopy("csv");
    const r = await costing(["post", wb], SWEDISH);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `costing post: Arbetsboken ”${wb}” har ingen omvärderingsjournal; inget bokfördes. Kör ”costing calc-value ` +
        `${wb} --date <YYYY-MM-DD>” för att beräkna en, ange den nya Styckkostnad (omvärderad) på dess rader och kör ` +
        "kommandot igen.\n",
    );
  });
});
