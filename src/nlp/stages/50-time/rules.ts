/** Date patterns, each a compiled regex plus a normaliser; data-like so new forms are one entry. */
import {
  MONTHS, SEASONS, WEEKDAYS, addDays, addMonths, inferYear, validDay, ym, ymd, type Anchor,
} from './calendar.js';

export interface Found {
  start: number;
  end: number;
  value: string;
  yearInferred: boolean;
}

export interface TimeRule {
  name: string;
  re: RegExp;
  make(m: RegExpExecArray, a: Anchor | null, text: string): Found | null;
}

const M = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WD = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MOD = '(early|mid|late|the\\s+middle\\s+of|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of)';
const NUMWORD: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** a month or weekday must be capitalised in the text ("may" is a modal verb) */
const cap = (s: string | undefined) => !!s && s[0] === s[0]!.toUpperCase();
const month = (s: string) => MONTHS[s.toLowerCase()]!;
const FUTURE_CUE = /\b(?:upcoming|next|coming|scheduled|planned|slated)\b[^.;]{0,25}$/i;
/** before a bare year: words that make "2015 elections" a date rather than a count */
const YEAR_LEAD = /\b(?:the|in|since|of|from|until|till|by|early|late|mid|between|year|during|before|after|through|spring|summer|fall|autumn|winter)[\s-]+$/i;

function span(m: RegExpExecArray, value: string, yearInferred: boolean, lead = 0): Found {
  return { start: m.index + lead, end: m.index + m[0].length, value, yearInferred };
}

function dayRule(name: string, re: RegExp, pick: (m: RegExpExecArray) => [wd?: string, mon?: string, day?: string, yr?: string]): TimeRule {
  return {
    name,
    re,
    make(m, a, text) {
      const [wd, mon, dayS, yr] = pick(m);
      if (!cap(mon) || (wd && !cap(wd))) return null;
      const mo = month(mon!);
      const d = Number(dayS);
      if (yr) return validDay(Number(yr), mo, d) ? span(m, ymd(Number(yr), mo, d), false) : null;
      if (!a || d < 1 || d > 31) return null;
      const future = FUTURE_CUE.test(text.slice(Math.max(0, m.index - 40), m.index));
      const y = inferYear(mo, d, a, { weekday: wd ? WEEKDAYS[wd.toLowerCase()]! : null, future });
      return validDay(y, mo, d) ? span(m, ymd(y, mo, d), true) : null;
    },
  };
}

const monthOnly: TimeRule = {
  name: 'month',
  re: new RegExp(`(?:\\b(last|this|next|past)\\s+|(?<=\\b(?:in|since|until|by|during|from|through|of|before|after|throughout)\\s+)|(?=${MOD}[-\\s]))(?:${MOD}[-\\s]+)?${M}\\b(?!,?\\s*\\d)`, 'gi'),
  make(m, a, text) {
    if (!cap(m[4]) || !a) return null; // groups: 1 rel, 2 look-ahead modifier, 3 modifier, 4 month
    const mo = month(m[4]!);
    const rel = m[1]?.toLowerCase();
    let y: number;
    if (rel === 'this') y = a.year;
    else if (rel === 'next') y = inferYear(mo, null, { year: a.year, month: a.month === null ? null : a.month + 0.5, day: a.day }, { future: true });
    else if (rel === 'last' || rel === 'past') y = inferYear(mo, null, { year: a.year, month: a.month === null ? null : a.month - 0.5, day: a.day });
    else y = inferYear(mo, null, a, { future: FUTURE_CUE.test(text.slice(Math.max(0, m.index - 40), m.index)) });
    return span(m, ym(y, mo), true);
  },
};

const weekdayOnly: TimeRule = {
  name: 'weekday',
  re: new RegExp(`\\b(?:(last|this|next|on|since|until|by)\\s+)?${WD}\\b(?!,?\\s+(?:the\\s+)?\\d|,?\\s+${M})`, 'gi'),
  make(m, a) {
    if (!cap(m[2]) || !a || a.month === null || a.day === null) return null;
    const target = WEEKDAYS[m[2]!.toLowerCase()]!;
    const rel = m[1]?.toLowerCase();
    const today = new Date(Date.UTC(a.year, a.month - 1, a.day)).getUTCDay();
    let delta = -((today - target + 7) % 7); // most recent such day, today included
    if (rel === 'last' && delta === 0) delta = -7;
    if (rel === 'next') delta = ((target - today + 7) % 7) || 7;
    const lead = rel === 'on' || rel === 'since' || rel === 'until' || rel === 'by' ? m[1]!.length + 1 : 0;
    return span(m, addDays(a, delta)!, true, lead);
  },
};

const relative: TimeRule = {
  name: 'relative',
  re: /\b(?:(?:earlier|later|early|late)\s+)?(last|this|next)\s+(year|month)\b|\b(yesterday|today)\b|\b(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(years?|months?)\s+ago\b/gi,
  make(m, a) {
    if (!a) return null;
    if (m[3]) {
      const v = addDays(a, m[3].toLowerCase() === 'yesterday' ? -1 : 0);
      return v ? span(m, v, true) : null;
    }
    const shift = m[1] ? { last: -1, this: 0, next: 1 }[m[1].toLowerCase() as 'last'] : -(NUMWORD[m[4]!.toLowerCase()] ?? Number(m[4]));
    const unit = (m[2] ?? m[5]!).toLowerCase().replace(/s$/, '');
    if (unit === 'year') return span(m, String(a.year + shift), true);
    const v = addMonths(a, shift);
    return v ? span(m, v, true) : null;
  },
};

const season: TimeRule = {
  name: 'season',
  re: /\b(?:(last|this|next|past)\s+(spring|summer|fall|autumn|winter)\b|(?:the\s+)?(spring|summer|fall|autumn|winter)\s+of\s+((?:19|20)\d\d)\b)/gi,
  make(m, a) {
    if (m[4]) return span(m, m[4], false);
    if (!a) return null;
    const [first, last] = SEASONS[m[2]!.toLowerCase()]!;
    const rel = m[1]!.toLowerCase();
    const pm = a.month ?? 12;
    if (rel === 'this') return span(m, String(a.year), true);
    if (rel === 'next') return span(m, String(pm < first ? a.year : a.year + 1), true);
    return span(m, String(pm > last ? a.year : a.year - 1), true); // last: the latest finished one
  },
};

const decade: TimeRule = {
  name: 'decade',
  re: /\b(?:(?:early|mid|late)[-\s]+)?((?:19|20)\d0)['’]?s\b/gi,
  make: (m) => span(m, m[1]!, false), // DatePrecision has no decade: the decade's first year stands for it
};

const bareYear: TimeRule = {
  name: 'year',
  re: /(?<![\d,.$£€#])\b((?:19|20)\d\d)\b(?![%]|,\d|\.\d|['’]?s\b)/g,
  make(m, _a, text) {
    const after = /^\s+([a-z]+)/.exec(text.slice(m.index + 4, m.index + 30));
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (after && /[^s]s$|men$|people$/.test(after[1]!) && !YEAR_LEAD.test(before)) return null; // "2000 troops"
    return span(m, m[1]!, false);
  },
};

/** Rules in priority order; overlaps keep the earliest-starting, then longest, match. */
export const TIME_RULES: readonly TimeRule[] = [
  { name: 'iso', re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, make: (m) => (validDay(+m[1]!, +m[2]!, +m[3]!) ? span(m, m[0], false) : null) },
  dayRule('month-day', new RegExp(`\\b(?:${WD},?\\s+)?${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,\\d|\\s*(?:%|,000))(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'gi'), (m) => [m[1], m[2], m[3], m[4]]),
  dayRule('day-month', new RegExp(`\\b(?:${WD},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'gi'), (m) => [m[1], m[3], m[2], m[4]]),
  {
    name: 'month-year',
    re: new RegExp(`\\b(?:${MOD}[-\\s]+)?${M},?\\s+((?:19|20)\\d\\d)\\b`, 'gi'),
    make: (m) => (cap(m[2]) ? span(m, ym(Number(m[3]), month(m[2]!)), false) : null),
  },
  monthOnly,
  weekdayOnly,
  relative,
  season,
  decade,
  bareYear,
];
