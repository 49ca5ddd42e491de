/** Source grades, first version: a grade recorded in the knowledge base with its public basis, else F (cannot be judged). */
import type { ExportSourceT } from '../core/export-schema.js';

export interface OutletFacts {
  outlet: string;
  reliability?: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | undefined;
  stateAffiliated?: boolean | undefined;
  source?: string | undefined;
}

/** One grade per distinct outlet name; never invents a grade it has no basis for. */
export function gradeSources(outlets: OutletFacts[]): ExportSourceT[] {
  const byName = new Map<string, ExportSourceT>();
  for (const o of outlets) {
    if (byName.has(o.outlet)) continue;
    const state = o.stateAffiliated ? '; state-affiliated' : '';
    byName.set(
      o.outlet,
      o.reliability
        ? { outlet: o.outlet, reliability: o.reliability, basis: `knowledge base${state}${o.source ? `: ${o.source}` : ''}` }
        : { outlet: o.outlet, reliability: 'F', basis: `reliability cannot be judged: no grade recorded${state}` },
    );
  }
  return [...byName.values()].sort((a, b) => a.outlet.localeCompare(b.outlet));
}
