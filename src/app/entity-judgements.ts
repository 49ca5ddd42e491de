/**
 * Analysts' corrections of entities: merge two entities, split mentions out of one, link a mention to an actor.
 * Each is a judgement with who/when/why; `applyEntityJudgements` replays them all over the linker's own
 * decisions after every ingest batch and every correction, so they survive re-ingest and re-analysis.
 * @example await mergeEntities(rt, 'kb:taliban', 'group:islamic-emirate', 'same movement', { who: 'ana', now: new Date() })
 */
import type { ActorIndex } from '../core/actor.js';
import { AppError } from '../core/errors.js';
import { entityIdFromKey, sha256Hex } from '../core/ids.js';
import type { EntityRecord, EntitySummary, Judgement, MentionReassignment, MentionRow, Store } from '../store/store.js';
import { refreshCorpusAnalysis } from './corpus-analysis.js';
import type { Who } from './judge.js';
import { resolveEntity } from './query.js';
import type { Runtime } from './runtime.js';

type Rt = Pick<Runtime, 'store' | 'kb'>;
const ENTITY_KINDS: readonly Judgement['kind'][] = ['entity-merge', 'entity-split', 'mention-link'];

function needWhy(why: string | undefined): string {
  if (!why?.trim()) throw new AppError('INVALID_ARGUMENT', 'a judgement needs a reason: add --why "…"');
  return why.trim();
}

const mentionId = (r: MentionRow) => `${r.doc}/${r.mention.id}`;
const spanOf = (r: MentionRow) => `${r.mention.start}-${r.mention.end}`;

/** Records the judgements, then replays every entity judgement and refreshes what depends on entities. */
async function record(rt: Rt, js: Omit<Judgement, 'who' | 'at'>[], by: Who): Promise<number> {
  for (const j of js) await rt.store.addJudgement({ ...j, who: by.who, at: by.now.toISOString() });
  const moved = await applyEntityJudgements(rt.store, rt.kb);
  await refreshCorpusAnalysis(rt.store, rt.kb);
  return moved;
}

/** All of B's mentions become A's, now and after every re-analysis; a later split moves single mentions back. */
export async function mergeEntities(rt: Rt, keep: string, merged: string, why: string | undefined, by: Who): Promise<{ into: EntitySummary; from: EntitySummary; moved: number }> {
  const reason = needWhy(why);
  const [a, b] = [await resolveEntity(rt.store, keep), await resolveEntity(rt.store, merged)];
  if (a.id === b.id) throw new AppError('INVALID_ARGUMENT', `"${keep}" and "${merged}" are the same entity (${a.id})`);
  if (a.type !== b.type) throw new AppError('INVALID_ARGUMENT', `cannot merge a ${b.type} into a ${a.type}`, { hint: 'link single mentions with `dossier link MENTION ACTOR` instead' });
  const moved = await record(rt, [{ kind: 'entity-merge', subject: a.id, object: b.id, value: null, why: reason }], by);
  return { into: a, from: b, moved };
}

/** Finds mentions by scoped id (`doc-…/m12`), in any document version. */
async function findMentions(store: Store, ids: string[]): Promise<MentionRow[]> {
  const rows = await store.mentions({ allVersions: true });
  const byId = new Map(rows.map((r) => [mentionId(r), r]));
  return ids.map((id) => {
    const r = byId.get(id);
    if (!r) throw new AppError('NOT_FOUND', `no mention with id "${id}"`, { hint: 'mention ids look like doc-1a2b3c4d5e6f/m12; `dossier review` lists some' });
    return r;
  });
}

/** The entity a split mention goes to: back to the linker's choice when a merge had moved it, else a new entity of its own. */
function splitTarget(r: MentionRow, from: string, first: string): string {
  const linked = r.link?.entity ?? null;
  if (linked && linked !== from) return linked;
  return `${entityIdFromKey(`new:${r.mention.type}:${r.mention.text}`)}-split-${sha256Hex(first).slice(0, 6)}`;
}

/** Takes mentions out of an entity: one spelling can name two actors (the Afghan province and Gorno-Badakhshan). */
export async function splitMentions(rt: Rt, entity: string, mentions: string[], why: string | undefined, by: Who): Promise<{ from: EntitySummary; to: string[]; moved: number }> {
  const reason = needWhy(why);
  if (mentions.length === 0) throw new AppError('INVALID_ARGUMENT', 'name the mentions to split off with --mention ID');
  const e = await resolveEntity(rt.store, entity);
  const rows = await findMentions(rt.store, mentions);
  const stray = rows.find((r) => r.entity !== e.id);
  if (stray) throw new AppError('INVALID_ARGUMENT', `mention ${mentionId(stray)} ("${stray.mention.text}") is not part of ${e.id}`, { hint: `it refers to ${stray.entity ?? 'no entity'}` });
  const js = rows.map((r) => ({ kind: 'entity-split' as const, subject: mentionId(r), object: spanOf(r), value: splitTarget(r, e.id, mentions[0]!), why: reason }));
  const moved = await record(rt, js, by);
  return { from: e, to: [...new Set(js.map((j) => j.value))], moved };
}

/** Undoes a merge as a whole: the mentions the linker gave to B leave A, now and in later documents. */
export async function unmergeEntities(rt: Rt, entity: string, from: string, why: string | undefined, by: Who): Promise<{ from: EntitySummary; to: string; moved: number }> {
  const reason = needWhy(why);
  const a = await resolveEntity(rt.store, entity);
  const b = await resolveEntity(rt.store, from);
  const inA = (await rt.store.mentions({ entity: a.id, allVersions: true })).filter((r) => r.link?.entity === b.id);
  if (inA.length === 0) throw new AppError('INVALID_ARGUMENT', `${a.id} holds no mentions of ${b.id}`, { hint: 'list them with `dossier mentions`' });
  const moved = await record(rt, [{ kind: 'entity-split', subject: a.id, object: b.id, value: null, why: reason }], by);
  return { from: a, to: b.id, moved };
}

/** Points one mention at an actor: an entity already in the database, or a knowledge-base actor (`kb:<id>` or its id). */
export async function linkMention(rt: Rt, mention: string, actor: string, why: string | undefined, by: Who): Promise<{ entity: string; moved: number }> {
  const reason = needWhy(why);
  const [row] = await findMentions(rt.store, [mention]);
  const kbActor = rt.kb.get(actor.replace(/^kb:/, ''));
  const target = kbActor ? `kb:${kbActor.id}` : (await resolveEntity(rt.store, actor)).id;
  const moved = await record(rt, [{ kind: 'mention-link', subject: mentionId(row!), object: spanOf(row!), value: target, why: reason }], by);
  return { entity: target, moved };
}

/** Replays the entity judgements in order over the linker's decisions; returns how many mentions it moved. */
export async function applyEntityJudgements(store: Store, kb: ActorIndex): Promise<number> {
  const js = (await store.judgements()).filter((j) => ENTITY_KINDS.includes(j.kind));
  if (js.length === 0) return 0;
  const { rows, keyOf } = await replayInput(store, js);
  const target = replay(rows, js, keyOf);
  const changes: MentionReassignment[] = [];
  const needed = new Map<string, EntityRecord>();
  for (const r of rows) {
    const to = target.get(mentionId(r));
    if (to === undefined || to === r.entity) continue;
    changes.push({ mention: mentionId(r), entity: to });
    if (!needed.has(to)) needed.set(to, entityRecord(to, r, kb));
  }
  return changes.length ? store.reassignMentions(changes, [...needed.values()]) : 0;
}

const perMention = (j: Judgement) => j.kind === 'mention-link' || (j.kind === 'entity-split' && j.subject.includes('/'));

/**
 * The mentions a replay can move. Merges and whole unmerges move mentions only between the entities they name, so
 * a mention at any other entity still has the linker's choice and stays; judgements on single mentions need them all.
 */
async function replayInput(store: Store, js: Judgement[]): Promise<{ rows: MentionRow[]; keyOf: Map<string, string> }> {
  if (js.some(perMention)) {
    const keyOf = new Map((await store.listDocuments({ allVersions: true })).map((d) => [d.id, d.key]));
    return { rows: await store.mentions({ allVersions: true }), keyOf };
  }
  const named = [...new Set(js.flatMap((j) => (j.object === null ? [j.subject] : [j.subject, j.object])))].sort();
  const rows: MentionRow[] = [];
  for (const entity of named) rows.push(...(await store.mentions({ entity, allVersions: true })));
  return { rows, keyOf: new Map() };
}

/** The entity every mention ends at: the linker's choice, then each judgement in the order made. */
function replay(rows: MentionRow[], js: Judgement[], keyOf: Map<string, string>): Map<string, string> {
  const at = new Map<string, string>();
  const members = new Map<string, Set<string>>();
  const move = (m: string, to: string) => {
    const from = at.get(m);
    if (from !== undefined) members.get(from)?.delete(m);
    at.set(m, to);
    (members.get(to) ?? members.set(to, new Set()).get(to)!).add(m);
  };
  const linkedOf = new Map<string, string>();
  for (const r of rows) {
    const linked = r.link === undefined ? r.entity : r.link.entity;
    if (linked !== null) move(mentionId(r), linked);
    if (linked !== null) linkedOf.set(mentionId(r), linked);
  }
  const find = sameMentionFinder(rows, keyOf);
  for (const j of js) {
    if (j.kind === 'entity-merge') {
      for (const m of [...(members.get(j.object ?? '') ?? [])]) move(m, j.subject);
    } else if (j.kind === 'entity-split' && !j.subject.includes('/')) {
      // a whole merge undone: the mentions the linker gave to `object` leave `subject` again
      for (const m of [...(members.get(j.subject) ?? [])]) if (linkedOf.get(m) === j.object) move(m, j.object!);
    } else if (j.value) {
      for (const m of find(j.subject, j.object)) move(m, j.value);
    }
  }
  return at;
}

/**
 * The mentions a per-mention judgement applies to: the one it names (by id, or by its span if ids were
 * renumbered) and, in other versions of the same document, the mention with the same text nearest its place.
 */
function sameMentionFinder(rows: MentionRow[], keyOf: Map<string, string>): (id: string, span: string | null) => string[] {
  const byId = new Map(rows.map((r) => [mentionId(r), r]));
  const bySpan = new Map(rows.map((r) => [`${r.doc}@${spanOf(r)}`, r]));
  const byDoc = new Map<string, MentionRow[]>();
  for (const r of rows) (byDoc.get(r.doc) ?? byDoc.set(r.doc, []).get(r.doc)!).push(r);
  const versionsOf = new Map<string, string[]>();
  for (const [doc, key] of keyOf) (versionsOf.get(key) ?? versionsOf.set(key, []).get(key)!).push(doc);
  return (id, span) => {
    const doc = id.slice(0, id.lastIndexOf('/'));
    const r = byId.get(id) ?? bySpan.get(`${doc}@${span}`);
    if (!r) return [];
    const out = [mentionId(r)];
    for (const other of versionsOf.get(keyOf.get(r.doc) ?? '') ?? []) {
      if (other === r.doc) continue;
      const same = (byDoc.get(other) ?? []).filter((x) => x.mention.text === r.mention.text && x.mention.type === r.mention.type);
      const near = same.sort((a, b) => Math.abs(a.mention.start - r.mention.start) - Math.abs(b.mention.start - r.mention.start))[0];
      if (near) out.push(mentionId(near));
    }
    return out;
  };
}

/** A record for an entity a judgement may be the first to use (ignored when it exists). */
function entityRecord(id: string, r: MentionRow, kb: ActorIndex): EntityRecord {
  const actor = id.startsWith('kb:') ? kb.get(id.slice(3)) : undefined;
  if (actor) return { id, name: actor.name, type: actor.type, kbId: actor.id, geo: actor.coords ? { lat: actor.coords.lat, lon: actor.coords.lon } : null };
  return { id, name: r.mention.text, type: r.mention.type, kbId: null, geo: null };
}
