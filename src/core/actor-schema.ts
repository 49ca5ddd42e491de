/** The zod schemas knowledge-base packs are validated with when they load (kept apart: ingest workers build their index from validated records without zod). */
import { z } from 'zod';
import { PLACE_KINDS } from './actor.js';
import { ENTITY_TYPES } from './vocab.js';

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

export const KbPackSchema = z.object({
  pack: z.string().min(1),
  description: z.string().optional(),
  actors: z.array(KbActorSchema),
});
