/** User-supplied provenance: sidecar `FILE.meta.json`, Markdown front matter and CLI flags, validated with zod. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { AppError, type ErrorCode } from '../../core/errors.js';
import type { SuppliedMeta } from '../types.js';
import { normaliseDate } from './dates.js';

const text = z.string().trim().min(1, 'must not be empty');
const published = z
  .union([z.string(), z.number().int(), z.date()])
  .transform((v, ctx) => {
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    const d = normaliseDate(s);
    if (!d) ctx.addIssue({ code: 'custom', message: `'${s}' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)` });
    return d ?? '';
  });
const url = z.string().trim().refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s) && URL.canParse(s), 'must be an http(s) URL');

const fields = { url, title: text, author: text, outlet: text, published };
/** A sidecar holds only these keys, so a misspelt key is reported instead of silently ignored. */
export const SidecarSchema = z.strictObject(fields).partial();
/** Front matter may carry other keys (tags, layout…); `date` is an alias for `published`. */
const FrontMatterSchema = z.looseObject({ date: published, ...fields }).partial();

function describe(err: z.ZodError): string {
  const issue = err.issues[0]!;
  const where = issue.path.length ? `field '${issue.path.join('.')}'` : 'it';
  if (issue.code === 'unrecognized_keys') return `unknown key ${issue.keys.map((k) => `'${k}'`).join(', ')} (allowed: url, title, author, outlet, published)`;
  return `${where} ${issue.message.replace(/^Invalid input: /, '')}`;
}

function pick(v: Partial<Record<keyof SuppliedMeta, string>>): Partial<SuppliedMeta> {
  const out: Partial<SuppliedMeta> = {};
  for (const k of ['url', 'title', 'author', 'outlet', 'published'] as const) if (v[k]) out[k] = v[k];
  return out;
}

/** The sidecar path for a document, if one exists: `a.txt.meta.json`, else `a.meta.json`. */
export function sidecarPath(docPath: string): string | null {
  const full = `${docPath}.meta.json`;
  if (existsSync(full)) return full;
  const stem = path.join(path.dirname(docPath), `${path.basename(docPath, path.extname(docPath))}.meta.json`);
  return existsSync(stem) ? stem : null;
}

/**
 * Reads and validates a sidecar; `shown` names it in messages.
 * @example readSidecar('/data/a.txt.meta.json', 'data/a.txt.meta.json') // { outlet: 'Reuters' }
 */
export function readSidecar(file: string, shown: string): Partial<SuppliedMeta> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AppError('INVALID_METADATA', `${shown}: sidecar is not valid JSON (${e instanceof Error ? e.message : String(e)}).`, { cause: e });
  }
  const res = SidecarSchema.safeParse(data);
  if (!res.success) throw new AppError('INVALID_METADATA', `${shown}: sidecar ${describe(res.error)}.`);
  return pick(res.data);
}

/** Parses a Markdown file's YAML front matter into supplied metadata; `shown` names the file. */
export function parseFrontMatter(yaml: string, shown: string): Partial<SuppliedMeta> {
  let data: unknown;
  try {
    data = parseYaml(yaml) ?? {};
  } catch (e) {
    throw new AppError('INVALID_METADATA', `${shown}: front matter is not valid YAML (${e instanceof Error ? e.message.split('\n')[0] : String(e)}).`, { cause: e });
  }
  if (typeof data !== 'object' || Array.isArray(data)) throw new AppError('INVALID_METADATA', `${shown}: front matter must be a mapping of keys to values.`);
  const res = FrontMatterSchema.safeParse(data);
  if (!res.success) throw new AppError('INVALID_METADATA', `${shown}: front matter ${describe(res.error)}.`);
  const { date, ...rest } = res.data;
  return pick({ url: rest.url, title: rest.title, author: rest.author, outlet: rest.outlet, published: rest.published ?? date });
}

/** Validates CLI-supplied fields (a bad value is the user's argument, not the file's metadata). */
export function validateSupplied(v: Partial<SuppliedMeta> | undefined, code: ErrorCode = 'INVALID_ARGUMENT'): Partial<SuppliedMeta> {
  if (!v) return {};
  const res = SidecarSchema.safeParse(Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)));
  if (!res.success) throw new AppError(code, `supplied metadata: ${describe(res.error)}.`);
  return pick(res.data);
}
