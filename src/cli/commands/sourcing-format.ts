/** Terminal lines for a document's sourcing profile: counts, signals, and each hit with its offsets. */
import type { SourcingProfile } from '../../app/sourcing-profiles.js';
import { truncate } from '../format.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function sourcingLines(p: SourcingProfile): string {
  const s = p.shares;
  let out = `— sourcing profile (signals, not a verdict) —\n`;
  out += `${p.claims} claims: named ${p.named} (${pct(s.named)}), anonymous ${p.anonymous} (${pct(s.anonymous)}), unattributed ${p.unattributed} (${pct(s.unattributed)}), hedged ${p.hedged} (${pct(s.hedged)})\n`;
  for (const line of p.signals) out += `  • ${line}\n`;
  if (p.unattributed_accusations.length) out += 'unattributed accusations:\n';
  for (const a of p.unattributed_accusations) {
    out += `  ${a.start}-${a.end}${a.claim ? ` ${a.claim}` : ''}  credibility ${a.credibility} (${a.credibility_reason}): ${truncate(a.text, 110)}\n    ${a.why}\n`;
  }
  if (p.framing.length) out += 'framing:\n';
  for (const f of p.framing) out += `  ${f.start}-${f.end}  [${f.category}] "${f.text}" — ${f.why}\n`;
  return out;
}
