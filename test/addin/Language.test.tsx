/**
 * @jest-environment jsdom
 */
// The task pane in Excel's display language: the Ledger step and the Adjust step on the bundled sample in
// German (de-DE: tabs, headings, Business Central's captions, counts and amounts with German separators, dates
// as German writes them), a refusal in Swedish, and the same pane in English when no language is given.
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { messages, officeLocale } from "../../src/i18n";
import { installNoLayout, jobDone, openLedgerDetails, paneOn, sampleExcel } from "./paneHarness";

beforeAll(installNoLayout);

const GERMAN = messages(officeLocale("de-DE"));
const SWEDISH = messages(officeLocale("sv-SE"));

/** The English words of the pane's own text; none is left in a translated step. */
const ENGLISH =
  /\b(Ledger|Tables found|Found on|Rows|items with entries|Ready for costing|Read again|Setup in force|Rounding|Adjust cost|Calculate|Append|value entries)\b/;

async function germanPane() {
  const pane = paneOn(await sampleExcel());
  render(<App load={pane.load} open={pane.open} messages={GERMAN} />);
  await screen.findByText(/^Bereit für die Bewertung/);
  return pane;
}

test("the Ledger step in German: headings, captions, counts and dates in German", async () => {
  await germanPane();
  const step = screen.getByRole("region", { name: "Posten" });
  expect(screen.getAllByRole("tab")).toHaveLength(8);
  for (const tab of [
    "Posten",
    "Einrichtung",
    "Regulieren",
    "Berechnen",
    "Buchen",
    "Szenarien",
    "Bewertung",
    "Erklären",
  ])
    expect(screen.getByRole("tab", { name: tab })).toBeTruthy();
  openLedgerDetails("Gefundene Tabellen und geltende Einrichtung");
  const tables = within(step).getByRole("table", { name: "Gefundene Tabellen" });
  expect(
    within(tables)
      .getAllByRole("columnheader")
      .map((h) => h.textContent),
  ).toEqual(["Tabelle", "Gefunden auf", "Zeilen"]);
  const rows = within(tables)
    .getAllByRole("row")
    .slice(1)
    .map((r) => within(r).getAllByRole("cell")[0].textContent);
  expect(rows).toEqual([
    "Artikelposten",
    "Wertposten",
    "Artikel",
    "Artikelausgleichsposten",
    "Lager Einrichtung",
    "Buchhaltungsperioden",
  ]);
  expect(within(tables).getByText("nicht gefunden")).toBeTruthy();
  const counts = within(step).getByRole("list", { name: "Posten" });
  expect(
    within(counts)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["12 Artikel mit Posten", "44 Artikelposten", "52 Wertposten", "Buchungsdaten 01.01.2020 bis 03.02.2025"]);
  const setup = within(step).getByRole("list", { name: "Geltende Einrichtung" });
  expect(
    within(setup)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual([
    "Durchschnittskostenperiode: Monat",
    "Durchschn. Kostenber.-Art: Artikel",
    "Rundung: Beträge 0,01, Einheitsbeträge 0,00001",
    "Buchungen zugel. ab: keine Einschränkung",
    "Buchhaltungsperioden: 72 in 6 Geschäftsjahren",
  ]);
  expect(screen.getByText("Bereit für die Bewertung: keine Probleme gefunden.")).toBeTruthy();
  expect(within(step).getByRole("button", { name: "Erneut lesen" })).toBeTruthy();
  // The pane's own words are German; the sheets' names are the workbook's (the derived columns are folded away).
  const own = [tables].reduce((text, e) => text.replace(e.textContent!, ""), step.textContent ?? "");
  expect(own.match(ENGLISH)).toBeNull();
});

test("the Adjust step in German: the amounts with a decimal comma, then appended", async () => {
  await germanPane();
  fireEvent.click(screen.getByRole("tab", { name: "Regulieren" }));
  const step = await screen.findByRole("region", { name: "Lagerregulierung" });
  fireEvent.click(within(step).getByRole("button", { name: "Regulierungen berechnen" }));
  await screen.findByText("17 Wertposten für 9 Artikel, Summe 150,00:");
  const table = screen.getByRole("table", { name: "Regulierungen je Artikel" });
  expect(
    within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent),
  ).toEqual(["Artikelnr.", "Posten", "Betrag"]);
  expect(
    within(table)
      .getAllByRole("row")
      .slice(1, 3)
      .map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      ),
  ).toEqual([
    ["AVG-BACKDATE", "2", "-4,00"],
    ["AVG-DAY", "2", "0,00"],
  ]);
  fireEvent.click(screen.getByRole("button", { name: "17 Wertposten anfügen" }));
  await screen.findByText("17 Wertposten an die Tabelle Wertposten angefügt (Lfd. Nr. 53..69).");
  await jobDone();
});

test("a refusal of the use cases in Swedish: no journal to post yet", async () => {
  const pane = paneOn(await sampleExcel());
  render(<App load={pane.load} open={pane.open} messages={SWEDISH} />);
  await screen.findByText(/^Klar för kalkylering/);
  fireEvent.click(screen.getByRole("tab", { name: "Bokför" }));
  const step = await screen.findByRole("region", { name: "Förhandsgranska och bokför" });
  fireEvent.click(within(step).getByRole("button", { name: "Förhandsgranska" }));
  expect(
    await screen.findByText(
      "Arbetsboken har ingen omvärderingsjournal; ingen förhandsgranskning gjordes. Använd ”Beräkna lagervärde” i " +
        "åtgärdsfönstret för att beräkna en, ange den nya Styckkostnad (omvärderad) på dess rader och försök igen.",
    ),
  ).toBeTruthy();
});

test("without a language the pane is English, with en-US numbers", async () => {
  const pane = paneOn(await sampleExcel());
  render(<App load={pane.load} open={pane.open} />);
  await screen.findByText("Ready for costing: no problems found.");
  expect(screen.getByRole("list", { name: "Ledger" }).textContent).toContain("12 items with entries");
});

test("no Costing Method in German: the error, the advice and the choice in German, then the note", async () => {
  const excel = await sampleExcel();
  const items = excel.sheet("Items");
  const col = items.values(0, 0, 1, 10)[0].indexOf("Costing Method");
  items.cell(0, col).value = "Notiz"; // the column as page 31 exports it: not there
  const pane = paneOn(excel);
  render(<App load={pane.load} open={pane.open} messages={GERMAN} />);
  await screen.findByText(/^1 Fehler und 0 Warnungen/);
  const problems = screen.getByRole("list", { name: GERMAN.t("pane.problems") }).textContent!;
  expect(problems).toContain("Items: die Spalte „Lagerabgangsmethode“ fehlt, daher ist die Lagerabgangsmethode von 12");
  const label = GERMAN.t("pane.costingMethod.label");
  expect(problems).toContain(
    `Oder bewerten Sie sie alle mit einer Lagerabgangsmethode: wählen Sie eine unter „${label}“`,
  );
  const toAdd = screen.getByRole("list", { name: "In den Export aufzunehmende Spalten" }).textContent!;
  expect(toAdd).toContain("Artikel, Spalte „Lagerabgangsmethode“ (12 Zeilen): ");
  expect(toAdd).toContain("So exportieren Sie sie: ");
  const step = screen.getByRole("region", { name: "Posten" });
  // The pane's words and the advice are German; the sheets' names are the workbook's own.
  const own = [screen.getByRole("table", { name: "Gefundene Tabellen" })].reduce(
    (text, e) => text.replace(e.textContent!, ""),
    step.textContent ?? "",
  );
  expect(own.match(ENGLISH)).toBeNull();
  expect(own.match(/\b(the|is|are|without|column|export|choose|Personalize)\b/)).toBeNull();

  fireEvent.click(screen.getByRole("combobox", { name: label }));
  fireEvent.click(within(screen.getByRole("listbox")).getByRole("option", { name: "Durchschnitt" }));
  await screen.findByText(/^Bereit für die Bewertung/);
  expect(
    screen.getByText(/^Lagerabgangsmethode Durchschnitt \(im Schritt Posten gewählt\) für die 12 Artikel, denen die/),
  ).toBeTruthy();
});
