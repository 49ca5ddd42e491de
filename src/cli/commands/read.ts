/** Read commands over the store: docs, entities, entity, claims, search. */
import { AppError } from '../../core/errors.js';
import { ENTITY_TYPES, isPronounSpeaker, type EntityType } from '../../core/vocab.js';
import { resolveConfig } from '../../app/config.js';
import { claimId, entityDossier, resolveEntity } from '../../app/query.js';
import { openRuntime, type Runtime } from '../../app/runtime.js';
import { documentProfile } from '../../app/sourcing-profiles.js';
import { sourcingLines } from './sourcing-format.js';
import type { ClaimRow } from '../../app/query.js';
import { json, table, truncate } from '../format.js';
import type { Io } from '../io.js';

export interface ReadFlags {
  db?: string;
  json?: boolean;
}

/** Opens the database read-only for one command and always closes it. */
export async function withStore<T>(flags: ReadFlags, io: Io, fn: (rt: Runtime) => Promise<T>): Promise<T> {
  const rt = openRuntime(resolveConfig({ db: flags.db }, io.env), { readonly: true });
  try {
    return await fn(rt);
  } finally {
    await rt.close();
  }
}

export async function docsCommand(flags: ReadFlags & { all?: boolean }, io: Io): Promise<number> {
  return withStore(flags, io, async ({ store }) => {
    const docs = await store.listDocuments({ allVersions: flags.all ?? false });
    if (flags.json) {
      io.out(json(docs.map(({ text: _t, stripped: _s, ...d }) => d)));
      return 0;
    }
    io.out(
      table(
        docs.map((d) => [d.id, d.version, truncate(d.meta.title ?? d.source, 48), d.meta.outlet, d.meta.author, d.meta.published, d.analysed ? d.language : (d.note ?? d.language)]),
        ['id', 'v', 'title', 'outlet', 'author', 'published', 'language'],
      ),
    );
    return 0;
  });
}

/** One document: metadata with each field's basis, the cleaned text, and on request what the cleaner stripped. */
export async function docCommand(id: string, flags: ReadFlags & { stripped?: boolean }, io: Io): Promise<number> {
  return withStore(flags, io, async ({ store }) => {
    const d = await store.getDocument(id);
    if (!d) {
      const ids = (await store.listDocuments({ allVersions: true })).map((x) => x.id);
      const near = ids.filter((x) => x.startsWith(id.slice(0, 8)));
      throw new AppError('NOT_FOUND', `no document with id "${id}"`, { hint: near.length ? `did you mean: ${near.slice(0, 5).join(', ')}?` : 'run `dossier docs` to list documents' });
    }
    const sourcing = await documentProfile(store, d);
    if (flags.json) {
      io.out(json({ ...(flags.stripped ? d : { ...d, stripped: undefined }), sourcing }));
      return 0;
    }
    const m = d.meta;
    const field = (k: string, v: string | null) => `${k.padEnd(10)}${v ?? '—'}${v && m.basis[k] ? `  (${m.basis[k]})` : ''}\n`;
    io.out(`${d.id}  version ${d.version}${d.latest ? '' : ' (superseded)'}  ${d.source}\n`);
    io.out(field('title', m.title) + field('author', m.author) + field('outlet', m.outlet) + field('published', m.published) + field('url', m.url));
    io.out(`language  ${d.language}${d.analysed ? '' : ` — ${d.note ?? 'not analysed'}`}   encoding ${d.encoding}\n\n${d.text}\n`);
    if (sourcing) io.out(`\n${sourcingLines(sourcing)}`);
    if (flags.stripped) {
      io.out(`\n— stripped by the cleaner (${d.stripped.length}) —\n`);
      for (const s of d.stripped) io.out(`${s.reason}: ${s.text}\n`);
    }
    return 0;
  });
}

export async function entitiesCommand(flags: ReadFlags & { type?: string; limit?: string }, io: Io): Promise<number> {
  const type = flags.type?.toUpperCase();
  if (type !== undefined && !(ENTITY_TYPES as readonly string[]).includes(type)) {
    throw new AppError('INVALID_ARGUMENT', `unknown type "${flags.type}"`, { hint: `types: ${ENTITY_TYPES.join(', ')}` });
  }
  return withStore(flags, io, async ({ store }) => {
    let list = await store.listEntities(type ? { type: type as EntityType } : {});
    if (flags.limit) list = list.slice(0, Number(flags.limit));
    if (flags.json) io.out(json(list));
    else io.out(table(list.map((e) => [e.id, e.type, e.name, e.mentionCount, e.docCount, truncate(e.aliases.join(', '), 60)]), ['id', 'type', 'name', 'mentions', 'docs', 'spellings']));
    return 0;
  });
}

/** A table row of a claim; a speaker named by a pronoun is shown with the entity it stands for: "He (Anatoly Sidorov)". */
function claimLine(r: ClaimRow, names: ReadonlyMap<string, string> = new Map()): string[] {
  const c = r.claim;
  const named = r.speakerEntity && c.speaker.text && isPronounSpeaker(c.speaker.text) ? names.get(r.speakerEntity) : undefined;
  const speaker = c.speaker.kind === 'author' ? '(author)' : named ? `${c.speaker.text} (${named})` : (c.speaker.text ?? '?');
  const via = c.chain.length ? ` via ${c.chain.map((l) => l.text).join(' → ')}` : '';
  const flags = [c.hedged ? 'hedged' : '', c.quote ? 'quote' : '', c.sourcing !== 'named' ? c.sourcing : ''].filter(Boolean).join(',');
  return [claimId(r), truncate(speaker + via, 40), c.cue, c.stance, flags, truncate(c.content, 80)];
}

export async function entityCommand(name: string, flags: ReadFlags, io: Io): Promise<number> {
  return withStore(flags, io, async ({ store }) => {
    const d = await entityDossier(store, await resolveEntity(store, name));
    if (flags.json) {
      io.out(json(d));
      return 0;
    }
    const e = d.entity;
    io.out(`${e.name}  [${e.type}]  ${e.id}${e.kbId ? '  (knowledge base)' : ''}\n`);
    io.out(`${e.mentionCount} mentions in ${e.docCount} documents\n\nSpellings:\n`);
    for (const s of d.spellings) io.out(`  ${s.text}  — in ${s.docs.join(', ')}\n`);
    io.out('\nMentions per document:\n');
    io.out(table(d.perDocument.map((p) => [p.doc.id, p.mentions, truncate(p.doc.meta.title ?? p.doc.source, 50), p.doc.meta.outlet])));
    io.out(`\nClaims made by ${e.name} (${d.claimsBy.length}):\n`);
    if (d.claimsBy.length) io.out(table(d.claimsBy.map((r) => claimLine(r))));
    io.out(`\nClaims about ${e.name} (${d.claimsAbout.length}):\n`);
    if (d.claimsAbout.length) io.out(table(d.claimsAbout.map((r) => claimLine(r))));
    io.out(`\nEvents (${d.events.length}):\n`);
    if (d.events.length) io.out(table(d.events.map((v) => [v.event.type, v.event.subtype, v.event.date, v.placeEntity])));
    return 0;
  });
}

export async function claimsCommand(flags: ReadFlags & { speaker?: string; about?: string }, io: Io): Promise<number> {
  return withStore(flags, io, async ({ store }) => {
    const speaker = flags.speaker ? (await resolveEntity(store, flags.speaker)).id : undefined;
    const about = flags.about ? (await resolveEntity(store, flags.about)).id : undefined;
    const rows = await store.claims({ ...(speaker ? { speaker } : {}), ...(about ? { about } : {}) });
    if (flags.json) io.out(json(rows.map((r) => ({ ...r.claim, id: claimId(r), doc: r.doc, speakerEntity: r.speakerEntity, about: r.aboutEntities }))));
    else {
      const names = new Map((await store.entityNames()).map((e) => [e.id, e.name]));
      io.out(rows.length ? table(rows.map((r) => claimLine(r, names)), ['id', 'speaker', 'cue', 'stance', 'flags', 'content']) : 'no claims match\n');
    }
    return 0;
  });
}

export async function searchCommand(text: string, flags: ReadFlags & { limit?: string }, io: Io): Promise<number> {
  if (!text.trim()) throw new AppError('INVALID_ARGUMENT', 'give some text to search for');
  return withStore(flags, io, async ({ store }) => {
    const hits = await store.search(text, flags.limit ? Number(flags.limit) : 20);
    if (flags.json) io.out(json(hits));
    else io.out(hits.length ? table(hits.map((h) => [h.kind, h.id, truncate(h.snippet, 100)]), ['kind', 'id', 'snippet']) : `nothing found for "${text}"\n`);
    return 0;
  });
}
