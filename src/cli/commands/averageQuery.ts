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

export function scopeText(r: { itemNo: string; locationCode: string; variantCode: string; calcType: string }): string {
  if (r.calcType === "Item") return `${r.itemNo} (all locations and variants)`;
  const variant = r.variantCode === "" ? "" : `, variant ${r.variantCode}`;
  return `${r.itemNo}, location ${codeName(r.locationCode)}${variant}`;
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

export const NO_AVERAGE = "none (no quantity in the period's pool)";

/**
 * The pools of an average calculated per location and variant, asked without them: a heading, the period and a
 * table of each pool's quantity, value and average (the Variant column only when a pool has a variant).
 */
export function poolsText(pools: readonly AverageCostAnswer[], date: string, command: string): string[] {
  const first = pools[0];
  const withVariants = pools.some((p) => p.variantCode !== "");
  const headers = ["Location", ...(withVariants ? ["Variant"] : []), "Quantity", "Value", "Unit cost"];
  const rows = pools.map((p) => [
    codeName(p.locationCode),
    ...(withVariants ? [codeName(p.variantCode)] : []),
    quantity(p.quantity),
    amount(p.value),
    p.unitCost === null ? NO_AVERAGE : unitCost(p.unitCost),
  ]);
  const align: Align[] = headers.map((_h, i) => (i < headers.length - 3 ? "left" : "right"));
  return [
    `Average cost of ${first.itemNo} on ${date}, per location and variant ` +
      `(Average Cost Calc. Type ${first.calcType}): ${pools.length} ${pools.length === 1 ? "pool" : "pools"}.`,
    `Average cost period ${first.period.start} .. ${first.period.end}`,
    "",
    ...table(headers, rows, align).map((l) => "  " + l),
    "",
    withVariants
      ? `For one of them give --location and --variant ("costing ${command} ... --location ${codeName(first.locationCode)} --variant ${codeName(first.variantCode)}").`
      : `For one of them give --location ("costing ${command} ... --location ${codeName(first.locationCode)}").`,
  ];
}

/** A list of pools as JSON: the list itself, or with --costing-method the choice first and the list as "pools". */
export function withChoice(chosen: Record<string, unknown>, pools: unknown[]): unknown {
  return Object.keys(chosen).length ? { ...chosen, pools } : pools;
}
