/**
 * A nationality's adjective before a body of its government stands for that government: "the Tajik foreign ministry",
 * "Uzbek officials", "the Russian embassy" speak for the Government of Tajikistan, Uzbekistan, Russia — not for a
 * people, nor for the country as a place (which stays apart). Only a government the knowledge base names under the
 * adjective ("Tajik government") is linked; troops, police and security services are left to their own records.
 * @example governmentOf(kb, doc.text, mention, link) // → the link to the government, or null
 */
import type { ActorIndex } from '../../../core/actor.js';
import type { Mention } from '../../../core/doc.js';
import type { Resolved } from './scored.js';

/** what follows the adjective: up to two modifiers, then a civil body of the government */
const GOVERNMENT_BODY =
  /^\s+(?:(?:foreign|interior|defen[cs]e|justice|finance|economy|energy|health|education|emergencies|emergency|state|national|federal|central|presidential)\s+){0,2}(?:ministry|ministries|minister|government|authorities|officials?|embassy|parliament|prosecutors?|regime|president|presidency|diplomats?|ambassador|envoy|leadership|administration|cabinet)\b/i;

/** The government a nationality mention stands for before `text`'s next words, or null. */
export function governmentOf(kb: ActorIndex, text: string, m: Mention, r: Resolved): Resolved | null {
  if (m.type !== 'NORP' || r.kbId === null) return null;
  const body = GOVERNMENT_BODY.exec(text.slice(m.end, m.end + 60));
  if (!body) return null;
  const gov = kb.match(`${m.text} government`).find((x) => !x.weak && x.actor.type === 'ORG')?.actor;
  if (!gov) return null;
  return { entityKey: `kb:${gov.id}`, kbId: gov.id, name: gov.name, type: gov.type, score: r.score, rule: `government: "${m.text}" before "${body[0].trim()}" stands for ${gov.name}` };
}
