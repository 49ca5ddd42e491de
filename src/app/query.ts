/** Use cases for reading the graph: resolve a name to an entity, and gather an entity's dossier. */
import { AppError } from '../core/errors.js';
import { scopedId } from '../core/ids.js';
import type { ClaimRow, EntitySummary, EventRow, Store, StoredDocument } from '../store/store.js';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();

/** Levenshtein distance, bounded: stops early once past `max`. */
export function editDistance(a: string, b: string, max = 8): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Names closest to the query, for "did you mean" messages. */
export function closeMatches(query: string, names: string[], n = 5): string[] {
  const q = fold(query);
  return names
    .map((name) => {
      const f = fold(name);
      const d = f.includes(q) || q.includes(f) ? 0 : editDistance(q, f, Math.max(2, Math.floor(q.length / 3)));
      return { name, d };
    })
    .filter((x) => x.d <= Math.max(2, Math.floor(q.length / 3)))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, n)
    .map((x) => x.name);
}

/** Finds one entity by id, canonical name or any alias; unknown names fail with close matches. */
export async function resolveEntity(store: Store, query: string): Promise<EntitySummary> {
  const direct = await store.getEntity(query);
  if (direct) return direct;
  const all = await store.listEntities();
  const q = fold(query);
  const exact = all.filter((e) => fold(e.name) === q || e.aliases.some((a) => fold(a) === q));
  if (exact.length) return exact.sort((a, b) => b.mentionCount - a.mentionCount)[0]!;
  const near = closeMatches(query, [...new Set(all.flatMap((e) => [e.name, ...e.aliases]))]);
  throw new AppError('NOT_FOUND', `no actor named "${query}"`, { hint: near.length ? `did you mean: ${near.join(', ')}?` : 'run `dossier entities` to list known actors' });
}

export interface EntityDossier {
  entity: EntitySummary;
  spellings: { text: string; docs: string[] }[];
  perDocument: { doc: StoredDocument; mentions: number }[];
  claimsBy: ClaimRow[];
  claimsAbout: ClaimRow[];
  events: EventRow[];
}

export async function entityDossier(store: Store, entity: EntitySummary): Promise<EntityDossier> {
  const mentions = await store.mentions({ entity: entity.id });
  const docs = new Map((await store.listDocuments()).map((d) => [d.id, d]));
  const spell = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  for (const m of mentions) {
    (spell.get(m.mention.text) ?? spell.set(m.mention.text, new Set()).get(m.mention.text)!).add(m.doc);
    count.set(m.doc, (count.get(m.doc) ?? 0) + 1);
  }
  return {
    entity,
    spellings: [...spell].map(([text, ds]) => ({ text, docs: [...ds] })).sort((a, b) => b.docs.length - a.docs.length),
    perDocument: [...count].flatMap(([id, n]) => (docs.get(id) ? [{ doc: docs.get(id)!, mentions: n }] : [])).sort((a, b) => b.mentions - a.mentions),
    claimsBy: await store.claims({ speaker: entity.id }),
    claimsAbout: await store.claims({ about: entity.id }),
    events: await store.events({ actor: entity.id }),
  };
}

export type { ClaimRow } from '../store/store.js';
export const claimId = (r: ClaimRow) => scopedId(r.doc, r.claim.id);
