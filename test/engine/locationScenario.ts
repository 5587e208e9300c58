// An Average item kept at locations, with Business Central's default Average Cost Calc. Type (Item & Location &
// Variant) and period Month: BLUE with a receipt backdated into January after February's sale; RED with freight
// on its receipt posted in February, after RED's sale of 01-08, and valued on the receipt's date (backdated too);
// a variant V1 at RED; GREEN from March on.
//   January:  BLUE (40.00 + 50.00 + 10.00) / 4 = 25.00; RED (24.00 + 3.00) / 2 = 13.50; RED V1 10.00 / 3 = 3.33333
//   February: BLUE opening 3 / 75.00 = 25.00 (the sale of 02-03 takes it); RED 1 / 13.50; RED V1 as in January
import type { Scenario, Step } from "./ledgerBuilder";

export const ITEM = "AVG-LOC";

export function locationScenario(o: { variants?: boolean; green?: boolean } = {}): Scenario {
  // Value entry numbers are the steps' numbers.
  const steps: Step[] = [
    { ile: 1, date: "2025-01-05", type: "Purchase", qty: "2", cost: "40.00", loc: "BLUE" },
    { ile: 2, date: "2025-01-06", type: "Purchase", qty: "2", cost: "24.00", loc: "RED" },
    { ile: 3, date: "2025-01-10", type: "Sale", qty: "-1", cost: "-20.00", loc: "BLUE" },
    { ile: 4, date: "2025-01-12", type: "Purchase", qty: "1", cost: "50.00", loc: "BLUE" },
    { ile: 5, date: "2025-02-03", type: "Sale", qty: "-1", cost: "-20.00", loc: "BLUE" },
    // Posted after the sale of 02-03, valued in January: backdated.
    { ile: 6, date: "2025-01-20", type: "Purchase", qty: "1", cost: "10.00", loc: "BLUE" },
    { ile: 7, date: "2025-01-08", type: "Sale", qty: "-1", cost: "-12.00", loc: "RED" },
    // Value entry 8: freight on RED's receipt, posted 02-10 after the sale of 01-08, valued on the receipt's 01-06.
    { value: "Item Charge", ileNo: 2, date: "2025-02-10", cost: "3.00" },
  ];
  if (o.variants !== false)
    steps.push({ ile: 8, date: "2025-01-08", type: "Purchase", qty: "3", cost: "10.00", loc: "RED", variant: "V1" });
  if (o.green) steps.push({ ile: 9, date: "2025-03-02", type: "Purchase", qty: "1", cost: "5.00", loc: "GREEN" });
  return {
    period: "Month",
    calcType: "Item & Location & Variant",
    items: [{ no: ITEM, method: "Average" }],
    steps,
  };
}
