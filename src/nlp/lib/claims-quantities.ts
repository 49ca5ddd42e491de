/**
 * Quantities in a stretch of text: numbers with their qualifier ("more than", "about"),
 * ranges as min/max, vague amounts ("thousands") and the counted unit as a singular lemma.
 *
 * Conventions for vague amounts (documented, not measured): "dozens" 24–99, "hundreds" 100–999,
 * "thousands" 1,000–9,999, "tens of thousands" 10,000–99,999, "hundreds of thousands"
 * 100,000–999,999, "millions" 1,000,000–9,999,999. Lower-bound qualifiers ("more than",
 * "at least", "over") give min only; upper-bound ones ("up to", "fewer than") give max only.
 *
 * Units when the number has no noun of its own:
 * - casualty words count people by outcome: "20 dead", "20 killed", "20 deaths", "20 fatalities" → 'dead';
 *   "40 wounded", "40 injured" → 'wounded'; "casualties" keeps 'casualty' (dead and wounded together).
 * - "up to 4,000 of them" inherits the unit of the nearest earlier quantity counting a plural noun,
 *   searched back to `contextFrom` (callers pass the previous sentence's start).
 * - "the membership of X had risen to about 6,500" takes the clause subject's noun ('member'),
 *   when the number follows a verb of amount ("risen to", "reached", "stood at").
 */
import type { Quantity, Span } from '../../core/doc.js';

const WORD_NUMS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};
const MULT: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

/** vague phrase → [min, max] */
const VAGUE: [RegExp, number, number, string][] = [
  [/^tens of thousands$/i, 1e4, 99_999, 'tens of'],
  [/^hundreds of thousands$/i, 1e5, 999_999, 'hundreds of'],
  [/^dozens$/i, 24, 99, 'dozens'],
  [/^hundreds$/i, 100, 999, 'hundreds'],
  [/^thousands$/i, 1e3, 9_999, 'thousands'],
  [/^millions$/i, 1e6, 9_999_999, 'millions'],
];

/** qualifier → which bound the number sets */
const QUALIFIERS: Record<string, 'min' | 'max' | 'value'> = {
  'more than': 'min', 'over': 'min', 'at least': 'min', 'upwards of': 'min', 'in excess of': 'min',
  'up to': 'max', 'fewer than': 'max', 'less than': 'max', 'under': 'max', 'no more than': 'max', 'as many as': 'max',
  'about': 'value', 'around': 'value', 'approximately': 'value', 'nearly': 'value', 'almost': 'value',
  'roughly': 'value', 'some': 'value', 'an estimated': 'value', 'close to': 'value', 'within': 'value', 'only': 'value',
};

const WN = Object.keys(WORD_NUMS).join('|');
const NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s+(?:million|billion|thousand))?|(?:${WN})(?:-(?:${WN}))?(?:\\s+(?:hundred|thousand|million|billion))?`;
const QUAL = Object.keys(QUALIFIERS).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
const VAGUE_RE = 'tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|dozens|hundreds|thousands|millions|half\\s+a\\s+dozen|a\\s+dozen';
/** One pass over the text; the number must not touch letters or digits (M41, 201st, 2610-B). */
const QTY_RE = new RegExp(
  `(?<![\\p{L}\\d.,\\-])(?:(?<qual>${QUAL})\\s+)?(?:(?<vague>${VAGUE_RE})|between\\s+(?<b1>${NUM})\\s+and\\s+(?<b2>${NUM})|(?<r1>${NUM})\\s*(?:-|–|to)\\s*(?<r2>${NUM})|(?<n>${NUM}))(?![\\p{L}\\d]|,\\d|\\.\\d)(?<pct>\\s*(?:%|percent\\b|per\\s+cent\\b))?`,
  'giu',
);
const IRREGULAR: Record<string, string> = { men: 'man', women: 'woman', people: 'person', children: 'child', police: 'police', personnel: 'personnel', troops: 'troop', persons: 'person' };
const PLURALISH = /(?:[^s]s|ies|men|people|children|police|personnel)$/;
const STOP = new Set(['of', 'and', 'or', 'from', 'in', 'to', 'the', 'a', 'an', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'may', 'might', 'will', 'would', 'could', 'who', 'that', 'which', 'on', 'at', 'by', 'for', 'with', 'into', 'near', 'since', 'after', 'before']);

/** Parses "6,500", "eight", "1.5 million", "twenty-five" into a number. */
export function parseNumber(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  const mult = /\s(hundred|thousand|million|billion)$/.exec(t);
  const base = mult ? t.slice(0, mult.index) : t;
  let n: number;
  if (/^[\d,.]+$/.test(base)) n = Number(base.replace(/,/g, ''));
  else {
    const parts = base.split('-').map((p) => WORD_NUMS[p]);
    if (parts.some((p) => p === undefined)) return null;
    n = parts.reduce<number>((a, b) => a + b!, 0);
  }
  if (!Number.isFinite(n)) return null;
  return mult ? n * MULT[mult[1]!]! : n;
}

/** Singular lemma of a plural unit noun (rockets → rocket, men → man, casualties → casualty). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w]!;
  if (w.endsWith('men') && w.length > 4) return `${w.slice(0, -3)}man`; // gunmen, servicemen, policemen
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

// a closing quote may sit between a quoted number and its noun: “thousands” of troops
const WORD_AT = /[”"’']?\s+([\p{L}][\p{L}'’-]*)/uy;
/** casualty words standing for the people counted */
const CASUALTY: Record<string, string> = { dead: 'dead', killed: 'dead', deaths: 'dead', fatalities: 'dead', wounded: 'wounded', injured: 'wounded' };
/** collective nouns whose members are counted: "the membership … had risen to 6,500" */
const COLLECTIVE: Record<string, string> = { membership: 'member', leadership: 'leader', workforce: 'worker', garrison: 'soldier', contingent: 'soldier' };
/** plurals that name the count itself, not what is counted */
const AMOUNT_NOUNS = new Set(['estimates', 'figures', 'numbers', 'totals', 'counts', 'ranks', 'reports', 'levels', 'losses']);
const OF_THEM = /^\s+of\s+(?:them|these|those)\b/i;
const AMOUNT_VERB = /\b(?:risen|rose|grown|grew|reached|reach|reaches|increased|decreased|fallen|fell|dropped|totall?ed|stood|stands|numbered|swelled|climbed)(?:\s+(?:to|at|by))?\s+$/i;
const CLAUSE_START = /[.;:!?]\s|\bthat\s/g;
const DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'these', 'those']);

/** How far past a number its counted noun may sit: "tens of thousands of the Islamic Emirate’s Mansoori Army special forces fighters". */
const UNIT_REACH = 9;

/**
 * The counted noun after a number: the head of the noun phrase that follows, stopping at function words.
 * The head is the first plural-looking word, or the last of a run of them ("special forces fighters" → fighter).
 */
function unitAfter(text: string, at: number, limit: number): { unit: string; end: number } | null {
  let pos = at;
  let head: { unit: string; end: number } | null = null;
  for (let i = 0; i < UNIT_REACH; i++) {
    WORD_AT.lastIndex = pos;
    const m = WORD_AT.exec(text);
    if (!m || WORD_AT.lastIndex > limit) return head;
    pos = WORD_AT.lastIndex;
    const w = m[1]!.replace(/['’]s?$/, '');
    const lw = w.toLowerCase();
    const possessive = w !== m[1];
    if (i === 0 && CASUALTY[lw]) return { unit: CASUALTY[lw]!, end: pos };
    if (i === 0 && lw === 'of') continue;
    if (i === 1 && DETERMINERS.has(lw)) continue;
    if (STOP.has(lw)) return head;
    if (!possessive && PLURALISH.test(lw) && !AMOUNT_NOUNS.has(lw)) head = { unit: singular(lw), end: pos };
    else if (head) return head; // the run of plural nouns ended
  }
  return head;
}

function bounds(g: Record<string, string | undefined>): { value: number | null; min: number | null; max: number | null; vagueQual: string | null } | null {
  if (g.vague) {
    const v = g.vague.toLowerCase().replace(/\s+/g, ' ');
    if (v === 'a dozen') return { value: 12, min: null, max: null, vagueQual: null };
    if (v === 'half a dozen') return { value: 6, min: null, max: null, vagueQual: null };
    const hit = VAGUE.find(([re]) => re.test(v));
    return hit ? { value: null, min: hit[1], max: hit[2], vagueQual: hit[3] } : null;
  }
  const lo = g.b1 ?? g.r1;
  const hi = g.b2 ?? g.r2;
  if (lo && hi) {
    const a = parseNumber(lo);
    const b = parseNumber(hi);
    if (a === null || b === null || b <= a) return null;
    return { value: null, min: a, max: b, vagueQual: null };
  }
  const n = g.n ? parseNumber(g.n) : null;
  return n === null ? null : { value: n, min: null, max: null, vagueQual: null };
}

/** The unit of "up to 4,000 of them": the nearest earlier quantity counting a plural noun. */
function inheritedUnit(text: string, contextFrom: number, at: number, exclude: readonly Span[]): string | null {
  if (contextFrom >= at) return null;
  const saved = QTY_RE.lastIndex; // the shared pattern is mid-scan in the caller
  const earlier = extractQuantities(text, contextFrom, at, exclude);
  QTY_RE.lastIndex = saved;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const u = earlier[i]!.unit;
    if (u && u !== '%') return u;
  }
  return null;
}

/** The clause subject's noun for a bare number after a verb of amount ("the number of fighters reached 900"). */
function clauseUnit(text: string, from: number, at: number): string | null {
  const before = text.slice(Math.max(from, at - 200), at);
  if (!AMOUNT_VERB.test(before)) return null;
  let clause = 0;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(before); m; m = CLAUSE_START.exec(before)) clause = m.index + m[0].length;
  for (const w of before.slice(clause).split(/[^\p{L}'’-]+/u)) {
    const lw = w.toLowerCase();
    if (COLLECTIVE[lw]) return COLLECTIVE[lw]!;
    if (w && w[0] === lw[0] && !STOP.has(lw) && !AMOUNT_NOUNS.has(lw) && PLURALISH.test(lw) && !/(?:ss|us|is)$/.test(lw)) return singular(lw);
  }
  return null;
}

/**
 * Quantities in doc text between `from` and `to`, skipping numbers inside `exclude` spans (dates).
 * Example: extractQuantities('fired more than 5,000 rockets', 0, 29) → [{min: 5000, unit: 'rocket', qualifier: 'more than', …}]
 */
export function extractQuantities(text: string, from: number, to: number, exclude: readonly Span[] = [], contextFrom = from): Quantity[] {
  const out: Quantity[] = [];
  const slice = text.slice(from, to);
  QTY_RE.lastIndex = 0;
  for (let m = QTY_RE.exec(slice); m; m = QTY_RE.exec(slice)) {
    const g = m.groups as Record<string, string | undefined>;
    const start = from + m.index;
    let end = start + m[0].length;
    if (exclude.some((s) => s.start < end && start < s.end)) continue;
    const b = bounds(g);
    if (!b) continue;
    const isWordNum = !!g.n && !/\d/.test(g.n);
    if (g.n && /^one$/i.test(g.n)) continue; // "one of the…" is almost never a count
    const plainYear = !!g.n && /^(19|20)\d\d$/.test(g.n) && !g.qual;
    let unit: string | null = g.pct ? '%' : null;
    if (!unit) {
      const u = unitAfter(text, end, to);
      if (u) {
        unit = u.unit;
        end = u.end;
      }
    }
    if ((isWordNum || plainYear) && !unit && !g.pct) continue; // "one of them", bare years: not quantities
    if (!unit) {
      const of = OF_THEM.exec(text.slice(end, Math.min(to, end + 16)));
      if (of) {
        unit = inheritedUnit(text, Math.min(contextFrom, from), start, exclude);
        if (unit) end += of[0].length;
      } else unit = clauseUnit(text, Math.min(contextFrom, from), start);
    }
    const qual = g.qual ? g.qual.toLowerCase().replace(/\s+/g, ' ') : null;
    let { value, min, max } = b;
    if (qual && value !== null && QUALIFIERS[qual] === 'min') [value, min] = [null, value];
    else if (qual && value !== null && QUALIFIERS[qual] === 'max') [value, max] = [null, value];
    out.push({ value, min, max, unit, qualifier: qual ?? b.vagueQual, text: text.slice(start, end), start, end });
  }
  return out;
}
