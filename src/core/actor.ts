/** Knowledge-base actor records (validated with zod when packs load) and the lookup interface stages receive. */
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from './vocab.js';

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD');

export const AliasSchema = z.object({
  name: z.string().min(1),
  script: z.string().optional(), // ISO 15924, e.g. Latn, Cyrl, Arab
  lang: z.string().optional(),
  /** weak aliases (bare surnames, generic descriptions) link only with support from the document */
  weak: z.boolean().optional(),
  note: z.string().optional(),
});

export const RoleSchema = z.object({
  title: z.string().min(1),
  of: z.string().optional(), // actor id
  from: partialDate.optional(),
  to: partialDate.optional(),
});

export const AffiliationSchema = z.object({
  rel: z.enum(['member-of', 'part-of', 'leader-of', 'spokesperson-of', 'branch-of', 'located-in', 'owned-by', 'successor-of']),
  target: z.string().min(1),
  from: partialDate.optional(),
  to: partialDate.optional(),
});

export const OutletInfoSchema = z.object({
  domains: z.array(z.string()).default([]),
  country: z.string().optional(),
  owner: z.string().optional(),
  state_affiliated: z.boolean().optional(),
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).optional(),
  source: z.string().optional(), // public source of these facts
});

/** What kind of place a GPE/LOC actor is, so a district, its town and its province stay apart. */
export const PLACE_KINDS = ['country', 'province', 'region', 'district', 'city', 'town', 'village', 'crossing', 'river', 'valley', 'pass', 'area', 'base'] as const;

export const KbActorSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lower-case letters, digits and hyphens'),
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  aliases: z.array(AliasSchema).default([]),
  roles: z.array(RoleSchema).default([]),
  affiliations: z.array(AffiliationSchema).default([]),
  country: z.string().optional(), // ISO 3166-1 alpha-2
  kind: z.enum(PLACE_KINDS).optional(),
  coords: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  description: z.string().optional(),
  outlet: OutletInfoSchema.optional(),
  sources: z.array(z.string()).default([]),
});
export type KbActor = z.infer<typeof KbActorSchema>;

export const KbPackSchema = z.object({
  pack: z.string().min(1),
  description: z.string().optional(),
  actors: z.array(KbActorSchema),
});
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
