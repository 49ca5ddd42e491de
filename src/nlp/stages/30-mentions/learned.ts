/**
 * Names from the learned tagger: decodes each sentence, maps the model's PER/ORG/LOC onto our types
 * (armed groups and natural features by head words), cuts titles out as the mention's role, and keeps
 * only the parts the knowledge base has not already claimed.
 */
import type { Token } from '../../../core/doc.js';
import type { EntityType } from '../../../core/vocab.js';
import type { FeatureInput } from '../../lib/ner-features.js';
import { decodeSentence, spansOf, type NerModel } from '../../lib/ner-model.js';
import { GPE_HEADS, GROUP_CUES_AFTER, GROUP_HEADS, LOC_HEADS, NAME_PARTICLES, ORG_ONLY_HEADS, NOT_NAMES, TITLE_HEADS, TITLE_MODIFIERS } from '../../lib/name-lexicon.js';
import { candidate, type Candidate } from './consistency.js';
import { findTitle, isUpperInitial, trimRange, type Range } from './runs.js';

const GROUP_OPENERS = new Set([...GROUP_HEADS].filter((w) => w !== 'jihad' && w !== 'ansar'));

const isTitleWord = (t: Token) => TITLE_HEADS.has(t.norm) || TITLE_MODIFIERS.has(t.norm);

/** Lower-case words at the ends of a span ("militants") stay outside it, except place words ("Takhar province"); particles may open one (al-Qaeda). */
function trimLower(text: string, tokens: readonly Token[], r: Range): Range | null {
  let { first, last } = r;
  const placeWord = (t: Token) => GPE_HEADS.has(t.norm) || LOC_HEADS.has(t.norm);
  while (last > first && !isUpperInitial(text, tokens[last]!) && /^\p{L}/u.test(tokens[last]!.norm) && !placeWord(tokens[last]!)) last--;
  while (first < last && !isUpperInitial(text, tokens[first]!) && !NAME_PARTICLES.has(tokens[first]!.norm)) first++;
  const t = tokens[first]!;
  if (!isUpperInitial(text, t) && !NAME_PARTICLES.has(t.norm)) return null;
  for (let k = first; k <= last; k++) if (!isTitleWord(tokens[k]!)) return { first, last };
  return null; // nothing but a title ("Minister")
}

/** Our type for a model span, from its words and the word after it. */
export function refineType(tokens: readonly Token[], r: Range, type: 'PER' | 'ORG' | 'LOC', sentEnd: number): EntityType {
  const next = r.last + 1 < sentEnd ? tokens[r.last + 1]!.norm : '';
  const lastWord = tokens[r.last]!.norm;
  // an organisation's head word outranks the model's guess ("Sarband Front" is no place)
  if (r.last > r.first && GROUP_HEADS.has(lastWord)) return 'GROUP';
  if (r.last > r.first && ORG_ONLY_HEADS.has(lastWord)) return 'ORG';
  // a person's name never opens with a group's head word ("Jamaat Ansor …", "Lashkar-e …")
  if (type === 'PER' && GROUP_OPENERS.has(tokens[r.first]!.norm)) return 'GROUP';
  if (type === 'PER') return 'PERSON';
  if (type === 'LOC') return LOC_HEADS.has(lastWord) ? 'LOC' : 'GPE';
  for (let k = r.first; k <= r.last; k++) if (GROUP_HEADS.has(tokens[k]!.norm)) return 'GROUP';
  return GROUP_CUES_AFTER.has(next) ? 'GROUP' : 'ORG';
}

/** A capitalised organisation head word that the model left just outside its span ends the name ("Almaty Stock Exchange"). */
function withHead(x: FeatureInput, r: Range, e: number, covered: Uint8Array): Range {
  const k = r.last + 1;
  const t = x.tokens[k];
  if (k >= e || !t || covered[k] || !ORG_ONLY_HEADS.has(t.norm) || !isUpperInitial(x.text, t)) return r;
  return { first: r.first, last: k };
}

/** "The" with a capital inside a sentence belongs to the organisation after it ("The Zutons", "The Canadian Press"). */
function withArticle(x: FeatureInput, r: Range, covered: Uint8Array): Range {
  const k = r.first - 1;
  const t = x.tokens[k];
  const before = x.tokens[k - 1];
  if (!t || !before || covered[k] || x.headline[k] || before.sentence !== t.sentence) return r;
  if (x.text.slice(t.start, t.end) !== 'The' || !/^[\p{L}\d,]/u.test(before.norm)) return r;
  return { first: k, last: r.last };
}

/** The capitalised title right before a person's name ("Interior Minister"), if any. */
function titleBefore(text: string, tokens: readonly Token[], first: number): string | undefined {
  let a = first;
  while (a > 0 && first - a < 4 && isTitleWord(tokens[a - 1]!) && isUpperInitial(text, tokens[a - 1]!) && tokens[a - 1]!.sentence === tokens[first]!.sentence) a--;
  return a < first ? text.slice(tokens[a]!.start, tokens[first - 1]!.end) : undefined;
}

/** Splits a range around tokens already covered (by the knowledge base); an unsupported weak alias (2) blocks only one-word spans. */
function uncovered(r: Range, covered: Uint8Array): Range[] {
  const out: Range[] = [];
  const weakOk = r.last > r.first;
  let a = -1;
  for (let k = r.first; k <= r.last + 1; k++) {
    const free = k <= r.last && (covered[k] === 0 || (weakOk && covered[k] === 2));
    if (free && a < 0) a = k;
    if (!free && a >= 0) {
      out.push({ first: a, last: k - 1 });
      a = -1;
    }
  }
  return out;
}

export type ModelSpan = ReturnType<typeof spansOf>[number];

const MODEL_BASIS = { PER: 'model:per', ORG: 'model:org', LOC: 'model:loc' } as const;

/** The model's raw spans for the sentence of tokens [s, e). */
export function modelSpans(m: NerModel, x: FeatureInput, s: number, e: number): ModelSpan[] {
  return spansOf(decodeSentence(m, x, s, e), s);
}

/**
 * A knowledge-base match strictly inside a longer model span belongs to it ("Pamir Relief Fund",
 * "Kazakh Defence Ministry", "Counter ISIL Coalition", "Western Australia"): the model saw the whole name.
 * Returns a test over ranges; model spans never overlap, so one index by token does.
 */
export function swallowedByModel(tokens: readonly Token[], spans: readonly ModelSpan[]): (r: Range) => boolean {
  const at = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, i) => at.fill(i, s.first, s.last + 1));
  return (r) => {
    const s = spans[at[r.first] ?? -1];
    return !!s && s.first <= r.first && r.last <= s.last && s.last - s.first > r.last - r.first;
  };
}

/** Model candidates from one sentence's spans; marks what they cover with 3. */
export function learnedCandidates(x: FeatureInput, spans: readonly ModelSpan[], e: number, covered: Uint8Array): Candidate[] {
  const { text, tokens } = x;
  const out: Candidate[] = [];
  for (const span of spans) {
    const pieces = uncovered(span, covered);
    // the knowledge base claimed part of this name: it wins, and the rest is no name of its own
    if (pieces.length !== 1 || pieces[0]!.first !== span.first || pieces[0]!.last !== span.last) continue;
    for (const piece of pieces) {
      let r: Range | null = piece;
      let role: string | undefined;
      const title = span.type === 'PER' ? findTitle(tokens, piece) : null;
      if (title && title.first === piece.first && title.last < piece.last) {
        role = text.slice(tokens[title.first]!.start, tokens[title.last]!.end);
        r = { first: title.last + 1, last: piece.last };
      }
      r = trimRange(text, tokens, r);
      r = r && trimLower(text, tokens, r);
      if (r && span.type === 'PER' && !role) role = titleBefore(text, tokens, r.first);
      if (!r || (r.first === r.last && NOT_NAMES.has(tokens[r.first]!.norm))) continue;
      r = withHead(x, r, e, covered);
      const type = refineType(tokens, r, span.type, e);
      if (type === 'ORG' || type === 'GROUP') r = withArticle(x, r, covered);
      covered.fill(3, r.first, r.last + 1);
      const c = candidate(r.first, r.last, type, MODEL_BASIS[span.type], 3, false, role ?? null);
      out.push(c);
    }
  }
  return out;
}
