// Rows this tool appends (adjust, post) are written as the file writes its own: in a German CSV export
// semicolons, decimal commas and dd.mm.yyyy dates; quoting, line ends and BOM as the file has them; in an .xlsx
// dates as date cells in the column's number format (or as text in the column's text format). The fields
// Business Central copies to an adjustment or revaluation entry (Document Type, posting groups, Source Type /
// No., dimensions) are filled from the entry adjusted, Cost Posted to G/L is 0, Source Code INVTADJMT / REVALJNL.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { costing, removeTemps, tempDir } from "../cli/helpers";
import { openWorkbook } from "../../src/files";
import { readLedgerInput } from "../../src/workbook";
import { formatExact } from "../../src/engine/money";

afterAll(removeTemps);

/** A CSV file's records (no quoted line breaks in these files), split on `sep`, quotes taken off. */
function records(text: string, sep: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l !== "")
    .map((l) => (l.match(new RegExp(`("([^"]|"")*"|[^${sep}]*)(${sep}|$)`, "g")) ?? []).slice(0, -1))
    .map((fields) =>
      fields.map((f) =>
        f
          .replace(new RegExp(`${sep}$`), "")
          .replace(/^"(.*)"$/, "$1")
          .replace(/""/g, '"'),
      ),
    );
}

/** The rows of a table file as header -> cell. */
async function rowsOf(dir: string, file: string, sep: string): Promise<Record<string, string>[]> {
  const [headers, ...body] = records(await readFile(path.join(dir, file), "utf8"), sep);
  return body.map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ""])));
}

// ---- a German export (page 38 / 5802 / 31 captions), item A FIFO: 10 bought at 100,00, 4 sold at 90,00 ----

const DE_ILE =
  "\uFEFFLfd. Nr.;Artikelnr.;Buchungsdatum;Postenart;Belegart;Belegnr.;Lagerortcode;Menge;Fakturierte Menge;" +
  "Restmenge;Offen;Positiv;Vollständig fakturiert\r\n" +
  "1;A;15.01.2023;Einkauf;Einkaufslieferung;EK-1;BLAU;10;10;6;Ja;Ja;Ja\r\n" +
  "2;A;20.01.2023;Verkauf;Verkaufslieferung;VK-1;BLAU;-4;-4;0;Nein;Nein;Ja\r\n";

const DE_VE_HEAD =
  "Lfd. Nr.;Artikelposten Lfd. Nr.;Artikelnr.;Buchungsdatum;Bewertungsdatum;Postenart;Artikelpostenart;" +
  "Belegart;Belegnr.;Lagerortcode;Bewertete Menge;Fakturierte Menge;Artikelpostenmenge;" +
  "Einstandsbetrag (tatsächl.);Einstandsbetrag (erwartet);Regulierung;Ausgleich mit Lfd. Nr.;" +
  "Geschäftsbuchungsgruppe;Produktbuchungsgruppe;Lagerbuchungsgruppe;Herkunftsart;Herkunftsnr.;Herkunftscode;" +
  "Globaler Dimensionscode 1;Dimensionssatz-ID;Gebuchte Lagerregulierung;Belegdatum";
const DE_VE =
  "\uFEFF" +
  DE_VE_HEAD +
  "\r\n" +
  "1;1;A;15.01.2023;15.01.2023;Direkte Kosten;Einkauf;Einkaufsrechnung;ER-1;BLAU;10;10;10;1000,00;0,00;Nein;0;" +
  "INLAND;HANDEL;WEITERVERK;Kreditor;K10000;EINKAUF;VERKAUF;7;1000,00;14.01.2023\r\n" +
  "2;2;A;20.01.2023;20.01.2023;Direkte Kosten;Verkauf;Verkaufsrechnung;VR-1;BLAU;-4;-4;-4;-360,00;0,00;Nein;0;" +
  "EU;HANDEL;WEITERVERK;Debitor;D20000;VERKAUF;VERWALTUNG;12;-360,00;21.01.2023\r\n";

const DE_ITEMS = "\uFEFFNr.;Beschreibung;Lagerabgangsmethode;Einstandspreis\r\nA;Ware A;FIFO;100,00\r\n";

async function germanFolder(): Promise<string> {
  const dir = path.join(await tempDir(), "export");
  await mkdir(dir);
  await writeFile(path.join(dir, "Artikelposten.csv"), DE_ILE);
  await writeFile(path.join(dir, "Wertposten.csv"), DE_VE);
  await writeFile(path.join(dir, "Artikel.csv"), DE_ITEMS);
  return dir;
}

/** Types a value into a cell of the journal's line for an item, in a semicolon file, as a user would. */
async function editSemicolonJournal(dir: string, caption: string, value: string): Promise<void> {
  const file = path.join(dir, "Revaluation Journal.csv");
  const text = await readFile(file, "utf8");
  const lines = text.replace(/^\uFEFF/, "").split("\r\n");
  const col = lines[0].split(";").indexOf(caption);
  const cells = lines[1].split(";");
  cells[col] = value;
  lines[1] = cells.join(";");
  await writeFile(file, (text.startsWith("\uFEFF") ? "\uFEFF" : "") + lines.join("\r\n"));
}

describe("appended rows in a German CSV export", () => {
  it("adjust: the adjustment is written with ; , and dd.mm.yyyy, carries what Business Central copies, reads back equal", async () => {
    const dir = await germanFolder();
    const run = await costing(["adjust", dir]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const text = await readFile(path.join(dir, "Wertposten.csv"), "utf8");
    expect(text.startsWith(DE_VE)).toBe(true); // the file's own bytes stay
    expect(text.slice(DE_VE.length)).toBe(
      "3;2;A;20.01.2023;20.01.2023;Direkte Kosten;Verkauf;Verkaufsrechnung;VR-1;BLAU;-4;0;0;-40,00;0,00;Ja;2;" +
        "EU;HANDEL;WEITERVERK;Debitor;D20000;INVTADJMT;VERWALTUNG;12;0,00;21.01.2023\r\n",
    );

    const { input, problems } = await readLedgerInput(await openWorkbook(dir));
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    const adj = input!.valueEntries.find((v) => v.entryNo === 3)!;
    expect([adj.postingDate, adj.valuationDate, formatExact(adj.costAmountActual), adj.adjustment]).toEqual([
      "2023-01-20",
      "2023-01-20",
      "-40",
      true,
    ]);
    expect(adj.appliesToEntry).toBe(2);
    const again = await costing(["adjust", dir]);
    expect(again.code).toBe(0);
    expect(await readFile(path.join(dir, "Wertposten.csv"), "utf8")).toBe(text); // nothing more to adjust
  });

  it("calc-value and post: the journal, the revaluation entry and the Posting Log in the folder's style", async () => {
    const dir = await germanFolder();
    expect((await costing(["adjust", dir])).code).toBe(0);
    const calc = await costing(["calc-value", dir, "--date", "2023-01-31", "--per", "entry"]);
    expect(calc.stderr).toBe("");
    expect(calc.code).toBe(0);
    const journalText = await readFile(path.join(dir, "Revaluation Journal.csv"), "utf8");
    const [line] = await rowsOf(dir, "Revaluation Journal.csv", ";");
    expect(line).toMatchObject({
      "Posting Date": "31.01.2023",
      "Item No.": "A",
      "Applies-to Entry": "1",
      Quantity: "6",
      "Unit Cost (Calculated)": "100,00000",
      "Inventory Value (Calculated)": "600,00",
    });
    expect(journalText).toContain(";"); // the folder's delimiter

    await editSemicolonJournal(dir, "Unit Cost (Revalued)", "90");
    const posted = await costing(["post", dir]);
    expect(posted.stderr).toBe("");
    expect(posted.code).toBe(0);

    const ves = await rowsOf(dir, "Wertposten.csv", ";");
    const reval = ves.find((v) => v["Postenart"] === "Neubewertung")!;
    expect(reval).toMatchObject({
      "Lfd. Nr.": "4",
      "Artikelposten Lfd. Nr.": "1",
      Buchungsdatum: "31.01.2023",
      Bewertungsdatum: "31.01.2023",
      "Einstandsbetrag (tatsächl.)": "-60,00",
      "Bewertete Menge": "6",
      // Business Central: the revaluation journal's own source code, the item's posting groups, the entry's
      // dimensions (a line per entry); no document type, business posting group or source.
      Belegart: "",
      Geschäftsbuchungsgruppe: "",
      Produktbuchungsgruppe: "HANDEL",
      Lagerbuchungsgruppe: "WEITERVERK",
      Herkunftsart: "",
      "Herkunftsnr.": "",
      Herkunftscode: "REVALJNL",
      "Globaler Dimensionscode 1": "VERKAUF",
      "Dimensionssatz-ID": "7",
      "Gebuchte Lagerregulierung": "0,00",
      Belegdatum: "",
    });
    const [log] = await rowsOf(dir, "Posting Log.csv", ";");
    expect(log["Total Amount"]).toBe("-60,00");
    const [postedLine] = await rowsOf(dir, "Revaluation Journal.csv", ";");
    expect(postedLine).toMatchObject({ Posted: "Yes", "Posting Date": "31.01.2023", Amount: "-60,00" });

    const value = JSON.parse((await costing(["valuation", dir, "--date", "2023-01-31", "--json"])).stdout);
    expect(value.rows.find((r: { itemNo: string }) => r.itemNo === "A")).toMatchObject({
      quantity: "6",
      value: "540.00",
    });
  });

  it("a line per item: the revaluation entry has no dimensions (Business Central takes the item's defaults)", async () => {
    const dir = await germanFolder();
    const items = "\uFEFFNr.;Beschreibung;Lagerabgangsmethode;Einstandspreis;Einstandspreis (fest)\r\n";
    await writeFile(path.join(dir, "Artikel.csv"), items + "A;Ware A;FIFO;100,00;100,00\r\n");
    const calc = await costing(["calc-value", dir, "--date", "2023-01-31", "--update-standard-cost"]);
    expect(calc.code).toBe(0);
    await editSemicolonJournal(dir, "Unit Cost (Revalued)", "90");
    expect((await costing(["post", dir])).code).toBe(0);
    // The item's new Standard Cost in the Items file's own style too.
    expect(await readFile(path.join(dir, "Artikel.csv"), "utf8")).toBe(items + "A;Ware A;FIFO;100,00000;90,00000\r\n");
    const reval = (await rowsOf(dir, "Wertposten.csv", ";")).find((v) => v["Postenart"] === "Neubewertung")!;
    expect(reval).toMatchObject({
      Lagerbuchungsgruppe: "WEITERVERK",
      Herkunftscode: "REVALJNL",
      "Globaler Dimensionscode 1": "",
      "Dimensionssatz-ID": "",
    });
  });
});

describe("appended rows keep the file's quoting, line ends and BOM", () => {
  it("a field with the delimiter is quoted, CRLF and the BOM stay", async () => {
    const dir = path.join(await tempDir(), "quoted");
    await mkdir(dir);
    await writeFile(path.join(dir, "Artikelposten.csv"), DE_ILE);
    // Text that a spreadsheet would run as a formula is kept as text, as the file has it ("'=1+2").
    const ve = DE_VE.replace("Belegdatum\r\n", "Belegdatum;Beschreibung;Externe Belegnummer\r\n")
      .replace("14.01.2023\r\n", '14.01.2023;"Ware; blau";R-1\r\n')
      .replace("21.01.2023\r\n", `21.01.2023;"Ware ""A""; rot";'=1+2\r\n`);
    await writeFile(path.join(dir, "Wertposten.csv"), ve);
    await writeFile(path.join(dir, "Artikel.csv"), DE_ITEMS);
    expect((await costing(["adjust", dir])).code).toBe(0);
    const text = await readFile(path.join(dir, "Wertposten.csv"), "utf8");
    expect(text.startsWith(ve)).toBe(true);
    const added = text.slice(ve.length);
    expect(added).toMatch(/;21\.01\.2023;"Ware ""A""; rot";'=1\+2\r\n$/);
    expect(added.split("\r\n")).toHaveLength(2); // one record, CRLF-ended, no bare LF
    expect(added).not.toMatch(/[^\r]\n/);
  });
});

// ---- the same ledger with English captions, US dates (month first) and decimal points -----------------

const EN_ILE =
  "Entry No.,Item No.,Posting Date,Entry Type,Document Type,Document No.,Location Code,Quantity,Invoiced Quantity," +
  "Remaining Quantity,Open,Positive,Completely Invoiced\n" +
  "1,A,01/15/2023,Purchase,Purchase Receipt,PR-1,BLUE,10,10,6,Yes,Yes,Yes\n" +
  "2,A,01/20/2023,Sale,Sales Shipment,SS-1,BLUE,-4,-4,0,No,No,Yes\n";
const EN_VE =
  "Entry No.,Item Ledger Entry No.,Item No.,Posting Date,Valuation Date,Entry Type,Item Ledger Entry Type," +
  "Document Type,Document No.,Location Code,Valued Quantity,Invoiced Quantity,Item Ledger Entry Quantity," +
  "Cost Amount (Actual),Cost Amount (Expected),Adjustment,Applies-to Entry,Gen. Bus. Posting Group," +
  "Gen. Prod. Posting Group,Inventory Posting Group,Source Type,Source No.,Source Code,Global Dimension 1 Code," +
  "Global Dimension 2 Code,Dimension Set ID,Cost Posted to G/L,Expected Cost Posted to G/L,Document Date\n" +
  "1,1,A,01/15/2023,01/15/2023,Direct Cost,Purchase,Purchase Invoice,PI-1,BLUE,10,10,10,1000.00,0.00,No,0," +
  "DOMESTIC,RETAIL,RESALE,Vendor,V10000,PURCHASES,SALES,,7,1000.00,0.00,01/14/2023\n" +
  "2,2,A,01/20/2023,01/20/2023,Direct Cost,Sale,Sales Invoice,SI-1,BLUE,-4,-4,-4,-360.00,0.00,No,0," +
  "EXPORT,RETAIL,RESALE,Customer,C20000,SALES,ADM,SMALL,12,-360.00,0.00,01/21/2023\n" +
  // an earlier adjustment with the company's own Adjust Cost source code
  "3,1,A,01/15/2023,01/15/2023,Direct Cost,Purchase,Purchase Invoice,PI-1,BLUE,10,0,0,0.00,0.00,Yes,1," +
  "DOMESTIC,RETAIL,RESALE,Vendor,V10000,ADJCOST,SALES,,7,0.00,0.00,01/14/2023\n";
const EN_ITEMS = "No.,Description,Costing Method\nA,Item A,FIFO\n";

describe("copied fields with English captions", () => {
  it("the adjustment copies Document Type, posting groups, source and dimensions; the company's source code", async () => {
    const dir = path.join(await tempDir(), "en");
    await mkdir(dir);
    await writeFile(path.join(dir, "Item Ledger Entries.csv"), EN_ILE);
    await writeFile(path.join(dir, "Value Entries.csv"), EN_VE);
    await writeFile(path.join(dir, "Items.csv"), EN_ITEMS);
    const run = await costing(["adjust", dir]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const text = await readFile(path.join(dir, "Value Entries.csv"), "utf8");
    expect(text.slice(EN_VE.length)).toBe(
      "4,2,A,01/20/2023,01/20/2023,Direct Cost,Sale,Sales Invoice,SI-1,BLUE,-4,0,0,-40.00,0.00,Yes,2," +
        "EXPORT,RETAIL,RESALE,Customer,C20000,ADJCOST,ADM,SMALL,12,0.00,0.00,01/21/2023\n",
    );
  });
});

// ---- .xlsx: date cells keep the column's number format; text dates stay text in their format ---------

async function xlsxLedger(file: string, textDates: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const date = (d: string) => (textDates ? d.split("-").reverse().join(".") : new Date(d + "T00:00:00Z"));
  const ile = wb.addWorksheet("Item Ledger Entries");
  ile.addRow([
    "Entry No.",
    "Item No.",
    "Posting Date",
    "Entry Type",
    "Quantity",
    "Invoiced Quantity",
    "Remaining Quantity",
  ]);
  ile.addRow([1, "A", date("2023-01-15"), "Purchase", 10, 10, 6]);
  ile.addRow([2, "A", date("2023-01-20"), "Sale", -4, -4, 0]);
  const ve = wb.addWorksheet("Value Entries");
  ve.addRow([
    "Entry No.",
    "Item Ledger Entry No.",
    "Posting Date",
    "Entry Type",
    "Valued Quantity",
    "Invoiced Quantity",
    "Item Ledger Entry Quantity",
    "Cost Amount (Actual)",
    "Adjustment",
    "Applies-to Entry",
    "Document Type",
    "Gen. Bus. Posting Group",
    "Source Type",
    "Source No.",
    "Dimension Set ID",
    "Cost Posted to G/L",
  ]);
  ve.addRow([
    1,
    1,
    date("2023-01-15"),
    "Direct Cost",
    10,
    10,
    10,
    1000,
    "No",
    0,
    "Purchase Invoice",
    "DOMESTIC",
    "Vendor",
    "V10000",
    7,
    1000,
  ]);
  ve.addRow([
    2,
    2,
    date("2023-01-20"),
    "Direct Cost",
    -4,
    -4,
    -4,
    -360,
    "No",
    0,
    "Sales Invoice",
    "EXPORT",
    "Customer",
    "C20000",
    12,
    -360,
  ]);
  for (const r of [2, 3]) {
    if (!textDates) ve.getCell(r, 3).numFmt = "dd.mm.yyyy";
    ve.getCell(r, 8).numFmt = "#,##0.00";
  }
  wb.addWorksheet("Items").addRows([
    ["No.", "Costing Method"],
    ["A", "FIFO"],
  ]);
  await wb.xlsx.writeFile(file);
}

describe("appended rows in an .xlsx", () => {
  it("a new Revaluation Journal's dates take the workbook's date format", async () => {
    const file = path.join(await tempDir(), "ledger.xlsx");
    await xlsxLedger(file, false);
    const calc = await costing(["calc-value", file, "--date", "2023-01-31"]);
    expect(calc.stderr).toBe("");
    expect(calc.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Revaluation Journal")!;
    const col = (ws.getRow(1).values as unknown[]).indexOf("Posting Date");
    expect(ws.getRow(2).getCell(col).value).toEqual(new Date("2023-01-31T00:00:00Z"));
    expect(ws.getRow(2).getCell(col).numFmt).toBe("dd.mm.yyyy");
  });

  it.each([false, true])(
    "dates keep the column's format (text dates: %s); amounts stay numbers; copied fields",
    async (textDates) => {
      const file = path.join(await tempDir(), "ledger.xlsx");
      await xlsxLedger(file, textDates);
      const run = await costing(["adjust", file]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const row = wb.getWorksheet("Value Entries")!.getRow(4);
      const date = row.getCell(3);
      if (textDates) expect(date.value).toBe("20.01.2023");
      else {
        expect(date.value).toEqual(new Date("2023-01-20T00:00:00Z"));
        expect(date.numFmt).toBe("dd.mm.yyyy");
      }
      expect(row.getCell(8).value).toBe(-40);
      expect(row.getCell(8).numFmt).toBe("#,##0.00");
      expect([11, 12, 13, 14, 15, 16].map((c) => row.getCell(c).value)).toEqual([
        "Sales Invoice",
        "EXPORT",
        "Customer",
        "C20000",
        12,
        0,
      ]);
    },
  );
});
