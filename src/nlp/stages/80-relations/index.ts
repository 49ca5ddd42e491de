/** Stage 80: typed relations between mentions, from phrase patterns, allegations and attack events. */
import type { ClaimAnn, Doc, Mention, RelationAnn, Span } from '../../../core/doc.js';
import { layer } from '../../../core/doc.js';
import { stageTag, type Stage } from '../../../core/stage.js';
import type { EntityType } from '../../../core/vocab.js';
import type { NlpContext } from '../../context.js';
import { claimUnits, mentionsIn } from '../../lib/claims-text.js';
import { CLAIM_RELATIONS, EVENT_RELATIONS, MAX_GAP, PAIR_PATTERNS } from './patterns.js';

export const relationsStage: Stage<NlpContext> = {
  name: '80-relations',
  version: '2',
  requires: ['sentences', 'tokens', 'mentions', 'links', 'claims', 'events'],
  produces: ['relations'],
  run(doc) {
    doc.layers.relations = findRelations(doc, stageTag(relationsStage));
  },
};

type Draft = Omit<RelationAnn, 'id' | 'stage'>;
const ACCUSABLE: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GROUP', 'GPE']);

/**
 * Relations in document order, ids `r0…`; `claim` is set when the relation sits inside a claim's
 * content (an allegation, not a reported fact). Example: "IRPT leader Muhiddin Kabiri" → leader-of(Kabiri, IRPT).
 */
export function findRelations(doc: Doc, stage: string): RelationAnn[] {
  const mentions = [...layer(doc, 'mentions')].sort((a, b) => a.start - b.start);
  const claims = layer(doc, 'claims');
  layer(doc, 'links');
  const drafts: Draft[] = [];
  for (const u of claimUnits(doc.text, layer(doc, 'sentences'), layer(doc, 'tokens'))) {
    const inUnit = mentionsIn(mentions, u.start, u.end).filter((m, k, all) => k === 0 || !isAcronymOf(doc.text, all[k - 1]!, m));
    for (let k = 0; k < inUnit.length; k++) {
      for (const j of [k + 1, k + 2]) {
        const d = pairRelation(doc.text, inUnit[k]!, inUnit[j], u, claims);
        if (d) drafts.push(d);
      }
    }
  }
  drafts.push(...fromClaims(claims, mentions), ...fromEvents(doc));
  const seen = new Set<string>();
  return drafts
    .filter((d) => d.source !== d.target)
    .filter((d) => (seen.has(`${d.type}|${d.source}|${d.target}`) ? false : (seen.add(`${d.type}|${d.source}|${d.target}`), true)))
    .sort((a, b) => a.evidence.start - b.evidence.start)
    .map((d, i) => ({ id: `r${i}`, type: d.type, source: d.source, target: d.target, claim: d.claim, evidence: d.evidence, stage }));
}

function pairRelation(text: string, a: Mention, b: Mention | undefined, u: Span, claims: readonly ClaimAnn[]): Draft | null {
  if (!b || b.start - a.end > MAX_GAP || b.start < a.end) return null;
  const between = text.slice(a.end, b.start);
  const ofObject = /\bof\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.start - 8), a.start)); // "the service of Tajikistan supports": not the subject
  const p = PAIR_PATTERNS.find((x) => x.a.has(a.type) && x.b.has(b.type) && x.between.test(between) && !(ofObject && x.clausal));
  if (!p) return null;
  const [source, target] = p.dir === 'ab' ? [a, b] : [b, a];
  return { type: p.type, source: source.id, target: target.id, claim: insideClaim(claims, a.start, b.end), evidence: { start: u.start, end: u.end } };
}

/** "State Committee for National Security (GKNB)": the bracketed short form is the same actor, not a second one */
function isAcronymOf(text: string, prev: Mention, m: Mention): boolean {
  return /^\s*\($/.test(text.slice(prev.end, m.start)) && text[m.end] === ')';
}

function insideClaim(claims: readonly ClaimAnn[], start: number, end: number): string | null {
  return claims.find((c) => c.spans.content && c.spans.content[0] <= start && end <= c.spans.content[1])?.id ?? null;
}

/** An allegation relates its speaker to the first actor its content names. */
function fromClaims(claims: readonly ClaimAnn[], mentions: readonly Mention[]): Draft[] {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const out: Draft[] = [];
  for (const c of claims) {
    const type = CLAIM_RELATIONS[c.stance];
    if (!type || !c.speaker.mention) continue;
    const target = c.about.map((id) => byId.get(id)).find((m) => m && ACCUSABLE.has(m.type) && m.id !== c.speaker.mention);
    if (target) out.push({ type, source: c.speaker.mention, target: target.id, claim: c.id, evidence: c.evidence });
  }
  return out;
}

/** An attack (or seizure) relates its first actor to its place, or to a second actor when no place is named. */
function fromEvents(doc: Doc): Draft[] {
  const out: Draft[] = [];
  for (const e of layer(doc, 'events')) {
    const type = EVENT_RELATIONS[e.type];
    if (!type || e.actors.length === 0) continue;
    const target = e.place ?? e.actors[1] ?? null;
    if (!target) continue;
    out.push({ type, source: e.actors[0]!, target, claim: e.reportedBy[0] ?? null, evidence: e.evidence });
  }
  return out;
}
