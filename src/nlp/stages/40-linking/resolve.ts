/** Within-document resolution helpers: surnames to full names, acronyms to their expansions. */
import type { Mention } from '../../../core/doc.js';

export interface PersonForm {
  index: number;
  /** normalised words of the full name */
  words: string[];
  entityKey: string;
  resolved: unknown;
}

/** True when `short` is a shorter form of `full`: its last word matches and its other words appear in order. */
function isShortFormOf(short: string[], full: string[]): boolean {
  if (short.length >= full.length || short[short.length - 1] !== full[full.length - 1]) return false;
  let j = 0;
  for (const w of full) if (w === short[j]) j++;
  return j === short.length;
}

/**
 * The full name a surname or short form refers to: the longest matching form in the document;
 * when different people share the surname, the nearest one before the mention (else after).
 */
export function fullPersonForm(persons: readonly PersonForm[], words: string[], at: number): PersonForm | null {
  const hits = persons.filter((p) => isShortFormOf(words, p.words));
  if (hits.length === 0) return null;
  const distinct = new Set(hits.map((h) => h.entityKey));
  if (distinct.size === 1) return hits.reduce((a, b) => (b.words.length > a.words.length ? b : a));
  const before = hits.filter((h) => h.index < at);
  return before.length ? before[before.length - 1]! : hits[0]!;
}

const ACRONYM = /^[\p{Lu}\d.&-]{2,8}$/u;

/** Acronym mentions written in brackets right after their expansion: acronym index → expansion index. */
export function acronymPartners(text: string, mentions: readonly Mention[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const byText = new Map<string, number>();
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const prev = mentions[i - 1]!;
    // an acronym stands for an organisation, group or place, never a person or a nationality
    if (!ACRONYM.test(m.text) || prev.type === 'NORP' || prev.type === 'PERSON' || m.type === 'PERSON') continue;
    const between = text.slice(prev.end, m.start);
    if (/^\s?\($/.test(between) && text.charAt(m.end) === ')') {
      pairs.set(i, i - 1);
      byText.set(m.text, i - 1);
    }
  }
  // later bare uses of a bracketed acronym refer to the same expansion
  mentions.forEach((m, i) => {
    const p = byText.get(m.text);
    if (p !== undefined && !pairs.has(i) && i !== p) pairs.set(i, p);
  });
  return pairs;
}
