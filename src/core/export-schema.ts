/** The `dossier.export/1` contract, defined once; docs/export-json.md and the JSON Schema file derive from it. */
import { z } from 'zod';
import { CLAIM_KINDS, CONFLICTS, DATE_PRECISIONS, ENTITY_TYPES, FRAMINGS, LINK_KINDS, PUBLISHED_BASES, RELIABILITY, SOURCINGS, STANCES } from './vocab.js';

const offset = z.number().int().nonnegative();
const pair = z.tuple([offset, offset]);
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const Evidence = z.object({ start: offset, end: offset, text: z.string() });
const shareOf = z.number().min(0).max(1);

/** A document's sourcing profile: signals for a reader, never a verdict on truth. */
export const ExportSourcing = z.object({
  claims: z.number().int().nonnegative(),
  named: z.number().int().nonnegative(),
  anonymous: z.number().int().nonnegative(),
  unattributed: z.number().int().nonnegative(),
  hedged: z.number().int().nonnegative(),
  shares: z.object({ named: shareOf, anonymous: shareOf, unattributed: shareOf, hedged: shareOf }),
  unattributed_accusations: z.array(Evidence.extend({ claim: z.string().nullable(), why: z.string(), credibility: z.number().int().min(1).max(6), credibility_reason: z.string() })),
  framing: z.array(Evidence.extend({ category: z.enum(FRAMINGS), why: z.string() })),
  signals: z.array(z.string()),
});

export const ExportDocument = z.object({
  id: z.string(),
  source: z.string().refine((s) => !s.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(s), 'source must not be an absolute local path'),
  url: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().nullable(),
  author: z.string().nullable(),
  outlet: z.string().nullable(),
  published: partialDate.nullable(),
  published_basis: z.enum(PUBLISHED_BASES).nullable(),
  language: z.string(),
  analysed: z.boolean(),
  text: z.string(),
  version: z.number().int().positive().optional(),
  metadata_basis: z.record(z.string(), z.string()).optional(),
  /** (added) the sourcing profile; absent for documents not analysed */
  sourcing: ExportSourcing.optional(),
});

export const ExportMention = z.object({
  id: z.string(),
  doc: z.string(),
  start: offset,
  end: offset,
  text: z.string(),
  role: z.string().nullable(),
});

export const ExportEntity = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(ENTITY_TYPES),
  kb_id: z.string().nullable(),
  aliases: z.array(z.string()),
  mentions: z.array(ExportMention),
  geo: z.object({ lat: z.number(), lon: z.number() }).nullable(),
});

export const ExportQuantity = z.object({
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  unit: z.string().nullable(),
  qualifier: z.string().nullable(),
  text: z.string(),
});

export const ExportClaim = z.object({
  id: z.string(),
  doc: z.string(),
  speaker: z.object({ kind: z.enum(['named', 'anonymous', 'author']), entity: z.string().nullable(), text: z.string().nullable() }),
  chain: z.array(z.object({ entity: z.string().nullable(), text: z.string(), role: z.enum(['via', 'outlet', 'citation']) })),
  cue: z.string(),
  kind: z.enum(CLAIM_KINDS),
  stance: z.enum(STANCES),
  hedged: z.boolean(),
  quote: z.boolean(),
  sourcing: z.enum(SOURCINGS),
  said_on: partialDate.nullable(),
  content: z.string(),
  about: z.array(z.string()),
  quantities: z.array(ExportQuantity),
  credibility: z.number().int().min(1).max(6).nullable(),
  /** (added) why the credibility digit is what it is */
  credibility_reason: z.string().nullable().optional(),
  evidence: Evidence,
  spans: z.object({ source: pair.nullable(), cue: pair.nullable(), content: pair.nullable() }),
});

export const ExportEvent = z.object({
  id: z.string(),
  doc: z.string(),
  type: z.string(),
  subtype: z.string().nullable(),
  date: partialDate.nullable(),
  date_precision: z.enum(DATE_PRECISIONS).nullable(),
  place: z.string().nullable(),
  geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  actors: z.array(z.string()),
  fatalities: z.number().int().nonnegative().nullable(),
  reported_by: z.array(z.string()),
  evidence: Evidence,
});

export const ExportRelation = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  doc: z.string(),
  claim: z.string().nullable(),
  evidence: Evidence,
});

export const ExportLink = z.object({
  kind: z.enum(LINK_KINDS),
  conflict: z.enum(CONFLICTS).nullable(),
  a: z.string(),
  b: z.string(),
  reason: z.string(),
});

export const ExportSource = z.object({
  outlet: z.string(),
  reliability: z.enum(RELIABILITY),
  basis: z.string(),
});

export const ExportSchema = z.object({
  schema: z.literal('dossier.export/1'),
  generated: z.iso.datetime(),
  documents: z.array(ExportDocument),
  entities: z.array(ExportEntity),
  claims: z.array(ExportClaim),
  events: z.array(ExportEvent),
  relations: z.array(ExportRelation),
  links: z.array(ExportLink),
  sources: z.array(ExportSource),
});
export type DossierExport = z.infer<typeof ExportSchema>;
export type ExportDocumentT = z.infer<typeof ExportDocument>;
export type ExportEntityT = z.infer<typeof ExportEntity>;
export type ExportClaimT = z.infer<typeof ExportClaim>;
export type ExportEventT = z.infer<typeof ExportEvent>;
export type ExportRelationT = z.infer<typeof ExportRelation>;
export type ExportLinkT = z.infer<typeof ExportLink>;
export type ExportSourceT = z.infer<typeof ExportSource>;
export type ExportSourcingT = z.infer<typeof ExportSourcing>;

/** Checks every span in an export against its document text, and every claim reference; returns problems as values. */
export function checkOffsets(x: DossierExport): string[] {
  const texts = new Map(x.documents.map((d) => [d.id, d.text]));
  const problems: string[] = [];
  const check = (doc: string, where: string, s: { start: number; end: number; text: string }) => {
    const t = texts.get(doc);
    if (t === undefined) problems.push(`${where}: unknown document ${doc}`);
    else if (t.slice(s.start, s.end) !== s.text) problems.push(`${where}: text does not match span ${s.start}-${s.end}`);
  };
  for (const e of x.entities) for (const m of e.mentions) check(m.doc, `mention ${m.id}`, m);
  for (const c of x.claims) check(c.doc, `claim ${c.id}`, c.evidence);
  for (const e of x.events) check(e.doc, `event ${e.id}`, e.evidence);
  for (const r of x.relations) check(r.doc, `relation ${r.id}`, r.evidence);
  for (const d of x.documents) {
    for (const f of d.sourcing?.framing ?? []) check(d.id, `framing in ${d.id}`, f);
    for (const a of d.sourcing?.unattributed_accusations ?? []) check(d.id, `accusation in ${d.id}`, a);
  }
  // every fact points at claims a reader can open
  const claims = new Set(x.claims.map((c) => c.id));
  for (const l of x.links) for (const end of [l.a, l.b]) if (!claims.has(end)) problems.push(`link ${l.a} ${l.kind} ${l.b}: ${end} is not a claim`);
  for (const e of x.events) for (const c of e.reported_by) if (!claims.has(c)) problems.push(`event ${e.id}: reported by ${c}, not a claim`);
  for (const r of x.relations) if (r.claim !== null && !claims.has(r.claim)) problems.push(`relation ${r.id}: rests on ${r.claim}, not a claim`);
  return problems;
}
