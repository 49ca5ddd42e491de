/** The knowledge base's scored resolution as the linker uses it: accepted matches link, near misses are marked unsure. */
import type { ActorIndex } from '../../../core/actor.js';
import type { Mention } from '../../../core/doc.js';
import type { EntityType } from '../../../core/vocab.js';

export interface Resolved {
  entityKey: string;
  kbId: string | null;
  name: string;
  type: EntityType;
  score: number;
  rule: string;
}

/** Scores of the rules decided inside the stage; scored resolution brings its own. Data, so the ladder is in one place. */
export const RULE = { exact: 1, supported: 0.95, inDocument: 0.95, sameName: 1, newName: 1 };

/** What the resolver answers for a mention: a knowledge-base link, an unsure near miss, or null for nothing close. */
export type ScoredResolver = ((m: Mention) => Resolved | null) & { nearMiss(m: Mention): { score: number; why: string } | null };

/** Wraps `kb.resolve` for one document date; null when the knowledge base offers no scored resolution. */
export function scoredResolver(kb: ActorIndex, date: string | null): ScoredResolver | null {
  const resolve = kb.resolve?.bind(kb);
  if (!resolve) return null;
  const opts = (type: EntityType) => (date ? { type, date } : { type });
  // per document: a name repeats within it, and role phrases resolve differently at other dates
  const memo = new Map<string, ReturnType<typeof resolve>>();
  const decide = (m: Mention) => {
    const k = `${m.type}|${m.text}`;
    let d = memo.get(k);
    if (d === undefined) memo.set(k, (d = resolve(m.text, opts(m.type))));
    return d;
  };
  const fn = (m: Mention): Resolved | null => {
    const d = decide(m);
    const actor = d.id ? kb.get(d.id) : undefined;
    if (!actor) return null;
    return { entityKey: `kb:${actor.id}`, kbId: actor.id, name: actor.name, type: actor.type, score: d.score, rule: `scored: ${d.why}` };
  };
  fn.nearMiss = (m: Mention) => {
    const d = decide(m);
    return d.id === null && d.score > 0 ? { score: d.score, why: d.why } : null;
  };
  return fn;
}

/** A discovered actor keyed by its normalised name; `unsure` when a knowledge-base actor came close but not close enough. */
export function newActor(m: Mention, key: string, scored: ScoredResolver | null): Resolved {
  const near = scored?.nearMiss(m) ?? null;
  return {
    entityKey: `new:${m.type}:${key}`, kbId: null, name: m.text, type: m.type,
    score: near ? round(1 - near.score) : RULE.newName,
    rule: near ? `unsure: ${near.why}` : 'new: no knowledge-base actor comes close',
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
