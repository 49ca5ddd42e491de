// The gold name sets in ../shared/datasets/ner read into documents with character spans, converted to
// docs/span-conventions.md, and the fixed held-out split that scripts/eval-ner.mjs scores on. Never copied into the repo.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DATA = resolve(new URL('..', import.meta.url).pathname, '../shared/datasets/ner');

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
  // "The" opening a sentence is capitalised by position, like the lower-case "the" left out everywhere else
  if (a === 0 && a < b && toks[a] === 'The') a++;
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
