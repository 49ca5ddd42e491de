/**
 * `/graph`: actors and relations in Cytoscape. Size by mentions, colour by type, alleged edges dashed; filter by type,
 * dates and credibility; expand a neighbourhood; large fan-outs collapse into one node. Labels are canvas text, never HTML.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { api, type GraphData } from '../api.js';
import { add, actorPath, clear, h, link, typeBadge } from '../dom.js';
import { navigate, type ViewContext } from '../main.js';

export const TYPE_COLOURS: Record<string, string> = { PERSON: '#2f6fb0', ORG: '#2f9e44', GROUP: '#c92a2a', GPE: '#7048e8', LOC: '#8d6e63', NORP: '#868e96', OTHER: '#c0a000' };
const TYPES = Object.keys(TYPE_COLOURS);
/** a node with more one-edge neighbours than this shows them as one "+N" node until clicked */
const FAN_LIMIT = 8;

type Node = GraphData['nodes'][number];
type Edge = GraphData['edges'][number];

/** Large graphs label only their most-mentioned actors: thousands of canvas labels make every frame slow. */
let labelFloor = 0;
const nodeEl = (n: Node): ElementDefinition => ({ group: 'nodes', data: { id: n.id, label: n.mentions >= labelFloor ? n.name : '', name: n.name, type: n.type, mentions: n.mentions, size: 14 + Math.sqrt(n.mentions) * 6 } });
const edgeEl = (e: Edge): ElementDefinition => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.type === 'said-about' ? '' : e.type, basis: e.basis, width: 1 + Math.min(6, Math.log2(1 + e.count)), cred: e.credibility ?? 6 } });

/** Splits the graph into what is shown and the fan-outs held back behind "+N" nodes. */
export function collapseFans(g: GraphData, limit = FAN_LIMIT): { shown: ElementDefinition[]; held: Map<string, { nodes: Node[]; edges: Edge[] }> } {
  const degree = new Map<string, number>();
  for (const e of g.edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
  const leavesOf = new Map<string, { node: string; edge: Edge }[]>();
  for (const e of g.edges) {
    if (e.source === e.target) continue;
    for (const [hub, leaf] of [[e.source, e.target], [e.target, e.source]] as const) {
      if (degree.get(leaf) === 1 && (degree.get(hub) ?? 0) > 1) (leavesOf.get(hub) ?? leavesOf.set(hub, []).get(hub)!).push({ node: leaf, edge: e });
    }
  }
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const held = new Map<string, { nodes: Node[]; edges: Edge[] }>();
  for (const [hub, leaves] of leavesOf) {
    if (leaves.length <= limit) continue;
    const group = { nodes: leaves.flatMap((l) => (byId.get(l.node) ? [byId.get(l.node)!] : [])), edges: leaves.map((l) => l.edge) };
    group.nodes.forEach((n) => hiddenNodes.add(n.id));
    group.edges.forEach((e) => hiddenEdges.add(e.id));
    held.set(hub, group);
  }
  const shown: ElementDefinition[] = [...g.nodes.filter((n) => !hiddenNodes.has(n.id)).map(nodeEl), ...g.edges.filter((e) => !hiddenEdges.has(e.id)).map(edgeEl)];
  for (const [hub, group] of held) {
    shown.push({ group: 'nodes', data: { id: `fan:${hub}`, label: `+${group.nodes.length} more`, type: 'FAN', mentions: 0, size: 22 } });
    shown.push({ group: 'edges', data: { id: `fan-edge:${hub}`, source: hub, target: `fan:${hub}`, label: '', basis: 'reported', width: 1, cred: 6 } });
  }
  return { shown, held };
}

const BASE_STYLE: cytoscape.StylesheetJson = [
  { selector: 'node', style: { 'background-color': '#999', width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 11, color: '#222', 'text-valign': 'bottom', 'text-margin-y': 3, 'min-zoomed-font-size': 7, 'text-wrap': 'ellipsis', 'text-max-width': '140px' } },
  ...TYPES.map((t) => ({ selector: `node[type = "${t}"]`, style: { 'background-color': TYPE_COLOURS[t]! } })),
  { selector: 'node[type = "FAN"]', style: { 'background-color': '#fff', 'border-width': 2, 'border-style': 'dashed', 'border-color': '#555', shape: 'round-rectangle' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f59f00' } },
  { selector: 'edge', style: { width: 'data(width)', 'line-color': '#8a94a6', 'curve-style': 'haystack', opacity: 0.75 } },
  { selector: 'edge[label != ""]', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#8a94a6', label: 'data(label)', 'font-size': 9, 'text-rotation': 'autorotate', color: '#555', 'min-zoomed-font-size': 9 } },
  { selector: 'edge[basis = "alleged"]', style: { 'line-style': 'dashed', 'line-color': '#e8590c', 'target-arrow-color': '#e8590c' } },
  { selector: 'edge[cred >= 5]', style: { opacity: 0.45 } },
];

/** Above a few hundred actors: straight unlabelled edges, which cost a fraction of curved labelled ones to draw. */
const LARGE_STYLE: cytoscape.StylesheetJson = [
  { selector: 'edge', style: { 'curve-style': 'haystack', label: '', 'target-arrow-shape': 'none', width: 1, opacity: 0.35 } },
  { selector: 'edge[basis = "alleged"]', style: { 'line-style': 'solid' } },
];
const LARGE = 300;

function layoutFor(n: number): cytoscape.LayoutOptions {
  // cose is O(n²) per step: fine for a few hundred nodes; above that, rings by mention count stay instant
  return n <= 250 ? { name: 'cose', animate: false, numIter: 600, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, randomize: false } : { name: 'concentric', animate: false, concentric: (node) => Number(node.data('mentions')) || 0, levelWidth: () => 4, minNodeSpacing: 6 };
}

function filterForm(query: URLSearchParams): HTMLFormElement {
  const on = new Set((query.get('types') ?? '').split(',').filter(Boolean));
  const form = h(
    'form',
    { class: 'filters' },
    TYPES.map((t) => h('label', null, h('input', { type: 'checkbox', name: 'types', value: t, checked: on.has(t) }), ' ', typeBadge(t))),
    h('label', null, ' from ', h('input', { name: 'from', placeholder: 'YYYY-MM', value: query.get('from') ?? '' })),
    h('label', null, ' to ', h('input', { name: 'to', placeholder: 'YYYY-MM', value: query.get('to') ?? '' })),
    h('label', null, ' credibility ≤ ', h('select', { name: 'minCredibility', 'aria-label': 'minimum credibility' }, ['', '1', '2', '3', '4', '5'].map((v) => h('option', { value: v, selected: v === (query.get('minCredibility') ?? '') }, v || 'any')))),
    ' ',
    h('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    const types = new FormData(form).getAll('types').map(String);
    if (types.length) next.set('types', types.join(','));
    for (const k of ['from', 'to', 'minCredibility']) {
      const v = String(new FormData(form).get(k) ?? '');
      if (v) next.set(k, v);
    }
    if (query.get('focus')) next.set('focus', query.get('focus')!);
    navigate(`/graph${next.size ? `?${next}` : ''}`);
  });
  return form;
}

export default async function graph({ root, query }: ViewContext): Promise<void> {
  const focus = query.get('focus');
  const params = { types: query.get('types'), from: query.get('from'), to: query.get('to'), minCredibility: query.get('minCredibility') };
  const data = await api<GraphData>(focus ? `/api/entities/${encodeURIComponent(focus)}/neighbourhood` : '/api/graph', focus ? { ...params, depth: 2 } : params);
  const panel = h('aside', { class: 'graph-panel' }, h('p', { class: 'muted' }, 'Click an actor for details; double-click opens its page. Dashed orange edges are alleged, solid ones reported.'));
  const box = h('div', { class: 'graph-box', id: 'cy' });
  add(root, 
    h('h1', null, focus ? 'Graph around one actor' : 'Actor graph', ' ', h('span', { class: 'muted' }, `${data.nodes.length} actors, ${data.edges.length} links${data.truncated ? ' (most-mentioned only)' : ''}`)),
    filterForm(query),
    focus ? h('p', null, link('/graph', '← whole graph')) : null,
    h('div', { class: 'graph-wrap' }, box, panel),
  );
  const ranked = data.nodes.map((n) => n.mentions).sort((a, b) => b - a);
  labelFloor = data.nodes.length > LARGE ? (ranked[120] ?? 0) + 1 : 0;
  const { shown, held } = collapseFans(data);
  // the container must be in the page before Cytoscape measures it; the router attaches `root` after we return
  requestAnimationFrame(() => mount(box, panel, shown, held, data));
}

function mount(box: HTMLElement, panel: HTMLElement, shown: ElementDefinition[], held: ReturnType<typeof collapseFans>['held'], data: GraphData): void {
  const cy: Core = cytoscape({ container: box, elements: shown, style: data.nodes.length > LARGE ? [...BASE_STYLE, ...LARGE_STYLE] : BASE_STYLE, layout: layoutFor(data.nodes.length), wheelSensitivity: 0.3, textureOnViewport: data.nodes.length > 500, hideEdgesOnViewport: data.nodes.length > 500, pixelRatio: data.nodes.length > 1000 ? 1 : 'auto' });
  (window as unknown as { __cy?: Core }).__cy = cy;
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  cy.on('tap', 'node', (ev) => {
    const id = ev.target.id() as string;
    if (id.startsWith('fan:')) return expandFan(cy, id.slice(4), held);
    const n = byId.get(id);
    if (n) showPanel(panel, cy, n, byId);
  });
  cy.on('dbltap', 'node', (ev) => {
    const id = ev.target.id() as string;
    if (!id.startsWith('fan:')) navigate(actorPath(id));
  });
  box.dataset['ready'] = '1';
}

function expandFan(cy: Core, hub: string, held: ReturnType<typeof collapseFans>['held']): void {
  const group = held.get(hub);
  if (!group) return;
  cy.remove(cy.getElementById(`fan:${hub}`));
  const centre = cy.getElementById(hub).position();
  const els = [...group.nodes.map(nodeEl), ...group.edges.map(edgeEl)];
  const added = cy.add(els);
  added.nodes().forEach((n, i) => {
    const a = (2 * Math.PI * i) / group.nodes.length;
    n.position({ x: centre.x + Math.cos(a) * 120, y: centre.y + Math.sin(a) * 120 });
  });
  held.delete(hub);
}

function showPanel(panel: HTMLElement, cy: Core, n: Node, byId: Map<string, Node>): void {
  clear(panel);
  const expand = h('button', { type: 'button' }, 'Expand neighbourhood');
  expand.addEventListener('click', async () => {
    expand.disabled = true;
    const more = await api<GraphData>(`/api/entities/${encodeURIComponent(n.id)}/neighbourhood`);
    const fresh = [...more.nodes.filter((x) => cy.getElementById(x.id).empty()).map((x) => (byId.set(x.id, x), nodeEl(x))), ...more.edges.filter((e) => cy.getElementById(e.id).empty()).map(edgeEl)];
    const centre = cy.getElementById(n.id).position();
    const added = cy.add(fresh);
    added.nodes().forEach((x, i) => {
      x.position({ x: centre.x + Math.cos(i) * (80 + i * 4), y: centre.y + Math.sin(i) * (80 + i * 4) });
    });
    expand.textContent = `Added ${added.nodes().length} actors`;
  });
  panel.append(h('h2', null, n.name), h('p', null, typeBadge(n.type), ` ${n.mentions} mentions in ${n.docs} documents`), h('p', null, link(actorPath(n.id), 'Open actor page →')), expand);
}
