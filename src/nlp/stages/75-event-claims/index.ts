/**
 * Stage 75: an event nobody in the text reports rests on the author's own word. Each such event gets the
 * author's (unattributed) claim of its sentence as `reportedBy`, so every event, and every conflict drawn
 * from events (dates, places), points at a claim a reader can open.
 */
import type { ClaimAnn, Doc, EventAnn } from '../../../core/doc.js';
import { layer } from '../../../core/doc.js';
import { stageTag, type Stage } from '../../../core/stage.js';
import type { NlpContext } from '../../context.js';
import { mentionsIn } from '../../lib/claims-text.js';
import { extractQuantities } from '../../lib/claims-quantities.js';
import { hedgesIn } from '../../lib/hedges.js';

export const eventClaimsStage: Stage<NlpContext> = {
  name: '75-event-claims',
  version: '4',
  requires: ['mentions', 'times', 'claims', 'events'],
  produces: [],
  extends: ['claims', 'events'],
  run(doc) {
    addEventClaims(doc, stageTag(eventClaimsStage));
  },
};

/** Gives every unreported event its author claim; claims stay sorted by anchor, ids `c<offset>` unique. */
export function addEventClaims(doc: Doc, stage: string): void {
  const claims = layer(doc, 'claims');
  const events = layer(doc, 'events');
  const mentions = [...layer(doc, 'mentions')].sort((a, b) => a.start - b.start);
  const times = layer(doc, 'times');
  const ids = new Set(claims.map((c) => c.id));
  const made = new Map<number, ClaimAnn>();
  for (const e of events) {
    if (e.reportedBy.length > 0) continue;
    const author = claims.find((c) => c.speaker.kind === 'author' && c.evidence.start <= e.evidence.start && c.evidence.end >= e.evidence.end);
    if (author) {
      e.reportedBy = [author.id];
      continue;
    }
    const claim = made.get(e.evidence.start) ?? authorClaimOf(doc.text, e, mentions, times, ids, stage);
    made.set(e.evidence.start, claim);
    e.reportedBy = [claim.id];
  }
  if (made.size === 0) return;
  claims.push(...made.values());
  claims.sort((a, b) => anchor(a) - anchor(b));
}

function anchor(c: ClaimAnn): number {
  return c.spans.cue?.[0] ?? c.evidence.start;
}

function authorClaimOf(text: string, e: EventAnn, mentions: Parameters<typeof mentionsIn>[0], times: readonly { start: number; end: number }[], ids: Set<string>, stage: string): ClaimAnn {
  const { start, end } = e.evidence;
  let id = `c${start}`;
  for (let n = 2; ids.has(id); n++) id = `c${start}-${n}`;
  ids.add(id);
  const hedges = hedgesIn(text.slice(start, end), null);
  return {
    id,
    speaker: { kind: 'author', mention: null, text: null },
    chain: [],
    cue: '',
    kind: 'narrative',
    stance: 'assert',
    hedged: hedges.length > 0,
    hedges,
    quote: false,
    sourcing: 'unattributed',
    saidOn: null,
    content: text.slice(start, end),
    about: mentionsIn(mentions, start, end).map((m) => m.id),
    quantities: extractQuantities(text, start, end, times),
    evidence: { start, end },
    spans: { source: null, cue: null, content: [start, end] },
    stage,
  };
}
