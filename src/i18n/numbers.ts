// Numbers and dates in the user's locale, with Intl. Amounts in this project are exact decimal strings
// ("-1234567.89"), never floats: the integer digits are grouped by Intl.NumberFormat as a BigInt (exact at any
// size) and the fraction digits are kept as they are, after the locale's decimal separator; the sign is the
// locale's own (Swedish writes U+2212). Counts are JS numbers (whole, well within 2^53).
import type { Locale } from "./locale";

interface NumberForms {
  readonly integer: Intl.NumberFormat;
  readonly decimal: string;
  /** The text around a negative number's digits: "-" before (most locales), "−" before (Swedish). */
  readonly minusBefore: string;
  readonly minusAfter: string;
}

const forms = new Map<string, NumberForms>();

function formsOf(tag: string): NumberForms {
  let f = forms.get(tag);
  if (!f) {
    const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
    const parts = new Intl.NumberFormat(tag, { minimumFractionDigits: 1 }).formatToParts(-1.5);
    const at = parts.findIndex((p) => p.type === "integer");
    const last = parts.map((p) => p.type).lastIndexOf("fraction");
    f = {
      integer,
      decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
      minusBefore: parts
        .slice(0, at)
        .map((p) => p.value)
        .join(""),
      minusAfter: parts
        .slice(last + 1)
        .map((p) => p.value)
        .join(""),
    };
    forms.set(tag, f);
  }
  return f;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * An exact decimal string in the locale's form: "1234567.89" is "1.234.567,89" in German and "1 234 567,89"
 * in Swedish (U+00A0 between the groups, as Intl writes it). Plain numbers (the command line in English) and
 * text that is not a decimal are returned as they are.
 */
export function formatDecimal(text: string, locale: Locale): string {
  const m = DECIMAL.exec(text);
  if (!m || locale.plainNumbers) return text;
  const [, sign, whole, fraction] = m;
  const f = formsOf(locale.tag);
  const digits = f.integer.format(BigInt(whole)) + (fraction !== undefined ? f.decimal + fraction : "");
  return sign ? f.minusBefore + digits + f.minusAfter : digits;
}

/** A count ("1,200 rows", "1.200 Zeilen"); plain numbers keep it without grouping. */
export function formatCount(n: number, locale: Locale): string {
  if (!Number.isSafeInteger(n)) return String(n);
  return formatDecimal(String(n), locale);
}

const dateForms = new Map<string, Intl.DateTimeFormat>();

/**
 * An ISO date (YYYY-MM-DD) as the locale writes it ("31.12.2025" in German, "2025-12-31" in Swedish). English
 * keeps the ISO form the tool has always shown (no month/day order to guess); text that is not an ISO date
 * is returned as it is.
 */
export function formatDate(iso: string, locale: Locale): string {
  if (locale.lang === "en" || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  let f = dateForms.get(locale.tag);
  if (!f) {
    f = new Intl.DateTimeFormat(locale.tag, { timeZone: "UTC", year: "numeric", month: "2-digit", day: "2-digit" });
    dateForms.set(locale.tag, f);
  }
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}
