/** Use case: a corpus overview — documents, most-mentioned actors, claims by speaker, conflicts. */
import { scopedId } from '../core/ids.js';
import type { ExportLinkT } from '../core/export-schema.js';
import type { ClaimRow, EntitySummary, Store, StoredDocument } from '../store/store.js';

export interface CorpusSummary {
  documents: StoredDocument[];
  actors: EntitySummary[];
  speakers: { speaker: string; claims: number; stances: Record<string, number> }[];
  claimCount: number;
  /** the author's uncued accounts of unreported events (stage 75), counted apart from speakers' claims */
  narrativeCount: number;
  conflicts: { link: ExportLinkT; a: ClaimRow | undefined; b: ClaimRow | undefined }[];
}

export async function summarise(store: Store, topActors = 12): Promise<CorpusSummary> {
  const documents = await store.listDocuments();
  const actors = (await store.listEntities()).filter((e) => e.type !== 'NORP').slice(0, topActors);
  const claims = await store.claims();
  const names = new Map((await store.listEntities()).map((e) => [e.id, e.name]));
  const bySpeaker = new Map<string, { claims: number; stances: Record<string, number> }>();
  for (const r of claims) {
    const c = r.claim;
    if (c.kind === 'narrative') continue; // the article's own account of events, not a statement by a speaker
    const key = c.speaker.kind === 'author' ? '(article author)' : r.speakerEntity ? (names.get(r.speakerEntity) ?? r.speakerEntity) : `${c.speaker.text ?? '?'} (${c.speaker.kind})`;
    const s = bySpeaker.get(key) ?? bySpeaker.set(key, { claims: 0, stances: {} }).get(key)!;
    s.claims++;
    s.stances[c.stance] = (s.stances[c.stance] ?? 0) + 1;
  }
  const byId = new Map(claims.map((r) => [scopedId(r.doc, r.claim.id), r]));
  const conflicts = (await store.links()).filter((l) => l.kind !== 'corroborates').map((link) => ({ link, a: byId.get(link.a), b: byId.get(link.b) }));
  return {
    documents,
    actors,
    speakers: [...bySpeaker].map(([speaker, v]) => ({ speaker, ...v })).sort((a, b) => b.claims - a.claims),
    claimCount: claims.filter((r) => r.claim.kind !== 'narrative').length,
    narrativeCount: claims.filter((r) => r.claim.kind === 'narrative').length,
    conflicts,
  };
}
