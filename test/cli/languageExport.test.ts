// Issue 11's acceptance in a controller's own language: the export Business Central's pages give by default
// (pages 38, 5802 and 31 with their default columns only), checked and adjusted with the command line in German
// (German captions) and checked in Swedish (English captions): the refusal for items without a costing method,
// the export advice for each missing column and the note of a chosen costing method are said in the user's
// language, with no English sentence left in them.
import path from "node:path";
import { writeBcDefaultExport } from "../fixtures/bcDefaultExport";
import { readFile, writeFile } from "node:fs/promises";
import { costing, readTable, removeTemps, sampleCopy, tempDir } from "./helpers";

afterAll(removeTemps);

const exportDir = async (lang: "en" | "de") => writeBcDefaultExport(path.join(await tempDir(), "export"), lang);

/** English words no German or Swedish sentence of ours has ("was" is German too, so it is not among them). */
const ENGLISH =
  /\b(the|and|is|are|not|without|with|from|taken|column|table|export|page|by default|choose|Personalize|Error|Warning|Problems|items?)\b/;

/** The lines that are ours: not the workbook's path (a temporary folder), an option or a page address. */
const ours = (text: string, dir: string) =>
  text
    .split("\n")
    .map((l) =>
      l
        .split(dir)
        .join("<workbook>")
        .replace(/--costing-method [A-Za-z|]+|\?page=506/g, ""),
    )
    .filter((l) => l.trim() !== "");

describe("German: the page-default export, --lang de", () => {
  test("check: costing stops, said in German, with the advice for every missing column in German", async () => {
    const dir = await exportDir("de");
    const r = await costing(["--lang", "de", "check", dir]);
    expect(r.code).toBe(1);
    const out = r.stdout;
    expect(out).toContain(
      "Was dem Export fehlt\n  Ohne diese stoppt die Bewertung; nehmen Sie sie in den Export auf:\n" +
        "  - Artikel, Spalte „Lagerabgangsmethode“ (2 Zeilen): ",
    );
    expect(out).toMatch(/Fehler: Artikel: die Spalte „Lagerabgangsmethode“ fehlt, daher ist die Lagerabgangsmethode/);
    expect(out).toContain(
      "Oder bewerten Sie sie alle mit einer Lagerabgangsmethode: führen Sie den Befehl erneut mit --costing-method " +
        "FIFO|LIFO|Specific|Average|Standard aus.",
    );
    // Each missing column's advice names Business Central's German page.
    expect(out).toMatch(/Artikelposten, Spalte „Variantencode“ \(6 Zeilen\): .*\n +So exportieren Sie sie: .*38/);
    expect(out).toMatch(/Wertposten, Spalte „Bewertungsdatum“ \(8 Zeilen\): .*\n +So exportieren Sie sie: .*5802/);
    expect(ours(out, dir).filter((l) => ENGLISH.test(l))).toEqual([]);
  });

  test("adjust: refused in German, nothing written; with --costing-method, the choice said first", async () => {
    const dir = await exportDir("de");
    const before = await readTable(dir, "Wertposten");
    const refused = await costing(["--lang", "de", "adjust", dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^costing adjust: Die Arbeitsmappe „.*“ hat 1 Problem, das zuerst behoben werden/);
    expect(refused.stderr).toContain("Fehler: Artikel: die Spalte „Lagerabgangsmethode“ fehlt");
    expect(ours(refused.stderr, dir).filter((l) => ENGLISH.test(l))).toEqual([]);
    expect(await readTable(dir, "Wertposten")).toEqual(before);

    const out = `${dir}-adjusted`;
    const chosen = await costing(["--lang", "de", "adjust", dir, "--costing-method", "Average", "--out", out]);
    expect(chosen.code).toBe(0);
    expect(chosen.stdout.split("\n")[0]).toBe(
      "Lagerabgangsmethode Durchschnitt (--costing-method Average) für die 2 Artikel, denen die Arbeitsmappe keine " +
        "Lagerabgangsmethode gibt: AVG, FIFO-1. Jeder andere Artikel wird mit der Lagerabgangsmethode seiner Zeile " +
        "in Artikel bewertet.",
    );
    expect(chosen.stdout).toContain("Gesamtbetrag:         -4,00\n");
    expect(ours(chosen.stdout, dir).filter((l) => ENGLISH.test(l))).toEqual([]);
  });
});

describe("Swedish: LANG=sv_SE.UTF-8", () => {
  test("check of the English export: the refusal and the advice in Swedish, BC's Swedish captions", async () => {
    const dir = await exportDir("en");
    const r = await costing(["check", dir], { env: { LANG: "sv_SE.UTF-8" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "Vad exporten saknar\n  Värderingen stoppar utan dessa; lägg till dem i exporten:\n" +
        "  - Artiklar, kolumnen ”Värderingsprincip” (2 rader): ",
    );
    expect(r.stdout).toMatch(/Fel: Items: kolumnen ”Värderingsprincip” saknas, så värderingsprincipen för 2 artiklar/);
    expect(r.stdout).toContain("Eller värdera alla med en värderingsprincip: kör kommandot igen med --costing-method");
    expect(r.stdout).toMatch(/Artikeltransaktioner, kolumnen ”Serienr” \(6 rader\): /);
    expect(ours(r.stdout, dir).filter((l) => ENGLISH.test(l))).toEqual([]);
  });
});

test("a problem the reader says in English only is English whole, its label too: never half translated", async () => {
  const wb = await sampleCopy("csv");
  const file = path.join(wb, "Item Ledger Entries.csv");
  const lines = (await readFile(file, "utf8")).split("\n");
  lines[1] = lines[1].replace(",BLUE,,1,1,0,", ",BLUE,,1x,1,0,"); // Quantity of entry 1
  await writeFile(file, lines.join("\n"));
  const r = await costing(["--lang", "de", "check", wb]);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/\n {2}Error: Item Ledger Entries, row 2, column "Quantity": "1x" /);
  expect(r.stdout).not.toMatch(/Fehler: Item Ledger Entries/);
  // The report around it is German.
  expect(r.stdout).toContain("Gefundene Tabellen\n");
});
