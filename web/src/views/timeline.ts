/** `/timeline`: events and claims by date; a month or year is drawn as a span over its whole period, a day as a point. */
import { api, type Claim, type Entity, type EventItem, type Paged } from '../api.js';
import { add, docPath, h, link } from '../dom.js';
import { navigate, type ViewContext } from '../main.js';

interface Item {
  date: string;
  precision: string;
  label: string;
  kind: 'event' | 'claim';
  href: string;
  title: string;
}

/** [start, end) of a partial date in days since the epoch. */
export function periodOf(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  const day = (yy: number, mm: number, dd: number) => Date.UTC(yy, mm - 1, dd) / 86_400_000;
  if (d !== undefined) return [day(y, m!, d), day(y, m!, d) + 1];
  if (m !== undefined) return [day(y, m, 1), day(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1)];
  return [day(y, 1, 1), day(y + 1, 1, 1)];
}

const precisionOf = (date: string) => (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year');

function lane(title: string, items: Item[], lo: number, hi: number): HTMLElement {
  const width = Math.max(1, hi - lo);
  return h(
    'section',
    { class: 'lane' },
    h('h2', null, `${title} (${items.length})`),
    items.map((it) => {
      const [s, e] = periodOf(it.date);
      const left = ((s - lo) / width) * 100;
      const w = Math.max(0.4, ((e - s) / width) * 100);
      return h(
        'div',
        { class: 'tl-row' },
        h('span', { class: 'tl-date' }, it.date),
        h('div', { class: 'tl-track' }, h('span', { class: `tl-mark tl-${it.kind} tl-${it.precision}`, title: `${it.date} (${it.precision} precision)`, style: { left: `${left}%`, width: it.precision === 'day' ? '' : `${w}%` } })),
        link(it.href, it.label),
      );
    }),
  );
}

export default async function timeline({ root, query }: ViewContext): Promise<void> {
  const actor = query.get('actor') ?? '';
  const [events, claims, people] = await Promise.all([
    api<Paged<EventItem>>('/api/events', { actor, limit: 500 }),
    api<Paged<Claim>>('/api/claims', { speaker: actor || undefined, limit: 500 }),
    api<Paged<Entity>>('/api/entities', { limit: 300 }),
  ]);
  const ev: Item[] = events.items.flatMap((e) => {
    const date = e.date ?? e.published ?? null;
    if (!date) return [];
    return [{ date, precision: e.date ? (e.date_precision ?? precisionOf(date)) : precisionOf(date), kind: 'event' as const, label: `${e.type}: ${e.evidence.text.slice(0, 120)}`, href: docPath(e.doc, e.id.split('/')[1]), title: e.evidence.text }];
  });
  const cl: Item[] = claims.items.flatMap((c) => {
    const date = c.said_on ?? c.published;
    if (!date) return [];
    return [{ date, precision: precisionOf(date), kind: 'claim' as const, label: `${c.speaker.text ?? 'the article'} (${c.stance}): ${c.content.slice(0, 110)}`, href: docPath(c.doc, c.id.split('/')[1]), title: c.content }];
  });
  const all = [...ev, ...cl];
  const lo = Math.min(...all.map((i) => periodOf(i.date)[0]));
  const hi = Math.max(...all.map((i) => periodOf(i.date)[1]));
  const sort = (a: Item, b: Item) => a.date.localeCompare(b.date);
  const pick = h('select', { name: 'actor', 'aria-label': 'actor' }, h('option', { value: '' }, 'all actors'), people.items.filter((e) => e.type !== 'NORP').map((e) => h('option', { value: e.id, selected: e.id === actor }, e.name)));
  pick.addEventListener('change', () => navigate(`/timeline${pick.value ? `?actor=${encodeURIComponent(pick.value)}` : ''}`));
  const axis = all.length ? h('div', { class: 'tl-axis' }, h('span', null, new Date(lo * 86_400_000).toISOString().slice(0, 10)), h('span', null, new Date(hi * 86_400_000).toISOString().slice(0, 10))) : null;
  add(root, 
    h('h1', null, 'Timeline'),
    h('p', { class: 'filters' }, h('label', null, 'actor ', pick), ' ', h('span', { class: 'muted' }, 'Bars cover the whole month or year when that is all the text says; dots are days. Undated events use the publication date.')),
    axis,
    all.length ? [lane('Events', ev.sort(sort), lo, hi), lane('Claims', cl.sort(sort), lo, hi)] : h('p', { class: 'muted' }, 'Nothing dated.'),
  );
}
