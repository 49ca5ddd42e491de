/** One input file → an `Article`: size and byte checks, decoding, format reader, cleaning, metadata, language. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ActorIndex } from '../core/actor.js';
import type { Article } from '../core/doc.js';
import { AppError } from '../core/errors.js';
import { sha256Hex } from '../core/ids.js';
import { cleanText } from './clean/clean-text.js';
import { decodeBytes, declaredCharset } from './decode.js';
import { extractHtml } from './html.js';
import { detectLanguage } from './language.js';
import { extractMeta } from './meta/extract-meta.js';
import { parseFrontMatter, readSidecar, sidecarPath, validateSupplied } from './meta/supplied.js';
import type { IngestOptions, InputFile, StatedMeta, SuppliedMeta } from './types.js';
import { DEFAULT_MAX_BYTES } from './types.js';

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Stat, then read: a file over the limit is refused before a byte of it is loaded. */
function readBytes(file: InputFile, maxBytes: number): Buffer {
  try {
    const st = statSync(file.path);
    if (!st.isFile()) throw new AppError('INPUT_UNREADABLE', `${file.display}: is not a regular file.`);
    if (st.size > maxBytes) throw new AppError('INPUT_TOO_LARGE', `${file.display}: file is too large (${mb(st.size)}, limit ${mb(maxBytes)}).`);
    if (st.size === 0) throw new AppError('INPUT_EMPTY', `${file.display}: file is empty.`);
    return readFileSync(file.path);
  } catch (e) {
    if (e instanceof AppError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('INPUT_NOT_FOUND', `${file.display}: not found.`, { cause: e });
    throw new AppError('INPUT_UNREADABLE', `${file.display}: file cannot be read (${code ?? 'error'}).`, { cause: e });
  }
}

function decode(file: InputFile, bytes: Buffer): { text: string; encoding: string } {
  const res = decodeBytes(bytes, file.format === 'html' ? declaredCharset(bytes) : null);
  if (res.ok) return res;
  if (res.reason === 'binary') throw new AppError('INPUT_BINARY', `${file.display}: file is binary, not text (${res.detail}).`);
  throw new AppError('INPUT_UNDECODABLE', `${file.display}: text encoding could not be recognised (${res.detail}).`);
}

/** CLI flags beat the sidecar, which beats front matter. */
function supplied(file: InputFile, opts: IngestOptions, frontMatter: string | null): Partial<SuppliedMeta> {
  const side = sidecarPath(file.path);
  const sideShown = side ? path.posix.join(path.posix.dirname(file.display), path.basename(side)) : '';
  const fm = frontMatter !== null ? parseFrontMatter(frontMatter, file.display) : {};
  const sc = side ? readSidecar(side, sideShown) : {};
  return { ...fm, ...sc, ...validateSupplied(opts.supplied) };
}

/**
 * Reads, decodes, cleans and describes one file; throws `AppError` (INPUT_* / INVALID_METADATA) naming the file.
 * @example readArticle(files[0], { maxBytes: DEFAULT_MAX_BYTES }, kb).meta.author
 */
export function readArticle(file: InputFile, opts: IngestOptions, kb: ActorIndex): Article {
  const bytes = readBytes(file, opts.maxBytes > 0 ? opts.maxBytes : DEFAULT_MAX_BYTES);
  const { text: decoded, encoding } = decode(file, bytes);
  if (!decoded.trim()) throw new AppError('INPUT_EMPTY', `${file.display}: file is empty (whitespace only).`);
  let body = decoded;
  let stated: StatedMeta | undefined;
  if (file.format === 'html') {
    const html = extractHtml(decoded);
    stated = html.meta;
    // the headline lives in the page head; the body text should open with it as a text file would
    body = html.meta.title && !html.text.slice(0, 400).includes(html.meta.title) ? `${html.meta.title}\n\n${html.text}` : html.text;
  }
  const cleaned = cleanText(body, file.format);
  const sup = supplied(file, opts, cleaned.frontMatter);
  const { meta, text, stripped } = extractMeta({ text: cleaned.text, stripped: cleaned.stripped, stated, supplied: sup }, kb);
  if (!text.trim()) throw new AppError('INPUT_EMPTY', `${file.display}: no article text is left after removing boilerplate.`);
  return {
    source: file.source,
    sha256: sha256Hex(bytes),
    encoding,
    language: detectLanguage(text),
    text,
    meta,
    stripped: [...cleaned.stripped, ...stripped],
  };
}
