// A small dossier.export/1 in our own words, covering every entity type, stance, link kind and the XML-hostile names; tests only.
import { ExportSchema, type DossierExport } from '../core/export-schema.js';

const TEXTS = {
  'doc-aaaaaaaaaaa1':
    'Officials of the State Committee for National Security said on Monday that 12 militants of the Islamic State Khorasan Province crossed the Panj near Khorog. ' +
    'The Taliban denied that any fighters had crossed. President Emomali Rahmon vowed to reinforce the border. ' +
    'Smith & Sons "Security" <Ltd> reported the Tajiks in the valley were calm.',
  'doc-aaaaaaaaaaa2':
    'According to a local elder quoted by Asia Wire, between 20 and 30 fighters took part, and the Taliban allegedly helped them near Khorog. ' +
    'Tajikistan withdrew its earlier statement about 12 militants.',
  'doc-aaaaaaaaaaa3': 'Roughly thousands of residents fled Khorog, the paper estimated, while the committee said the Taliban had attacked Tajikistan.',
} as const;
type DocId = keyof typeof TEXTS;

/** `{start, end, text}` of the n-th occurrence of `needle` in a fixture document. */
function at(doc: DocId, needle: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXTS[doc].indexOf(needle, start + 1);
  if (start < 0) throw new Error(`fixture: "${needle}" not in ${doc}`);
  return { start, end: start + needle.length, text: needle };
}
const mention = (doc: DocId, needle: string, n: number, nth = 0) => ({ id: `${doc}/m${n}`, doc, ...at(doc, needle, nth), role: null });
const pairOf = (doc: DocId, needle: string) => {
  const s = at(doc, needle);
  return [s.start, s.end] as [number, number];
};

const D1 = 'doc-aaaaaaaaaaa1';
const D2 = 'doc-aaaaaaaaaaa2';
const D3 = 'doc-aaaaaaaaaaa3';

function claim(id: string, doc: DocId, over: Record<string, unknown>) {
  const evidence = over['evidence'] as { start: number; end: number; text: string };
  return {
    id: `${doc}/${id}`,
    doc,
    speaker: { kind: 'named', entity: null, text: null },
    chain: [],
    cue: 'said',
    kind: 'statement',
    stance: 'assert',
    hedged: false,
    quote: false,
    sourcing: 'named',
    said_on: null,
    content: evidence.text,
    about: [],
    quantities: [],
    credibility: null,
    spans: { source: null, cue: null, content: null },
    ...over,
  };
}

/** The fixture, validated against the export schema (so a schema change breaks the fixture loudly). */
export function fixtureExport(): DossierExport {
  const doc = (id: DocId, meta: Record<string, unknown>) => ({
    id,
    source: `${id}.txt`,
    url: null,
    sha256: id.slice(-1).repeat(64).replace(/[^0-9a-f]/g, 'a'),
    title: null,
    author: null,
    outlet: null,
    published: null,
    published_basis: null,
    language: 'en',
    analysed: true,
    text: TEXTS[id],
    ...meta,
  });
  return ExportSchema.parse({
    schema: 'dossier.export/1',
    generated: '2025-03-01T12:00:00.000Z',
    documents: [
      doc(D1, { title: 'Militants cross the Panj', outlet: 'Asia Wire', url: 'https://asiawire.example/news/panj?a=1&b=2', published: '2024-09-04', published_basis: 'stated', author: 'A. Writer' }),
      doc(D2, { outlet: 'Steppe Herald', published: '2024-10', published_basis: 'url', version: 2 }),
      doc(D3, { published: '2025-02-30' }),
    ],
    entities: [
      { id: 'kb:gknb', name: 'State Committee for National Security', type: 'ORG', kb_id: 'gknb', aliases: ['GKNB', 'committee'], mentions: [mention(D1, 'State Committee for National Security', 1), mention(D3, 'committee', 9)], geo: null },
      { id: 'kb:iskp', name: 'Islamic State Khorasan Province', type: 'GROUP', kb_id: 'iskp', aliases: ['ISKP', 'ISIS-K'], mentions: [mention(D1, 'Islamic State Khorasan Province', 2)], geo: null },
      { id: 'kb:taliban', name: 'Taliban', type: 'GROUP', kb_id: 'taliban', aliases: ['Islamic Emirate'], mentions: [mention(D1, 'Taliban', 3), mention(D2, 'Taliban', 3), mention(D3, 'Taliban', 3)], geo: null },
      { id: 'loc:panj', name: 'Panj', type: 'LOC', kb_id: null, aliases: ['Panj River'], mentions: [mention(D1, 'Panj', 4)], geo: null },
      { id: 'gpe:khorog', name: 'Khorog', type: 'GPE', kb_id: null, aliases: ['Khorugh'], mentions: [mention(D1, 'Khorog', 5), mention(D2, 'Khorog', 5), mention(D3, 'Khorog', 5)], geo: null },
      { id: 'kb:tajikistan', name: 'Tajikistan', type: 'GPE', kb_id: 'tajikistan', aliases: ['Republic of Tajikistan'], mentions: [mention(D2, 'Tajikistan', 6), mention(D3, 'Tajikistan', 6)], geo: { lat: 38.86, lon: 71.28 } },
      { id: 'kb:rahmon', name: 'Emomali Rahmon', type: 'PERSON', kb_id: 'rahmon', aliases: ['Rahmon', 'Rakhmon'], mentions: [mention(D1, 'Emomali Rahmon', 7)], geo: null },
      { id: 'norp:tajiks', name: 'Tajiks', type: 'NORP', kb_id: null, aliases: [], mentions: [mention(D1, 'Tajiks', 8)], geo: null },
      { id: 'org:smith-sons-security-ltd', name: 'Smith & Sons "Security" <Ltd>', type: 'ORG', kb_id: null, aliases: ["Smith's\u0007 Sons"], mentions: [mention(D1, 'Smith & Sons "Security" <Ltd>', 10)], geo: null },
      { id: 'kb:asia-wire', name: 'Asia Wire', type: 'ORG', kb_id: 'asia-wire', aliases: [], mentions: [mention(D2, 'Asia Wire', 11)], geo: null },
      { id: 'other:border', name: 'the border', type: 'OTHER', kb_id: null, aliases: [], mentions: [], geo: null },
    ],
    claims: [
      claim('c1', D1, {
        speaker: { kind: 'named', entity: 'kb:gknb', text: 'Officials of the State Committee for National Security' },
        said_on: '2024-09-02',
        about: ['kb:iskp', 'loc:panj', 'gpe:khorog'],
        quantities: [{ value: 12, min: null, max: null, unit: 'militants', qualifier: null, text: '12 militants' }],
        credibility: 2,
        evidence: at(D1, TEXTS[D1].slice(0, TEXTS[D1].indexOf('. ') + 1)),
        spans: { source: pairOf(D1, 'Officials of the State Committee for National Security'), cue: pairOf(D1, 'said'), content: pairOf(D1, '12 militants of the Islamic State Khorasan Province crossed the Panj near Khorog') },
      }),
      claim('c2', D1, { speaker: { kind: 'named', entity: 'kb:taliban', text: 'The Taliban' }, cue: 'denied', stance: 'deny', about: ['kb:taliban'], credibility: 4, evidence: at(D1, 'The Taliban denied that any fighters had crossed.') }),
      claim('c3', D1, { speaker: { kind: 'named', entity: 'kb:rahmon', text: 'President Emomali Rahmon' }, cue: 'vowed', stance: 'predict', kind: 'intention', about: ['other:border'], credibility: 6, evidence: at(D1, 'President Emomali Rahmon vowed to reinforce the border.') }),
      claim('c4', D2, {
        speaker: { kind: 'anonymous', entity: null, text: 'a local elder' },
        chain: [{ entity: 'kb:asia-wire', text: 'Asia Wire', role: 'outlet' }, { entity: null, text: 'a radio host', role: 'via' }],
        cue: 'According to',
        stance: 'allege',
        hedged: true,
        sourcing: 'anonymous',
        about: ['kb:taliban', 'gpe:khorog', 'entity:missing'],
        quantities: [{ value: null, min: 20, max: 30, unit: 'fighters', qualifier: 'between', text: 'between 20 and 30 fighters' }],
        credibility: 3,
        evidence: at(D2, TEXTS[D2].slice(0, TEXTS[D2].indexOf('. ') + 1)),
      }),
      claim('c5', D2, { speaker: { kind: 'named', entity: 'kb:tajikistan', text: 'Tajikistan' }, cue: 'withdrew', stance: 'retract', about: ['kb:iskp'], evidence: at(D2, 'Tajikistan withdrew its earlier statement about 12 militants.') }),
      claim('c6', D3, {
        speaker: { kind: 'author', entity: null, text: null },
        cue: 'estimated',
        stance: 'estimate',
        sourcing: 'unattributed',
        quote: true,
        content: 'Roughly thousands of residents fled Khorog',
        about: ['gpe:khorog'],
        quantities: [{ value: null, min: 1000, max: 9999, unit: 'residents', qualifier: 'roughly', text: 'Roughly thousands of residents' }],
        credibility: 5,
        evidence: at(D3, TEXTS[D3]),
      }),
    ],
    events: [
      { id: `${D1}/e1`, doc: D1, type: 'border-crossing', subtype: null, date: '2024-09-02', date_precision: 'day', place: 'gpe:khorog', geo_precision: 1, actors: ['kb:iskp'], fatalities: null, reported_by: [`${D1}/c1`], evidence: at(D1, 'crossed the Panj near Khorog') },
      { id: `${D3}/e1`, doc: D3, type: 'battles', subtype: 'armed clash', date: null, date_precision: null, place: 'kb:tajikistan', geo_precision: 3, actors: ['kb:taliban'], fatalities: 0, reported_by: [], evidence: at(D3, 'the Taliban had attacked Tajikistan') },
    ],
    relations: [
      { id: `${D1}/r1`, type: 'member-of', source: 'kb:rahmon', target: 'kb:gknb', doc: D1, claim: null, evidence: at(D1, 'President Emomali Rahmon') },
      { id: `${D1}/r2`, type: 'located-in', source: 'gpe:khorog', target: 'kb:tajikistan', doc: D1, claim: null, evidence: at(D1, 'near Khorog') },
      { id: `${D2}/r1`, type: 'hostile-to', source: 'kb:taliban', target: 'kb:iskp', doc: D2, claim: `${D2}/c4`, evidence: at(D2, 'the Taliban allegedly helped them') },
      { id: `${D3}/r1`, type: 'attacks', source: 'kb:taliban', target: 'kb:tajikistan', doc: D3, claim: null, evidence: at(D3, 'the Taliban had attacked Tajikistan') },
      { id: `${D3}/r2`, type: 'located-in', source: 'kb:gknb', target: 'kb:tajikistan', doc: D3, claim: null, evidence: at(D3, 'the committee') },
    ],
    links: [
      { kind: 'contradicts', conflict: 'quantity', a: `${D1}/c1`, b: `${D2}/c4`, reason: '"12 militants" vs "between 20 and 30 fighters"' },
      { kind: 'contradicts', conflict: 'denial', a: `${D1}/c2`, b: `${D1}/c1`, reason: '"denied" vs "crossed"' },
      { kind: 'corroborates', conflict: null, a: `${D1}/c1`, b: `${D2}/c4`, reason: 'both report fighters near Khorog' },
      { kind: 'retracts', conflict: 'retraction', a: `${D2}/c5`, b: `${D1}/c1`, reason: '"withdrew" vs "12 militants"' },
      { kind: 'refutes', conflict: 'refutation', a: `${D2}/c5`, b: `${D3}/c6`, reason: 'made-up pair for coverage' },
      { kind: 'scope', conflict: null, a: `${D3}/c6`, b: `${D1}/c1`, reason: 'residents vs militants' },
    ],
    sources: [
      { outlet: 'Asia Wire', reliability: 'B', basis: 'set by the analyst & reviewed' },
      { outlet: 'Steppe Herald', reliability: 'F', basis: 'cannot be judged' },
    ],
  });
}
