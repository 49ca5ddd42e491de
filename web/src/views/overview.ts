/** `/`: corpus counts, most-mentioned actors, latest conflicts, outlets by grade, latest documents. */
import { api, type Conflict, type DocSummary, type Entity } from '../api.js';
import { add, actorPath, docPath, gradeBadge, h, link, section, table, typeBadge } from '../dom.js';
import type { ViewContext } from '../main.js';
import { conflictCard } from './claims.js';

interface Overview {
  counts: Record<string, number>;
  actors: Entity[];
  conflicts: Conflict[];
  grades: Record<string, number>;
  latest: DocSummary[];
}

export default async function overview({ root }: ViewContext): Promise<void> {
  const o = await api<Overview>('/api/overview');
  add(root, 
    h('h1', null, 'Overview'),
    h('div', { class: 'cards' }, Object.entries(o.counts).map(([k, v]) => h('div', { class: 'card' }, h('strong', null, v.toLocaleString('en')), h('span', null, k)))),
    h(
      'div',
      { class: 'cols' },
      section(
        'Most-mentioned actors',
        table(
          ['actor', 'type', 'mentions', 'docs'],
          o.actors.map((e) => [link(actorPath(e.id), e.name), typeBadge(e.type), e.mentionCount, e.docCount]),
        ),
      ),
      h(
        'div',
        null,
        section('Sources by grade', h('p', null, ...Object.entries(o.grades).sort().flatMap(([g, n]) => [gradeBadge(g), ` ${n} `]), ' ', link('/sources', 'all sources →'))),
        section('Latest documents', h('ul', null, o.latest.map((d) => h('li', null, link(docPath(d.id), d.title ?? d.source), h('span', { class: 'muted' }, ` ${d.outlet ?? ''} ${d.published ?? ''}`))))),
      ),
    ),
    section('Latest conflicts', o.conflicts.length ? o.conflicts.map(conflictCard) : h('p', { class: 'muted' }, 'No contradictions found yet.')),
  );
}
