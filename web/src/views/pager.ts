/** Previous/next links that keep the other filters in the address. */
import { h, link } from '../dom.js';

export function pager(path: string, query: URLSearchParams, page: { total: number; limit: number; offset: number }): HTMLElement {
  const at = (offset: number) => {
    const q = new URLSearchParams(query);
    if (offset) q.set('offset', String(offset));
    else q.delete('offset');
    return `${path}${q.size ? `?${q}` : ''}`;
  };
  const end = Math.min(page.total, page.offset + page.limit);
  return h(
    'p',
    { class: 'pager' },
    page.offset > 0 ? link(at(Math.max(0, page.offset - page.limit)), '← previous') : null,
    ` ${page.total ? page.offset + 1 : 0}–${end} of ${page.total} `,
    end < page.total ? link(at(page.offset + page.limit), 'next →') : null,
  );
}
