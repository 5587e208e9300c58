// The "distributor" benchmark profile: a wholesaler's year as Business Central exports it, written as a folder of
// CSV files the command line reads (one `<Table Name>.csv` per table, as assets/sample). Streamed: rows are
// written as they are generated, in entry-number order, and only each item's open receipts are kept in memory,
// so 3M or 10M value entries need no more than a few hundred MB.
//
// Shape (issue 9, §3): about 100 value entries per item over 2025 (9,700 items per million value entries);
// items 40 % Average, 40 % FIFO, 10 % LIFO, 10 % Standard; Inventory Setup and the fiscal year: Average Cost
// Period Month, Average Cost Calc. Type Item & Location & Variant; three locations, no variants. Each event
// picks an item at random:
// - purchase (35 %): received and invoiced at once, or (one in five) received at expected cost and invoiced
//   1-20 days later at up to 20 % off the expected price (an invoice after the year's end is not in the export:
//   received, not invoiced); one in ten gets an item charge (freight) posted 1-30 days later. Standard items
//   post a Variance entry with each direct cost (standard cost less the direct cost);
// - sale (55 %) at the item's unit cost, one in twenty backdated 1-10 days;
// - transfer (5 %) of stock from one location to another (shipment and receipt, same document), so goods go
//   back and forth;
// - negative adjustment (5 %).
// Never more is sold, shipped or written off than a location holds (in entry-number order).
// Exported without Item Application Entries; Value Entries with Valuation Date (as Business Central set it:
// an outbound's is pushed to the latest valuation date of the receipts it is applied to; an invoice's and an
// item charge's is its receipt's); Item Ledger Entries without Remaining Quantity and Open.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";
import { rng } from "./generate";
import { VALUE_ENTRIES } from "../../src/workbook/schema";
import { MONTH_NAMES } from "../../src/workbook/setupWrite";

export const YEAR = 2025;
/** The sizes `npm run bench -- --profile distributor` runs by default (value entries). */
export const DISTRIBUTOR_SIZES = [100_000, 300_000, 1_000_000, 3_000_000];
const DAYS = 365;
const LOCATIONS = ["MAIN", "EAST", "WEST"] as const;
/** Items per value entry: 9,700 items for a million. */
const ITEMS_PER_VALUE_ENTRY = 9_700 / 1_000_000;

export const ILE_COLUMNS = [
  "Entry No.",
  "Item No.",
  "Posting Date",
  "Entry Type",
  "Document Type",
  "Document No.",
  "Location Code",
  "Variant Code",
  "Quantity",
  "Invoiced Quantity",
];

/** Value Entries as a full export has them: every column the reader knows but Partial Revaluation. */
export const VE_COLUMNS = VALUE_ENTRIES.columns.map((c) => c.caption).filter((c) => c !== "Partial Revaluation");

export const ITEM_COLUMNS = [
  "No.",
  "Description",
  "Costing Method",
  "Unit Cost",
  "Standard Cost",
  "Last Direct Cost",
  "Blocked",
];

type Method = "Average" | "FIFO" | "LIFO" | "Standard";

/** A CSV file written in chunks of about 1 MB (fields never need quotes here). */
class CsvWriter {
  private readonly fd: number;
  private parts: string[] = [];
  private size = 0;
  rows = 0;

  constructor(file: string, header: readonly string[]) {
    this.fd = openSync(file, "w");
    this.parts.push(header.join(","));
  }

  row(line: string): void {
    this.parts.push(line);
    this.size += line.length;
    this.rows++;
    if (this.size > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    writeSync(this.fd, this.parts.join("\n") + "\n");
    this.parts = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** Cents as a decimal with two places. */
function money(cents: number): string {
  const a = Math.abs(cents);
  const r = a % 100;
  return `${cents < 0 ? "-" : ""}${(a - r) / 100}.${r < 10 ? "0" : ""}${r}`;
}

/** |cents| / quantity as a unit cost with five places (rounded half up). */
function perUnit(cents: number, qty: number): string {
  const u = Math.round((Math.abs(cents) * 1000) / Math.abs(qty)); // units of 0.00001
  const r = u % 100000;
  return `${(u - r) / 100000}.${String(r).padStart(5, "0")}`;
}

const yesNo = (b: boolean): string => (b ? "Yes" : "No");

/** A receipt still holding quantity at its location (for application and valuation dates). */
interface Lot {
  readonly entryNo: number;
  remaining: number;
  readonly vd: number; // valuation date, as a day of the year
}

/** Open receipts of one item at one location, in (posting date, entry no.) order: they are posted in that order. */
class Lots {
  private list: Lot[] = [];
  private head = 0;
  onHand = 0;

  add(lot: Lot): void {
    this.list.push(lot);
    this.onHand += lot.remaining;
  }

  /** Takes qty first in, first out (last in, first out for LIFO); returns the latest valuation date taken. */
  take(qty: number, lifo: boolean): number {
    let vd = -1;
    this.onHand -= qty;
    const l = this.list;
    while (qty > 0) {
      const lot = lifo ? l[l.length - 1] : l[this.head];
      const q = Math.min(qty, lot.remaining);
      lot.remaining -= q;
      qty -= q;
      if (lot.vd > vd) vd = lot.vd;
      if (lot.remaining === 0) {
        if (lifo) l.pop();
        else this.head++;
      }
    }
    if (this.head > 64 && this.head * 2 > l.length) {
      this.list = l.slice(this.head);
      this.head = 0;
    }
    return vd;
  }
}

interface ItemState {
  readonly no: string;
  readonly method: Method;
  readonly priceCents: number; // the usual purchase price
  readonly standardCents: number;
  unitCents: number; // what sales and transfers are posted at
  lastDirectCents: number;
  readonly lots: Lots[]; // per location
}

/** A value entry posted later: an invoice of a receipt, or an item charge. */
interface Later {
  readonly kind: "invoice" | "charge";
  readonly item: ItemState;
  readonly ileNo: number;
  readonly qty: number;
  readonly location: string;
  readonly receiptDay: number;
  readonly actualCents: number;
  readonly expectedCents: number; // invoice: the expected cost it reverses
  readonly doc: string;
}

export interface DistributorSummary {
  readonly folder: string;
  readonly valueEntries: number;
  readonly itemLedgerEntries: number;
  readonly items: number;
  readonly methods: Record<Method, number>;
  readonly firstDate: string;
  readonly lastDate: string;
  readonly events: Record<string, number>;
  readonly seconds: number;
}

const METHODS: readonly Method[] = [
  "Average",
  "Average",
  "Average",
  "Average",
  "FIFO",
  "FIFO",
  "FIFO",
  "FIFO",
  "LIFO",
  "Standard",
];

/** Writes the distributor profile with about `valueEntries` value entries into `folder` (created). */
export function writeDistributor(folder: string, valueEntries: number, seed = 20240601): DistributorSummary {
  const t0 = process.hrtime.bigint();
  mkdirSync(folder, { recursive: true });
  const rand = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const dates = Array.from({ length: DAYS }, (_, d) => new Date(Date.UTC(YEAR, 0, 1 + d)).toISOString().slice(0, 10));

  const itemCount = Math.max(10, Math.round(valueEntries * ITEMS_PER_VALUE_ENTRY));
  const states: ItemState[] = [];
  const methods: Record<Method, number> = { Average: 0, FIFO: 0, LIFO: 0, Standard: 0 };
  for (let i = 0; i < itemCount; i++) {
    const method = METHODS[i % METHODS.length];
    methods[method]++;
    const price = int(100, 20000);
    states.push({
      no: `D${String(i + 1).padStart(6, "0")}`,
      method,
      priceCents: price,
      standardCents: price,
      unitCents: price,
      lastDirectCents: price,
      lots: LOCATIONS.map(() => new Lots()),
    });
  }

  const ileFile = new CsvWriter(path.join(folder, "Item Ledger Entries.csv"), ILE_COLUMNS);
  const veFile = new CsvWriter(path.join(folder, "Value Entries.csv"), VE_COLUMNS);
  let ileNo = 0;
  let veNo = 0;
  const events: Record<string, number> = {
    purchase: 0,
    receivedNotInvoiced: 0,
    invoiceLater: 0,
    itemCharge: 0,
    sale: 0,
    backdatedSale: 0,
    transfer: 0,
    negativeAdjustment: 0,
  };

  const ile = (
    s: ItemState,
    day: number,
    type: string,
    docType: string,
    doc: string,
    loc: string,
    qty: number,
    invoiced: number,
  ): number => {
    ileNo++;
    ileFile.row(`${ileNo},${s.no},${dates[day]},${type},${docType},${doc},${loc},,${qty},${invoiced}`);
    return ileNo;
  };
  const ve = (
    s: ItemState,
    entry: number,
    day: number,
    vd: number,
    type: "Direct Cost" | "Variance",
    ileType: string,
    doc: string,
    loc: string,
    valued: number,
    invoiced: number,
    ileQty: number,
    actual: number,
    expected: number,
    costPerUnit: string,
    charge: string,
    byAverage: boolean,
    expectedCost: boolean,
  ): void => {
    veNo++;
    veFile.row(
      `${veNo},${entry},${s.no},${dates[day]},${dates[vd]},${type},${ileType},${doc},${loc},,${valued},${invoiced},` +
        `${ileQty},${money(actual)},${money(expected)},${costPerUnit},No,${charge},${yesNo(byAverage)},0,` +
        yesNo(expectedCost),
    );
  };
  /** A Standard item's Variance entry: standard cost less the direct cost just posted. */
  const variance = (
    s: ItemState,
    entry: number,
    day: number,
    vd: number,
    doc: string,
    loc: string,
    qty: number,
    cents: number,
  ) => {
    if (cents !== 0)
      ve(s, entry, day, vd, "Variance", "Purchase", doc, loc, qty, 0, 0, cents, 0, "0.00000", "", false, false);
  };

  const later: Later[][] = Array.from({ length: DAYS }, () => []);
  let pending = 0; // value entries scheduled for later days of the year
  const schedule = (day: number, l: Later) => {
    if (day >= DAYS) return; // after the export
    later[day].push(l);
    pending += l.item.method === "Standard" ? 2 : 1;
  };

  const postLater = (day: number, l: Later) => {
    const s = l.item;
    if (l.kind === "invoice") {
      ve(
        s,
        l.ileNo,
        day,
        l.receiptDay,
        "Direct Cost",
        "Purchase",
        l.doc,
        l.location,
        l.qty,
        l.qty,
        0,
        l.actualCents,
        -l.expectedCents,
        perUnit(l.actualCents, l.qty),
        "",
        false,
        false,
      );
      if (s.method === "Standard")
        variance(s, l.ileNo, day, l.receiptDay, l.doc, l.location, l.qty, s.standardCents * l.qty - l.actualCents);
      s.lastDirectCents = Math.round(l.actualCents / l.qty);
    } else {
      ve(
        s,
        l.ileNo,
        day,
        l.receiptDay,
        "Direct Cost",
        "Purchase",
        l.doc,
        l.location,
        l.qty,
        0,
        0,
        l.actualCents,
        0,
        perUnit(l.actualCents, l.qty),
        "FREIGHT",
        false,
        false,
      );
      if (s.method === "Standard") variance(s, l.ileNo, day, l.receiptDay, l.doc, l.location, l.qty, -l.actualCents);
    }
    pending -= s.method === "Standard" ? 2 : 1;
  };

  const purchase = (s: ItemState, day: number) => {
    events.purchase++;
    const locIndex = rand() < 0.6 ? 0 : rand() < 0.5 ? 1 : 2;
    const loc = LOCATIONS[locIndex];
    const qty = int(5, 35);
    const price = Math.max(1, Math.round(s.priceCents * (0.95 + rand() * 0.1)));
    const doc = `PR${ileNo + 1}`;
    const invoiceLater = rand() < 0.2;
    const standard = s.method === "Standard";
    if (!invoiceLater) {
      const no = ile(s, day, "Purchase", "Purchase Receipt", doc, loc, qty, qty);
      const cpu = standard ? perUnit(s.standardCents, 1) : perUnit(price * qty, qty);
      ve(s, no, day, day, "Direct Cost", "Purchase", doc, loc, qty, qty, qty, price * qty, 0, cpu, "", false, false);
      if (standard) variance(s, no, day, day, doc, loc, qty, (s.standardCents - price) * qty);
      s.lastDirectCents = price;
      s.lots[locIndex].add({ entryNo: no, remaining: qty, vd: day });
      if (!standard) s.unitCents = Math.round((s.unitCents * 3 + price) / 4);
      if (rand() < 0.1) charge(s, no, day, loc, qty, price);
      return;
    }
    const invoiceDay = day + int(1, 20);
    const invoiced = invoiceDay < DAYS;
    if (invoiced) events.invoiceLater++;
    else events.receivedNotInvoiced++;
    const no = ile(s, day, "Purchase", "Purchase Receipt", doc, loc, qty, invoiced ? qty : 0);
    const expectedCents = (standard ? s.standardCents : price) * qty;
    ve(
      s,
      no,
      day,
      day,
      "Direct Cost",
      "Purchase",
      doc,
      loc,
      qty,
      0,
      qty,
      0,
      expectedCents,
      perUnit(expectedCents, qty),
      "",
      false,
      true,
    );
    s.lots[locIndex].add({ entryNo: no, remaining: qty, vd: day });
    const invoicePrice = Math.max(1, Math.round(price * (0.8 + rand() * 0.4)));
    schedule(invoiceDay, {
      kind: "invoice",
      item: s,
      ileNo: no,
      qty,
      location: loc,
      receiptDay: day,
      actualCents: invoicePrice * qty,
      expectedCents,
      doc: `PI${no}`,
    });
    if (rand() < 0.1) charge(s, no, day, loc, qty, price);
  };

  const charge = (s: ItemState, no: number, day: number, loc: string, qty: number, price: number) => {
    const chargeDay = day + int(1, 30);
    if (chargeDay < DAYS) events.itemCharge++;
    schedule(chargeDay, {
      kind: "charge",
      item: s,
      ileNo: no,
      qty,
      location: loc,
      receiptDay: day,
      actualCents: Math.max(1, Math.round(price * qty * (0.05 + rand() * 0.1))),
      expectedCents: 0,
      doc: `PC${no}`,
    });
  };

  /** A location of the item holding stock, the main one more often; -1 when none does. */
  const stockedLocation = (s: ItemState): number => {
    const first = rand() < 0.5 ? 0 : rand() < 0.5 ? 1 : 2;
    for (let k = 0; k < LOCATIONS.length; k++) {
      const i = (first + k) % LOCATIONS.length;
      if (s.lots[i].onHand > 0) return i;
    }
    return -1;
  };

  /** An outbound entry and its value entry, applied to the location's open receipts. */
  const outbound = (
    s: ItemState,
    postingDay: number,
    locIndex: number,
    qty: number,
    type: string,
    docType: string,
    doc: string,
  ): { no: number; vd: number; cents: number } => {
    const loc = LOCATIONS[locIndex];
    const applied = s.lots[locIndex].take(qty, s.method === "LIFO");
    const vd = Math.max(postingDay, applied);
    const no = ile(s, postingDay, type, docType, doc, loc, -qty, -qty);
    const unit = s.method === "Standard" ? s.standardCents : s.unitCents;
    ve(
      s,
      no,
      postingDay,
      vd,
      "Direct Cost",
      type,
      doc,
      loc,
      -qty,
      -qty,
      -qty,
      -unit * qty,
      0,
      perUnit(unit, 1),
      "",
      s.method === "Average",
      false,
    );
    return { no, vd, cents: unit * qty };
  };

  const event = (s: ItemState, day: number) => {
    const r = rand();
    if (r < 0.35) return purchase(s, day);
    const from = stockedLocation(s);
    if (from < 0) return purchase(s, day);
    const onHand = s.lots[from].onHand;
    if (r < 0.9) {
      events.sale++;
      const backdated = rand() < 0.05;
      if (backdated) events.backdatedSale++;
      const postingDay = backdated ? Math.max(0, day - int(1, 10)) : day;
      outbound(s, postingDay, from, int(1, Math.min(onHand, 12)), "Sale", "Sales Shipment", `SS${ileNo + 1}`);
    } else if (r < 0.95) {
      events.transfer++;
      const to = (from + int(1, LOCATIONS.length - 1)) % LOCATIONS.length;
      const qty = int(1, Math.min(onHand, 20));
      const doc = `TR${ileNo + 1}`;
      const shipped = outbound(s, day, from, qty, "Transfer", "Transfer Shipment", doc);
      const loc = LOCATIONS[to];
      const no = ile(s, day, "Transfer", "Transfer Receipt", doc, loc, qty, qty);
      ve(
        s,
        no,
        day,
        shipped.vd,
        "Direct Cost",
        "Transfer",
        doc,
        loc,
        qty,
        qty,
        qty,
        shipped.cents,
        0,
        perUnit(shipped.cents, qty),
        "",
        false,
        false,
      );
      s.lots[to].add({ entryNo: no, remaining: qty, vd: shipped.vd });
    } else {
      events.negativeAdjustment++;
      outbound(s, day, from, int(1, Math.min(onHand, 4)), "Negative Adjmt.", "", `ADJ${ileNo + 1}`);
    }
  };

  // Events per day, steered so the year ends near the requested number of value entries (value entries per
  // event measured as it goes, those scheduled for later days counted).
  let eventCount = 0;
  let budget = 0;
  for (let day = 0; day < DAYS; day++) {
    for (const l of later[day]) postLater(day, l);
    later[day] = [];
    const perEvent = eventCount > 1000 ? (veNo + pending) / eventCount : 1.2;
    budget += Math.max(0, valueEntries - veNo - pending) / ((DAYS - day) * perEvent);
    while (budget >= 1) {
      budget -= 1;
      eventCount++;
      event(states[Math.floor(rand() * states.length)], day);
    }
  }
  ileFile.close();
  veFile.close();

  const items = new CsvWriter(path.join(folder, "Items.csv"), ITEM_COLUMNS);
  for (const s of states) {
    const unit = s.method === "Standard" ? s.standardCents : s.unitCents;
    items.row(
      `${s.no},Distributor item ${s.no.slice(1)},${s.method},${money(unit)},${s.method === "Standard" ? money(s.standardCents) : "0.00"},` +
        `${money(s.lastDirectCents)},No`,
    );
  }
  items.close();

  const setup = new CsvWriter(path.join(folder, "Inventory Setup.csv"), ["Field", "Value"]);
  for (const line of [
    "Average Cost Period,Month",
    "Average Cost Calc. Type,Item & Location & Variant",
    "Amount Rounding Precision,0.01",
    "Unit-Amount Rounding Precision,0.00001",
    "Allow Posting From,",
  ])
    setup.row(line);
  setup.close();

  const periods = new CsvWriter(path.join(folder, "Accounting Periods.csv"), [
    "Starting Date",
    "Name",
    "New Fiscal Year",
    "Closed",
    "Date Locked",
    "Average Cost Period",
    "Average Cost Calc. Type",
  ]);
  const months = MONTH_NAMES;
  for (let y = YEAR; y <= YEAR + 1; y++)
    months.forEach((name, m) => {
      const start = `${y}-${String(m + 1).padStart(2, "0")}-01`;
      periods.row(
        m === 0 ? `${start},${name},Yes,No,No,Month,Item & Location & Variant` : `${start},${name},No,No,No,,`,
      );
    });
  periods.close();

  return {
    folder,
    valueEntries: veNo,
    itemLedgerEntries: ileNo,
    items: itemCount,
    methods,
    firstDate: dates[0],
    lastDate: dates[DAYS - 1],
    events,
    seconds: Math.round(Number(process.hrtime.bigint() - t0) / 1e6) / 1000,
  };
}
