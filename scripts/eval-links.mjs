// Precision and recall of claim links against the reviewed expectations (eval/links-expected.json), per corpus and
// per kind: each corpus (the sample corpus, the seeds when present) is ingested into a fresh temporary store.
// Usage: npm run eval:links [-- --json]   (prints produced links not yet reviewed, to be added to the file)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { linksOfCorpus, readExpectations, scoreLinks } from '../dist/app/links-eval.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const expectations = readExpectations(join(root, 'eval/links-expected.json'));
const work = mkdtempSync(join(tmpdir(), 'dossier-eval-links-'));
const pct = (x) => `${(100 * x).toFixed(1)}%`;
const results = {};
try {
  for (const [name, corpus] of Object.entries(expectations.corpora)) {
    const path = resolve(root, corpus.path);
    if (!existsSync(path)) {
      process.stdout.write(`${name}: ${corpus.path} not present, skipped\n`);
      continue;
    }
    const s = scoreLinks(await linksOfCorpus(path, work, name), corpus.links);
    results[name] = s;
    process.stdout.write(`\n${name}: precision ${pct(s.precision)} (${s.correct}/${s.produced}), recall ${pct(s.recall)} (${s.found}/${s.expected})\n`);
    for (const [k, v] of Object.entries(s.byKind)) process.stdout.write(`  ${k.padEnd(26)} precision ${pct(v.precision).padStart(6)} (${v.correct}/${v.produced})  recall ${pct(v.recall).padStart(6)} (${v.found}/${v.expected})\n`);
    for (const w of s.wrong) process.stdout.write(`  wrong:      ${w}\n`);
    for (const u of s.unreviewed) process.stdout.write(`  unreviewed: ${u}\n`);
    for (const m of s.missed) process.stdout.write(`  missed:     ${m}\n`);
  }
  const all = Object.values(results);
  const produced = all.reduce((n, s) => n + s.produced, 0);
  const correct = all.reduce((n, s) => n + s.correct, 0);
  const expected = all.reduce((n, s) => n + s.expected, 0);
  process.stdout.write(`\nall: precision ${pct(correct / (produced || 1))} (${correct}/${produced}), recall ${pct(correct / (expected || 1))} (${correct}/${expected})\n`);
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ results, precision: correct / (produced || 1), recall: correct / (expected || 1) })}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
