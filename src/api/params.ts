/** Request parameter schemas (zod): each route validates its query with one of these, and OpenAPI is derived from them. */
import { z } from 'zod';
import { CLAIM_KINDS, ENTITY_TYPES, STANCES } from '../core/vocab.js';

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
const id = z.string().min(1).max(200);
const typeList = z
  .string()
  .transform((s) => s.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean))
  .pipe(z.array(z.enum(ENTITY_TYPES)))
  .describe('comma-separated entity types');

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('page size (1–500)'),
  offset: z.coerce.number().int().min(0).default(0).describe('items to skip'),
});

export const DocumentsQuery = PageQuery.extend({ outlet: z.string().max(200).optional().describe('only this outlet') });

export const EntitiesQuery = PageQuery.extend({
  type: z.enum(ENTITY_TYPES).optional().describe('entity type'),
  q: z.string().max(200).optional().describe('substring of the name or any spelling'),
});

export const GraphQuery = z.object({
  types: typeList.optional(),
  from: partialDate.optional().describe('earliest date kept'),
  to: partialDate.optional().describe('latest date kept'),
  minCredibility: z.coerce.number().int().min(1).max(6).optional().describe('keep edges rated this credibility digit or better (1 best)'),
  maxNodes: z.coerce.number().int().min(1).max(5000).default(2000).describe('at most this many nodes, most-mentioned first'),
});

export const NeighbourhoodQuery = GraphQuery.extend({ depth: z.coerce.number().int().min(1).max(2).default(1).describe('hops (1 or 2)') });

export const ClaimsQuery = PageQuery.extend({
  speaker: id.optional().describe('entity id of the speaker'),
  about: id.optional().describe('entity id the claim is about'),
  stance: z.enum(STANCES).optional(),
  kind: z.enum(CLAIM_KINDS).optional(),
  credibility: z.coerce.number().int().min(1).max(6).optional().describe('keep claims rated this credibility digit or better (1 best)'),
  from: partialDate.optional().describe('said on or after (falls back to the publication date)'),
  to: partialDate.optional().describe('said on or before'),
  doc: id.optional().describe('only claims in this document'),
});

export const EventsQuery = PageQuery.extend({
  actor: id.optional().describe('entity id among the actors or the place'),
  type: z.string().max(60).optional(),
  from: partialDate.optional(),
  to: partialDate.optional(),
});

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'give some words to search for').max(500),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});

export const EmptyQuery = z.object({});

export const PastedDocument = z.object({
  text: z.string().min(1).max(5_000_000),
  format: z.enum(['txt', 'md', 'html']).default('txt'),
  name: z.string().max(200).default('pasted'),
  title: z.string().max(500).optional(),
  url: z.url().max(2000).optional(),
  outlet: z.string().max(200).optional(),
  author: z.string().max(200).optional(),
  published: partialDate.optional(),
});
