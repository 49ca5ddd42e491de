/** Stage 70: events (attacks, killings, arrests, deployments, meetings…) from a trigger lexicon, one per trigger. */
import type { ClaimAnn, Doc, EventAnn, Mention, TimeExpr, Token } from '../../../core/doc.js';
import { layer } from '../../../core/doc.js';
import { stageTag, type Stage } from '../../../core/stage.js';
import type { EntityType } from '../../../core/vocab.js';
import type { NlpContext } from '../../context.js';
import { extractQuantities } from '../../lib/claims-quantities.js';
import { claimUnits, lastAtOrBefore, mentionsIn, type Unit } from '../../lib/claims-text.js';
import { geoPrecision } from './geo.js';
import { DEATH_WORD, IRREALIS, PLACE_PREPS, TRIGGERS, type TriggerDef } from './lexicon.js';

export const eventsStage: Stage<NlpContext> = {
  name: '70-events',
  version: '2',
  requires: ['sentences', 'tokens', 'mentions', 'links', 'times', 'claims'],
  produces: ['events'],
  run(doc) {
    doc.layers.events = findEvents(doc, stageTag(eventsStage));
  },
};

const PLACES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC']);
const ACTORS: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GROUP']);
/** units of a death toll: people, not rockets or hours */
const PEOPLE_UNIT = /^(?:person|people|civilian|soldier|militant|fighter|guard|policeman|police|officer|child|woman|man|member|troop|terrorist|insurgent|worker|resident|villager|serviceman|border guard|conscript)$/;

interface Ctx {
  text: string;
  tokens: readonly Token[];
  mentions: Mention[];
  times: readonly TimeExpr[];
  claims: readonly ClaimAnn[];
  speakerMentions: Set<string>;
}

/** Events in document order, ids `e0…`. Example: "militants shelled Kulob on May 8" → attack/shelling, place Kulob, date May 8. */
export function findEvents(doc: Doc, stage: string): EventAnn[] {
  const tokens = layer(doc, 'tokens');
  const claims = layer(doc, 'claims');
  layer(doc, 'links');
  const c: Ctx = {
    text: doc.text,
    tokens,
    mentions: [...layer(doc, 'mentions')].sort((a, b) => a.start - b.start),
    times: layer(doc, 'times'),
    claims,
    speakerMentions: new Set(claims.flatMap((cl) => [cl.speaker.mention, ...cl.chain.map((l) => l.mention)]).filter((m): m is string => m !== null)),
  };
  const out: EventAnn[] = [];
  for (const u of claimUnits(doc.text, layer(doc, 'sentences'), tokens)) {
    for (let i = u.t0; i < u.t1; i++) {
      const def = matchTrigger(c, u, i);
      if (!def) continue;
      const last = i + def.words.length - 1;
      if (insideName(c, c.tokens[i]!.start)) continue; // "Collective Security Treaty Organization" is no treaty event
      out.push(makeEvent(c, u, i, last, def, `e${out.length}`, stage));
      i = last;
    }
  }
  return out;
}

function insideName(c: Ctx, at: number): boolean {
  const k = lastAtOrBefore(c.mentions, at);
  return k >= 0 && c.mentions[k]!.end > at;
}

function matchTrigger(c: Ctx, u: Unit, i: number): TriggerDef | null {
  const list = TRIGGERS.get(c.tokens[i]!.norm);
  if (!list) return null;
  for (const def of list) {
    if (i + def.words.length > u.t1 || !def.words.every((w, k) => c.tokens[i + k]!.norm === w)) continue;
    const after = c.text.slice(c.tokens[i + def.words.length - 1]!.end, c.tokens[i + def.words.length - 1]!.end + 60);
    if (def.needsAfter && !def.needsAfter.test(after)) continue;
    if (def.unlessAfter?.test(after)) continue;
    for (let k = Math.max(u.t0, i - 2); k < i; k++) if (IRREALIS.has(c.tokens[k]!.norm)) return null;
    return def;
  }
  return null;
}

function makeEvent(c: Ctx, u: Unit, i: number, last: number, def: TriggerDef, id: string, stage: string): EventAnn {
  const start = c.tokens[i]!.start;
  const end = c.tokens[last]!.end;
  const inUnit = mentionsIn(c.mentions, u.start, u.end);
  const place = pickPlace(c, inUnit, start);
  const time = nearestTime(c, u, start);
  const reportedBy = c.claims.filter((cl) => cl.spans.content && cl.spans.content[0] <= start && end <= cl.spans.content[1]);
  return {
    id,
    type: def.type,
    subtype: def.subtype,
    date: time?.value ?? null,
    datePrecision: time?.precision ?? null,
    place: place?.id ?? null,
    geoPrecision: place ? geoPrecision(place.text, c.text.slice(place.end, place.end + 30)) : null,
    actors: actorsOf(c, inUnit, reportedBy),
    fatalities: def.countsDeaths ? deaths(c, u, start, end) : null,
    reportedBy: reportedBy.map((cl) => cl.id),
    evidence: { start: u.start, end: u.end },
    stage,
  };
}

const SELF = /^(?:it|they|we|its|their|our)\b/i;

/**
 * Actors named in the sentence, leaving out speakers and outlets; for a reported event only those inside the claim,
 * plus the claimant when the claim speaks of itself ("X claimed it fired …").
 */
function actorsOf(c: Ctx, inUnit: Mention[], reportedBy: readonly ClaimAnn[]): string[] {
  const cl = reportedBy[reportedBy.length - 1]; // the innermost report
  const inside = (m: Mention) => !cl?.spans.content || (m.start >= cl.spans.content[0] && m.end <= cl.spans.content[1]);
  const out = inUnit.filter((m) => ACTORS.has(m.type) && !c.speakerMentions.has(m.id) && inside(m)).map((m) => m.id);
  if (cl?.speaker.mention && SELF.test(cl.content)) out.unshift(cl.speaker.mention);
  return out;
}

/** A place introduced by a locative preposition is preferred; otherwise the nearest place mention in the sentence. */
function pickPlace(c: Ctx, inUnit: Mention[], at: number): Mention | null {
  const places = inUnit.filter((m) => PLACES.has(m.type));
  if (places.length === 0) return null;
  const prepped = places.filter((m) => {
    const before = /(\w+)\s+(?:the\s+)?$/.exec(c.text.slice(Math.max(0, m.start - 16), m.start));
    return !!before && PLACE_PREPS.has(before[1]!.toLowerCase());
  });
  const pool = prepped.length > 0 ? prepped : places;
  return pool.reduce((best, m) => (Math.abs(m.start - at) < Math.abs(best.start - at) ? m : best));
}

function nearestTime(c: Ctx, u: Unit, at: number): TimeExpr | null {
  let best: TimeExpr | null = null;
  for (let k = lastAtOrBefore(c.times, u.start - 1) + 1; k < c.times.length && c.times[k]!.start < u.end; k++) {
    const t = c.times[k]!;
    if (t.start < u.start || /\d0['’]?s$/.test(t.text)) continue; // decades are too coarse to date an event
    if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t;
  }
  return best;
}

/** A death toll within the sentence, next to a word of killing and counting people. */
function deaths(c: Ctx, u: Unit, start: number, end: number): number | null {
  const from = Math.max(u.start, start - 80);
  const to = Math.min(u.end, end + 80);
  for (const q of extractQuantities(c.text, from, to, c.times)) {
    if (!q.unit || !PEOPLE_UNIT.test(q.unit)) continue;
    const around = c.text.slice(Math.max(from, q.start - 30), Math.min(to, q.end + 30));
    if (DEATH_WORD.test(around)) return q.value ?? q.min;
  }
  return null;
}
