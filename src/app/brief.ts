/**
 * Use case: a cited briefing over the corpus or one actor — key actors, a dated timeline, contested claims with
 * both sides, corroborated claims and the sources with their grades and signals. Every item cites its document
 * (title, outlet, date) and the claim id or the character span it rests on.
 * @example renderBriefMarkdown(await buildBrief(store, { about: 'kb:taliban' }))
 */
import { combineProfiles, type SourcingProfile } from '../analysis/index.js';
import type { DossierExport, ExportClaimT, ExportDocumentT, ExportEntityT, ExportLinkT } from '../core/export-schema.js';
import { datePrecision, type DatePrecision } from '../core/vocab.js';
import type { Store } from '../store/store.js';
import { buildExport } from './export-json.js';
import { UNKNOWN_OUTLET } from './sourcing-profiles.js';

export interface Citation {
  doc: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** the claim id when the item is a claim, else null */
  claim: string | null;
  start: number;
  end: number;
  quote: string;
}

export interface BriefSide {
  claim: string;
  speaker: string;
  cue: string;
  stance: string;
  content: string;
  outlet: string | null;
  reliability: string | null;
  credibility: number | null;
  credibilityReason: string | null;
  cite: Citation;
}

export interface BriefLink {
  kind: ExportLinkT['kind'];
  conflict: ExportLinkT['conflict'];
  reason: string;
  a: BriefSide;
  b: BriefSide;
}

export interface TimelineItem {
  date: string;
  precision: DatePrecision;
  kind: 'event' | 'claim';
  what: string;
  cite: Citation;
}

export interface Brief {
  generated: string;
  about: { id: string; name: string } | null;
  counts: { documents: number; claims: number; events: number; contested: number; corroborated: number };
  actors: { id: string; name: string; type: string; spellings: string[]; mentions: number; documents: number }[];
  timeline: TimelineItem[];
  /** how many dated items were left out of the timeline to keep it readable */
  timelineOmitted: number;
  contested: BriefLink[];
  scope: BriefLink[];
  corroborated: BriefLink[];
  sources: { outlet: string; reliability: string | null; basis: string; documents: number; signals: string[] }[];
}

export interface BriefOptions {
  /** an entity id: only what touches this actor */
  about?: { id: string; name: string };
  topActors?: number;
  maxTimeline?: number;
}

/** Reads the store once, in the export's shape, and builds the briefing from it. */
export async function buildBrief(store: Store, opts: BriefOptions = {}, now = new Date()): Promise<Brief> {
  return briefFromExport(await buildExport(store, now), opts);
}

/** The briefing from an export object; pure, so it can be tested on any export. */
export function briefFromExport(x: DossierExport, opts: BriefOptions = {}): Brief {
  const about = opts.about?.id;
  const docs = new Map(x.documents.map((d) => [d.id, d]));
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  const grades = new Map(x.sources.map((s) => [s.outlet, s]));
  const claims = new Map(x.claims.map((c) => [c.id, c]));
  const touches = (c: ExportClaimT | undefined) => !!c && (!about || c.speaker.entity === about || c.about.includes(about));
  const aboutDocs = about ? new Set((x.entities.find((e) => e.id === about)?.mentions ?? []).map((m) => m.doc)) : null;
  const inScope = (doc: string) => !aboutDocs || aboutDocs.has(doc);

  const cite = (doc: string, span: { start: number; end: number; text: string }, claim: string | null): Citation => {
    const d = docs.get(doc);
    return { doc, title: d?.title ?? null, outlet: d?.outlet ?? null, published: d?.published ?? null, claim, start: span.start, end: span.end, quote: span.text };
  };
  const speakerOf = (c: ExportClaimT) => (c.speaker.entity ? (names.get(c.speaker.entity) ?? c.speaker.text) : c.speaker.text) ?? (c.speaker.kind === 'author' ? `the author${docs.get(c.doc)?.outlet ? ` (${docs.get(c.doc)!.outlet})` : ''}` : 'an unnamed source');
  const side = (c: ExportClaimT): BriefSide => {
    const outlet = docs.get(c.doc)?.outlet ?? null;
    return {
      claim: c.id, speaker: speakerOf(c), cue: c.cue, stance: c.stance, content: c.content, outlet,
      reliability: outlet ? (grades.get(outlet)?.reliability ?? null) : null,
      credibility: c.credibility, credibilityReason: c.credibility_reason ?? null, cite: cite(c.doc, c.evidence, c.id),
    };
  };
  const linked = x.links.flatMap((l) => {
    const a = claims.get(l.a);
    const b = claims.get(l.b);
    return a && b && (touches(a) || touches(b)) ? [{ kind: l.kind, conflict: l.conflict, reason: l.reason, a: side(a), b: side(b) }] : [];
  });
  const { timeline, omitted } = timelineOf(x, { about, inScope, cite, speakerOf, names, max: opts.maxTimeline ?? 80 });
  const scopedDocs = x.documents.filter((d) => inScope(d.id));
  const contested = linked.filter((l) => l.kind !== 'corroborates' && l.kind !== 'scope');
  const corroborated = linked.filter((l) => l.kind === 'corroborates');
  return {
    generated: x.generated,
    about: opts.about ?? null,
    counts: { documents: scopedDocs.length, claims: x.claims.filter((c) => touches(c) && inScope(c.doc)).length, events: x.events.filter((e) => (!about || e.actors.includes(about)) && inScope(e.doc)).length, contested: contested.length, corroborated: corroborated.length },
    actors: actorsOf(x.entities, inScope, about, opts.topActors ?? 12),
    timeline,
    timelineOmitted: omitted,
    contested,
    scope: linked.filter((l) => l.kind === 'scope'),
    corroborated,
    sources: sourcesOf(scopedDocs, grades),
  };
}

function actorsOf(entities: ExportEntityT[], inScope: (doc: string) => boolean, about: string | undefined, n: number): Brief['actors'] {
  const rows = entities.flatMap((e) => {
    const ms = e.mentions.filter((m) => inScope(m.doc));
    if (!ms.length || (e.type === 'NORP' && e.id !== about)) return [];
    const spell = new Map<string, number>();
    for (const m of ms) spell.set(m.text, (spell.get(m.text) ?? 0) + 1);
    const spellings = [...spell].sort((a, b) => b[1] - a[1]).map(([t]) => t);
    return [{ id: e.id, name: e.name, type: e.type, spellings, mentions: ms.length, documents: new Set(ms.map((m) => m.doc)).size }];
  });
  rows.sort((a, b) => Number(b.id === about) - Number(a.id === about) || b.mentions - a.mentions || a.name.localeCompare(b.name));
  return rows.slice(0, n);
}

interface TimelineCtx {
  about: string | undefined;
  inScope: (doc: string) => boolean;
  cite: (doc: string, span: { start: number; end: number; text: string }, claim: string | null) => Citation;
  speakerOf: (c: ExportClaimT) => string;
  names: Map<string, string>;
  max: number;
}

function timelineOf(x: DossierExport, t: TimelineCtx): { timeline: TimelineItem[]; omitted: number } {
  const items: TimelineItem[] = [];
  for (const e of x.events) {
    if (!e.date || !t.inScope(e.doc) || (t.about && !e.actors.includes(t.about))) continue;
    const who = e.actors.map((a) => t.names.get(a) ?? a).slice(0, 4);
    const place = e.place ? ` in ${t.names.get(e.place) ?? e.place}` : '';
    const what = `${e.type}${e.subtype ? ` (${e.subtype})` : ''}${place}${who.length ? ` — ${who.join(', ')}` : ''}${e.fatalities ? `; ${e.fatalities} killed` : ''}`;
    items.push({ date: e.date, precision: e.date_precision ?? datePrecision(e.date), kind: 'event', what, cite: t.cite(e.doc, e.evidence, null) });
  }
  for (const c of x.claims) {
    if (!c.said_on || !t.inScope(c.doc) || (t.about && c.speaker.entity !== t.about && !c.about.includes(t.about))) continue;
    items.push({ date: c.said_on, precision: datePrecision(c.said_on), kind: 'claim', what: `${t.speakerOf(c)} ${c.cue}: ${c.content}`, cite: t.cite(c.doc, c.evidence, c.id) });
  }
  items.sort((a, b) => a.date.localeCompare(b.date) || a.cite.doc.localeCompare(b.cite.doc) || a.cite.start - b.cite.start);
  return { timeline: items.slice(0, t.max), omitted: Math.max(0, items.length - t.max) };
}

function sourcesOf(docs: ExportDocumentT[], grades: Map<string, DossierExport['sources'][number]>): Brief['sources'] {
  const by = new Map<string, ExportDocumentT[]>();
  for (const d of docs) {
    const k = d.outlet ?? UNKNOWN_OUTLET;
    (by.get(k) ?? by.set(k, []).get(k)!).push(d);
  }
  return [...by]
    .map(([outlet, ds]) => {
      const profiles = ds.flatMap((d) => (d.sourcing ? [d.sourcing as SourcingProfile] : []));
      const g = grades.get(outlet);
      return { outlet, reliability: g?.reliability ?? null, basis: g?.basis ?? 'no outlet in the metadata', documents: ds.length, signals: profiles.length ? combineProfiles(profiles).signals : [] };
    })
    .sort((a, b) => a.outlet.localeCompare(b.outlet));
}
