// The message catalogue: one typed catalogue in our own code rather than an i18n library (i18next, FormatJS):
// the messages are whole sentences with named parameters in a small subset of ICU MessageFormat (template.ts:
// parameters and plurals, nothing else), the English catalogue gives each message's parameters as a type, so
// a call that misses one does not compile, and numbers and dates go through Intl for the locale (numbers.ts,
// exact for decimal strings). That is all the tool needs, in a few hundred lines and no dependency, and it
// runs alike in Node, the task pane and the custom functions' runtime.
//
// A message is translated whole or not at all: a language without a message (or whose message has other
// parameters than the English one: one more, or one the English shows missing) gives the English message, whole.
import { formatExact, type Fixed } from "../engine/money";
import { enumCaption, languageByCode, type EnumKind } from "../workbook/captions";
import { ENGLISH_ONLY_COMMON, en as commonEn } from "./common/en";
import { cliEn, ENGLISH_ONLY_CLI } from "./cli/en";
import { ENGLISH_ONLY_PANE, paneEn } from "./pane/en";
import { adviceEn } from "./advice/en";
import { TRANSLATIONS } from "./translations";
import { ENGLISH, type Lang, type Locale } from "./locale";
import type { ParamsOf } from "./msg";
import type { MessageDecimal, MessageText, Problem } from "../engine/model";
import { formatCount, formatDate, formatDecimal } from "./numbers";
import { fillTemplate, fitsParameters, type Value } from "./template";

/** Every message in English: its key, its template and (as a type) its parameters. */
export const EN = { ...commonEn, ...cliEn, ...paneEn, ...adviceEn };
export type MessageKey = keyof typeof EN;
/** The export advice's sentences (src/workbook/exportAdvice.ts). */
export type AdviceKey = keyof typeof adviceEn;
export type Catalogue = typeof EN;

/** Messages that stay English in every language (their parameters carry English text). */
export const ENGLISH_ONLY: ReadonlySet<MessageKey> = new Set<MessageKey>([
  ...ENGLISH_ONLY_COMMON,
  ...ENGLISH_ONLY_CLI,
  ...ENGLISH_ONLY_PANE,
]);

export type MessageParams<K extends MessageKey> = Record<ParamsOf<Catalogue[K]>, Value>;
type Args<K extends MessageKey> = [ParamsOf<Catalogue[K]>] extends [never] ? [] : [MessageParams<K>];

/**
 * A message as data: its key and parameters, said in the user's language where it is shown (an error made
 * where the language is not known, such as a usage error or a COSTING function's argument).
 */
export interface Said {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, Value>>;
}

export function say<K extends MessageKey>(key: K, ...params: Args<K>): Said {
  return { key, params: params[0] ?? {} };
}

export interface Messages {
  readonly locale: Locale;
  /** A message kept as data (say), in the user's language. */
  said(s: Said): string;
  /**
   * A problem's message in the user's language: its sentences (Problem.said) when it has them, else its
   * English message whole.
   */
  problem(p: Pick<Problem, "message" | "said">): string;
  /**
   * "Error: ..." / "Warning: ..." with the problem's message: in the user's language when the message is, else
   * English whole, its label too (a translated label before an English message would be half a translation).
   */
  labelled(p: Pick<Problem, "severity" | "message" | "said">): string;
  /** "a or b", "a, b or c" in the language (Intl.ListFormat). */
  or(items: readonly string[]): string;
  /** The message in the user's language with its parameters (numbers formatted for the locale). */
  t<K extends MessageKey>(key: K, ...params: Args<K>): string;
  /** An exact decimal string in the locale's form ("-1234.5" -> "-1.234,5"). */
  decimal(text: string): string;
  /** An amount, two places ("-30,00"). */
  amount(x: Fixed): string;
  /** A count ("1,200"; "1.200"). */
  count(n: number): string;
  /** An ISO date as the locale writes it ("31.12.2025"; English keeps "2025-12-31"). */
  date(iso: string): string;
  /** Business Central's caption of a table or column in the user's language ("Value Entries" -> "Wertposten"). */
  caption(english: string): string;
  /** Business Central's caption of an option value ("Average" -> "Durchschnitt"). */
  enumCaption(kind: EnumKind, value: string): string;
}

const fitting = new Map<string, boolean>();

/**
 * The language's template of the message, or the English one when it has none, or one that does not fit the
 * English message's parameters (fitsParameters).
 */
export function templateOf(lang: Lang, key: MessageKey): string {
  const english = EN[key] as string;
  if (lang === "en" || ENGLISH_ONLY.has(key)) return english;
  const translated = TRANSLATIONS[lang][key];
  if (translated === undefined) return english;
  const id = `${translated}\u0000${english}`;
  let fits = fitting.get(id);
  if (fits === undefined) {
    fits = fitsParameters(translated, english);
    fitting.set(id, fits);
  }
  return fits ? translated : english;
}

const cache = new Map<string, Messages>();

type Param = MessageText["params"][string];
const isList = (v: Param): v is readonly MessageText[] => Array.isArray(v);
const isDecimal = (v: Param): v is MessageDecimal => typeof v === "object" && "decimal" in v;
// A sentence is known when its key is, and every sentence it holds as a parameter too.
const known = (s: MessageText): boolean =>
  s.key in EN &&
  Object.values(s.params).every((v) =>
    typeof v === "string" || typeof v === "number" || isDecimal(v) ? true : isList(v) ? v.every(known) : known(v),
  );
const translated = (p: Pick<Problem, "said">): boolean => !!p.said && p.said.every(known);

const EN_US: Locale = { lang: "en", tag: "en-US", plainNumbers: false };
const ENGLISH_RULES = new Intl.PluralRules("en-US");
const ENGLISH_FORMATTING = {
  plural: (n: number) => ENGLISH_RULES.select(n),
  number: (n: number) => formatCount(n, EN_US),
};

/** The catalogue in a locale's language, with its number and date forms. */
export function messages(locale: Locale): Messages {
  const id = `${locale.lang}|${locale.tag}|${locale.plainNumbers}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const rules = new Intl.PluralRules(locale.tag);
  const formatting = { plural: (n: number) => rules.select(n), number: (n: number) => formatCount(n, locale) };
  const decimal = (text: string) => formatDecimal(text, locale);
  const captions = languageByCode(locale.lang);
  const or = new Intl.ListFormat(locale.tag, { type: "disjunction" });
  // A message that stays English is English whole: its numbers too (en-US), in any language.
  const english = locale.lang === "en" ? formatting : ENGLISH_FORMATTING;
  const said = (s: Said) =>
    fillTemplate(templateOf(locale.lang, s.key), s.params, ENGLISH_ONLY.has(s.key) ? english : formatting);
  // A sentence kept by the engine or the reader: a parameter may be a sentence of its own, a list of them, or a
  // decimal (in the locale's form; en-US in a sentence that stays English, as its other numbers).
  const text = (s: MessageText): string => {
    const params: Record<string, Value> = {};
    const inEnglish = locale.lang !== "en" && ENGLISH_ONLY.has(s.key as MessageKey);
    for (const [name, v] of Object.entries(s.params))
      params[name] =
        typeof v === "string" || typeof v === "number"
          ? v
          : isDecimal(v)
            ? inEnglish
              ? formatDecimal(v.decimal, EN_US)
              : decimal(v.decimal)
            : isList(v)
              ? v.map(text).join(", ")
              : text(v);
    return said({ key: s.key as MessageKey, params });
  };
  const m: Messages = {
    locale,
    t: (key, ...params) => said({ key, params: params[0] ?? {} }),
    said,
    problem: (p) => (translated(p) ? p.said!.map(text).join(" ") : p.message),
    labelled: (p) => {
      const key = p.severity === "error" ? "problem.error" : "problem.warning";
      if (translated(p) || locale.lang === "en") return said({ key, params: { message: m.problem(p) } });
      return fillTemplate(EN[key], { message: p.message }, ENGLISH_FORMATTING);
    },
    or: (items) => or.format(items),
    decimal,
    amount: (x) => decimal(formatExact(x, 2)),
    count: (n) => formatCount(n, locale),
    date: (iso) => formatDate(iso, locale),
    caption: (english) => captions.columns[english]?.[0] ?? captions.tables[english]?.[0] ?? english,
    enumCaption: (kind, value) => enumCaption(kind, value, captions),
  };
  cache.set(id, m);
  return m;
}

/** English, with the command line's plain numbers: the default wherever no language was chosen. */
export const ENGLISH_MESSAGES: Messages = messages(ENGLISH);
