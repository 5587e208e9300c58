// Average cost pools (Avg. Cost Adjmt. Entry Point: Item No., Location Code, Variant Code): which pools a
// question about an average names. With Average Cost Calc. Type Item an item has one pool; with Item & Location &
// Variant one per location and variant, and a question that leaves the location (or the variant) out names every
// pool of the item there is then — never a blank location that holds nothing.
import type { IsoDate } from "./calendar";
import { type AverageCostCalcType, type ItemLedgerEntry, LedgerError, codeName, ledgerCode } from "./model";

/** One pool of an item: its location and variant ("" and "" with Calc. Type Item). */
export interface PoolScope {
  readonly locationCode: string;
  readonly variantCode: string;
}

/** The location and variant of a question; undefined: not given. */
export interface PoolQuestion {
  readonly itemNo: string;
  readonly locationCode?: string;
  readonly variantCode?: string;
}

/** The pools a question names; `named` when it names exactly one (the one it asks for). */
export interface PoolsAsked {
  readonly pools: readonly PoolScope[];
  readonly named: boolean;
}

const WHOLE_ITEM: PoolsAsked = { pools: [{ locationCode: "", variantCode: "" }], named: true };

const byCodes = (a: PoolScope, b: PoolScope): number =>
  a.locationCode < b.locationCode
    ? -1
    : a.locationCode > b.locationCode
      ? 1
      : a.variantCode < b.variantCode
        ? -1
        : a.variantCode > b.variantCode
          ? 1
          : 0;

/** A pool the item has, and the first valuation date of its entries. */
export interface ItemPool extends PoolScope {
  readonly firstValuationDate: IsoDate;
}

/** The location and variant pools of an item's entries, by location and variant. */
export function itemPools(
  entries: readonly ItemLedgerEntry[],
  valuationDateOf: (e: ItemLedgerEntry) => IsoDate,
): ItemPool[] {
  const all = new Map<string, ItemPool>();
  for (const e of entries) {
    const key = `${e.locationCode}\u0000${e.variantCode}`;
    const vd = valuationDateOf(e);
    const known = all.get(key);
    if (!known || vd < known.firstValuationDate)
      all.set(key, { locationCode: e.locationCode, variantCode: e.variantCode, firstValuationDate: vd });
  }
  return [...all.values()].sort(byCodes);
}

/**
 * The pools of the item (itemPools) the question names. A location or variant given is matched as the ledger
 * spells it (ledgerCode); one the item has no entries at is refused, naming the item's. A code not given names
 * every pool of the item valued by `periodEnd` (every pool when none is); the question names one pool only when
 * that leaves one and the codes left out are blank there (an item kept without locations).
 */
export function poolsAsked(
  q: PoolQuestion,
  pools: readonly ItemPool[],
  calcType: AverageCostCalcType,
  periodEnd: IsoDate,
): PoolsAsked {
  if (calcType === "Item") return WHOLE_ITEM;
  const locationCode = given(q.itemNo, "location", q.locationCode, pools, (s) => s.locationCode);
  const atLocation = pools.filter((s) => locationCode === undefined || s.locationCode === locationCode);
  const variantCode = given(q.itemNo, "variant", q.variantCode, atLocation, (s) => s.variantCode, locationCode);
  const matching = atLocation.filter((s) => variantCode === undefined || s.variantCode === variantCode);
  const valued = matching.filter((s) => s.firstValuationDate <= periodEnd);
  const named = (valued.length > 0 ? valued : matching).map((s): PoolScope => ({
    locationCode: s.locationCode,
    variantCode: s.variantCode,
  }));
  return {
    pools: named,
    named:
      named.length === 1 &&
      (locationCode !== undefined || named[0].locationCode === "") &&
      (variantCode !== undefined || named[0].variantCode === ""),
  };
}

/** A code given, as the ledger spells it; refused when the item has no entries with it. */
function given(
  itemNo: string,
  what: "location" | "variant",
  code: string | undefined,
  scopes: readonly PoolScope[],
  codeOf: (s: PoolScope) => string,
  atLocation?: string,
): string | undefined {
  if (code === undefined) return undefined;
  const known = new Set(scopes.map(codeOf));
  const spelt = ledgerCode(known, code.trim());
  if (known.has(spelt)) return spelt;
  const codes = [...known].sort().map(codeName).join(", ");
  if (what === "location")
    throw new LedgerError(
      `Item ${itemNo} has no entries at location ${code}. Its locations are ${codes}: give one of them.`,
    );
  if (atLocation !== undefined)
    throw new LedgerError(
      `Item ${itemNo} has no entries of variant ${code} at location ${codeName(atLocation)}. ` +
        `Its variants there are ${codes}: give one of them.`,
    );
  throw new LedgerError(
    `Item ${itemNo} has no entries of variant ${code}. Its variants are ${codes}: give one of them.`,
  );
}

/**
 * A question about one average that names several pools: the average is calculated per location and variant, so
 * the location (and the variant) must be given. The message names the pools to choose from.
 */
export class AveragePoolsError extends LedgerError {
  constructor(
    readonly itemNo: string,
    readonly pools: readonly PoolScope[],
  ) {
    super(poolsMessage(itemNo, pools));
  }
}

function poolsMessage(itemNo: string, pools: readonly PoolScope[]): string {
  const locations = [...new Set(pools.map((p) => p.locationCode))];
  const withVariants = pools.some((p) => p.variantCode !== "");
  if (!withVariants)
    return (
      `Item ${itemNo}'s average cost is calculated per location and variant ` +
      `(Average Cost Calc. Type Item & Location & Variant): give a location: ${locations.map(codeName).join(", ")}.`
    );
  if (locations.length === 1)
    return (
      `Item ${itemNo}'s average cost is calculated per location and variant ` +
      `(Average Cost Calc. Type Item & Location & Variant): give a variant at location ${codeName(locations[0])}: ` +
      `${pools.map((p) => codeName(p.variantCode)).join(", ")}.`
    );
  return (
    `Item ${itemNo}'s average cost is calculated per location and variant ` +
    `(Average Cost Calc. Type Item & Location & Variant): give a location and a variant, one of: ` +
    `${pools.map((p) => `location ${codeName(p.locationCode)} variant ${codeName(p.variantCode)}`).join("; ")}.`
  );
}
