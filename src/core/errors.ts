/** The closed set of error codes; edges (CLI, API) map them to exit codes and HTTP statuses. */
export const ERROR_CODES = [
  'INPUT_NOT_FOUND',
  'INPUT_UNREADABLE',
  'INPUT_EMPTY',
  'INPUT_BINARY',
  'INPUT_TOO_LARGE',
  'INPUT_UNDECODABLE',
  'INPUT_UNSUPPORTED',
  'INVALID_ARGUMENT',
  'INVALID_METADATA',
  'NOT_FOUND',
  'DB_ERROR',
  'PIPELINE_INVALID',
  'KB_INVALID',
  'NETWORK_DISABLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error type: a code, a message written for the user, and an optional cause. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  constructor(code: ErrorCode, message: string, opts: { cause?: unknown; hint?: string } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.hint = opts.hint;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Wraps anything thrown into an AppError, keeping AppErrors as they are. */
export function toAppError(e: unknown, fallback: ErrorCode = 'INTERNAL'): AppError {
  if (isAppError(e)) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new AppError(fallback, msg, { cause: e });
}
