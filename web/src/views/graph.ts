/**
 * `/graph`: actors and relations in Cytoscape. Size by mentions, colour by type, alleged edges dashed; filter by type,
 * dates and credibility; expand a neighbourhood; large fan-outs collapse into one node. Labels are canvas text, never HTML.
 */
import type cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import { api, type GraphData } from '../api.js';
import { add, actorPath, clear, h, link, typeBadge } from '../dom.js';
import { EdgeLayer, type LayerEdge } from './graph-edges.js';
import { navigate, type ViewContext } from '../main.js';

export const TYPE_COLOURS: Record<string, string> = { PERSON: '#2f6fb0', ORG: '#2f9e44', GROUP: '#c92a2a', GPE: '#7048e8', LOC: '#8d6e63', NORP: '#868e96', OTHER: '#c0a000' };
const TYPES = Object.keys(TYPE_COLOURS);
/** a node with more one-edge neighbours than this shows them as one "+N" node until clicked */
const FAN_LIMIT = 8;

type Node = GraphData['nodes'][number];
type Edge = GraphData['edges'][number];

/** Above this many actors, links go to the edge layer and labels thin out: see graph-edges.ts. */
const LARGE = 300;
/** Large graphs label only their most-mentioned actors: thousands of canvas labels make every frame slow. */
let labelFloor = 0;
/** node size grows with the log of mentions, so hubs with thousands of mentions do not cover their neighbours */
const sizeOf = (mentions: number) => Math.round(14 + Math.min(56, Math.log2(1 + mentions) * 5));
const nodeEl = (n: Node): ElementDefinition => ({ group: 'nodes', position: { x: n.x, y: n.y }, data: { id: n.id, label: n.mentions >= labelFloor ? n.name : '', name: n.name, type: n.type, colour: TYPE_COLOURS[n.type] ?? '#999', mentions: n.mentions, size: sizeOf(n.mentions) } });
const edgeEl = (e: Edge): ElementDefinition => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.type === 'said-about' ? '' : e.type, basis: e.basis, width: 1 + Math.min(6, Math.log2(1 + e.count)), cred: e.credibility ?? 6 } });
const layerEdge = (e: Edge): LayerEdge => ({ source: e.source, target: e.target, basis: e.basis, cred: e.credibility ?? 6 });

interface Held {
  nodes: Node[];
  edges: Edge[];
}

/** Splits the graph into what is shown and the fan-outs held back behind "+N" nodes. */
export function collapseFans(g: GraphData, limit = FAN_LIMIT): { nodes: Node[]; edges: Edge[]; fans: ElementDefinition[]; fanEdges: Edge[]; held: Map<string, Held> } {
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
  const held = new Map<string, Held>();
  const fans: ElementDefinition[] = [];
  const fanEdges: Edge[] = [];
  for (const [hub, leaves] of leavesOf) {
    const centre = byId.get(hub);
    if (leaves.length <= limit || !centre) continue;
    const group = { nodes: leaves.flatMap((l) => (byId.get(l.node) ? [byId.get(l.node)!] : [])), edges: leaves.map((l) => l.edge) };
    group.nodes.forEach((n) => hiddenNodes.add(n.id));
    group.edges.forEach((e) => hiddenEdges.add(e.id));
    held.set(hub, group);
    // the "+N" node sits where its leaves were laid out, at least a node's width from the hub
    const mx = group.nodes.reduce((s, n) => s + n.x, 0) / group.nodes.length - centre.x;
    const my = group.nodes.reduce((s, n) => s + n.y, 0) / group.nodes.length - centre.y;
    const d = Math.hypot(mx, my);
    const r = Math.max(d, sizeOf(centre.mentions) / 2 + 40);
    const pos = d > 1 ? { x: centre.x + (mx / d) * r, y: centre.y + (my / d) * r } : { x: centre.x + r, y: centre.y };
    fans.push({ group: 'nodes', position: pos, data: { id: `fan:${hub}`, label: `+${group.nodes.length} more`, type: 'FAN', colour: '#fff', mentions: 0, size: 22 } });
    fanEdges.push({ id: `fan-edge:${hub}`, source: hub, target: `fan:${hub}`, type: 'said-about', basis: 'reported', count: 1, credibility: null, facts: [], docs: [] });
  }
  return { nodes: g.nodes.filter((n) => !hiddenNodes.has(n.id)), edges: g.edges.filter((e) => !hiddenEdges.has(e.id)), fans, fanEdges, held };
}

const NODE_STYLE: cytoscape.StylesheetJson = [
  { selector: 'node', style: { 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 11, color: '#222', 'text-valign': 'bottom', 'text-margin-y': 3, 'min-zoomed-font-size': 7, 'text-wrap': 'ellipsis', 'text-max-width': '140px' } },
  { selector: 'node[type = "FAN"]', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#555', shape: 'round-rectangle' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f59f00' } },
];
/** Small graphs: Cytoscape draws the links, curved and labelled with their relation, arrows showing direction. */
const EDGE_STYLE: cytoscape.StylesheetJson = [
  { selector: 'edge', style: { width: 'data(width)', 'line-color': '#8a94a6', 'curve-style': 'haystack', opacity: 0.75 } },
  { selector: 'edge[label != ""]', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#8a94a6', label: 'data(label)', 'font-size': 9, 'text-rotation': 'autorotate', color: '#555', 'min-zoomed-font-size': 9 } },
  { selector: 'edge[basis = "alleged"]', style: { 'line-style': 'dashed', 'line-color': '#e8590c', 'target-arrow-color': '#e8590c' } },
  { selector: 'edge[cred >= 5]', style: { opacity: 0.45 } },
];

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
  // Cytoscape (most of this view's code) loads while the API answers, not after
  const [data, lib] = await Promise.all([api<GraphData>(focus ? `/api/entities/${encodeURIComponent(focus)}/neighbourhood` : '/api/graph', focus ? { ...params, depth: 2 } : params), import('cytoscape')]);
  performance.mark('graph:data');
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
  const parts = collapseFans(data);
  // the container must be in the page before Cytoscape measures it; the router attaches `root` after we return
  requestAnimationFrame(() => mount(lib.default, box, panel, parts, data.nodes.length > LARGE));
}

function mount(cytoscape: typeof import('cytoscape'), box: HTMLElement, panel: HTMLElement, parts: ReturnType<typeof collapseFans>, large: boolean): void {
  performance.mark('graph:mount');
  const nodes = [...parts.nodes.map(nodeEl), ...parts.fans];
  const cy: Core = cytoscape({
    container: box,
    elements: large ? nodes : [...nodes, ...[...parts.edges, ...parts.fanEdges].map(edgeEl)],
    style: large ? NODE_STYLE : [...NODE_STYLE, ...EDGE_STYLE],
    // positions come from the server's layout: nothing to compute here
    layout: { name: 'preset', fit: true, padding: 20, animate: false },
    wheelSensitivity: 0.3,
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    hideLabelsOnViewport: large,
    motionBlur: false,
    pixelRatio: large ? 1 : 'auto',
  });
  const edges: Edges = large ? new LayerEdges(new EdgeLayer(cy, box)) : new CyEdges(cy);
  if (large) for (const e of [...parts.edges, ...parts.fanEdges]) edges.add(e);
  (window as unknown as { __cy?: Core }).__cy = cy;
  const byId = new Map(parts.nodes.map((n) => [n.id, n]));
  cy.on('tap', 'node', (ev) => {
    const id = ev.target.id() as string;
    if (id.startsWith('fan:')) return expandFan(cy, edges, id.slice(4), parts.held);
    const n = byId.get(id);
    if (n) showPanel(panel, cy, edges, n, byId);
  });
  cy.on('dbltap', 'node', (ev) => {
    const id = ev.target.id() as string;
    if (!id.startsWith('fan:')) navigate(actorPath(id));
  });
  performance.measure('graph:cytoscape', 'graph:mount');
  box.dataset['ready'] = '1';
}

/** Where links live: Cytoscape elements in small graphs, the edge layer in large ones. */
interface Edges {
  add(e: Edge): void;
  remove(id: string): void;
  has(id: string): boolean;
  redraw(): void;
}

class CyEdges implements Edges {
  constructor(private readonly cy: Core) {}
  add(e: Edge): void {
    this.cy.add(edgeEl(e));
  }
  remove(id: string): void {
    this.cy.remove(this.cy.getElementById(id));
  }
  has(id: string): boolean {
    return !this.cy.getElementById(id).empty();
  }
  redraw(): void {}
}

class LayerEdges implements Edges {
  constructor(private readonly layer: EdgeLayer) {}
  add(e: Edge): void {
    this.layer.add(e.id, layerEdge(e));
  }
  remove(id: string): void {
    this.layer.delete(id);
  }
  has(id: string): boolean {
    return this.layer.has(id);
  }
  redraw(): void {
    this.layer.draw();
  }
}

function expandFan(cy: Core, edges: Edges, hub: string, held: Map<string, Held>): void {
  const group = held.get(hub);
  if (!group) return;
  cy.batch(() => {
    cy.remove(cy.getElementById(`fan:${hub}`));
    edges.remove(`fan-edge:${hub}`);
    // the leaves go where the server's layout put them, round their hub
    cy.add(group.nodes.map(nodeEl));
    group.edges.forEach((e) => edges.add(e));
  });
  edges.redraw();
  held.delete(hub);
}

function showPanel(panel: HTMLElement, cy: Core, edges: Edges, n: Node, byId: Map<string, Node>): void {
  clear(panel);
  const expand = h('button', { type: 'button' }, 'Expand neighbourhood');
  expand.addEventListener('click', async () => {
    expand.disabled = true;
    const more = await api<GraphData>(`/api/entities/${encodeURIComponent(n.id)}/neighbourhood`);
    // the neighbourhood comes with its own layout: shift it so its centre lands on the actor clicked
    const here = cy.getElementById(n.id).position();
    const there = more.nodes.find((x) => x.id === n.id) ?? { x: 0, y: 0 };
    const fresh = more.nodes.filter((x) => cy.getElementById(x.id).empty()).map((x) => ({ ...x, x: x.x - there.x + here.x, y: x.y - there.y + here.y }));
    let added = 0;
    cy.batch(() => {
      added = cy.add(fresh.map((x) => (byId.set(x.id, x), nodeEl(x)))).length;
      for (const e of more.edges) if (!edges.has(e.id) && !cy.getElementById(e.source).empty() && !cy.getElementById(e.target).empty()) edges.add(e);
    });
    edges.redraw();
    expand.textContent = `Added ${added} actors`;
  });
  panel.append(h('h2', null, n.name), h('p', null, typeBadge(n.type), ` ${n.mentions} mentions in ${n.docs} documents`), h('p', null, link(actorPath(n.id), 'Open actor page →')), expand);
}
