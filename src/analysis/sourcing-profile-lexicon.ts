/**
 * The lexicon behind the sourcing profile's framing and accusation signals: general English patterns of
 * loaded or conspiratorial framing, each with why it is worth a second look. Data, not code: add a category
 * here and the profile, export and briefing show it. A hit is a signal to read, never a verdict on truth.
 * Word patterns are ASCII and use /i without /u: V8 runs /iu ten to a hundred times slower.
 */
import { FRAMINGS } from '../core/vocab.js';

export type FramingCategory = (typeof FRAMINGS)[number];

export interface FramingEntry {
  category: FramingCategory;
  /** the hit is the whole match, or the named group `hit` when present */
  pattern: RegExp;
  why: string;
  /** skip the hit when the 30 characters before it match (e.g. a quotation that only gives a name) */
  unless?: RegExp;
  /** keep the hit only when the 40 characters before it end with this, and widen the hit over it (a keyword-first search is fast) */
  after?: RegExp;
}

export const FRAMING_LEXICON: FramingEntry[] = [
  { category: 'puppet-metaphor', pattern: /\bpuppet(?:eer|-?master|s|eers|-?masters|ry)?\b|\bpull(?:s|ed|ing)? the strings\b|\bstring-?pullers?\b/i, why: 'casts an actor as secretly controlled by another' },
  { category: 'mouthpiece', pattern: /\bmouthpieces?\b|\bpropaganda (?:arm|outlet|machine|organ|channels?|tool)s?\b|\bpropagandists?\b/i, why: "dismisses another party's media or spokespeople as mere instruments" },
  { category: 'propaganda-label', pattern: /\bpropaganda\b|\bdisinformation campaign\b|\binformation war(?:fare)?\b|\binformation campaigns?\b/i, why: "labels another party's communication as propaganda" },
  { category: 'so-called', pattern: /\bso-called\b|\bself-(?:styled|proclaimed)\b|\bpseudo-\w+/i, why: 'distances the author from a name or claim without saying why' },
  { category: 'hidden-hand', pattern: /\bhidden hand\b|\bbehind the scenes\b|\bdeep state\b|\bshadowy\b|\bnefarious\b|\bsinister\b|\b(?:foreign|western|their|its|overseas) (?:sponsors|masters|handlers|curators|patrons)\b/i, why: 'implies a concealed power steering events' },
  { category: 'orchestration', pattern: /\borchestrated\b|\bmasterminded\b|\bengineered by\b|\bstage-managed\b|\bfalse[- ]flag\b|\bcolou?r revolutions?\b/i, why: 'presents events as deliberately staged by someone' },
  { category: 'plot', pattern: /\b(?:secret|hidden|covert) (?:plans?|plots?|agendas?|projects?|ties|designs?)\b|\bdismemberment\b|\bplots? to (?:dismember|destabili[sz]e|divide|topple|overthrow)\b/i, why: 'alleges a concealed plan or scheme' },
  { category: 'loaded-label', pattern: /\b(?:regime|junta|clique|cabal|henchmen|lackeys|stooges)\b/, after: /(?<![\p{L}-])\p{Lu}[\p{L}-]+(?:['’]s)? $/u, why: 'a pejorative label for a government or group' },
  {
    category: 'scare-quotes',
    // one to three words in quotation marks, outside any claim: the author holding a word at arm's length
    // the closing mark must end the word, so an apostrophe (’s) never closes a quotation
    pattern: /(?<hit>“[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,2}”|"[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,2}"|‘[\p{L}\p{N}'-]+(?: [\p{L}\p{N}'-]+){0,2}’(?!\p{L}))/u,
    why: 'scare quotes: a word or two set in quotation marks with no speaker, distancing the author from it',
    unless: /\b(?:known as|named|titled|entitled|called|dubbed|code-?named|nicknamed|the word|the term)\s*$/i,
  },
];

/**
 * Words that accuse an actor of hidden or hostile agency; used only on sentences no named or anonymous source
 * stands behind, and only when the sentence names an actor.
 */
export const ACCUSATION_PATTERNS: RegExp[] = [
  // backing verbs before a militant group; "armed" is left out ("armed militants" describes, it does not accuse)
  /\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)|fund(?:s|ed|ing)|financ(?:es|ed|ing)|arm(?:s|ing)|sponsor(?:s|ed|ing)?|train(?:s|ed|ing)|recruit(?:s|ed|ing)?|harbou?r(?:s|ed|ing))\b(?:(?!against|fight|fought|combat|counter|battl|clash|kill|attack|arrest|target)[^.;]){0,40}?\b(?:terror\w*|extremis\w*|militants?|jihadi\w*|insurgen\w*|gangs?|armed groups?|separatis\w*)/i,
  /\b(?:support|backing|funding|sponsorship|help|assistance|orders?|instructions?) from\b[^.;]{0,60}?\b(?:intelligence|special services|secret services|spy agenc\w+)/i,
  /\b(?:secret(?:ly)?|covert(?:ly)?|clandestine(?:ly)?)\s+(?:support\w*|ties|links?|fund\w*|financ\w+|arm\w*|uses?|used|backing|operations?|plans?|deals?|contacts?|cooperat\w+)\b/i,
  /\b(?:western|foreign|their|its) sponsors\b|\bpuppet\w*\b/i,
  /\b(?:due to|because of|thanks to) the\s+[“"‘]?(?:efforts|work|machinations|intrigues?|hand|meddling)[”"’]?\s+of\b/i,
  /\b(?:is|are|was|were) (?:behind|to blame for|responsible for) (?:the |this |these |a |an )?(?:\w+ )?(?:attacks?|bombings?|killings?|murders?|assassinations?|unrest|escalation|violence|provocations?|explosions?|riots?|campaigns?|coup)\b/i,
  /\b(?:orchestrat\w+|masterminded|instigat\w+|manipulat\w+|dismember\w*|subvert\w*|sabotag\w+|collu\w+|complicit|conspir\w+)\b/i,
];
