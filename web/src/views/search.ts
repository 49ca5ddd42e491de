/** `/search?q=`: full-text hits over documents and claims; matched words are marked without parsing markup. */
import { api } from '../api.js';
import { add, docPath, h, link } from '../dom.js';
import type { ViewContext } from '../main.js';

interface Hit {
  kind: 'document' | 'claim';
  doc: string;
  id: string;
  snippet: string;
  title: string | null;
}

/** Splits a snippet on the store's `**` match markers into text and <mark> nodes; nothing is parsed as markup. */
function marked(snippet: string): Node[] {
  return snippet.split('**').flatMap((p, i) => (p ? [i % 2 ? h('mark', null, p) : document.createTextNode(p)] : []));
}

export default async function search({ root, query }: ViewContext): Promise<void> {
  const q = query.get('q') ?? '';
  const input = document.querySelector<HTMLInputElement>('#search input');
  if (input) input.value = q;
  const hits = q ? await api<Hit[]>('/api/search', { q, limit: 50 }) : [];
  add(root, 
    h('h1', null, `Search: ${q}`),
    hits.length
      ? h('ol', { class: 'hits' }, hits.map((x) => h('li', null, h('span', { class: 'badge' }, x.kind), ' ', link(docPath(x.doc, x.kind === 'claim' ? x.id : undefined), x.title ?? x.doc), h('div', { class: 'snippet' }, marked(x.snippet)))))
      : h('p', { class: 'muted' }, 'No hits.'),
  );
}
