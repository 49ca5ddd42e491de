/**
 * Use cases behind the analyst workbench (HTTP API and web UI): paged lists, an actor's dossier,
 * a document with its annotations, the claim ledger, events, places and search.
 * @example const wb = new Workbench(store); const page = await wb.claims({ stance: 'deny' }, { limit: 50, offset: 0 });
 */
import type { KbActor } from '../core/actor.js';
import { AppError } from '../core/errors.js';
import type { EntityType } from '../core/vocab.js';
import type { Store } from '../store/store.js';
import { buildAllUsage, buildCorpusIndex, buildUsage, type ClaimView, type CorpusIndex, type DocSummary, type EntityUsage, type EventView } from './workbench-index.js';
import { graphOf, neighbourhoodOf, type GraphFilter, type GraphView } from './workbench-graph.js';
import { documentProfile, outletProfiles, sourcingProfiles, UNKNOWN_OUTLET, type OutletProfile } from './sourcing-profiles.js';

export type { ClaimView, DocSummary, EventView, RelationView } from './workbench-index.js';
export type { GraphFilter, GraphView } from './workbench-graph.js';

export interface Page {
  limit: number;
  offset: number;
}
export interface Paged<T> extends Page {
  items: T[];
  total: number;
}

export interface ClaimFilter {
  speaker?: string;
  about?: string;
  stance?: string;
  kind?: string;
  /** Admiralty credibility digit: keep claims rated this or better (1 best) */
  credibility?: number;
  from?: string;
  to?: string;
  doc?: string;
}

const paged = <T>(all: T[], p: Page): Paged<T> => ({ items: all.slice(p.offset, p.offset + p.limit), total: all.length, limit: p.limit, offset: p.offset });

/** Partial dates compare as strings once the upper bound is padded to its period's end. */
const inRange = (date: string | null, from?: string, to?: string) => {
  if (!from && !to) return true;
  if (!date) return false;
  return (!from || date >= from.slice(0, date.length)) && (!to || date.slice(0, to.length) <= to);
};

/** Entity pages kept ready; the read model is immutable between writes, so they never go stale. */
const PAGE_CACHE = 2000;

export class Workbench {
  private index: Promise<CorpusIndex> | null = null;
  /** every entity's spellings, built in the background once the index is up (a million mentions take a while) */
  private usage: Map<string, EntityUsage> | null = null;
  private readonly pages = new Map<string, Promise<unknown>>();
  private usageBuild: Promise<void> = Promise.resolve();
  /** sourcing profiles summed per outlet, built on the first request for sources */
  private outletProfiles: Promise<Map<string, OutletProfile>> | null = null;

  constructor(
    private readonly store: Store,
    private readonly kb: (kbId: string) => KbActor | undefined = () => undefined,
  ) {}

  /** Drops the read model after a write; the next read rebuilds it. */
  invalidate(): void {
    this.index = null;
    this.usage = null;
    this.outletProfiles = null;
    this.pages.clear();
  }

  corpus(): Promise<CorpusIndex> {
    if (this.index) return this.index;
    const index = buildCorpusIndex(this.store);
    this.index = index;
    this.usageBuild = index.then(
      async (ix) => {
        const u = await buildAllUsage(this.store, ix.docs.map((d) => d.id));
        if (this.index === index) this.usage = u;
      },
      () => {
        if (this.index === index) this.index = null;
      },
    );
    return index;
  }

  /** Resolves once the read model and every actor's spellings are built (benchmarks wait for it; the UI needn't). */
  async warm(): Promise<void> {
    await this.corpus();
    await this.usageBuild;
  }

  private async usageOf(id: string): Promise<EntityUsage | undefined> {
    return this.usage ? this.usage.get(id) : (await buildUsage(this.store, id)).get(id);
  }

  async overview() {
    const ix = await this.corpus();
    const grades: Record<string, number> = {};
    for (const s of ix.sources) grades[s.reliability] = (grades[s.reliability] ?? 0) + 1;
    return {
      counts: { documents: ix.docs.length, entities: ix.entities.length, claims: ix.claims.length, events: ix.events.length, relations: ix.relations.length, conflicts: ix.links.filter((l) => l.kind !== 'corroborates').length, sources: ix.sources.length },
      actors: ix.entities.filter((e) => e.type !== 'NORP').slice(0, 15),
      conflicts: (await this.conflicts({ limit: 8, offset: 0 })).items,
      grades,
      latest: [...ix.docs].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '')).slice(0, 8),
    };
  }

  async documents(filter: { outlet?: string }, p: Page): Promise<Paged<DocSummary>> {
    const ix = await this.corpus();
    return paged(filter.outlet ? ix.docs.filter((d) => d.outlet === filter.outlet) : ix.docs, p);
  }

  /** One document version with every annotation layer, ready to highlight. */
  async document(id: string) {
    const d = await this.store.getDocument(id);
    if (!d) throw new AppError('NOT_FOUND', `no document with id "${id}"`);
    const ix = await this.corpus();
    const [mentions, times, relations, sourcing] = await Promise.all([this.store.mentions({ doc: id }), this.store.times({ doc: id }), this.store.relations({ doc: id }), documentProfile(this.store, d)]);
    const names = (e: string | null) => (e ? (ix.entityById.get(e)?.name ?? e) : null);
    return {
      id: d.id,
      version: d.version,
      latest: d.latest,
      source: d.source,
      language: d.language,
      analysed: d.analysed,
      note: d.note,
      encoding: d.encoding,
      ingested_at: d.ingestedAt,
      meta: d.meta,
      text: d.text,
      stripped: d.stripped,
      mentions: mentions.map((m) => ({ id: m.mention.id, start: m.mention.start, end: m.mention.end, text: m.mention.text, type: m.mention.type, entity: m.entity, name: names(m.entity) })),
      times: times.map((t) => t.time),
      claims: ix.claims.filter((c) => c.doc === id),
      events: ix.events.filter((e) => e.doc === id),
      relations: relations.map((r) => ({ id: r.relation.id, type: r.relation.type, source: r.sourceEntity, target: r.targetEntity, evidence: r.relation.evidence })),
      sourcing,
    };
  }

  async entities(filter: { type?: EntityType; q?: string }, p: Page) {
    const ix = await this.corpus();
    const q = filter.q?.toLowerCase();
    const list = ix.entities.filter((e) => (!filter.type || e.type === filter.type) && (!q || e.name.toLowerCase().includes(q) || e.aliases.some((a) => a.toLowerCase().includes(q))));
    return paged(list, p);
  }

  /** An actor's page: spellings by document, roles, claims by and about it, events, relations, documents (first `cap` of each). */
  entity(id: string, cap = 25): Promise<Awaited<ReturnType<Workbench['entityPage']>>> {
    const hit = this.pages.get(`${id}|${cap}`) as ReturnType<Workbench['entityPage']> | undefined;
    if (hit) return hit;
    const page = this.entityPage(id, cap);
    if (this.pages.size >= PAGE_CACHE) this.pages.delete(this.pages.keys().next().value!);
    this.pages.set(`${id}|${cap}`, page);
    page.catch(() => this.pages.delete(`${id}|${cap}`));
    return page;
  }

  private async entityPage(id: string, cap: number) {
    const ix = await this.corpus();
    const e = ix.entityById.get(id);
    if (!e) throw new AppError('NOT_FOUND', `no actor with id "${id}"`);
    const usage = await this.usageOf(id);
    const kb = e.kbId ? this.kb(e.kbId) : undefined;
    const by = ix.claimsBySpeaker.get(id) ?? [];
    const about = ix.claimsAbout.get(id) ?? [];
    const events = ix.eventsByActor.get(id) ?? [];
    const relations = ix.relationsByEntity.get(id) ?? [];
    const docs = [...(usage?.perDoc ?? [])].sort((a, b) => b[1] - a[1]);
    const related = new Set(relations.flatMap((r) => [r.source, r.target]));
    return {
      entity: e,
      kb: kb ? { description: kb.description ?? null, roles: kb.roles, affiliations: kb.affiliations, wikidata: kb.wikidata ?? null, country: kb.country ?? null } : null,
      spellings: [...(usage?.spellings ?? [])].map(([text, ds]) => ({ text, docs: [...ds].slice(0, cap), docCount: ds.size })).sort((a, b) => b.docCount - a.docCount),
      documents: { total: docs.length, items: docs.slice(0, cap).flatMap(([doc, mentions]) => (ix.docById.get(doc) ? [{ ...ix.docById.get(doc)!, mentions }] : [])) },
      claimsBy: { total: by.length, items: by.slice(0, cap) },
      claimsAbout: { total: about.length, items: about.slice(0, cap) },
      events: { total: events.length, items: events.slice(0, cap) },
      relations: { total: relations.length, items: relations.slice(0, cap) },
      names: Object.fromEntries([...related].flatMap((r) => (ix.entityById.get(r) ? [[r, ix.entityById.get(r)!.name]] : []))),
    };
  }

  async neighbourhood(id: string, filter: GraphFilter & { depth?: number }): Promise<GraphView> {
    const ix = await this.corpus();
    if (!ix.entityById.has(id)) throw new AppError('NOT_FOUND', `no actor with id "${id}"`);
    return neighbourhoodOf(ix, id, filter);
  }

  async graph(filter: GraphFilter): Promise<GraphView> {
    return graphOf(await this.corpus(), filter);
  }

  async claims(f: ClaimFilter, p: Page): Promise<Paged<ClaimView>> {
    const ix = await this.corpus();
    let list = f.speaker ? (ix.claimsBySpeaker.get(f.speaker) ?? []) : f.about ? (ix.claimsAbout.get(f.about) ?? []) : ix.claims;
    list = list.filter(
      (c) =>
        (!f.about || c.about.includes(f.about)) &&
        (!f.stance || c.stance === f.stance) &&
        (!f.kind || c.kind === f.kind) &&
        (!f.doc || c.doc === f.doc) &&
        (f.credibility === undefined || (c.credibility ?? 6) <= f.credibility) &&
        inRange(c.said_on ?? c.published, f.from, f.to),
    );
    return paged(list, p);
  }

  /** Contradictions, refutations and retractions, each with both claims side by side. */
  async conflicts(p: Page) {
    const ix = await this.corpus();
    const list = ix.links.filter((l) => l.kind !== 'corroborates').map((link) => ({ ...link, claimA: ix.claimById.get(link.a) ?? null, claimB: ix.claimById.get(link.b) ?? null }));
    return paged(list, p);
  }

  async events(f: { actor?: string; type?: string; from?: string; to?: string }, p: Page): Promise<Paged<EventView & { published: string | null }>> {
    const ix = await this.corpus();
    const list = (f.actor ? (ix.eventsByActor.get(f.actor) ?? []) : ix.events)
      .map((e) => ({ ...e, published: ix.docById.get(e.doc)?.published ?? null }))
      .filter((e) => (!f.type || e.type === f.type) && inRange(e.date ?? e.published, f.from, f.to));
    return paged(list, p);
  }

  /** Outlets with their grade, who set it and why, and what they published. */
  async sources() {
    const ix = await this.corpus();
    this.outletProfiles ??= this.store.listDocuments().then(async (docs) => new Map(outletProfiles(docs, await sourcingProfiles(this.store)).map((p) => [p.outlet, p])));
    const profiles = await this.outletProfiles;
    const perOutlet = new Map<string, { documents: number; claims: number; first: string | null; last: string | null }>();
    for (const d of ix.docs) {
      const k = d.outlet ?? UNKNOWN_OUTLET;
      const s = perOutlet.get(k) ?? perOutlet.set(k, { documents: 0, claims: 0, first: null, last: null }).get(k)!;
      s.documents++;
      if (d.published && (!s.first || d.published < s.first)) s.first = d.published;
      if (d.published && (!s.last || d.published > s.last)) s.last = d.published;
    }
    for (const c of ix.claims) {
      const s = perOutlet.get(c.outlet ?? UNKNOWN_OUTLET);
      if (s) s.claims++;
    }
    const graded = new Map(ix.sources.map((s) => [s.outlet, s]));
    return [...perOutlet].map(([outlet, stats]) => ({ outlet, reliability: graded.get(outlet)?.reliability ?? null, basis: graded.get(outlet)?.basis ?? 'not graded', ...stats, sourcing: profiles.get(outlet) ?? null }));
  }

  /** Places with coordinates, and the events placed at them grouped by place and geo precision (a few shown each). */
  async places(sample = 5) {
    const ix = await this.corpus();
    const places = ix.entities.filter((e) => e.geo);
    const groups = new Map<string, { place: string; geo: { lat: number; lon: number }; geo_precision: number | null; count: number; types: Record<string, number>; events: EventView[] }>();
    for (const e of ix.events) {
      const geo = e.place ? ix.entityById.get(e.place)?.geo : null;
      if (!geo) continue;
      const key = `${e.place}|${e.geo_precision}`;
      const g = groups.get(key) ?? groups.set(key, { place: e.place!, geo, geo_precision: e.geo_precision, count: 0, types: {}, events: [] }).get(key)!;
      g.count++;
      g.types[e.type] = (g.types[e.type] ?? 0) + 1;
      if (g.events.length < sample) g.events.push(e);
    }
    return { places, eventGroups: [...groups.values()].sort((a, b) => b.count - a.count) };
  }

  async search(q: string, limit: number) {
    const ix = await this.corpus();
    const hits = await this.store.search(q, limit);
    return hits.map((h) => ({ ...h, title: ix.docById.get(h.doc)?.title ?? null }));
  }
}
