/** GraphML for Gephi, yEd, networkx and i2-style tools: the same actor graph, dates as start/end attributes. */
import type { DossierExport } from '../core/export-schema.js';
import { graphOf } from './graph-model.js';
import { xmlAttrs, xmlEscape } from './xml-escape.js';

const NODE_KEYS = [['label', 'string'], ['type', 'string'], ['mentions', 'int'], ['first_seen', 'string'], ['last_seen', 'string'], ['kb_id', 'string']] as const;
const EDGE_KEYS = [['label', 'string'], ['kind', 'string'], ['type', 'string'], ['stance', 'string'], ['doc', 'string'], ['dossier_id', 'string'], ['start', 'string'], ['end', 'string']] as const;

const keys = (kind: 'node' | 'edge', list: readonly (readonly [string, string])[]) =>
  list.map(([name, type]) => `  <key${xmlAttrs({ id: `${kind[0]}_${name}`, for: kind, 'attr.name': name, 'attr.type': type })}/>`);

const data = (kind: 'node' | 'edge', v: Record<string, string | number | undefined | null>) =>
  Object.entries(v)
    .filter(([, val]) => val !== undefined && val !== null)
    .map(([k, val]) => `<data key="${kind[0]}_${k}">${xmlEscape(String(val))}</data>`)
    .join('');

/**
 * The actor graph as GraphML text (UTF-8, well-formed, escaped).
 * @example toGraphml(x).includes('<graph id="dossier" edgedefault="directed">')
 */
export function toGraphml(x: DossierExport): string {
  const { nodes, edges } = graphOf(x);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys('node', NODE_KEYS),
    ...keys('edge', EDGE_KEYS),
    '  <graph id="dossier" edgedefault="directed">',
    ...nodes.map((n) => `    <node${xmlAttrs({ id: n.id })}>${data('node', { label: n.label, type: n.type, mentions: n.mentions, first_seen: n.start, last_seen: n.end, kb_id: n.kbId })}</node>`),
    ...edges.map(
      (e) =>
        `    <edge${xmlAttrs({ id: e.id, source: e.source, target: e.target })}>${data('edge', { label: e.stance ? `${e.type} (${e.stance})` : e.type, kind: e.kind, type: e.type, stance: e.stance, doc: e.doc, dossier_id: e.dossierId, start: e.start, end: e.end })}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
