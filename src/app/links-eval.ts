/**
 * Scores produced claim links against a reviewed expectations file (claim ids and link kinds only): precision is
 * the share of produced links listed as correct, recall the share of correct links produced, overall and per kind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import type { ExportLinkT } from '../core/export-schema.js';
import { CONFLICTS, LINK_KINDS } from '../core/vocab.js';
import { ConfigSchema } from './config.js';
import { ingestPaths } from './ingest.js';
import { openRuntime } from './runtime.js';

const Listed = z.object({
  a: z.string().regex(/^doc-[0-9a-f]+\/c\d+$/),
  b: z.string().regex(/^doc-[0-9a-f]+\/c\d+$/),
  kind: z.enum(LINK_KINDS),
  conflict: z.enum(CONFLICTS).nullable(),
  verdict: z.enum(['correct', 'wrong']),
});
export const LinkExpectations = z.object({
  about: z.string(),
  corpora: z.record(z.string(), z.object({ path: z.string(), links: z.array(Listed) })),
});
export type LinkExpectationsT = z.infer<typeof LinkExpectations>;
type ListedT = z.infer<typeof Listed>;

export function readExpectations(file: string): LinkExpectationsT {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AppError('INVALID_ARGUMENT', `cannot read the link expectations ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = LinkExpectations.safeParse(raw);
  if (!parsed.success) throw new AppError('INVALID_ARGUMENT', `${file}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** A link's identity for scoring: its unordered pair, kind and conflict. */
const identity = (l: { a: string; b: string; kind: string; conflict: string | null }) => `${[l.a, l.b].sort().join(' ')} ${l.kind}/${l.conflict ?? '-'}`;
const label = (l: { kind: string; conflict: string | null }) => (l.conflict ? `${l.kind}/${l.conflict}` : l.kind);

export interface Score {
  produced: number;
  correct: number;
  expected: number;
  found: number;
  precision: number;
  recall: number;
}

export interface LinkScore extends Score {
  byKind: Record<string, Score>;
  /** produced links listed as wrong */
  wrong: string[];
  /** produced links nobody has reviewed yet */
  unreviewed: string[];
  /** correct links not produced */
  missed: string[];
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const score = (produced: string[], correct: Set<string>): Score => {
  const hit = produced.filter((p) => correct.has(p)).length;
  return { produced: produced.length, correct: hit, expected: correct.size, found: hit, precision: ratio(hit, produced.length), recall: ratio(hit, correct.size) };
};

/** Precision and recall of `produced` against the listed links, overall and per kind/conflict. */
export function scoreLinks(produced: ExportLinkT[], listed: ListedT[]): LinkScore {
  const correct = listed.filter((l) => l.verdict === 'correct');
  const wrongIds = new Set(listed.filter((l) => l.verdict === 'wrong').map(identity));
  const correctIds = new Set(correct.map(identity));
  const ids = [...new Set(produced.map(identity))];
  const byKind: Record<string, Score> = {};
  for (const k of [...new Set([...produced, ...correct].map(label))].sort()) {
    byKind[k] = score([...new Set(produced.filter((l) => label(l) === k).map(identity))], new Set(correct.filter((l) => label(l) === k).map(identity)));
  }
  return {
    ...score(ids, correctIds),
    byKind,
    wrong: ids.filter((i) => wrongIds.has(i)),
    unreviewed: ids.filter((i) => !wrongIds.has(i) && !correctIds.has(i)),
    missed: [...correctIds].filter((i) => !ids.includes(i)),
  };
}

/** Ingests one corpus into a fresh store in `dir` and returns its links. */
export async function linksOfCorpus(path: string, dir: string, name: string): Promise<ExportLinkT[]> {
  const rt = openRuntime(ConfigSchema.parse({ db: join(dir, `${name}.db`) }));
  try {
    await ingestPaths(rt, { paths: [path], options: { maxBytes: 1 << 24 } });
    return await rt.store.links();
  } finally {
    await rt.close();
  }
}
