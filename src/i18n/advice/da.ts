// The export advice in da (English: ./en.ts).
import type { Translations } from "../msg";
import type { adviceEn } from "./en";

export const adviceDa: Translations<typeof adviceEn> = {
  "advice.required": "Tabellen kan ikke læses uden den: hver række skal have den.",
  "advice.fromItemLedgerEntry": "Hentes fra værdipostens varepost, hvor Business Central bogfører det samme.",
  "advice.notNeeded": "Bruges ikke af værdiansættelsen.",
  "advice.entryCost": "Ikke nødvendig: en posts kostværdi er summen af dens værdiposter.",
  "advice.38.documentNo":
    "En overførselsmodtagelse parres med varens nærmeste tidligere overførselsleverance i stedet for leverancen fra dens eget bilag.",
  "advice.38.locationCode":
    "Hver post opfattes som bogført uden lokation, så en vares lokationer udlignes og indgår i ét fælles gennemsnit.",
  "advice.38.variantCode":
    "Hver post opfattes som bogført uden variant, så en vares varianter udlignes og indgår i ét fælles gennemsnit.",
  "advice.38.invoicedQuantity": "Summeres fra postens værdiposter.",
  "advice.38.remainingQuantity": "Genberegnes ud fra vareudligningerne i løbenummerorden.",
  "advice.38.open": "Sættes ud fra det genberegnede Restantal.",
  "advice.38.positive": "Sættes ud fra fortegnet for Antal.",
  "advice.38.completelyInvoiced": "Sættes, hvor Faktureret antal er lig med Antal.",
  "advice.38.lastInvoiceDate": "Den seneste bogføringsdato blandt postens fakturerede værdiposter.",
  "advice.38.appliestoEntry":
    "Opfattes som 0 (ingen fast udligning): en returnering eller rettelse bogført mod en bestemt post udlignes og værdiansættes, som om den ikke havde nogen, og en udgående post for en vare med kostmetoden Gennemsnit værdiansættes til gennemsnittet.",
  "advice.38.orderNo":
    "Afgang knyttes ikke til det, dens produktions- eller montageordre forbrugte, så dens kostværdi justeres ikke ud fra forbruget.",
  "advice.38.serialNo":
    "Poster for en vare med kostmetoden Specifik udlignes efter først ind, først ud i stedet for efter serienummer.",
  "advice.38.lotNo":
    "Poster for en vare med kostmetoden Specifik udlignes efter først ind, først ud i stedet for efter lotnummer.",
  "advice.5802.valuationDate":
    "Genberegnes i løbenummerorden ud fra bogføringsdatoerne og vareudligningerne, som bogføringen satte den.",
  "advice.5802.documentNo": "Hentes fra værdipostens varepost.",
  "advice.5802.valuedQuantity":
    "Varepostens antal (det fakturerede antal på en senere faktura). Uden kolonnen nægter costing adjust at tilføje nye værdiposter, der ikke ville blive læst ens igen.",
  "advice.5802.invoicedQuantity":
    "Det værdiansatte antal for en direkte omkostning, der ikke er en justering, et varegebyr eller en forventet kostpris, ellers 0. Uden kolonnen nægter costing adjust at tilføje nye værdiposter, der ikke ville blive læst ens igen.",
  "advice.5802.itemLedgerEntryQuantity": "Postens antal på dens første værdipost, 0 på de øvrige.",
  "advice.5802.costAmountExpected":
    "Opfattes som 0, så modtagelser og leverancer, der endnu ikke er faktureret, har ingen kostværdi. Kommandoen costing adjust nægter at tilføje nye værdiposter med en forventet kostpris.",
  "advice.5802.costPerUnit":
    "Kostværdien divideret med det værdiansatte antal, hvor der er brug for den (den åbne del af en negativ post).",
  "advice.5802.adjustment":
    "En post opfattes kun som en justering, når den har en Udligningspost, som siden ikke har, så tidligere justeringer læses som bogføringer. Kommandoen costing adjust nægter at tilføje nye justeringer.",
  "advice.5802.itemChargeNo":
    "Opfattes som tom, så et varegebyr læses som en almindelig bogføring af en direkte omkostning.",
  "advice.5802.valuedByAverageCost":
    "Sættes på de udgående poster for varer med kostmetoden Gennemsnit, der ikke har nogen fast udligning.",
  "advice.5802.partialRevaluation":
    "Værdireguleringer opfattes som foretaget af Beregn lagerværdi, hvilket giver samme kostværdi.",
  "advice.5802.appliestoEntry":
    "Opfattes som 0: en justering knyttes til sin post gennem sin varepost, hvilket giver samme kostværdi.",
  "advice.5802.expectedCost": "Sættes på de poster, der kun har et forventet beløb.",
  "advice.31.costingMethod": "Værdiansættelsen standser, indtil hver vares kostmetode er kendt.",
  "advice.31.unitCost":
    "Bruges ikke af værdiansættelsen; bogføring af en værdiregulering med Opdater kostpris (standard) skriver den nye kostpris for en vare med kostmetoden Standard i den.",
  "advice.31.standardCost":
    "Bruges ikke af Juster kostpris - vareposter (værdiposterne indeholder standardkostprisen); calc-value --base standard-cost foreslår de nye kostpriser ud fra den, og bogføring med Opdater kostpris (standard) skriver i den.",
  "advice.31.lastDirectCost":
    "Bruges ikke af værdiansættelsen; calc-value --base last-direct-cost foreslår de nye kostpriser ud fra den.",
  "advice.31.blocked":
    "Bruges ikke af værdiansættelsen; Beregn lagerværdi opfatter hver vare som ikke spærret, hvor Business Central afviser en spærret vare.",
  "advice.506.postingDate": "Hentes fra udligningens varepost.",
  "advice.506.transferredfromEntryNo":
    "Opfattes som 0, så en overførselsmodtagelse knyttes ikke til den indgående post, som varerne kom fra.",
  "advice.506.costApplication":
    "Opfattes som Nej, så ingen udgående post får sin kostværdi fra den indgående post, den blev udlignet med.",
  "advice.100.newFiscalYear":
    "Ingen periode opfattes som starten på et regnskabsår, så indstillingerne i Lageropsætning gælder for alle datoer.",
  "advice.100.averageCostPeriod":
    "Hvert regnskabsår læses med en tom Gennemsnitlig omkostningsperiode, hvilket Business Central aldrig har, så værdiansættelsen standser.",
  "advice.100.averageCostCalcType": "Beregn.type for gnsn. kostpris fra Lageropsætning bruges for hvert regnskabsår.",
  "advice.38.absent": "Intet kan værdiansættes uden vareposterne.",
  "advice.38.absentExport": 'Åbn side 38 "Vareposter", og vælg Åbn i Excel.',
  "advice.5802.absent": "Intet kan værdiansættes uden værdiposterne.",
  "advice.5802.absentExport": 'Åbn side 5802 "Værdiposter", og vælg Åbn i Excel.',
  "advice.31.absentExport":
    'Åbn side 31 "Vareoversigt" (Varer), vælg Tilpas, og tilføj "Kostmetode" (skjult som standard), og vælg derefter Åbn i Excel.',
  "advice.506.absent":
    "Genskabes ved at udligne antallene i løbenummerorden, som bogføringen gjorde (FIFO, LIFO, Specifik, faste udligninger, overførsler).",
  "advice.506.absentExport":
    'Side 506 "Vareudligningsposter" findes ikke via søgning: tilføj ?page=506 til Business Centrals adresse, og vælg Åbn i Excel, eller eksportér tabel 339 "Vareudligningspost" med en konfigurationspakke (RapidStart).',
  "advice.100.absent":
    "Gennemsnitlig omkostningsperiode og Beregn.type for gnsn. kostpris fra Lageropsætning gælder for alle datoer, og regnskabsårene er kalenderår.",
  "advice.100.absentExport":
    'Åbn side 100 "Regnskabsperioder", vælg Tilpas, og tilføj "Gennemsnitlig omkostningsperiode" og "Beregn.type for gnsn. kostpris" (skjult som standard), og vælg derefter Åbn i Excel.',
  "advice.notHere.transfers": "Posterne har ingen overførsler, så kolonnen ændrer intet her.",
  "advice.notHere.production":
    "Posterne har ingen afgangs-, forbrugs- eller montageposter, så kolonnen ændrer intet her.",
  "advice.notHere.specific": "Posterne har ingen varer med kostmetoden Specifik, så kolonnen ændrer intet her.",
  "advice.setup":
    "Business Centrals startværdier bruges: Gennemsnitlig omkostningsperiode Dag, Beregn.type for gnsn. kostpris Vare & lokation & variant, beløb afrundet til 0,01 og enhedsbeløb til 0,00001.",
  "advice.setupExport":
    'Tilføj et ark "Lageropsætning" med kolonnerne Felt og Værdi og en række for hver af Gennemsnitlig omkostningsperiode og Beregn.type for gnsn. kostpris (side 461 "Lageropsætning"), Afrundingspræcision (beløb), Afrundingspræcision (enhedsbeløb) og Tillad bogføring fra (side 118 "Finansopsætning"): begge sider er kort, som Åbn i Excel ikke eksporterer.',
  "advice.shown":
    'Side {page} "{pageName}" viser "{field}" som standard: vælg Åbn i Excel på siden (hvis "{field}" blev fjernet med Tilpas, skal du tilføje den igen først).',
  "advice.hidden":
    'Side {page} "{pageName}" skjuler "{field}" som standard: vælg indstillingsikonet på siden, Tilpas, + Felt, træk "{field}" ind på listen, vælg Udført, og vælg derefter Åbn i Excel igen.',
  "advice.absent":
    'Side {page} "{pageName}" har ikke "{field}", så Tilpas kan ikke tilføje den: en administrator kan tilføje den med Tilpas sider (Profiler (roller), Business Central 2023 udgivelsesbølge 2 eller nyere), eksportere tabel {tableNo} "{tableName}" med en konfigurationspakke (RapidStart) eller læse den via API\'en (OData).',
  "advice.oldPage506":
    'Side 506 "Vareudligningsposter" viser "{field}" i nyere versioner af Business Central; hvor siden ikke har den, skal du i stedet eksportere tabel 339 "Vareudligningspost" med en konfigurationspakke (RapidStart).',
  "advice.chosenMethod":
    "Varerne uden kostmetode værdiansættes som {method}, den kostmetode, der er valgt for dem; tallene er kun Business Centrals, hvis det er hver vares kostmetode dér.",
  "advice.page.38": "Vareposter",
  "advice.page.5802": "Værdiposter",
  "advice.page.31": "Vareoversigt",
  "advice.page.506": "Vareudligningsposter",
  "advice.page.100": "Regnskabsperioder",
  "advice.table.32": "Varepost",
  "advice.table.5802": "Værdipost",
  "advice.table.27": "Vare",
  "advice.table.339": "Vareudligningspost",
  "advice.table.50": "Regnskabsperiode",
  // One advice as the command line and the task pane show it.
  "advice.lineTable":
    "{table}, hele tabellen{count, plural, =0 {} one { (# række)} other { (# rækker)}}: {effect}",
  "advice.lineColumn":
    "{table}, kolonnen ”{column}”{count, plural, =0 {} one { (# række)} other { (# rækker)}}: {effect}",
  "advice.lineToExport": "Sådan eksporteres den: {hint}",
};
