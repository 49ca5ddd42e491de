/** The one validated configuration object, created in main and passed down. */
import { z } from 'zod';

export const ConfigSchema = z.object({
  db: z.string().min(1).default('dossier.db'),
  maxBytes: z.number().int().positive().default(20 * 1024 * 1024),
  kbDir: z.string().optional(),
  /** Dossier never connects out unless the user asks to fetch something. */
  allowNetwork: z.boolean().default(false),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Resolves the database path: flag, then DOSSIER_DB, then ./dossier.db. */
export function resolveConfig(opts: { db?: string | undefined; maxBytes?: number | undefined }, env: NodeJS.ProcessEnv): Config {
  return ConfigSchema.parse({
    db: opts.db ?? env['DOSSIER_DB'] ?? 'dossier.db',
    maxBytes: opts.maxBytes,
  });
}
