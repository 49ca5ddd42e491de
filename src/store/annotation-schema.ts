/** zod schemas for annotation JSON read back from a database; any backend validates with these. */
import { z } from 'zod';
import type { ClaimAnn, EventAnn, Stripped } from '../core/doc.js';
import { CLAIM_KINDS, DATE_PRECISIONS, SOURCINGS, STANCES } from '../core/vocab.js';

const span = z.object({ start: z.number().int(), end: z.number().int() });
const pair = z.tuple([z.number().int(), z.number().int()]).nullable();

const quantity = z.object({
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  unit: z.string().nullable(),
  qualifier: z.string().nullable(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

export const ClaimAnnSchema: z.ZodType<ClaimAnn> = z.object({
  id: z.string(),
  speaker: z.object({
    kind: z.enum(['named', 'anonymous', 'author']),
    mention: z.string().nullable(),
    text: z.string().nullable(),
  }),
  chain: z.array(z.object({ mention: z.string().nullable(), text: z.string(), role: z.enum(['via', 'outlet', 'citation']) })),
  cue: z.string(),
  kind: z.enum(CLAIM_KINDS),
  stance: z.enum(STANCES),
  hedged: z.boolean(),
  hedges: z.array(z.string()),
  quote: z.boolean(),
  sourcing: z.enum(SOURCINGS),
  saidOn: z.string().nullable(),
  content: z.string(),
  about: z.array(z.string()),
  quantities: z.array(quantity),
  evidence: span,
  spans: z.object({ source: pair, cue: pair, content: pair }),
  stage: z.string(),
});

export const EventAnnSchema: z.ZodType<EventAnn> = z.object({
  id: z.string(),
  type: z.string(),
  subtype: z.string().nullable(),
  date: z.string().nullable(),
  datePrecision: z.enum(DATE_PRECISIONS).nullable(),
  place: z.string().nullable(),
  geoPrecision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  actors: z.array(z.string()),
  fatalities: z.number().int().nullable(),
  reportedBy: z.array(z.string()),
  evidence: span,
  stage: z.string(),
});

export const StrippedListSchema: z.ZodType<Stripped[]> = z.array(z.object({ text: z.string(), reason: z.string() }));

export const MetaBasisSchema = z.record(z.string(), z.string());
