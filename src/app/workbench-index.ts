/** An in-memory read model of the corpus for the workbench: built once from the store, rebuilt after writes. */
import { credibility } from '../analysis/index.js';
import type { ExportEventT, ExportLinkT, ExportSourceT } from '../core/export-schema.js';
import { eventOut } from './export-json.js';
import { scopedId } from '../core/ids.js';
import type { ClaimRow, EntitySummary, MentionRow, RelationRow, Store, StoredDocument } from '../store/store.js';

/** A document without its text: what lists and joins need. */
export interface DocSummary {
  id: string;
  source: string;
  title: string | null;
  author: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  language: string;
  analysed: boolean;
  version: number;
}

export interface ClaimView {
  id: string;
  doc: string;
  speaker: { kind: 'named' | 'anonymous' | 'author'; entity: string | null; text: string | null };
  chain: { text: string; role: string }[];
  cue: string;
  kind: string;
  stance: string;
  hedged: boolean;
  hedges: string[];
  quote: boolean;
  sourcing: string;
  said_on: string | null;
  content: string;
  about: string[];
  credibility: number | null;
  credibility_reason: string | null;
  evidence: { start: number; end: number; text: string };
  spans: { source: [number, number] | null; cue: [number, number] | null; content: [number, number] | null };
  published: string | null;
  outlet: string | null;
}

/** An event as the export shapes it. */
export type EventView = ExportEventT;

export interface RelationView {
  id: string;
  doc: string;
  type: string;
  source: string;
  target: string;
  claim: string | null;
  /** 'alleged' when it rests on a claim that alleges, hedges or denies; 'reported' otherwise */
  basis: 'alleged' | 'reported';
  credibility: number | null;
  date: string | null;
  evidence: { start: number; end: number; text: string };
}

/** Spellings of one entity and the documents that used each. */
export interface EntityUsage {
  spellings: Map<string, Set<string>>;
  perDoc: Map<string, number>;
}

export interface CorpusIndex {
  docs: DocSummary[];
  docById: Map<string, DocSummary>;
  entities: EntitySummary[];
  entityById: Map<string, EntitySummary>;
  claims: ClaimView[];
  claimById: Map<string, ClaimView>;
  claimsBySpeaker: Map<string, ClaimView[]>;
  claimsAbout: Map<string, ClaimView[]>;
  events: EventView[];
  eventsByActor: Map<string, EventView[]>;
  relations: RelationView[];
  relationsByEntity: Map<string, RelationView[]>;
  links: ExportLinkT[];
  sources: ExportSourceT[];
  builtMs: number;
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
};

const slice = (text: string, s: { start: number; end: number }) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });

export function docSummary(d: StoredDocument): DocSummary {
  const m = d.meta;
  return { id: d.id, source: d.source, title: m.title, author: m.author, outlet: m.outlet, published: m.published, url: m.url, language: d.language, analysed: d.analysed, version: d.version };
}

function addUsage(usage: Map<string, EntityUsage>, rows: MentionRow[]): void {
  for (const m of rows) {
    if (!m.entity) continue;
    const u = usage.get(m.entity) ?? usage.set(m.entity, { spellings: new Map(), perDoc: new Map() }).get(m.entity)!;
    (u.spellings.get(m.mention.text) ?? u.spellings.set(m.mention.text, new Set()).get(m.mention.text)!).add(m.doc);
    u.perDoc.set(m.doc, (u.perDoc.get(m.doc) ?? 0) + 1);
  }
}

/** Spellings and per-document counts of one entity. */
export async function buildUsage(store: Store, entity: string): Promise<Map<string, EntityUsage>> {
  const usage = new Map<string, EntityUsage>();
  addUsage(usage, await store.mentions({ entity }));
  return usage;
}

/** Every entity's spellings, a document at a time with pauses, so a large corpus never stalls the server. */
export async function buildAllUsage(store: Store, docs: string[]): Promise<Map<string, EntityUsage>> {
  const usage = new Map<string, EntityUsage>();
  for (let i = 0; i < docs.length; i++) {
    addUsage(usage, await store.mentions({ doc: docs[i]! }));
    if (i % 25 === 24) await new Promise((r) => setImmediate(r));
  }
  return usage;
}

/** Reads the whole latest corpus once (mentions apart: see buildUsage); everything the workbench lists is answered from here. */
export async function buildCorpusIndex(store: Store): Promise<CorpusIndex> {
  const t0 = performance.now();
  const stored = await store.listDocuments();
  const text = new Map(stored.map((d) => [d.id, d.text]));
  const docs = stored.map(docSummary);
  const docById = new Map(docs.map((d) => [d.id, d]));
  const entities = await store.listEntities();
  const links = await store.links();
  const claims = claimViews(await store.claims(), text, docById, links);
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const claimsBySpeaker = new Map<string, ClaimView[]>();
  const claimsAbout = new Map<string, ClaimView[]>();
  for (const c of claims) {
    if (c.speaker.entity) push(claimsBySpeaker, c.speaker.entity, c);
    for (const a of c.about) push(claimsAbout, a, c);
  }
  const events = (await store.events()).map((r) => eventOut(r, text.get(r.doc) ?? ''));
  const eventsByActor = new Map<string, EventView[]>();
  for (const e of events) for (const a of new Set([...e.actors, ...(e.place ? [e.place] : [])])) push(eventsByActor, a, e);
  const relations = (await store.relations()).flatMap((r) => relationView(r, text.get(r.doc) ?? '', claimById, docById));
  const relationsByEntity = new Map<string, RelationView[]>();
  for (const r of relations) {
    push(relationsByEntity, r.source, r);
    if (r.target !== r.source) push(relationsByEntity, r.target, r);
  }
  return {
    docs,
    docById,
    entities,
    entityById: new Map(entities.map((e) => [e.id, e])),
    claims,
    claimById,
    claimsBySpeaker,
    claimsAbout,
    events,
    eventsByActor,
    relations,
    relationsByEntity,
    links,
    sources: await store.sources(),
    builtMs: performance.now() - t0,
  };
}

function claimViews(rows: ClaimRow[], text: Map<string, string>, docs: Map<string, DocSummary>, links: ExportLinkT[]): ClaimView[] {
  const views = rows.map((r): ClaimView => {
    const c = r.claim;
    const doc = docs.get(r.doc);
    return {
      id: scopedId(r.doc, c.id),
      doc: r.doc,
      speaker: { kind: c.speaker.kind, entity: r.speakerEntity, text: c.speaker.text },
      chain: c.chain.map((l) => ({ text: l.text, role: l.role })),
      cue: c.cue,
      kind: c.kind,
      stance: c.stance,
      hedged: c.hedged,
      hedges: c.hedges,
      quote: c.quote,
      sourcing: c.sourcing,
      said_on: c.saidOn,
      content: c.content,
      about: r.aboutEntities,
      credibility: null,
      credibility_reason: null,
      evidence: slice(text.get(r.doc) ?? '', c.evidence),
      spans: c.spans,
      published: doc?.published ?? null,
      outlet: doc?.outlet ?? null,
    };
  });
  const cred = credibility(
    views.map((v) => ({ id: v.id, stance: v.stance as ClaimRow['claim']['stance'], kind: v.kind as ClaimRow['claim']['kind'], hedged: v.hedged, sourcing: v.sourcing as ClaimRow['claim']['sourcing'] })),
    links,
  );
  for (const v of views) {
    const k = cred.get(v.id);
    if (k) {
      v.credibility = k.digit;
      v.credibility_reason = k.reason;
    }
  }
  return views;
}


const ALLEGED_STANCES = new Set(['allege', 'deny', 'estimate', 'predict', 'retract']);

function relationView(r: RelationRow, text: string, claims: Map<string, ClaimView>, docs: Map<string, DocSummary>): RelationView[] {
  if (!r.sourceEntity || !r.targetEntity) return [];
  const claim = r.relation.claim ? (claims.get(scopedId(r.doc, r.relation.claim)) ?? null) : null;
  const alleged = claim !== null && (claim.hedged || ALLEGED_STANCES.has(claim.stance) || claim.kind !== 'statement');
  return [
    {
      id: scopedId(r.doc, r.relation.id),
      doc: r.doc,
      type: r.relation.type,
      source: r.sourceEntity,
      target: r.targetEntity,
      claim: claim?.id ?? null,
      basis: alleged ? 'alleged' : 'reported',
      credibility: claim?.credibility ?? null,
      date: claim?.said_on ?? docs.get(r.doc)?.published ?? null,
      evidence: slice(text, r.relation.evidence),
    },
  ];
}
