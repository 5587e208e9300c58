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

export const AVERAGE_OPTIONS: Record<string, OptionSpec> = {
  item: { type: "string", short: "i" },
  date: { type: "string", short: "d" },
  location: { type: "string", short: "l" },
  variant: { type: "string", short: "v" },
  json: { type: "boolean" },
};

export const AVERAGE_OPTION_HELP = [
  "  --item <no>          the item (Average costing method)",
  "  --date <YYYY-MM-DD>  any date in the average cost period",
  "  --location <code>    the location, when Average Cost Calc. Type is Item & Location & Variant",
  "  --variant <code>     the variant, likewise",
  "  --json               print JSON (amounts as decimal strings)",
].join("\n");

export function averageQuery(cmd: Command, args: ParsedArgs): { workbook: string; query: AverageQuery } {
  checkPositionals(cmd, args);
  const query: AverageQuery = {
    itemNo: requiredString(cmd, args, "item", "no"),
    date: dateOption(cmd, args),
    locationCode: stringOption(args, "location"),
    variantCode: stringOption(args, "variant"),
  };
  return { workbook: args.positionals[0], query };
}

export function scopeText(r: { itemNo: string; locationCode: string; variantCode: string; calcType: string }): string {
  if (r.calcType === "Item") return `${r.itemNo} (all locations and variants)`;
  return `${r.itemNo}, location "${r.locationCode}", variant "${r.variantCode}"`;
}
