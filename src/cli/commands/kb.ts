/** Knowledge-base commands: kb validate, kb search NAME, kb resolve NAME. */
import { kbCounts, kbResolve, kbSearch, openKb, type KbSource } from '../../app/kb.js';
import { json, table } from '../format.js';
import type { Io } from '../io.js';

export interface KbFlags {
  /** a folder of the user's own packs, loaded over the built-in ones */
  kb?: string;
  json?: boolean;
}

function source(flags: KbFlags, io: Io): KbSource {
  const dir = flags.kb ?? io.env['DOSSIER_KB'];
  return dir ? { userDirs: [dir] } : {};
}

/** Validates the built-in packs and --kb's; prints counts per type. Invalid packs throw KB_INVALID (exit 78). */
export async function kbValidateCommand(flags: KbFlags, io: Io): Promise<number> {
  const counts = kbCounts(openKb(source(flags, io)));
  if (flags.json) {
    io.out(json({ valid: true, ...counts }));
    return 0;
  }
  io.out(`knowledge base valid: ${counts.actors} actors, ${counts.outlets} outlets\n`);
  io.out(table(Object.entries(counts.byType).sort(), ['type', 'actors']));
  if (Object.keys(counts.byKind).length) io.out(table(Object.entries(counts.byKind).sort(), ['place kind', 'actors']));
  for (const n of counts.notes) io.err(`note: ${n}\n`);
  return 0;
}

/** Ranked candidates with scores and reasons; `--json` prints [{id,name,type,score,why}], [] when nothing matches. */
export async function kbSearchCommand(name: string, flags: KbFlags & { type?: string; date?: string; limit?: string }, io: Io): Promise<number> {
  const { kb } = openKb(source(flags, io));
  const hits = kbSearch(kb, name, flags, flags.limit ? Number(flags.limit) : 20);
  if (flags.json) io.out(json(hits));
  else io.out(hits.length ? table(hits.map((h) => [h.id, h.type, h.name, h.score, h.why]), ['id', 'type', 'name', 'score', 'why']) : `no actor matches "${name}"\n`);
  return 0;
}

/** The decision the linker would make for a name out of context; `--json` prints {id, score, why}. */
export async function kbResolveCommand(name: string, flags: KbFlags & { type?: string; date?: string }, io: Io): Promise<number> {
  const { kb } = openKb(source(flags, io));
  const r = kbResolve(kb, name, flags);
  if (flags.json) io.out(json(r));
  else io.out(r.id ? `${r.id}  (score ${r.score}: ${r.why})\n` : `no confident match (score ${r.score}: ${r.why})\n`);
  return 0;
}
