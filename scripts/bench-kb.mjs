// Name-resolution benchmark: a synthetic knowledge base of 100,000 aliases, median µs per resolveName.
// Run after `npm run build`: node scripts/bench-kb.mjs [aliases]
import { buildActorIndex, nameTableFor, resolveName } from '../dist/kb/index.js';

const TARGET = Number(process.argv[2] ?? 100_000);
// consonant-vowel-consonant syllables, so names are as varied as real ones and spelling folds (kh, dzh, ov) occur
const C = ['b', 'd', 'f', 'g', 'h', 'j', 'k', 'kh', 'l', 'm', 'n', 'p', 'q', 'r', 's', 'sh', 't', 'v', 'z', 'dzh'];
const V = ['a', 'e', 'i', 'o', 'u', 'ov', 'ev'];
const SYL = C.flatMap((c) => V.map((v) => c + v)).concat(['zoda', 'ulloh', 'obod', 'mir', 'gul', 'rahm', 'sher']);
// mulberry32: a small seeded generator, so every run measures the same knowledge base
let seed = 42;
const rand = (n) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (((t ^ (t >>> 14)) >>> 0) % n);
};
const word = () => { let w = ''; for (let i = 0, n = 2 + rand(3); i < n; i++) w += SYL[rand(SYL.length)]; return w[0].toUpperCase() + w.slice(1); };
const TYPES = ['PERSON', 'ORG', 'GROUP', 'GPE'];

const actors = [];
let aliases = 0;
for (let i = 0; aliases < TARGET; i++) {
  const name = `${word()} ${word()}`;
  const extra = Array.from({ length: 3 }, () => ({ name: rand(2) ? word() : `${word()} ${word()}`, weak: rand(5) === 0 }));
  actors.push({ id: `a${i}`, type: TYPES[i % 4], name, aliases: extra, roles: [], affiliations: [], sources: [] });
  aliases += 1 + extra.length;
}
const t0 = performance.now();
const kb = buildActorIndex(actors);
nameTableFor(kb);
const buildMs = performance.now() - t0;

// queries: a third exact forms, a third spelling variants (kh/h, -ov/-ev, case), a third unknown names
const queries = [];
for (let i = 0; i < 30_000; i++) {
  const a = actors[rand(actors.length)];
  const form = rand(2) ? a.name : a.aliases[rand(3)].name;
  const k = i % 3;
  queries.push(k === 0 ? form : k === 1 ? form.replace(/kh/g, 'h').replace(/ov\b/g, 'ev').toUpperCase() : `${word()} ${word()}`);
}
for (const q of queries.slice(0, 3000)) resolveName(kb, q); // warm-up
const times = [];
let resolved = 0;
for (const q of queries) {
  const s = process.hrtime.bigint();
  const r = resolveName(kb, q);
  times.push(Number(process.hrtime.bigint() - s) / 1000);
  if (r.id) resolved++;
}
times.sort((a, b) => a - b);
const pct = (p) => Math.round(times[Math.floor(times.length * p)] * 100) / 100;
console.log(JSON.stringify({ bench: 'kb-resolve', aliases, actors: actors.length, buildMs: Math.round(buildMs), queries: queries.length, resolved, medianUs: pct(0.5), p90Us: pct(0.9), p99Us: pct(0.99) }));
