/** Language of a cleaned text: franc over a sample, with a script-based answer for short texts. */
import { franc } from 'franc';

/** Languages franc may answer with: the region's and the big international ones (fewer choices, fewer confusions). */
const ONLY = [
  'eng', 'rus', 'tgk', 'pes', 'prs', 'pbu', 'uzn', 'arb', 'tur', 'deu', 'fra', 'spa', 'cmn', 'ukr', 'kaz', 'kir', 'tuk',
  'azj', 'urd', 'hin', 'ita', 'por', 'nld', 'pol', 'jpn', 'kor', 'ben', 'ind', 'swe', 'ces', 'ron', 'hun', 'ell', 'heb',
];

const ISO1: Record<string, string> = {
  eng: 'en', rus: 'ru', tgk: 'tg', pes: 'fa', prs: 'fa', pbu: 'ps', pbt: 'ps', uzn: 'uz', uzs: 'uz', arb: 'ar', tur: 'tr',
  deu: 'de', fra: 'fr', spa: 'es', cmn: 'zh', ukr: 'uk', kaz: 'kk', kir: 'ky', tuk: 'tk', azj: 'az', urd: 'ur', hin: 'hi',
  ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', jpn: 'ja', kor: 'ko', ben: 'bn', ind: 'id', swe: 'sv', ces: 'cs', ron: 'ro',
  hun: 'hu', ell: 'el', heb: 'he',
};

/** franc needs this many characters of letters before its answer is worth more than the script alone. */
const MIN_LETTERS = 60;
const SAMPLE = 1200;

/** ISO 639-3 → 639-1 where one exists, else the 639-3 code unchanged. */
export function toIso1(code: string): string {
  return ISO1[code] ?? code;
}

interface ScriptCounts {
  letters: number;
  latin: number;
  cyrillic: number;
  arabic: number;
  han: number;
}

const LETTER = /^\p{L}$/u;

/** Whether a code point is a letter (\p{L}); ASCII, most of any Latin text, without a regex. */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCodePoint(c));
}

function countScripts(s: string): ScriptCounts {
  const n: ScriptCounts = { letters: 0, latin: 0, cyrillic: 0, arabic: 0, han: 0 };
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (!isLetter(c)) continue;
    n.letters++;
    if (c < 0x250) n.latin++;
    else if (c >= 0x400 && c < 0x530) n.cyrillic++;
    else if (c >= 0x600 && c < 0x700) n.arabic++;
    else if (c >= 0x4e00 && c < 0xa000) n.han++;
  }
  return n;
}

/** A guess from the script alone, used for texts too short for franc. */
function byScript(s: string, n: ScriptCounts): string {
  if (n.letters === 0) return 'und';
  const major = (k: number): boolean => k * 10 >= n.letters * 6;
  if (major(n.cyrillic)) {
    if (/[ӣӯҳқғҷҲҚҒҶӢӮ]/u.test(s)) return 'tg';
    if (/[іїєґІЇЄҐ]/u.test(s)) return 'uk';
    return 'ru';
  }
  if (major(n.arabic)) {
    if (/[ټډړښږځڅګ]/u.test(s)) return 'ps';
    if (/[پچژگ]/u.test(s)) return 'fa';
    return 'ar';
  }
  if (major(n.han)) return 'zh';
  return 'und';
}

/**
 * English function words no other language franc may answer with writes as words of its own ("who", "than" and the
 * like, not "also", "will", "her", "on" or "to"). With the first list alone a tenth of news articles (headlines, lists
 * of names) fell through to franc, whose trigram distances cost more than the rest of reading a file.
 */
const ENGLISH_ONLY = new Set(
  ('the and that with which would their been from said this have were they what when there should could about after '
    + 'who than into its these those because while against them where being since whose').split(' '),
);
const SHORTEST = Math.min(...[...ENGLISH_ONLY].map((w) => w.length));
const LONGEST = Math.max(...[...ENGLISH_ONLY].map((w) => w.length));

/** A Latin-script text in which at least a tenth of the words (runs of letters) are English function words is English, without franc. */
function plainlyEnglish(sample: string): boolean {
  let words = 0;
  let english = 0;
  let start = -1;
  for (let i = 0; i <= sample.length; i++) {
    const c = i < sample.length ? sample.codePointAt(i)! : 32;
    const letter = isLetter(c);
    if (letter && start < 0) start = i;
    if (c > 0xffff) i++;
    if (letter || start < 0) continue;
    words++;
    // the list is ASCII: a word of another length cannot lower-case into it
    if (i - start >= SHORTEST && i - start <= LONGEST && ENGLISH_ONLY.has(sample.slice(start, i).toLowerCase())) english++;
    start = -1;
  }
  return words >= 20 && english * 10 >= words;
}

/**
 * ISO 639-1 code (639-3 when there is none), or 'und'.
 * @example detectLanguage('The border guards closed the crossing on Monday after the attack.') // 'en'
 */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const counts = countScripts(sample);
  if (counts.letters < MIN_LETTERS) return byScript(sample, counts);
  if (counts.latin * 10 >= counts.letters * 6 && plainlyEnglish(sample)) return 'en'; // most of a corpus: franc's trigram distances are the costly part of reading a file
  const code = franc(sample, { only: ONLY, minLength: MIN_LETTERS });
  return code === 'und' ? byScript(sample, counts) : toIso1(code);
}
