// costing valuation <workbook> --date <YYYY-MM-DD> [--by-location] [--by-variant] [--posting-date] [--json]
import { EN } from "../../i18n";
import { type Command, checkPositionals, dateOption, flag } from "../command";
import { EXIT_OK } from "../errors";
import { amount, quantity, table } from "../format";
import { printer } from "../io";
import { chosenCostingMethodJson, loadLedger } from "../load";
import type { InventoryRow } from "../../engine";
import { COSTING_METHOD_SPEC, dateSpec, JSON_SPEC } from "../options";

export const valuation: Command = {
  name: "valuation",
  writes: false,
  summary: EN["summary.valuation"],
  options: {
    date: dateSpec("the as-of date (inclusive)"),
    "by-location": { type: "boolean", description: "one line per item and location" },
    "by-variant": { type: "boolean", description: "one line per item and variant" },
    "posting-date": {
      type: "boolean",
      description:
        "count value entries by posting date, like the Inventory Valuation report\n" +
        "(default: by valuation date, the date the value takes effect)",
    },
    "costing-method": COSTING_METHOD_SPEC,
    json: JSON_SPEC,
  },
  positionals: ["workbook"],
  async run(args, ctx) {
    checkPositionals(valuation, args);
    const date = dateOption(valuation, args);
    const byLocation = flag(args, "by-location");
    const byVariant = flag(args, "by-variant");
    const basis = flag(args, "posting-date") ? "posting" : "valuation";
    const [workbookPath] = args.positionals;
    const loaded = await loadLedger(ctx, workbookPath, "cli.noValuation", args);
    const { ledger } = loaded;
    const { inventoryAsOf, inventoryTotal } = await import("../../engine");
    const rows = inventoryAsOf(ledger, date, { basis, byLocation, byVariant });
    const sums = inventoryTotal(rows);
    const total = { actual: sums.costAmountActual, expected: sums.costAmountExpected, value: sums.value };
    const out = printer(ctx.io.stdout);

    if (flag(args, "json")) {
      const json = {
        ...chosenCostingMethodJson(loaded),
        date,
        basis,
        byLocation,
        byVariant,
        rows: rows.map((r: InventoryRow) => ({
          itemNo: r.itemNo,
          ...(byLocation ? { locationCode: r.locationCode } : {}),
          ...(byVariant ? { variantCode: r.variantCode } : {}),
          quantity: quantity(r.quantity),
          costAmountActual: amount(r.costAmountActual),
          costAmountExpected: amount(r.costAmountExpected),
          value: amount(r.value),
        })),
        total: {
          costAmountActual: amount(total.actual),
          costAmountExpected: amount(total.expected),
          value: amount(total.value),
        },
      };
      out(JSON.stringify(json, null, 2));
      return EXIT_OK;
    }

    const m = ctx.messages;
    const d = (x: string) => m.decimal(x);
    out(
      m.t(basis === "posting" ? "valuation.headingPosting" : "valuation.heading", {
        date: m.date(date),
        workbook: workbookPath,
      }),
    );
    const headers = [
      m.caption("Item No."),
      ...(byLocation ? [m.t("col.location")] : []),
      ...(byVariant ? [m.t("col.variant")] : []),
      m.caption("Quantity"),
      m.caption("Cost Amount (Actual)"),
      m.caption("Cost Amount (Expected)"),
      m.t("valuation.value"),
    ];
    const align = headers.map(
      (_, i) => (i < 1 + (byLocation ? 1 : 0) + (byVariant ? 1 : 0) ? "left" : "right") as "left" | "right",
    );
    const body = rows.map((r) => [
      r.itemNo,
      ...(byLocation ? [r.locationCode] : []),
      ...(byVariant ? [r.variantCode] : []),
      d(quantity(r.quantity)),
      d(amount(r.costAmountActual)),
      d(amount(r.costAmountExpected)),
      d(amount(r.value)),
    ]);
    const blanks = (byLocation ? 1 : 0) + (byVariant ? 1 : 0);
    body.push([
      m.t("cli.total"),
      ...Array<string>(blanks).fill(""),
      "",
      d(amount(total.actual)),
      d(amount(total.expected)),
      d(amount(total.value)),
    ]);
    for (const line of table(headers, body, align)) out(line);
    if (rows.length === 0) out(m.t("valuation.none"));
    return EXIT_OK;
  },
};
