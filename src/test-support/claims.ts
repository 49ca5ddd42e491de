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
