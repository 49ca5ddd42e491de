/**
 * A document's sourcing profile: how its claims are sourced (named, anonymous, unattributed, hedged),
 * loaded or conspiratorial framing in the author's own voice, and accusations the author makes without a
 * source. Every hit carries its text span. These are signals for an analyst to read, never a verdict on truth.
 * @example sourcingProfile({ text, claims, mentions }).signals // ['3 of 3 claims (100%) give no source', …]
 */
import { credibility } from './credibility.js';
import { ACCUSATION_PATTERNS, FRAMING_LEXICON, type FramingCategory } from './sourcing-profile-lexicon.js';

export interface ProfileClaim {
  id: string;
  speakerKind: 'named' | 'anonymous' | 'author';
  stance: 'assert' | 'deny' | 'allege' | 'estimate' | 'predict' | 'retract';
  hedged: boolean;
  sourcing: 'named' | 'anonymous' | 'unattributed';
  evidence: { start: number; end: number };
}

export interface ProfileInput {
  text: string;
  claims: ProfileClaim[];
  /** name mentions with their types: an accusation outside a claim needs an actor in its sentence */
  mentions: { start: number; end: number; type: string }[];
}

export interface FramingHit {
  category: FramingCategory;
  start: number;
  end: number;
  text: string;
  why: string;
}

export interface AccusationHit {
  start: number;
  end: number;
  /** the sentence (or claim evidence) carrying the accusation */
  text: string;
  /** the unattributed claim it belongs to, or null when the claim stage found no claim there */
  claim: string | null;
  /** what marked it: the `allege` stance, or the accusing words matched */
  why: string;
  /** Admiralty digit for the accusation as sourced here (before any corroboration), with the reason */
  credibility: number;
  credibility_reason: string;
}

export interface SourcingProfile {
  claims: number;
  named: number;
  anonymous: number;
  unattributed: number;
  hedged: number;
  /** shares of all claims, 0–1, two decimals */
  shares: { named: number; anonymous: number; unattributed: number; hedged: number };
  unattributed_accusations: AccusationHit[];
  framing: FramingHit[];
  /** one line per notable signal, for people */
  signals: string[];
}

/** A share at or above this is worth a signal line. */
export const NOTABLE_SHARE = 0.5;

// compiled once; matchAll clones a global pattern, so sharing it is safe
const GLOBAL_LEXICON = FRAMING_LEXICON.map((entry) => ({ entry, re: new RegExp(entry.pattern.source, entry.pattern.flags.includes('g') ? entry.pattern.flags : `${entry.pattern.flags}g`) }));

/** Types of mention that can be the target of an accusation. */
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GROUP', 'GPE', 'NORP']);

const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 100) / 100);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Sentence spans by end punctuation followed by a capital, or by line breaks; good enough for signals. */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[.!?…]["”’)]?(?=\s+["“‘(]?[\p{Lu}\d])|\n+/gu;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    pushTrimmed(text, at, end, out);
    at = m.index + m[0].length;
  }
  pushTrimmed(text, at, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: { start: number; end: number }[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** Loaded or conspiratorial framing outside attributed speech: what the outlet itself chose to say. */
function framingHits(text: string, attributed: { start: number; end: number }[], claims: { start: number; end: number }[]): FramingHit[] {
  const hits: FramingHit[] = [];
  for (const { entry, re } of GLOBAL_LEXICON) {
    for (const m of text.matchAll(re)) {
      const g = m.groups?.['hit'];
      const start = m.index + (g === undefined ? 0 : m[0].indexOf(g));
      const span = { start, end: start + (g ?? m[0]).length };
      if (entry.after) {
        const lead = entry.after.exec(text.slice(Math.max(0, start - 40), start));
        if (!lead) continue;
        span.start -= lead[0].length;
      }
      if (attributed.some((a) => overlaps(a, span))) continue;
      // a short quotation inside a claim is the speaker's word being quoted, not the author's distance from it
      if (entry.category === 'scare-quotes' && claims.some((c) => overlaps(c, span))) continue;
      if (entry.unless?.test(text.slice(Math.max(0, span.start - 30), span.start))) continue;
      hits.push({ category: entry.category, ...span, text: text.slice(span.start, span.end), why: entry.why });
    }
  }
  return dedupe(hits);
}

/** Keeps the first of overlapping hits (the lexicon lists specific patterns before general ones). */
function dedupe(hits: FramingHit[]): FramingHit[] {
  const kept: FramingHit[] = [];
  for (const h of hits) if (!kept.some((k) => overlaps(k, h))) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

// one pass per sentence instead of one per pattern
const ACCUSING = new RegExp(ACCUSATION_PATTERNS.map((p) => `(?:${p.source})`).join('|'), 'i');

/** Index of the first value >= x in a sorted array. */
function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Accusations in the author's voice: sentences no named or anonymous source stands behind. */
function accusations(input: ProfileInput, sentences: { start: number; end: number }[]): AccusationHit[] {
  const { text, claims, mentions } = input;
  const out: AccusationHit[] = [];
  const actorStarts = mentions.filter((m) => ACTOR_TYPES.has(m.type)).map((m) => m.start).sort((a, b) => a - b);
  for (const s of sentences) {
    const inside = claims.filter((c) => overlaps(c.evidence, s));
    // an unattributed claim here is the author's own word, even if a source is credited elsewhere in the sentence
    const own = inside.find((c) => c.sourcing === 'unattributed' && c.stance !== 'deny' && c.stance !== 'retract');
    if (!own && inside.some((c) => c.sourcing !== 'unattributed')) continue;
    const alleged = inside.find((c) => c.stance === 'allege' && c.sourcing === 'unattributed');
    // an actor named in the sentence (names do not cross sentence ends, so their start is enough)
    const i = lowerBound(actorStarts, s.start);
    if (!alleged && !own && !(i < actorStarts.length && actorStarts[i]! < s.end)) continue;
    const sentence = text.slice(s.start, s.end);
    const words = ACCUSING.exec(sentence)?.[0] ?? null;
    if (!alleged && !words) continue;
    const claim = alleged ?? own;
    const cred = credibility([{ id: 'x', stance: 'allege', kind: 'statement', hedged: claim?.hedged ?? false, sourcing: 'unattributed' }], []).get('x')!;
    out.push({ ...s, text: sentence, claim: claim?.id ?? null, why: alleged ? 'an allegation by the author with no source' : `accusing words with no source: "${words}"`, credibility: cred.digit, credibility_reason: cred.reason });
  }
  return out;
}

const pct = (n: number, of: number) => `${n} of ${of} claims (${Math.round((n / of) * 100)}%)`;

function signalLines(p: Omit<SourcingProfile, 'signals'>): string[] {
  const out: string[] = [];
  if (p.claims && p.unattributed && p.shares.unattributed >= NOTABLE_SHARE) out.push(`${pct(p.unattributed, p.claims)} give no source`);
  if (p.claims && p.anonymous && p.shares.anonymous >= NOTABLE_SHARE) out.push(`${pct(p.anonymous, p.claims)} rest on anonymous sources`);
  if (p.claims && p.hedged && p.shares.hedged >= NOTABLE_SHARE) out.push(`${pct(p.hedged, p.claims)} are hedged`);
  const acc = p.unattributed_accusations.length;
  if (acc) out.push(`${acc} accusation${acc === 1 ? '' : 's'} in the author's voice with no source`);
  if (p.framing.length) {
    const by = new Map<string, number>();
    for (const f of p.framing) by.set(f.category, (by.get(f.category) ?? 0) + 1);
    out.push(`loaded framing (a signal, not a verdict): ${[...by].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  }
  return out;
}

/** The profile of one document from its text, claims and mentions. */
export function sourcingProfile(input: ProfileInput): SourcingProfile {
  const { claims } = input;
  const count = (f: (c: ProfileClaim) => boolean) => claims.filter(f).length;
  const named = count((c) => c.sourcing === 'named');
  const anonymous = count((c) => c.sourcing === 'anonymous');
  const unattributed = count((c) => c.sourcing === 'unattributed');
  const hedged = count((c) => c.hedged);
  const attributed = claims.filter((c) => c.sourcing !== 'unattributed').map((c) => c.evidence);
  const base = {
    claims: claims.length,
    named,
    anonymous,
    unattributed,
    hedged,
    shares: { named: share(named, claims.length), anonymous: share(anonymous, claims.length), unattributed: share(unattributed, claims.length), hedged: share(hedged, claims.length) },
    unattributed_accusations: accusations(input, sentenceSpans(input.text)),
    framing: framingHits(input.text, attributed, claims.map((c) => c.evidence)),
  };
  return { ...base, signals: signalLines(base) };
}

/** Sums profiles, e.g. per outlet; hit lists are kept as counts only in the signal lines. */
export function combineProfiles(profiles: SourcingProfile[]): Omit<SourcingProfile, 'unattributed_accusations' | 'framing'> & { documents: number; accusations: number; framing: Record<string, number> } {
  const sum = (f: (p: SourcingProfile) => number) => profiles.reduce((n, p) => n + f(p), 0);
  const claims = sum((p) => p.claims);
  const framing: Record<string, number> = {};
  for (const p of profiles) for (const f of p.framing) framing[f.category] = (framing[f.category] ?? 0) + 1;
  const base = {
    documents: profiles.length,
    claims,
    named: sum((p) => p.named),
    anonymous: sum((p) => p.anonymous),
    unattributed: sum((p) => p.unattributed),
    hedged: sum((p) => p.hedged),
    accusations: sum((p) => p.unattributed_accusations.length),
    framing,
  };
  const shares = { named: share(base.named, claims), anonymous: share(base.anonymous, claims), unattributed: share(base.unattributed, claims), hedged: share(base.hedged, claims) };
  const lines = signalLines({ ...base, shares, unattributed_accusations: [], framing: [] });
  if (base.accusations) lines.push(`${base.accusations} accusation${base.accusations === 1 ? '' : 's'} in the author's voice with no source`);
  const f = Object.entries(framing);
  if (f.length) lines.push(`loaded framing (a signal, not a verdict): ${f.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  return { ...base, shares, signals: lines };
}
