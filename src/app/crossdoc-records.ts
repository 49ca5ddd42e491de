/**
 * One document's claims prepared for cross-document linking (topic terms, quantities, happenings, attributions),
 * computed once per document version and kept in the store's cross-document index.
 */
import type { ActorIndex } from '../core/actor.js';
import type { EventAnn, TimeExpr } from '../core/doc.js';
import { entityIdFromKey } from '../core/ids.js';
import { isPronounSpeaker } from '../core/vocab.js';
import { contentTerms } from '../analysis/claim-topics.js';
import { blockingKeys, type Happening, type LinkableClaim } from '../analysis/claim-links.js';
import { bandKeys, signature } from '../analysis/near-duplicates.js';
import { blameOf } from '../analysis/responsibility.js';
import type { ClaimRow, CrossDocClaim, CrossDocPrepared, DocAnalysis, EventRow, MentionRow, NewDocument, Store, StoredDocument } from '../store/store.js';

/** What the records read of a document besides its layers. */
export type RecordDoc = Pick<NewDocument, 'id' | 'text'> & { meta: Pick<NewDocument['meta'], 'outlet' | 'title'> };

export interface DocRecords {
  doc: RecordDoc;
  signature: Uint32Array | null;
  bands: string[];
  /** origins without the near-duplicate cluster, which is added when the claims are linked */
  claims: LinkableClaim[];
}

type Span = { start: number; end: number };

/** The text of [from, to) with the given spans blanked: names and dates are not topic words. */
function blanked(text: string, from: number, to: number, spans: Span[]): string {
  let out = '';
  let at = from;
  for (const m of spans) {
    if (m.end <= from || m.start >= to || m.start < at) continue;
    out += `${text.slice(at, m.start)} `;
    at = m.end;
  }
  return out + text.slice(at, to);
}

/** End of the first line when it is the document's title, else 0. */
function headlineEnd(text: string, title: string | null): number {
  const nl = text.indexOf('\n');
  const first = (nl < 0 ? text : text.slice(0, nl)).trim();
  return title && first === title.trim() ? (nl < 0 ? text.length : nl) : 0;
}

const dayRange = (value: string, precision: string | null): { from: string; to: string } | null =>
  precision === 'day' ? { from: value, to: value } : precision === 'month' ? { from: `${value}-01`, to: `${value}-31` } : null;

function happening(e: EventRow, text: string, named: Span[], times: TimeExpr[], kb: ActorIndex, mentionText: Map<string, string>): Happening | null {
  const actors = [...new Set(e.actorEntities)].sort();
  if (!actors.length) return null;
  const ev: EventAnn = e.event;
  const range = ev.date ? dayRange(ev.date, ev.datePrecision) : null;
  const time = range ? times.find((t) => t.start >= ev.evidence.start && t.end <= ev.evidence.end && t.value.startsWith(ev.date!)) : undefined;
  const coords = e.placeEntity?.startsWith('kb:') ? kb.get(e.placeEntity.slice(3))?.coords : undefined;
  const place = e.placeEntity && coords && (ev.geoPrecision ?? 3) <= 2 ? { id: e.placeEntity, name: mentionText.get(ev.place ?? '') ?? e.placeEntity, lat: coords.lat, lon: coords.lon } : null;
  if (!range && !place) return null;
  const spans = [...named, ...times].sort((a, b) => a.start - b.start);
  return {
    at: ev.evidence.start,
    type: ev.type,
    actors,
    terms: [...contentTerms(blanked(text, ev.evidence.start, ev.evidence.end, spans))].sort(),
    date: range ? { from: range.from, to: range.to, text: time?.text ?? ev.date! } : null,
    place,
  };
}

/** "The ministry" after "the Interior Ministry said": the nearest earlier speaker named with the same head noun. */
function earlierSpeaker(earlier: { text: string; key: string }[], text: string): string | null {
  const head = /^the\s+([\p{L}-]+)$/iu.exec(text.trim())?.[1]?.toLowerCase();
  if (!head) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i]!;
    if (e.key !== 'author' && e.text.trim().toLowerCase().split(/\s+/).at(-1) === head) return e.key;
  }
  return null;
}

/** One document's annotation layers, as the records need them. */
export interface DocLayers {
  mentions: MentionRow[];
  claims: ClaimRow[];
  events: EventRow[];
  times: TimeExpr[];
}

/** Above this share of the corpus, reading every layer at once beats reading document by document. */
const BULK_SHARE = 0.5;

/**
 * The documents to redo with their layers: read one document at a time for a batch, or all at once when the batch
 * is most of the corpus (a first analysis, an upgraded store).
 */
export async function* documentsWithLayers(store: Store, ids: string[]): AsyncGenerator<{ doc: StoredDocument; layers: DocLayers }> {
  const latest = await store.crossDocLatestCount();
  if (ids.length > BULK_SHARE * latest) {
    const wanted = new Set(ids);
    const group = <T extends { doc: string }>(rows: T[]) => {
      const m = new Map<string, T[]>();
      for (const r of rows) if (wanted.has(r.doc)) (m.get(r.doc) ?? m.set(r.doc, []).get(r.doc)!).push(r);
      return m;
    };
    const [docs, mentions, claims, events, times] = await Promise.all([store.listDocuments(), store.mentions(), store.claims(), store.events(), store.times()]);
    const [m, c, e, t] = [group(mentions), group(claims), group(events), group(times)];
    const byId = new Map(docs.map((d) => [d.id, d]));
    for (const id of ids) {
      const doc = byId.get(id);
      if (doc) yield { doc, layers: { mentions: m.get(id) ?? [], claims: c.get(id) ?? [], events: e.get(id) ?? [], times: (t.get(id) ?? []).map((x) => x.time) } };
    }
    return;
  }
  for (const id of ids) {
    const doc = await store.getDocument(id);
    if (!doc) continue;
    const [mentions, claims, events, times] = await Promise.all([store.mentions({ doc: id }), store.claims({ doc: id }), store.events({ doc: id }), store.times({ doc: id })]);
    yield { doc, layers: { mentions, claims, events, times: times.map((x) => x.time) } };
  }
}

/** Prepares one document's claims from its layers. */
export function docRecords(kb: ActorIndex, doc: RecordDoc, layers: DocLayers): DocRecords {
  const { mentions, claims: rows, events, times } = layers;
  const text = doc.text;
  const outlet = doc.meta.outlet ?? null;
  const named = mentions.map((m: MentionRow) => m.mention).sort((a, b) => a.start - b.start);
  const mentionText = new Map(named.map((m) => [m.id, m.text]));
  const entityAt = mentions.filter((m) => m.entity).map((m) => ({ start: m.mention.start, end: m.mention.end, entity: m.entity!, text: m.mention.text }));
  const titleEnd = headlineEnd(text, doc.meta.title);
  // a headline restates its own article's claims: linking it would set the article against itself
  const kept = rows.filter((r) => r.claim.evidence.start >= titleEnd).sort((a, b) => a.claim.evidence.start - b.claim.evidence.start);
  const speakers: { text: string; key: string }[] = [];
  // an author's uncued narrative claim (stage 75) sits between claims without pushing its neighbours apart
  const isNarrative = (c: ClaimRow['claim']) => c.kind === 'narrative';
  let counted = 0;
  const claims: LinkableClaim[] = kept.map((r) => {
    const c = r.claim;
    const i = isNarrative(c) ? counted - 0.5 : counted++;
    // a pronoun speaker is shown by the name it stands for ("He" → "Anatoly Sidorov"), so a link's reason reads alone
    const antecedent = c.speaker.text && c.speaker.mention && isPronounSpeaker(c.speaker.text) ? mentionText.get(c.speaker.mention) : undefined;
    const speakerText = antecedent ?? c.speaker.text ?? (c.speaker.kind === 'author' ? (outlet ?? 'the author') : 'unknown');
    const speakerKey = c.speaker.kind === 'author' ? 'author' : (r.speakerEntity ?? earlierSpeaker(speakers, speakerText) ?? `anon:${speakerText.toLowerCase()}`);
    speakers.push({ text: speakerText, key: speakerKey });
    const span = c.spans.content;
    const inContent = span ? entityAt.filter((m) => m.start >= span[0] && m.end <= span[1]).map((m) => ({ ...m, start: m.start - span[0], end: m.end - span[0] })) : []; // shape-ok: read once, into a string
    return {
      id: `${doc.id}/${c.id}`,
      doc: doc.id,
      position: i,
      outlet,
      speakerKey,
      speakerText,
      stance: c.stance,
      content: c.content,
      terms: [...contentTerms(span ? blanked(text, span[0], span[1], named) : c.content)].sort(),
      about: r.aboutEntities,
      quantities: c.quantities.map((q) => ({ value: q.value, min: q.min, max: q.max, unit: q.unit, text: q.text })),
      origins: [
        ...(c.speaker.kind === 'author' ? [] : [`speaker:${r.speakerEntity ?? speakerText.toLowerCase()}`]),
        `outlet:${(outlet ?? doc.id).toLowerCase()}`,
        ...c.chain.map((l) => `via:${l.text.toLowerCase().replace(/^the\s+/, '')}`),
      ],
      blame: blameOf({ content: c.content, cue: c.cue, stance: c.stance, speaker: { entity: r.speakerEntity, text: speakerText }, mentions: inContent }),
      ...(isNarrative(c) ? { narrative: true } : {}),
    };
  });
  attachHappenings(claims, kept.map((r) => r.claim), events, titleEnd, (e) => happening(e, text, named, times, kb, mentionText));
  const sig = signature(text);
  return { doc, signature: sig, bands: sig ? bandKeys(sig) : [], claims };
}

/**
 * Gives each dated or placed happening to the claims that assert it: the claims reporting it (stage 75 makes the
 * author's claim of its sentence the reporter of an event nobody else reports), else an author claim in its
 * sentence. A link end is always a claim a reader can open.
 */
function attachHappenings(claims: LinkableClaim[], anns: { id: string; evidence: Span; speaker: { kind: string } }[], events: EventRow[], titleEnd: number, make: (e: EventRow) => Happening | null): void {
  const byLocal = new Map(anns.map((a, i) => [a.id, claims[i]!]));
  for (const e of events) {
    if (e.event.evidence.start < titleEnd) continue;
    const h = make(e);
    if (!h) continue;
    const reporters = e.event.reportedBy.map((id) => byLocal.get(id)).filter((c): c is LinkableClaim => !!c);
    const authorInSentence = anns.findIndex((a) => a.speaker.kind === 'author' && a.evidence.start <= e.event.evidence.start && a.evidence.end >= e.event.evidence.end);
    const carriers = reporters.length ? reporters : authorInSentence >= 0 ? [claims[authorInSentence]!] : [];
    for (const c of carriers) (c.happenings ??= []).push(h);
  }
}

/** The stored form of a prepared claim; `pos` is its place in the document's list (positions of narratives can tie). */
export function toCrossDocClaim(c: LinkableClaim, pos: number): CrossDocClaim {
  return { id: c.id, doc: c.doc, pos, keys: blockingKeys(c).shared, data: JSON.stringify(c) };
}

/**
 * A document's layers as the store will hand them back once written (entity ids from the links, distinct about and
 * actor entities in order), so records prepared before the write equal records prepared from the store.
 */
export function layersOf(docId: string, a: DocAnalysis | null): DocLayers {
  if (!a) return { mentions: [], claims: [], events: [], times: [] };
  const entityOf = new Map(a.links.map((l) => [l.mention, entityIdFromKey(l.entityKey)]));
  const entities = (ids: string[]) => [...new Set(ids.map((m) => entityOf.get(m)).filter((e): e is string => e !== undefined))];
  const entity = (m: string | null) => (m === null ? null : (entityOf.get(m) ?? null));
  return {
    mentions: a.mentions.map((m) => ({ doc: docId, mention: m, entity: entity(m.id) })),
    claims: a.claims.map((c) => ({ doc: docId, claim: c, speakerEntity: entity(c.speaker.mention), aboutEntities: entities(c.about) })),
    events: a.events.map((e) => ({ doc: docId, event: e, placeEntity: entity(e.place), actorEntities: entities(e.actors) })),
    times: a.times,
  };
}

/** One document's cross-document records, prepared where it is analysed (an ingest worker) to be written with it. */
export function prepareCrossDoc(kb: ActorIndex, doc: NewDocument, analysis: DocAnalysis | null): CrossDocPrepared {
  const r = docRecords(kb, doc, layersOf(doc.id, analysis));
  const sig = r.signature ? new Uint8Array(r.signature.buffer, r.signature.byteOffset, r.signature.byteLength) : null;
  return { signature: sig, bands: r.bands, claims: r.claims.map(toCrossDocClaim) };
}
