/** Deterministic STIX identifiers: UUIDv5 over a canonical key, so re-exports keep their ids and re-imports merge. */
import { createHash } from 'node:crypto';

/** The OASIS namespace for deterministic STIX ids (STIX 2.1 §2.9); Dossier's own namespace is derived from it. */
export const OASIS_STIX_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

/** RFC 9562 UUID version 5 (SHA-1, namespace + name). */
export function uuidv5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`bad namespace uuid ${namespace}`);
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Dossier's namespace: stable forever; changing it would change every exported id. */
export const DOSSIER_NAMESPACE = uuidv5('dossier.export/1', OASIS_STIX_NAMESPACE);

/**
 * A STIX id for an object of `type` whose identity is `key` (a canonical string such as `entity:kb:taliban`).
 * @example stixId('identity', 'entity:kb:rahmon') // 'identity--…' (same every run)
 */
export function stixId(type: string, key: string): string {
  return `${type}--${uuidv5(`${type}|${key}`, DOSSIER_NAMESPACE)}`;
}

/** The id form the OASIS validator accepts for objects we create: `type--` + an RFC 4122 v4 or v5 UUID. */
export const STIX_ID_V4_V5 = /^[a-z][a-z0-9-]*[a-z0-9]--[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Any syntactically valid STIX id (versions 1–5, as the OASIS schema allows). */
export const STIX_ID = /^([a-z][a-z0-9-]*[a-z0-9])--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
