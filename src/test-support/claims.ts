/** Runs stages 50 and 60 over a sentence with the given names marked: the claim tests' common setup. */
import type { ClaimAnn, Doc } from '../core/doc.js';
import type { EntityType } from '../core/vocab.js';
import { timeStage } from '../nlp/stages/50-time/index.js';
import { claimsStage } from '../nlp/stages/60-claims/index.js';
import { markMentions, tokenisedDoc } from './doc.js';

/** Marks the names the text holds (a longer name wins over one inside it), then finds the claims. */
export function claimsIn(text: string, names: readonly [string, EntityType][], published: string): { doc: Doc; cs: ClaimAnn[] } {
  const present = names.filter(([n]) => text.includes(n) && !names.some(([m]) => m !== n && m.includes(n) && text.includes(m)));
  const doc = markMentions(tokenisedDoc(text, { published }), present);
  timeStage.run(doc, {} as never);
  claimsStage.run(doc, {} as never);
  return { doc, cs: doc.layers.claims! };
}

/** The text under a span, or null. */
export const spanText = (doc: Doc, sp: [number, number] | null) => (sp ? doc.text.slice(sp[0], sp[1]) : null);

/** Fictional names and outlets of the construction case tables; every sentence there is written for those tests. */
export const CASE_NAMES: readonly [string, EntityType][] = [
  ['Lena Okafor', 'PERSON'], ['Okafor', 'PERSON'], ['Tomas Brandt', 'PERSON'], ['Brandt', 'PERSON'],
  ['the Harbor Council', 'ORG'], ['Valley Herald', 'ORG'], ['Green Alliance', 'ORG'], ['Norwick', 'GPE'],
  ['the Ferry Union', 'ORG'], ['Meridian Institute', 'ORG'],
];

/** The claims of a case sentence, its names marked, in a document dated 2024-03-20. */
export const caseClaims = (text: string) => claimsIn(text, CASE_NAMES, '2024-03-20');

/** The one claim of a case sentence with the texts of its source, cue and content; throws unless there is exactly one. */
export function onlyClaim(text: string): { c: ClaimAnn; source: string | null; cue: string | null; content: string | null } {
  const { doc, cs } = caseClaims(text);
  if (cs.length !== 1) throw new Error(`expected exactly one claim in ${JSON.stringify(text)}, found ${cs.length}`);
  const c = cs[0]!;
  return { c, source: spanText(doc, c.spans.source), cue: spanText(doc, c.spans.cue), content: spanText(doc, c.spans.content) };
}
