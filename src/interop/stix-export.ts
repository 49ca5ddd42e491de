/** `dossier.export/1` → one STIX 2.1 bundle: reports, actors, claim notes, relationships, TLP 2.0 marking. */
import type { DossierExport, ExportClaimT, ExportDocumentT, ExportLinkT, ExportRelationT } from '../core/export-schema.js';
import { actorObjects, entityStixId } from './stix-actors.js';
import { compact, stixTime, type StixObject } from './stix-common.js';
import { DOSSIER_IDENTITY_ID, EXTENSION_NAMES, dossierIdentity, extensionDefinition, extensionId } from './stix-extensions.js';
import { stixId, uuidv5, DOSSIER_NAMESPACE } from './stix-ids.js';
import { ADMIRALTY_CONFIDENCE, ENTITY_SDO, LINK_RELATIONSHIP, OPENCTI_EXTRA_RELATIONSHIPS, RELATION_TO_STIX, SPEC_COMMON_RELATIONSHIPS, SPEC_RELATIONSHIPS, TLP2_MARKING_IDS, tlpMarking, type TlpLevel } from './stix-vocab.js';

export interface StixOptions {
  tlp?: TlpLevel | undefined;
  /** created/modified of every object; defaults to the export's `generated` time */
  now?: Date | undefined;
  /** `opencti`: relationship types outside the STIX vocabulary become `related-to` (the Dossier type stays in the extension) */
  compat?: 'oasis' | 'opencti' | undefined;
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

interface Ctx {
  x: DossierExport;
  opts: StixOptions;
  common: (o: StixObject) => StixObject;
  entityRef: Map<string, string>;
  names: Map<string, string>;
  reportRef: Map<string, string>;
  noteRef: Map<string, string>;
  docs: Map<string, ExportDocumentT>;
  credibility: Map<string, number | null>;
}

/**
 * Builds the bundle; ids are UUIDv5 over Dossier ids, so exporting the same data twice gives the same ids.
 * @example toStixBundle(x, { tlp: 'amber' }).objects.filter((o) => o.type === 'note').length === x.claims.length
 */
export function toStixBundle(x: DossierExport, opts: StixOptions = {}): StixBundle {
  const stamp = (opts.now ?? new Date(x.generated)).toISOString();
  const marking = opts.tlp ? [TLP2_MARKING_IDS[opts.tlp]] : undefined;
  const common = (o: StixObject): StixObject => ({ spec_version: '2.1', created_by_ref: DOSSIER_IDENTITY_ID, created: stamp, modified: stamp, ...o, ...(marking ? { object_marking_refs: marking } : {}) });
  const ctx: Ctx = {
    x,
    opts,
    common,
    entityRef: new Map(x.entities.map((e) => [e.id, entityStixId(e)])),
    names: new Map(x.entities.map((e) => [e.id, e.name])),
    reportRef: new Map(x.documents.map((d) => [d.id, stixId('report', `document:${d.id}`)])),
    noteRef: new Map(x.claims.map((c) => [c.id, stixId('note', `claim:${c.id}`)])),
    docs: new Map(x.documents.map((d) => [d.id, d])),
    credibility: new Map(x.claims.map((c) => [c.id, c.credibility])),
  };
  const grades = new Map(x.sources.map((s) => [s.outlet.trim().toLowerCase(), { reliability: s.reliability, basis: s.basis }]));
  const { objects: actors, outletRef } = actorObjects(x, { stamp, common, grades });
  const relsByDoc = new Map<string, string[]>();
  const relationships: StixObject[] = [];
  for (const r of x.relations) {
    const o = relationObject(r, ctx);
    if (!o) continue;
    relationships.push(o);
    (relsByDoc.get(r.doc) ?? relsByDoc.set(r.doc, []).get(r.doc)!).push(o.id);
  }
  const mentioned = new Map<string, Set<string>>();
  for (const e of x.entities) for (const m of e.mentions) (mentioned.get(m.doc) ?? mentioned.set(m.doc, new Set()).get(m.doc)!).add(ctx.entityRef.get(e.id)!);
  const reports = x.documents.map((d) =>
    reportObject(d, ctx, outletRef.get(d.outlet?.trim().toLowerCase() ?? '') ?? DOSSIER_IDENTITY_ID, [...(mentioned.get(d.id) ?? []), ...(relsByDoc.get(d.id) ?? [])]),
  );
  const notes = x.claims.map((c) => noteObject(c, ctx));
  const links = x.links.map((l) => linkObject(l, ctx)).filter((o): o is StixObject => o !== null);
  const objects: StixObject[] = [
    dossierIdentity() as StixObject,
    ...EXTENSION_NAMES.map((n) => extensionDefinition(n) as StixObject),
    ...(opts.tlp ? [tlpMarking(opts.tlp) as StixObject] : []),
    ...actors,
    ...reports,
    ...notes,
    ...relationships,
    ...links,
  ];
  return { type: 'bundle', id: `bundle--${uuidv5(objects.map((o) => o.id).join('\n'), DOSSIER_NAMESPACE)}`, objects };
}

function reportObject(d: ExportDocumentT, ctx: Ctx, author: string, refs: string[]): StixObject {
  return ctx.common(
    compact({
      type: 'report',
      id: ctx.reportRef.get(d.id)!,
      created_by_ref: author,
      name: d.title ?? d.source,
      published: stixTime(d.published) ?? (ctx.opts.now ?? new Date(ctx.x.generated)).toISOString(),
      report_types: ['threat-report'],
      object_refs: refs.length ? refs : [author],
      lang: d.language === 'und' ? undefined : d.language,
      external_references: [compact({ source_name: d.outlet ?? 'dossier', url: d.url ?? undefined, description: d.url ? undefined : d.source, hashes: { 'SHA-256': d.sha256 } })],
      extensions: {
        [extensionId('provenance')]: compact({
          extension_type: 'property-extension',
          dossier_id: d.id,
          source: d.source,
          sha256: d.sha256,
          author: d.author,
          published_basis: d.published_basis,
          language: d.language,
          analysed: d.analysed,
          version: d.version,
        }),
      },
    }),
  );
}

function speakerLabel(c: ExportClaimT, ctx: Ctx): string {
  if (c.speaker.kind === 'author') {
    const d = ctx.docs.get(c.doc);
    return d?.author ?? d?.outlet ?? 'the article';
  }
  const named = c.speaker.entity ? ctx.names.get(c.speaker.entity) : undefined;
  return named ?? c.speaker.text ?? (c.speaker.kind === 'anonymous' ? 'anonymous source' : 'unnamed speaker');
}

const span = (report: string, s: { start: number; end: number; text: string }) => ({ report_ref: report, start: s.start, end: s.end, text: s.text });

function noteObject(c: ExportClaimT, ctx: Ctx): StixObject {
  const report = ctx.reportRef.get(c.doc);
  const about = [...new Set(c.about.map((a) => ctx.entityRef.get(a)).filter((r): r is string => Boolean(r)))];
  const label = speakerLabel(c, ctx);
  const d = ctx.docs.get(c.doc);
  const ext = compact({
    extension_type: 'property-extension',
    dossier_id: c.id,
    speaker_kind: c.speaker.kind,
    speaker_ref: c.speaker.entity ? ctx.entityRef.get(c.speaker.entity) : undefined,
    speaker_text: c.speaker.text,
    chain: c.chain.map((l) => compact({ entity_ref: l.entity ? ctx.entityRef.get(l.entity) : undefined, text: l.text, role: l.role })),
    cue: c.cue,
    kind: c.kind,
    stance: c.stance,
    hedged: c.hedged,
    quote: c.quote,
    sourcing: c.sourcing,
    said_on: c.said_on,
    credibility: c.credibility,
    quantities: c.quantities.map((q) => compact({ ...q })),
    evidence: report ? span(report, c.evidence) : undefined,
    spans: compact({ source: c.spans.source, cue: c.spans.cue, content: c.spans.content }),
  });
  return ctx.common(
    compact({
      type: 'note',
      id: ctx.noteRef.get(c.id)!,
      abstract: `${label} ${c.cue}`.trim(),
      content: c.content || c.evidence.text,
      authors: [label],
      object_refs: [...about, ...(report ? [report] : [])],
      confidence: c.credibility === null ? undefined : ADMIRALTY_CONFIDENCE[c.credibility],
      lang: d && d.language !== 'und' ? d.language : undefined,
      extensions: { [extensionId('claim')]: ext },
    }),
  );
}

/** A spec relationship type when the spec lists it for this pair of SDO types. */
export function specAllows(type: string, source: string, target: string, compat?: StixOptions['compat']): boolean {
  if ((SPEC_COMMON_RELATIONSHIPS as readonly string[]).includes(type)) return true;
  const pairs = [...(SPEC_RELATIONSHIPS[type] ?? []), ...(compat === 'opencti' ? (OPENCTI_EXTRA_RELATIONSHIPS[type] ?? []) : [])];
  return pairs.some(([s, t]) => s === source && t === target);
}

/** Dossier type → STIX relationship_type: the vocabulary term where the spec allows it, else the documented custom type. */
export function relationshipType(dossierType: string, source: string, target: string, compat: StixOptions['compat']): string {
  const mapped = RELATION_TO_STIX[dossierType];
  if (mapped && specAllows(mapped, source, target, compat)) return mapped;
  if (compat === 'opencti') return 'related-to';
  return dossierType.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'related-to';
}

const sdoOf = (ref: string) => ref.slice(0, ref.indexOf('--'));

function relationObject(r: ExportRelationT, ctx: Ctx): StixObject | null {
  const source = ctx.entityRef.get(r.source);
  const target = ctx.entityRef.get(r.target);
  const report = ctx.reportRef.get(r.doc);
  if (!source || !target || !report) return null;
  const cred = r.claim ? ctx.credibility.get(r.claim) : null;
  return ctx.common(
    compact({
      type: 'relationship',
      id: stixId('relationship', `relation:${r.id}`),
      relationship_type: relationshipType(r.type, sdoOf(source), sdoOf(target), ctx.opts.compat),
      source_ref: source,
      target_ref: target,
      description: r.evidence.text,
      confidence: cred ? ADMIRALTY_CONFIDENCE[cred] : undefined,
      extensions: {
        [extensionId('provenance')]: compact({
          extension_type: 'property-extension',
          dossier_id: r.id,
          relation_type: r.type,
          claim_ref: r.claim ? ctx.noteRef.get(r.claim) : undefined,
          evidence: span(report, r.evidence),
        }),
      },
    }),
  );
}

function linkObject(l: ExportLinkT, ctx: Ctx): StixObject | null {
  const a = ctx.noteRef.get(l.a);
  const b = ctx.noteRef.get(l.b);
  if (!a || !b) return null;
  const key = `link:${l.kind}:${l.a}:${l.b}`;
  return ctx.common(
    compact({
      type: 'relationship',
      id: stixId('relationship', key),
      relationship_type: ctx.opts.compat === 'opencti' ? 'related-to' : LINK_RELATIONSHIP[l.kind]!,
      source_ref: a,
      target_ref: b,
      description: l.reason,
      extensions: {
        [extensionId('provenance')]: compact({ extension_type: 'property-extension', dossier_id: key, link_kind: l.kind, conflict: l.conflict, reason: l.reason }),
      },
    }),
  );
}

/** Which SDO type each Dossier entity type becomes (for docs and checks). */
export const SDO_OF_ENTITY_TYPE = Object.fromEntries(Object.entries(ENTITY_SDO).map(([k, v]) => [k, v.sdo]));
