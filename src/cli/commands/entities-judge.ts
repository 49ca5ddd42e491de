/** Analysts' entity corrections: `merge`, `split`, `link`, and `review` to find the linker's unsure decisions. */
import { resolveConfig } from '../../app/config.js';
import { linkMention, mergeEntities, splitMentions, unmergeEntities } from '../../app/entity-judgements.js';
import { reviewClaimLinks } from '../../app/claim-review.js';
import { entityMentions, reviewLinks } from '../../app/entity-review.js';
import { resolveEntity } from '../../app/query.js';
import { openRuntime, type Runtime } from '../../app/runtime.js';
import { AppError } from '../../core/errors.js';
import { truncate } from '../format.js';
import type { Io } from '../io.js';
import { whoIs } from '../who.js';

async function withRuntime(flags: { db?: string }, io: Io, fn: (rt: Runtime) => Promise<void>, readonly = false): Promise<number> {
  const rt = openRuntime(resolveConfig({ db: flags.db }, io.env), { readonly });
  try {
    await fn(rt);
    return 0;
  } finally {
    await rt.close();
  }
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

export function mergeCommand(keep: string, merged: string, flags: { db?: string; why?: string }, io: Io): Promise<number> {
  return withRuntime(flags, io, async (rt) => {
    const r = await mergeEntities(rt, keep, merged, flags.why, whoIs(io));
    io.out(`merged ${r.from.id} (${r.from.name}) into ${r.into.id} (${r.into.name}): ${plural(r.moved, 'mention')} moved\n`);
  });
}

export function splitCommand(entity: string, flags: { db?: string; why?: string; mention?: string[]; from?: string }, io: Io): Promise<number> {
  if ((flags.mention === undefined) === (flags.from === undefined)) {
    return Promise.reject(new AppError('INVALID_ARGUMENT', 'give either --mention ID… (single mentions) or --from ENTITY (undo a merge)'));
  }
  return withRuntime(flags, io, async (rt) => {
    if (flags.from !== undefined) {
      const u = await unmergeEntities(rt, entity, flags.from, flags.why, whoIs(io));
      return io.out(`split ${plural(u.moved, 'mention')} out of ${u.from.id} back into ${u.to}\n`);
    }
    const r = await splitMentions(rt, entity, flags.mention ?? [], flags.why, whoIs(io));
    io.out(`split ${plural(r.moved, 'mention')} out of ${r.from.id} into ${r.to.join(', ')}\n`);
  });
}

export function linkCommand(mention: string, actor: string, flags: { db?: string; why?: string }, io: Io): Promise<number> {
  return withRuntime(flags, io, async (rt) => {
    const r = await linkMention(rt, mention, actor, flags.why, whoIs(io));
    io.out(`linked ${mention} to ${r.entity}${r.moved ? '' : ' (it already referred to it)'}\n`);
  });
}

export function reviewCommand(flags: { db?: string; limit?: string; json?: boolean }, io: Io): Promise<number> {
  const limit = flags.limit === undefined ? 50 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 1) return Promise.reject(new AppError('INVALID_ARGUMENT', `--limit must be a positive whole number, not "${flags.limit}"`));
  return withRuntime(
    flags,
    io,
    async (rt) => {
      const items = await reviewLinks(rt.store, { limit });
      const links = await reviewClaimLinks(rt.store, { limit });
      if (flags.json) return io.out(`${JSON.stringify({ entities: items, links }, null, 2)}\n`);
      io.out(`Entity linking — unsure decisions (${items.length}):\n`);
      if (items.length === 0) io.out('  nothing to review: every linking decision was confident\n');
      for (const it of items) {
        io.out(`${it.text} (${it.type}) — ${plural(it.mentions, 'mention')} in ${plural(it.docs, 'document')} → ${it.entity ?? 'unlinked'}\n`);
        io.out(`  ${it.rule}${it.score === null ? '' : ` [score ${it.score}]`}\n  e.g. ${it.examples.join(' ')}\n`);
      }
      io.out(`\nClaim links waiting for a human (${links.length}):\n`);
      if (links.length === 0) io.out('  nothing to review: every claim link has been judged\n');
      for (const l of links) {
        io.out(`[${l.kind}${l.conflict ? `/${l.conflict}` : ''}] ${l.waiting}: ${l.reason}\n`);
        for (const s of [l.a, l.b]) io.out(`  ${s.claim}  ${s.speaker}${s.outlet ? ` (${s.outlet})` : ''}: ${truncate(s.content, 100)}\n`);
        io.out(`  confirm: ${l.confirm}\n  reject:  ${l.reject}\n`);
      }
    },
    true,
  );
}

export function mentionsCommand(entity: string, flags: { db?: string; doc?: string; json?: boolean }, io: Io): Promise<number> {
  return withRuntime(
    flags,
    io,
    async (rt) => {
      const e = await resolveEntity(rt.store, entity);
      const list = await entityMentions(rt.store, e.id, flags.doc === undefined ? {} : { doc: flags.doc });
      if (flags.json) return io.out(`${JSON.stringify({ entity: e.id, mentions: list }, null, 2)}\n`);
      io.out(`${e.id} (${e.name}): ${plural(list.length, 'mention')}\n`);
      for (const m of list) {
        const moved = m.linkedTo ? ` (moved by an analyst from ${m.linkedTo})` : '';
        io.out(`  ${m.id}  ${m.span[0]}-${m.span[1]}  "${m.text}"${moved}  ${m.rule ?? ''}\n`);
      }
    },
    true,
  );
}
