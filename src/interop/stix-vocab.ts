/** The STIX mapping as data: which SDO each actor type becomes, relation-type mapping, TLP 2.0 markings, Admiralty scale. */
import type { EntityType } from '../core/vocab.js';

/** How each Dossier actor type is exported; per-type behaviour lives here, not in branches. */
export const ENTITY_SDO: Record<EntityType, { sdo: 'identity' | 'threat-actor' | 'location'; identityClass?: string; openctiLocation?: string }> = {
  PERSON: { sdo: 'identity', identityClass: 'individual' },
  ORG: { sdo: 'identity', identityClass: 'organization' },
  GROUP: { sdo: 'threat-actor' },
  GPE: { sdo: 'location', openctiLocation: 'City' },
  LOC: { sdo: 'location', openctiLocation: 'Region' },
  NORP: { sdo: 'identity', identityClass: 'class' },
  OTHER: { sdo: 'identity', identityClass: 'unknown' },
};

/** OpenCTI location type by the event stage's geo precision (1 city, 2 province/region, 3 country). */
export const GEO_PRECISION_LOCATION: Record<1 | 2 | 3, { opencti: string; metres: number }> = {
  1: { opencti: 'City', metres: 10_000 },
  2: { opencti: 'Administrative-Area', metres: 100_000 },
  3: { opencti: 'Country', metres: 500_000 },
};

/** STIX 2.1 relationship types (spec §4.13 tables) with the (source SDO, target SDO) pairs the spec lists for them. */
export const SPEC_RELATIONSHIPS: Record<string, [string, string][]> = {
  'attributed-to': [['threat-actor', 'identity'], ['intrusion-set', 'threat-actor'], ['campaign', 'threat-actor'], ['campaign', 'intrusion-set']],
  'located-at': [['identity', 'location'], ['threat-actor', 'location'], ['infrastructure', 'location']],
  targets: [['threat-actor', 'identity'], ['threat-actor', 'location'], ['intrusion-set', 'identity'], ['intrusion-set', 'location'], ['campaign', 'identity'], ['campaign', 'location']],
  impersonates: [['threat-actor', 'identity']],
  'originates-from': [['intrusion-set', 'location'], ['malware', 'location']],
};
/** Pairs OpenCTI's schema accepts beyond the spec tables (its location hierarchy), used only with `compat: 'opencti'`. */
export const OPENCTI_EXTRA_RELATIONSHIPS: Record<string, [string, string][]> = {
  'located-at': [['location', 'location']],
};
/** Relationship types the spec allows between any two SDOs. */
export const SPEC_COMMON_RELATIONSHIPS = ['related-to', 'derived-from', 'duplicate-of'] as const;

/** Dossier relation types that have a STIX vocabulary equivalent (used only when the spec allows the pair). */
export const RELATION_TO_STIX: Record<string, string> = {
  'located-in': 'located-at',
  'based-in': 'located-at',
  'located-at': 'located-at',
  targets: 'targets',
  attacks: 'targets',
  attacked: 'targets',
  'attributed-to': 'attributed-to',
  'sponsored-by': 'attributed-to',
  'backed-by': 'attributed-to',
  impersonates: 'impersonates',
  'same-as': 'duplicate-of',
};

/** Custom relationship types between claim notes, one per link kind (documented in docs/interop.md). */
export const LINK_RELATIONSHIP: Record<string, string> = {
  contradicts: 'contradicts',
  corroborates: 'corroborates',
  retracts: 'retracts',
  refutes: 'refutes',
  scope: 'measures-differently',
};

export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

/** The OASIS TLP 2.0 extension (cti-stix-common-objects, extension-definition-specifications/tlp-2.0). */
export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
/** The OASIS TLP 2.0 marking-definition ids; OpenCTI uses its own ids for some of these (see docs/interop.md). */
export const TLP2_MARKING_IDS: Record<TlpLevel, string> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** The TLP 2.0 marking-definition object exactly as OASIS publishes it. */
export function tlpMarking(level: TlpLevel): Record<string, unknown> {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP2_MARKING_IDS[level],
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${level.toUpperCase()}`,
    extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: level } },
  };
}

/** STIX 2.1 Appendix A: Admiralty information credibility → STIX confidence; 6 ("cannot be judged") has no value. */
export const ADMIRALTY_CONFIDENCE: Record<number, number | undefined> = { 1: 90, 2: 70, 3: 50, 4: 30, 5: 10, 6: undefined };

/** Threat-actor types (threat-actor-type-ov) by name, for groups whose designation is a public fact; others are `unknown`. */
export const THREAT_ACTOR_TYPE_RULES: { pattern: RegExp; types: string[] }[] = [
  { pattern: /\b(islamic state|isis|isil|is-k|iskp|daesh|al[- ]qa'?e?ida|jamaat ansarullah|tehrik-i-taliban|lashkar)\b/i, types: ['terrorist'] },
];

/** Industry sectors (industry-sector-ov) for organisations, by words in their name. */
export const SECTOR_RULES: { pattern: RegExp; sectors: string[] }[] = [
  { pattern: /\b(army|armed forces|military|border (guard|troops|service)|defen[cs]e|csto)\b/i, sectors: ['defense'] },
  { pattern: /\b(ministry|government|parliament|committee for national security|security service|president'?s? office|police)\b/i, sectors: ['government-national'] },
  { pattern: /\b(news|agency|radio|tv|television|times|post|press|journal|media)\b/i, sectors: ['communications'] },
];
