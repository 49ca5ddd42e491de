/**
 * Loads knowledge-base packs (data/kb/*.yaml), validates them with zod and cross-checks ids.
 * @example const kb = loadKnowledgeBase(); kb.match('GKNB')[0]?.actor.id
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ActorIndex, KbActor, KbPack } from '../core/actor.js';
import { KbPackSchema } from '../core/actor-schema.js';
import { AppError } from '../core/errors.js';
import { buildActorIndex } from './actor-index.js';

/** src/kb and dist/kb both sit two levels below the repository root. */
export const DEFAULT_KB_DIR = fileURLToPath(new URL('../../data/kb/', import.meta.url));

/** Parses and validates one pack's YAML text; `file` names it in errors. */
export function parsePack(text: string, file: string, read: (text: string) => unknown = parse): KbPack {
  let raw: unknown;
  try {
    raw = read(text);
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
  return buildActorIndex(checkPacks(readPacks(dir)));
}

// YAML parsing is most of a cold start; the parsed value of a pack's exact text is kept as JSON, keyed by its hash
const CACHE_DIR = join(tmpdir(), 'dossier-kb-cache-v1');

/** `parse`, through a cache of earlier results for the same text; the cache is best effort and never changes the value. */
function cachedParse(text: string): unknown {
  // .inf / .nan have no JSON form: such texts are parsed every time
  if (/\.(?:inf|nan)\b/i.test(text)) return parse(text);
  const file = join(CACHE_DIR, `${createHash('sha256').update(text).digest('hex')}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    // not cached yet, or unreadable: parse below
  }
  const raw: unknown = parse(text);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(raw));
    renameSync(tmp, file); // atomic: a concurrent reader sees the whole file or none
  } catch {
    // a read-only or full temp folder only costs speed
  }
  return raw;
}

function readPacks(dir: string): { file: string; pack: KbPack }[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch (e) {
    throw new AppError('KB_INVALID', `knowledge-base folder not readable: ${dir}`, { cause: e });
  }
  return files.map((file) => ({ file: join(dir, file), pack: parsePack(readFileSync(join(dir, file), 'utf8'), join(dir, file), cachedParse) }));
}

/**
 * The built-in packs plus a user's own folders. A user actor that repeats a built-in one (same type and
 * canonical name, or same id) is left out with a note rather than merged, so no alias silently joins two actors.
 */
export function loadKnowledgeBases(dirs: string[], normalise: (s: string) => string): { kb: ActorIndex; notes: string[] } {
  const [base, ...user] = dirs;
  const packs = readPacks(base ?? DEFAULT_KB_DIR);
  const known = new Map<string, string>();
  const ids = new Set<string>();
  for (const { pack } of packs) {
    for (const a of pack.actors) {
      known.set(`${a.type}:${normalise(a.name)}`, a.id);
      ids.add(a.id);
    }
  }
  const notes: string[] = [];
  const remap = new Map<string, string>();
  const userPacks = user.flatMap((dir) => readPacks(dir));
  for (const { file, pack } of userPacks) {
    pack.actors = pack.actors.filter((a) => {
      const same = ids.has(a.id) ? a.id : known.get(`${a.type}:${normalise(a.name)}`);
      if (same) notes.push(`${file}: '${a.name}' is already known as '${same}'; the user record is not loaded`);
      if (same) remap.set(a.id, same);
      return !same;
    });
  }
  // references to a left-out record point at the built-in one it repeats
  const to = (id: string) => remap.get(id) ?? id;
  for (const { file, pack } of userPacks) {
    // shape-ok: once per load
    pack.actors = pack.actors.map((a) => ({
      ...a,
      affiliations: a.affiliations.map((f) => ({ ...f, target: to(f.target) })), // shape-ok: once per load
      roles: a.roles.map((r) => (r.of ? { ...r, of: to(r.of) } : r)), // shape-ok: once per load, and `of` is there
    }));
    packs.push({ file, pack });
  }
  return { kb: buildActorIndex(checkPacks(packs)), notes };
}
