/**
 * Who a claim holds responsible for an act: a speaker claiming the act ("claimed the attack", "claimed
 * responsibility"), or a party named as its author ("X was behind the bombing", "blamed X for the attack").
 */

const ACT = /\b(?:attacks?|bombings?|shootings?|strikes?|assassinations?|massacres?|explosions?|blasts?|killings?|kidnappings?|ambush(?:es)?|raids?|assaults?|murders?|sabotage)\b/i;
const CLAIMING_CUE = /^(?:claim(?:ed|s|ing)?|took responsibility|admit(?:ted|s)?)$/i;
const CLAIMED_IN_CONTENT = /\b(?:claimed|claims|taken|took|admitted)\s+responsibility\b/i;
/** words that put the responsibility on the actor named just before them */
const AUTHOR_AFTER = /\b(?:was|were|is|are|had been)\s+(?:\w+\s+)?(?:behind|responsible for|to blame for)\b|\b(?:carried out|orchestrated|masterminded|perpetrated|organi[sz]ed|staged|ordered)\b/i;
const BLAMING_CUE = /^(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|held)$/i;

export interface BlameInput {
  content: string;
  cue: string;
  stance: string;
  speaker: { entity: string | null; text: string };
  /** entity mentions inside the content, offsets relative to it */
  mentions: { start: number; end: number; entity: string; text: string }[];
}

/**
 * The agent a claim holds responsible for an act, or null.
 * @example blameOf({ content: 'the bombing through its news agency', cue: 'claimed', speaker: { entity: 'kb:x', text: 'X' }, … }) → { agent: 'kb:x', text: 'X' }
 */
export function blameOf(c: BlameInput): { agent: string; text: string } | null {
  if (c.stance === 'deny' || c.stance === 'retract' || !ACT.test(c.content)) return null;
  if ((CLAIMING_CUE.test(c.cue.trim()) || CLAIMED_IN_CONTENT.test(c.content)) && c.speaker.entity) return { agent: c.speaker.entity, text: c.speaker.text };
  if (BLAMING_CUE.test(c.cue.trim())) {
    const first = c.mentions[0];
    return first && first.start < 40 ? { agent: first.entity, text: first.text } : null;
  }
  const m = AUTHOR_AFTER.exec(c.content);
  if (!m) return null;
  const before = c.mentions.filter((x) => x.end <= m.index && m.index - x.end < 60).at(-1);
  return before ? { agent: before.entity, text: before.text } : null;
}
