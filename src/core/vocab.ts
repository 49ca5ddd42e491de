/** Closed vocabularies shared by every layer; per-type behaviour lives in data keyed by these. */
export const ENTITY_TYPES = ['PERSON', 'ORG', 'GROUP', 'GPE', 'LOC', 'NORP', 'OTHER'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Types that may name the same actor: a group can be typed as an organisation and a region as a place. */
export const COMPATIBLE_TYPES: Record<EntityType, readonly EntityType[]> = {
  PERSON: ['PERSON'],
  ORG: ['ORG', 'GROUP'],
  GROUP: ['GROUP', 'ORG'],
  GPE: ['GPE', 'LOC'],
  LOC: ['LOC', 'GPE'],
  NORP: ['NORP'],
  OTHER: ['PERSON', 'ORG', 'GROUP', 'GPE', 'LOC', 'NORP', 'OTHER'],
};

export const PUBLISHED_BASES = ['stated', 'inferred', 'supplied', 'url'] as const;
export type PublishedBasis = (typeof PUBLISHED_BASES)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const STANCES = ['assert', 'deny', 'allege', 'estimate', 'predict', 'retract'] as const;
/** `narrative`: the author's own uncued account of an event nobody in the text reports (stage 75) */
/** An outlet's name as a key: no parenthesised note, no leading article, one case ("The Valley Post (weekly)" → "valley post"). */
export const outletKey = (name: string): string => name.replace(/\([^)]*\)/g, ' ').replace(/^\s*the\s+/i, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** A claim's speaker written as a personal or possessive pronoun ("He", "their"): shown by the entity it stands for. */
export const isPronounSpeaker = (text: string): boolean => /^(?:he|she|they|it|him|her|them|his|its|their)$/i.test(text);

export const CLAIM_KINDS = ['statement', 'belief', 'intention', 'narrative'] as const;
export const SOURCINGS = ['named', 'anonymous', 'unattributed'] as const;
export const LINK_KINDS = ['contradicts', 'corroborates', 'retracts', 'refutes', 'scope'] as const;
export const CONFLICTS = ['quantity', 'denial', 'retraction', 'refutation', 'date', 'place', 'responsibility'] as const;
export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
/** Categories of loaded or conspiratorial framing in a document's sourcing profile (signals, not verdicts). */
export const FRAMINGS = ['puppet-metaphor', 'mouthpiece', 'propaganda-label', 'so-called', 'hidden-hand', 'orchestration', 'plot', 'loaded-label', 'scare-quotes'] as const;

/** Precision of a date string by its shape: YYYY, YYYY-MM or YYYY-MM-DD. */
export function datePrecision(value: string): DatePrecision {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  return 'year';
}
