/** The actor graph: relations and "said about" edges, aggregated per pair, filtered by type, date and credibility. */
import type { CorpusIndex } from './workbench-index.js';
import { layoutGraph } from './workbench-layout.js';

export interface GraphFilter {
  /** entity types to keep (empty: all) */
  types?: string[];
  from?: string;
  to?: string;
  /** keep edges whose credibility digit is this or better; edges with no rating count as 6 */
  minCredibility?: number;
  /** at most this many nodes, the most-mentioned first */
  maxNodes?: number;
}

export interface GraphNode {
  id: string;
  name: string;
  type: string;
  mentions: number;
  docs: number;
  /** position from the server-side layout (model units), so the browser draws without laying out */
  x: number;
  y: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** a relation type, or 'said-about' for a claim by the source about the target */
  type: string;
  basis: 'alleged' | 'reported';
  count: number;
  /** best credibility digit among the underlying facts */
  credibility: number | null;
  /** the first few facts behind the edge: relation or claim ids */
  facts: string[];
  docs: string[];
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

interface Fact {
  id: string;
  doc: string;
  source: string;
  target: string;
  type: string;
  basis: 'alleged' | 'reported';
  credibility: number | null;
  date: string | null;
}

const inRange = (date: string | null, from?: string, to?: string) =>
  (!from && !to) || (date !== null && (!from || date >= from.slice(0, date.length)) && (!to || date.slice(0, to.length) <= to));

const SAID_ALLEGED = new Set(['allege', 'deny', 'estimate', 'predict', 'retract']);

/** Every fact that joins two actors: extracted relations, and claims by a named speaker about another actor. */
function facts(ix: CorpusIndex, only?: Set<string>): Fact[] {
  const out: Fact[] = [];
  const relations = only ? [...new Set([...only].flatMap((id) => ix.relationsByEntity.get(id) ?? []))] : ix.relations;
  for (const r of relations) out.push({ id: r.id, doc: r.doc, source: r.source, target: r.target, type: r.type, basis: r.basis, credibility: r.credibility, date: r.date });
  const claims = only ? [...new Set([...only].flatMap((id) => [...(ix.claimsBySpeaker.get(id) ?? []), ...(ix.claimsAbout.get(id) ?? [])]))] : ix.claims;
  for (const c of claims) {
    const s = c.speaker.entity;
    if (!s) continue;
    for (const a of c.about) {
      if (a === s) continue;
      out.push({ id: c.id, doc: c.doc, source: s, target: a, type: 'said-about', basis: c.hedged || SAID_ALLEGED.has(c.stance) ? 'alleged' : 'reported', credibility: c.credibility, date: c.said_on ?? c.published });
    }
  }
  return out;
}

function aggregate(ix: CorpusIndex, list: Fact[], f: GraphFilter): GraphView {
  const types = f.types?.length ? new Set(f.types) : null;
  const keepNode = (id: string) => {
    const e = ix.entityById.get(id);
    return e !== undefined && (!types || types.has(e.type));
  };
  const edges = new Map<string, GraphEdge>();
  for (const x of list) {
    if (!keepNode(x.source) || !keepNode(x.target) || !inRange(x.date, f.from, f.to)) continue;
    if (f.minCredibility !== undefined && (x.credibility ?? 6) > f.minCredibility) continue;
    const key = `${x.source}|${x.target}|${x.type}|${x.basis}`;
    let e = edges.get(key);
    if (!e) edges.set(key, (e = { id: key, source: x.source, target: x.target, type: x.type, basis: x.basis, count: 0, credibility: null, facts: [], docs: [] }));
    e.count++;
    if (x.credibility !== null && (e.credibility === null || x.credibility < e.credibility)) e.credibility = x.credibility;
    if (e.facts.length < 5 && !e.facts.includes(x.id)) e.facts.push(x.id);
    if (e.docs.length < 5 && !e.docs.includes(x.doc)) e.docs.push(x.doc);
  }
  const ids = new Set([...edges.values()].flatMap((e) => [e.source, e.target]));
  let nodes = [...ids].map((id) => ix.entityById.get(id)!).sort((a, b) => b.mentionCount - a.mentionCount);
  const max = f.maxNodes ?? 2000;
  const truncated = nodes.length > max;
  if (truncated) nodes = nodes.slice(0, max);
  const kept = new Set(nodes.map((n) => n.id));
  const keptEdges = [...edges.values()].filter((e) => kept.has(e.source) && kept.has(e.target));
  const at = layoutGraph(nodes.map((e) => ({ id: e.id, mentions: e.mentionCount })), keptEdges);
  return {
    nodes: nodes.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentionCount, docs: e.docCount, ...at.get(e.id)! })),
    edges: keptEdges,
    truncated,
  };
}

/** Whole-graph views per read model and filter: the read model is replaced on every write, so entries never go stale. */
const views = new WeakMap<CorpusIndex, Map<string, GraphView>>();
const CACHED_FILTERS = 16;

export function graphOf(ix: CorpusIndex, f: GraphFilter): GraphView {
  const key = JSON.stringify([f.types?.slice().sort() ?? [], f.from ?? '', f.to ?? '', f.minCredibility ?? null, f.maxNodes ?? null]);
  let byFilter = views.get(ix);
  if (!byFilter) views.set(ix, (byFilter = new Map()));
  const hit = byFilter.get(key);
  if (hit) return hit;
  const view = aggregate(ix, facts(ix), f);
  if (byFilter.size >= CACHED_FILTERS) byFilter.delete(byFilter.keys().next().value!);
  byFilter.set(key, view);
  return view;
}

/** The actor and everything within `depth` hops of it (1 or 2). */
export function neighbourhoodOf(ix: CorpusIndex, id: string, f: GraphFilter & { depth?: number }): GraphView {
  let frontier = new Set([id]);
  const seen = new Set([id]);
  let list: Fact[] = [];
  for (let hop = 0; hop < Math.min(2, Math.max(1, f.depth ?? 1)); hop++) {
    list = facts(ix, seen);
    const next = new Set<string>();
    for (const x of list) for (const n of [x.source, x.target]) if (!seen.has(n) && frontier.has(x.source === n ? x.target : x.source)) next.add(n);
    next.forEach((n) => seen.add(n));
    frontier = next;
  }
  const view = aggregate(ix, list, f);
  if (!view.nodes.some((n) => n.id === id)) {
    const e = ix.entityById.get(id)!;
    view.nodes.unshift({ id: e.id, name: e.name, type: e.type, mentions: e.mentionCount, docs: e.docCount, x: 0, y: 0 });
  }
  return view;
}
