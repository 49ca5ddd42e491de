/** Applies analyst judgements over computed results: a human's later word beats the machine's, pair by pair. */
import type { ExportLinkT } from '../core/export-schema.js';
import { CONFLICTS, LINK_KINDS } from '../core/vocab.js';

export interface ClaimJudgement {
  kind: 'claim-link' | 'claim-unlink';
  a: string;
  b: string;
  /** `kind` or `kind/conflict` for a link */
  value: string | null;
  why: string;
  who: string;
  at: string;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Parses `contradicts/quantity` into a link kind and conflict; null when the value is not one. */
export function parseLinkValue(value: string | null): { kind: ExportLinkT['kind']; conflict: ExportLinkT['conflict'] } | null {
  const [kind, conflict = null] = (value ?? '').split('/');
  if (!(LINK_KINDS as readonly string[]).includes(kind ?? '')) return null;
  if (conflict !== null && !(CONFLICTS as readonly string[]).includes(conflict)) return null;
  return { kind: kind as ExportLinkT['kind'], conflict: conflict as ExportLinkT['conflict'] };
}

/** The computed links with judged pairs removed or replaced; the latest judgement on a pair decides it. */
export function applyClaimJudgements(links: ExportLinkT[], judgements: ClaimJudgement[]): ExportLinkT[] {
  const last = new Map<string, ClaimJudgement>();
  for (const j of judgements) last.set(pairKey(j.a, j.b), j);
  const out = links.filter((l) => !last.has(pairKey(l.a, l.b)));
  for (const j of last.values()) {
    if (j.kind === 'claim-unlink') continue;
    const v = parseLinkValue(j.value);
    if (v) out.push({ ...v, a: j.a, b: j.b, reason: `analyst ${j.who} (${j.at.slice(0, 10)}): ${j.why}` });
  }
  return out;
}
