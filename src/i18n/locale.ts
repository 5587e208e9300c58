// The user's language and the forms its numbers and dates take: one of the seven languages whose Business
// Central captions the workbook is read in (src/workbook/captions), chosen from Excel's display language in
// the add-in and from --lang or the environment's locale (LC_ALL, LC_MESSAGES, LANG) on the command line;
// anything else is English.

/** The languages messages are translated into, English first (the fallback). */
export const LANGS = ["en", "sv", "de", "da", "nl", "fr", "es"] as const;
export type Lang = (typeof LANGS)[number];

export interface Locale {
  readonly lang: Lang;
  /** The BCP 47 tag numbers and dates are formatted for by Intl ("de-DE", "sv-SE", "de-CH", "en-US"). */
  readonly tag: string;
  /**
   * Numbers as the command line has always printed them: exact decimals with a point, no grouping
   * ("-1234.50"). The command line in English keeps them, so its output reads the same for scripts.
   */
  readonly plainNumbers: boolean;
}

/** Each language's region when a code names none ("de" -> "de-DE"). */
const DEFAULT_TAG: Record<Lang, string> = {
  en: "en-US",
  sv: "sv-SE",
  de: "de-DE",
  da: "da-DK",
  nl: "nl-NL",
  fr: "fr-FR",
  es: "es-ES",
};

export const isLang = (code: string): code is Lang => (LANGS as readonly string[]).includes(code);

/**
 * A locale code as Office or POSIX writes it ("de-DE", "sv_SE.UTF-8", "fr_CA@euro", "da") as a BCP 47 tag
 * ("de-DE", "sv-SE", "fr-CA", "da"); undefined for none, "C" and "POSIX" (no language).
 */
export function localeTag(code: string | undefined | null): string | undefined {
  const bare = (code ?? "").trim().replace(/[.@].*$/, "");
  if (bare === "" || bare === "C" || bare === "POSIX") return undefined;
  try {
    return Intl.getCanonicalLocales(bare.replace(/_/g, "-"))[0];
  } catch {
    return undefined;
  }
}

/** The language a code names, if it is one of the seven ("nb", Norwegian, is not Danish: English). */
export function langOf(code: string | undefined | null): Lang | undefined {
  const tag = localeTag(code);
  const lang = tag?.split("-")[0].toLowerCase();
  return lang !== undefined && isLang(lang) ? lang : undefined;
}

/** The locale for a code; English (en-US) for anything else. */
export function localeOf(code: string | undefined | null, opts: { readonly plainNumbers?: boolean } = {}): Locale {
  const lang = langOf(code);
  if (!lang) return { lang: "en", tag: DEFAULT_TAG.en, plainNumbers: opts.plainNumbers ?? false };
  const tag = localeTag(code)!;
  return { lang, tag: tag.includes("-") ? tag : DEFAULT_TAG[lang], plainNumbers: opts.plainNumbers ?? false };
}

/** English as the command line and the tests use it when no language is asked for. */
export const ENGLISH: Locale = { lang: "en", tag: DEFAULT_TAG.en, plainNumbers: true };

/** In Excel: Office.context.displayLanguage ("de-DE"), numbers and dates in that locale's forms. */
export function officeLocale(displayLanguage: string | undefined | null): Locale {
  return localeOf(displayLanguage);
}

/** The environment variables the command line takes its language from, in POSIX's order of precedence. */
export const LOCALE_VARIABLES = ["LC_ALL", "LC_MESSAGES", "LANG"] as const;

/**
 * On the command line: --lang when given, else the first of LC_ALL, LC_MESSAGES and LANG that is set (POSIX's
 * precedence); English otherwise. English keeps the command line's plain numbers; the other languages get
 * their locale's (decimal comma, grouping).
 */
export function cliLocale(lang: string | undefined, env: Readonly<Record<string, string | undefined>> = {}): Locale {
  const code = lang ?? LOCALE_VARIABLES.map((v) => env[v]).find((v) => v !== undefined && v !== "");
  const locale = localeOf(code);
  return locale.lang === "en" ? ENGLISH : locale;
}
