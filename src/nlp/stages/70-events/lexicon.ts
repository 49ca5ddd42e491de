/** Event triggers: word forms and phrases → event type and subtype. Per-type behaviour is data here, not branches. */

export interface TriggerDef {
  words: string[];
  type: string;
  subtype: string | null;
  /** the text right after the trigger must match ("sent … troops") */
  needsAfter?: RegExp;
  /** the text right after the trigger must not match ("struck an alliance") */
  unlessAfter?: RegExp;
  /** whether a death toll near the trigger counts as this event's fatalities */
  countsDeaths: boolean;
}

type Row = [phrases: string, type: string, subtype: string | null, opts?: Partial<TriggerDef>];

const TROOPS_AFTER = /^(?:\s+\S+){0,4}?\s+(?:troops|forces|soldiers|units|reinforcements|fighters|servicemen)\b/i;
const NOT_VIOLENT = /^\s+(?:an?\s+)?(?:alliance|deal|agreement|balance|chord|tone|note|bargain|pose)\b/i;

const ROWS: Row[] = [
  ['attack|attacks|attacked|attacking|assault|assaults|assaulted|raid|raids|raided|ambush|ambushed|clash|clashes|clashed|firefight|firefights|skirmish|skirmishes|offensive|opened fire|open fire|incursion|incursions', 'attack', 'armed-clash', { unlessAfter: NOT_VIOLENT }],
  ['shelled|shelling|fired|bombardment|airstrike|airstrikes|air strike|air strikes|drone strike|drone strikes|missile attack|missile attacks|rocket attack|rocket attacks|strike|strikes|struck', 'attack', 'shelling/missile', { unlessAfter: NOT_VIOLENT }],
  ['bombing|bombings|bombed|explosion|explosions|blast|blasts|exploded|detonated', 'attack', 'bombing'],
  ['suicide attack|suicide attacks|suicide bombing|suicide bombings', 'attack', 'suicide-attack'],
  ['killed|kill|kills|killing|assassinated|assassination|murdered|murder|beheaded|executed|shot dead|shot and killed', 'killing', null],
  ['arrested|arrest|arrests|detained|detention|detain|apprehended', 'arrest', null],
  ['abducted|abduction|kidnapped|kidnapping|taken hostage', 'abduction', null],
  ['deployed|deploy|deployment|deployments|mobilization|mobilisation|mobilized|mobilised|reinforced|stationed', 'deployment', null],
  ['sent|dispatched|moved', 'deployment', null, { needsAfter: TROOPS_AFTER }],
  ['defected|defection|defections|defect', 'defection', null],
  ['joined|joining', 'defection', 'join', { needsAfter: /^\s+(?:the\s+)?[A-Z]/ }],
  ['met|meeting|meetings|talks|summit|telephone conversation|phone call|telephone call|negotiations', 'meeting', null],
  ['signed|agreement|accord|treaty|pact', 'agreement', null],
  ['seized|seize|seizure|captured|took over|taken over|overran|overrun|takeover', 'seizure', null],
  ['recruited|recruit|recruiting|recruitment', 'recruitment', null],
  ['disappeared|disappearance|vanished|went missing', 'disappearance', null],
];

/** types whose nearby death toll is theirs */
const DEADLY = new Set(['attack', 'killing']);

/** first word → trigger definitions starting with it, longest first */
export const TRIGGERS = new Map<string, TriggerDef[]>();
for (const [phrases, type, subtype, opts] of ROWS) {
  for (const p of phrases.split('|')) {
    const def: TriggerDef = { words: p.split(' '), type, subtype, countsDeaths: DEADLY.has(type), ...opts };
    const list = TRIGGERS.get(def.words[0]!) ?? [];
    list.push(def);
    list.sort((a, b) => b.words.length - a.words.length);
    TRIGGERS.set(def.words[0]!, list);
  }
}

/** words before a trigger that make it unreal (planned, denied, hypothetical) */
export const IRREALIS = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'can', 'not', 'never', 'no', 'planning', 'plans', 'threatened', "n't", 'prevent', 'possible']);
/** prepositions that introduce an event's place */
export const PLACE_PREPS = new Set(['in', 'into', 'on', 'at', 'near', 'across', 'outside', 'inside', 'around', 'from']);
/** a death toll near a trigger: "killing about 20 civilians", "20 people were killed", "left 5 dead" */
export const DEATH_WORD = /\b(?:kill(?:ed|ing|s)?|dead|deaths?|died|lives|fatalities|casualties)\b/i;
