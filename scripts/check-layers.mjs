// Enforces the layer rule: core ← kb/nlp/ingest/analysis/store ← app ← cli/api; stages never import each other.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname, 'src');
const ALLOWED = {
  core: ['core'],
  kb: ['core', 'kb'],
  nlp: ['core', 'nlp'],
  ingest: ['core', 'ingest'],
  analysis: ['core', 'analysis'],
  interop: ['core', 'interop'],
  store: ['core', 'store'],
  app: ['core', 'kb', 'nlp', 'ingest', 'analysis', 'store', 'interop', 'app'],
  // the CLI is the process entry point: `dossier serve` starts the API server
  cli: ['core', 'app', 'api', 'cli'],
  api: ['core', 'app', 'api'],
  'test-support': ['core', 'kb', 'nlp', 'ingest', 'analysis', 'store', 'test-support'],
};

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

const layerOf = (file) => relative(ROOT, file).split(sep)[0];
const stageOf = (file) => {
  const parts = relative(ROOT, file).split(sep);
  return parts[0] === 'nlp' && parts[1] === 'stages' && parts.length > 3 ? parts[2] : null;
};

/** Checks one file's relative imports; returns problems as strings. */
export function checkFile(file, source) {
  const problems = [];
  const from = layerOf(file);
  const isTest = /\.(test|contract)\.ts$/.test(file);
  const re = /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
  for (const m of source.matchAll(re)) {
    const spec = m[1] ?? m[2];
    const target = resolve(dirname(file), spec);
    if (!target.startsWith(ROOT)) continue;
    const to = layerOf(target);
    const allowed = ALLOWED[from] ?? [];
    const ok = allowed.includes(to) || (isTest && to === 'test-support');
    if (!ok) problems.push(`${relative(ROOT, file)}: layer '${from}' must not import '${to}' (${spec})`);
    const s1 = stageOf(file);
    const s2 = stageOf(target);
    // tests may run upstream stages to build their inputs; shipped stage code may not
    if (s1 && s2 && s1 !== s2 && !isTest) problems.push(`${relative(ROOT, file)}: stage ${s1} must not import stage ${s2} (${spec})`);
    if (from === 'nlp' && s2 && !s1 && !/^nlp[\\/](index|pipeline)\.ts$/.test(relative(ROOT, file)) && !isTest) {
      problems.push(`${relative(ROOT, file)}: only nlp/index.ts may import stages (${spec})`);
    }
  }
  if (!ALLOWED[from]) problems.push(`${relative(ROOT, file)}: unknown layer '${from}'`);
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const problems = [];
  let n = 0;
  for (const f of walk(ROOT)) {
    n++;
    problems.push(...checkFile(f, readFileSync(f, 'utf8')));
  }
  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error(`layer check: ${problems.length} problem(s) in ${n} files`);
    process.exit(1);
  }
  console.log(`layer check: ${n} files, imports respect core ← kb/nlp/ingest/analysis/store ← app ← cli/api`);
}
