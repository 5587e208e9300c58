// The export advice in sv (English: ./en.ts).
import type { Translations } from "../msg";
import type { adviceEn } from "./en";

export const adviceSv: Translations<typeof adviceEn> = {
  "advice.required": "Tabellen kan inte läsas utan den: varje rad behöver den.",
  "advice.fromItemLedgerEntry":
    "Hämtas från värdetransaktionens artikeltransaktion, där Business Central bokför detsamma.",
  "advice.notNeeded": "Används inte av värderingen.",
  "advice.entryCost": "Behövs inte: en transaktions kostnad är summan av dess värdetransaktioner.",
  "advice.38.documentNo":
    "En överföringsinleverans paras ihop med artikelns närmaste tidigare överföringsutleverans i stället för utleveransen i sitt eget dokument.",
  "advice.38.locationCode":
    "Varje transaktion tas som bokförd utan lagerställe, så en artikels lagerställen kopplas och får ett gemensamt genomsnitt.",
  "advice.38.variantCode":
    "Varje transaktion tas som bokförd utan variant, så en artikels varianter kopplas och får ett gemensamt genomsnitt.",
  "advice.38.invoicedQuantity": "Summeras från transaktionens värdetransaktioner.",
  "advice.38.remainingQuantity": "Räknas om från artikelkopplingarna, i löpnummerordning.",
  "advice.38.open": "Sätts utifrån det omräknade Återstående antal.",
  "advice.38.positive": "Sätts utifrån tecknet på Antal.",
  "advice.38.completelyInvoiced": "Sätts där Fakturerat antal är lika med Antal.",
  "advice.38.lastInvoiceDate": "Det senaste bokföringsdatumet bland transaktionens fakturerade värdetransaktioner.",
  "advice.38.appliestoEntry":
    "Tas som 0 (ingen fast koppling): en retur eller korrigering som bokförts mot en viss transaktion kopplas och värderas som om den inte hade någon, och en utgående transaktion för en artikel med värderingsprincipen Genomsnitt värderas till genomsnittet.",
  "advice.38.orderNo":
    "Utflöde kopplas inte till det som dess produktions- eller monteringsorder förbrukade, så dess kostnad justeras inte utifrån förbrukningen.",
  "advice.38.serialNo":
    "Transaktionerna för en artikel med värderingsprincipen Specifik kopplas enligt FIFO i stället för efter serienummer.",
  "advice.38.lotNo":
    "Transaktionerna för en artikel med värderingsprincipen Specifik kopplas enligt FIFO i stället för efter partinummer.",
  "advice.5802.valuationDate":
    "Räknas om i löpnummerordning från bokföringsdatumen och artikelkopplingarna, så som bokföringen satte det.",
  "advice.5802.documentNo": "Hämtas från värdetransaktionens artikeltransaktion.",
  "advice.5802.valuedQuantity":
    "Artikeltransaktionens antal (det fakturerade antalet på en senare faktura). Utan kolumnen vägrar costing adjust att lägga till nya värdetransaktioner som inte skulle läsas tillbaka likadant.",
  "advice.5802.invoicedQuantity":
    "Det värderade antalet för en direkt kostnad som inte är en justering, ett artikeltillägg eller en förväntad kostnad, annars 0. Utan kolumnen vägrar costing adjust att lägga till nya värdetransaktioner som inte skulle läsas tillbaka likadant.",
  "advice.5802.itemLedgerEntryQuantity": "Transaktionens antal på dess första värdetransaktion, 0 på de övriga.",
  "advice.5802.costAmountExpected":
    "Tas som 0, så inleveranser och utleveranser som ännu inte fakturerats har ingen kostnad. Kommandot costing adjust vägrar att lägga till nya värdetransaktioner med en förväntad kostnad.",
  "advice.5802.costPerUnit":
    "Kostnaden delad med det värderade antalet, där den behövs (den öppna delen av en negativ transaktion).",
  "advice.5802.adjustment":
    "En transaktion tas som en justering bara när den har ett värde i ”Kopplas till löpnr”, som sidan inte har, så tidigare justeringar läses som bokföringar. Kommandot costing adjust vägrar att lägga till nya justeringar.",
  "advice.5802.itemChargeNo": "Tas som tomt, så ett artikeltillägg läses som en vanlig bokföring av direkt kostnad.",
  "advice.5802.valuedByAverageCost":
    "Sätts på de utgående transaktionerna för artiklar med värderingsprincipen Genomsnitt som saknar fast koppling.",
  "advice.5802.partialRevaluation": "Omvärderingar tas som gjorda av Beräkna lagervärde, vilket ger samma kostnad.",
  "advice.5802.appliestoEntry":
    "Tas som 0: en justering matchas mot sin transaktion genom sin artikeltransaktion, vilket ger samma kostnad.",
  "advice.5802.expectedCost": "Sätts på de transaktioner som bara har ett förväntat belopp.",
  "advice.31.costingMethod": "Värderingen stoppar tills varje artikels värderingsprincip är känd.",
  "advice.31.unitCost":
    "Används inte av värderingen; bokföring av en omvärdering med Uppdatera standardkostnad skriver den nya styckkostnaden för en artikel med värderingsprincipen Standard i den.",
  "advice.31.standardCost":
    "Används inte av Justera kostnad - artikeltransaktioner (värdetransaktionerna bär standardkostnaden); calc-value --base standard-cost föreslår de nya styckkostnaderna utifrån den, och bokföring med Uppdatera standardkostnad skriver i den.",
  "advice.31.lastDirectCost":
    "Används inte av värderingen; calc-value --base last-direct-cost föreslår de nya styckkostnaderna utifrån den.",
  "advice.31.blocked":
    "Används inte av värderingen; Beräkna lagervärde tar varje artikel som inte spärrad, medan Business Central avvisar en spärrad artikel.",
  "advice.506.postingDate": "Hämtas från kopplingens artikeltransaktion.",
  "advice.506.transferredfromEntryNo":
    "Tas som 0, så en överföringsinleverans kopplas inte till den ingående transaktion som dess varor kom från.",
  "advice.506.costApplication":
    "Tas som Nej, så ingen utgående transaktion får sin kostnad från den ingående transaktion som den kopplades till.",
  "advice.100.newFiscalYear":
    "Ingen period tas som början på ett räkenskapsår, så inställningarna i Lagerinställningar gäller för varje datum.",
  "advice.100.averageCostPeriod":
    "Varje räkenskapsår läses med en tom Period för genomsnittskostnad, vilket Business Central aldrig har, så värderingen stoppar.",
  "advice.100.averageCostCalcType": "Genoms. kost.ber.typ i Lagerinställningar används för varje räkenskapsår.",
  "advice.38.absent": "Ingenting kan värderas utan artikeltransaktionerna.",
  "advice.38.absentExport": "Öppna sidan 38 ”Artikeltransaktioner” och välj Öppna i Excel.",
  "advice.5802.absent": "Ingenting kan värderas utan värdetransaktionerna.",
  "advice.5802.absentExport": "Öppna sidan 5802 ”Värdetransaktioner” och välj Öppna i Excel.",
  "advice.31.absentExport":
    "Öppna sidan 31 ”Artikellista” (Artiklar), välj Anpassa och lägg till ”Värderingsprincip” (dold som standard), välj sedan Öppna i Excel.",
  "advice.506.absent":
    "Byggs upp på nytt genom att koppla antalen i löpnummerordning, så som bokföringen gjorde (FIFO, LIFO, Specifik, fasta kopplingar, överföringar).",
  "advice.506.absentExport":
    "Sidan 506 ”Artikelkopplingstransaktioner” hittas inte med sökning: lägg till ?page=506 i Business Centrals adress och välj Öppna i Excel, eller exportera tabell 339 ”Artikelkopplingstransaktion” med ett konfigurationspaket (RapidStart).",
  "advice.100.absent":
    "Period för genomsnittskostnad och Genoms. kost.ber.typ i Lagerinställningar gäller för varje datum, och räkenskapsåren är kalenderår.",
  "advice.100.absentExport":
    "Öppna sidan 100 ”Redovisningsperioder”, välj Anpassa och lägg till ”Period för genomsnittskostnad” och ”Genoms. kost.ber.typ” (dolda som standard), välj sedan Öppna i Excel.",
  "advice.notHere.transfers": "Transaktionerna innehåller inga överföringar, så kolumnen ändrar ingenting här.",
  "advice.notHere.production":
    "Transaktionerna innehåller inga utflödes-, förbruknings- eller monteringstransaktioner, så kolumnen ändrar ingenting här.",
  "advice.notHere.specific":
    "Transaktionerna innehåller inga artiklar med värderingsprincipen Specifik, så kolumnen ändrar ingenting här.",
  "advice.setup":
    "Business Centrals startvärden används: Period för genomsnittskostnad Dag, Genoms. kost.ber.typ Artikel & lagerställe & variant, belopp avrundade till 0,01 och enhetsbelopp till 0,00001.",
  "advice.setupExport":
    "Lägg till ett blad ”Lagerinställningar” med kolumnerna Fält och Värde och en rad för var och en av Period för genomsnittskostnad och Genoms. kost.ber.typ (sidan 461 ”Lagerinställningar”), Beloppsavrundningsprecision, Avrundningsprecision för enhetsbelopp och Tillåt bokföring fr.o.m. (sidan 118 ”Redovisningsinställningar”): båda sidorna är kort, som Öppna i Excel inte exporterar.",
  "advice.shown":
    "Sidan {page} ”{pageName}” visar ”{field}” som standard: välj Öppna i Excel på sidan (om ”{field}” togs bort med Anpassa, lägg först till det igen).",
  "advice.hidden":
    "Sidan {page} ”{pageName}” döljer ”{field}” som standard: välj inställningsikonen på sidan, Anpassa, + Fält, dra ”{field}” till listan, välj Klar och sedan Öppna i Excel igen.",
  "advice.absent":
    "Sidan {page} ”{pageName}” har inte ”{field}”, så Anpassa kan inte lägga till det: en administratör kan lägga till det med Anpassa sidor (Profiler (roller), Business Central 2023 lanseringsvåg 2 eller senare), eller så kan du exportera tabell {tableNo} ”{tableName}” med ett konfigurationspaket (RapidStart) eller läsa det via API:et (OData).",
  "advice.oldPage506":
    "Sidan 506 ”Artikelkopplingstransaktioner” visar ”{field}” i nyare versioner av Business Central; där sidan inte har det, exportera i stället tabell 339 ”Artikelkopplingstransaktion” med ett konfigurationspaket (RapidStart).",
  "advice.chosenMethod":
    "Artiklarna utan värderingsprincip värderas som {method}, den värderingsprincip som valts för dem; siffrorna är Business Centrals bara om det är varje artikels värderingsprincip där.",
  "advice.page.38": "Artikeltransaktioner",
  "advice.page.5802": "Värdetransaktioner",
  "advice.page.31": "Artikellista",
  "advice.page.506": "Artikelkopplingstransaktioner",
  "advice.page.100": "Redovisningsperioder",
  "advice.table.32": "Artikeltransaktion",
  "advice.table.5802": "Värdetransaktion",
  "advice.table.27": "Artikel",
  "advice.table.339": "Artikelkopplingstransaktion",
  "advice.table.50": "Redovisningsperiod",
  // One advice as the command line and the task pane show it.
  "advice.lineTable": "{table}, hela tabellen{count, plural, =0 {} one { (# rad)} other { (# rader)}}: {effect}",
  "advice.lineColumn":
    "{table}, kolumnen ”{column}”{count, plural, =0 {} one { (# rad)} other { (# rader)}}: {effect}",
  "advice.lineToExport": "Så exporterar du den: {hint}",
};
