/** Use cases for the claim ledger: conflicts side by side, one claim with its links and credibility. */
import { credibility, type Credibility } from '../analysis/index.js';
import { AppError } from '../core/errors.js';
import type { ExportLinkT } from '../core/export-schema.js';
import { scopedId } from '../core/ids.js';
import { CONFLICTS } from '../core/vocab.js';
import type { ClaimRow, Store } from '../store/store.js';

export interface LinkedPair {
  link: ExportLinkT;
  a: ClaimRow | undefined;
  b: ClaimRow | undefined;
}

async function claimIndex(store: Store): Promise<Map<string, ClaimRow>> {
  return new Map((await store.claims()).map((r) => [scopedId(r.doc, r.claim.id), r]));
}

/** Conflict links (not corroborations), optionally only those touching an actor or of one category. */
export async function listConflicts(store: Store, filter: { about?: string; conflict?: string } = {}): Promise<LinkedPair[]> {
  if (filter.conflict && !(CONFLICTS as readonly string[]).includes(filter.conflict)) {
    throw new AppError('INVALID_ARGUMENT', `unknown conflict category "${filter.conflict}"`, { hint: `categories: ${CONFLICTS.join(', ')}` });
  }
  const claims = await claimIndex(store);
  const touches = (r: ClaimRow | undefined) => !!r && (r.speakerEntity === filter.about || r.aboutEntities.includes(filter.about!));
  return (await store.links())
    .filter((l) => l.kind !== 'corroborates' && (!filter.conflict || l.conflict === filter.conflict))
    .map((link) => ({ link, a: claims.get(link.a), b: claims.get(link.b) }))
    .filter((p) => !filter.about || touches(p.a) || touches(p.b));
}

export interface ClaimView {
  id: string;
  row: ClaimRow;
  credibility: Credibility;
  links: { link: ExportLinkT; other: ClaimRow | undefined; role: 'a' | 'b' }[];
}

/** One claim with every claim it corroborates or conflicts with, and its credibility with the reason. */
export async function claimView(store: Store, id: string): Promise<ClaimView> {
  const claims = await claimIndex(store);
  const row = claims.get(id);
  if (!row) throw new AppError('NOT_FOUND', `no claim with id "${id}"`, { hint: 'claim ids look like doc-1a2b3c4d5e6f/c3; run `dossier claims` to list them' });
  const mine = (await store.links()).filter((l) => l.a === id || l.b === id);
  const c = row.claim;
  const cred = credibility([{ id, stance: c.stance, kind: c.kind, hedged: c.hedged, sourcing: c.sourcing }], mine).get(id)!;
  return {
    id,
    row,
    credibility: cred,
    links: mine.map((link) => ({ link, role: link.a === id ? 'a' : 'b', other: claims.get(link.a === id ? link.b : link.a) })),
  };
}
