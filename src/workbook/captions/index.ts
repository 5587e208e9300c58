// Caption matching across all languages: headers, sheet names, enum values and booleans.
import { da } from "./da";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { nl } from "./nl";
import { sv } from "./sv";
import type { CaptionList, EnumKind, LanguageCaptions } from "./types";

export type { EnumKind, LanguageCaptions } from "./types";
export { ENUM_KINDS } from "./types";

/** English first: it is the fallback when a language lacks a caption. */
export const LANGUAGES: readonly LanguageCaptions[] = [en, sv, de, da, nl, fr, es];

/**
 * The form captions are compared in: case-insensitive, dots, hyphens and underscores read as spaces, runs of
 * spaces collapsed, so "Entry No" = "entry no." = "Entry  No." and "Lfd.Nr." = "Lfd. Nr.".
 */
export function normalizeCaption(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[º°]/g, "°")
    .replace(/[._\-\u2010-\u2013]/g, " ")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

function collect(pick: (l: LanguageCaptions) => CaptionList, key: string): Set<string> {
  const out = new Set<string>([normalizeCaption(key)]);
  for (const lang of LANGUAGES) for (const alias of pick(lang)[key] ?? []) out.add(normalizeCaption(alias));
  return out;
}

const columnCache = new Map<string, Set<string>>();

/** Every normalized header that means the English column caption `key`. */
export function columnAliases(key: string): ReadonlySet<string> {
  let set = columnCache.get(key);
  if (!set) {
    set = collect((l) => l.columns, key);
    columnCache.set(key, set);
  }
  return set;
}

export function headerMatches(key: string, header: string): boolean {
  return columnAliases(key).has(normalizeCaption(header));
}

/** Every normalized sheet name for the English table caption. */
export function tableAliases(caption: string): readonly string[] {
  return [...collect((l) => l.tables, caption)];
}

/** The English enum value for a caption in any language, or undefined. */
export function enumValue<T extends string>(kind: EnumKind, values: readonly T[], text: string): T | undefined {
  const n = normalizeCaption(text);
  for (const value of values) {
    if (normalizeCaption(value) === n) return value;
    for (const lang of LANGUAGES) {
      const aliases = lang.enums[kind]?.[value] ?? [];
      if (aliases.some((a) => normalizeCaption(a) === n)) return value;
    }
  }
  return undefined;
}

/** True/false for a Yes/No caption in any language, or undefined. */
export function booleanValue(text: string): boolean | undefined {
  const n = normalizeCaption(text);
  for (const lang of LANGUAGES) {
    if (lang.booleans.yes.some((y) => normalizeCaption(y) === n)) return true;
    if (lang.booleans.no.some((y) => normalizeCaption(y) === n)) return false;
  }
  return undefined;
}

export function languageByCode(code: string): LanguageCaptions {
  return LANGUAGES.find((l) => l.language === code) ?? en;
}

/** The language whose column captions name the most of these headers (English on a tie). */
export function detectLanguage(headers: readonly string[]): LanguageCaptions {
  let best = en;
  let bestScore = 0;
  for (const lang of LANGUAGES) {
    const own = new Set<string>();
    for (const aliases of Object.values(lang.columns)) for (const a of aliases) own.add(normalizeCaption(a));
    if (lang === en) for (const key of Object.keys(lang.columns)) own.add(normalizeCaption(key));
    const score = headers.filter((h) => own.has(normalizeCaption(h))).length;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

/** The caption to write for an enum value in a language (English when the language lacks one). */
export function enumCaption(kind: EnumKind, value: string, lang: LanguageCaptions): string {
  return lang.enums[kind]?.[value]?.[0] ?? value;
}
