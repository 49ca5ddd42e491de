/**
 * Knowledge-base use cases: validate the built-in and a user's packs, search and resolve names.
 * @example kbResolve(openKb({ userDirs: ['my-kb'] }).kb, 'Rakhmonov', {}) // { id: 'emomali-rahmon', ... }
 */
import type { ActorIndex } from '../core/actor.js';
import { AppError } from '../core/errors.js';
import { ENTITY_TYPES, type EntityType } from '../core/vocab.js';
import { DEFAULT_KB_DIR, loadKnowledgeBases, normaliseName, resolveName, searchNames, type NameCandidate, type Resolution } from '../kb/index.js';

export interface KbSource {
  /** the built-in packs folder (default data/kb) */
  baseDir?: string;
  /** the user's own pack folders, loaded over the built-in ones */
  userDirs?: string[];
}

export interface LoadedKb {
  kb: ActorIndex;
  /** user actors left out because a built-in actor already holds them */
  notes: string[];
}

/** Loads and validates the packs; throws KB_INVALID with the file and field at fault. */
export function openKb(src: KbSource = {}): LoadedKb {
  return loadKnowledgeBases([src.baseDir ?? DEFAULT_KB_DIR, ...(src.userDirs ?? [])], normaliseName);
}

export interface KbCounts {
  actors: number;
  byType: Record<string, number>;
  /** places by kind (district, town, crossing…) */
  byKind: Record<string, number>;
  outlets: number;
  notes: string[];
}

/** Counts per type and place kind of a loaded knowledge base. */
export function kbCounts({ kb, notes }: LoadedKb): KbCounts {
  const byType: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  let outlets = 0;
  for (const a of kb.all()) {
    byType[a.type] = (byType[a.type] ?? 0) + 1;
    if (a.kind) byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
    if (a.outlet) outlets++;
  }
  return { actors: kb.all().length, byType, byKind, outlets, notes };
}

export interface NameQuery {
  type?: string;
  date?: string;
}

/** Checks --type and --date and turns them into resolve options. */
export function nameOptions(q: NameQuery): { type?: EntityType; date?: string } {
  const type = q.type?.toUpperCase();
  if (type !== undefined && !(ENTITY_TYPES as readonly string[]).includes(type)) {
    throw new AppError('INVALID_ARGUMENT', `unknown type "${q.type}"`, { hint: `types: ${ENTITY_TYPES.join(', ')}` });
  }
  if (q.date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(q.date)) {
    throw new AppError('INVALID_ARGUMENT', `bad date "${q.date}"`, { hint: 'use YYYY, YYYY-MM or YYYY-MM-DD' });
  }
  return { ...(type ? { type: type as EntityType } : {}), ...(q.date ? { date: q.date } : {}) };
}

/** Ranked candidates for a name, best first; [] when nothing matches. */
export function kbSearch(kb: ActorIndex, name: string, q: NameQuery = {}, limit = 20): NameCandidate[] {
  if (!name.trim()) throw new AppError('INVALID_ARGUMENT', 'give a name to search for');
  return searchNames(kb, name, nameOptions(q)).slice(0, limit);
}

/** The actor the linker would choose for this name out of context, or null. */
export function kbResolve(kb: ActorIndex, name: string, q: NameQuery = {}): Resolution {
  if (!name.trim()) throw new AppError('INVALID_ARGUMENT', 'give a name to resolve');
  return resolveName(kb, name, nameOptions(q));
}
