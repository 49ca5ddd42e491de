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

/** Folds one lower-case Latin word by the transliteration table; non-Latin words are left as they are. */
function foldWord(w: string): string {
  if (!/^[a-z]+$/.test(w)) return w;
  let out = w;
  for (const [re, to] of FOLDS) out = out.replace(re, to);
  return out;
}

/** The matching key for a name; '' for text with no letters or digits. */
export function normaliseName(s: string): string {
  let t = transliterate(s.normalize('NFKC').toLowerCase());
  t = t.normalize('NFD').replace(/\p{M}/gu, '');
  t = t.replace(/[\u2018\u2019\u02bc\u02bb\u0060\u00b4\u2032]/g, "'");
  t = t.replace(/(\p{L})'s(?![\p{L}\p{N}])/gu, '$1'); // possessive
  t = t.replace(/(\p{L})s'(?![\p{L}\p{N}])/gu, '$1s'); // plural possessive
  t = t.replace(/(\p{L})'(?=\p{L})/gu, '$1'); // Qa'ida / Qaida
  t = t.replace(/(\p{L})\.(?=\p{L}\.|\s|$)/gu, '$1'); // U.S. / US
  t = t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (!t) return '';
  return t.split(' ').map(foldWord).join(' ');
}
