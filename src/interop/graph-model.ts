/** The actor graph shared by the GEXF and GraphML writers: actors as nodes, relations and claims as dated edges. */
import type { DossierExport } from '../core/export-schema.js';
import { lastDay, stixTime } from './stix-common.js';

export interface GraphNode {
  id: string;
  label: string;
  type: string;
  kbId: string | null;
  mentions: number;
  /** first and last publication date (YYYY-MM-DD) of documents mentioning the actor */
  start: string | undefined;
  end: string | undefined;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: 'relation' | 'claim';
  /** relation type, or the claim's attribution cue */
  type: string;
  stance: string | undefined;
  doc: string;
  dossierId: string;
  start: string | undefined;
  end: string | undefined;
}

/** A date's interval as full days, or nothing when the date is missing or impossible. */
function interval(date: string | null | undefined): { start: string | undefined; end: string | undefined } {
  const start = stixTime(date)?.slice(0, 10);
  return start ? { start, end: lastDay(date!) } : { start: undefined, end: undefined };
}

/**
 * Nodes for every entity; edges for relations and for each (speaker, about) pair of claims with a linked speaker.
 * @example graphOf(x).edges.filter((e) => e.kind === 'claim').every((e) => e.stance)
 */
export function graphOf(x: DossierExport): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const published = new Map(x.documents.map((d) => [d.id, d.published]));
  const nodes: GraphNode[] = x.entities.map((e) => {
    const spans = e.mentions.map((m) => interval(published.get(m.doc))).filter((i) => i.start);
    const starts = spans.map((s) => s.start!).sort();
    const ends = spans.map((s) => s.end!).sort();
    return { id: e.id, label: e.name, type: e.type, kbId: e.kb_id, mentions: e.mentions.length, start: starts[0], end: ends[ends.length - 1] };
  });
  const known = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = [];
  for (const r of x.relations) {
    if (!known.has(r.source) || !known.has(r.target)) continue;
    edges.push({ id: `relation:${r.id}`, source: r.source, target: r.target, kind: 'relation', type: r.type, stance: undefined, doc: r.doc, dossierId: r.id, ...interval(published.get(r.doc)) });
  }
  for (const c of x.claims) {
    const speaker = c.speaker.entity;
    if (!speaker || !known.has(speaker)) continue;
    const when = interval(c.said_on ?? published.get(c.doc));
    for (const about of new Set(c.about)) {
      if (!known.has(about)) continue;
      edges.push({ id: `claim:${c.id}:${about}`, source: speaker, target: about, kind: 'claim', type: c.cue, stance: c.stance, doc: c.doc, dossierId: c.id, ...when });
    }
  }
  return { nodes, edges };
}
