/**
 * The name-matching key: folds case, script, diacritics, punctuation and common Latin
 * transliteration variants so that spellings of one name meet, and nothing more.
 * @example normaliseName('Emomali Rakhmon’s') === normaliseName('Эмомали Рахмон') // 'emomali rahmon'
 */

// Russian and Tajik Cyrillic to a Latin spelling close to news transliteration.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ӣ: 'i', ӯ: 'u', ҳ: 'h', ҷ: 'j', қ: 'q', ғ: 'gh',
  і: 'i', ї: 'yi', є: 'ye', ў: 'u',
};
const CYRILLIC_RE = /[\u0400-\u04ff]/gu;

// Word-level spelling folds, applied in order; each pair was chosen because both spellings occur for one name.
const FOLDS: [RegExp, string][] = [
  [/kh/g, 'h'], // Khalimov / Halimov, Rakhmon / Rahmon
  [/dzh|dj/g, 'j'], // Dzhalil / Djalil / Jalil
  [/(?:zade|zada|zadeh)$/g, 'zoda'], // Rahimzade / Rahimzoda
  [/oo/g, 'u'], // Yaqoob / Yaqub, Mansoori / Mansuri
  [/ou/g, 'u'], // Mansouri / Mansuri
  [/ee/g, 'i'], // Haleem / Halim
  [/(?:iy|yy|ii|yi)$/g, 'i'], // -iy / -yy / -ii endings
  [/([a-z])\1+/g, '$1'], // Muttaqi / Mutaqi, Haqqani / Haqani
];

/** Folds Cyrillic letters to Latin; other scripts pass through. */
export function transliterate(s: string): string {
  return s.replace(CYRILLIC_RE, (c) => CYRILLIC[c] ?? c);
}

/** A bounded memo: names repeat within and across documents, and the folds are regex-heavy. */
function memo(fn: (s: string) => string, limit = 100_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      if (cache.size >= limit) cache.clear();
      cache.set(s, v);
    }
    return v;
  };
}

/** Folds one lower-case Latin word by the transliteration table; non-Latin words are left as they are. */
const foldWord = memo((w: string): string => {
  if (!/^[a-z]+$/.test(w)) return w;
  let out = w;
  for (const [re, to] of FOLDS) out = out.replace(re, to);
  return out;
});

/**
 * The plain key: case, script, diacritics, apostrophes, possessives and punctuation folded, but no
 * spelling variants, so two names with the same plain key are written the same way.
 */
export function plainName(s: string): string {
  // most names are plain ASCII words, for which the full pipeline below reduces to this
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(s)) return s.toLowerCase();
  let t = transliterate(s.normalize('NFKC').toLowerCase());
  t = t.normalize('NFD').replace(/\p{M}/gu, '');
  t = t.replace(/[\u2018\u2019\u02bc\u02bb\u0060\u00b4\u2032]/g, "'");
  t = t.replace(/(\p{L})'s(?![\p{L}\p{N}])/gu, '$1'); // possessive
  t = t.replace(/(\p{L})s'(?![\p{L}\p{N}])/gu, '$1s'); // plural possessive
  t = t.replace(/(\p{L})'(?=\p{L})/gu, '$1'); // Qa'ida / Qaida
  t = t.replace(/(\p{L})\.(?=\p{L}\.|\s|$)/gu, '$1'); // U.S. / US
  return t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The matching key for a name: the plain key with Latin spelling variants folded; '' for text with no letters or digits. */
export function normaliseName(s: string): string {
  return foldKey(plainName(s));
}

/** Folds the words of a plain key by the transliteration table. */
export function foldKey(plain: string): string {
  return plain ? plain.split(' ').map(foldWord).join(' ') : '';
}

// Looser folds for the skeleton: vowels (o/a, u/ou, y/i, -ov/-ev) and near-equivalent consonants meet.
const SKELETON: [RegExp, string][] = [
  [/gh/g, 'g'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/zh/g, 'j'],
  [/ph/g, 'f'],
  [/[aeiouy]+/g, 'a'],
  [/([a-z])\1+/g, '$1'],
];

/**
 * The skeleton of a normalised key: spaces dropped and vowels collapsed, so that transliteration
 * variants beyond the folds meet (Rahmon / Rakhman, Gadoev / Gadoyev, Tojik / Tajik). Non-Latin text is kept.
 */
export const skeletonKey = memo((key: string): string => {
  let t = key.replace(/ /g, '');
  if (!/^[a-z0-9]+$/.test(t)) return t;
  for (const [re, to] of SKELETON) t = t.replace(re, to);
  return t;
});
