/**
 * Scored name resolution over the knowledge base: the decision the linker would make for a name out of
 * context. Identical spellings score highest, transliteration folds and skeleton variants lower,
 * acronyms and role phrases lower still; a weak or ambiguous best candidate resolves to null.
 * @example resolveName(kb, 'Rakhmonov') // { id: 'emomali-rahmon', score: 0.94, why: 'spelling variant of alias "Rahmonov"' }
 */
import type { ActorIndex, KbActor } from '../core/actor.js';
import { COMPATIBLE_TYPES, type EntityType } from '../core/vocab.js';
import { acronymOf, fitting, nameTable, type FormEntry, type NameTable } from './name-table.js';
import { foldKey, plainName, skeletonKey } from './normalise.js';
import { roleHolders, roleTable, splitRolePhrase, type RoleTable } from './roles.js';

export interface ResolveOptions {
  /** the mention's type; candidates of incompatible types are dropped */
  type?: EntityType;
  /** the document's date (YYYY, YYYY-MM or YYYY-MM-DD) for role phrases; today when absent */
  date?: string;
}
export interface NameCandidate {
  id: string;
  name: string;
  type: EntityType;
  score: number;
  why: string;
}
export interface Resolution {
  id: string | null;
  score: number;
  why: string;
}

/** Scores by how the name met the form; data so the ladder is visible in one place. */
const SCORE = { canonical: 1, alias: 0.98, folded: 0.94, skeleton: 0.86, acronym: 0.85, role: 0.9, word: 0.5, title: 0.04 };
/** Weak forms (bare surnames, metonyms) keep this share of their score: never enough out of context. */
const WEAK_FACTOR = 0.6;
/** The least score that resolves, and the least lead over the next actor. */
export const ACCEPT = 0.8;
export const MARGIN = 0.08;

/** Honorifics and ranks dropped before a name ("Colonel Halimov", "Mullah Omar", "President Rahmon"). */
const TITLES = new Set(
  ('mr mrs ms dr prof colonel col general gen lieutenant lt major maj captain capt commander president prime minister ' +
    'mullah mulla mullo mawlawi maulvi mawlavi sheikh shaykh qari haji hajji mufti ustad ustod sergeant sgt brigadier marshal ' +
    'former late chairman spokesman deputy foreign defence defense interior minister senator ambassador governor mayor imam')
    .split(' '),
);

interface Tables {
  names: NameTable;
  roles: RoleTable;
}
const cache = new WeakMap<ActorIndex, Tables>();

/** The lookup tables for a knowledge base, built on first use and kept with it. */
export function nameTableFor(kb: ActorIndex): Tables {
  let t = cache.get(kb);
  if (!t) cache.set(kb, (t = { names: nameTable(kb.all()), roles: roleTable(kb.all()) }));
  return t;
}

type Scored = Map<KbActor, { score: number; why: string }>;

function offer(out: Scored, actor: KbActor, score: number, why: string): void {
  const prev = out.get(actor);
  if (!prev || score > prev.score) out.set(actor, { score, why });
}

/** Past this many actors under one key the name is ambiguous anyway; scoring more would only cost time. */
const MAX_PER_KEY = 32;

function offerEntries(out: Scored, list: readonly FormEntry[], base: number, how: string, penalty = 0): void {
  for (const e of list.length > MAX_PER_KEY ? list.slice(0, MAX_PER_KEY) : list) {
    const s0 = how === 'identical' ? (e.canonical ? SCORE.canonical : SCORE.alias) : base;
    const score = round((e.weak ? s0 * WEAK_FACTOR : s0) - penalty);
    const what = e.canonical ? `name "${e.written}"` : `${e.weak ? 'weak ' : ''}alias "${e.written}"`;
    offer(out, e.actor, score, how === 'identical' ? `same as ${what}` : `${how} of ${what}`);
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Name-form matches of one key at decreasing strictness; stops at the first level that finds any. */
function matchForms(out: Scored, t: NameTable, surface: string, plain: string, penalty: number, note: string): void {
  const folded = foldKey(plain);
  const exact = fitting(t.plain.get(plain), surface);
  if (exact.length) offerEntries(out, exact, 1, 'identical', penalty);
  const variants = fitting(t.folded.get(folded), surface).filter((e) => !exact.includes(e));
  if (variants.length) offerEntries(out, variants, SCORE.folded, `spelling variant${note}`, penalty);
  if (exact.length || variants.length) return;
  const skel = fitting(t.skeleton.get(skeletonKey(folded)), surface);
  if (skel.length) offerEntries(out, skel, SCORE.skeleton, `transliteration variant${note}`, penalty);
}

/** Acronym ↔ expansion: "CSTO" finds "Collective Security Treaty Organization" and back. */
function matchAcronyms(out: Scored, t: NameTable, surface: string, plain: string): void {
  const letters = surface.replace(/[.\-\s]/g, '');
  if (/^\p{Lu}{3,7}$/u.test(letters)) offerEntries(out, t.acronyms.get(letters) ?? [], SCORE.acronym, 'acronym');
  const acr = acronymOf(plain);
  if (acr) offerEntries(out, (t.plain.get(acr.toLowerCase()) ?? []).filter((e) => e.written.replace(/[.\-\s]/g, '') === acr), SCORE.acronym, 'expansion of acronym');
}

/** Without leading "the" and honorifics; null when nothing was stripped or nothing is left. */
function stripTitles(plain: string): string | null {
  const words = plain.split(' ');
  let i = 0;
  while (i < words.length - 1 && (words[i] === 'the' || TITLES.has(words[i]!))) i++;
  return i === 0 ? null : words.slice(i).join(' ');
}

/** All candidates for a name, best first, with their scores and the reason for each. */
export function searchNames(kb: ActorIndex, name: string, opts: ResolveOptions = {}): NameCandidate[] {
  return candidates(kb, name, opts, true);
}

/** Candidates by name form, acronym and role; `words` adds the loose shared-word matches that only search shows. */
function candidates(kb: ActorIndex, name: string, opts: ResolveOptions, words: boolean): NameCandidate[] {
  const { names: t, roles } = nameTableFor(kb);
  const out: Scored = new Map();
  const plain = plainName(name);
  if (!plain) return [];
  matchForms(out, t, name, plain, 0, '');
  const stripped = stripTitles(plain);
  if (stripped) matchForms(out, t, name, stripped, SCORE.title, ' after dropping a title');
  matchAcronyms(out, t, name, plain);
  if (splitRolePhrase(foldKey(plain)) && ![...out.values()].some((c) => c.score >= ACCEPT)) {
    const date = opts.date ?? new Date().toISOString().slice(0, 10);
    for (const h of roleHolders(kb, t, roles, foldKey(plain), date)) {
      offer(out, h.actor, SCORE.role, `holds the role "${h.role.title}" (${h.role.from ?? '…'}–${h.role.to ?? ''}) at ${date}`);
    }
  }
  if (words) {
    for (const w of foldKey(plain).split(' ')) {
      for (const e of (t.words.get(skeletonKey(w)) ?? []).slice(0, 50)) offer(out, e.actor, SCORE.word, `shares the word "${w}" with "${e.written}"`);
    }
  }
  const allowed = opts.type ? COMPATIBLE_TYPES[opts.type] : null;
  return [...out]
    .filter(([a]) => !allowed || allowed.includes(a.type))
    .map(([a, c]) => ({ id: a.id, name: a.name, type: a.type, score: c.score, why: c.why }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * The actor a name resolves to out of context, or null when no actor is a confident match: the best
 * candidate must reach ACCEPT and lead the next actor by MARGIN.
 */
export function resolveName(kb: ActorIndex, name: string, opts: ResolveOptions = {}): Resolution {
  // shared-word matches score below ACCEPT and below any accepted lead, so the decision never needs them
  const [best, next] = candidates(kb, name, opts, false);
  if (!best) return { id: null, score: 0, why: 'no candidate' };
  if (best.score < ACCEPT) return { id: null, score: best.score, why: `best candidate ${best.id} too weak: ${best.why}` };
  if (next && best.score - next.score < MARGIN) {
    return { id: null, score: best.score, why: `ambiguous: ${best.id} (${best.why}) vs ${next.id} (${next.why})` };
  }
  return { id: best.id, score: best.score, why: best.why };
}
