/**
 * A credibility digit per claim on the Admiralty scale (1 confirmed … 5 improbable, 6 cannot be judged),
 * computed from independent corroboration, conflicts and sourcing — always with its reason.
 */
import type { ExportLinkT } from '../core/export-schema.js';

export interface CredibilityInput {
  id: string;
  stance: 'assert' | 'deny' | 'allege' | 'estimate' | 'predict' | 'retract';
  kind: 'statement' | 'belief' | 'intention' | 'narrative';
  hedged: boolean;
  sourcing: 'named' | 'anonymous' | 'unattributed';
}

export interface Credibility {
  digit: 1 | 2 | 3 | 4 | 5 | 6;
  reason: string;
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

export function credibility(claims: CredibilityInput[], links: ExportLinkT[]): Map<string, Credibility> {
  const by = new Map<string, { corroborated: number; contested: number; refuted: number; retracted: number }>();
  const get = (id: string) => by.get(id) ?? by.set(id, { corroborated: 0, contested: 0, refuted: 0, retracted: 0 }).get(id)!;
  for (const l of links) {
    if (l.kind === 'corroborates') {
      get(l.a).corroborated++;
      get(l.b).corroborated++;
    } else if (l.kind === 'contradicts') {
      get(l.a).contested++;
      get(l.b).contested++;
    } else if (l.kind === 'refutes') get(l.b).refuted++;
    else if (l.kind === 'retracts') get(l.b).retracted++;
  }
  const out = new Map<string, Credibility>();
  for (const c of claims) out.set(c.id, judge(c, get(c.id)));
  return out;
}

function judge(c: CredibilityInput, s: { corroborated: number; contested: number; refuted: number; retracted: number }): Credibility {
  if (s.retracted) return { digit: 5, reason: 'improbable: withdrawn by its own source' };
  if (s.refuted) return { digit: 5, reason: 'improbable: shown false by another party' };
  if (c.stance === 'predict' || c.kind === 'intention') return { digit: 6, reason: 'cannot be judged: a forecast, threat or plan' };
  const weak = c.sourcing !== 'named' || c.hedged;
  const why = [c.sourcing === 'named' ? 'named source' : `${c.sourcing} source`, ...(c.hedged ? ['hedged'] : [])].join(', ');
  if (s.corroborated && !s.contested) return { digit: 1, reason: `confirmed: agrees with ${plural(s.corroborated, 'independent claim')}` };
  if (s.corroborated) return { digit: 3, reason: `possibly true: ${plural(s.corroborated, 'independent claim')} agree, ${s.contested} disagree` };
  if (s.contested) return { digit: weak ? 4 : 3, reason: `${weak ? 'doubtful' : 'possibly true'}: contradicted by ${plural(s.contested, 'claim')}; ${why}` };
  if (c.sourcing === 'unattributed') return { digit: 6, reason: `cannot be judged: ${c.stance === 'allege' ? 'an accusation with ' : ''}no source given${c.hedged ? ', hedged' : ''}` };
  return { digit: weak ? 4 : 3, reason: `${weak ? 'doubtful' : 'possibly true'}: not corroborated; ${why}` };
}
