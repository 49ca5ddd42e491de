/**
 * Stage 30: name mentions (PERSON, ORG, GROUP, GPE, LOC, NORP) from knowledge-base aliases
 * (longest match), capitalised runs, head words, name shapes, context words, and document consistency.
 */
import type { Doc, Mention, Token } from '../../../core/doc.js';
import { layer } from '../../../core/doc.js';
import { outletKey } from '../../../core/vocab.js';
import { stageTag, type Stage } from '../../../core/stage.js';
import type { NlpContext } from '../../context.js';
import { canStart, gazetteerFor, longestMatch, tokenPieces, type GazEntry, type Gazetteer, type TrieMatch } from '../../lib/gazetteer.js';
import { candidate, consistentTypes, type Candidate } from './consistency.js';
import { findRuns, findTitle, isUpperInitial, trimRange, type Range } from './runs.js';
import { typeRange, type TypingContext } from './typing.js';
import { rolePhraseMentions } from './role-phrases.js';
import { learnedCandidates, modelSpans, swallowedByModel, type ModelSpan } from './learned.js';
import { nerInput } from '../../lib/ner-input.js';
import { shippedNerAssets, type NerAssets } from '../../lib/ner-assets.js';

export const mentionsStage: Stage<NlpContext> = {
  name: '30-mentions',
  version: '4',
  requires: ['sentences', 'tokens'],
  produces: ['mentions'],
  run(doc, ctx) {
    const assets = nerAssetsOf(ctx);
    const tag = stageTag(mentionsStage);
    const found = findMentions(doc, gazetteerFor(ctx), tag, assets);
    const roles = rolePhraseMentions(doc.text, layer(doc, 'tokens'), found, ctx.kb, doc.meta.published, tag);
    const outlet = doc.meta.outlet ? outletKey(doc.meta.outlet) : null;
    doc.layers.mentions = [...found.filter((m) => !roles.drop.has(m.id)), ...roles.add]
      .sort((a, b) => a.start - b.start)
      .map((m, i) => renumbered(m, `m${i}`, outlet !== null && m.type !== 'ORG' && m.basis !== 'kb' && outletKey(m.text) === outlet));
  },
  prepare(ctx) {
    nerAssetsOf(ctx);
    gazetteerFor(ctx);
  },
};

/** The tagger's assets a test injected, else the shipped ones (loaded on first use). */
const nerAssetsOf = (ctx: NlpContext): NerAssets => (ctx as NlpContext & { ner?: NerAssets }).ner ?? shippedNerAssets();

/**
 * The mention under a new id, fields in the order `findMentions` writes them; `outlet` when it names the document's
 * own outlet, which its shape or context had typed otherwise ("Pamir Ledger retracts …" read as a person).
 */
function renumbered(m: Mention, id: string, outlet = false): Mention {
  const out: Mention = { id, start: m.start, end: m.end, text: m.text, type: outlet ? 'ORG' : m.type, basis: outlet ? 'outlet' : m.basis, stage: m.stage };
  if (m.role) out.role = m.role;
  return out;
}

interface Sentence {
  start: number;
  end: number; // token indices, exclusive
  headline: boolean;
}

/** Token ranges of each sentence, flagging title-case lines (headlines) where capitals carry no signal. */
function sentenceRanges(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let s = 0;
  while (s < tokens.length) {
    let e = s;
    let words = 0;
    let caps = 0;
    while (e < tokens.length && tokens[e]!.sentence === tokens[s]!.sentence) {
      const t = tokens[e]!;
      if (t.end - t.start > 3 && /^\p{L}/u.test(t.norm)) {
        words++;
        if (isUpperInitial(text, t)) caps++;
      }
      e++;
    }
    out.push({ start: s, end: e, headline: words >= 3 && caps / words >= 0.75 });
    s = e;
  }
  return out;
}

/** Leftmost-longest alias matches, keeping only entries `accept` allows. */
function scan(g: Gazetteer, text: string, tokens: readonly Token[], sents: Sentence[], pieces: (j: number) => readonly string[], accept?: (e: GazEntry) => boolean): TrieMatch[] {
  const out: TrieMatch[] = [];
  for (const s of sents) {
    for (let i = s.start; i < s.end; i++) {
      if (!canStart(g, text, tokens[i]!)) continue;
      const m = longestMatch(g, text, tokens, i, s.end, accept, pieces);
      if (!m) continue;
      // "the Taliban" is a mention of "Taliban"; only names written with "The" keep it (The Diplomat)
      if (tokens[m.first]!.norm === 'the' && m.first < m.last && !m.entries.some((e) => /^The /.test(e.written))) m.first++;
      out.push(m);
      i = m.last;
    }
  }
  return out;
}

/**
 * Knowledge-base matches: a weak alias counts only when the document also names its actor by a strong one,
 * so a second scan drops unsupported weak entries and lets shorter strong names inside them through.
 */
function kbMatches(g: Gazetteer, text: string, tokens: readonly Token[], sents: Sentence[], pieces: (j: number) => readonly string[]): { kept: TrieMatch[]; unsupported: TrieMatch[] } {
  const first = scan(g, text, tokens, sents, pieces);
  const strong = new Set<string>();
  for (const m of first) for (const e of m.entries) if (!e.weak) strong.add(e.actorId);
  const accept = (e: GazEntry) => !e.weak || strong.has(e.actorId);
  const needsRescan = first.some((m) => !m.entries.every(accept));
  const kept = needsRescan ? scan(g, text, tokens, sents, pieces, accept) : first;
  for (const m of kept) if (m.entries.length > 1) m.entries.sort((a, b) => Number(a.weak) - Number(b.weak));
  if (!needsRescan) return { kept, unsupported: [] };
  const covered = new Set<number>();
  for (const m of kept) for (let k = m.first; k <= m.last; k++) covered.add(k);
  const unsupported = scan(g, text, tokens, sents, pieces, (e) => e.weak && !strong.has(e.actorId)).filter((m) => !covered.has(m.first));
  return { kept, unsupported };
}

/** Splits a run around the knowledge-base matches inside it; returns the uncovered pieces. */
function leftovers(run: Range, covered: Uint8Array): Range[] {
  const out: Range[] = [];
  let a = -1;
  for (let k = run.first; k <= run.last + 1; k++) {
    const free = k <= run.last && covered[k] === 0;
    if (free && a < 0) a = k;
    if (!free && a >= 0) {
      out.push({ first: a, last: k - 1 });
      a = -1;
    }
  }
  return out;
}

/** Types the uncovered pieces of one sentence's runs, cutting titles out of person names. */
function heuristicCandidates(text: string, tokens: readonly Token[], s: Sentence, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const run of findRuns(text, tokens, s.start, s.end)) {
    for (const piece of leftovers(run, covered)) {
      const title = findTitle(tokens, piece);
      const parts: [Range | null, boolean][] = title
        ? [[trimRange(text, tokens, { first: piece.first, last: title.first - 1 }), false], [trimRange(text, tokens, { first: title.last + 1, last: piece.last }), true]]
        : [[trimRange(text, tokens, piece), false]];
      for (const [r, afterTitle] of parts) {
        if (!r) continue;
        const c: TypingContext = { text, tokens, sentStart: s.start, sentEnd: s.end, afterTitle, headline: s.headline };
        const found = typeRange(c, r);
        // the learned tagger has seen this run and left it out; only strong rule evidence overrides it
        const typed = found && found.strength >= 3 ? found : null;
        out.push(candidate(r.first, r.last, typed?.type ?? null, typed?.basis ?? '', typed?.strength ?? 0, false));
      }
    }
  }
  return out;
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower']);

/** "Northern Afghanistan": a capitalised compass word before a known place names a region of it, one name. */
function compassBefore(text: string, tokens: readonly Token[], m: TrieMatch): boolean {
  const prev = tokens[m.first - 1];
  const type = m.entries[0]?.type;
  return !!prev && (type === 'GPE' || type === 'LOC') && prev.sentence === tokens[m.first]!.sentence && COMPASS.has(prev.norm) && isUpperInitial(text, prev);
}

/** Finds and types every mention in a tokenised document. */
export function findMentions(doc: Doc, g: Gazetteer, tag: string, assets: NerAssets | null = null): Mention[] {
  const { text } = doc;
  const tokens = layer(doc, 'tokens');
  const sents = sentenceRanges(text, tokens);
  const covered = new Uint8Array(tokens.length + 1);
  const cands: Candidate[] = [];
  const kbPieces = tokenPieces(g, tokens); // shared by the alias scan and the tagger's input
  const { kept: allKept, unsupported } = kbMatches(g, text, tokens, sents, kbPieces);
  const x = assets ? nerInput(text, tokens, { kb: g, kbPieces, places: assets.places, words: assets.words }) : null;
  const spans: ModelSpan[][] = x && assets ? sents.map((s) => modelSpans(assets.model, x, s.start, s.end)) : [];
  const flat = spans.flat();
  const swallowed = swallowedByModel(tokens, flat);
  const kept = allKept.filter((m) => !swallowed(m));
  // a weak alias without support is not a name of its own either ("IS" in capitals)
  for (const m of unsupported) covered.fill(2, m.first, m.last + 1);
  for (const m of kept) {
    if (compassBefore(text, tokens, m)) m.first--;
    covered.fill(1, m.first, m.last + 1);
    cands.push(candidate(m.first, m.last, m.entries[0]!.type, 'kb', 5, true));
  }
  if (x) sents.forEach((s, k) => cands.push(...learnedCandidates(x, spans[k]!, s.end, covered)));
  for (const s of sents) cands.push(...heuristicCandidates(text, tokens, s, covered));
  cands.sort((a, b) => a.first - b.first);
  const typed = consistentTypes(text, tokens, cands, g.normalise);
  return typed.map((c, i) => {
    const start = tokens[c.first]!.start;
    const end = tokens[c.last]!.end;
    const m: Mention = { id: `m${i}`, start, end, text: text.slice(start, end), type: c.type!, basis: c.basis, stage: tag };
    if (c.role) m.role = c.role;
    return m;
  });
}
