/** `/sources`: outlets, their grade with who set it and why, and what they published. */
import { api } from '../api.js';
import { add, gradeBadge, h, link, table } from '../dom.js';
import type { ViewContext } from '../main.js';

interface Source {
  outlet: string;
  reliability: string | null;
  basis: string;
  documents: number;
  claims: number;
  first: string | null;
  last: string | null;
  /** the sourcing profile summed over the outlet's documents */
  sourcing: { signals: string[] } | null;
}

export default async function sources({ root }: ViewContext): Promise<void> {
  const list = await api<Source[]>('/api/sources');
  add(root, 
    h('h1', null, `Sources (${list.length})`),
    h('p', { class: 'muted' }, 'Reliability on the Admiralty scale (A reliable … E unreliable, F cannot be judged). The basis says who set the grade and why.'),
    table(
      ['outlet', 'grade', 'basis (who set it, why)', 'documents', 'claims', 'first', 'last', 'sourcing signals (not a verdict)'],
      list.map((s) => [link(`/documents?outlet=${encodeURIComponent(s.outlet)}`, s.outlet), gradeBadge(s.reliability), s.basis, s.documents, s.claims, s.first, s.last, s.sourcing?.signals.length ? h('ul', null, s.sourcing.signals.map((x) => h('li', null, x))) : '—']),
      'sources',
    ),
  );
}
