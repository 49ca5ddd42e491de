// Scores attribution extraction (stages 10 → 60) against PolNeAR dev: cue, source and content span P/R/F1.
// A development aid only: nothing is trained on PolNeAR. Spans match when they overlap by at least half
// of the longer one (one-to-one, greedy). One annotation file per article (the first by name).
// Usage: npm run build && node scripts/eval-claims.mjs [--split dev|train] [--dist <compiled dir>] [--no-mentions]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const DIST = resolve(opt('--dist', new URL('../dist', import.meta.url).pathname));
const SPLIT = opt('--split', 'dev');
const ROOT = resolve(new URL('..', import.meta.url).pathname, '../shared/datasets/polnear', SPLIT);
const withMentions = !args.includes('--no-mentions');

const imp = (p) => import(pathToFileURL(join(DIST, p)).href);
const [{ default: winkNLP }, { default: model }] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]);
const { loadKnowledgeBase, normaliseName } = await imp('kb/index.js');
const stages = await Promise.all([
  imp('nlp/stages/10-tokens/index.js').then((m) => m.tokensStage),
  imp('nlp/stages/30-mentions/index.js').then((m) => m.mentionsStage),
  imp('nlp/stages/40-linking/index.js').then((m) => m.linkingStage),
  imp('nlp/stages/50-time/index.js').then((m) => m.timeStage),
  imp('nlp/stages/60-claims/index.js').then((m) => m.claimsStage),
]);
const ctx = { wink: winkNLP(model), kb: loadKnowledgeBase(new URL('../data/kb/', import.meta.url).pathname), normaliseName };

/** Gold attributions of one .ann file: span lists per role. */
function readAnn(text) {
  const spans = new Map();
  const atts = [];
  for (const rec of text.split(/\n(?=[TE#]\d*\t)/)) {
    const [id, body] = rec.split('\t');
    if (id.startsWith('T')) {
      const [, ...ranges] = body.split(' ');
      const pieces = ranges.join(' ').split(';').map((r) => r.trim().split(' ').map(Number));
      spans.set(id, pieces);
    } else if (id.startsWith('E')) {
      const roles = Object.fromEntries(body.trim().split(' ').map((p) => p.split(':')));
      atts.push(roles);
    }
  }
  return atts.map((r) => ({ cue: spans.get(r.Cue) ?? null, source: spans.get(r.Source) ?? null, content: spans.get(r.Content) ?? null }));
}

const len = (pieces) => pieces.reduce((n, [a, b]) => n + (b - a), 0);
function overlap(p, g) {
  let n = 0;
  for (const [a, b] of p) for (const [c, d] of g) n += Math.max(0, Math.min(b, d) - Math.max(a, c));
  return n;
}
const matches = (p, g) => overlap(p, g) >= 0.5 * Math.max(len(p), len(g));

function score(pred, gold, tally) {
  const used = new Set();
  tally.pred += pred.length;
  tally.gold += gold.length;
  for (const p of pred) {
    const k = gold.findIndex((g, i) => !used.has(i) && matches(p, g));
    if (k >= 0) {
      used.add(k);
      tally.hit++;
    }
  }
}

const tallies = { cue: { hit: 0, pred: 0, gold: 0 }, source: { hit: 0, pred: 0, gold: 0 }, content: { hit: 0, pred: 0, gold: 0 } };
const annFiles = readdirSync(join(ROOT, 'attributions')).sort();
const byStem = new Map();
for (const f of annFiles) {
  const stem = f.replace(/_[0-9a-f]{4}\.ann$/, '');
  if (!byStem.has(stem)) byStem.set(stem, f);
}
let ms = 0;
let chars = 0;
for (const [stem, f] of byStem) {
  const text = readFileSync(join(ROOT, 'text', `${stem}.txt`), 'utf8');
  const gold = readAnn(readFileSync(join(ROOT, 'attributions', f), 'utf8'));
  const doc = { text, language: 'en', meta: { title: null, author: null, outlet: null, published: null, publishedBasis: null, url: null, basis: {} }, layers: {} };
  for (const s of stages.slice(0, 4)) {
    if (!withMentions && (s.name === '30-mentions' || s.name === '40-linking')) {
      doc.layers[s.produces[0]] = [];
      continue;
    }
    s.run(doc, ctx);
  }
  const t0 = performance.now();
  stages[4].run(doc, ctx);
  ms += performance.now() - t0;
  chars += text.length;
  const claims = doc.layers.claims;
  for (const role of ['cue', 'source', 'content']) {
    const pred = claims.map((c) => c.spans[role]).filter(Boolean).map((s) => [s]);
    score(pred, gold.map((g) => g[role]).filter(Boolean), tallies[role]);
  }
}

const pct = (x) => (100 * x).toFixed(1);
console.log(`PolNeAR ${SPLIT}: ${byStem.size} articles, mentions ${withMentions ? 'from stages 30/40' : 'off'}`);
for (const [role, t] of Object.entries(tallies)) {
  const p = t.pred ? t.hit / t.pred : 0;
  const r = t.gold ? t.hit / t.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${role.padEnd(8)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}  (matched ${t.hit}, predicted ${t.pred}, gold ${t.gold})`);
}
console.log(`speed: stage 60 ${Math.round(chars / (ms / 1000) / 1000)}k chars/s (${(ms / byStem.size).toFixed(2)} ms per article)`);
