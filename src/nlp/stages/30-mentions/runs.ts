/** Capitalised runs: the token ranges that may hold names, before any typing. */
import type { Token } from '../../../core/doc.js';
import {
  GPE_HEADS, GROUP_HEADS, NAME_PARTICLES, NOT_NAMES, ORG_CONNECTORS, ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS,
} from '../../lib/name-lexicon.js';

/** An inclusive token range. */
export interface Range {
  first: number;
  last: number;
}

const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'VERB']);
const HYPHEN = /^[-\u2010-\u2015]$/;

export function isUpperInitial(text: string, t: Token): boolean {
  const c = text.charAt(t.start);
  return c !== c.toLowerCase();
}

/** All letters capitalised and at least two of them (GKNB, ISKP, U.S.). */
export function isAcronym(text: string, t: Token): boolean {
  const s = text.slice(t.start, t.end).replace(/\./g, '');
  return s.length >= 2 && s.length <= 6 && /^\p{Lu}[\p{Lu}\d]*$/u.test(s);
}

/** A token that can be part of a name by itself. */
export function isNamey(text: string, tokens: readonly Token[], i: number, sentStart: number): boolean {
  const t = tokens[i]!;
  if (!isUpperInitial(text, t) || NOT_NAMES.has(t.norm)) return false;
  if (!NAME_POS.has(t.pos) && !isAcronym(text, t)) return false;
  // a capitalised common word opening a sentence is not a name unless tagged one
  if (i === sentStart && t.pos !== 'PROPN' && t.pos !== 'X' && !isAcronym(text, t)) return false;
  return true;
}

const glued = (a: Token, b: Token) => a.end === b.start;

function hasHead(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const n = tokens[k]!.norm;
    if (ORG_HEADS.has(n) || GROUP_HEADS.has(n) || GPE_HEADS.has(n)) return true;
  }
  return false;
}

/** Grows a run from `i` over names, glued hyphens, name particles and (after a head word) connectors. */
function growRun(text: string, tokens: readonly Token[], i: number, end: number, sentStart: number): number {
  let last = i;
  let j = i + 1;
  while (j < end) {
    const t = tokens[j]!;
    if (isNamey(text, tokens, j, sentStart)) {
      last = j++;
      continue;
    }
    const next = tokens[j + 1];
    if (HYPHEN.test(t.norm) && next && glued(tokens[j - 1]!, t) && glued(t, next)) {
      j++; // the word after is judged on its own
      continue;
    }
    if (NAME_PARTICLES.has(t.norm) && next && (HYPHEN.test(next.norm) || isNamey(text, tokens, j + 1, sentStart))) {
      j++;
      continue;
    }
    if (ORG_CONNECTORS.has(t.norm) && hasHead(tokens, i, last)) {
      let k = j;
      while (k < end && ORG_CONNECTORS.has(tokens[k]!.norm) && k - j < 2) k++;
      if (k < end && isNamey(text, tokens, k, sentStart)) {
        j = k;
        continue;
      }
    }
    break;
  }
  return last;
}

/** Runs of name-like tokens in one sentence (token indices `start` to `end`, exclusive). */
export function findRuns(text: string, tokens: readonly Token[], start: number, end: number): Range[] {
  const runs: Range[] = [];
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    let first = -1;
    if (isNamey(text, tokens, i, start)) first = i;
    else if (NAME_PARTICLES.has(t.norm) && tokens[i + 1] && HYPHEN.test(tokens[i + 1]!.norm) && i + 2 < end && isNamey(text, tokens, i + 2, start)) first = i; // al-Qaeda
    if (first < 0) continue;
    const last = growRun(text, tokens, first, end, start);
    runs.push({ first, last });
    i = last;
  }
  return runs;
}

/** The title inside a range ("Interior Minister", "Major General"), as a sub-range, or null. */
export function findTitle(tokens: readonly Token[], r: Range): Range | null {
  for (let k = r.first; k <= r.last; k++) {
    if (!TITLE_HEADS.has(tokens[k]!.norm)) continue;
    let a = k;
    while (a > r.first && (TITLE_MODIFIERS.has(tokens[a - 1]!.norm) || TITLE_HEADS.has(tokens[a - 1]!.norm))) a--;
    let b = k;
    while (b < r.last) {
      const n = tokens[b + 1]!.norm;
      if (TITLE_HEADS.has(n) || TITLE_MODIFIERS.has(n) || HYPHEN.test(n) || n === '.') b++;
      else break;
    }
    // a modifier after the head starts the name again ("President Major" is unlikely; "General Staff" is an org)
    while (b > k && TITLE_MODIFIERS.has(tokens[b]!.norm) && !TITLE_HEADS.has(tokens[b]!.norm)) b--;
    return { first: a, last: b };
  }
  return null;
}

/** Drops connectors, particles, hyphens and dots from both ends of a range; null if nothing is left. */
export function trimRange(text: string, tokens: readonly Token[], r: Range): Range | null {
  let { first, last } = r;
  const loose = (k: number) => {
    const t = tokens[k]!;
    return ORG_CONNECTORS.has(t.norm) || HYPHEN.test(t.norm) || t.norm === '.' || (NAME_PARTICLES.has(t.norm) && !isUpperInitial(text, t) && k === last);
  };
  while (first <= last && loose(first) && !(NAME_PARTICLES.has(tokens[first]!.norm) && first < last)) first++;
  while (last >= first && loose(last)) last--;
  return first <= last ? { first, last } : null;
}
