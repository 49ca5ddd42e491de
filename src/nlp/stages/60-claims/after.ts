/** The source after a reporting verb: "…,” said X, a researcher.", "…, said one of his friends, who asked not to be named." */
import type { Unit } from '../../lib/claims-text.js';
import { CLAUSE_WORDS, TIME_WORD } from './lexicon.js';
import { PUNCT_BOUNDARY, QUOTE_OPEN, capitalised, chainLink, type Scan } from './scan.js';
import { isVerb, type Subject } from './subject.js';

/** "R-S.C." — a point inside an abbreviation, attached to the letters on both sides. */
const innerPoint = (s: Scan, k: number): boolean =>
  s.tokens[k]!.norm === '.' && k > 0 && s.tokens[k - 1]!.end === s.tokens[k]!.start && s.tokens[k + 1]?.start === s.tokens[k]!.end;

/** "one unaligned strategist": a participle between a determiner and a noun describes, it does not predicate */
function adjectival(s: Scan, k: number, from: number): boolean {
  return k > from && /(?:ed|en)$/.test(s.tokens[k]!.norm) && /^(?:NOUN|PROPN|ADJ)$/.test(s.tokens[k + 1]?.pos ?? '');
}

/** Words opening an adverbial clause that may trail an inverted source ("…,” said X, though …" / "… when asked"). */
const ADJUNCT_CLAUSE = /^(?:when|while|though|although|because|as|before|after|if|since|until|once|whereas)$/;

/** "…, said one of his friends, who asked not to be named." — the source after a reporting verb. */
export function subjectAfter(s: Scan, u: Unit, ce: number, interrupting = false): Subject | null {
  let k = ce + 1;
  if (k >= u.t1) return null;
  const a = k;
  let outlet = -1; // "…,” wrote Jane Roe for the Valley Herald.": the outlet is a chain link, not part of the source
  while (k < u.t1 && !PUNCT_BOUNDARY.has(s.tokens[k]!.norm) && !CLAUSE_WORDS.has(s.tokens[k]!.norm)) {
    const name = outlet >= 0 && capitalised(s, k); // "for Morning Consult": a name, whatever the tagger says
    if ((isVerb(s, k) && !adjectival(s, k, a) && !name) || s.tokens[k]!.norm === 'that') return null;
    if (outlet < 0 && k > a && s.tokens[k]!.norm === 'for' && (capitalised(s, k + 1) || (s.tokens[k + 1]?.norm === 'the' && capitalised(s, k + 2)))) outlet = k;
    k++;
  }
  if (k === a) return null;
  if (outlet > a) {
    let r = k;
    while (r < u.t1 && PUNCT_BOUNDARY.has(s.tokens[r]!.norm) && !/^[“"(]$/.test(s.tokens[r]!.norm)) r++;
    if (r < u.t1) return null; // more clause follows
    return { from: a, to: outlet - 1, coreFrom: a, coreTo: outlet - 1, chain: [chainLink(s, s.tokens[outlet + 1]!.start, s.tokens[k - 1]!.end, 'outlet')] };
  }
  let timeOnly = true; // "…,” X, R-Ky., said Tuesday.": a day is no speaker
  for (let r = a; r < k && timeOnly; r++) timeOnly = s.inTime[r] === 1 || TIME_WORD.test(s.tokens[r]!.norm);
  if (timeOnly) return null;
  const coreTo = k - 1;
  let to = coreTo;
  let adjunct = false;
  if (/^(?:who|whom|whose)$/.test(s.tokens[k]?.norm ?? '')) {
    // "…,” said one of two witnesses who relayed the story.": the relative clause runs to the sentence's end
    let r = k;
    while (r < u.t1 && !/^[.!?;(“"]$/.test(s.tokens[r]!.norm)) r++;
    return { from: a, to: r - 1, coreFrom: a, coreTo, chain: [] };
  }
  if (s.tokens[k]?.norm === ',') {
    // "said Jane Roe, 59, of Kulob" / "said a driver, who asked not to be named" / "said X, a researcher who is …"
    let r = k + 1;
    let relative = false;
    let last = coreTo;
    for (; r < u.t1 && s.tokens[r]!.norm !== '(' && (!/^[.!?;]$/.test(s.tokens[r]!.norm) || innerPoint(s, r)); r++) {
      const t = s.tokens[r]!;
      // (a quotation after an abbreviation's point, "R-S.C. “P2”", starts a sentence the tagger did not split off)
      if ((s.tokens[r - 1]!.norm === ',' || /\.$/.test(s.tokens[r - 1]!.norm)) && (QUOTE_OPEN.has(t.norm) || (!relative && ADJUNCT_CLAUSE.test(t.norm)))) {
        adjunct = true; // "“P1,” said X, “P2”" / "…, said X, though she added …": the source ends at the comma
        break;
      }
      if (/^(?:who|whose|whom|which)$/.test(t.norm) || (t.norm === 'that' && /^(?:NOUN|PROPN)$/.test(s.tokens[r - 1]!.pos))) relative = true; // "…, a group that favors …"
      if (!relative && ((t.pos === 'VERB' && /(?:ing|ed)$/.test(t.norm)) || (t.pos === 'ADP' && t.norm !== 'of')) && s.tokens[r - 1]!.norm === ',') {
        adjunct = true; // "…, said X, speaking of Y" / "…, said X, angered that …" / "…, said X, on his first day": an adjunct ends the source
        break;
      }
      const modifier = /(?:ed|ing)$/.test(t.norm) && /^(?:NOUN|PROPN)$/.test(s.tokens[r - 1]!.pos); // "a pollster working for X", "a group based in Y"
      const infinitive = s.tokens[r - 1]!.norm === 'to'; // "the only senator to endorse X"
      const verb = t.pos === 'AUX' || (t.pos === 'VERB' && !modifier && !infinitive && !/ed$/.test(t.norm) && isVerb(s, r));
      if (interrupting && verb && s.tokens[r - 1]!.norm === ',') {
        adjunct = true; // "A, said X, an expert, would read it as B": the sentence's own verb resumes after the source
        break;
      }
      if (!relative && verb) return null;
      if (!PUNCT_BOUNDARY.has(t.norm)) last = r;
    }
    to = last;
  }
  // "…,” said X when asked about Y.": a subordinate clause after the source is an adjunct, not more of the source
  if (!adjunct && to === coreTo && ADJUNCT_CLAUSE.test(s.tokens[k]?.norm ?? '')) adjunct = true;
  for (let r = to + 1; r < u.t1 && !adjunct; r++) {
    const n = s.tokens[r]!.norm;
    if (n === '(') break; // a trailing citation
    if (!PUNCT_BOUNDARY.has(n)) return null; // more clause follows: not an inverted source
  }
  return { from: a, to, coreFrom: a, coreTo, chain: [] };
}
