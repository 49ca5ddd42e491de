/** `/actors/:id`: names and spellings by document, roles over time, claims by and about, events, relations, documents. */
import { api, type Claim, type DocSummary, type Entity, type EventItem, type Relation } from '../api.js';
import { add, actorPath, credBadge, docPath, h, link, section, table, typeBadge } from '../dom.js';
import type { ViewContext } from '../main.js';
import { CLAIM_HEAD, claimRow } from './claims.js';

interface Part<T> {
  total: number;
  items: T[];
}
interface ActorPage {
  entity: Entity;
  kb: { description: string | null; roles: { title: string; of?: string; from?: string; to?: string }[]; affiliations: { rel: string; target: string; from?: string; to?: string }[]; wikidata: string | null; country: string | null } | null;
  spellings: { text: string; docs: string[]; docCount: number }[];
  documents: Part<DocSummary & { mentions: number }>;
  claimsBy: Part<Claim>;
  claimsAbout: Part<Claim>;
  events: Part<EventItem>;
  relations: Part<Relation>;
  names: Record<string, string>;
}

const span = (from?: string, to?: string) => (from || to ? `${from ?? '…'} – ${to ?? 'now'}` : 'dates unknown');
const more = (p: Part<unknown>, href: string) => (p.total > p.items.length ? h('p', null, link(href, `all ${p.total} →`)) : null);

export default async function actor({ root, params }: ViewContext): Promise<void> {
  const id = params['id']!;
  const a = await api<ActorPage>(`/api/entities/${encodeURIComponent(id)}`);
  const e = a.entity;
  const name = (x: string) => a.names[x] ?? x;
  const docTitle = new Map(a.documents.items.map((d) => [d.id, d.title ?? d.source]));
  add(root, 
    h('h1', null, e.name, ' ', typeBadge(e.type)),
    h('p', { class: 'muted' }, `${e.mentionCount} mentions in ${e.docCount} documents · id ${e.id}`, a.kb?.wikidata ? ` · Wikidata ${a.kb.wikidata}` : ''),
    a.kb?.description ? h('p', null, a.kb.description) : null,
    h('p', { class: 'actions' }, link(`/graph?focus=${encodeURIComponent(e.id)}`, 'Graph around this actor'), ' · ', link(`/timeline?actor=${encodeURIComponent(e.id)}`, 'Timeline'), ' · ', link(`/claims?about=${encodeURIComponent(e.id)}`, 'Claims about it')),
    h(
      'div',
      { class: 'cols' },
      section('Names and spellings', table(['spelling', 'used in'], a.spellings.map((s) => [h('strong', null, s.text), h('span', null, s.docs.map((d, i) => [i ? ', ' : '', link(docPath(d), docTitle.get(d) ?? d)]), s.docCount > s.docs.length ? ` … ${s.docCount} documents` : '')]))),
      section(
        'Roles over time',
        a.kb?.roles.length || a.kb?.affiliations.length
          ? table(['role', 'of', 'when'], [...(a.kb?.roles ?? []).map((r) => [r.title, r.of ? link(actorPath(`kb:${r.of}`), r.of) : '', span(r.from, r.to)]), ...(a.kb?.affiliations ?? []).map((r) => [r.rel, link(actorPath(`kb:${r.target}`), r.target), span(r.from, r.to)])])
          : h('p', { class: 'muted' }, 'No roles in the knowledge base.'),
      ),
    ),
    section(`Claims by ${e.name} (${a.claimsBy.total})`, a.claimsBy.items.length ? table(CLAIM_HEAD, a.claimsBy.items.map((c) => claimRow(c, a.names)), 'claims') : h('p', { class: 'muted' }, 'None.'), more(a.claimsBy, `/claims?speaker=${encodeURIComponent(e.id)}`)),
    section(`Claims about ${e.name} (${a.claimsAbout.total})`, a.claimsAbout.items.length ? table(CLAIM_HEAD, a.claimsAbout.items.map((c) => claimRow(c, a.names)), 'claims') : h('p', { class: 'muted' }, 'None.'), more(a.claimsAbout, `/claims?about=${encodeURIComponent(e.id)}`)),
    section(`Events (${a.events.total})`, a.events.items.length ? table(['date', 'type', 'what the text says'], a.events.items.map((x) => [x.date ? `${x.date} (${x.date_precision})` : '—', `${x.type}${x.subtype ? ` / ${x.subtype}` : ''}`, link(docPath(x.doc, x.id.split('/')[1]), x.evidence.text)])) : h('p', { class: 'muted' }, 'None.')),
    section(
      `Relations (${a.relations.total})`,
      a.relations.items.length
        ? table(['source', 'relation', 'target', 'basis', 'cred.', 'evidence'], a.relations.items.map((r) => [link(actorPath(r.source), name(r.source)), r.type, link(actorPath(r.target), name(r.target)), h('span', { class: `basis-${r.basis}` }, r.basis), credBadge(r.credibility), link(docPath(r.doc), r.evidence.text)]))
        : h('p', { class: 'muted' }, 'None.'),
    ),
    section(`Documents (${a.documents.total})`, table(['document', 'outlet', 'published', 'mentions'], a.documents.items.map((d) => [link(docPath(d.id), d.title ?? d.source), d.outlet, d.published, d.mentions]))),
  );
}
