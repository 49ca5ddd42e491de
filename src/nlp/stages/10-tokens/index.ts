/** Stage 10: sentences, tokens and part-of-speech tags from wink-nlp, mapped to character offsets. */
import { token, type Sentence, type Token } from '../../../core/doc.js';
import type { Stage } from '../../../core/stage.js';
import type { NlpContext } from '../../context.js';

export const tokensStage: Stage<NlpContext> = {
  name: '10-tokens',
  version: '6',
  requires: [],
  produces: ['sentences', 'tokens'],
  run(doc, ctx) {
    const { sentences, tokens } = tokenise(doc.text, ctx);
    doc.layers.sentences = sentences;
    doc.layers.tokens = tokens;
  },
  prepare(ctx) {
    void ctx.wink;
  },
};

/** Tokenises text with wink, then starts a new sentence at every line break (headings, list items, bylines). */
export function tokenise(text: string, ctx: Pick<NlpContext, 'wink'>): { sentences: Sentence[]; tokens: Token[] } {
  const its = ctx.wink.its;
  // wink splits "CNN's" only until "CNN's." enters its word cache, which then changes the tags around it: it reads a
  // copy with the possessive set apart (same token values, located in the original text below), so every run agrees
  const wd = ctx.wink.readDoc(text.replace(POSSESSIVE_IN_TEXT, '$1 $2'));
  const values = wd.tokens().out(its.value) as string[];
  const types = wd.tokens().out(its.type) as string[];
  const pos = wd.tokens().out(its.pos) as string[];
  const sentSpans = wd.sentences().out(its.span) as unknown as [number, number][];
  const sentOfToken = new Int32Array(values.length);
  sentSpans.forEach(([a, b], i) => sentOfToken.fill(i, a, b + 1));

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let cur: Sentence | null = null;
  let curWink = -1;
  let pendingBreak = false;
  const close = () => {
    if (cur) sentences.push(cur);
    cur = null;
  };
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const at = locate(text, v, cursor);
    if (at < 0) continue; // wink altered the token beyond recognition; skip rather than misplace it
    cursor = at + v.length;
    if (types[i] === 'tabCRLF' || /^\s+$/.test(v)) {
      if (v.includes('\n')) close();
      continue;
    }
    const last = tokens[tokens.length - 1];
    const touching = last?.end === at;
    // glued to the previous token, unless that closes a quotation or a sentence ("…voters!”After his rally" lost a space)
    const glued = touching && !/^[”"’'!?…]+$/.test(last.norm);
    if (pendingBreak && !touching) {
      // the sentence wink ended inside a closing mark ("…views.'‖' But") ends after the mark
      pendingBreak = false;
      if (!CONTINUES.test(v)) close();
    } else if (sentOfToken[i] !== curWink && cur) {
      // no sentence starts with a lower-case word or a comma (wink breaks after "(R-Fla.)", "pic.twitter.", "“…?” he said"),
      // inside a word ("D-N.J.", "U.S.") or after a title ("Sens. Jane Roe and …")
      if (touching && CLOSING_MARK.test(v)) pendingBreak = true;
      else if (!(CONTINUES.test(v) || glued || afterTitle(tokens, text))) close();
    }
    curWink = sentOfToken[i]!;
    if (!cur) cur = { start: at, end: at + v.length };
    cur.end = at + v.length;
    const split = POSSESSIVE.exec(v);
    if (split) {
      // a possessive wink still read whole (one the text pattern above misses): split it here all the same
      const head = split[1]!.length;
      tokens.push(token(at, at + head, pos[i] ?? 'X', v.slice(0, head).toLowerCase(), 0));
      tokens.push(token(at + head, at + v.length, 'PART', v.slice(head).toLowerCase(), 0));
      continue;
    }
    if (v === '.' && glued && afterTitleWord(tokens, text, values, i)) {
      // "Rev." as one token, as wink already reads "Dr." or "Gov.": the point inside a source's name ends no phrase
      const title = tokens[tokens.length - 1]!;
      tokens[tokens.length - 1] = token(title.start, at + 1, title.pos, `${title.norm}.`, 0);
      continue;
    }
    tokens.push(token(at, at + v.length, pos[i] ?? 'X', v.toLowerCase(), 0));
  }
  close();
  let s = 0;
  for (const t of tokens) {
    while (s < sentences.length - 1 && t.start >= sentences[s]!.end) s++;
    t.sentence = s;
  }
  return { sentences, tokens };
}

/** Tokens that cannot open a sentence: a lower-case word without a capital inside ("iPhone", "eBay" can), a comma. */
const CONTINUES = /^(?:[a-z][a-z'’-]*|[,;:)\]])$/;
/** Closing quotation marks, which wink may split a sentence before. */
const CLOSING_MARK = /^['’”"]+$/;

/** Titles written before a name: wink ends a sentence after some ("Sens. Jane Roe and …"). */
const TITLE = /^(?:sens?|reps?|govs?|gens?|lt|col|sgt|capt|cmdr|adm|maj|dr|drs|mr|mrs|ms|messrs|prof|rev|hon|fr|msgr|supt|insp|det|pres|amb|atty)$/;

/** Whether the tokens so far end with a title and its point ("Sens."). */
function afterTitle(tokens: Token[], text: string): boolean {
  const last = tokens[tokens.length - 1];
  if (last && last.norm.length > 1 && last.norm.endsWith('.')) return isTitle(last, text, last.norm.slice(0, -1)); // joined below
  const word = tokens[tokens.length - 2];
  return last?.norm === '.' && word !== undefined && word.end === last.start && isTitle(word, text);
}

/** A capitalised title word ("Rev", "Sen"), given without its point. */
function isTitle(t: Token, text: string, word = t.norm): boolean {
  return TITLE.test(word) && /^\p{Lu}/u.test(text.slice(t.start, t.start + 1));
}

/** Whether the point at wink's token `i` ends a capitalised title before a capitalised word ("Rev. Peter Roe"). */
function afterTitleWord(tokens: Token[], text: string, values: string[], i: number): boolean {
  const word = tokens[tokens.length - 1];
  let k = i + 1;
  while (k < values.length && /^\s+$/.test(values[k]!)) k++;
  const next = values[k];
  return word !== undefined && isTitle(word, text) && next !== undefined && /^\p{Lu}/u.test(next);
}

/** A word with a possessive "'s" that wink left attached. */
const POSSESSIVE = /^(.*\p{L}[\p{L}\p{N}.-]*)(['’][sS])$/u;
const POSSESSIVE_IN_TEXT = /(\p{L})(['’][sS])(?!\p{L})/gu;

/** Finds a token's text at or just after the cursor; wink keeps the text, so this is a short scan. */
function locate(text: string, v: string, cursor: number): number {
  if (text.startsWith(v, cursor)) return cursor;
  const at = text.indexOf(v, cursor);
  if (at >= 0 && at - cursor < 64) return at;
  return -1;
}
