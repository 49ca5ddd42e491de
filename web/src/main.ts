/** The workbench shell: navigation, search, and a path router so every view has an address to paste into a report. */
import './style.css';
import { ApiError } from './api.js';
import { clear, h, link } from './dom.js';

export interface ViewContext {
  root: HTMLElement;
  params: Record<string, string>;
  query: URLSearchParams;
  /** replaces the query part of the address without a reload (filters) */
  setQuery(q: URLSearchParams): void;
}
type View = (ctx: ViewContext) => Promise<void>;

const ROUTES: [RegExp, string, () => Promise<{ default: View }>][] = [
  [/^\/$/, 'overview', () => import('./views/overview.js')],
  [/^\/actors\/(?<id>[^/]+)$/, 'actor', () => import('./views/actor.js')],
  [/^\/graph$/, 'graph', () => import('./views/graph.js')],
  [/^\/timeline$/, 'timeline', () => import('./views/timeline.js')],
  [/^\/map$/, 'map', () => import('./views/map.js')],
  [/^\/claims$/, 'claims', () => import('./views/claims.js')],
  [/^\/documents$/, 'documents', () => import('./views/documents.js')],
  [/^\/documents\/(?<id>[^/]+)$/, 'document', () => import('./views/document.js')],
  [/^\/sources$/, 'sources', () => import('./views/sources.js')],
  [/^\/search$/, 'search', () => import('./views/search.js')],
];

const NAV: [string, string][] = [
  ['/', 'Overview'],
  ['/graph', 'Graph'],
  ['/timeline', 'Timeline'],
  ['/map', 'Map'],
  ['/claims', 'Claims'],
  ['/documents', 'Documents'],
  ['/sources', 'Sources'],
];

const root = document.getElementById('view')!;
let generation = 0;

async function render(): Promise<void> {
  const gen = ++generation;
  const path = location.pathname;
  document.body.dataset['ready'] = '';
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#nav a')) a.classList.toggle('active', a.getAttribute('href') === path || (a.getAttribute('href') !== '/' && path.startsWith(a.getAttribute('href')!)));
  const hit = ROUTES.map(([re, name, load]) => ({ m: re.exec(path), name, load })).find((r) => r.m);
  clear(root);
  if (!hit) {
    root.append(h('h1', null, 'Not found'), h('p', null, 'No view at this address. ', link('/', 'Back to the overview')));
    document.body.dataset['ready'] = 'notfound';
    return;
  }
  const params = Object.fromEntries(Object.entries(hit.m!.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
  root.append(h('p', { class: 'loading' }, 'Loading…'));
  try {
    const view = (await hit.load()).default;
    if (gen !== generation) return;
    const box = h('div', { class: `view view-${hit.name}` });
    await view({ root: box, params, query: new URLSearchParams(location.search), setQuery: (q) => history.replaceState(null, '', `${path}${q.size ? `?${q}` : ''}${location.hash}`) });
    if (gen !== generation) return;
    clear(root);
    root.append(box);
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView({ block: 'center' });
    document.body.dataset['ready'] = hit.name;
  } catch (e) {
    if (gen !== generation) return;
    clear(root);
    const msg = e instanceof ApiError ? `${e.message} (${e.code})` : e instanceof Error ? e.message : String(e);
    root.append(h('h1', null, 'Could not load this view'), h('p', { class: 'error' }, msg));
    if (e instanceof ApiError && e.status === 401) root.append(h('p', null, 'Open the address `dossier serve` printed (it carries the token).'));
    document.body.dataset['ready'] = 'error';
  }
}

export function navigate(path: string): void {
  history.pushState(null, '', path);
  void render();
  window.scrollTo(0, 0);
}

document.addEventListener('click', (e) => {
  const a = (e.target as Element).closest('a');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || a.target) return;
  const href = a.getAttribute('href');
  if (!href || !href.startsWith('/') || href.startsWith('//') || href.startsWith('/api/')) return;
  e.preventDefault();
  const u = new URL(href, location.origin);
  if (u.pathname === location.pathname && u.search === location.search && u.hash) {
    history.pushState(null, '', href);
    document.getElementById(decodeURIComponent(u.hash.slice(1)))?.scrollIntoView({ block: 'center' });
    return;
  }
  navigate(href);
});
window.addEventListener('popstate', () => void render());

const nav = document.getElementById('nav')!;
for (const [p, label] of NAV) nav.append(link(p, label));
document.getElementById('search')!.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = new FormData(e.target as HTMLFormElement).get('q');
  if (typeof q === 'string' && q.trim()) navigate(`/search?q=${encodeURIComponent(q.trim())}`);
});
void render();
