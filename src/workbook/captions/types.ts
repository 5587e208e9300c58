// The shape of one language's captions. Keys are always the English (Business Central) captions; the values
// are the headers or enum texts that mean the same thing. The first entry is the one written back.

export const ENUM_KINDS = [
  "itemLedgerEntryType",
  "valueEntryType",
  "costingMethod",
  "averageCostPeriod",
  "averageCostCalcType",
  "inventoryValuePer",
] as const;
export type EnumKind = (typeof ENUM_KINDS)[number];

export type CaptionList = Readonly<Record<string, readonly string[]>>;

export interface LanguageCaptions {
  readonly language: string;
  /** Table caption -> sheet names. */
  readonly tables: CaptionList;
  /** Column caption -> headers. */
  readonly columns: CaptionList;
  /** Enum kind -> English value -> captions. */
  readonly enums: { readonly [K in EnumKind]?: CaptionList };
  readonly booleans: { readonly yes: readonly string[]; readonly no: readonly string[] };
}
