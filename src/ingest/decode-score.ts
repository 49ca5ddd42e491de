/** Scores how plausible a single-byte decoding looks, so Cyrillic and Latin code pages can be told apart. */

const CYR_VOWELS = new Set('аеёиоуыэюяіїєӣӯ');
const LETTER_RUN = /[\p{L}\u0080-\u009F]+/gu;
const IS_ASCII = /^[\x20-\x7E]*$/;

type WordClass = 'ok' | 'bad' | 'caps';

/** Judges one non-ASCII word: 'caps' (all-capital Cyrillic) is judged later against the whole text. */
function classifyWord(w: string): WordClass {
  let latin = 0;
  let accented = 0;
  let cyr = 0;
  let cyrUpper = 0;
  let firstUpper = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x80 && c <= 0x9f) return 'bad'; // C1 controls never occur in real text
    if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      const upper = (c >= 0x400 && c <= 0x42f) || (c >= 0x460 && c % 2 === 0);
      if (upper) cyrUpper++;
      if (i === 0) firstUpper = upper;
    } else if (c < 0x80) latin++;
    else if (c >= 0xc0 && c <= 0x24f) {
      latin++;
      accented++;
    }
  }
  if (cyr > 0 && latin > 0) return 'bad'; // mixed scripts inside a word: a wrong code page
  if (cyr > 0) {
    if (cyrUpper === 0 || (cyrUpper === 1 && firstUpper)) return 'ok';
    return cyrUpper === cyr && cyr > 1 ? 'caps' : 'bad';
  }
  // real Western words carry an accent or two, not a run of them ("à" alone is fine)
  return accented * 2 <= latin || latin === 1 ? 'ok' : 'bad';
}

/**
 * Share of non-ASCII words that look wrong under this decoding (0 = all plausible, 1 = none).
 * Cyrillic text also needs a sane vowel share: the KOI8-R/Windows-1251 confusion scrambles letter order.
 * @example decodingBadness('привет мир') // 0
 */
export function decodingBadness(text: string): number {
  let judged = 0;
  let bad = 0;
  let caps = 0;
  let cyrLetters = 0;
  let cyrVowels = 0;
  for (const m of text.matchAll(LETTER_RUN)) {
    const w = m[0];
    if (IS_ASCII.test(w)) continue;
    judged++;
    const cls = classifyWord(w);
    if (cls === 'bad') bad++;
    else if (cls === 'caps') caps++;
    for (const ch of w.toLowerCase()) {
      const c = ch.charCodeAt(0);
      if (c >= 0x430 && c <= 0x4ff) {
        cyrLetters++;
        if (CYR_VOWELS.has(ch)) cyrVowels++;
      }
    }
  }
  // undecodable bytes count as wrong words
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
    judged++;
    bad++;
  }
  if (judged === 0) return 0;
  // all-capital words are normal in moderation (acronyms, headings) but not as the bulk of a text
  if (caps * 2 > judged) bad += caps;
  let badness = bad / judged;
  // Russian and Tajik prose run at roughly 40–45% vowels; scrambled decodings drift far from that
  if (cyrLetters >= 20) {
    const share = cyrVowels / cyrLetters;
    if (share < 0.28 || share > 0.6) badness = Math.max(badness, 0.5 + Math.abs(share - 0.43));
  }
  return Math.min(1, badness);
}
