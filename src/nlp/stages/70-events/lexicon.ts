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

type Row = [phrases: string, type: string, subtype: string, opts?: Partial<TriggerDef>];

const TROOPS_AFTER = /^(?:\s+\S+){0,4}?\s+(?:troops|forces|soldiers|units|reinforcements|fighters|servicemen)\b/i;
const NOT_VIOLENT = /^\s+(?:an?\s+)?(?:alliance|deal|agreement|balance|chord|tone|note|bargain|pose)\b/i;

/** ACLED's event types; sub-event types follow ACLED's names where one fits. */
export const BATTLES = 'battles';
export const REMOTE = 'explosions/remote violence';
export const VS_CIVILIANS = 'violence against civilians';
export const PROTESTS = 'protests';
export const RIOTS = 'riots';
export const STRATEGIC = 'strategic developments';

const ROWS: Row[] = [
  ['attack|attacks|attacked|attacking|assault|assaults|assaulted|raid|raids|raided|ambush|ambushed|clash|clashes|clashed|firefight|firefights|skirmish|skirmishes|offensive|opened fire|open fire|incursion|incursions', BATTLES, 'armed clash', { unlessAfter: NOT_VIOLENT }],
  ['shelled|shelling|fired|bombardment|missile attack|missile attacks|rocket attack|rocket attacks|strike|strikes|struck', REMOTE, 'shelling/artillery/missile attack', { unlessAfter: NOT_VIOLENT }],
  ['airstrike|airstrikes|air strike|air strikes|drone strike|drone strikes|bombed from the air', REMOTE, 'air/drone strike'],
  ['bombing|bombings|bombed|explosion|explosions|blast|blasts|exploded|detonated|landmine|ied', REMOTE, 'remote explosive/landmine/IED'],
  ['suicide attack|suicide attacks|suicide bombing|suicide bombings|suicide bomber', REMOTE, 'suicide bomb'],
  ['killed|kill|kills|killing|murdered|murder|beheaded|executed|shot dead|shot and killed|massacre|massacred', VS_CIVILIANS, 'attack'],
  ['assassinated|assassination|assassinate', STRATEGIC, 'assassination'],
  ['arrested|arrest|arrests|detained|detention|detain|apprehended|extradited|extradition', STRATEGIC, 'arrest'],
  ['abducted|abduction|kidnapped|kidnapping|taken hostage', STRATEGIC, 'abduction'],
  ['deployed|deploy|deployment|deployments|mobilization|mobilisation|mobilized|mobilised|reinforced|stationed', STRATEGIC, 'deployment'],
  ['sent|dispatched|moved', STRATEGIC, 'deployment', { needsAfter: TROOPS_AFTER }],
  ['defected|defection|defections|defect', STRATEGIC, 'defection'],
  ['joined|joining', STRATEGIC, 'defection', { needsAfter: /^\s+(?:the\s+)?[A-Z]/ }],
  ['met|meeting|meetings|talks|summit|telephone conversation|phone call|telephone call|negotiations', STRATEGIC, 'meeting/statement'],
  ['signed|agreement|accord|treaty|pact|ceasefire', STRATEGIC, 'agreement'],
  ['seized|seize|seizure|captured|took over|taken over|overran|overrun|takeover', BATTLES, 'non-state actor overtakes territory'],
  ['recruited|recruit|recruiting|recruitment', STRATEGIC, 'recruitment'],
  ['disappeared|disappearance|vanished|went missing', STRATEGIC, 'disappearance'],
  ['protest|protests|protested|protesting|demonstration|demonstrations|demonstrators|protesters|rally|rallies|sit-in|strike action', PROTESTS, 'peaceful protest'],
  ['riot|riots|rioting|rioters|mob|looting|looted', RIOTS, 'violent demonstration'],
];

/** types whose nearby death toll is theirs */
const DEADLY = new Set([BATTLES, REMOTE, VS_CIVILIANS, RIOTS]);

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
