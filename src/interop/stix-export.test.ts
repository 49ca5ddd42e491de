import { describe, expect, it } from 'vitest';
import { fixtureExport } from './fixture.contract.js';
import { envelopeProblems, schemaProblems, schemasPresent, STIX_SCHEMAS } from './stix-schemas.contract.js';
import { extensionId } from './stix-extensions.js';
import { stixId, uuidv5 } from './stix-ids.js';
import { lintStixBundle } from './stix-lint.js';
import { relationshipType, toStixBundle } from './stix-export.js';
import { stixTime } from './stix-common.js';
import { TLP2_MARKING_IDS, TLP_LEVELS } from './stix-vocab.js';

if (!schemasPresent && process.env['CI']) throw new Error(`STIX schemas missing at ${STIX_SCHEMAS}: CI must have ../shared`);

const x = fixtureExport();
const bundle = toStixBundle(x, { tlp: 'amber' });
const objs = bundle.objects;
const byType = (t: string) => objs.filter((o) => o.type === t);
const get = (id: string) => objs.find((o) => o.id === id)!;
const entityRef = (type: string, id: string) => stixId(type, `entity:${id}`);

describe('uuidv5', () => {
  it.each([
    ['python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '886313e1-3b8a-5372-9b90-0c9aee199e5d'],
    ['dossier.export/1', '00abedb4-aa42-466c-9c01-fed23315a9b7', 'fea0b7f1-4b8a-5cc0-b849-0425ab05a07c'],
  ])('%s in %s', (name, ns, want) => expect(uuidv5(name, ns)).toBe(want));
});

describe.skipIf(!schemasPresent)('STIX bundle against the OASIS schemas', () => {
  it('every object validates against its own type schema, extensions against theirs', () => {
    expect(schemaProblems(bundle)).toEqual([]);
  });
  it('the envelope validates', () => expect(envelopeProblems(bundle as never)).toEqual([]));
  it('the checker catches a broken object', () => {
    const broken = { objects: [{ ...get(entityRef('location', 'gpe:khorog')), latitude: 95 }] };
    expect(schemaProblems(broken).length).toBeGreaterThan(0);
  });
  it.each(TLP_LEVELS)('TLP:%s marking validates and is referenced', (tlp) => {
    const b = toStixBundle(x, { tlp });
    expect(schemaProblems({ objects: b.objects.filter((o) => o.type === 'marking-definition') })).toEqual([]);
    expect(b.objects.find((o) => o.type === 'report')!['object_marking_refs']).toEqual([TLP2_MARKING_IDS[tlp]]);
  });
});

describe('STIX bundle: the validator rules beyond the schemas', () => {
  it('passes the lint (ids v4/v5, timestamps, refs, relationship vocabulary, declared extensions)', () => {
    expect(lintStixBundle(bundle)).toEqual([]);
    expect(lintStixBundle(toStixBundle(x, { compat: 'opencti' }), { compat: 'opencti' })).toEqual([]);
  });
  it.each([
    ['an undeclared x_ property', (o: Record<string, unknown>) => ({ ...o, x_secret: 1 }), /not declared/],
    ['a v1 uuid', (o: Record<string, unknown>) => ({ ...o, id: 'report--6ba7b810-9dad-11d1-80b4-00c04fd430c8' }), /uuid v4\/v5/],
    ['seconds-only timestamp', (o: Record<string, unknown>) => ({ ...o, modified: '2025-03-01T12:00:00Z' }), /millisecond/],
    ['an unknown extension', (o: Record<string, unknown>) => ({ ...o, extensions: { 'extension-definition--0b2c0f6e-7a1e-4c4b-9d5e-1f2a3b4c5d6e': { extension_type: 'property-extension', foo: 1 } } }), /no extension-definition/],
  ])('lint catches %s', (_name, mutate, want) => {
    const report = byType('report')[0]!;
    const b = { ...bundle, objects: objs.map((o) => (o === report ? mutate(o) : o)) };
    expect(lintStixBundle(b).join('\n')).toMatch(want);
  });
  it('lint catches a vocabulary type used between the wrong objects', () => {
    const rel = byType('relationship').find((o) => o['relationship_type'] === 'located-at')!;
    const b = { ...bundle, objects: objs.map((o) => (o === rel ? { ...o, relationship_type: 'targets' } : o)) };
    expect(lintStixBundle(b).join('\n')).toMatch(/does not define targets from identity to location/);
  });
});

describe('mapping', () => {
  it('re-exporting gives identical ids, and identical objects for the same time', () => {
    const again = toStixBundle(fixtureExport(), { tlp: 'amber', now: new Date('2030-01-01T00:00:00Z') });
    expect(again.objects.map((o) => o.id)).toEqual(objs.map((o) => o.id));
    expect(again.id).toBe(bundle.id);
    expect(toStixBundle(fixtureExport(), { tlp: 'amber' })).toEqual(bundle);
  });

  it('maps each actor type to its SDO', () => {
    expect(get(entityRef('identity', 'kb:rahmon'))).toMatchObject({ identity_class: 'individual', x_opencti_aliases: ['Rahmon', 'Rakhmon'] });
    expect(get(entityRef('identity', 'kb:gknb'))).toMatchObject({ identity_class: 'organization', sectors: ['government-national'] });
    expect(get(entityRef('identity', 'norp:tajiks'))).toMatchObject({ identity_class: 'class' });
    expect(get(entityRef('identity', 'other:border'))).toMatchObject({ identity_class: 'unknown' });
    expect(get(entityRef('threat-actor', 'kb:iskp'))).toMatchObject({ threat_actor_types: ['terrorist'], aliases: ['ISKP', 'ISIS-K'], first_seen: '2024-09-04T00:00:00.000Z' });
    expect(get(entityRef('threat-actor', 'kb:taliban'))).toMatchObject({ threat_actor_types: ['unknown'], first_seen: '2024-09-04T00:00:00.000Z', last_seen: '2024-10-01T00:00:00.000Z' });
  });

  it.each([
    ['kb:tajikistan', { country: 'TJ', latitude: 38.86, longitude: 71.28, precision: 500000, x_opencti_location_type: 'Country' }],
    ['gpe:khorog', { country: 'TJ', city: 'Khorog', x_opencti_location_type: 'City', x_opencti_aliases: ['Khorugh'] }],
    ['loc:panj', { region: 'unknown', x_opencti_location_type: 'Region' }],
  ])('location %s', (id, want) => expect(get(entityRef('location', id))).toMatchObject(want));

  it('documents become reports by their outlet, with URL, hash and provenance', () => {
    const outlet = get(entityRef('identity', 'kb:asia-wire'));
    expect(outlet).toMatchObject({ sectors: ['communications'], extensions: { [extensionId('grade')]: { reliability: 'B' } } });
    const r = get(stixId('report', 'document:doc-aaaaaaaaaaa1'));
    expect(r).toMatchObject({ name: 'Militants cross the Panj', published: '2024-09-04T00:00:00.000Z', created_by_ref: outlet.id, lang: 'en' });
    expect(r['external_references']).toEqual([{ source_name: 'Asia Wire', url: 'https://asiawire.example/news/panj?a=1&b=2', hashes: { 'SHA-256': '1'.repeat(64) } }]);
    expect(r['object_refs']).toContain(entityRef('threat-actor', 'kb:iskp'));
    const herald = byType('identity').find((o) => o['name'] === 'Steppe Herald')!;
    expect(get(stixId('report', 'document:doc-aaaaaaaaaaa2'))['created_by_ref']).toBe(herald.id);
    expect(herald['extensions']).toEqual({ [extensionId('grade')]: { extension_type: 'property-extension', reliability: 'F', basis: 'cannot be judged' } });
    // An impossible date is not invented: the report falls back to the export time.
    expect(get(stixId('report', 'document:doc-aaaaaaaaaaa3'))['published']).toBe('2025-03-01T12:00:00.000Z');
  });

  it('claims become notes with speaker, chain, stance and Admiralty confidence', () => {
    const notes = byType('note');
    expect(notes).toHaveLength(x.claims.length);
    const c4 = get(stixId('note', 'claim:doc-aaaaaaaaaaa2/c4'));
    expect(c4).toMatchObject({ authors: ['a local elder'], confidence: 50 });
    expect(c4['object_refs']).toEqual([entityRef('threat-actor', 'kb:taliban'), entityRef('location', 'gpe:khorog'), stixId('report', 'document:doc-aaaaaaaaaaa2')]);
    const ext = (c4['extensions'] as Record<string, Record<string, unknown>>)[extensionId('claim')]!;
    expect(ext).toMatchObject({ speaker_kind: 'anonymous', stance: 'allege', hedged: true, sourcing: 'anonymous', credibility: 3 });
    expect(ext['chain']).toEqual([{ entity_ref: entityRef('identity', 'kb:asia-wire'), text: 'Asia Wire', role: 'outlet' }, { text: 'a radio host', role: 'via' }]);
    const text = x.documents[1]!.text;
    const ev = ext['evidence'] as { start: number; end: number; text: string };
    expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(get(stixId('note', 'claim:doc-aaaaaaaaaaa1/c3'))).not.toHaveProperty('confidence');
    expect(get(stixId('note', 'claim:doc-aaaaaaaaaaa3/c6'))).toMatchObject({ authors: ['the article'], confidence: 10 });
    expect(get(stixId('note', 'claim:doc-aaaaaaaaaaa1/c1'))).toMatchObject({ authors: ['State Committee for National Security'], confidence: 70 });
  });

  it('relations use the STIX vocabulary where the spec allows it, else the Dossier type', () => {
    const types = byType('relationship').map((o) => o['relationship_type']);
    expect(types).toEqual(['member-of', 'located-in', 'hostile-to', 'targets', 'located-at', 'contradicts', 'contradicts', 'corroborates', 'retracts', 'refutes', 'measures-differently']);
    const opencti = toStixBundle(x, { compat: 'opencti' }).objects.filter((o) => o.type === 'relationship').map((o) => o['relationship_type']);
    expect(opencti).toEqual(['related-to', 'located-at', 'related-to', 'targets', 'located-at', ...Array(6).fill('related-to')]);
  });

  it.each([
    ['attacks', 'threat-actor', 'identity', 'targets'],
    ['attacks', 'identity', 'identity', 'attacks'],
    ['located-in', 'location', 'location', 'located-in'],
    ['Backed By!', 'threat-actor', 'identity', 'backed-by'],
    ['backed-by', 'threat-actor', 'identity', 'attributed-to'],
  ])('relationshipType(%s, %s → %s) = %s', (t, s, g, want) => expect(relationshipType(t, s, g, 'oasis')).toBe(want));

  it.each([
    ['2024', '2024-01-01T00:00:00.000Z'],
    ['2024-09', '2024-09-01T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2023-02-29', undefined],
    ['2024-13', undefined],
  ])('stixTime(%s)', (d, want) => expect(stixTime(d)).toBe(want));
});
