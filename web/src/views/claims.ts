/** `/claims`: the claim ledger with filters in the address, and conflicts with both quotes side by side. */
import { api, type Claim, type Conflict, type Entity, type Paged } from '../api.js';
import { add, actorPath, credBadge, docPath, h, link, section, table } from '../dom.js';
import { navigate, type ViewContext } from '../main.js';
import { pager } from './pager.js';

const STANCES = ['', 'assert', 'deny', 'allege', 'estimate', 'predict', 'retract'];
const KINDS = ['', 'statement', 'belief', 'intention', 'narrative'];

/** The speaker with the chain of attribution it came through ("X, via Y, citing Z"). */
export function speakerCell(c: Claim, names: Record<string, string> = {}): HTMLElement {
  const who = c.speaker.kind === 'author' ? h('em', null, 'the article itself') : c.speaker.entity ? link(actorPath(c.speaker.entity), names[c.speaker.entity] ?? c.speaker.text ?? c.speaker.entity) : h('span', null, c.speaker.text ?? '?', h('span', { class: 'muted' }, ` (${c.speaker.kind})`));
  return h('div', { class: 'speaker' }, who, c.chain.map((l) => h('div', { class: 'chain' }, `${l.role} ${l.text}`)));
}

export function claimRow(c: Claim, names: Record<string, string> = {}) {
  return [
    speakerCell(c, names),
    h('span', { class: `stance stance-${c.stance}` }, c.stance),
    c.kind,
    c.hedged ? h('span', { class: 'hedge', title: c.hedges.join(', ') }, 'hedged') : '',
    credBadge(c.credibility, c.credibility_reason),
    h('div', { class: 'content' }, c.quote ? '“' : '', c.content, c.quote ? '”' : ''),
    link(docPath(c.doc, c.id.split('/')[1]), c.said_on ?? c.published ?? 'source'),
  ];
}

export const CLAIM_HEAD = ['speaker', 'stance', 'kind', 'hedge', 'cred.', 'content', 'date / source'];

export function conflictCard(x: Conflict): HTMLElement {
  const side = (c: Claim | null, id: string) =>
    c ? h('blockquote', null, h('p', null, c.evidence.text), h('footer', null, speakerCell(c), ' ', link(docPath(c.doc, c.id.split('/')[1]), c.outlet ?? c.doc), ' ', credBadge(c.credibility, c.credibility_reason))) : h('blockquote', null, id);
  return h('div', { class: 'conflict' }, h('div', { class: 'conflict-head' }, h('strong', null, `${x.kind}${x.conflict ? ` / ${x.conflict}` : ''}`), ' ', h('span', { class: 'muted' }, x.reason)), h('div', { class: 'sides' }, side(x.claimA, x.a), side(x.claimB, x.b)));
}

function select(name: string, options: [string, string][], value: string): HTMLSelectElement {
  return h('select', { name, 'aria-label': name }, options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}

export default async function claims({ root, query }: ViewContext): Promise<void> {
  const q = (k: string) => query.get(k) ?? '';
  const [page, conflicts, people] = await Promise.all([
    api<Paged<Claim>>('/api/claims', { speaker: q('speaker'), about: q('about'), stance: q('stance'), kind: q('kind'), credibility: q('credibility'), from: q('from'), to: q('to'), limit: 100, offset: q('offset') }),
    api<Paged<Conflict>>('/api/conflicts', { limit: 50 }),
    api<Paged<Entity>>('/api/entities', { limit: 300 }),
  ]);
  const names = Object.fromEntries(people.items.map((e) => [e.id, e.name]));
  const actorOptions: [string, string][] = [['', 'anyone'], ...people.items.filter((e) => e.type !== 'NORP').map((e): [string, string] => [e.id, e.name])];
  const form = h(
    'form',
    { class: 'filters' },
    h('label', null, 'speaker ', select('speaker', actorOptions, q('speaker'))),
    h('label', null, 'about ', select('about', actorOptions, q('about'))),
    h('label', null, 'stance ', select('stance', STANCES.map((s) => [s, s || 'any']), q('stance'))),
    h('label', null, 'kind ', select('kind', KINDS.map((s) => [s, s || 'any']), q('kind'))),
    h('label', null, 'credibility ≤ ', select('credibility', ['', '1', '2', '3', '4', '5', '6'].map((s) => [s, s || 'any']), q('credibility'))),
    h('label', null, 'from ', h('input', { name: 'from', placeholder: 'YYYY-MM', value: q('from') })),
    h('label', null, 'to ', h('input', { name: 'to', placeholder: 'YYYY-MM', value: q('to') })),
    h('button', { type: 'submit' }, 'Filter'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v) next.set(k, v);
    navigate(`/claims${next.size ? `?${next}` : ''}`);
  });
  add(root, 
    h('h1', null, 'Claim ledger'),
    form,
    h('p', { class: 'muted' }, `${page.total} claims. Credibility on the Admiralty scale: 1 confirmed … 5 improbable, 6 cannot be judged.`),
    table(CLAIM_HEAD, page.items.map((c) => claimRow(c, names)), 'claims'),
    pager('/claims', query, page),
    section(`Conflicts (${conflicts.total})`, conflicts.items.length ? conflicts.items.map(conflictCard) : h('p', { class: 'muted' }, 'None found.')),
  );
}
