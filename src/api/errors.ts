/** The edge where error codes become HTTP statuses and one error body shape: `{ error: { code, message, hint? } }`. */
import { toAppError, type ErrorCode } from '../core/errors.js';

/** Transport-level refusals that have no domain error code. */
export type HttpErrorCode = 'UNAUTHORIZED' | 'FORBIDDEN_HOST' | 'READ_ONLY' | 'CROSS_ORIGIN' | 'ROUTE_NOT_FOUND';

export interface ErrorBody {
  error: { code: ErrorCode | HttpErrorCode; message: string; hint?: string };
}

const STATUS: Record<ErrorCode, 400 | 404 | 413 | 415 | 422 | 500 | 503> = {
  INPUT_NOT_FOUND: 404,
  INPUT_UNREADABLE: 422,
  INPUT_EMPTY: 422,
  INPUT_BINARY: 415,
  INPUT_TOO_LARGE: 413,
  INPUT_UNDECODABLE: 422,
  INPUT_UNSUPPORTED: 415,
  INVALID_ARGUMENT: 400,
  INVALID_METADATA: 422,
  NOT_FOUND: 404,
  DB_ERROR: 500,
  PIPELINE_INVALID: 500,
  KB_INVALID: 500,
  NETWORK_DISABLED: 503,
  INTERNAL: 500,
};

export function errorBody(code: ErrorBody['error']['code'], message: string, hint?: string): ErrorBody {
  return { error: hint ? { code, message, hint } : { code, message } };
}

/** Maps anything thrown to a status and body; internal details (paths, stacks) stay in the server log. */
export function errorResponse(e: unknown): { status: 400 | 404 | 413 | 415 | 422 | 500 | 503; body: ErrorBody } {
  const a = toAppError(e);
  const status = STATUS[a.code];
  const message = status >= 500 ? `${a.code.toLowerCase().replace(/_/g, ' ')}: the server could not answer` : a.message;
  return { status, body: errorBody(a.code, message, status >= 500 ? undefined : a.hint) };
}
