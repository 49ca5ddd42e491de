/** Use case: build the `dossier.export/1` object from the store, validated against its schema. */
import type { ClaimAnn } from '../core/doc.js';
import { AppError } from '../core/errors.js';
import { credibility, type SourcingProfile } from '../analysis/index.js';
import { ExportSchema, checkOffsets, type DossierExport, type ExportClaimT, type ExportDocumentT, type ExportEventT, type ExportEntityT } from '../core/export-schema.js';
import { scopedId } from '../core/ids.js';
import type { ClaimRow, EventRow, Store, StoredDocument } from '../store/store.js';
import { profilesOf } from './sourcing-profiles.js';

const evidence = (text: string, s: { start: number; end: number }) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });

/** Everything in the latest document versions; ids are stable across runs. */
export async function buildExport(store: Store, now: Date = new Date()): Promise<DossierExport> {
  const docs = await store.listDocuments();
  const text = new Map(docs.map((d) => [d.id, d.text]));
  const t = (doc: string) => text.get(doc) ?? '';
  const mentionRows = await store.mentions();
  const mentionEntity = new Map(mentionRows.map((m) => [scopedId(m.doc, m.mention.id), m.entity]));
  const entOf = (doc: string, mention: string | null) => (mention ? (mentionEntity.get(scopedId(doc, mention)) ?? null) : null);

  const entities: ExportEntityT[] = [];
  const byEntity = new Map<string, ExportEntityT['mentions']>();
  for (const m of mentionRows) {
    if (!m.entity) continue;
    const list = byEntity.get(m.entity) ?? byEntity.set(m.entity, []).get(m.entity)!;
    list.push({ id: scopedId(m.doc, m.mention.id), doc: m.doc, start: m.mention.start, end: m.mention.end, text: m.mention.text, role: m.mention.role ?? null });
  }
  for (const e of await store.listEntities()) {
    entities.push({ id: e.id, name: e.name, type: e.type, kb_id: e.kbId, aliases: e.aliases, mentions: byEntity.get(e.id) ?? [], geo: e.geo });
  }

  const links = await store.links();
  const claimRows = await store.claims();
  const claims = claimRows.map((r) => claimOut(r, t(r.doc), entOf));
  const profiles = profilesOf(docs, claimRows, mentionRows);
  const cred = credibility(claims, links);
  for (const c of claims) {
    const k = cred.get(c.id)!;
    c.credibility = k.digit;
    c.credibility_reason = k.reason;
  }
  // an accusation made in a claim carries that claim's credibility, corroboration and conflicts included
  for (const p of profiles.values()) {
    for (const a of p.unattributed_accusations) {
      const k = a.claim ? cred.get(a.claim) : undefined;
      if (k) Object.assign(a, { credibility: k.digit, credibility_reason: k.reason });
    }
  }
  const events = (await store.events()).map((r) => eventOut(r, t(r.doc)));
  const relations = (await store.relations())
    .filter((r) => r.sourceEntity && r.targetEntity)
    .map(({ doc, relation: r, sourceEntity, targetEntity }) => ({
      id: scopedId(doc, r.id),
      type: r.type,
      source: sourceEntity!,
      target: targetEntity!,
      doc,
      claim: r.claim ? scopedId(doc, r.claim) : null,
      evidence: evidence(t(doc), r.evidence),
    }));

  const out: DossierExport = {
    schema: 'dossier.export/1',
    generated: now.toISOString(),
    documents: docs.map((d) => documentOut(d, profiles.get(d.id))),
    entities,
    claims,
    events,
    relations,
    links,
    sources: await store.sources(),
  };
  const parsed = ExportSchema.safeParse(out);
  if (!parsed.success) throw new AppError('INTERNAL', `export failed its own schema: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  const problems = checkOffsets(out);
  if (problems.length) throw new AppError('INTERNAL', `export has ${problems.length} bad spans, first: ${problems[0]}`);
  return out;
}

/** One event in the export's shape (also what the workbench serves). */
export function eventOut({ doc, event: e, placeEntity, actorEntities }: EventRow, text: string): ExportEventT {
  return {
    id: scopedId(doc, e.id),
    doc,
    type: e.type,
    subtype: e.subtype,
    date: e.date,
    date_precision: e.datePrecision,
    place: placeEntity,
    geo_precision: e.geoPrecision,
    actors: actorEntities,
    fatalities: e.fatalities,
    reported_by: e.reportedBy.map((c) => scopedId(doc, c)),
    evidence: evidence(text, e.evidence),
  };
}

function documentOut(d: StoredDocument, sourcing: SourcingProfile | undefined): ExportDocumentT {
  return {
    id: d.id,
    source: d.source,
    url: d.meta.url,
    sha256: d.sha256,
    title: d.meta.title,
    author: d.meta.author,
    outlet: d.meta.outlet,
    published: d.meta.published,
    published_basis: d.meta.publishedBasis,
    language: d.language,
    analysed: d.analysed,
    text: d.text,
    version: d.version,
    metadata_basis: d.meta.basis,
    ...(sourcing ? { sourcing } : {}),
  };
}

/** What a claim's export record needs beyond the annotation: its id, document, text and entity ids. */
export interface ClaimContext {
  id: string;
  doc: string;
  text: string;
  speakerEntity: string | null;
  about: string[];
  entityOf: (mention: string | null) => string | null;
}

/** One claim in the export's shape; credibility is filled in once the links are known. */
export function claimToExport(c: ClaimAnn, x: ClaimContext): ExportClaimT {
  return {
    id: x.id,
    doc: x.doc,
    speaker: { kind: c.speaker.kind, entity: x.speakerEntity, text: c.speaker.text },
    chain: c.chain.map((l) => ({ entity: x.entityOf(l.mention), text: l.text, role: l.role })),
    cue: c.cue,
    kind: c.kind,
    stance: c.stance,
    hedged: c.hedged,
    quote: c.quote,
    sourcing: c.sourcing,
    said_on: c.saidOn,
    content: c.content,
    about: x.about,
    quantities: c.quantities.map((q) => ({ value: q.value, min: q.min, max: q.max, unit: q.unit, qualifier: q.qualifier, text: q.text })),
    credibility: null,
    evidence: evidence(x.text, c.evidence),
    spans: c.spans,
  };
}

function claimOut(r: ClaimRow, text: string, entOf: (doc: string, m: string | null) => string | null): ExportClaimT {
  return claimToExport(r.claim, { id: scopedId(r.doc, r.claim.id), doc: r.doc, text, speakerEntity: r.speakerEntity, about: r.aboutEntities, entityOf: (m) => entOf(r.doc, m) });
}
