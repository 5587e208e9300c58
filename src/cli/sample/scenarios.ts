// The bundled sample ledger: the design documents' worked examples as separate items in one workbook.
//
// Average Cost Period: the design document's "Day" and "Month" examples need different settings, and Inventory
// Setup is global. The sample therefore uses fiscal years (costing-engine.md §2-§3): the fiscal years 2020-2024
// were closed with Average Cost Period = Day, then the setup was changed to Month, which Business Central copies
// to the open fiscal year 2025 only. AVG-MONTH is dated in 2025; every other item is dated 2020-2023 (Day).
// Average Cost Calc. Type is Item throughout, as in the design documents.
//
// Entries are as Business Central posted them before the final Adjust Cost - Item Entries run: sales carry
// the item's Unit Cost at the time of posting, not their final cost.
import { LedgerBuilder } from "./ledgerBuilder";
import { MONTH_NAMES } from "../../workbook/setupWrite";

export interface SampleSetup {
  averageCostPeriod: string;
  averageCostCalcType: string;
  amountRoundingPrecision: string;
  unitAmountRoundingPrecision: string;
  allowPostingFrom: string;
}

export interface SampleAccountingPeriod {
  startingDate: string;
  name: string;
  newFiscalYear: boolean;
  closed: boolean;
  dateLocked: boolean;
  averageCostPeriod: string;
  averageCostCalcType: string;
}

export interface SampleLedger {
  builder: LedgerBuilder;
  setup: SampleSetup;
  accountingPeriods: SampleAccountingPeriod[];
}

function accountingPeriods(): SampleAccountingPeriod[] {
  const rows: SampleAccountingPeriod[] = [];
  for (let year = 2020; year <= 2025; year++) {
    const closed = year < 2025;
    for (let m = 1; m <= 12; m++) {
      const fy = m === 1;
      rows.push({
        startingDate: `${year}-${String(m).padStart(2, "0")}-01`,
        name: MONTH_NAMES[m - 1],
        newFiscalYear: fy,
        closed,
        dateLocked: closed,
        averageCostPeriod: fy ? (year === 2025 ? "Month" : "Day") : "",
        averageCostCalcType: fy ? "Item" : "",
      });
    }
  }
  return rows;
}

/** Design document "Average Cost", Example "Average Cost Period = Day/Month": the same six entries. */
function averageExample(b: LedgerBuilder, item: string, year: number, docPrefix: string): void {
  const d = (md: string) => `${year}-${md}`;
  b.purchase(item, d("01-01"), "1", "20.00", { doc: `${docPrefix}-PR1` });
  b.purchase(item, d("01-01"), "1", "40.00", { doc: `${docPrefix}-PR2` });
  b.sale(item, d("01-01"), "1", "20.00", { doc: `${docPrefix}-SS1` });
  b.sale(item, d("02-01"), "1", "40.00", { doc: `${docPrefix}-SS2` });
  b.purchase(item, d("02-02"), "1", "100.00", { doc: `${docPrefix}-PR3` });
  b.sale(item, d("02-03"), "1", "100.00", { doc: `${docPrefix}-SS3` });
}

export function buildSample(): SampleLedger {
  const b = new LedgerBuilder();
  const item = (no: string, description: string, costingMethod: "FIFO" | "LIFO" | "Average" | "Standard") =>
    ({ no, description, costingMethod, unitCost: "0", standardCost: "0", lastDirectCost: "0" }) as const;

  // Items with the Unit Cost they have before the final Adjust Cost run (what new sales are posted at).
  b.item({
    ...item("AVG-DAY", "Average cost, period Day (design doc)", "Average"),
    unitCost: "100.00",
    lastDirectCost: "100.00",
  });
  b.item({
    ...item("AVG-MONTH", "Average cost, period Month (design doc, FY 2025)", "Average"),
    unitCost: "100.00",
    lastDirectCost: "100.00",
  });
  b.item({
    ...item("AVG-BACKDATE", "Average cost, backdated receipt (design doc)", "Average"),
    unitCost: "21.00",
    lastDirectCost: "21.00",
  });
  b.item({
    ...item("VALDATE", "Valuation date: item charge, revaluation, late sale", "Average"),
    unitCost: "14.00",
    lastDirectCost: "10.00",
  });
  b.item({
    ...item("VALDATE-FIFO", "Valuation date example with FIFO (white paper test 1)", "FIFO"),
    unitCost: "14.00",
    lastDirectCost: "10.00",
  });
  b.item({
    ...item("FIFO-REVAL", "Revaluation example A-F, FIFO", "FIFO"),
    unitCost: "10.00",
    lastDirectCost: "10.00",
  });
  b.item({ ...item("FIFO-PLAIN", "FIFO, two locations", "FIFO"), unitCost: "5.00", lastDirectCost: "7.00" });
  b.item({ ...item("LIFO-PLAIN", "LIFO", "LIFO"), unitCost: "3.00", lastDirectCost: "4.00" });
  b.item({
    ...item("STD-PLAIN", "Standard cost 10.00, purchased at 12.00", "Standard"),
    unitCost: "10.00",
    standardCost: "10.00",
    lastDirectCost: "12.00",
  });
  b.item({
    ...item("STD-LINK", "Links at standard cost 2.00 received not invoiced (revaluation chain)", "Standard"),
    unitCost: "2.00",
    standardCost: "2.00",
    lastDirectCost: "2.00",
  });
  b.item({
    ...item("WIP-LINK", "Links consumed by production order WIP-PO1 (WIP chain)", "FIFO"),
    unitCost: "1.00",
    lastDirectCost: "1.00",
  });
  b.item({ ...item("WIP-CHAIN", "Chain of 150 links, output of WIP-PO1 (WIP chain)", "FIFO") });

  // S1 / A1: Average Cost Period = Day. After Adjust Cost: sales -30.00, -30.00, -100.00.
  averageExample(b, "AVG-DAY", 2023, "S1");
  // S2 / A2: the same ledger in fiscal year 2025 (Average Cost Period = Month): -30.00, -65.00, -65.00.
  averageExample(b, "AVG-MONTH", 2025, "S2");

  // S3 / A3: backdated receipt +1 @ 21.00 on 01-03, posted after both sales: both sales become -17.00.
  b.purchase("AVG-BACKDATE", "2020-01-01", "1", "10.00", { doc: "S3-PR1" });
  b.purchase("AVG-BACKDATE", "2020-01-02", "1", "20.00", { doc: "S3-PR2" });
  b.sale("AVG-BACKDATE", "2020-02-15", "1", "15.00", { doc: "S3-SS1" });
  b.sale("AVG-BACKDATE", "2020-02-16", "1", "15.00", { doc: "S3-SS2" });
  b.purchase("AVG-BACKDATE", "2020-01-03", "1", "21.00", { doc: "S3-PR3" });

  // S12 / A4: valuation date example. The first sale was adjusted to -14.00 before the revaluation (Business
  // Central requires Adjust Cost before Calculate Inventory Value for Average items); the late sale is dated
  // 02-01, posted after the 03-01 revaluation at the Unit Cost then (14.00), so it gets Valuation Date 03-01.
  // After Adjust Cost: late sale -10.00, quantity 0, value 0.00.
  for (const [no, p] of [
    ["VALDATE", "S12"],
    ["VALDATE-FIFO", "W1"],
  ] as const) {
    const receipt = b.purchase(no, "2020-01-01", "2", "20.00", { doc: `${p}-PR1` });
    b.itemCharge(receipt, "2020-01-15", "8.00", "FREIGHT", `${p}-PI2`);
    const sale = b.sale(no, "2020-02-01", "1", "10.00", { doc: `${p}-SS1` });
    b.earlierAdjustment(sale, "-4.00");
    b.revaluation(receipt, "2020-03-01", "1", "-4.00", `${p}-REVAL`);
    b.sale(no, "2020-02-01", "1", "14.00", { doc: `${p}-SS2` });
  }

  // S13 / R1: revaluation example A-F (FIFO). Purchase 6 @ 10.00; sales A, B, C; revaluation per item on 03-01
  // of the remaining 4 to 8.00 (-8.00, Partial Revaluation); sales D, E, F posted afterwards at 10.00.
  // After Adjust Cost: A, B -10.00; C, D, E, F -8.00; D valued on 03-01.
  const s13 = b.purchase("FIFO-REVAL", "2020-01-01", "6", "60.00", { doc: "S13-PR1" });
  b.sale("FIFO-REVAL", "2020-02-01", "1", "10.00", { doc: "S13-A" });
  b.sale("FIFO-REVAL", "2020-03-01", "1", "10.00", { doc: "S13-B" });
  b.sale("FIFO-REVAL", "2020-04-01", "1", "10.00", { doc: "S13-C" });
  b.revaluation(s13, "2020-03-01", "4", "-8.00", "S13-REVAL");
  b.sale("FIFO-REVAL", "2020-02-01", "1", "10.00", { doc: "S13-D" });
  b.sale("FIFO-REVAL", "2020-03-01", "1", "10.00", { doc: "S13-E" });
  b.sale("FIFO-REVAL", "2020-04-01", "1", "10.00", { doc: "S13-F" });

  // Plain applied-cost items. FIFO: the sale of 15 takes 10 @ 5.00 + 5 @ 6.00 = -80.00 (posted -75.00);
  // the sale at RED takes the RED receipt's 7.00 (posted -5.00).
  b.purchase("FIFO-PLAIN", "2023-03-01", "10", "50.00", { doc: "F-PR1" });
  b.purchase("FIFO-PLAIN", "2023-03-05", "10", "60.00", { doc: "F-PR2" });
  b.sale("FIFO-PLAIN", "2023-03-10", "15", "5.00", { doc: "F-SS1" });
  b.purchase("FIFO-PLAIN", "2023-03-12", "4", "28.00", { doc: "F-PR3", location: "RED" });
  b.sale("FIFO-PLAIN", "2023-03-15", "1", "5.00", { doc: "F-SS2", location: "RED" });
  // LIFO: the sale of 6 takes 5 @ 4.00 + 1 @ 3.00 = -23.00 (posted -18.00).
  b.purchase("LIFO-PLAIN", "2023-04-01", "5", "15.00", { doc: "L-PR1" });
  b.purchase("LIFO-PLAIN", "2023-04-02", "5", "20.00", { doc: "L-PR2" });
  b.sale("LIFO-PLAIN", "2023-04-03", "6", "3.00", { doc: "L-SS1" });
  // Standard: 10 bought at 12.00 against a standard of 10.00 (Direct Cost 120.00, Variance -20.00);
  // the sale of 4 stays at -40.00.
  b.purchase("STD-PLAIN", "2023-05-01", "10", "120.00", { doc: "STD-PR1" });
  b.sale("STD-PLAIN", "2023-05-10", "4", "10.00", { doc: "STD-SS1" });

  // R2: expected cost in revaluation (design document's chain example), dated 2021 so no other item is near.
  // 150 links received at the standard cost 2.00 and not invoiced: Cost Amount (Expected) 300.00. The user
  // revalues them (Calculate Per Item includes a Standard item's uninvoiced receipt) and invoices them later.
  b.receipt("STD-LINK", "2021-01-15", "150", "300.00", { doc: "R2-PR1" });

  // R3: the WIP example (design document), dated 2022. 150 links bought at 1.00 (received and invoiced),
  // consumed by production order WIP-PO1 on 02-01, the chain output on 02-15 at 0.00: Adjust Cost gives the
  // output the 150.00 the order consumed.
  b.purchase("WIP-LINK", "2022-01-01", "150", "150.00", { doc: "R3-PR1" });
  b.consumption("WIP-LINK", "2022-02-01", "150", "1.00", { doc: "WIP-PO1", order: "WIP-PO1" });
  b.output("WIP-CHAIN", "2022-02-15", "1", { doc: "WIP-PO1", order: "WIP-PO1" });

  return {
    builder: b,
    setup: {
      averageCostPeriod: "Month",
      averageCostCalcType: "Item",
      amountRoundingPrecision: "0.01",
      unitAmountRoundingPrecision: "0.00001",
      allowPostingFrom: "",
    },
    accountingPeriods: accountingPeriods(),
  };
}
