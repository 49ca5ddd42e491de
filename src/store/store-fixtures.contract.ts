/** Small documents for the store contract, written for it; offsets are computed, never typed in. */
import type { ArticleMeta, ClaimAnn, EventAnn, Mention, MentionLink, RelationAnn, TimeExpr } from '../core/doc.js';
import { docId, entityIdFromKey, sha256Hex } from '../core/ids.js';
import type { EntityType } from '../core/vocab.js';
import type { DocAnalysis, EntityRecord, NewDocument, PutResult, Store } from './store.js';

export interface Fixture {
  doc: NewDocument;
  analysis: DocAnalysis | null;
  entities: EntityRecord[];
}

/** A surface form marked at every occurrence; `key` defaults to `new:TYPE:surface`, null leaves it unlinked. */
export type NameSpec = { surface: string; type: EntityType; key?: string | null; name?: string; geo?: { lat: number; lon: number } };

/** A mention reference: a surface form, with `#n` for its n-th occurrence (0-based). */
type Ref = string;

export interface ClaimSpec {
  speaker: Ref | null;
  speakerText?: string;
  cue: string;
  stance?: ClaimAnn['stance'];
  content: string;
  about: Ref[];
}

export interface FixtureSpec {
  key: string;
  text: string;
  title?: string;
  names?: NameSpec[];
  claims?: ClaimSpec[];
  events?: { type: string; actors: Ref[]; place: Ref | null; evidence: string; reportedBy?: number[] }[];
  relations?: { type: string; source: Ref; target: Ref; evidence: string; claim?: number }[];
  times?: { text: string; value: string }[];
  /** store the document without an analysis, as for a language the pipeline does not handle */
  unanalysed?: boolean;
}

const STAGE = 'contract@1';

export function meta(over: Partial<ArticleMeta> = {}): ArticleMeta {
  return { title: null, author: null, outlet: null, published: null, publishedBasis: null, url: null, basis: {}, ...over };
}

function spanOf(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`fixture: '${part}' not in text`);
  return { start, end: start + part.length };
}

function markNames(text: string, names: NameSpec[]): { mentions: Mention[]; links: MentionLink[]; entities: EntityRecord[] } {
  const found: { start: number; spec: NameSpec }[] = [];
  for (const spec of names) {
    for (let at = text.indexOf(spec.surface); at >= 0; at = text.indexOf(spec.surface, at + spec.surface.length)) {
      found.push({ start: at, spec });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const mentions: Mention[] = [];
  const links: MentionLink[] = [];
  const entities = new Map<string, EntityRecord>();
  found.forEach(({ start, spec }, i) => {
    const id = `m${i}`;
    mentions.push({ id, start, end: start + spec.surface.length, text: spec.surface, type: spec.type, basis: 'contract', stage: STAGE });
    const key = spec.key === undefined ? `new:${spec.type}:${spec.surface.toLowerCase()}` : spec.key;
    if (key === null) return;
    const kbId = key.startsWith('kb:') ? key.slice(3) : null;
    const name = spec.name ?? spec.surface;
    links.push({ mention: id, entityKey: key, kbId, name, type: spec.type, stage: STAGE });
    const eid = entityIdFromKey(key);
    if (!entities.has(eid)) entities.set(eid, { id: eid, name, type: spec.type, kbId, geo: spec.geo ?? null });
  });
  return { mentions, links, entities: [...entities.values()] };
}

function resolver(mentions: Mention[]): (ref: Ref) => string {
  return (ref) => {
    const [surface, nth] = ref.split('#') as [string, string | undefined];
    const m = mentions.filter((x) => x.text === surface)[Number(nth ?? 0)];
    if (!m) throw new Error(`fixture: no mention '${ref}'`);
    return m.id;
  };
}

function claim(text: string, ref: (r: Ref) => string, spec: ClaimSpec, i: number): ClaimAnn {
  const content = spanOf(text, spec.content);
  const cue = spanOf(text, spec.cue);
  const speaker = spec.speaker === null ? null : ref(spec.speaker);
  return {
    id: `c${i}`,
    speaker: { kind: speaker ? 'named' : 'anonymous', mention: speaker, text: spec.speakerText ?? spec.speaker?.split('#')[0] ?? null },
    chain: [],
    cue: spec.cue,
    kind: 'statement',
    stance: spec.stance ?? 'assert',
    hedged: false,
    hedges: [],
    quote: false,
    sourcing: speaker ? 'named' : 'anonymous',
    saidOn: null,
    content: spec.content,
    about: spec.about.map(ref),
    quantities: [],
    evidence: { start: Math.min(cue.start, content.start), end: Math.max(cue.end, content.end) },
    spans: { source: null, cue: [cue.start, cue.end], content: [content.start, content.end] },
    stage: STAGE,
  };
}

function analyse(spec: FixtureSpec): { analysis: DocAnalysis; entities: EntityRecord[] } {
  const { mentions, links, entities } = markNames(spec.text, spec.names ?? []);
  const ref = resolver(mentions);
  const claims = (spec.claims ?? []).map((c, i) => claim(spec.text, ref, c, i));
  const events: EventAnn[] = (spec.events ?? []).map((e, i) => ({
    id: `e${i}`, type: e.type, subtype: null, date: null, datePrecision: null,
    place: e.place === null ? null : ref(e.place), geoPrecision: e.place === null ? null : 2,
    actors: e.actors.map(ref), fatalities: null, reportedBy: (e.reportedBy ?? []).map((n) => `c${n}`),
    evidence: spanOf(spec.text, e.evidence), stage: STAGE,
  }));
  const relations: RelationAnn[] = (spec.relations ?? []).map((r, i) => ({
    id: `r${i}`, type: r.type, source: ref(r.source), target: ref(r.target),
    claim: r.claim === undefined ? null : `c${r.claim}`, evidence: spanOf(spec.text, r.evidence), stage: STAGE,
  }));
  const times: TimeExpr[] = (spec.times ?? []).map((t) => ({
    ...spanOf(spec.text, t.text), text: t.text, value: t.value, precision: 'day', yearInferred: false, stage: STAGE,
  }));
  return { analysis: { mentions, links, times, claims, events, relations }, entities };
}

/** Builds a document with its analysis and entity records from a compact spec. */
export function fixture(spec: FixtureSpec): Fixture {
  const sha256 = sha256Hex(`${spec.key}\n${spec.text}`);
  const doc: NewDocument = {
    id: docId(sha256), key: spec.key, source: spec.key, sha256, encoding: 'utf-8', language: spec.unanalysed ? 'ru' : 'en',
    analysed: !spec.unanalysed, note: spec.unanalysed ? 'not analysed (language ru)' : null, text: spec.text,
    meta: meta({ title: spec.title ?? null, outlet: 'Contract Daily', published: '2024-10-15', publishedBasis: 'supplied', basis: { published: 'supplied' } }),
    stripped: [{ text: 'Share this article', reason: 'boilerplate' }],
  };
  if (spec.unanalysed) return { doc, analysis: null, entities: [] };
  return { doc, ...analyse(spec) };
}

export const KEY_A = 'feeds/border-report.txt';

/** A report with a named speaker, a denial, an allegation, an event, a relation and a date. */
export function borderReport(): Fixture {
  return fixture({
    key: KEY_A,
    title: 'Night crossing on the Panj',
    text:
      'Colonel Amir Nazarov of the Border Troops said on Tuesday that Taliban fighters had crossed the Panj river at night. ' +
      'The Taliban denied the account, and a Taliban spokesman called the report a provocation by Dushanbe.',
    names: [
      { surface: 'Amir Nazarov', type: 'PERSON' },
      { surface: 'Border Troops', type: 'ORG' },
      { surface: 'Taliban', type: 'GROUP', key: 'kb:taliban' },
      { surface: 'Panj', type: 'LOC' },
      { surface: 'Dushanbe', type: 'GPE', key: 'kb:dushanbe', geo: { lat: 38.56, lon: 68.78 } },
    ],
    claims: [
      { speaker: 'Amir Nazarov', cue: 'said', content: 'Taliban fighters had crossed the Panj river at night', about: ['Taliban', 'Panj'] },
      { speaker: 'Taliban#1', cue: 'denied', stance: 'deny', content: 'the account', about: [] },
      { speaker: 'Taliban#2', cue: 'called', stance: 'allege', content: 'the report a provocation by Dushanbe', about: ['Dushanbe'] },
    ],
    events: [{ type: 'border-crossing', actors: ['Taliban'], place: 'Panj', evidence: 'Taliban fighters had crossed the Panj river', reportedBy: [0] }],
    relations: [{ type: 'member-of', source: 'Amir Nazarov', target: 'Border Troops', evidence: 'Amir Nazarov of the Border Troops' }],
    times: [{ text: 'Tuesday', value: '2024-10-15' }],
  });
}

/** A later version of the border report (same key, new wording, no Dushanbe). */
export function borderReportRevised(): Fixture {
  return fixture({
    key: KEY_A,
    title: 'Correction: no crossing on the Panj',
    text: 'Colonel Amir Nazarov of the Border Troops said on Wednesday that nobody had crossed the Panj river. The Taliban welcomed the correction.',
    names: [
      { surface: 'Amir Nazarov', type: 'PERSON' },
      { surface: 'Border Troops', type: 'ORG' },
      { surface: 'Taliban', type: 'GROUP', key: 'kb:taliban' },
      { surface: 'Panj', type: 'LOC' },
    ],
    claims: [{ speaker: 'Amir Nazarov', cue: 'said', content: 'nobody had crossed the Panj river', about: ['Panj'] }],
    times: [{ text: 'Wednesday', value: '2024-10-16' }],
  });
}

/** Anonymous sources, a hyphenated group name, an unlinked place and a relation resting on a claim. */
export function capitalBriefing(): Fixture {
  return fixture({
    key: 'wire/capital-briefing.txt',
    title: 'Capital briefing',
    text:
      'Officials in Dushanbe said the Islamic Emirate had moved troops towards ISIS-K hideouts in Badakhshan. ' +
      'An unnamed diplomat expected that Russia would send advisers to the border.',
    names: [
      { surface: 'Dushanbe', type: 'GPE', key: 'kb:dushanbe' },
      { surface: 'Islamic Emirate', type: 'GROUP', key: 'kb:taliban', name: 'Taliban' },
      { surface: 'ISIS-K', type: 'GROUP', key: 'kb:iskp', name: 'Islamic State Khorasan Province' },
      { surface: 'Badakhshan', type: 'LOC', key: null },
      { surface: 'Russia', type: 'GPE', key: 'kb:russia' },
    ],
    claims: [
      {
        speaker: null, speakerText: 'Officials in Dushanbe', cue: 'said',
        content: 'the Islamic Emirate had moved troops towards ISIS-K hideouts in Badakhshan', about: ['Islamic Emirate', 'ISIS-K', 'Badakhshan'],
      },
      { speaker: null, speakerText: 'An unnamed diplomat', cue: 'expected', stance: 'predict', content: 'Russia would send advisers to the border', about: ['Russia'] },
    ],
    events: [{ type: 'troop-movement', actors: ['Islamic Emirate'], place: 'Badakhshan', evidence: 'the Islamic Emirate had moved troops', reportedBy: [0] }],
    relations: [{ type: 'hostile-to', source: 'Islamic Emirate', target: 'ISIS-K', evidence: 'moved troops towards ISIS-K hideouts', claim: 0 }],
  });
}

/** A document kept without analysis. */
export function unanalysedNote(): Fixture {
  return fixture({ key: 'feeds/ru-note.txt', text: 'Короткая заметка о ситуации на границе.', unanalysed: true });
}

/** A short valid report, the base for the broken variants below. */
export function convoyReport(): Fixture {
  return fixture({
    key: 'feeds/convoy.txt',
    text: 'A convoy of the Border Troops reached Khorog after the storm.',
    names: [
      { surface: 'Border Troops', type: 'ORG' },
      { surface: 'Khorog', type: 'GPE' },
    ],
    claims: [{ speaker: null, speakerText: 'A convoy', cue: 'reached', content: 'Khorog after the storm', about: ['Khorog'] }],
  });
}

/** Ways to make an otherwise valid analysis unstorable; each must leave the store untouched. */
export const BREAKAGES: [string, (a: DocAnalysis) => void][] = [
  ['a link to a mention that does not exist', (a) => {
    a.links.push({ mention: 'm99', entityKey: 'new:GPE:nowhere', kbId: null, name: 'Nowhere', type: 'GPE', stage: STAGE });
  }],
  ['a claim about a mention that does not exist', (a) => {
    a.claims[0]!.about.push('m42');
  }],
  ['a relation whose target mention does not exist', (a) => {
    a.relations.push({ id: 'r9', type: 'member-of', source: 'm0', target: 'm77', claim: null, evidence: { start: 0, end: 1 }, stage: STAGE });
  }],
];

export function put(store: Store, fx: Fixture): Promise<PutResult> {
  return store.putDocument(fx.doc, fx.analysis, fx.entities);
}
