// End-to-end ingest benchmark (never a timed test): PolNeAR texts when present, else the sample corpus x2000.
// Prints one JSON line; the baseline is wink-nlp sentences + tokens + POS alone over the same texts, same run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ingestPaths } from '../dist/app/ingest.js';
import { openRuntime } from '../dist/app/runtime.js';
import { ConfigSchema } from '../dist/app/config.js';

const POLNEAR = resolve(process.cwd(), '../shared/datasets/polnear');
const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));

function corpus() {
  if (existsSync(POLNEAR)) {
    const dirs = ['train', 'dev'].map((s) => join(POLNEAR, s, 'text'));
    return { name: 'polnear train+dev', paths: dirs, files: dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => join(d, f))) };
  }
  const src = resolve(new URL('../examples', import.meta.url).pathname);
  const samples = readdirSync(src).filter((f) => /\.(txt|md|html?)$/.test(f)).map((f) => [f, readFileSync(join(src, f), 'utf8')]);
  const out = join(work, 'corpus');
  mkdirSync(out);
  const files = [];
  for (let i = 0; i < 2000; i++) {
    const [name, text] = samples[i % samples.length];
    const f = join(out, `${i}-${name}`);
    writeFileSync(f, `${text}\n\nCopy ${i} for the benchmark.\n`);
    files.push(f);
  }
  return { name: 'sample corpus x2000', paths: [out], files };
}

const c = corpus();
const texts = c.files.map((f) => readFileSync(f, 'utf8'));
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

const nlp = winkNLP(model, ['sbd', 'pos']); // sentences, tokens and POS alone, as the pipeline uses them
let tokens = 0;
const b0 = performance.now();
for (const t of texts) {
  const d = nlp.readDoc(t);
  d.sentences().out();
  tokens += d.tokens().out(nlp.its.pos).length;
}
const baselineSeconds = (performance.now() - b0) / 1000;

const rt = openRuntime(ConfigSchema.parse({ db: join(work, 'bench.db') }));
void rt.pipeline;
void rt.nlp;
const load = [loadavg()[0]];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let tFirst = 0;
let tCross = 0;
let cpuCross = null;
const report = await ingestPaths(rt, {
  paths: c.paths,
  options: { maxBytes: 20 * 1024 * 1024 },
  onFile: () => (tFirst ||= performance.now()),
  onCrossDocument: () => {
    tCross = performance.now();
    cpuCross = process.cpuUsage(cpu0);
  },
});
const t1 = performance.now();
const cpu = process.cpuUsage(cpu0);
const seconds = (t1 - t0) / 1000;
load.push(loadavg()[0]);
await rt.close();
rmSync(work, { recursive: true, force: true });

// name resolution on a 100,000-alias knowledge base, in its own process so the two measurements don't share a heap
const kbBench = JSON.parse(execFileSync(process.execPath, [new URL('./bench-kb.mjs', import.meta.url).pathname], { encoding: 'utf8' }).trim().split('\n').pop());

const articles = report.outcomes.filter((o) => o.status === 'new' || o.status === 'version').length;
const round = (x, n = 1) => Math.round(x * 10 ** n) / 10 ** n;
console.log(
  JSON.stringify({
    corpus: c.name,
    articles,
    failed: report.failed,
    mb: round(mb, 2),
    seconds: round(seconds, 2),
    articles_per_s: round(articles / seconds),
    mb_per_s: round(mb / seconds, 2),
    tokens_per_s: Math.round(tokens / seconds),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    baseline_tokens_per_s: Math.round(tokens / baselineSeconds),
    // where the wall time went: until the first document was stored (worker start-up), the documents, the cross-document work
    phases_s: { first_doc: round((tFirst - t0) / 1000, 2), documents: round((tCross - tFirst) / 1000, 2), cross_document: round((t1 - tCross) / 1000, 2) },
    // CPU time of every thread of the run: a load-independent measure (on an idle machine the wall time is at least this / cores)
    cpu_s: round((cpu.user + cpu.system) / 1e6, 2),
    cpu_cross_document_s: cpuCross ? round((cpu.user + cpu.system - cpuCross.user - cpuCross.system) / 1e6, 2) : null,
    // other processes share the cores: the 1-minute load average before and after the timed run
    load_avg: load.map((x) => round(x, 1)),
    kb_aliases: kbBench.aliases,
    kb_resolve_median_us: kbBench.medianUs,
    kb_resolve_p99_us: kbBench.p99Us,
  }),
);
