/** `/documents`: every document, paged. */
import { api, type DocSummary, type Paged } from '../api.js';
import { add, docPath, h, link, table } from '../dom.js';
import type { ViewContext } from '../main.js';
import { pager } from './pager.js';

export default async function documents({ root, query }: ViewContext): Promise<void> {
  const offset = Number(query.get('offset') ?? 0) || 0;
  const page = await api<Paged<DocSummary>>('/api/documents', { limit: 100, offset, outlet: query.get('outlet') });
  add(root, 
    h('h1', null, `Documents (${page.total})`),
    table(
      ['title', 'outlet', 'author', 'published', 'language'],
      page.items.map((d) => [link(docPath(d.id), d.title ?? d.source), d.outlet, d.author, d.published, d.analysed ? d.language : `${d.language} (not analysed)`]),
    ),
    pager('/documents', query, page),
  );
}
