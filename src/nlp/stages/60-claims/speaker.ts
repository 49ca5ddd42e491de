/** Classifying a source phrase: a named actor, an anonymous description, or the author citing impersonal material. */
import type { ClaimAnn, Mention, Token } from '../../../core/doc.js';
import type { EntityType } from '../../../core/vocab.js';
import { lastAtOrBefore, mentionsIn, quoteAt } from '../../lib/claims-text.js';
import { AGENT_HEADS, ANONYMOUS_HEADS, COLLECTIVE_HEADS, PARTITIVE_HEADS, PERSON_HEAD_RE, IMPERSONAL_HEADS, PARTITIVES, PRONOUNS, QUANTIFIER, ROLE_HEADS } from './lexicon.js';
import { nameElsewhere, type Scan } from './scan.js';

export interface SpeakerInfo {
  speaker: ClaimAnn['speaker'];
  sourcing: ClaimAnn['sourcing'];
  /** the impersonal phrase when the author cites unnamed material ("research indicates") */
  impersonal: string | null;
  /** false when the phrase's head is no person or body ("Security issues"), for cues that need an agent */
  agent: boolean;
}

/** Mention types that can speak; NORP ("Tajik") only speaks through a collective head. */
const SPEAKING: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GROUP', 'GPE']);
const COLLECTIVE_OWNERS: ReadonlySet<EntityType> = new Set(['ORG', 'GROUP', 'GPE', 'NORP']);
const PRONOUN_TYPES: Record<'PERSON' | 'GROUPISH', ReadonlySet<EntityType>> = {
  PERSON: new Set(['PERSON']),
  GROUPISH: new Set(['ORG', 'GROUP', 'GPE']),
};
/** "It said": a body speaks more often than a place named since (a district where something happened) */
const BODIES: ReadonlySet<EntityType> = new Set(['ORG', 'GROUP']);
/** how far back (characters) a pronoun or "the minister" may look for its antecedent */
const COREF_WINDOW = 1500;

/** A word that can head a speaking noun phrase before its modifier ("people", "officials", "those"). */
const headWord = (t: Token) => /^(?:NOUN|PROPN)$/.test(t.pos) || t.norm === 'those';

/** The head token of a noun phrase: before its first preposition, or after "one of". */
function headIndex(s: Scan, a: number, b: number): number {
  let from = a;
  if (PARTITIVES.has(s.tokens[a]!.norm) && s.tokens[a + 1]?.norm === 'of') from = a + 2;
  for (let k = from; k <= b; k++) {
    const t = s.tokens[k]!;
    if (k > from && t.norm === 'of' && PARTITIVE_HEADS.test(s.tokens[k - 1]!.norm)) continue; // "52 percent of voters"
    if (k > from && t.pos === 'ADP') {
      // "people familiar with the talks", "officials briefed on it", "those close to him": a word after the noun (or
      // "those") that heads the phrase modifies it
      const h = k - 1;
      return h > from && /^(?:ADJ|VERB)$/.test(s.tokens[h]!.pos) && headWord(s.tokens[h - 1]!) ? h - 1 : h;
    }
  }
  return b;
}

function nearestBefore(s: Scan, pos: number, types: ReadonlySet<EntityType>): Mention | null {
  for (let i = lastAtOrBefore(s.mentions, pos - 1); i >= 0; i--) {
    const m = s.mentions[i]!;
    if (pos - m.end > COREF_WINDOW) return null;
    if (m.end <= pos && types.has(m.type)) return m;
  }
  return null;
}

/**
 * "Roe met Doe on Monday. He said …": a pronoun opening its sentence refers back to the previous sentence's
 * subject — the last compatible mention before that sentence's first verb — rather than to the nearest name.
 */
function previousSubject(s: Scan, k: number, types: ReadonlySet<EntityType>): Mention | null {
  const ui = lastAtOrBefore(s.units, s.tokens[k]!.start);
  const unit = s.units[ui];
  const prev = s.units[ui - 1];
  if (!unit || !prev || unit.t0 !== k) return null;
  let verbAt = prev.end;
  for (let j = prev.t0; j < prev.t1; j++) {
    const t = s.tokens[j]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && mentionsIn(s.mentions, t.start, t.end).length === 0) {
      verbAt = t.start;
      break;
    }
  }
  const inSubject = mentionsIn(s.mentions, prev.start, verbAt).filter((m) => m.end <= verbAt && types.has(m.type));
  // "ISKP, a rival of the Taliban, has …": the subject before its appositive, not a name inside it (not after an
  // opening phrase: "In Kabul, the Taliban said")
  const first = s.tokens[prev.t0]!;
  let comma = prev.t0;
  while (comma < prev.t1 && s.tokens[comma]!.start < verbAt && s.tokens[comma]!.norm !== ',') comma++;
  const head = first.pos !== 'ADP' && comma < prev.t1 && s.tokens[comma]!.start < verbAt ? inSubject.filter((m) => m.end <= s.tokens[comma]!.start) : [];
  return head[head.length - 1] ?? inSubject[inSubject.length - 1] ?? null;
}

const NUMBER_WORD = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine)|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;
const SURVEYED = String.raw`(?:those|people|adults|voters|respondents|residents)\s+(?:surveyed|polled|questioned|interviewed|asked|sampled)`;
/** the share of a poll's respondents that speaks: "six in 10", "nearly a third of voters", "most of those surveyed" */
const SURVEY_SHARE = new RegExp(
  String.raw`^(?:(?:about|nearly|almost|roughly|around|approximately|only|just|more than|fewer than|less than|over|under|at least|some|by)\s+)*` +
    String.raw`(?:${NUMBER_WORD}\s+(?:in|out of)\s+${NUMBER_WORD}|(?:a|one|two)[- ](?:third|quarter|fifth)s?|half|a (?:clear |narrow |slim )?(?:majority|plurality|minority)|majorities|most|${NUMBER_WORD}\s*(?:%|percent|per cent)|${SURVEYED})` +
    String.raw`(?:\s+of\s+.+)?$`,
  'iu',
);

/**
 * Who the source phrase names. Example: "Tajik authorities" → named (the Tajik mention);
 * "a source at the Border Service" → anonymous; "Research" → author, unattributed;
 * null when the phrase cannot be a source at all ("this", "unsafe").
 */
export function classifySpeaker(s: Scan, coreFrom: number, coreTo: number, from: number, to: number): SpeakerInfo | null {
  const start = s.tokens[from]!.start;
  const end = s.tokens[to]!.end;
  const fullText = s.text.slice(start, end);
  const coreStart = s.tokens[coreFrom]!.start;
  const coreEnd = s.tokens[coreTo]!.end;
  const coreText = s.text.slice(coreStart, coreEnd);
  const h = headIndex(s, coreFrom, coreTo);
  const head = s.tokens[h]!;
  const named = (m: Mention | null, text = coreText): SpeakerInfo => ({ speaker: { kind: 'named', mention: m?.id ?? null, text }, sourcing: 'named', impersonal: null, agent: true });
  const anonymous: SpeakerInfo = { speaker: { kind: 'anonymous', mention: null, text: fullText }, sourcing: 'anonymous', impersonal: null, agent: true };

  // "I think …", "we know …" outside any quotation: the writer's own view, held by the article
  if (coreFrom === coreTo && /^(?:i|we)$/.test(head.norm) && !quoteAt(s.quotes, head.start)) return { speaker: { kind: 'author', mention: null, text: null }, sourcing: 'unattributed', impersonal: null, agent: true };
  const pron = coreFrom === coreTo ? PRONOUNS[head.norm] : undefined;
  if (pron) {
    const m = previousSubject(s, coreFrom, PRONOUN_TYPES[pron]) ?? (pron === 'GROUPISH' ? nearestBefore(s, coreStart, BODIES) : null) ?? nearestBefore(s, coreStart, PRONOUN_TYPES[pron]);
    return m ? named(m) : anonymous;
  }
  // "About 4 in 10", "Nearly a third", "those surveyed": a share of the people polled speaks, unnamed
  if (SURVEY_SHARE.test(coreText)) return anonymous;
  const inCore = mentionsIn(s.mentions, coreStart, coreEnd);
  const headMention = inCore.find((m) => m.start <= head.start && head.end <= m.end && SPEAKING.has(m.type));
  if (headMention) return named(headMention);
  if (COLLECTIVE_HEADS.has(head.norm)) {
    // "Tajik authorities", "the city of Phoenix": the owner before the head, or after its "of"
    const of = s.tokens[h + 1]?.norm === 'of' ? s.tokens[h + 1]!.end : Infinity;
    const owner = inCore.find((m) => COLLECTIVE_OWNERS.has(m.type) && (m.end <= head.start || m.start >= of));
    if (owner) return named(owner);
    if (h > coreFrom && s.tokens[h - 1]!.pos === 'PROPN') return named(null);
  }
  if (IMPERSONAL_HEADS.has(head.norm)) {
    const prep = s.tokens[h + 1];
    const by = prep && /^(?:from|by)$/.test(prep.norm) ? mentionsIn(s.mentions, prep.end, end).find((m) => SPEAKING.has(m.type) && m.start - prep.end <= 6) : undefined;
    if (by) return named(by, fullText);
    const bare = coreFrom === h || (coreFrom + 1 === h && /^(?:the|some|these|those|available|recent|media)$/.test(s.tokens[coreFrom]!.norm));
    const hedging = /^(?:research|reports|information|data|evidence|intelligence|findings)$/.test(head.norm);
    if (bare) return { speaker: { kind: 'author', mention: null, text: null }, sourcing: 'unattributed', impersonal: hedging ? coreText.toLowerCase() : null, agent: true };
    // "A Pentagon report", "the Real Clear Politics average": a name before the head says whose material it is
    for (let k = coreFrom; k < h; k++) if (s.tokens[k]!.pos === 'PROPN') return named(inCore.find((m) => SPEAKING.has(m.type) && m.end <= head.start) ?? null, fullText);
    return anonymous;
  }
  if (s.tokens[coreFrom]!.norm === 'the' && ROLE_HEADS.has(head.norm)) {
    const m = nearestBefore(s, coreStart, PRONOUN_TYPES.PERSON);
    if (m) return named(m);
  }
  // "David French", "Jane Black": a capitalised surname the tagger read as an adjective still ends a name
  if (head.pos === 'ADJ' && h > coreFrom && s.tokens[h - 1]!.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(s.text.slice(head.start, head.end)) && !inCore.some((m) => m.type === 'NORP' && m.start <= head.start && head.end <= m.end)) {
    return named(inCore.find((m) => SPEAKING.has(m.type)) ?? null);
  }
  if (head.pos === 'PROPN' && !ANONYMOUS_HEADS.has(head.norm) && !COLLECTIVE_HEADS.has(head.norm) && !inCore.some((m) => m.type === 'NORP' && m.start <= head.start && head.end <= m.end)) return named(null);
  if (coreFrom === coreTo && head.pos !== 'PROPN' && nameElsewhere(s, h)) return named(null); // "Jolly said", the tagger's adverb
  // "according to police": the tagger's verb; "union chief says", "an official said": its adjective
  const speakerNoun = COLLECTIVE_HEADS.has(head.norm) || ANONYMOUS_HEADS.has(head.norm) || ROLE_HEADS.has(head.norm) || AGENT_HEADS.has(head.norm);
  if (/^(?:it|this|that|which|what|there)$/.test(head.norm) || ((head.pos === 'VERB' || head.pos === 'ADJ') && !speakerNoun)) return null;
  // "Some believe …", "Many fear …": a bare quantifier stands for unnamed people
  const vague = coreFrom === coreTo && QUANTIFIER.test(head.norm);
  return { speaker: anonymous.speaker, sourcing: anonymous.sourcing, impersonal: anonymous.impersonal, agent: vague || PERSON_HEAD_RE.test(head.norm) || AGENT_HEADS.has(head.norm) || COLLECTIVE_HEADS.has(head.norm) || ROLE_HEADS.has(head.norm) }; // "the council urged …", "the head of the agency …"
}
