/**
 * Stage 40: links each mention to an actor — a knowledge-base record (`kb:<id>`) when an alias
 * matches and the type fits, else a discovered actor (`new:<TYPE>:<normalised full name>`), with
 * surnames, shorter forms, acronyms and spelling variants joined to the full form in the document.
 */
import type { Doc, Mention, MentionLink } from '../../../core/doc.js';
import { layer } from '../../../core/doc.js';
import { stageTag, type Stage } from '../../../core/stage.js';
import type { EntityType } from '../../../core/vocab.js';
import type { NlpContext } from '../../context.js';
import { gazetteerFor, surfaceFits, type GazEntry, type Gazetteer } from '../../lib/gazetteer.js';
import { acronymPartners, fullPersonForm, type PersonForm } from './resolve.js';

export const linkingStage: Stage<NlpContext> = {
  name: '40-linking',
  version: '1',
  requires: ['mentions'],
  produces: ['links'],
  run(doc, ctx) {
    doc.layers.links = linkMentions(doc, gazetteerFor(ctx), stageTag(linkingStage));
  },
};

/** Types that may name the same actor: a group can be typed as an organisation and a region as a place. */
const COMPATIBLE: Record<EntityType, readonly EntityType[]> = {
  PERSON: ['PERSON'],
  ORG: ['ORG', 'GROUP'],
  GROUP: ['GROUP', 'ORG'],
  GPE: ['GPE', 'LOC'],
  LOC: ['LOC', 'GPE'],
  NORP: ['NORP'],
  OTHER: ['PERSON', 'ORG', 'GROUP', 'GPE', 'LOC', 'NORP', 'OTHER'],
};

interface Resolved {
  entityKey: string;
  kbId: string | null;
  name: string;
  type: EntityType;
}

/** Knowledge-base entries a mention may link to; weak aliases need a strong mention of the same actor in the document. */
function kbCandidates(g: Gazetteer, mentions: readonly Mention[], keys: readonly string[]): (GazEntry | null)[] {
  const lists = mentions.map((m, i) =>
    (g.byKey.get(keys[i]!) ?? []).filter((e) => surfaceFits(e, m.text) && COMPATIBLE[m.type].includes(e.type)),
  );
  const strong = new Set<string>();
  for (const l of lists) for (const e of l) if (!e.weak) strong.add(e.actorId);
  return lists.map((l) => l.find((e) => !e.weak) ?? l.find((e) => strong.has(e.actorId)) ?? null);
}

const fromKb = (e: GazEntry): Resolved => ({ entityKey: `kb:${e.actorId}`, kbId: e.actorId, name: e.name, type: e.type });

/** Links every mention of a document; pure over its mentions layer. */
export function linkMentions(doc: Doc, g: Gazetteer, tag: string): MentionLink[] {
  const mentions = layer(doc, 'mentions');
  const keys = mentions.map((m) => g.normalise(m.text));
  const kb = kbCandidates(g, mentions, keys);
  const out: (Resolved | null)[] = mentions.map((_, i) => (kb[i] ? fromKb(kb[i]!) : null));
  // one key per (type group, normalised form) in this document, so spelling variants join
  const seen = new Map<string, Resolved>();
  const remember = (m: Mention, key: string, r: Resolved) => {
    const k = `${COMPATIBLE[m.type][0]}|${key}`;
    const prev = seen.get(k);
    if (!prev || (prev.kbId === null && r.kbId !== null)) seen.set(k, r);
  };
  mentions.forEach((m, i) => out[i] && remember(m, keys[i]!, out[i]!));

  // full person names first, so surnames and short forms can join them
  const persons: PersonForm[] = [];
  mentions.forEach((m, i) => {
    if (m.type !== 'PERSON' || !keys[i]!.includes(' ')) return;
    out[i] ??= seen.get(`PERSON|${keys[i]}`) ?? { entityKey: `new:PERSON:${keys[i]}`, kbId: null, name: m.text, type: 'PERSON' };
    remember(m, keys[i]!, out[i]!);
    persons.push({ index: i, words: keys[i]!.split(' '), entityKey: out[i]!.entityKey, resolved: out[i]! });
  });
  const partners = acronymPartners(doc.text, mentions);
  mentions.forEach((m, i) => {
    if (out[i]) return;
    const key = keys[i]!;
    const partner = partners.get(i);
    const full = m.type === 'PERSON' ? fullPersonForm(persons, key.split(' '), i) : null;
    let r: Resolved | null | undefined = full ? (full.resolved as Resolved) : null;
    if (!r && partner !== undefined) r = out[partner];
    r ??= seen.get(`${COMPATIBLE[m.type][0]}|${key}`);
    out[i] = r ?? { entityKey: `new:${m.type}:${key}`, kbId: null, name: m.text, type: m.type };
    remember(m, key, out[i]!);
  });
  return mentions.map((m, i) => ({ mention: m.id, ...out[i]!, stage: tag }));
}
