/** `/documents/:id`: cleaned text with mentions, claim parts and dates highlighted; metadata with basis; stripped text on demand. */
import { api, type Claim, type EventItem } from '../api.js';
import { add, actorPath, credBadge, h, link, section, table } from '../dom.js';
import type { ViewContext } from '../main.js';
import { speakerCell } from './claims.js';

interface Mention {
  id: string;
  start: number;
  end: number;
  text: string;
  type: string;
  entity: string | null;
  name: string | null;
}
interface DocPage {
  id: string;
  version: number;
  latest: boolean;
  source: string;
  language: string;
  analysed: boolean;
  note: string | null;
  encoding: string;
  ingested_at: string;
  meta: { title: string | null; author: string | null; outlet: string | null; published: string | null; url: string | null; basis: Record<string, string> };
  text: string;
  stripped: { text: string; reason: string }[];
  mentions: Mention[];
  times: { start: number; end: number; text: string; value: string; precision: string }[];
  claims: Claim[];
  events: EventItem[];
  sourcing: Sourcing | null;
}

/** The document's sourcing profile: signals for a reader, never a verdict. */
interface Sourcing {
  claims: number;
  named: number;
  anonymous: number;
  unattributed: number;
  hedged: number;
  shares: { named: number; anonymous: number; unattributed: number; hedged: number };
  unattributed_accusations: { start: number; end: number; text: string; why: string; credibility: number; credibility_reason: string }[];
  framing: { start: number; end: number; text: string; category: string; why: string }[];
  signals: string[];
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function sourcingPanel(p: Sourcing | null): HTMLElement | null {
  if (!p) return null;
  return section(
    'Sourcing profile',
    h('p', { class: 'muted' }, 'Signals for a reader, never a verdict on truth.'),
    table(['named', 'anonymous', 'unattributed', 'hedged'], [[`${p.named} (${pct(p.shares.named)})`, `${p.anonymous} (${pct(p.shares.anonymous)})`, `${p.unattributed} (${pct(p.shares.unattributed)})`, `${p.hedged} (${pct(p.shares.hedged)})`]]),
    p.signals.length ? h('ul', null, p.signals.map((x) => h('li', null, x))) : null,
    p.unattributed_accusations.length ? h('details', null, h('summary', null, `Unattributed accusations (${p.unattributed_accusations.length})`), h('ul', null, p.unattributed_accusations.map((a) => h('li', null, credBadge(a.credibility, a.credibility_reason), ' ', a.text.slice(0, 200), h('div', { class: 'muted' }, `${a.why} · chars ${a.start}–${a.end}`))))) : null,
    p.framing.length ? h('details', null, h('summary', null, `Framing (${p.framing.length})`), h('ul', null, p.framing.map((f) => h('li', null, h('strong', null, f.text), ` — ${f.category}: ${f.why} · chars ${f.start}–${f.end}`)))) : null,
  );
}

interface Mark {
  start: number;
  end: number;
  cls: string;
  /** the innermost link target wins */
  entity?: string;
  claim?: string;
  title?: string;
}

/** Cuts the text at every span boundary; each piece carries the classes of the spans covering it. */
function highlighted(text: string, marks: Mark[]): Node[] {
  const cuts = new Set([0, text.length]);
  for (const m of marks) if (m.end > m.start && m.start >= 0 && m.end <= text.length) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Node[] = [];
  const claimStart = new Set<string>();
  for (let i = 0; i < points.length - 1; i++) {
    const [s, e] = [points[i]!, points[i + 1]!];
    const on = marks.filter((m) => m.start <= s && m.end >= e && m.end > m.start);
    const piece = text.slice(s, e);
    if (!on.length) {
      out.push(document.createTextNode(piece));
      continue;
    }
    const mention = on.find((m) => m.entity);
    const claim = on.find((m) => m.claim);
    const cls = on.map((m) => m.cls).join(' ');
    const title = on.map((m) => m.title).filter(Boolean).join(' · ');
    const el = mention ? h('a', { href: actorPath(mention.entity!), class: cls, title }, piece) : h('span', { class: cls, title }, piece);
    // the claim's anchor sits on its first piece, so /documents/:id#c3 scrolls to it
    if (claim && !claimStart.has(claim.claim!)) {
      claimStart.add(claim.claim!);
      el.id = claim.claim!;
    }
    out.push(el);
  }
  return out;
}

function marksOf(d: DocPage): Mark[] {
  const marks: Mark[] = [];
  for (const c of d.claims) {
    const local = c.id.split('/')[1]!;
    marks.push({ start: c.evidence.start, end: c.evidence.end, cls: 'hl-claim', claim: local, title: `claim ${local}: ${c.stance}` });
    for (const [part, span] of Object.entries(c.spans)) if (span) marks.push({ start: span[0], end: span[1], cls: `hl-${part}`, title: part });
  }
  for (const t of d.times) marks.push({ start: t.start, end: t.end, cls: 'hl-time', title: `date ${t.value} (${t.precision})` });
  for (const m of d.mentions) marks.push({ start: m.start, end: m.end, cls: `hl-mention hl-type-${m.type}`, ...(m.entity ? { entity: m.entity } : {}), title: `${m.type}${m.name ? ` → ${m.name}` : ''}` });
  return marks;
}

export default async function documentView({ root, params }: ViewContext): Promise<void> {
  const d = await api<DocPage>(`/api/documents/${encodeURIComponent(params['id']!)}`);
  const m = d.meta;
  const field = (k: keyof DocPage['meta'], v: string | null) => [k, k === 'url' && v ? h('a', { href: v, rel: 'noreferrer noopener', target: '_blank' }, v) : (v ?? '—'), h('span', { class: 'muted' }, m.basis[k] ?? '')];
  add(root, 
    h('h1', null, m.title ?? d.source),
    h(
      'div',
      { class: 'cols doc' },
      h(
        'div',
        null,
        h('p', { class: 'legend' }, h('span', { class: 'hl-mention' }, 'mention'), ' ', h('span', { class: 'hl-source' }, 'source'), ' ', h('span', { class: 'hl-cue' }, 'cue'), ' ', h('span', { class: 'hl-content' }, 'content'), ' ', h('span', { class: 'hl-time' }, 'date')),
        h('article', { class: 'doctext' }, highlighted(d.text, marksOf(d))),
        h('details', { class: 'stripped' }, h('summary', null, `Stripped by the cleaner (${d.stripped.length})`), d.stripped.length ? table(['why', 'text'], d.stripped.map((s) => [s.reason, h('pre', null, s.text)])) : h('p', { class: 'muted' }, 'Nothing was stripped.')),
      ),
      h(
        'aside',
        null,
        section('Metadata', table(['field', 'value', 'basis'], [field('title', m.title), field('author', m.author), field('outlet', m.outlet), field('published', m.published), field('url', m.url), ['source', d.source, ''], ['version', `${d.version}${d.latest ? '' : ' (superseded)'}`, ''], ['language', d.analysed ? d.language : `${d.language} — ${d.note ?? 'not analysed'}`, ''], ['id', d.id, '']])),
        sourcingPanel(d.sourcing),
        section(`Claims (${d.claims.length})`, h('ol', { class: 'doc-claims' }, d.claims.map((c) => h('li', null, link(`#${c.id.split('/')[1]}`, c.stance), ' ', credBadge(c.credibility, c.credibility_reason), ' ', speakerCell(c), h('div', { class: 'content' }, c.content))))),
        section(`Events (${d.events.length})`, h('ul', null, d.events.map((x) => h('li', null, `${x.type}${x.date ? ` · ${x.date}` : ''} — `, x.evidence.text.slice(0, 160))))),
      ),
    ),
  );
}
