/** The edge where error codes become exit codes and one-line messages; no stack traces reach the user. */
import { toAppError, type ErrorCode } from '../core/errors.js';

const EXIT: Record<ErrorCode, number> = {
  INPUT_NOT_FOUND: 66,
  INPUT_UNREADABLE: 66,
  INPUT_EMPTY: 65,
  INPUT_BINARY: 65,
  INPUT_TOO_LARGE: 65,
  INPUT_UNDECODABLE: 65,
  INPUT_UNSUPPORTED: 65,
  INVALID_ARGUMENT: 2,
  INVALID_METADATA: 65,
  NOT_FOUND: 3,
  DB_ERROR: 74,
  PIPELINE_INVALID: 70,
  KB_INVALID: 78,
  NETWORK_DISABLED: 69,
  INTERNAL: 70,
};

/** Exit status when some files of a batch failed and the rest were stored. */
export const EXIT_PARTIAL = 1;

export function exitCodeFor(code: ErrorCode): number {
  return EXIT[code];
}

/** Prints `dossier: message` (and a hint) to stderr and returns the exit code. */
export function reportError(e: unknown, err: (s: string) => void = (s) => process.stderr.write(s)): number {
  const a = toAppError(e);
  err(`dossier: ${a.message}\n`);
  if (a.hint) err(`  ${a.hint}\n`);
  if (a.code === 'INTERNAL' && process.env['DOSSIER_DEBUG'] && a.cause instanceof Error) err(`${a.cause.stack}\n`);
  return exitCodeFor(a.code);
}
