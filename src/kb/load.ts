/**
 * Loads knowledge-base packs (data/kb/*.yaml), validates them with zod and cross-checks ids.
 * @example const kb = loadKnowledgeBase(); kb.match('GKNB')[0]?.actor.id
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { KbPackSchema, type ActorIndex, type KbActor, type KbPack } from '../core/actor.js';
import { AppError } from '../core/errors.js';
import { buildActorIndex } from './actor-index.js';

/** src/kb and dist/kb both sit two levels below the repository root. */
export const DEFAULT_KB_DIR = fileURLToPath(new URL('../../data/kb/', import.meta.url));

/** Parses and validates one pack's YAML text; `file` names it in errors. */
export function parsePack(text: string, file: string): KbPack {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new AppError('KB_INVALID', `${file}: not valid YAML (${(e as Error).message.split('\n')[0]})`, { cause: e });
  }
  const r = KbPackSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new AppError('KB_INVALID', `${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}

/** Rejects duplicate ids and references (affiliations, roles) to ids no pack defines. */
export function checkPacks(packs: { file: string; pack: KbPack }[]): KbActor[] {
  const owner = new Map<string, string>();
  const actors: KbActor[] = [];
  for (const { file, pack } of packs) {
    for (const a of pack.actors) {
      const prev = owner.get(a.id);
      if (prev) throw new AppError('KB_INVALID', `${file}: duplicate actor id '${a.id}' (first defined in ${prev})`);
      owner.set(a.id, file);
      actors.push(a);
    }
  }
  for (const a of actors) {
    const refs = [...a.affiliations.map((f) => f.target), ...a.roles.flatMap((r) => (r.of ? [r.of] : []))];
    for (const t of refs) {
      if (!owner.has(t)) throw new AppError('KB_INVALID', `${owner.get(a.id)}: actor '${a.id}' refers to unknown actor '${t}'`);
    }
  }
  return actors;
}

/** Reads every *.yaml / *.yml pack in `dir` (sorted by name, so the order is stable) into one index. */
export function loadKnowledgeBase(dir: string = DEFAULT_KB_DIR): ActorIndex {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch (e) {
    throw new AppError('KB_INVALID', `knowledge-base folder not readable: ${dir}`, { cause: e });
  }
  const packs = files.map((file) => ({ file, pack: parsePack(readFileSync(join(dir, file), 'utf8'), file) }));
  return buildActorIndex(checkPacks(packs));
}
