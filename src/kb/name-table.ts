/**
 * Lookup tables for scored name matching, built once per ActorIndex: every surface form under its
 * plain key, its folded key and its skeleton, acronyms of multi-word names, and single words for search.
 * @example nameTable(kb.all()).folded.get('emomali rahmon')
 */
import type { KbActor } from '../core/actor.js';
import { isCaseSensitiveAlias, surfaceForms } from './surface-forms.js';
import { foldKey, plainName, skeletonKey } from './normalise.js';

export interface FormEntry {
  actor: KbActor;
  /** the form as written in the pack */
  written: string;
  weak: boolean;
  /** the actor's canonical name rather than an alias */
  canonical: boolean;
  /** letters of a short all-capital alias (IS, US), which a surface must repeat in capitals; else null */
  capitals: string | null;
}

export interface NameTable {
  plain: Map<string, FormEntry[]>;
  folded: Map<string, FormEntry[]>;
  skeleton: Map<string, FormEntry[]>;
  /** capital initials of multi-word strong forms ("Collective Security Treaty Organization" → CSTO) */
  acronyms: Map<string, FormEntry[]>;
  /** skeletons of single words of multi-word strong forms, for search only */
  words: Map<string, FormEntry[]>;
}

/** Words left out of acronyms and word search. */
const MINOR = new Set(['of', 'the', 'for', 'and', 'in', 'on', 'al', 'el', 'e', 'i', 'a', 'de', 'at', 'to']);

/** The acronym of a multi-word name: initials of its significant words, upper-case; '' when under three. */
export function acronymOf(plain: string): string {
  const words = plain.split(' ').filter((w) => w && !MINOR.has(w) && /^\p{L}/u.test(w));
  if (words.length < 3) return '';
  return words.map((w) => w.charAt(0)).join('').toUpperCase();
}

function push(map: Map<string, FormEntry[]>, key: string, e: FormEntry): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [e]);
  else {
    // one actor's forms arrive together, so only the tail can repeat it (keeps building linear)
    for (let i = list.length - 1; i >= 0 && list[i]!.actor === e.actor; i--) {
      if (list[i]!.weak === e.weak && list[i]!.canonical === e.canonical) return;
    }
    list.push(e);
  }
}

/** Builds the tables from actors; cost is linear in the number of surface forms. */
export function nameTable(actors: readonly KbActor[]): NameTable {
  const t: NameTable = { plain: new Map(), folded: new Map(), skeleton: new Map(), acronyms: new Map(), words: new Map() };
  for (const actor of actors) {
    surfaceForms(actor).forEach((form, i) => {
      const capitals = isCaseSensitiveAlias(form.name) ? form.name.replace(/[^\p{L}]/gu, '') : null;
      const e: FormEntry = { actor, written: form.name, weak: form.weak, canonical: i === 0, capitals };
      const plain = plainName(form.name);
      const folded = foldKey(plain);
      push(t.plain, plain, e);
      push(t.folded, folded, e);
      push(t.skeleton, skeletonKey(folded), e);
      if (form.weak) return;
      push(t.acronyms, acronymOf(plain), e);
      const words = folded.split(' ');
      if (words.length > 1) for (const w of words) if (w.length >= 4 && !MINOR.has(w)) push(t.words, skeletonKey(w), e);
    });
  }
  return t;
}

/** Entries whose case rule the surface satisfies (short all-capital aliases need the same capitals). */
export function fitting(list: readonly FormEntry[] | undefined, surface: string): readonly FormEntry[] {
  if (!list) return [];
  if (list.every((e) => e.capitals === null)) return list;
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return list.filter((e) => e.capitals === null || e.capitals === letters);
}
