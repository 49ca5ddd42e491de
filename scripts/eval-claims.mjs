// Scores attribution extraction (stages 10 → 60) against PolNeAR, the two measures of issue 5:
// (a) token level per role — a word token counts for a role when it lies inside a span of that role, in gold
//     and in prediction — plus exact-span F1 (same set of word tokens);
// (b) attribution level — a gold attribution is found when one predicted claim's cue shares a token with the
//     gold cue, its source shares one with the gold source (when there is one), and its content covers at
//     least half of the gold content's tokens; a predicted claim is correct when it so matches some gold one.
// A development aid only: nothing is trained on PolNeAR. One annotation file per article (the first by name).
// Usage: npm run build && node scripts/eval-claims.mjs [--split dev|train] [--dist <dir>] [--no-mentions] [--misses <file>]
// --misses writes one JSON line per gold attribution (found/miss, with the nearest prediction) and per spurious claim,
// and prints the commonest cue words among the misses.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const DIST = resolve(opt('--dist', new URL('../dist', import.meta.url).pathname));
const SPLIT = opt('--split', 'dev');
const ROOT = resolve(new URL('..', import.meta.url).pathname, '../shared/datasets/polnear', SPLIT);
const MISSES = opt('--misses', null);
const withMentions = !args.includes('--no-mentions');

const imp = (p) => import(pathToFileURL(join(DIST, p)).href);
const { loadKnowledgeBases, normaliseName, DEFAULT_KB_DIR } = await imp('kb/index.js');
const { createNlpContext, DEFAULT_STAGES } = await imp('nlp/index.js');
const stages = DEFAULT_STAGES.filter((s) => Number(s.name.slice(0, 2)) <= 60);
const claimsStage = stages.find((s) => s.name === '60-claims');
const ctx = createNlpContext(loadKnowledgeBases([DEFAULT_KB_DIR], normaliseName).kb, normaliseName);

/** Gold attributions of one .ann file: lists of [start, end] pieces per role. */
function readAnn(text) {
  const spans = new Map();
  const atts = [];
  for (const rec of text.split(/\n(?=[TE#]\d*\t)/)) {
    const [id, body] = rec.split('\t');
    if (id.startsWith('T')) {
      const [, ...ranges] = body.split(' ');
      spans.set(id, ranges.join(' ').split(';').map((r) => r.trim().split(' ').map(Number)));
    } else if (id.startsWith('E')) {
      const roles = Object.fromEntries(body.trim().split(' ').map((p) => p.split(':')));
      atts.push(roles);
    }
  }
  return atts.map((r) => ({ cue: spans.get(r.Cue) ?? null, source: spans.get(r.Source) ?? null, content: spans.get(r.Content) ?? null }));
}

/** Word tokens (letters or digits) as [start, end]. */
function wordTokens(text) {
  const out = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Indices of the word tokens lying inside the pieces (binary search over token starts). */
function tokenSet(toks, pieces) {
  const set = new Set();
  if (!pieces) return set;
  for (const [a, b] of pieces) {
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid][0] < a) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < toks.length && toks[i][1] <= b; i++) set.add(i);
  }
  return set;
}

const ROLES = ['source', 'cue', 'content'];
const tally = () => ({ tp: 0, pred: 0, gold: 0 });
const tok = Object.fromEntries(ROLES.map((r) => [r, tally()]));
const exact = Object.fromEntries(ROLES.map((r) => [r, tally()]));
const att = { foundGold: 0, gold: 0, rightPred: 0, pred: 0 };
const misses = [];
const whyMissed = { cue: 0, source: 0, content: 0 };

const shares = (a, b) => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};
const covered = (p, g) => {
  let n = 0;
  for (const x of g) if (p.has(x)) n++;
  return n >= g.size / 2;
};
/** The issue's rule: cue shares a token, source shares one when gold has one, content covers half of gold's. */
function attMatch(p, g) {
  if (g.cue.size && !shares(p.cue, g.cue)) return false;
  if (g.source.size && !shares(p.source, g.source)) return false;
  return !g.content.size || covered(p.content, g.content);
}

function scoreDoc(toks, gold, pred, stem, text) {
  for (const role of ROLES) {
    const g = new Set();
    const p = new Set();
    for (const a of gold) for (const x of a[role]) g.add(x);
    for (const a of pred) for (const x of a[role]) p.add(x);
    let tp = 0;
    for (const x of p) if (g.has(x)) tp++;
    Object.assign(tok[role], { tp: tok[role].tp + tp, pred: tok[role].pred + p.size, gold: tok[role].gold + g.size });
    const key = (s) => [...s].sort((a, b) => a - b).join(',');
    const gk = new Set(gold.filter((a) => a[role].size).map((a) => key(a[role])));
    const pk = new Set(pred.filter((a) => a[role].size).map((a) => key(a[role])));
    exact[role].pred += pk.size;
    exact[role].gold += gk.size;
    for (const k of pk) if (gk.has(k)) exact[role].tp++;
  }
  att.gold += gold.length;
  att.pred += pred.length;
  for (const g of gold) {
    const hit = pred.find((p) => attMatch(p, g));
    if (hit) att.foundGold++;
    if (!MISSES) continue;
    const near = hit ?? pred.find((p) => shares(p.cue, g.cue));
    const why = hit ? null : !near ? 'cue' : g.source.size && !shares(near.source, g.source) ? 'source' : 'content';
    if (why) whyMissed[why]++;
    const after = g.cue.size ? text.slice(toks[Math.max(...g.cue)][1]).match(/^\s*(\S+)/)?.[1] ?? '' : '';
    misses.push({ stem, kind: hit ? 'found' : 'miss', ...(why ? { why } : {}), ...render(g, toks, text), after, ...(near ? { got: render(near, toks, text) } : {}) });
  }
  for (const p of pred) {
    if (gold.some((g) => attMatch(p, g))) att.rightPred++;
    else if (MISSES) misses.push({ stem, kind: 'spurious', ...render(p, toks, text) });
  }
}

const render = (a, toks, text) =>
  Object.fromEntries(ROLES.map((r) => {
    const ix = [...a[r]].sort((x, y) => x - y);
    return [r, ix.length ? text.slice(toks[ix[0]][0], toks[ix[ix.length - 1]][1]).slice(0, 200) : null];
  }));

// publication dates, as a real run would have them from the article's metadata
const published = new Map(
  readFileSync(join(ROOT, '..', 'metadata.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t')).filter((r) => r.length > 5).map((r) => [r[1], r[5]]),
);
const byStem = new Map();
for (const f of readdirSync(join(ROOT, 'attributions')).sort()) {
  const stem = f.replace(/_[0-9a-f]{4}\.ann$/, '');
  if (!byStem.has(stem)) byStem.set(stem, f);
}
let ms = 0;
let chars = 0;
for (const [stem, f] of byStem) {
  const text = readFileSync(join(ROOT, 'text', `${stem}.txt`), 'utf8');
  const toks = wordTokens(text);
  const gold = readAnn(readFileSync(join(ROOT, 'attributions', f), 'utf8')).map((g) =>
    Object.fromEntries(ROLES.map((r) => [r, tokenSet(toks, g[r])])),
  );
  const date = /^\d{4}-\d\d-\d\d$/.test(published.get(stem) ?? '') ? published.get(stem) : null;
  const doc = { text, language: 'en', meta: { title: null, author: null, outlet: null, published: date, publishedBasis: date ? 'supplied' : null, url: null, basis: {} }, layers: {} };
  for (const s of stages) {
    if (s === claimsStage) continue;
    if (!withMentions && (s.name === '30-mentions' || s.name === '40-linking')) doc.layers[s.produces[0]] = [];
    else s.run(doc, ctx);
  }
  const t0 = performance.now();
  claimsStage.run(doc, ctx);
  ms += performance.now() - t0;
  chars += text.length;
  const pred = doc.layers.claims
    .filter((c) => c.spans.cue)
    .map((c) => Object.fromEntries(ROLES.map((r) => [r, tokenSet(toks, c.spans[r] ? [c.spans[r]] : null)])));
  scoreDoc(toks, gold, pred, stem, text);
}

const pct = (x) => (100 * x).toFixed(1).padStart(5);
const prf = (tp, pred, gold, tpGold = tp) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tpGold / gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
};
console.log(`PolNeAR ${SPLIT}: ${byStem.size} articles, ${att.gold} gold attributions, mentions ${withMentions ? 'from stages 30/40' : 'off'}`);
console.log('role      token P   token R   token F1 | exact P   exact R   exact F1');
for (const role of ROLES) {
  const t = prf(tok[role].tp, tok[role].pred, tok[role].gold);
  const e = prf(exact[role].tp, exact[role].pred, exact[role].gold);
  console.log(`${role.padEnd(8)}  ${t.map(pct).join('     ')} | ${e.map(pct).join('     ')}`);
}
const a = prf(att.rightPred, att.pred, att.gold, att.foundGold);
console.log(`attribution  P ${pct(a[0])}  R ${pct(a[1])}  F1 ${pct(a[2])}  (gold found ${att.foundGold}/${att.gold}, predicted right ${att.rightPred}/${att.pred})`);
if (MISSES) {
  // the largest groups of missed gold attributions, by the cue's last word (lower-cased)
  const by = new Map();
  for (const m of misses) if (m.kind === 'miss') { const k = (m.cue ?? '(no cue)').toLowerCase().split(/\s+/).pop(); by.set(k, (by.get(k) ?? 0) + 1); }
  console.log(`missed gold by first failing test: no cue shared ${whyMissed.cue}, cue but not source ${whyMissed.source}, cue and source but content under half ${whyMissed.content}`);
  console.log(`misses by cue word: ${[...by].sort((x, y) => y[1] - x[1]).slice(0, 30).map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
console.log(`speed: stage 60 ${Math.round(chars / (ms / 1000) / 1000)}k chars/s (${(ms / byStem.size).toFixed(2)} ms per article)`);
if (MISSES) writeFileSync(MISSES, misses.map((m) => JSON.stringify(m)).join('\n') + '\n');
