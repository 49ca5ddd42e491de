/** Settling one sentence's drafts: descriptions inside a source dropped, contents cut at the next report, chains folded. */
import type { ChainLink } from '../../../core/doc.js';
import type { Draft } from './build.js';
import { MIN_CONTENT, endAt } from './content.js';
import { SAY_LIKE, cueDef } from './lexicon.js';
import { chainLink, trimSpan, type Scan } from './scan.js';

/** The drafts of one sentence as claims: descriptions dropped, contents cut, "reported that X said" folded into chains. */
export function settleDrafts(s: Scan, drafts: Draft[]): Draft[] {
  return fold(s, cutContents(s, withoutDescriptions(s, drafts)));
}

/** cues that make a claim of their own inside another source's description */
const DESCRIBED_CLAIM = new RegExp(`${SAY_LIKE.source}|^(?:think|thinks|thought|believe|believes|believed|calls|called)$`);

/**
 * "A farmer who saw the attack said …": a cue inside another attribution's source describes that source, it reports
 * nothing — unless it is a verb of saying, thinking or naming with its content ("Roe, who said she votes early, said …",
 * "Roe, who thinks the plan failed, called …") or any cue with a that-clause ("Roe, who stressed that …"): that is a
 * claim of its own, whose content ends with the source it sits in.
 */
function withoutDescriptions(s: Scan, drafts: Draft[]): Draft[] {
  return drafts.filter((d) => {
    const host = drafts.find((e) => e !== d && e.subject && d.cueFrom >= e.subject.from && d.cueTo <= e.subject.to && d.cueFrom > e.subject.coreTo);
    if (!host) return true;
    const end = s.tokens[host.subject!.to]!.end;
    // "Roe, who emphasized that P, said …": any cue with a that-clause reports too
    const reports = DESCRIBED_CLAIM.test(s.tokens[d.cueTo]!.norm) || s.tokens[d.cueTo + 1]?.norm === 'that';
    if (!reports || d.content.quote || d.content.start >= end) return false;
    const cut = endAt(s, d.content, Math.min(d.content.end, end));
    if (cut) d.content = cut;
    return cut !== null;
  });
}

const firstToken = (s: Scan, d: Draft) => (d.subject && d.subject.from < d.cueFrom ? d.subject.from : d.cueFrom);
const startOf = (s: Scan, d: Draft) => s.tokens[firstToken(s, d)]!.start;

const CLAUSE_OPENER = /^(?:[,;:.!?—–(“”"]|and|but|or|while|whereas|although|though|however|yet)$/;

/** A content running into the next attribution ends where that one starts; "rejected X, saying P" keeps P. */
function cutContents(s: Scan, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const next = drafts[i + 1];
    if (next && !d.content.quote) {
      const at = startOf(s, next);
      // a report nested in the content stays in it ("… infected with what he called tribalism", "noted reports alleging that …");
      // only one opening a new clause (after punctuation or a conjunction) ends the content
      const first = firstToken(s, next);
      const opener = s.tokens[first - 1]?.norm ?? '.';
      // "said the United States and its allies will seek …": an "and" joining two nouns is inside one subject
      const nounAnd = opener === 'and' && /^(?:NOUN|PROPN)$/.test(s.tokens[first - 2]?.pos ?? '') && next.subject !== null && first === next.subject.from;
      // "said that while polling showed X, Y": a report in a clause opening the content stays in it
      const leading = (s.tokens[first - 1]?.start ?? 0) <= d.content.start;
      const nested = !CLAUSE_OPENER.test(opener) || nounAnd || leading || opensContent(s, d, first);
      if (at > d.content.start && at < d.content.end && !nested) {
        const [a, b] = trimSpan(s.text, d.content.start, at);
        d.content = { start: a, end: Math.max(a, b - (/\b(?:and|but)$/.test(s.text.slice(a, b)) ? 4 : 0)), quote: d.content.quote, chain: d.content.chain };
        [d.content.start, d.content.end] = trimSpan(s.text, d.content.start, d.content.end);
      }
    }
    const short = d.content.end - d.content.start < 40 && !/\b(?:is|are|was|were|has|have|had|will|would)\b/.test(s.text.slice(d.content.start, d.content.end));
    if (next?.who === null && next.def.participle && d.def.stance !== 'assert' && short) {
      // "rejected those reports, saying P": two claims (the rejection of its object, and P), P with the rejection's stance
      next.def = cueDef(next.def.words, d.def.stance, next.def.kind, next.def);
    }
    if (d.content.end - d.content.start >= MIN_CONTENT) out.push(d); // a content cut down to nothing leaves no claim
  }
  return out;
}

/** "Back home, X said, he decided to run": the next attribution is the first thing after this one's cue — its content. */
function opensContent(s: Scan, d: Draft, first: number): boolean {
  if (first <= d.cueTo) return false;
  for (let k = d.cueTo + 1; k < first; k++) if (!/^(?:,|:|that)$/.test(s.tokens[k]!.norm)) return false;
  return true;
}

/** outer cues that pass on someone else's words rather than making their own claim */
const REPORTING = /^(?:report|reports|reported|quoted|quotes|cited|cites)$/;

/** "Interfax reported that a source said P" → one claim by the source, via Interfax; "according to X" beside another cue → a chain link. */
function fold(s: Scan, drafts: Draft[]): Draft[] {
  const dropped = new Set<Draft>();
  for (const outer of drafts) {
    if (outer.def.sourceAfter || !REPORTING.test(s.tokens[outer.cueFrom]!.norm)) continue;
    for (const inner of drafts) {
      if (inner === outer || dropped.has(inner) || !inner.subject) continue;
      const cueAt = s.tokens[inner.cueFrom]!.start;
      if (cueAt > outer.content.start && cueAt < outer.content.end && s.tokens[inner.subject.from]!.start >= outer.content.start) {
        const via = viaLink(s, outer);
        if (via) inner.chain.unshift(via);
        dropped.add(outer);
        break;
      }
    }
  }
  const others = drafts.filter((d) => !d.def.sourceAfter && !dropped.has(d));
  for (const acc of drafts) {
    if (!acc.def.sourceAfter || others.length === 0) continue;
    const accAt = s.tokens[acc.cueFrom]!.start;
    const host = others.find((d) => !(accAt >= d.content.start && accAt < d.content.end));
    const via = host && !host.chain.some((c) => c.role === 'via') ? viaLink(s, acc) : null;
    if (host && via) host.chain.push(via);
    // "According to X, Y said P" stays X's claim too (that Y said P), beside Y's own claim with X as its channel
    // ("that, according to X, P" after the cue is nested in Y's report and stays a link only)
    const outside = host && (accAt < s.tokens[host.cueFrom]!.start || accAt >= host.content.end);
    if (host && (!outside || acc.content.start > s.tokens[host.cueFrom]!.start || acc.content.end < s.tokens[host.cueTo]!.end)) dropped.add(acc);
  }
  return drafts.filter((d) => !dropped.has(d));
}

/** The channel a folded report names, or null when it names none (an outlet's own unattributed report). */
function viaLink(s: Scan, d: Draft): ChainLink | null {
  if (!d.subject) return d.who?.speaker.text ? { mention: d.who.speaker.mention, text: d.who.speaker.text, role: 'via' } : null;
  return chainLink(s, s.tokens[d.subject.from]!.start, s.tokens[d.subject.to]!.end, 'via');
}
