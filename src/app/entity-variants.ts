/**
 * Discovered actors (not in the knowledge base) spelled two ways across documents — Qalandarov / Kalandarov —
 * are merged when their full names share a transliteration skeleton and their types agree. Each merge is
 * recorded as a judgement by the linker (`who: dossier`), replayed like an analyst's and reversible by `split`;
 * knowledge-base actors are never merged this way, whatever forms they share.
 * @example await mergeSpellingVariants(store, new Date()) // 1
 */
import { normaliseName, skeletonKey } from '../kb/index.js';
import type { EntitySummary, Judgement, Store } from '../store/store.js';

export const LINKER = 'dossier';
/** The score of a skeleton match, as the knowledge base's resolution scores one (below sure, above the acceptance line). */
export const VARIANT_SCORE = 0.86;
/** A skeleton shorter than this is too likely to be shared by different names. */
const MIN_SKELETON = 8;

/** Types that may name the same actor, by group. */
const TYPE_GROUP: Record<string, string> = { PERSON: 'PERSON', ORG: 'ORG', GROUP: 'ORG', GPE: 'GPE', LOC: 'GPE', NORP: 'NORP', OTHER: 'OTHER' };

/** The key two spellings of one multi-word name share; null for single words and short names. */
function variantKey(e: Pick<EntitySummary, 'name' | 'type'>): string | null {
  const key = normaliseName(e.name);
  if (!key.includes(' ')) return null;
  const skel = skeletonKey(key);
  return skel.length >= MIN_SKELETON ? `${TYPE_GROUP[e.type]}|${skel}` : null;
}

/** Records a merge for every discovered actor that is a spelling variant of a better-attested one; returns how many. */
export async function mergeSpellingVariants(store: Store, now: Date): Promise<number> {
  // names are read for every discovered actor, counts only where two share a key (listing all with counts is slow on a big store)
  const named = new Map<string, { id: string; name: string; type: EntitySummary['type'] }[]>();
  for (const e of await store.entityNames()) {
    const k = e.kbId === null ? variantKey(e) : null;
    if (k) (named.get(k) ?? named.set(k, []).get(k)!).push(e);
  }
  const groups = new Map<string, EntitySummary[]>();
  for (const [k, list] of named) {
    if (list.length < 2) continue;
    const counted = (await Promise.all(list.map((e) => store.getEntity(e.id)))).filter((e): e is EntitySummary => !!e && e.mentionCount > 0);
    if (counted.length > 1) groups.set(k, counted);
  }
  // an entity merged away once (by the linker or an analyst) is never merged again, so an analyst's split stands
  const merges = await store.judgements('entity-merge');
  const mergedAway = new Set(merges.map((j) => j.object ?? ''));
  const pairs = new Set(merges.map((j) => `${j.subject}|${j.object}`));
  let n = 0;
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const [keep, ...rest] = [...list].sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id));
    for (const other of rest) {
      if (mergedAway.has(other.id) || pairs.has(`${other.id}|${keep!.id}`)) continue;
      const j: Judgement = {
        kind: 'entity-merge', subject: keep!.id, object: other.id, value: `auto:${VARIANT_SCORE}`,
        why: `transliteration variant: "${other.name}" and "${keep!.name}" share the skeleton ${skeletonKey(normaliseName(keep!.name))}`,
        who: LINKER, at: now.toISOString(),
      };
      await store.addJudgement(j);
      n++;
    }
  }
  return n;
}
