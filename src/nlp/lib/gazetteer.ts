/**
 * A token trie over knowledge-base aliases, keyed by normalised word pieces, so a document is
 * matched in one left-to-right pass (longest match) instead of one lookup per candidate span.
 * @example longestMatch(gazetteerFor(ctx), doc.text, tokens, i, end)
 */
import type { ActorIndex } from '../../core/actor.js';
import type { Token } from '../../core/doc.js';
import type { EntityType } from '../../core/vocab.js';

export interface GazEntry {
  actorId: string;
  type: EntityType;
  weak: boolean;
  /** the alias as written in the pack: its case decides the case rule */
  written: string;
  /** the actor's canonical name */
  name: string;
  /** letters of a short all-capital alias, which must appear in the same capitals; else null */
  capitals: string | null;
  /** the alias starts with a capital, so the surface must too */
  initialUpper: boolean;
}

interface TrieNode {
  /** `LEAF` until a longer alias continues from here */
  next: Map<string, TrieNode>;
  entries: GazEntry[] | null;
}

export interface Gazetteer {
  root: TrieNode;
  /** full normalised alias → entries, for whole-surface lookups */
  byKey: Map<string, GazEntry[]>;
  normalise(s: string): string;
  /** word pieces of one token's text (cached; shared for all documents) */
  pieces(tokenText: string): readonly string[];
  /** lower-case first words of aliases written without a capital ("al-Qaeda", "official Dushanbe") */
  lowerStarts: ReadonlySet<string>;
}

/** A plain fold used when the app injects no normaliser: case, compatibility forms and diacritics. */
export function basicNormalise(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/(\p{L})\.(?=\p{L}\.|\s|$)/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const NONE: readonly string[] = [];
/** The children of every node without any, never written: most aliases end in a leaf, and a map each cost ≈ 30 ms of start-up for the place list. */
const LEAF: Map<string, TrieNode> = new Map();
const CACHE_LIMIT = 200_000;

/** Builds the trie from every actor's name and aliases. */
export function buildGazetteer(kb: ActorIndex, normalise: (s: string) => string = basicNormalise): Gazetteer {
  const items: [string, GazEntry][] = [];
  for (const a of kb.all()) {
    const forms = [{ name: a.name, weak: false }, ...a.aliases.map((x) => ({ name: x.name, weak: x.weak === true }))];
    for (const f of forms) {
      const key = normalise(f.name);
      if (!key) continue;
      const w = f.name.charAt(0);
      items.push([key, {
        actorId: a.id, type: a.type, weak: f.weak, written: f.name, name: a.name,
        capitals: isCaseSensitiveAlias(f.name) ? f.name.replace(/[^\p{L}]/gu, '') : null,
        initialUpper: w !== w.toLowerCase(),
      }]);
    }
  }
  return gazetteerOf(items, normalise);
}

/** A gazetteer from ready normalised keys and their entries (in order), for lists whose keys were computed ahead. */
export function gazetteerOf(items: Iterable<readonly [string, GazEntry]>, normalise: (s: string) => string = basicNormalise): Gazetteer {
  const root: TrieNode = { next: new Map(), entries: null };
  const byKey = new Map<string, GazEntry[]>();
  const lowerStarts = new Set<string>();
  for (const [key, entry] of items) {
    if (!entry.initialUpper) lowerStarts.add(entry.written.split(/[\s\-\u2010-\u2015]/u)[0]!.toLowerCase());
    let node = root;
    for (const p of key.split(' ')) {
      let child = node.next.get(p);
      if (!child) {
        if (node.next === LEAF) node.next = new Map();
        node.next.set(p, (child = { next: LEAF, entries: null }));
      }
      node = child;
    }
    (node.entries ??= []).push(entry);
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  const cache = new Map<string, readonly string[]>();
  const keys = new Map<string, string>();
  // names repeat within and across documents, and the normaliser is regex-heavy
  const memo = (s: string): string => {
    let k = keys.get(s);
    if (k === undefined) {
      k = normalise(s);
      if (keys.size > CACHE_LIMIT) keys.clear();
      keys.set(s, k);
    }
    return k;
  };
  return {
    root,
    byKey,
    lowerStarts,
    normalise: memo,
    pieces(text) {
      let p = cache.get(text);
      if (p === undefined) {
        const k = memo(text);
        p = k ? k.split(' ') : NONE;
        if (cache.size > CACHE_LIMIT) cache.clear();
        cache.set(text, p);
      }
      return p;
    },
  };
}

const built = new WeakMap<ActorIndex, Gazetteer>();

/** The injected gazetteer, or one built once per knowledge base and kept for later documents. */
export function gazetteerFor(ctx: { kb: ActorIndex; gazetteer?: Gazetteer; normaliseName?: (s: string) => string }): Gazetteer {
  if (ctx.gazetteer) return ctx.gazetteer;
  let g = built.get(ctx.kb);
  if (!g) built.set(ctx.kb, (g = buildGazetteer(ctx.kb, ctx.normaliseName)));
  return g;
}

/** Short all-capital aliases (IS, US, UN) collide with words, so they match only in capitals. */
export function isCaseSensitiveAlias(written: string): boolean {
  // a lower-case ASCII letter settles it without the regex (27,000 place names at start-up)
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  const letters = written.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Whether a surface may use an alias: acronym aliases need the same capitals; capitalised aliases need a capital. */
export function surfaceFits(e: GazEntry, surface: string): boolean {
  if (e.capitals !== null) return surface.replace(/[^\p{L}]/gu, '') === e.capitals;
  if (e.initialUpper) {
    const s = surface.charAt(0);
    return s === s.toUpperCase();
  }
  return true;
}

/** Word pieces of a document's tokens, looked up on first use and kept for the document. */
export function tokenPieces(g: Gazetteer, tokens: readonly Token[]): (j: number) => readonly string[] {
  const memo: (readonly string[] | undefined)[] = new Array(tokens.length);
  return (j) => (memo[j] ??= g.pieces(tokens[j]!.norm));
}

/** Per UTF-16 unit, what its case says about starting an alias: 1 may, 2 may not, 3 lower case; 0 not yet known. */
const START_CLASS = new Uint8Array(65536);

function startClass(c: string): number {
  return c !== c.toLowerCase() || c === c.toUpperCase() ? (/[\d\p{P}\s]/u.test(c) ? 2 : 1) : 3;
}

/** Whether an alias can start at this token: it is capitalised (or in a caseless script) or a known lower-case first word. */
export function canStart(g: Gazetteer, text: string, t: Token): boolean {
  const code = text.charCodeAt(t.start);
  let k = START_CLASS[code];
  // the case tests and the regex are pure functions of the first unit: asked once per unit
  if (!k) START_CLASS[code] = k = startClass(text.charAt(t.start));
  return k === 3 ? g.lowerStarts.has(t.norm) : k === 1;
}

export interface TrieMatch {
  /** token index range, inclusive */
  first: number;
  last: number;
  entries: GazEntry[];
}

const HYPHEN = /^[-\u2010-\u2015]$/;
const ACCEPT_ALL = (): boolean => true;

/** Longest alias starting at token `i` and ending before token `end`; hyphens between words are skipped. */
export function longestMatch(
  g: Gazetteer,
  text: string,
  tokens: readonly Token[],
  i: number,
  end: number,
  accept: (e: GazEntry) => boolean = ACCEPT_ALL,
  pieceAt: ((j: number) => readonly string[]) | null = null,
): TrieMatch | null {
  let node: TrieNode | undefined = g.root;
  let best: TrieMatch | null = null;
  for (let j = i; j < end; j++) {
    const t = tokens[j]!;
    const ps = pieceAt ? pieceAt(j) : g.pieces(t.norm);
    if (j === i && (ps.length === 0 || !g.root.next.has(ps[0]!))) return null;
    if (ps.length === 0) {
      // a hyphen glued to both neighbours joins the words of one name (ISIS-Khorasan)
      if (j > i && HYPHEN.test(t.norm) && tokens[j - 1]!.end === t.start && tokens[j + 1]?.start === t.end) continue;
      break;
    }
    if (j > i && t.start - tokens[j - 1]!.end > 1) break; // a double space or gap: not one name
    for (const p of ps) {
      node = node.next.get(p);
      if (!node) return best;
    }
    if (node.entries) {
      const surface = text.slice(tokens[i]!.start, t.end);
      const ok = node.entries.filter((e) => surfaceFits(e, surface) && accept(e));
      if (ok.length) best = { first: i, last: j, entries: ok };
    }
  }
  return best;
}
