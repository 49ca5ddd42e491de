/**
 * Ingest: files → `Article` (cleaned text, metadata with its basis, stripped boilerplate).
 * @example
 *   const { files } = collectInputs(['examples']);
 *   const article = readArticle(files[0]!, { maxBytes: DEFAULT_MAX_BYTES }, kb);
 */
export { collectInputs, formatOf, type CollectOptions } from './collect.js';
export { readArticle } from './read-article.js';
export { DEFAULT_MAX_BYTES, type IngestOptions, type InputFile, type InputFormat, type InputProblem, type StatedMeta, type SuppliedMeta } from './types.js';
export { decodeBytes, type DecodeResult } from './decode.js';
export { cleanText, type CleanResult } from './clean/clean-text.js';
export { extractMeta, type MetaResult, type MetaSources } from './meta/extract-meta.js';
export { detectLanguage } from './language.js';
export { dateFromUrl, normaliseDate, parseDateLine } from './meta/dates.js';
export { extractHtml } from './html.js';
