/**
 * Use case: sourcing profiles of stored documents (one each) and their sums per outlet.
 * @example (await sourcingProfiles(store)).get('doc-1a2b3c4d5e6f')?.signals
 */
import { combineProfiles, sourcingProfile, type ProfileClaim, type SourcingProfile } from '../analysis/index.js';
import { scopedId } from '../core/ids.js';
import type { ClaimRow, MentionRow, Store, StoredDocument } from '../store/store.js';

export type { SourcingProfile };
export type OutletProfile = ReturnType<typeof combineProfiles> & { outlet: string };

// scoped ids, so an accusation names its claim as the export and the CLI do
const profileClaim = (r: ClaimRow): ProfileClaim => ({ id: scopedId(r.doc, r.claim.id), speakerKind: r.claim.speaker.kind, stance: r.claim.stance, hedged: r.claim.hedged, sourcing: r.claim.sourcing, evidence: r.claim.evidence });

const group = <T extends { doc: string }>(rows: T[]) => {
  const m = new Map<string, T[]>();
  for (const r of rows) (m.get(r.doc) ?? m.set(r.doc, []).get(r.doc)!).push(r);
  return m;
};

/** Profiles of the given documents from rows already read (the export reads them once for everything); narratives are the events' backbone, not sourcing. */
export function profilesOf(docs: StoredDocument[], claims: ClaimRow[], mentions: MentionRow[]): Map<string, SourcingProfile> {
  const byClaims = group(claims);
  const byMentions = group(mentions);
  const out = new Map<string, SourcingProfile>();
  for (const d of docs) {
    if (!d.analysed) continue;
    out.set(d.id, sourcingProfile({ text: d.text, claims: (byClaims.get(d.id) ?? []).filter((r) => r.claim.kind !== 'narrative').map(profileClaim), mentions: (byMentions.get(d.id) ?? []).map((m) => m.mention) }));
  }
  return out;
}

/** One document's profile, or null when it was not analysed. */
export async function documentProfile(store: Store, doc: StoredDocument): Promise<SourcingProfile | null> {
  if (!doc.analysed) return null;
  const [claims, mentions] = await Promise.all([store.claims({ doc: doc.id }), store.mentions({ doc: doc.id })]);
  return profilesOf([doc], claims, mentions).get(doc.id) ?? null;
}

/** Every latest document's profile. */
export async function sourcingProfiles(store: Store): Promise<Map<string, SourcingProfile>> {
  const [docs, claims, mentions] = await Promise.all([store.listDocuments(), store.claims(), store.mentions()]);
  return profilesOf(docs, claims, mentions);
}

export const UNKNOWN_OUTLET = '(unknown outlet)';

/** Profiles summed per outlet; documents without an outlet are summed together. */
export function outletProfiles(docs: StoredDocument[], profiles: Map<string, SourcingProfile>): OutletProfile[] {
  const by = new Map<string, SourcingProfile[]>();
  for (const d of docs) {
    const p = profiles.get(d.id);
    if (!p) continue;
    const k = d.meta.outlet ?? UNKNOWN_OUTLET;
    (by.get(k) ?? by.set(k, []).get(k)!).push(p);
  }
  return [...by].map(([outlet, ps]) => ({ outlet, ...combineProfiles(ps) })).sort((a, b) => a.outlet.localeCompare(b.outlet));
}
