/** Use cases for the claim ledger: conflicts side by side, one claim with its links and credibility. */
import { credibility, type Credibility, type CredibilityInput } from '../analysis/index.js';
import { AppError } from '../core/errors.js';
import type { ExportLinkT } from '../core/export-schema.js';
import { scopedId } from '../core/ids.js';
import { CONFLICTS } from '../core/vocab.js';
import type { ClaimRow, Store } from '../store/store.js';

export interface LinkedPair {
  link: ExportLinkT;
  a: ClaimRow | undefined;
  b: ClaimRow | undefined;
  /** each side's credibility, computed over all of its links */
  aCredibility: Credibility | null;
  bCredibility: Credibility | null;
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
  const links = await store.links();
  const pairs = links
    .filter((l) => l.kind !== 'corroborates' && (!filter.conflict || l.conflict === filter.conflict))
    .map((link) => ({ link, a: claims.get(link.a), b: claims.get(link.b) }))
    .filter((p) => !filter.about || touches(p.a) || touches(p.b));
  const sides = [...new Set(pairs.flatMap((p) => [p.link.a, p.link.b]))].flatMap((id) => (claims.get(id) ? [credInput(id, claims.get(id)!)] : []));
  const cred = credibility(sides, links);
  return pairs.map((p) => ({ ...p, aCredibility: cred.get(p.link.a) ?? null, bCredibility: cred.get(p.link.b) ?? null }));
}

export interface OutletGrade {
  name: string;
  reliability: string | null;
  basis: string;
}

export interface LinkedClaim {
  link: ExportLinkT;
  other: ClaimRow | undefined;
  role: 'a' | 'b';
  /** the other claim's credibility, computed over all its own links */
  credibility: Credibility | null;
  outlet: OutletGrade | null;
}

export interface ClaimView {
  id: string;
  row: ClaimRow;
  credibility: Credibility;
  outlet: OutletGrade | null;
  links: LinkedClaim[];
}

const credInput = (id: string, r: ClaimRow): CredibilityInput => ({ id, stance: r.claim.stance, kind: r.claim.kind, hedged: r.claim.hedged, sourcing: r.claim.sourcing });

/** One claim with every claim it corroborates or conflicts with, each with its credibility, outlet grade and reason. */
export async function claimView(store: Store, id: string): Promise<ClaimView> {
  const claims = await claimIndex(store);
  const row = claims.get(id);
  if (!row) throw new AppError('NOT_FOUND', `no claim with id "${id}"`, { hint: 'claim ids look like doc-1a2b3c4d5e6f/c3; run `dossier claims` to list them' });
  const links = await store.links();
  const mine = links.filter((l) => l.a === id || l.b === id);
  const others = mine.map((l) => (l.a === id ? l.b : l.a));
  const inputs = [id, ...others].flatMap((k) => (claims.get(k) ? [credInput(k, claims.get(k)!)] : []));
  // each claim's digit depends on all of its links, not only the one it shares with this claim
  const cred = credibility(inputs, links);
  const outletOfDoc = new Map((await store.listDocuments()).map((d) => [d.id, d.meta.outlet]));
  const grades = new Map((await store.sources()).map((s) => [s.outlet, s]));
  const outlet = (r: ClaimRow | undefined): OutletGrade | null => {
    const name = r ? outletOfDoc.get(r.doc) : null;
    if (!name) return null;
    const g = grades.get(name);
    return { name, reliability: g?.reliability ?? null, basis: g?.basis ?? 'not graded' };
  };
  return {
    id,
    row,
    credibility: cred.get(id)!,
    outlet: outlet(row),
    links: mine.map((link) => {
      const otherId = link.a === id ? link.b : link.a;
      const other = claims.get(otherId);
      return { link, role: link.a === id ? 'a' : 'b', other, credibility: cred.get(otherId) ?? null, outlet: outlet(other) };
    }),
  };
}
