/** Calendar arithmetic for normalising dates against the document date; pure, no Date parsing of text. */

export interface Anchor {
  year: number;
  month: number | null; // 1-12
  day: number | null;
}

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  'jan.': 1, 'feb.': 2, 'aug.': 8, 'sep.': 9, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'dec.': 12,
};
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
/** season → [first month, last month]; winter is dated by its January–February part */
export const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5], summer: [6, 8], fall: [9, 11], autumn: [9, 11], winter: [1, 2],
};

/** Parses `meta.published` (YYYY | YYYY-MM | YYYY-MM-DD) into an anchor, or null. */
export function parseAnchor(published: string | null): Anchor | null {
  const m = published ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published) : null;
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

const pad = (n: number) => String(n).padStart(2, '0');
export const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const ym = (y: number, m: number) => `${y}-${pad(m)}`;

export function weekday(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function validDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** -1, 0, 1 comparing (m, d) with the anchor's month/day; unknown anchor parts compare equal. */
function cmpToAnchor(m: number, d: number | null, a: Anchor): number {
  if (a.month === null) return 0;
  if (m !== a.month) return m < a.month ? -1 : 1;
  if (d === null || a.day === null || d === a.day) return 0;
  return d < a.day ? -1 : 1;
}

/**
 * The year for a month (and day) written without one: the latest year at or before the anchor
 * (or the earliest at/after it when `future`); with a weekday, the nearest such year in which the
 * date falls on that weekday, looking up to 11 years back (the weekday cycle repeats within that).
 */
export function inferYear(m: number, d: number | null, a: Anchor, opts: { weekday?: number | null; future?: boolean } = {}): number {
  const step = opts.future ? 1 : -1;
  const c = cmpToAnchor(m, d, a);
  const first = opts.future ? (c < 0 ? a.year + 1 : a.year) : c > 0 ? a.year - 1 : a.year;
  if (opts.weekday === undefined || opts.weekday === null || d === null) return first;
  for (let y = first, i = 0; i < 12; y += step, i++) {
    if (validDay(y, m, d) && weekday(y, m, d) === opts.weekday) return y;
  }
  return first;
}

/** Shifts a day-precision anchor by whole days. */
export function addDays(a: Anchor, days: number): string | null {
  if (a.month === null || a.day === null) return null;
  const dt = new Date(Date.UTC(a.year, a.month - 1, a.day + days));
  return ymd(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** Shifts a month-precision anchor by whole months. */
export function addMonths(a: Anchor, months: number): string | null {
  if (a.month === null) return null;
  const idx = a.year * 12 + (a.month - 1) + months;
  return ym(Math.floor(idx / 12), (idx % 12) + 1);
}
