// `npm run bench:graph`: the /graph view in headless Chromium (software rendering, no GPU), two parts.
// 1. Smoothness at scale: a synthetic actor graph (2,000 actors, ~8,800 links, hubs and a long tail; deterministic)
//    served in place of /api/graph to the built UI on a real server. Pans by dragging the background and zooms with
//    the mouse wheel through real input events; frame time = delta between requestAnimationFrame callbacks while the
//    input runs (median, p95). Also the view's time to interactive with that graph.
// 2. Time to interactive on the seeds database (real API, real store): navigation → canvas ready and painted, N runs.
// Usage: node scripts/bench-graph.mjs [--nodes 2000] [--runs 8] [--db FILE (instead of ingesting the seeds)] [--skip-seeds]
//   [--web DIR (another build of the UI, e.g. unminified for profiling)] [--profile: print the hottest functions (self time, CPU profiler) of the 2,000-actor navigation and redraws]
// page.evaluate callbacks run in the browser
/* global window, document, requestAnimationFrame */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { resolveConfig } from '../dist/app/config.js';
import { DEFAULT_MAX_BYTES, ingestPaths } from '../dist/app/ingest.js';
import { openRuntime } from '../dist/app/runtime.js';
import { Workbench } from '../dist/app/workbench.js';
import { layoutGraph } from '../dist/app/workbench-layout.js';
import { startServer } from '../dist/api/server.js';

const { values: opt } = parseArgs({ options: { nodes: { type: 'string', default: '2000' }, runs: { type: 'string', default: '8' }, db: { type: 'string' }, 'skip-seeds': { type: 'boolean', default: false }, profile: { type: 'boolean', default: false }, web: { type: 'string', default: 'dist/web' } } });
const CHROMIUM = '/usr/bin/chromium';
const TOKEN = 'bench-token-0123456789abcdef';
const WEB = resolve(opt.web);
if (!existsSync(join(WEB, 'index.html'))) throw new Error('dist/web is missing: run npm run build:web first');

/** Deterministic PRNG (mulberry32), so every run draws the same graph. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = ['ka', 'ro', 'vin', 'dar', 'sha', 'mel', 'tor', 'zu', 'ba', 'nik', 'ul', 'fen', 'gra', 'hol', 'ist', 'jo'];
const TYPES = [['PERSON', 0.42], ['ORG', 0.2], ['GROUP', 0.1], ['GPE', 0.14], ['LOC', 0.09], ['NORP', 0.03], ['OTHER', 0.02]];
const RELS = ['member-of', 'leader-of', 'located-in', 'allied-with', 'attacked', 'met-with'];

/** Preferential attachment (each new actor links to 4 earlier ones, hubs more likely) plus random cross links. */
function syntheticGraph(n, seed = 7) {
  const r = rng(seed);
  const word = () => {
    const w = Array.from({ length: 2 + Math.floor(r() * 2) }, () => SYL[Math.floor(r() * SYL.length)]).join('');
    return w[0].toUpperCase() + w.slice(1);
  };
  const nodes = [];
  for (let i = 0; i < n; i++) {
    let x = r();
    const type = TYPES.find(([, p]) => (x -= p) < 0)?.[0] ?? 'OTHER';
    nodes.push({ id: `new:${type.toLowerCase()}:${i}`, name: `${word()} ${word()}${type === 'ORG' ? ' Ministry' : type === 'GROUP' ? ' Brigade' : ''}`, type, mentions: Math.max(1, Math.round(4000 / (i + 1) ** 0.85)), docs: Math.max(1, Math.round(900 / (i + 1) ** 0.8)) });
  }
  const ends = [];
  const edges = new Map();
  const link = (a, b) => {
    if (a === b) return;
    const said = r() < 0.7;
    const type = said ? 'said-about' : RELS[Math.floor(r() * RELS.length)];
    const basis = r() < 0.3 ? 'alleged' : 'reported';
    const id = `${nodes[a].id}|${nodes[b].id}|${type}|${basis}`;
    if (edges.has(id)) return;
    const cred = r() < 0.3 ? null : 1 + Math.floor(r() * 6);
    edges.set(id, { id, source: nodes[a].id, target: nodes[b].id, type, basis, count: 1 + Math.floor(r() ** 3 * 40), credibility: cred, facts: [`doc-${(a * 7919 + b).toString(16).padStart(12, '0')}/c${b}`], docs: [`doc-${(a * 7919 + b).toString(16).padStart(12, '0')}`] });
    ends.push(a, b);
  };
  for (let i = 1; i < n; i++) for (let k = 0; k < Math.min(i, 4); k++) link(i, ends.length ? ends[Math.floor(r() * ends.length)] : 0);
  for (let k = 0; k < n / 2; k++) link(Math.floor(r() * n), Math.floor(r() * n));
  // positions from the server's own layout code, as /api/graph sends them
  const t0 = performance.now();
  const at = layoutGraph(nodes, [...edges.values()]);
  layoutMs = Math.round(performance.now() - t0);
  return { nodes: nodes.map((x) => ({ ...x, ...at.get(x.id) })), edges: [...edges.values()], truncated: false };
}

let layoutMs = 0;
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: Number(q(0.5).toFixed(1)), p95: Number(q(0.95).toFixed(1)), max: Number(s[s.length - 1].toFixed(1)) };
};

/** Navigates to `path` and resolves when the graph canvas is ready and one frame has been painted after it. */
async function openGraph(page, url) {
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('#cy[data-ready]', { timeout: 60_000 });
  await page.evaluate(() => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res))));
  const ms = Date.now() - t0;
  const marks = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource').map((e) => ({ name: new URL(e.name).pathname, end: Math.round(e.responseEnd), start: Math.round(e.startTime) }));
    const m = Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name, Math.round(e.startTime)]));
    const ms = Object.fromEntries(performance.getEntriesByType('measure').map((e) => [e.name, Math.round(e.duration)]));
    return { dcl: Math.round(nav.domContentLoadedEventEnd), graphChunk: res.find((r) => /\/assets\/graph-/.test(r.name))?.end, cytoscapeChunk: res.find((r) => /\/assets\/cytoscape/.test(r.name))?.end, api: res.find((r) => r.name.startsWith('/api/'))?.end, marks: m, measures: ms };
  });
  return { ms, ...marks };
}

/** Records requestAnimationFrame deltas while `action` runs. */
async function frames(page, action) {
  await page.evaluate(() => {
    const w = window;
    // a generation number, so a loop left from the previous recording cannot add frames to this one
    const gen = (w.__gen = (w.__gen ?? 0) + 1);
    w.__frames = [];
    w.__rec = true;
    let last = performance.now();
    const tick = (t) => {
      if (!w.__rec || w.__gen !== gen) return;
      w.__frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  });
  const t0 = Date.now();
  await action();
  const wall = Date.now() - t0;
  const xs = await page.evaluate(() => {
    window.__rec = false;
    return window.__frames;
  });
  return { ...stats(xs), wall, fps: Number(((xs.length / wall) * 1000).toFixed(1)) };
}

/** Runs `action` under the V8 CPU profiler and prints the functions with the most self time. */
async function profiled(page, label, action) {
  if (!opt.profile) return action();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const out = await action();
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  for (const n of profile.nodes) {
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`profile of ${label} (self ms):\n${top.map(([k, v]) => `  ${v.toFixed(0).padStart(6)}  ${k}`).join('\n')}`);
  return out;
}

/** A point over the canvas background (no node within 12 px), so dragging pans instead of moving a node. */
async function backgroundPoint(page) {
  return page.evaluate(() => {
    const cy = window.__cy;
    const box = document.getElementById('cy').getBoundingClientRect();
    const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }));
    for (let y = box.height * 0.3; y < box.height * 0.7; y += 7) {
      for (let x = box.width * 0.3; x < box.width * 0.7; x += 7) {
        if (!boxes.some((b) => x > b.x1 - 12 && x < b.x2 + 12 && y > b.y1 - 12 && y < b.y2 + 12)) return { x: box.left + x, y: box.top + y };
      }
    }
    return { x: box.left + 4, y: box.top + 4 };
  });
}

async function smoothness(browser, url, graph) {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  const body = JSON.stringify(graph);
  await page.route('**/api/graph*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}?token=${TOKEN}`);
  await page.waitForSelector('body[data-ready="overview"]');
  const ttis = [];
  for (let i = 0; i < 3; i++) ttis.push(await profiled(page, `navigation ${i + 1}`, () => openGraph(page, new URL('/graph', url).href)));
  const drawn = await page.evaluate(() => ({ nodes: window.__cy.nodes().length, edges: window.__cy.edges().length, zoom: window.__cy.zoom() }));
  const idle = await frames(page, () => page.waitForTimeout(1000));
  const start = await backgroundPoint(page);
  const pan = await frames(page, async () => {
    for (let round = 0; round < 3; round++) {
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x + 300, start.y + 150, { steps: 40 });
      await page.mouse.move(start.x, start.y, { steps: 40 });
      await page.mouse.up();
    }
  });
  const zoom = await frames(page, async () => {
    await page.mouse.move(start.x, start.y);
    for (let i = 0; i < 25; i++) await page.mouse.wheel(0, -100);
    for (let i = 0; i < 25; i++) await page.mouse.wheel(0, 100);
  });
  // a still frame after the motion ends: the full redraw (edges and labels back)
  const settle = await frames(page, () => page.waitForTimeout(600));
  // full redraws, as after a click, a hover or a filter: the viewport moved by script, one step a frame, so none of
  // the during-motion shortcuts (texture, hidden edges) apply
  const redraw = await profiled(page, 'full redraws', () => frames(page, () =>
    page.evaluate(
      () =>
        new Promise((res) => {
          let i = 0;
          const step = () => {
            window.__cy.panBy({ x: i % 2 ? 3 : -3, y: 0 });
            if (++i < 30) requestAnimationFrame(step);
            else requestAnimationFrame(() => res());
          };
          requestAnimationFrame(step);
        }),
    ),
  ));
  await page.context().close();
  return { drawn, tti: ttis.map((t) => t.ms), ttiDetail: ttis.at(-1), idle, pan, zoom, settle, redraw, errors };
}

async function seedsRuns(browser, url, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    // a fresh context per run: cold HTTP cache, as after a restart; the e2e navigates from the overview first
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(`${url}?token=${TOKEN}`);
    await page.waitForSelector('body[data-ready="overview"]');
    const r = await openGraph(page, new URL('/graph', url).href);
    r.size = await page.evaluate(() => window.__cy.nodes().length);
    out.push(r);
    await page.context().close();
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-graph-'));
let rt;
let server;
let browser;
try {
  const seeds = resolve('../shared/corpus/seeds');
  const db = opt.db ? resolve(opt.db) : join(dir, 'seeds.db');
  if (!opt.db) {
    rt = openRuntime(resolveConfig({ db }, {}));
    if (!opt['skip-seeds'] && existsSync(seeds)) await ingestPaths(rt, { paths: [seeds], options: { maxBytes: DEFAULT_MAX_BYTES } });
    await rt.close();
  }
  rt = openRuntime(resolveConfig({ db }, {}), { readonly: true });
  const wb = new Workbench(rt.store);
  await wb.corpus();
  server = await startServer({ wb, token: TOKEN, host: '127.0.0.1', port: 0, allowWrite: false, webRoot: WEB });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  console.log(`machine: ${cpus().length}× ${cpus()[0]?.model ?? '?'}, Chromium ${browser.version()} headless, software rendering; ${new Date().toISOString()}`);

  const graph = syntheticGraph(Number(opt.nodes));
  const s = await smoothness(browser, server.url, graph);
  console.log(`synthetic graph: ${graph.nodes.length} actors, ${graph.edges.length} links (${(JSON.stringify(graph).length / 1024).toFixed(0)} KB JSON, server layout ${layoutMs} ms); drawn ${s.drawn.nodes} nodes, ${s.drawn.edges} Cytoscape edges, zoom ${s.drawn.zoom.toFixed(3)}`);
  console.log(`  time to interactive (3 navigations): ${s.tti.join(', ')} ms; last: ${JSON.stringify(s.ttiDetail)}`);
  for (const k of ['idle', 'pan', 'zoom', 'settle', 'redraw']) console.log(`  ${k.padEnd(6)} frames: median ${s[k].median} ms, p95 ${s[k].p95} ms, max ${s[k].max} ms (${s[k].n} frames in ${s[k].wall} ms, ${s[k].fps} fps)`);
  if (s.errors.length) console.log(`  page errors: ${s.errors.join('; ')}`);

  if (!opt['skip-seeds']) {
    const runs = await seedsRuns(browser, server.url, Number(opt.runs));
    const ms = runs.map((r) => r.ms);
    console.log(`seeds database (${runs[0].size} actors drawn): /graph time to interactive over ${ms.length} runs: ${ms.join(', ')} ms; median ${stats(ms).median}, max ${stats(ms).max}`);
    for (const r of runs) console.log(`  ${JSON.stringify(r)}`);
  }
} finally {
  await browser?.close();
  await server?.close();
  await rt?.close();
  rmSync(dir, { recursive: true, force: true });
}
