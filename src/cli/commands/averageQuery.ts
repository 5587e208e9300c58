// The arguments avgcost and explain share: <workbook> --item <no> --date <YYYY-MM-DD> [--location] [--variant];
// and what both print for an average calculated per location and variant asked without them: each pool.
import {
  type Command,
  type OptionSpec,
  type ParsedArgs,
  checkPositionals,
  dateOption,
  requiredString,
  stringOption,
} from "../command";
import type { AverageCostAnswer, AverageCostQuery as AverageQuery } from "../../engine";
import { codeName } from "../../engine/model";
import { type Align, amount, quantity, table, unitCost } from "../format";
import { COSTING_METHOD_SPEC, dateSpec, JSON_SPEC } from "../options";
import type { Messages } from "../../i18n";
import { scopeText } from "../../workbook/averageCostOverview";

export { scopeText };

export const AVERAGE_OPTIONS: Record<string, OptionSpec> = {
  item: { type: "string", short: "i", value: "no", required: true, description: "the item (Average costing method)" },
  date: dateSpec("any date in the average cost period"),
  location: {
    type: "string",
    short: "l",
    value: "code",
    description:
      "the location, when Average Cost Calc. Type is Item & Location & Variant (omitted: each location; " +
      '"" or (blank): entries without a location)',
  },
  variant: { type: "string", short: "v", value: "code", description: "the variant, likewise" },
  "costing-method": COSTING_METHOD_SPEC,
  json: JSON_SPEC,
};

export function averageQuery(cmd: Command, args: ParsedArgs): { workbook: string; query: AverageQuery } {
  checkPositionals(cmd, args);
  const query: AverageQuery = {
    itemNo: requiredString(cmd, args, "item"),
    date: dateOption(cmd, args),
    locationCode: stringOption(args, "location"),
    variantCode: stringOption(args, "variant"),
  };
  return { workbook: args.positionals[0], query };
}

export function averageJson(r: AverageCostAnswer): Record<string, unknown> {
  return {
    itemNo: r.itemNo,
    locationCode: r.locationCode,
    variantCode: r.variantCode,
    period: { start: r.period.start, end: r.period.end },
    calcType: r.calcType,
    quantity: quantity(r.quantity),
    value: amount(r.value),
    unitCost: r.unitCost === null ? null : unitCost(r.unitCost),
  };
}

/**
 * The pools of an average calculated per location and variant, asked without them: a heading, the period and a
 * table of each pool's quantity, value and average (the Variant column only when a pool has a variant).
 */
export function poolsText(pools: readonly AverageCostAnswer[], date: string, command: string, m: Messages): string[] {
  const first = pools[0];
  const d = (x: string) => m.decimal(x);
  const withVariants = pools.some((p) => p.variantCode !== "");
  const headers = [
    m.t("average.locationColumn"),
    ...(withVariants ? [m.t("average.variantColumn")] : []),
    m.t("average.quantity"),
    m.t("average.value"),
    m.t("average.unitCost"),
  ];
  const rows = pools.map((p) => [
    codeName(p.locationCode),
    ...(withVariants ? [codeName(p.variantCode)] : []),
    d(quantity(p.quantity)),
    d(amount(p.value)),
    p.unitCost === null ? m.t("average.noQuantity") : d(unitCost(p.unitCost)),
  ]);
  const align: Align[] = headers.map((_h, i) => (i < headers.length - 3 ? "left" : "right"));
  const example = { command, location: codeName(first.locationCode), variant: codeName(first.variantCode) };
  return [
    m.t("average.pools", {
      item: first.itemNo,
      date: m.date(date),
      calcType: m.enumCaption("averageCostCalcType", String(first.calcType)),
      count: pools.length,
    }),
    `${m.t("average.period")} ${m.date(first.period.start)} .. ${m.date(first.period.end)}`,
    "",
    ...table(headers, rows, align).map((l) => "  " + l),
    "",
    withVariants ? m.t("average.pickPoolVariant", example) : m.t("average.pickPool", example),
  ];
}

/** A list of pools as JSON: the list itself, or with --costing-method the choice first and the list as "pools". */
export function withChoice(chosen: Record<string, unknown>, pools: unknown[]): unknown {
  return Object.keys(chosen).length ? { ...chosen, pools } : pools;
}
