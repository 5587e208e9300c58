import { columnAliases, detectLanguage, headerMatches, LANGUAGES, normalizeCaption } from "../../src/workbook/captions";
import { LEDGER_TABLES, tableSpec, VALUE_ENTRIES, ITEM_LEDGER_ENTRIES, columnMatches } from "../../src/workbook/schema";

describe("caption matching", () => {
  test("English variants: case, trailing dots, extra spaces", () => {
    expect(headerMatches("Entry No.", "Entry No")).toBe(true);
    expect(headerMatches("Entry No.", "  entry   no. ")).toBe(true);
    expect(headerMatches("Entry No.", "ENTRY NO.")).toBe(true);
    expect(headerMatches("Applies-to Entry", "Applies to Entry")).toBe(true);
    expect(headerMatches("Entry No.", "Item Ledger Entry No.")).toBe(false);
    expect(normalizeCaption("Lfd.Nr.")).toBe(normalizeCaption("Lfd. Nr."));
  });

  test("Entry Type and Item Ledger Entry Type are distinct columns", () => {
    expect(headerMatches("Entry Type", "Item Ledger Entry Type")).toBe(false);
    expect(headerMatches("Item Ledger Entry Type", "Entry Type")).toBe(false);
    expect(headerMatches("Entry Type", "Postenart")).toBe(true);
    expect(headerMatches("Item Ledger Entry Type", "Artikelpostenart")).toBe(true);
  });

  test("a German Value Entries header set is recognised", () => {
    const headers = [
      "Buchungsdatum",
      "Postenart",
      "Artikelpostenart",
      "Belegnr.",
      "Artikelnr.",
      "Lfd. Nr.",
      "Artikelposten Lfd. Nr.",
      "Einstandsbetrag (tatsächl.)",
      "Bewertete Menge",
    ];
    expect(tableSpec(VALUE_ENTRIES).isHeaderRow(headers)).toBe(true);
    expect(tableSpec(ITEM_LEDGER_ENTRIES).isHeaderRow(headers)).toBe(false);
    const field = (h: string) => VALUE_ENTRIES.columns.find((d) => columnMatches(d, h))?.field;
    expect(headers.map(field)).toEqual([
      "postingDate",
      "entryType",
      "itemLedgerEntryType",
      "documentNo",
      "itemNo",
      "entryNo",
      "itemLedgerEntryNo",
      "costAmountActual",
      "valuedQuantity",
    ]);
    expect(detectLanguage(headers).language).toBe("de");
  });

  test.each([
    ["sv", ["Löpnr", "Artikeltrans.löpnr", "Bokföringsdatum", "Transaktionstyp", "Kost.belopp (aktuellt)"]],
    ["da", ["Løbenr.", "Varepostløbenr.", "Bogføringsdato", "Posttype", "Kostbeløb (faktisk)"]],
    ["nl", ["Volgnummer", "Artikelpostnr.", "Boekingsdatum", "Boekingssoort", "Tot. werk. kosten"]],
    [
      "fr",
      ["N° séquence", "N° écriture comptable article", "Date comptabilisation", "Type écriture", "Coût total (réel)"],
    ],
    ["es", ["Nº mov.", "Nº mov. producto", "Fecha registro", "Tipo mov.", "Importe coste (Real)"]],
  ])("Value Entries required columns in %s", (lang, headers) => {
    expect(tableSpec(VALUE_ENTRIES).isHeaderRow(headers)).toBe(true);
    expect(detectLanguage(headers).language).toBe(lang);
  });

  test("within a table no header names two columns", () => {
    for (const schema of LEDGER_TABLES) {
      const owner = new Map<string, string>();
      for (const def of schema.columns) {
        for (const alias of [def.caption, ...(def.alsoMatches ?? [])].flatMap((c) => [...columnAliases(c)])) {
          const other = owner.get(alias);
          expect(other === undefined || other === def.caption ? "ok" : `${schema.caption}: ${alias}`).toBe("ok");
          owner.set(alias, def.caption);
        }
      }
    }
  });

  test("every language file has the same shape", () => {
    for (const lang of LANGUAGES) {
      expect(lang.booleans.yes.length).toBeGreaterThan(0);
      expect(lang.booleans.no.length).toBeGreaterThan(0);
      for (const key of Object.keys(lang.columns)) expect(Object.keys(LANGUAGES[0].columns)).toContain(key);
    }
  });
});
