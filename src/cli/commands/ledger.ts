/** Cross-document views: `dossier conflicts`, `dossier sources`, `dossier claim ID`. */
import { claimView, listConflicts, type OutletGrade } from '../../app/ledger.js';
import { claimId, resolveEntity, type ClaimRow } from '../../app/query.js';
import { outletProfiles, sourcingProfiles, UNKNOWN_OUTLET } from '../../app/sourcing-profiles.js';
import { json, truncate } from '../format.js';
import type { Io } from '../io.js';
import { withStore, type ReadFlags } from './read.js';

const who = (r: ClaimRow | undefined) => (!r ? '?' : r.claim.speaker.kind === 'author' ? '(author)' : (r.claim.speaker.text ?? '?'));

export async function conflictsCommand(flags: ReadFlags & { about?: string; conflict?: string }, io: Io): Promise<number> {
  return withStore(flags, io, async ({ store }) => {
    const about = flags.about ? (await resolveEntity(store, flags.about)).id : undefined;
    const pairs = await listConflicts(store, { ...(about ? { about } : {}), ...(flags.conflict ? { conflict: flags.conflict } : {}) });
    if (flags.json) {
      io.out(json(pairs.map((p) => ({ ...p.link, a_claim: p.a?.claim ?? null, b_claim: p.b?.claim ?? null, a_credibility: p.aCredibility, b_credibility: p.bCredibility }))));
      return 0;
    }
    if (!pairs.length) io.out('no conflicts found\n');
    for (const p of pairs) {
      io.out(`[${p.link.kind}${p.link.conflict ? `/${p.link.conflict}` : ''}] ${p.link.a}  vs  ${p.link.b}\n`);
      for (const [r, c] of [[p.a, p.aCredibility], [p.b, p.bCredibility]] as const) {
        io.out(`  ${truncate(who(r), 40)}: ${truncate(r?.claim.content ?? '', 110)}\n`);
        if (c) io.out(`    credibility ${c.digit} — ${c.reason}\n`);
      }
      io.out(`  why: ${p.link.reason}\n\n`);
    }
    return 0;
  });
}

export async function sourcesCommand(flags: ReadFlags, io: Io): Promise<number> {
  return withStore(flags, io, async ({ store }) => {
    const sources = await store.sources();
    const docs = await store.listDocuments();
    const profiles = new Map(outletProfiles(docs, await sourcingProfiles(store)).map((p) => [p.outlet, p]));
    // documents with no outlet still have a profile worth seeing
    const rows = [...sources.map((s) => ({ ...s, sourcing: profiles.get(s.outlet) ?? null })), ...(profiles.has(UNKNOWN_OUTLET) ? [{ outlet: UNKNOWN_OUTLET, reliability: null, basis: 'no outlet in the metadata', sourcing: profiles.get(UNKNOWN_OUTLET)! }] : [])];
    if (flags.json) io.out(json(rows));
    else if (!rows.length) io.out('no outlets known yet\n');
    else {
      for (const r of rows) {
        io.out(`${r.outlet}  ${r.reliability ?? '—'}  ${r.basis}\n`);
        const p = r.sourcing;
        if (!p) continue;
        const pct = (x: number) => `${Math.round(x * 100)}%`;
        io.out(`  ${p.documents} document${p.documents === 1 ? '' : 's'}, ${p.claims} claims: unattributed ${pct(p.shares.unattributed)}, anonymous ${pct(p.shares.anonymous)}, hedged ${pct(p.shares.hedged)}\n`);
        for (const line of p.signals) io.out(`  • ${line}\n`);
      }
    }
    return 0;
  });
}

export async function claimCommand(id: string, flags: ReadFlags, io: Io): Promise<number> {
  return withStore(flags, io, async ({ store }) => {
    const v = await claimView(store, id);
    if (flags.json) {
      io.out(json(v));
      return 0;
    }
    const c = v.row.claim;
    io.out(`${v.id}  ${c.stance} / ${c.kind}  credibility ${v.credibility.digit} — ${v.credibility.reason}\n`);
    io.out(`speaker   ${who(v.row)} (${c.speaker.kind})${c.chain.length ? `  via ${c.chain.map((l) => `${l.text} [${l.role}]`).join(' → ')}` : ''}\n`);
    io.out(`outlet    ${grade(v.outlet)}\n`);
    io.out(`cue       ${c.cue}${c.saidOn ? `   said on ${c.saidOn}` : ''}${c.hedged ? `   hedged (${c.hedges.join(', ')})` : ''}   sourcing ${c.sourcing}\n`);
    io.out(`content   ${c.content}\n`);
    if (c.quantities.length) io.out(`numbers   ${c.quantities.map((q) => q.text).join('; ')}\n`);
    const agree = v.links.filter((l) => l.link.kind === 'corroborates');
    const disagree = v.links.filter((l) => l.link.kind !== 'corroborates');
    for (const [head, list] of [['Corroborating claims', agree], ['Conflicting claims', disagree]] as const) {
      io.out(`\n${head} (${list.length}):\n`);
      for (const l of list) {
        io.out(`  [${l.link.kind}${l.link.conflict ? `/${l.link.conflict}` : ''}] ${l.other ? claimId(l.other) : '?'}  ${truncate(who(l.other), 40)}: ${truncate(l.other?.claim.content ?? '', 100)}\n`);
        io.out(`    this claim: credibility ${v.credibility.digit}, ${grade(v.outlet)}\n`);
        io.out(`    that claim: credibility ${l.credibility ? `${l.credibility.digit} — ${l.credibility.reason}` : '?'}; ${grade(l.outlet)}\n`);
        io.out(`    why linked: ${l.link.reason}\n`);
      }
    }
    return 0;
  });
}

const grade = (o: OutletGrade | null) => (o ? `${o.name}, source grade ${o.reliability ?? '—'}` : 'outlet unknown');
