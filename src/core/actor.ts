/**
 * Knowledge-base actor records and the lookup interface stages receive. The records are validated with zod when
 * packs load (core/actor-schema.ts); this module imports zod for its types only, so a thread that never parses a
 * pack never loads it.
 */
import type { z } from 'zod';
import type { KbActorSchema, KbPackSchema } from './actor-schema.js';
import type { EntityType } from './vocab.js';

/** What kind of place a GPE/LOC actor is, so a district, its town and its province stay apart. */
export const PLACE_KINDS = ['country', 'province', 'region', 'district', 'city', 'town', 'village', 'crossing', 'river', 'valley', 'pass', 'area', 'base'] as const;

export type KbActor = z.infer<typeof KbActorSchema>;
export type KbPack = z.infer<typeof KbPackSchema>;

/** What the pipeline needs from the knowledge base; built once and injected through the context. */
export interface ActorIndex {
  get(id: string): KbActor | undefined;
  /** Actors whose name or alias matches this surface form after name normalisation. */
  match(surface: string): { actor: KbActor; weak: boolean }[];
  /** Longest alias (in tokens) that starts any known surface form; used to bound trie lookups. */
  readonly maxAliasTokens: number;
  /** The outlet record for a web domain (sub-domains fall back to their parent). */
  outletByDomain(host: string): KbActor | undefined;
  /** The outlet record whose name or alias matches. */
  outletByName(name: string): KbActor | undefined;
  all(): readonly KbActor[];
  /**
   * Scored resolution of a name out of context (spelling variants, acronyms, titles, role phrases at `date`):
   * an actor id, or null when no actor is a confident match; `why` names the rule that decided.
   */
  resolve?(name: string, opts: { type?: EntityType; date?: string }): { id: string | null; score: number; why: string };
}
