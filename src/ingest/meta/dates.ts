/** Dates as articles write them (lines, URLs, meta tags) → YYYY-MM-DD / YYYY-MM / YYYY. */

const MONTHS: Record<string, number> = {};
const EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const RU_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const RU_NOM = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
EN.forEach((m, i) => {
  MONTHS[m] = i + 1;
  MONTHS[m.slice(0, 3)] = i + 1;
});
MONTHS['sept'] = 9;
RU_GEN.forEach((m, i) => (MONTHS[m] = i + 1));
RU_NOM.forEach((m, i) => (MONTHS[m] = i + 1));

const MONTH_RE = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const WEEKDAY_RE = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье';
const PREFIX_RE = '(?:(?:first\\s+)?(?:published|posted|updated|last\\s+updated|date|dated|опубликовано)(?:\\s+on)?\\s*:?\\s*)?';
const TIME_RE = '(?:\\s*(?:[,|–—-]|at)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4}|\\s*[+-]\\d{2}:?\\d{2})?)?';

export interface ParsedDate {
  value: string;
  weekday: boolean;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A calendar-valid YYYY-MM-DD, or null. */
export function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days ? `${y}-${pad(m)}-${pad(d)}` : null;
}

const MDY = new RegExp(`^${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'iu');
const DMY = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE},?\\s+(\\d{4})(?:\\s*(?:г\\.?|года))?$`, 'iu');
const MY = new RegExp(`^${MONTH_RE},?\\s+(\\d{4})$`, 'iu');
const LINE = new RegExp(`^${PREFIX_RE}(?:(${WEEKDAY_RE}),?\\s+)?(.+?)${TIME_RE}\\.?$`, 'iu');

/** A date on its own (no prefix, weekday or time), or null. */
function parseBareDate(s: string): string | null {
  let m = MDY.exec(s);
  if (m) return ymd(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]));
  m = DMY.exec(s);
  if (m) return ymd(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  // day-first with dots (European); with slashes, month-first unless the first number cannot be a month
  m = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = m[2] === '.' || a > 12;
    return dayFirst ? ymd(Number(m[4]), b, a) : ymd(Number(m[4]), a, b);
  }
  m = MY.exec(s);
  if (m) {
    const y = Number(m[2]);
    return y >= 1900 && y <= 2100 ? `${y}-${pad(MONTHS[m[1]!.toLowerCase()]!)}` : null;
  }
  return null;
}

/**
 * A line that is only a date (optionally "Published:", a weekday and a time), or null.
 * @example parseDateLine('Friday, October 18, 2024') // { value: '2024-10-18', weekday: true }
 */
export function parseDateLine(line: string): ParsedDate | null {
  // a page header keeps the date in its first segment ("Friday, March 29, 2024 | Moscow +4°C | Subscribe");
  // a dateline puts a capitalised place before it ("DUSHANBE, October 6, 2021")
  const s = (line.trim().split(/\s+[|•·]\s+/u)[0] ?? '').replace(/^\p{Lu}[\p{Lu} .'-]{2,30},\s+(?=\p{L})/u, '');
  if (s.length < 6 || s.length > 80 || !/\d{4}/.test(s)) return null;
  const m = LINE.exec(s);
  if (!m) return null;
  const value = parseBareDate(m[2]!.trim());
  return value ? { value, weekday: m[1] !== undefined } : null;
}

/**
 * A stated or supplied date in any common form → YYYY-MM-DD / YYYY-MM / YYYY, or null.
 * @example normaliseDate('2022-05-13T08:00:00+00:00') // '2022-05-13'
 */
export function normaliseDate(s: string): string | null {
  const t = s.trim();
  if (/^\d{4}$/.test(t)) return Number(t) >= 1900 && Number(t) <= 2100 ? t : null;
  const ym = /^(\d{4})-(\d{2})$/.exec(t);
  if (ym) return Number(ym[2]) >= 1 && Number(ym[2]) <= 12 && Number(ym[1]) >= 1900 ? t : null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+)?(?:Z|\s*[+-]\d{2}:?\d{2})?$/.exec(t);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return parseDateLine(t)?.value ?? null;
}

/**
 * A publication date written into a URL path: /20220510/, /2019/11/06/, /2019/11/, /2022-05-10/.
 * @example dateFromUrl('https://example.org/news/2019/11/06/story') // '2019-11-06'
 */
export function dateFromUrl(url: string): string | null {
  let p: string;
  try {
    p = new URL(url).pathname;
  } catch {
    return null;
  }
  let m = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[-_.])/.exec(p);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\/((?:19|20)\d{2})-(\d{2})-(\d{2})(?=\/|$|[-_.])/.exec(p);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/|$|[-_.])/.exec(p);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\/((?:19|20)\d{2})\/(\d{1,2})(?=\/)/.exec(p);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${pad(Number(m[2]))}`;
  return null;
}

const MENTION = new RegExp(
  `\\b(?:(${WEEKDAY_RE}),?\\s+)?(?:${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})\\s+${MONTH_RE}(?:,?\\s+(\\d{4}))?)(?![\\p{L}\\d])`,
  'giu',
);
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/**
 * The latest day a text proves has passed: its latest fully dated mention, or a weekday-dated mention
 * ("Wednesday, February 15") placed in the first year from the latest year mentioned where the weekday fits.
 * News reports events before publishing them, so this is a lower bound on the publication date.
 * @example latestDatedMention('Talks began on March 3, 2021 and ended on 9 April 2021.') // '2021-04-09'
 */
export function latestDatedMention(text: string): string | null {
  let latest: string | null = null;
  let maxYear = 0;
  const undated: { m: number; d: number; wd: number }[] = [];
  for (const m of text.matchAll(MENTION)) {
    const month = MONTHS[(m[2] ?? m[6])!.toLowerCase()]!;
    const day = Number(m[3] ?? m[5]);
    const year = m[4] ?? m[7];
    if (year) {
      const v = ymd(Number(year), month, day);
      if (v && (!latest || v > latest)) latest = v;
      continue;
    }
    const wd = m[1] ? WEEKDAY_INDEX[m[1].toLowerCase().slice(0, 3)] : undefined;
    if (wd !== undefined) undated.push({ m: month, d: day, wd });
  }
  for (const y of text.matchAll(/\b(19[5-9]\d|20\d{2})\b/g)) maxYear = Math.max(maxYear, Number(y[1]));
  for (const u of undated) {
    for (let y = maxYear; y > 0 && y <= maxYear + 7; y++) {
      const v = ymd(y, u.m, u.d);
      if (v && new Date(`${v}T00:00:00Z`).getUTCDay() === u.wd) {
        if (!latest || v > latest) latest = v;
        break;
      }
    }
  }
  return latest;
}
