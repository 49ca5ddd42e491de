/**
 * Stage 40: links each mention to an actor — a knowledge-base record (`kb:<id>`) when an alias
 * matches and the type fits, else a discovered actor (`new:<TYPE>:<normalised full name>`), with
 * surnames, shorter forms, acronyms and spelling variants joined to the full form in the document.
 * Mentions the exact match leaves open go to the knowledge base's scored resolution (spelling
 * variants, titles, role phrases at the document's date); every link carries its score and rule.
 */
import { COMPATIBLE_TYPES } from '../../../core/vocab.js';
import type { Doc, Mention, MentionLink } from '../../../core/doc.js';
import { layer } from '../../../core/doc.js';
import { stageTag, type Stage } from '../../../core/stage.js';
import type { NlpContext } from '../../context.js';
import { gazetteerFor, surfaceFits, type GazEntry, type Gazetteer } from '../../lib/gazetteer.js';
import { acronymPartners, fullPersonForm, type PersonForm } from './resolve.js';
import { RULE, newActor, scoredResolver, type Resolved, type ScoredResolver } from './scored.js';
import { governmentOf } from './government.js';
import type { ActorIndex } from '../../../core/actor.js';

export const linkingStage: Stage<NlpContext> = {
  name: '40-linking',
  version: '3',
  requires: ['mentions'],
  produces: ['links'],
  run(doc, ctx) {
    doc.layers.links = linkMentions(doc, gazetteerFor(ctx), stageTag(linkingStage), scoredResolver(ctx.kb, doc.meta.published), ctx.kb);
  },
  prepare(ctx) {
    gazetteerFor(ctx);
  },
};

/** Knowledge-base entries a mention may link to; weak aliases need a strong mention of the same actor in the document. */
function kbCandidates(g: Gazetteer, mentions: readonly Mention[], keys: readonly string[]): ({ e: GazEntry; supported: boolean } | null)[] {
  const lists = mentions.map((m, i) =>
    (g.byKey.get(keys[i]!) ?? []).filter((e) => surfaceFits(e, m.text) && COMPATIBLE_TYPES[m.type].includes(e.type)),
  );
  const strong = new Set<string>();
  for (const l of lists) for (const e of l) if (!e.weak) strong.add(e.actorId);
  return lists.map((l) => {
    const s = l.find((e) => !e.weak);
    if (s) return { e: s, supported: false };
    const w = l.find((e) => strong.has(e.actorId));
    return w ? { e: w, supported: true } : null;
  });
}

const fromKb = ({ e, supported }: { e: GazEntry; supported: boolean }): Resolved => ({
  entityKey: `kb:${e.actorId}`, kbId: e.actorId, name: e.name, type: e.type,
  score: supported ? RULE.supported : RULE.exact,
  rule: supported ? `exact: weak alias "${e.written}", with a full mention of the actor in the document` : `exact: alias "${e.written}"`,
});

/** A link that reuses another mention's actor, with the rule saying why. */
const via = (r: Resolved, score: number, rule: string): Resolved => ({ entityKey: r.entityKey, kbId: r.kbId, name: r.name, type: r.type, score: Math.min(score, r.score), rule });

/**
 * Links every mention of a document; pure over its mentions layer. `scored` is the knowledge base's fuzzy resolver, if
 * any; with `actors`, a nationality before a body of its government links to the government ("Tajik foreign ministry").
 */
export function linkMentions(doc: Doc, g: Gazetteer, tag: string, scored: ScoredResolver | null = null, actors: ActorIndex | null = null): MentionLink[] {
  const mentions = layer(doc, 'mentions');
  const keys = mentions.map((m) => g.normalise(m.text));
  const kb = kbCandidates(g, mentions, keys);
  const out: (Resolved | null)[] = mentions.map((_, i) => (kb[i] ? fromKb(kb[i]!) : null));
  // one key per (type group, normalised form) in this document, so spelling variants join
  const seen = new Map<string, Resolved>();
  const remember = (m: Mention, key: string, r: Resolved) => {
    const k = `${COMPATIBLE_TYPES[m.type][0]}|${key}`;
    const prev = seen.get(k);
    if (!prev || (prev.kbId === null && r.kbId !== null)) seen.set(k, r);
  };
  mentions.forEach((m, i) => out[i] && remember(m, keys[i]!, out[i]!));
  const sameName = (m: Mention, key: string) => {
    const r = seen.get(`${COMPATIBLE_TYPES[m.type][0]}|${key}`);
    return r ? via(r, RULE.sameName, `same-name: as "${r.name}" elsewhere in the document`) : null;
  };

  // full person names first, so surnames and short forms can join them
  const persons: PersonForm[] = [];
  mentions.forEach((m, i) => {
    if (m.type !== 'PERSON' || !keys[i]!.includes(' ')) return;
    out[i] ??= sameName(m, keys[i]!) ?? scored?.(m) ?? newActor(m, keys[i]!, scored);
    remember(m, keys[i]!, out[i]!);
    persons.push({ index: i, words: keys[i]!.split(' '), entityKey: out[i]!.entityKey, resolved: out[i]! });
  });
  const partners = acronymPartners(doc.text, mentions);
  mentions.forEach((m, i) => {
    if (out[i]) return;
    const key = keys[i]!;
    const partner = partners.get(i);
    const full = m.type === 'PERSON' ? fullPersonForm(persons, key.split(' '), i) : null;
    let r: Resolved | null | undefined = null;
    if (full) r = via(full.resolved as Resolved, RULE.inDocument, `in-document: short form of "${mentions[full.index]!.text}"`);
    else if (partner !== undefined && out[partner]) r = via(out[partner]!, RULE.inDocument, `in-document: acronym of "${mentions[partner]!.text}"`);
    r ??= sameName(m, key) ?? scored?.(m) ?? newActor(m, key, scored);
    out[i] = r;
    remember(m, key, r);
  });
  // literals, not spreads: V8 (Node 20) gives every "{ ...x, more }" built in optimised code a map of its own
  return mentions.map((m, i) => {
    const r = (actors && governmentOf(actors, doc.text, m, out[i]!)) || out[i]!;
    return { mention: m.id, entityKey: r.entityKey, kbId: r.kbId, name: r.name, type: r.type, score: r.score, rule: r.rule, stage: tag };
  });
}
