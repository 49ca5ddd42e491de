/**
 * Source grades. The Admiralty letter is an analyst's judgement: every outlet starts at F ("cannot be judged")
 * until someone grades it; what the knowledge base knows is shown as signals and at most a suggestion.
 */
import type { ExportSourceT } from '../core/export-schema.js';

type Letter = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export interface OutletFacts {
  outlet: string;
  /** a grade an analyst recorded, with why */
  graded?: { reliability: Letter; why: string } | undefined;
  /** a letter the knowledge base suggests, never applied by itself */
  suggested?: Letter | undefined;
  stateAffiliated?: boolean | undefined;
  owner?: string | undefined;
  country?: string | undefined;
  source?: string | undefined;
}

function signals(o: OutletFacts): string[] {
  const out: string[] = [];
  if (o.stateAffiliated) out.push('state-affiliated');
  if (o.owner) out.push(`owner: ${o.owner}`);
  if (o.country) out.push(`country: ${o.country}`);
  if (o.suggested) out.push(`knowledge base suggests ${o.suggested}`);
  if (o.source && out.length) out.push(`source: ${o.source}`);
  return out;
}

/** One grade per distinct outlet name, with the signals behind it; never invents a grade. */
export function gradeSources(outlets: OutletFacts[]): ExportSourceT[] {
  const byName = new Map<string, ExportSourceT>();
  for (const o of outlets) {
    if (byName.has(o.outlet)) continue;
    const sig = signals(o);
    const tail = sig.length ? `; signals: ${sig.join('; ')}` : '';
    byName.set(
      o.outlet,
      o.graded
        ? { outlet: o.outlet, reliability: o.graded.reliability, basis: `graded by an analyst: ${o.graded.why}${tail}` }
        : { outlet: o.outlet, reliability: 'F', basis: `not yet graded by an analyst (every outlet starts at F)${tail}` },
    );
  }
  return [...byName.values()].sort((a, b) => a.outlet.localeCompare(b.outlet));
}
