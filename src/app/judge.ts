/** Use cases for analyst judgements: grade a source, link or unlink two claims; each is recorded with who, when and why. */
import { parseLinkValue } from '../analysis/index.js';
import { AppError } from '../core/errors.js';
import { scopedId } from '../core/ids.js';
import { RELIABILITY } from '../core/vocab.js';
import type { Judgement } from '../store/store.js';
import { refreshCorpusAnalysis } from './corpus-analysis.js';
import type { Runtime } from './runtime.js';

export interface Who {
  who: string;
  now: Date;
}

function needWhy(why: string | undefined): string {
  if (!why?.trim()) throw new AppError('INVALID_ARGUMENT', 'a judgement needs a reason: add --why "…"');
  return why.trim();
}

async function record(rt: Pick<Runtime, 'store' | 'kb'>, j: Omit<Judgement, 'who' | 'at'>, by: Who): Promise<void> {
  await rt.store.addJudgement({ ...j, who: by.who, at: by.now.toISOString() });
  await refreshCorpusAnalysis(rt.store, rt.kb);
}

/** Sets an outlet's Admiralty letter; only an analyst does this. */
export async function gradeSource(rt: Pick<Runtime, 'store' | 'kb'>, outlet: string, letter: string, why: string | undefined, by: Who): Promise<void> {
  const grade = letter.toUpperCase();
  if (!(RELIABILITY as readonly string[]).includes(grade)) throw new AppError('INVALID_ARGUMENT', `"${letter}" is not a grade`, { hint: 'grades: A (reliable) … E (unreliable), F (cannot be judged)' });
  const known = (await rt.store.listDocuments()).map((d) => d.meta.outlet).filter((o): o is string => !!o);
  if (!known.includes(outlet)) {
    const near = [...new Set(known)].filter((o) => o.toLowerCase().includes(outlet.toLowerCase().slice(0, 4)));
    throw new AppError('NOT_FOUND', `no outlet named "${outlet}" in this database`, { hint: near.length ? `did you mean: ${near.join(', ')}?` : 'run `dossier sources` to list outlets' });
  }
  await record(rt, { kind: 'source-grade', subject: outlet, object: null, value: grade, why: needWhy(why) }, by);
}

async function checkClaims(rt: Pick<Runtime, 'store'>, ids: string[]): Promise<void> {
  const known = new Set((await rt.store.claims({ allVersions: true })).map((r) => scopedId(r.doc, r.claim.id)));
  for (const id of ids) if (!known.has(id)) throw new AppError('NOT_FOUND', `no claim with id "${id}"`, { hint: 'run `dossier claims` to list claim ids' });
  if (ids[0] === ids[1]) throw new AppError('INVALID_ARGUMENT', 'a claim cannot be linked to itself');
}

/** Links two claims as the analyst says (`contradicts/quantity`, `corroborates`, …), overriding what was computed. */
export async function linkClaimsJudged(rt: Pick<Runtime, 'store' | 'kb'>, a: string, b: string, kind: string, conflict: string | undefined, why: string | undefined, by: Who): Promise<void> {
  const value = conflict ? `${kind}/${conflict}` : kind;
  if (!parseLinkValue(value)) throw new AppError('INVALID_ARGUMENT', `"${value}" is not a link`, { hint: 'kinds: contradicts, corroborates, retracts, refutes, scope; conflicts: quantity, denial, retraction, refutation, date, place, responsibility' });
  await checkClaims(rt, [a, b]);
  await record(rt, { kind: 'claim-link', subject: a, object: b, value, why: needWhy(why) }, by);
}

/** Removes any link between two claims, now and after every re-analysis. */
export async function unlinkClaimsJudged(rt: Pick<Runtime, 'store' | 'kb'>, a: string, b: string, why: string | undefined, by: Who): Promise<void> {
  await checkClaims(rt, [a, b]);
  await record(rt, { kind: 'claim-unlink', subject: a, object: b, value: null, why: needWhy(why) }, by);
}
