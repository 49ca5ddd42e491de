import { describe, expect, it } from 'vitest';
import { KbActorSchema } from '../core/actor-schema.js';
import { AppError } from '../core/errors.js';
import { fixtureExport } from './fixture.contract.js';
import { toStixBundle } from './stix-export.js';
import { kbIdFor, stixToKbPack } from './stix-import.js';
import { parseStixBundle } from './stix-parse.js';

const BID = 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d';
const T = '2024-01-01T00:00:00.000Z';
const sdo = (type: string, uuid: string, props: Record<string, unknown>) => ({ type, spec_version: '2.1', id: `${type}--${uuid}`, created: T, modified: T, ...props });

// Shaped like an OpenCTI export (x_opencti_* properties, TLP 1.0 marking ids) and a MISP one (galaxy aliases, a sighting); own words.
const OPENCTI_LIKE = {
  type: 'bundle',
  id: BID,
  objects: [
    sdo('intrusion-set', 'a1b2c3d4-0000-4000-8000-000000000001', { name: 'Example Cell', aliases: ['EC', 'Cell Example'], object_marking_refs: ['marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9'] }),
    sdo('threat-actor', 'a1b2c3d4-0000-4000-8000-000000000002', { name: 'Lone Operator', x_opencti_type: 'Threat-Actor-Individual', aliases: ['L.O.'] }),
    sdo('identity', 'a1b2c3d4-0000-4000-8000-000000000003', { name: 'Ministry of Examples', identity_class: 'organization', x_opencti_aliases: ['MoE'], external_references: [{ source_name: 'wikidata', external_id: 'Q42', url: 'https://www.wikidata.org/wiki/Q42' }] }),
    sdo('identity', 'a1b2c3d4-0000-4000-8000-000000000004', { name: 'Energy', identity_class: 'class', x_opencti_type: 'Sector' }),
    sdo('location', 'a1b2c3d4-0000-4000-8000-000000000005', { name: 'Exampleville', x_opencti_location_type: 'City', latitude: 38.5, longitude: 68.7, x_opencti_aliases: ['Exampleburg'] }),
    sdo('location', 'a1b2c3d4-0000-4000-8000-000000000006', { name: 'Central Asia', region: 'central-asia', x_opencti_location_type: 'Region' }),
    sdo('relationship', 'a1b2c3d4-0000-4000-8000-000000000007', { relationship_type: 'located-at', source_ref: 'identity--a1b2c3d4-0000-4000-8000-000000000003', target_ref: 'location--a1b2c3d4-0000-4000-8000-000000000005' }),
    sdo('malware', 'a1b2c3d4-0000-4000-8000-000000000008', { name: 'Sample', is_family: true }),
    sdo('sighting', 'a1b2c3d4-0000-4000-8000-000000000009', { sighting_of_ref: 'malware--a1b2c3d4-0000-4000-8000-000000000008' }),
    sdo('threat-actor', 'a1b2c3d4-0000-4000-8000-00000000000a', { name: 'Retired', revoked: true }),
  ],
};

const fails = (input: unknown, code: string, msg: RegExp) => {
  try {
    if (typeof input === 'string') parseStixBundle(input);
    else stixToKbPack(input);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe(code);
    expect((e as AppError).message).toMatch(msg);
    return;
  }
  throw new Error('expected an AppError');
};

describe('import: round trip of our own export', () => {
  const x = fixtureExport();
  const { pack, skipped, warnings } = stixToKbPack(JSON.stringify(toStixBundle(x, { tlp: 'green' })));
  it.each(x.entities.filter((e) => ['GROUP', 'PERSON', 'ORG', 'GPE'].includes(e.type)).map((e) => [e.id, e] as const))('%s comes back with its aliases', (_id, e) => {
    const a = pack.actors.find((a) => a.name === e.name && a.type === e.type);
    expect(a, e.name).toBeDefined();
    for (const alias of e.aliases.filter((s) => s !== e.name)) expect(a!.aliases.map((x) => x.name)).toContain(alias);
  });
  it('keeps LOC, NORP, outlet grades and affiliations, skips what is not an actor', () => {
    expect(pack.actors.find((a) => a.name === 'Panj')).toMatchObject({ type: 'LOC' });
    expect(pack.actors.find((a) => a.name === 'Tajiks')).toMatchObject({ type: 'NORP' });
    expect(pack.actors.find((a) => a.name === 'Tajikistan')).toMatchObject({ country: 'TJ', coords: { lat: 38.86, lon: 71.28 } });
    expect(pack.actors.find((a) => a.name === 'Asia Wire')!.outlet).toMatchObject({ reliability: 'B' });
    const rahmon = pack.actors.find((a) => a.name === 'Emomali Rahmon')!;
    expect(rahmon.affiliations).toEqual([{ rel: 'member-of', target: pack.actors.find((a) => a.name.startsWith('State Committee'))!.id }]);
    expect(skipped).toMatchObject({ report: 3, note: 6, 'extension-definition': 4, 'marking-definition': 1, 'identity (system)': 1 });
    expect(warnings).toEqual([]);
  });
  it('gives the same ids on a second import', () => {
    expect(stixToKbPack(JSON.stringify(toStixBundle(x))).pack.actors.map((a) => a.id)).toEqual(pack.actors.map((a) => a.id));
  });
});

describe('import: OpenCTI/MISP-shaped bundles', () => {
  const { pack, skipped } = stixToKbPack(OPENCTI_LIKE, { pack: 'opencti' });
  const by = (name: string) => pack.actors.find((a) => a.name === name);
  it.each([
    ['Example Cell', 'GROUP', ['EC', 'Cell Example']],
    ['Lone Operator', 'PERSON', ['L.O.']],
    ['Ministry of Examples', 'ORG', ['MoE']],
    ['Exampleville', 'GPE', ['Exampleburg']],
    ['Central Asia', 'LOC', []],
  ])('%s → %s with aliases', (name, type, aliases) => {
    expect(by(name)).toMatchObject({ type, aliases: aliases.map((n) => ({ name: n })) });
    expect(KbActorSchema.safeParse(by(name)).success).toBe(true);
  });
  it('reads wikidata, coordinates and located-at', () => {
    expect(by('Ministry of Examples')).toMatchObject({ wikidata: 'Q42', affiliations: [{ rel: 'located-in', target: by('Exampleville')!.id }] });
    expect(by('Exampleville')!.coords).toEqual({ lat: 38.5, lon: 68.7 });
  });
  it.each([
    [{ region: 'central-asia' }, 'LOC'],
    [{ country: 'TJ' }, 'GPE'],
    [{ region: 'unknown', x_opencti_location_type: 'City' }, 'GPE'],
  ])('location %j → %s', (props, type) => {
    const r = stixToKbPack({ type: 'bundle', id: BID, objects: [sdo('location', 'a1b2c3d4-0000-4000-8000-000000000005', { name: 'Somewhere', ...props })] });
    expect(r.pack.actors[0]!.type).toBe(type);
  });
  it('counts what it skipped', () => expect(skipped).toEqual({ 'identity (sector)': 1, malware: 1, sighting: 1, revoked: 1 }));
  it.each([
    ['threat-actor--a1b2c3d4-0000-4000-8000-000000000002', 'Lone Operator', /^lone-operator-[0-9a-f]{8}$/],
    ['identity--a1b2c3d4-0000-4000-8000-000000000003', 'Таджикистан', /^stix-[0-9a-f]{8}$/],
    ['identity--a1b2c3d4-0000-4000-8000-000000000003', 'Émigré — Group (2)', /^emigre-group-2-[0-9a-f]{8}$/],
  ])('kbIdFor(%s, %s)', (id, name, want) => expect(kbIdFor(id, name)).toMatch(want));
});

describe('import: malformed input gives a clear error', () => {
  const obj = (o: Record<string, unknown>) => ({ type: 'bundle', id: BID, objects: [o] });
  it.each([
    ['not JSON', '{"type": "bundle", oops', 'INPUT_UNDECODABLE', /not valid JSON/],
    ['garbage', 'x'.repeat(50 * 1024 * 1024), 'INPUT_UNDECODABLE', /not a JSON object/],
    ['an array', '[1,2]', 'INPUT_UNDECODABLE', /not a JSON object/],
    ['empty', '', 'INPUT_UNDECODABLE', /not a JSON object/],
  ])('%s', (_n, text, code, msg) => fails(text, code, msg));
  it('too large', () => expect(() => parseStixBundle('{}', { maxBytes: 1 })).toThrow(/larger than/));
  it.each([
    ['not an object', 42, /top level is not an object/],
    ['not a bundle', { type: 'report', id: BID }, /not "bundle"/],
    ['STIX 2.0', { type: 'bundle', id: BID, spec_version: '2.0', objects: [] }, /STIX 2\.0/],
    ['objects not a list', { type: 'bundle', id: BID, objects: {} }, /not a list/],
    ['object without type', obj({ id: 'identity--a1b2c3d4-0000-4000-8000-000000000003' }), /no type or id/],
    ['object with a bad id', obj({ type: 'identity', id: 'identity--42' }), /malformed id/],
    ['wrong spec_version', obj(sdo('identity', 'a1b2c3d4-0000-4000-8000-000000000003', { spec_version: '2.0', name: 'x' })), /spec_version "2\.0"/],
    ['dangling relationship', obj(sdo('relationship', 'a1b2c3d4-0000-4000-8000-000000000007', { relationship_type: 'uses', source_ref: 'identity--a1b2c3d4-0000-4000-8000-000000000003', target_ref: 'identity--a1b2c3d4-0000-4000-8000-000000000004' })), /not in the bundle/],
  ])('%s', (_n, input, msg) => fails(input, 'INVALID_METADATA', msg));
  it('a missing creator is a warning, not an error', () => {
    const r = stixToKbPack(obj(sdo('identity', 'a1b2c3d4-0000-4000-8000-000000000003', { name: 'Solo', identity_class: 'individual', created_by_ref: 'identity--a1b2c3d4-0000-4000-8000-0000000000ff' })));
    expect(r.pack.actors).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/1 reference/);
  });
});
