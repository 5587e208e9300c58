// The arguments avgcost and explain share: <workbook> --item <no> --date <YYYY-MM-DD> [--location] [--variant].
import {
  type Command,
  type OptionSpec,
  type ParsedArgs,
  checkPositionals,
  dateOption,
  requiredString,
  stringOption,
} from "../command";
import type { AverageCostQuery as AverageQuery } from "../../engine";
import { dateSpec, JSON_SPEC } from "../options";
import type { Messages } from "../../i18n";

export const AVERAGE_OPTIONS: Record<string, OptionSpec> = {
  item: { type: "string", short: "i", value: "no", required: true, description: "the item (Average costing method)" },
  date: dateSpec("any date in the average cost period"),
  location: {
    type: "string",
    short: "l",
    value: "code",
    description: "the location, when Average Cost Calc. Type is Item & Location & Variant",
  },
  variant: { type: "string", short: "v", value: "code", description: "the variant, likewise" },
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

export function scopeText(
  r: { itemNo: string; locationCode: string; variantCode: string; calcType: string },
  m: Messages,
): string {
  if (r.calcType === "Item") return m.t("average.allLocations", { item: r.itemNo });
  return m.t("average.location", { item: r.itemNo, location: r.locationCode, variant: r.variantCode });
}
