/**
 * Role phrases as mentions of a person: "the Tajik leader", "Taliban spokesman", "the Uzbek foreign affairs chief".
 * They become mentions only when the knowledge base names one holder of that role at the document's date.
 */
import type { ActorIndex } from '../../../core/actor.js';
import type { Mention, Token } from '../../../core/doc.js';

/** Last words of role phrases; the knowledge base's role table decides what they mean. */
const ROLE_HEADS = new Set(['leader', 'president', 'ruler', 'emir', 'premier', 'minister', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'strongman']);
/** Words a role phrase may hold before its head: owners ("Tajik", "Taliban's") and role words ("foreign affairs"). */
const INNER = /^(?:[A-Z][\p{L}'’.-]*|foreign|affairs|defen[cs]e|interior|internal|prime|security|intelligence|spy|top|supreme|state|of)$/u;
const MAX_WORDS = 5;

/**
 * Role-phrase mentions not overlapping any name already found, except the nationality word inside them,
 * which the phrase replaces ("the [Tajik] leader" → one PERSON mention "Tajik leader").
 */
export function rolePhraseMentions(text: string, tokens: readonly Token[], mentions: readonly Mention[], kb: ActorIndex, date: string | null, tag: string): { add: Mention[]; drop: Set<string> } {
  const add: Mention[] = [];
  const drop = new Set<string>();
  if (!kb.resolve || !date) return { add, drop };
  for (let h = 1; h < tokens.length; h++) {
    if (!ROLE_HEADS.has(tokens[h]!.norm)) continue;
    let first = h;
    while (first > 0 && h - first < MAX_WORDS - 1 && tokens[first - 1]!.sentence === tokens[h]!.sentence && INNER.test(text.slice(tokens[first - 1]!.start, tokens[first - 1]!.end))) first--;
    if (first === h) continue;
    const start = tokens[first]!.start;
    const end = tokens[h]!.end;
    const inside = mentions.filter((m) => m.start < end && m.end > start);
    // a role phrase never swallows a person's name or an organisation: "Taliban spokesman Zabihullah Mujahid" stays a name
    if (inside.some((m) => m.type === 'PERSON' || m.start < start || m.end > end)) continue;
    const phrase = text.slice(start, end);
    const r = kb.resolve(phrase, { type: 'PERSON', date });
    if (!r.id) continue;
    if (tokens[h + 1] && /^\p{Lu}/u.test(text.slice(tokens[h + 1]!.start, tokens[h + 1]!.end))) continue; // a title before a name
    for (const m of inside) drop.add(m.id);
    add.push({ id: '', start, end, text: phrase, type: 'PERSON', basis: 'role-phrase', stage: tag });
  }
  return { add, drop };
}
