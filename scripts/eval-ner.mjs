// Scores name recognition (stages 10 → 30) against CoNLL-format gold: micro P/R/F1 for PER/ORG/LOC, exact spans.
// Usage: npm run build && node scripts/eval-ner.mjs [wikigold|re3d|<file-or-folder>] [--dist <compiled dir>]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const DIST = resolve(distAt >= 0 ? args[distAt + 1] : new URL('../dist', import.meta.url).pathname);
const which = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--dist') ?? 'wikigold';
const DATA = resolve(new URL('..', import.meta.url).pathname, '../shared/datasets/ner');
const PATHS = { wikigold: join(DATA, 'wikigold/wikigold.conll.txt'), re3d: join(DATA, 're3d') };

// Gold tags and our types, mapped onto the three classes both sides have.
const GOLD = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', Person: 'PER', Organisation: 'ORG', Location: 'LOC' };
const OURS = { PERSON: 'PER', ORG: 'ORG', GROUP: 'ORG', GPE: 'LOC', LOC: 'LOC' };

function files(p) {
  if (statSync(p).isFile()) return [p];
  return readdirSync(p).flatMap((n) => files(join(p, n))).filter((f) => /\.(conll|txt)$/.test(f));
}

/** Splits CoNLL text into documents of sentences of [token, tag]. */
function readConll(text) {
  const docs = [[]];
  let sent = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) {
      if (sent.length) docs[docs.length - 1].push(sent);
      sent = [];
      continue;
    }
    const [tok, tag] = t.split(/\s+/);
    if (tok === '-DOCSTART-') {
      if (docs[docs.length - 1].length) docs.push([]);
      continue;
    }
    sent.push([tok, tag ?? 'O']);
  }
  if (sent.length) docs[docs.length - 1].push(sent);
  return docs.filter((d) => d.length);
}

/** Rebuilds a document's text (tokens joined by spaces, one sentence a line) and its gold spans (IOB1 or IOB2). */
function goldDoc(sents) {
  let text = '';
  const spans = [];
  for (const sent of sents) {
    let open = null;
    const close = () => {
      if (open && GOLD[open.label]) spans.push(`${open.start}:${open.end}:${GOLD[open.label]}`);
      open = null;
    };
    sent.forEach(([tok, tag], i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += tok;
      const [bio, label] = tag === 'O' ? ['O', null] : tag.split('-');
      if (bio === 'O') return close();
      if (bio === 'B' || !open || open.label !== label) {
        close();
        open = { start, end: text.length, label };
      } else open.end = text.length;
    });
    close();
    text += '\n';
  }
  return { text, spans };
}

const imp = (p) => import(pathToFileURL(join(DIST, p)).href);
const [{ default: winkNLP }, { default: model }] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]);
const { loadKnowledgeBase, normaliseName } = await imp('kb/index.js');
const { tokensStage } = await imp('nlp/stages/10-tokens/index.js');
const { mentionsStage } = await imp('nlp/stages/30-mentions/index.js');
const ctx = { wink: winkNLP(model), kb: loadKnowledgeBase(new URL('../data/kb/', import.meta.url).pathname), normaliseName };

const seen = [];
const stats = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
let tokens = 0;
let ms30 = 0;
let ms10 = 0;
for (const f of files(PATHS[which] ?? resolve(which))) {
  for (const sents of readConll(readFileSync(f, 'utf8'))) {
    const { text, spans } = goldDoc(sents);
    const doc = { text, language: 'en', meta: {}, layers: {} };
    let t0 = performance.now();
    tokensStage.run(doc, ctx);
    ms10 += performance.now() - t0;
    t0 = performance.now();
    mentionsStage.run(doc, ctx);
    ms30 += performance.now() - t0;
    tokens += doc.layers.tokens.length;
    seen.push(doc);
    const gold = new Set(spans);
    const ours = new Set(doc.layers.mentions.filter((m) => OURS[m.type]).map((m) => `${m.start}:${m.end}:${OURS[m.type]}`));
    for (const s of ours) stats[s.split(':')[2]][gold.has(s) ? 'tp' : 'fp']++;
    for (const s of gold) if (!ours.has(s)) stats[s.split(':')[2]].fn++;
  }
}

const prf = ({ tp, fp, fn }) => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
};
const all = Object.values(stats).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
const pct = (x) => (100 * x).toFixed(1).padStart(5);
console.log(`dataset ${which}: ${tokens} tokens`);
for (const [k, s] of [...Object.entries(stats), ['micro', all]]) {
  const { p, r, f } = prf(s);
  console.log(`${k.padEnd(6)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
}
// a second pass shows the steady state once the JIT and the name caches are warm
let t1 = performance.now();
for (const doc of seen) mentionsStage.run(doc, ctx);
const warm = performance.now() - t1;
console.log(`speed: stage 30 warm ${Math.round(tokens / (warm / 1000))} tokens/s (${((warm / tokens) * 1000).toFixed(2)} ms per 1,000 tokens)`);
console.log(`speed: stage 10 ${Math.round(tokens / (ms10 / 1000))} tokens/s; stage 30 ${Math.round(tokens / (ms30 / 1000))} tokens/s`);
