/**
 * Document-level passes over typed candidates: acronym–expansion pairs, modifiers folded into
 * organisation names, and one type per string (a surname typed once is typed the same throughout).
 */
import type { Token } from '../../../core/doc.js';
import type { EntityType } from '../../../core/vocab.js';
import { isAcronym } from './runs.js';

export interface Candidate {
  first: number;
  last: number;
  type: EntityType | null;
  basis: string;
  strength: number;
  kb: boolean;
  /** a title cut off the front of a person's name ("Interior Minister") */
  role: string | null;
}

/** Every candidate is made here, all fields in one order: one object shape for the code that reads them. */
export function candidate(first: number, last: number, type: EntityType | null, basis: string, strength: number, kb: boolean, role: string | null = null): Candidate {
  return { first, last, type, basis, strength, kb, role };
}

const MODIFIER_TYPES = new Set<EntityType | null>(['NORP', 'GPE']);

/** "Russian" + "Defence Ministry" → one ORG; the nationality is part of the organisation's name. */
function foldModifiers(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev && prev.kb && MODIFIER_TYPES.has(prev.type) && c.first === prev.last + 1 && /^(head|model):(org|group)$/.test(c.basis)) {
      out[out.length - 1] = candidate(prev.first, c.last, c.type, `${c.basis}+kb`, c.strength, c.kb, c.role);
      continue;
    }
    out.push(c);
  }
  return out;
}

/** "State Committee for National Security (GKNB)": the acronym takes its expansion's type. */
function pairAcronyms(text: string, tokens: readonly Token[], cands: Candidate[]): void {
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!;
    const prev = cands[i - 1]!;
    if (c.first !== c.last || !prev.type || prev.type === 'PERSON' || c.strength >= 4) continue;
    const open = tokens[c.first - 1];
    const close = tokens[c.last + 1];
    if (open?.norm !== '(' || close?.norm !== ')' || prev.last !== c.first - 2) continue;
    if (!isAcronym(text, tokens[c.first]!)) continue;
    c.type = prev.type === 'NORP' ? c.type : prev.type;
    c.basis = 'acronym-of';
    c.strength = 4;
  }
}

/** Applies all document passes and drops what stayed untyped. */
export function consistentTypes(text: string, tokens: readonly Token[], cands: Candidate[], normalise: (s: string) => string): Candidate[] {
  const folded = foldModifiers(cands);
  pairAcronyms(text, tokens, folded);
  const keyOf = (c: Candidate) => normalise(text.slice(tokens[c.first]!.start, tokens[c.last]!.end));
  const keys = folded.map(keyOf);
  const best = new Map<string, { type: EntityType; strength: number }>();
  const offer = (k: string, type: EntityType, strength: number) => {
    const b = best.get(k);
    if (!b || b.strength < strength) best.set(k, { type, strength });
  };
  folded.forEach((c, i) => {
    if (!c.type) return;
    offer(keys[i]!, c.type, c.strength);
    // a person's surname alone refers to them elsewhere in the document
    if (c.type === 'PERSON' && c.strength >= 2 && c.last > c.first) {
      const parts = keys[i]!.split(' ');
      if (parts.length > 1) offer(parts[parts.length - 1]!, 'PERSON', 2);
    }
  });
  const out: Candidate[] = [];
  folded.forEach((c, i) => {
    const b = best.get(keys[i]!);
    if (b && b.strength >= 2 && b.strength > c.strength && !c.kb) {
      out.push(candidate(c.first, c.last, b.type, c.type ? `${c.basis}>doc` : 'doc', b.strength, c.kb, c.role));
    } else if (c.type) out.push(c);
  });
  return out;
}
