// Incremental cross-document re-analysis benchmark (never a timed test). Builds (once, cached under the
// temp folder) a store of 10,000 documents — PolNeAR texts plus the sample corpus, each copy made unique by a
// varying line — then adds 100 new documents and times the cross-document step alone, several runs.
// Prints one JSON line. Usage: node scripts/bench-incremental.mjs [--docs 10000] [--add 100] [--runs 3] [--rewarm]
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestPaths } from '../dist/app/ingest.js';
import { openRuntime } from '../dist/app/runtime.js';
import { ConfigSchema } from '../dist/app/config.js';
import { refreshCorpusAnalysis } from '../dist/app/corpus-analysis.js';

const { values: args } = parseArgs({ options: { docs: { type: 'string', default: '10000' }, add: { type: 'string', default: '100' }, runs: { type: 'string', default: '3' }, rewarm: { type: 'boolean', default: false } } });
const DOCS = Number(args.docs);
const ADD = Number(args.add);
const RUNS = Number(args.runs);
const root = join(tmpdir(), `dossier-bench-incremental-${DOCS}`);
const POLNEAR = resolve(process.cwd(), '../shared/datasets/polnear');

function sources() {
  const out = [];
  const examples = resolve(new URL('../examples', import.meta.url).pathname);
  for (const f of readdirSync(examples).filter((f) => /\.(txt|md)$/.test(f))) out.push([f, readFileSync(join(examples, f), 'utf8')]);
  for (const split of ['train', 'dev']) {
    const dir = join(POLNEAR, split, 'text');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) out.push([f, readFileSync(join(dir, f), 'utf8')]);
  }
  return out;
}

/** Writes documents `from`..`to` (exclusive) of the endless copy sequence into `dir`. */
function writeCopies(dir, from, to) {
  const src = sources();
  mkdirSync(dir, { recursive: true });
  for (let i = from; i < to; i++) {
    const [name, text] = src[i % src.length];
    const ext = name.endsWith('.md') ? 'md' : 'txt';
    writeFileSync(join(dir, `${String(i).padStart(6, '0')}-${name.replace(/\.\w+$/, '')}.${ext}`), `${text}\n\nBenchmark copy ${i}.\n`);
  }
}

const runtime = (db) => openRuntime(ConfigSchema.parse({ db }));

// 1. the base store, built once and kept: ingest, then one full cross-document pass
const base = join(root, 'base.db');
if (!existsSync(base)) {
  rmSync(root, { recursive: true, force: true });
  writeCopies(join(root, 'base'), 0, DOCS);
  const rt = runtime(join(root, 'building.db'));
  const t0 = performance.now();
  await ingestPaths(rt, { paths: [join(root, 'base')], options: { maxBytes: 20 * 1024 * 1024 } });
  process.stderr.write(`built ${DOCS}-document store in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  await rt.close();
  copyFileSync(join(root, 'building.db'), base);
}
// 2. the base store brought into the cross-document index once (a full pass; timed, reported, not the target)
const warm = join(root, 'warm.db');
let fullSeconds = null;
if (!existsSync(warm) || args.rewarm) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(root, 'warming.db') + suffix, { force: true });
  copyFileSync(base, join(root, 'warming.db'));
  const rt = runtime(join(root, 'warming.db'));
  const t0 = performance.now();
  await refreshCorpusAnalysis(rt.store, rt.kb);
  fullSeconds = (performance.now() - t0) / 1000;
  process.stderr.write(`full cross-document pass over ${DOCS} documents: ${fullSeconds.toFixed(1)} s\n`);
  await rt.close();
  copyFileSync(join(root, 'warming.db'), warm);
}
const added = join(root, `add-${ADD}`);
if (!existsSync(added)) writeCopies(added, DOCS, DOCS + ADD);

// 3. per run: a fresh copy of the indexed store, the new documents ingested, the cross-document step timed alone
const timings = [];
const wholes = [];
let counts = null;
let phases = null;
for (let r = 0; r < RUNS; r++) {
  const db = join(root, `run.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  copyFileSync(warm, db);
  const rt = runtime(db);
  performance.clearMeasures();
  performance.clearMarks();
  let crossStart = NaN;
  await ingestPaths(rt, { paths: [added], options: { maxBytes: 20 * 1024 * 1024 }, onCrossDocument: () => (crossStart = performance.now()) });
  // the whole step after the batch: spelling-variant merges, analysts' entity judgements, then the links
  wholes.push((performance.now() - crossStart) / 1000);
  const m = performance.getEntriesByName('dossier:corpus-analysis').at(-1);
  timings.push(m ? m.duration / 1000 : NaN);
  // where the time went: read and prepare the new documents, write the index, read candidates, link, write links
  const at = (name) => performance.getEntriesByName(`dossier:corpus-analysis:${name}`).at(-1)?.startTime ?? NaN;
  const marks = ['start', 'read', 'indexed', 'loaded', 'linked'].map(at);
  phases = { read: marks[1] - marks[0], index: marks[2] - marks[1], candidates: marks[3] - marks[2], link: marks[4] - marks[3], rest: m ? m.startTime + m.duration - marks[4] : NaN };
  phases = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Number((v / 1000).toFixed(3))]));
  counts = { links: (await rt.store.links()).length, documents: (await rt.store.listDocuments()).length };
  // a refresh with nothing new must cost next to nothing
  const t1 = performance.now();
  await refreshCorpusAnalysis(rt.store, rt.kb);
  timings.idle = ((performance.now() - t1) / 1000);
  await rt.close();
}
const sorted = [...timings].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
process.stdout.write(
  `${JSON.stringify({
    bench: 'incremental cross-document re-analysis',
    storeDocuments: DOCS,
    added: ADD,
    runs: RUNS,
    secondsPerRun: timings.map((t) => Number(t.toFixed(3))),
    medianSeconds: Number(median.toFixed(3)),
    wholeStepSecondsPerRun: wholes.map((t) => Number(t.toFixed(3))),
    medianWholeStepSeconds: Number([...wholes].sort((a, b) => a - b)[Math.floor(wholes.length / 2)].toFixed(3)),
    lastRunPhasesSeconds: phases,
    idleRefreshSeconds: Number(timings.idle.toFixed(3)),
    fullPassSeconds: fullSeconds === null ? 'cached' : Number(fullSeconds.toFixed(1)),
    targetSeconds: 5,
    ...counts,
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  })}\n`,
);
