/** Reading a STIX 2.1 bundle from text: size and JSON checks, envelope, per-object type/id, spec version, dangling refs. */
import { AppError } from '../core/errors.js';
import { STIX_ID } from './stix-ids.js';
import { TLP2_MARKING_IDS } from './stix-vocab.js';

export type StixIn = Record<string, unknown> & { type: string; id: string };
export interface ParsedBundle {
  id: string;
  objects: StixIn[];
  /** refs to objects not in the bundle that a consumer can live without (creators, markings, container contents) */
  dangling: string[];
}

/** Bundles bigger than this are refused before parsing; OpenCTI full exports of large instances can pass 100 MB. */
export const MAX_STIX_BYTES = 200 * 1024 * 1024;
/** TLP 1.0 marking ids (STIX 2.1 §7.2.1.4) are well known, so referring to them without including them is fine. */
const WELL_KNOWN = new Set([
  ...Object.values(TLP2_MARKING_IDS),
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
]);

const bad = (msg: string) => new AppError('INVALID_METADATA', `not a usable STIX 2.1 bundle: ${msg}`);

/**
 * Parses and checks a bundle; throws AppError (INPUT_TOO_LARGE, INPUT_UNDECODABLE, INVALID_METADATA) with a message for the user.
 * @example parseStixBundle('{"type":"bundle","id":"bundle--…","objects":[]}').objects // []
 */
export function parseStixBundle(text: string, opts: { maxBytes?: number } = {}): ParsedBundle {
  const max = opts.maxBytes ?? MAX_STIX_BYTES;
  if (text.length > max) throw new AppError('INPUT_TOO_LARGE', `the STIX file is larger than ${Math.round(max / 1024 / 1024)} MB`);
  const body = text.replace(/^\uFEFF/, '').trimStart();
  // Checking the first character spares JSON.parse a pass over megabytes of something that is plainly not a bundle.
  if (!body.startsWith('{')) throw new AppError('INPUT_UNDECODABLE', `the STIX file is not a JSON object (it starts with ${JSON.stringify(body.slice(0, 20))})`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new AppError('INPUT_UNDECODABLE', `the STIX file is not valid JSON: ${(e as Error).message.slice(0, 200)}`);
  }
  return checkBundle(json);
}

/** The checks on an already-parsed value. */
export function checkBundle(json: unknown): ParsedBundle {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw bad('the top level is not an object');
  const b = json as Record<string, unknown>;
  if (b['type'] !== 'bundle') throw bad(`the top-level type is ${JSON.stringify(b['type'] ?? null)}, not "bundle"`);
  if (b['spec_version'] !== undefined) throw bad(`the bundle declares spec_version ${JSON.stringify(b['spec_version'])}: that is STIX 2.0; export as STIX 2.1`);
  if (typeof b['id'] !== 'string' || !STIX_ID.test(b['id'])) throw bad('the bundle has no valid id');
  if (!Array.isArray(b['objects'])) throw bad('"objects" is not a list');
  const objects = b['objects'] as unknown[];
  const ids = new Set<string>();
  for (const [i, o] of objects.entries()) {
    if (typeof o !== 'object' || o === null || Array.isArray(o)) throw bad(`object #${i + 1} is not an object`);
    const r = o as Record<string, unknown>;
    if (typeof r['type'] !== 'string' || typeof r['id'] !== 'string') throw bad(`object #${i + 1} has no type or id`);
    if (!STIX_ID.test(r['id']) || !r['id'].startsWith(`${r['type']}--`)) throw bad(`object #${i + 1} has a malformed id ${JSON.stringify(r['id'].slice(0, 80))}`);
    if (r['spec_version'] !== undefined && r['spec_version'] !== '2.1') throw bad(`object ${r['id']} has spec_version ${JSON.stringify(r['spec_version'])}; only 2.1 is read`);
    ids.add(r['id']);
  }
  const typed = objects as StixIn[];
  return { id: b['id'], objects: typed, dangling: danglingRefs(typed, ids) };
}

/** Relationship ends must resolve (an edge to nothing is a broken bundle); other missing refs are reported, not fatal. */
function danglingRefs(objects: StixIn[], ids: Set<string>): string[] {
  const soft = new Set<string>();
  for (const o of objects) {
    for (const [k, v] of Object.entries(o)) {
      const refs = k.endsWith('_ref') && typeof v === 'string' ? [v] : k.endsWith('_refs') && Array.isArray(v) ? v.filter((r): r is string => typeof r === 'string') : [];
      for (const ref of refs) {
        if (ids.has(ref) || WELL_KNOWN.has(ref)) continue;
        if (o.type === 'relationship' && (k === 'source_ref' || k === 'target_ref')) throw bad(`relationship ${o.id} points to ${ref}, which is not in the bundle`);
        soft.add(ref);
      }
    }
  }
  return [...soft];
}
