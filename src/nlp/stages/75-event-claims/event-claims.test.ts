import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../core/doc.js';
import type { EntityType } from '../../../core/vocab.js';
import { markMentions, tokenisedDoc } from '../../../test-support/doc.js';
import { buildPipeline } from '../../pipeline.js';
import { timeStage } from '../50-time/index.js';
import { claimsStage } from '../60-claims/index.js';
import { eventsStage } from '../70-events/index.js';
import { eventClaimsStage } from './index.js';

const NAMES: [string, EntityType][] = [['Kulob', 'GPE'], ['Karimov', 'PERSON'], ['the ministry', 'ORG'], ['the Front', 'GROUP']];

function run(text: string): Doc {
  const doc = markMentions(tokenisedDoc(text, { published: '2023-06-14' }), NAMES.filter(([n]) => text.includes(n)));
  for (const s of [timeStage, claimsStage, eventsStage, eventClaimsStage]) s.run(doc, {} as never);
  return doc;
}

describe('75-event-claims', () => {
  it("rests an event nobody reports on the author's claim of its sentence", () => {
    const text = 'In early May, gunmen of the Front attacked a checkpoint near Kulob.';
    const doc = run(text);
    const e = doc.layers.events![0]!;
    const c = doc.layers.claims!.find((x) => x.id === e.reportedBy[0]);
    expect(c).toMatchObject({ id: `c${e.evidence.start}`, speaker: { kind: 'author' }, sourcing: 'unattributed', cue: '', stance: 'assert', kind: 'narrative' });
    expect(c!.spans.cue).toBeNull();
    expect(text.slice(c!.spans.content![0], c!.spans.content![1])).toBe(c!.content);
  });

  it('keeps the hedges of its sentence', () => {
    const doc = run('Gunmen of the Front probably attacked a checkpoint near Kulob in early May.');
    const e = doc.layers.events![0]!;
    const c = doc.layers.claims!.find((x) => x.id === e.reportedBy[0]);
    expect(c).toMatchObject({ kind: 'narrative', hedged: true, hedges: ['probably'] });
  });

  it('leaves an event that a speaker reports on that speaker', () => {
    const doc = run('Karimov said the Front attacked a checkpoint near Kulob.');
    const e = doc.layers.events![0]!;
    const c = doc.layers.claims!.find((x) => x.id === e.reportedBy[0]);
    expect(c?.speaker.kind).toBe('named');
    expect(doc.layers.claims!.every((x) => x.speaker.kind !== 'author')).toBe(true);
  });

  it('gives one claim to several events of one sentence, and keeps claim ids unique and in order', () => {
    const doc = run('The Front attacked a checkpoint near Kulob and the ministry arrested Karimov. Karimov said the post held.');
    const ids = doc.layers.claims!.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const anchors = doc.layers.claims!.map((c) => c.spans.cue?.[0] ?? c.evidence.start);
    expect(anchors).toEqual([...anchors].sort((a, b) => a - b));
    expect(doc.layers.events!.every((e) => e.reportedBy.length > 0)).toBe(true);
  });

  it('is refused by the pipeline before the layers it reads or extends exist', () => {
    expect(() => buildPipeline([eventClaimsStage])).toThrow(/requires/);
    const extendsOnly = { ...eventClaimsStage, requires: [] };
    expect(() => buildPipeline([extendsOnly])).toThrow(/extends 'claims', which no earlier stage produces/);
    expect(() => buildPipeline([extendsOnly], ['claims', 'events'])).not.toThrow();
  });
});
