/**
 * Relation patterns over two nearby mentions: the text between them decides the type.
 * `dir: 'ab'` relates the first mention to the second; 'ba' the second to the first.
 */
import type { EntityType } from '../../../core/vocab.js';

export interface PairPattern {
  type: string;
  between: RegExp;
  dir: 'ab' | 'ba';
  a: ReadonlySet<EntityType>;
  b: ReadonlySet<EntityType>;
  /** the first mention must be the clause's subject ("X supports Y"), not a modifier ("the service of X supports Y") */
  clausal?: boolean;
}

const PERSON = new Set<EntityType>(['PERSON']);
const BODY = new Set<EntityType>(['ORG', 'GROUP', 'GPE']);
const OWNER = new Set<EntityType>(['ORG', 'GROUP', 'GPE', 'NORP']);
const ACTOR = new Set<EntityType>(['PERSON', 'ORG', 'GROUP', 'GPE']);
const PLACE = new Set<EntityType>(['GPE', 'LOC']);

const LEADER = '(?:leader|head|chief|chairman|founder|emir|commander|commander-in-chief)';
const ROLE = '(?:minister|president|prime\\s+minister|premier|ambassador|general|chief|secretary|director|chairman|governor|deputy|envoy|colonel|mayor|commander|head)';
const THE = '(?:the\\s+)?';
const PAREN = '(?:\\s*\\([^)]{1,12}\\))?'; // "Islamic Renaissance Party (IRPT) leader"
const POSS = "(?:['’]s)?";

const CLAUSAL = new Set(['supports', 'opposes', 'allied-with']);
const row = (type: string, between: string, dir: 'ab' | 'ba', a: ReadonlySet<EntityType>, b: ReadonlySet<EntityType>): PairPattern => ({
  type, between: new RegExp(`^${between}$`, 'i'), dir, a, b, clausal: CLAUSAL.has(type),
});

/** First match wins for a pair, so more specific rows come first. */
export const PAIR_PATTERNS: readonly PairPattern[] = [
  row('leader-of', `,\\s+${THE}(?:[\\w-]+\\s+){0,2}${LEADER}\\s+of\\s+${THE}`, 'ab', PERSON, BODY),
  row('leader-of', `${PAREN}${POSS}\\s+(?:[a-z-]+\\s+)?${LEADER}\\s+`, 'ba', BODY, PERSON),
  row('spokesperson-of', `${PAREN}${POSS}\\s+spokes(?:man|woman|person)\\s+`, 'ba', BODY, PERSON),
  row('spokesperson-of', `,\\s+(?:a|an|the)\\s+spokes(?:man|woman|person)\\s+(?:for|of)\\s+${THE}`, 'ab', PERSON, BODY),
  row('member-of', `${PAREN}${POSS}\\s+(?:fighter|militant|member|operative|recruit|supporter|activist)\\s+`, 'ba', BODY, PERSON),
  row('member-of', `,\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+)?(?:member|fighter|militant|operative|commander)\\s+(?:of|in|with)\\s+${THE}`, 'ab', PERSON, BODY),
  row('member-of', `\\s+(?:has\\s+|had\\s+|have\\s+)?(?:joined|defected\\s+to|pledged\\s+allegiance\\s+to)\\s+${THE}`, 'ab', PERSON, BODY),
  row('member-of', `${POSS}\\s+(?:apparent\\s+|reported\\s+|alleged\\s+)?(?:defection|departure)\\s+to\\s+${THE}`, 'ab', PERSON, BODY),
  row('holds-role', `\\s+(?:[A-Z][\\w-]*\\s+){0,3}${ROLE}\\s+(?:[A-Z][\\w-]*\\s+){0,2}`, 'ba', OWNER, PERSON),
  row('holds-role', `,\\s+${THE}(?:[\\w-]+\\s+){0,8}?${ROLE}\\b[^,.;]{0,60}?\\s(?:of|for)\\s+${THE}`, 'ab', PERSON, OWNER),
  row('located-in', `,\\s+${THE}(?:capital|city|town|village|centre|center|seat|administrative\\s+centre)\\s+of\\s+${THE}(?:[\\w’'-]+\\s+){0,3}?(?:(?:province|region|district)\\s+of\\s+)?`, 'ab', PLACE, PLACE),
  row('allied-with', `\\s+(?:(?:has|have|had)\\s+)?(?:struck|formed|forged|signed|entered)\\s+an?\\s+alliance\\s+with\\s+${THE}(?:[\\w-]+\\s+){0,4}?`, 'ab', ACTOR, ACTOR),
  row('allied-with', `\\s+(?:(?:is|are|was|were)\\s+)?(?:allied|aligned)\\s+with\\s+${THE}`, 'ab', ACTOR, ACTOR),
  row('allied-with', `,\\s+(?:an?|the)\\s+(?:close\\s+|key\\s+)?ally\\s+of\\s+${THE}`, 'ab', ACTOR, ACTOR),
  row('supports', `${PAREN}(?:\\s+(?:of|in)\\s+[A-Z][\\w-]*)?\\s+(?:(?:has|have|had|is|are|was|were)\\s+)?(?:secretly\\s+|covertly\\s+|openly\\s+)?(?:supports|supported|supporting|backs|backed|backing|funds|funded|finances|financed|arms|armed|sponsors|sponsored)\\s+${THE}(?:[a-z-]+\\s+){0,3}?`, 'ab', ACTOR, ACTOR),
  row('supports', `${POSS}\\s+(?:covert\\s+|secret\\s+|open\\s+|military\\s+|financial\\s+)?support\\s+for\\s+${THE}`, 'ab', ACTOR, ACTOR),
  row('opposes', `\\s+(?:(?:has|have|had|is|are|was|were)\\s+)?(?:opposes|opposed|opposing|fights|fought|fighting|confronts|confronted|resists|resisted|battles|battled|battling)\\s+(?:against\\s+)?${THE}`, 'ab', ACTOR, ACTOR),
  row('opposes', `\\s+(?:has\\s+|have\\s+)?taken\\s+an?\\s+(?:firm|tough|hard|strong)\\s+stance\\s+against\\s+${THE}`, 'ab', ACTOR, ACTOR),
];

/** how far apart (characters) two mentions may be for a pair pattern */
export const MAX_GAP = 120;

/** claim stance → relation from the speaker to the first actor the content names */
export const CLAIM_RELATIONS: Readonly<Record<string, string>> = { allege: 'accuses' };
/** event type → relation from its first actor to its place (or second actor) */
export const EVENT_RELATIONS: Readonly<Record<string, string>> = { battles: 'attacked', 'explosions/remote violence': 'attacked', 'violence against civilians': 'attacked' };
