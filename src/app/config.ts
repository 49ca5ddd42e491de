/** The one validated configuration object, created in main and passed down. */
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

export const ConfigSchema = z.object({
  db: z.string().min(1).default('dossier.db'),
  maxBytes: z.number().int().positive().default(20 * 1024 * 1024),
  kbDir: z.string().optional(),
  /** the user's own knowledge-base packs (e.g. imported from STIX); loaded over the built-in ones when present */
  userKbDir: z.string().optional(),
  /** Dossier never connects out unless the user asks to fetch something. */
  allowNetwork: z.boolean().default(false),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Resolves the database path: flag, then DOSSIER_DB, then ./dossier.db. */
export function resolveConfig(opts: { db?: string | undefined; maxBytes?: number | undefined; kb?: string | undefined }, env: NodeJS.ProcessEnv): Config {
  const db = opts.db ?? env['DOSSIER_DB'] ?? 'dossier.db';
  return ConfigSchema.parse({
    db,
    maxBytes: opts.maxBytes,
    userKbDir: opts.kb ?? env['DOSSIER_KB'] ?? join(dirname(resolve(db)), 'dossier-kb'),
  });
}
