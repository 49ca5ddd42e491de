/**
 * Types a name range from its own words and the words around it. Scoring only: returns a type,
 * the evidence and its strength, and writes nothing.
 */
import type { Token } from '../../../core/doc.js';
import type { EntityType } from '../../../core/vocab.js';
import {
  GIVEN_NAMES, GPE_HEADS, NON_ACTOR_HEADS, TITLE_MODIFIERS, GPE_SUFFIX, GROUP_CUES_AFTER, GROUP_HEADS, LOC_HEADS, NAME_HONORIFICS, NAME_PARTICLES,
  NORP_SUFFIX, ORG_HEADS, PERSON_CUES_BEFORE, PERSON_SUFFIX, SPEECH_VERBS,
} from '../../lib/name-lexicon.js';
import { isAcronym, isUpperInitial, type Range } from './runs.js';

export interface Typed {
  type: EntityType;
  basis: string;
  /** 5 knowledge base, 4 head word or acronym pair, 3 context, 2 name shape, 1 weak default */
  strength: number;
}

export interface TypingContext {
  text: string;
  tokens: readonly Token[];
  /** first token index of the sentence and one past its last */
  sentStart: number;
  sentEnd: number;
  /** the range follows a title ("President", "Colonel") */
  afterTitle: boolean;
  /** the sentence is set in title case (a headline), where capitals say little */
  headline: boolean;
}

const HYPHEN = /^[-\u2010-\u2015]$/;
const PLACE_PREPS = new Set(['in', 'near', 'across', 'into', 'throughout', 'outside']);

/** The lower-case word right after the range, if any. */
function nextWord(c: TypingContext, r: Range): string | null {
  const t = c.tokens[r.last + 1];
  return t && r.last + 1 < c.sentEnd && !isUpperInitial(c.text, t) ? t.norm : null;
}

function prevWord(c: TypingContext, r: Range): string | null {
  const t = c.tokens[r.first - 1];
  return t && r.first - 1 >= c.sentStart ? t.norm : null;
}

/** Types by head words inside the name (Ministry, Brigade, Province, River). */
function byHead(words: string[]): Typed | null {
  const last = words[words.length - 1]!;
  if (words.length > 1 && GPE_HEADS.has(last)) return { type: 'GPE', basis: 'head:gpe', strength: 4 };
  if (words.length > 1 && LOC_HEADS.has(last)) return { type: 'LOC', basis: 'head:loc', strength: 4 };
  if (words.some((w) => GROUP_HEADS.has(w))) return { type: 'GROUP', basis: 'head:group', strength: 4 };
  if (words.length > 1 && words.some((w) => ORG_HEADS.has(w))) return { type: 'ORG', basis: 'head:org', strength: 4 };
  return null;
}

/** Types by the words around the name ("in X province", "X said", "X militants"). */
function byContext(c: TypingContext, r: Range, single: boolean): Typed | null {
  const next = nextWord(c, r);
  const prev = prevWord(c, r);
  const adj = single && c.tokens[r.first]!.pos === 'ADJ';
  if (next && GPE_HEADS.has(next) && !adj) return { type: 'GPE', basis: 'context:place', strength: 3 };
  if (next && LOC_HEADS.has(next) && !adj) return { type: 'LOC', basis: 'context:place', strength: 3 };
  if (next && (GROUP_CUES_AFTER.has(next) || (next === 'group' && prev === 'the'))) return { type: 'GROUP', basis: 'context:group', strength: 3 };
  const first = c.tokens[r.first]!.norm;
  if ((c.afterTitle || (prev && PERSON_CUES_BEFORE.has(prev))) && !TITLE_MODIFIERS.has(first) && !ORG_HEADS.has(first)) return { type: 'PERSON', basis: 'context:title', strength: 3 };
  if (next && SPEECH_VERBS.has(next) && !single) return { type: 'PERSON', basis: 'context:said', strength: 2 };
  const t = c.tokens[r.first]!;
  if (next && SPEECH_VERBS.has(next) && single && t.pos === 'PROPN' && !GPE_SUFFIX.test(t.norm) && !ORG_HEADS.has(t.norm)) return { type: 'PERSON', basis: 'context:said', strength: 2 };
  return null;
}

/** Types by the shape of the words (given names, -ov/-zoda endings, -stan, acronyms). */
function byShape(c: TypingContext, r: Range, words: string[]): Typed | null {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const n = words.length;
  if (n === 1 && isAcronym(c.text, c.tokens[r.first]!) && !/[\d]|^[ivxlc]+$/.test(first)) return { type: 'ORG', basis: 'shape:acronym', strength: 2 };
  if (NAME_HONORIFICS.has(first) && n > 1) return { type: 'PERSON', basis: 'shape:person', strength: 3 };
  if (n > 1 && words.slice(1).some((w) => NAME_PARTICLES.has(w))) return { type: 'PERSON', basis: 'shape:person', strength: 2 };
  if ((n > 1 && GIVEN_NAMES.has(first)) || PERSON_SUFFIX.test(last)) return { type: 'PERSON', basis: 'shape:person', strength: 2 };
  if (GPE_SUFFIX.test(last) && !GPE_SUFFIX.test(first.replace(/stan$/, '')) && n <= 2) return { type: 'GPE', basis: 'shape:gpe', strength: 2 };
  if (n === 1 && c.tokens[r.first]!.pos === 'ADJ' && NORP_SUFFIX.test(first)) return { type: 'NORP', basis: 'shape:norp', strength: 2 };
  return null;
}

/** The best type for a name range, or null when the evidence is too thin to call it a name. */
export function typeRange(c: TypingContext, r: Range): Typed | null {
  const words: string[] = [];
  let allPropn = true;
  for (let k = r.first; k <= r.last; k++) {
    const t = c.tokens[k]!;
    if (HYPHEN.test(t.norm)) continue;
    words.push(t.norm);
    if (t.pos !== 'PROPN' && !NAME_PARTICLES.has(t.norm)) allPropn = false;
  }
  if (words.length === 0) return null;
  const lastWord = words[words.length - 1]!;
  if (NON_ACTOR_HEADS.has(lastWord) || (words.length === 1 && /ism$/.test(lastWord))) return null;
  // a line holding nothing but this name (a byline, a menu item) needs more than the default
  const wholeLine = r.first === c.sentStart && r.last === c.sentEnd - 1;
  const prev = prevWord(c, r);
  const found =
    byHead(words) ??
    byContext(c, r, words.length === 1) ??
    byShape(c, r, words) ??
    (prev && PLACE_PREPS.has(prev) && allPropn ? { type: 'GPE' as const, basis: 'context:in', strength: 1 } : null) ??
    (!c.headline && !wholeLine && allPropn && words.length >= 2 && words.length <= 3 ? { type: 'PERSON' as const, basis: 'shape:name', strength: 1 } : null);
  if (found && c.headline && found.strength < 3) return null;
  return found;
}
