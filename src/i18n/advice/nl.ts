// The export advice in nl (English: ./en.ts).
import type { Translations } from "../msg";
import type { adviceEn } from "./en";

export const adviceNl: Translations<typeof adviceEn> = {
  "advice.required": "De tabel kan zonder deze kolom niet worden gelezen: elke rij heeft hem nodig.",
  "advice.fromItemLedgerEntry":
    "Overgenomen uit de artikelpost van de waardepost, waar Business Central hetzelfde boekt.",
  "advice.notNeeded": "Niet gebruikt door de waardering.",
  "advice.entryCost": "Niet nodig: de kosten van een post zijn de som van zijn waardeposten.",
  "advice.38.documentNo":
    "Een transferontvangst wordt gekoppeld aan de dichtstbijzijnde eerdere transferzending van het artikel in plaats van aan de zending van het eigen document.",
  "advice.38.locationCode":
    "Elke post wordt beschouwd als geboekt zonder locatie, dus de locaties van een artikel worden samen vereffend en gemiddeld.",
  "advice.38.variantCode":
    "Elke post wordt beschouwd als geboekt zonder variant, dus de varianten van een artikel worden samen vereffend en gemiddeld.",
  "advice.38.invoicedQuantity": "Opgeteld uit de waardeposten van de post.",
  "advice.38.remainingQuantity": "Opnieuw afgeleid uit de artikelvereffeningen, in volgorde van volgnummer.",
  "advice.38.open": "Ingesteld op basis van het opnieuw afgeleide Restantaantal.",
  "advice.38.positive": "Ingesteld op basis van het teken van Aantal.",
  "advice.38.completelyInvoiced": "Ingesteld waar Gefactureerd aantal gelijk is aan Aantal.",
  "advice.38.lastInvoiceDate": "De laatste boekingsdatum van de gefactureerde waardeposten van de post.",
  "advice.38.appliestoEntry":
    "Beschouwd als 0 (geen vaste vereffening): een retour of correctie die tegen een bepaalde post is geboekt, wordt vereffend en gewaardeerd alsof die er geen had, en de uitgaande post van een artikel met waarderingsmethode Gemiddeld wordt gewaardeerd tegen het gemiddelde.",
  "advice.38.orderNo":
    "Output wordt niet gekoppeld aan wat de productie- of assemblageorder ervan heeft verbruikt, dus de kosten ervan worden niet bijgesteld op basis van het verbruik.",
  "advice.38.serialNo":
    "De posten van een artikel met waarderingsmethode Specifiek worden vereffend volgens eerst in, eerst uit in plaats van op serienummer.",
  "advice.38.lotNo":
    "De posten van een artikel met waarderingsmethode Specifiek worden vereffend volgens eerst in, eerst uit in plaats van op lotnummer.",
  "advice.5802.valuationDate":
    "Opnieuw afgeleid in volgorde van volgnummer uit de boekingsdatums en de artikelvereffeningen, zoals het boeken die heeft ingesteld.",
  "advice.5802.documentNo": "Overgenomen uit de artikelpost van de waardepost.",
  "advice.5802.valuedQuantity":
    "Het aantal van de artikelpost (het gefactureerde aantal bij een latere factuur). Zonder de kolom weigert costing adjust nieuwe waardeposten toe te voegen die niet hetzelfde zouden worden teruggelezen.",
  "advice.5802.invoicedQuantity":
    "Het gewaardeerde aantal van directe kosten die geen correctie, artikeltoeslag of verwachte kosten zijn, anders 0. Zonder de kolom weigert costing adjust nieuwe waardeposten toe te voegen die niet hetzelfde zouden worden teruggelezen.",
  "advice.5802.itemLedgerEntryQuantity": "Het aantal van de post op zijn eerste waardepost, 0 op de andere.",
  "advice.5802.costAmountExpected":
    "Beschouwd als 0, dus ontvangsten en zendingen die nog niet zijn gefactureerd, hebben geen kosten. De opdracht costing adjust weigert nieuwe waardeposten met verwachte kosten toe te voegen.",
  "advice.5802.costPerUnit":
    "De kosten gedeeld door het gewaardeerde aantal, waar dat nodig is (het openstaande deel van een negatieve post).",
  "advice.5802.adjustment":
    "Een post wordt alleen als correctie beschouwd als Vereffenen met post is ingevuld, een veld dat de pagina niet heeft, dus eerdere correcties worden gelezen als boekingen. De opdracht costing adjust weigert nieuwe correcties toe te voegen.",
  "advice.5802.itemChargeNo":
    "Beschouwd als leeg, dus een artikeltoeslag wordt gelezen als een gewone boeking van directe kosten.",
  "advice.5802.valuedByAverageCost":
    "Ingesteld op de uitgaande posten van artikelen met waarderingsmethode Gemiddeld die geen vaste vereffening hebben.",
  "advice.5802.partialRevaluation":
    "Herwaarderingen worden beschouwd als gemaakt door Voorraadwaarde berekenen, wat dezelfde kosten geeft.",
  "advice.5802.appliestoEntry":
    "Beschouwd als 0: een correctie wordt via zijn artikelpost aan zijn post gekoppeld, wat dezelfde kosten geeft.",
  "advice.5802.expectedCost": "Ingesteld op de posten die alleen een verwacht bedrag hebben.",
  "advice.31.costingMethod": "De waardering stopt totdat de waarderingsmethode van elk artikel bekend is.",
  "advice.31.unitCost":
    "Niet gebruikt door de waardering; het boeken van een herwaardering met Vaste verrekenprijs bijwerken schrijft de nieuwe kostprijs van een artikel met waarderingsmethode Standaard erin.",
  "advice.31.standardCost":
    "Niet gebruikt door Kostprijs herwaarderen - Artikelposten (de waardeposten bevatten de vaste verrekenprijs); calc-value --base standard-cost stelt de nieuwe kostprijzen daaruit voor, en boeken met Vaste verrekenprijs bijwerken schrijft erin.",
  "advice.31.lastDirectCost":
    "Niet gebruikt door de waardering; calc-value --base last-direct-cost stelt de nieuwe kostprijzen daaruit voor.",
  "advice.31.blocked":
    "Niet gebruikt door de waardering; Voorraadwaarde berekenen beschouwt elk artikel als niet geblokkeerd, waar Business Central een geblokkeerd artikel weigert.",
  "advice.506.postingDate": "Overgenomen uit de artikelpost van de vereffening.",
  "advice.506.transferredfromEntryNo":
    "Beschouwd als 0, dus een transferontvangst wordt niet gekoppeld aan de inkomende post waar de goederen vandaan kwamen.",
  "advice.506.costApplication":
    "Beschouwd als Nee, dus geen enkele uitgaande post neemt zijn kosten over van de inkomende post waarmee hij is vereffend.",
  "advice.100.newFiscalYear":
    "Geen enkele periode wordt beschouwd als begin van een boekjaar, dus de instellingen van Voorraadinstellingen gelden voor elke datum.",
  "advice.100.averageCostPeriod":
    "Elk boekjaar wordt gelezen met een lege Periode gemiddelde kostprijsberekening, wat Business Central nooit heeft, dus de waardering stopt.",
  "advice.100.averageCostCalcType":
    "De Gem. kostprijsberekeningsoort van Voorraadinstellingen wordt voor elk boekjaar gebruikt.",
  "advice.38.absent": "Zonder de artikelposten kan niets worden gewaardeerd.",
  "advice.38.absentExport": 'Open pagina 38 "Artikelposten" en kies Openen in Excel.',
  "advice.5802.absent": "Zonder de waardeposten kan niets worden gewaardeerd.",
  "advice.5802.absentExport": 'Open pagina 5802 "Waardeposten" en kies Openen in Excel.',
  "advice.31.absentExport":
    'Open pagina 31 "Artikeloverzicht" (Artikelen), kies Aanpassen en voeg "Waarderingsmethode" toe (standaard verborgen), en kies daarna Openen in Excel.',
  "advice.506.absent":
    "Opnieuw opgebouwd door de aantallen in volgorde van volgnummer te vereffenen, zoals het boeken deed (FIFO, LIFO, Specifiek, vaste vereffeningen, transfers).",
  "advice.506.absentExport":
    'Pagina 506 "Artikelvereffeningsposten" is niet te vinden via zoeken: voeg ?page=506 toe aan het adres van Business Central en kies Openen in Excel, of exporteer tabel 339 "Artikelvereffeningspost" met een configuratiepakket (RapidStart).',
  "advice.100.absent":
    "Periode gemiddelde kostprijsberekening en Gem. kostprijsberekeningsoort van Voorraadinstellingen gelden voor elke datum, en boekjaren zijn kalenderjaren.",
  "advice.100.absentExport":
    'Open pagina 100 "Boekingsperioden", kies Aanpassen en voeg "Periode gemiddelde kostprijsberekening" en "Gem. kostprijsberekeningsoort" toe (standaard verborgen), en kies daarna Openen in Excel.',
  "advice.notHere.transfers": "Deze posten bevatten geen transfers, dus de kolom verandert hier niets.",
  "advice.notHere.production":
    "Deze posten bevatten geen output-, verbruiks- of assemblageposten, dus de kolom verandert hier niets.",
  "advice.notHere.specific":
    "Deze posten bevatten geen artikelen met waarderingsmethode Specifiek, dus de kolom verandert hier niets.",
  "advice.setup":
    "De beginwaarden van Business Central worden gebruikt: Periode gemiddelde kostprijsberekening Dag, Gem. kostprijsberekeningsoort Artikel & locatie & variant, bedragen afgerond op 0,01 en bedragen per eenheid op 0,00001.",
  "advice.setupExport":
    'Voeg een blad "Voorraadinstellingen" toe met de kolommen Veld en Waarde en een rij voor elk van Periode gemiddelde kostprijsberekening en Gem. kostprijsberekeningsoort (pagina 461 "Voorraadinstellingen"), Afrondingsprecisie bedrag, Afrondingsprecisie bedrag per eenheid en Boeken toegestaan vanaf (pagina 118 "Grootboekinstellingen"): beide pagina\'s zijn kaarten, die Openen in Excel niet exporteert.',
  "advice.shown":
    'Pagina {page} "{pageName}" toont "{field}" standaard: kies Openen in Excel op de pagina (als "{field}" met Aanpassen is verwijderd, voeg het dan eerst weer toe).',
  "advice.hidden":
    'Pagina {page} "{pageName}" verbergt "{field}" standaard: kies op de pagina het pictogram Instellingen, Aanpassen, + Veld, sleep "{field}" naar de lijst, kies Gereed en daarna opnieuw Openen in Excel.',
  "advice.absent":
    'Pagina {page} "{pageName}" heeft "{field}" niet, dus Aanpassen kan het niet toevoegen: een beheerder kan het toevoegen met Pagina\'s aanpassen (Profielen (rollen), Business Central 2023 releasewave 2 of later), tabel {tableNo} "{tableName}" exporteren met een configuratiepakket (RapidStart) of het lezen via de API (OData).',
  "advice.oldPage506":
    'Pagina 506 "Artikelvereffeningsposten" toont "{field}" in recente versies van Business Central; waar de pagina het niet heeft, exporteert u in plaats daarvan tabel 339 "Artikelvereffeningspost" met een configuratiepakket (RapidStart).',
  "advice.chosenMethod":
    "De artikelen zonder waarderingsmethode worden gewaardeerd als {method}, de waarderingsmethode die voor ze is gekozen; de cijfers zijn alleen die van Business Central als dat daar de waarderingsmethode van elk artikel is.",
  "advice.page.38": "Artikelposten",
  "advice.page.5802": "Waardeposten",
  "advice.page.31": "Artikeloverzicht",
  "advice.page.506": "Artikelvereffeningsposten",
  "advice.page.100": "Boekingsperioden",
  "advice.table.32": "Artikelpost",
  "advice.table.5802": "Waardepost",
  "advice.table.27": "Artikel",
  "advice.table.339": "Artikelvereffeningspost",
  "advice.table.50": "Boekingsperiode",
  // One advice as the command line and the task pane show it.
  "advice.lineTable": "{table}, de hele tabel{count, plural, =0 {} one { (# rij)} other { (# rijen)}}: {effect}",
  "advice.lineColumn":
    '{table}, kolom "{column}"{count, plural, =0 {} one { (# rij)} other { (# rijen)}}: {effect}',
  "advice.lineToExport": "Zo exporteert u die: {hint}",
};
