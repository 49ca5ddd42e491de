/** GEXF 1.2 for Gephi: a dynamic directed graph whose nodes and edges carry date intervals for the timeline. */
import type { DossierExport } from '../core/export-schema.js';
import { graphOf } from './graph-model.js';
import { xmlAttrs, xmlEscape } from './xml-escape.js';

const NODE_ATTRS = [['type', 'string'], ['mentions', 'integer'], ['first_seen', 'string'], ['last_seen', 'string'], ['kb_id', 'string']] as const;
const EDGE_ATTRS = [['kind', 'string'], ['type', 'string'], ['stance', 'string'], ['doc', 'string'], ['dossier_id', 'string']] as const;

const declare = (cls: string, attrs: readonly (readonly [string, string])[]) =>
  `    <attributes class="${cls}" mode="static">\n${attrs.map(([id, type]) => `      <attribute${xmlAttrs({ id, title: id, type })}/>`).join('\n')}\n    </attributes>`;

const values = (v: Record<string, string | number | undefined | null>) => {
  const items = Object.entries(v).filter(([, val]) => val !== undefined && val !== null);
  return items.length ? `<attvalues>${items.map(([k, val]) => `<attvalue${xmlAttrs({ for: k, value: val })}/>`).join('')}</attvalues>` : '';
};

/**
 * The actor graph as GEXF text (UTF-8, well-formed, escaped).
 * @example toGexf(x).startsWith('<?xml')
 */
export function toGexf(x: DossierExport): string {
  const { nodes, edges } = graphOf(x);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    `  <meta${xmlAttrs({ lastmodifieddate: x.generated.slice(0, 10) })}><creator>Dossier</creator><description>${xmlEscape(`actors, relations and claims from ${x.documents.length} documents`)}</description></meta>`,
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">',
    declare('node', NODE_ATTRS),
    declare('edge', EDGE_ATTRS),
    '    <nodes>',
    ...nodes.map(
      (n) => `      <node${xmlAttrs({ id: n.id, label: n.label, start: n.start, end: n.end })}>${values({ type: n.type, mentions: n.mentions, first_seen: n.start, last_seen: n.end, kb_id: n.kbId })}</node>`,
    ),
    '    </nodes>',
    '    <edges>',
    ...edges.map(
      (e) =>
        `      <edge${xmlAttrs({ id: e.id, source: e.source, target: e.target, label: e.stance ? `${e.type} (${e.stance})` : e.type, start: e.start, end: e.end })}>${values({ kind: e.kind, type: e.type, stance: e.stance, doc: e.doc, dossier_id: e.dossierId })}</edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ];
  return out.join('\n');
}
