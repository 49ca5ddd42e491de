/** Write commands for analyst judgements: `source grade`, `link-claims`, `unlink`. */
import { resolveConfig } from '../../app/config.js';
import { gradeSource, linkClaimsJudged, unlinkClaimsJudged } from '../../app/judge.js';
import { openRuntime, type Runtime } from '../../app/runtime.js';
import type { Io } from '../io.js';
import { whoIs } from '../who.js';

async function withRuntime(flags: { db?: string }, io: Io, fn: (rt: Runtime) => Promise<void>): Promise<number> {
  const rt = openRuntime(resolveConfig({ db: flags.db }, io.env));
  try {
    await fn(rt);
    return 0;
  } finally {
    await rt.close();
  }
}

export function sourceGradeCommand(outlet: string, letter: string, flags: { db?: string; why?: string }, io: Io): Promise<number> {
  return withRuntime(flags, io, async (rt) => {
    await gradeSource(rt, outlet, letter, flags.why, whoIs(io));
    io.out(`graded ${outlet} ${letter.toUpperCase()}\n`);
  });
}

export function linkClaimsCommand(a: string, b: string, flags: { db?: string; kind: string; conflict?: string; why?: string }, io: Io): Promise<number> {
  return withRuntime(flags, io, async (rt) => {
    await linkClaimsJudged(rt, a, b, flags.kind, flags.conflict, flags.why, whoIs(io));
    io.out(`linked ${a} ${flags.kind}${flags.conflict ? `/${flags.conflict}` : ''} ${b}\n`);
  });
}

export function unlinkCommand(a: string, b: string, flags: { db?: string; why?: string }, io: Io): Promise<number> {
  return withRuntime(flags, io, async (rt) => {
    await unlinkClaimsJudged(rt, a, b, flags.why, whoIs(io));
    io.out(`unlinked ${a} and ${b}\n`);
  });
}
