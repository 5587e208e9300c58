// Calendar dates as ISO "YYYY-MM-DD" strings: they sort and compare as text, and carry no time zone.
export type IsoDate = string;

/** Business Central's 0D (no date). */
export const NO_DATE: IsoDate = "";
export const MAX_DATE: IsoDate = "9999-12-31";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function toUtc(d: IsoDate): Date {
  return new Date(d + "T00:00:00Z");
}

function fromUtc(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return fromUtc(new Date(Date.UTC(year, month - 1, day)));
}

export function addDays(d: IsoDate, days: number): IsoDate {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

export function yearOf(d: IsoDate): number {
  return +d.slice(0, 4);
}

export function monthOf(d: IsoDate): number {
  return +d.slice(5, 7);
}

export function startOfMonth(d: IsoDate): IsoDate {
  return d.slice(0, 8) + "01";
}

export function endOfMonth(d: IsoDate): IsoDate {
  return fromUtc(new Date(Date.UTC(yearOf(d), monthOf(d), 0)));
}

/** Weeks run Monday to Sunday, as in Business Central's Date table. */
export function startOfWeek(d: IsoDate): IsoDate {
  const dow = (toUtc(d).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(d, -dow);
}

export function startOfQuarter(d: IsoDate): IsoDate {
  const q = Math.floor((monthOf(d) - 1) / 3);
  return isoDate(yearOf(d), q * 3 + 1, 1);
}

export function endOfQuarter(d: IsoDate): IsoDate {
  return endOfMonth(isoDate(yearOf(startOfQuarter(d)), monthOf(startOfQuarter(d)) + 2, 1));
}

export function startOfYear(d: IsoDate): IsoDate {
  return d.slice(0, 4) + "-01-01";
}

export function endOfYear(d: IsoDate): IsoDate {
  return d.slice(0, 4) + "-12-31";
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
