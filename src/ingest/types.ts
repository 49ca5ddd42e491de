/** Shapes shared by the ingest readers: what is read, how, and what went wrong before reading. */
import type { ErrorCode } from '../core/errors.js';

/** Default ceiling on one input file: larger files are refused before they are read. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type InputFormat = 'txt' | 'md' | 'html';

/** One document file found by `collectInputs`. */
export interface InputFile {
  /** absolute path on disk */
  path: string;
  /** path relative to the ingest root, forward slashes, never absolute */
  source: string;
  /** how to name the file in messages: relative to the working directory when inside it */
  display: string;
  format: InputFormat;
}

/** A path given to `collectInputs` that could not become an input. */
export interface InputProblem {
  path: string;
  code: ErrorCode;
  message: string;
}

/** Provenance a user states for a document (CLI flags, sidecar, front matter). */
export interface SuppliedMeta {
  url: string;
  title: string;
  author: string;
  outlet: string;
  published: string;
}

export interface IngestOptions {
  maxBytes: number;
  /** CLI flags for a single file; they beat sidecars and front matter */
  supplied?: Partial<SuppliedMeta>;
}

/** Metadata stated inside the document itself (HTML meta tags, Readability). */
export interface StatedMeta {
  title?: string;
  author?: string;
  outlet?: string;
  published?: string;
  url?: string;
}
