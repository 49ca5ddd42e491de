/** A STIX 2.1 bundle (from OpenCTI, MISP or Dossier) → a knowledge-base pack of the actors it names, with their aliases. */
import { createHash } from 'node:crypto';
import type { KbActor, KbPack } from '../core/actor.js';
import { KbPackSchema } from '../core/actor-schema.js';
import type { EntityType } from '../core/vocab.js';
import { checkBundle, parseStixBundle, type StixIn } from './stix-parse.js';

type Mapper = (o: StixIn) => EntityType | string;
const IDENTITY_CLASS: Record<string, EntityType> = { individual: 'PERSON', organization: 'ORG', group: 'ORG', class: 'NORP', unknown: 'OTHER' };

/** Which actor type each imported SDO becomes; a string that is not an entity type is the reason it is skipped. */
const IMPORTERS: Record<string, Mapper> = {
  'threat-actor': (o) => (o['x_opencti_type'] === 'Threat-Actor-Individual' ? 'PERSON' : 'GROUP'),
  'intrusion-set': () => 'GROUP',
  identity: (o) => {
    if (o['x_opencti_type'] === 'Sector') return 'identity (sector)';
    const cls = typeof o['identity_class'] === 'string' ? o['identity_class'] : 'unknown';
    return IDENTITY_CLASS[cls] ?? `identity (${cls})`;
  },
  location: (o) => {
    // OpenCTI's (and Dossier's) location type decides; without it, a bare region is a LOC.
    if (typeof o['x_opencti_location_type'] === 'string') return o['x_opencti_location_type'] === 'Region' ? 'LOC' : 'GPE';
    return o['region'] !== undefined && o['country'] === undefined && o['latitude'] === undefined ? 'LOC' : 'GPE';
  },
};
const ALIAS_FIELDS = ['aliases', 'x_opencti_aliases', 'x_mitre_aliases'];
const ENTITY_TYPES = new Set(['PERSON', 'ORG', 'GROUP', 'GPE', 'LOC', 'NORP', 'OTHER']);
const AFFILIATION_RELS = new Set(['member-of', 'part-of', 'leader-of', 'spokesperson-of', 'branch-of', 'located-in', 'owned-by', 'successor-of']);
const STIX_TO_AFFILIATION: Record<string, string> = { 'located-at': 'located-in' };

export interface StixImport {
  pack: KbPack;
  skipped: Record<string, number>;
  warnings: string[];
}

/**
 * Knowledge-base actor id from the STIX id and name: a readable slug plus 8 hex digits of the STIX id's hash.
 * @example kbIdFor('threat-actor--…', 'Islamic State Khorasan Province') // 'islamic-state-khorasan-province-1a2b3c4d'
 */
export function kbIdFor(stixId: string, name: string): string {
  const slug = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '');
  return `${slug || 'stix'}-${createHash('sha1').update(stixId).digest('hex').slice(0, 8)}`;
}

/** The latest version of each object (a bundle may carry several versions of one id). */
function latest(objects: StixIn[]): StixIn[] {
  const byId = new Map<string, StixIn>();
  for (const o of objects) {
    const prev = byId.get(o.id);
    if (!prev || String(o['modified'] ?? '') > String(prev['modified'] ?? '')) byId.set(o.id, o);
  }
  return [...byId.values()];
}

/**
 * Imports threat actors, intrusion sets, identities and locations; everything else is counted in `skipped`.
 * Takes the file text (checked by parseStixBundle) or an already-parsed JSON value.
 * @example stixToKbPack(text, { pack: 'opencti' }).pack.actors[0]?.aliases
 */
export function stixToKbPack(input: unknown, opts: { pack?: string; description?: string } = {}): StixImport {
  const bundle = typeof input === 'string' ? parseStixBundle(input) : checkBundle(input);
  const skipped: Record<string, number> = {};
  const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);
  const warnings: string[] = [];
  if (bundle.dangling.length) warnings.push(`${bundle.dangling.length} reference(s) point to objects not in the bundle (first: ${bundle.dangling[0]})`);
  const actors = new Map<string, KbActor>();
  const relationships: StixIn[] = [];
  for (const o of latest(bundle.objects)) {
    if (o['revoked'] === true) skip('revoked');
    else if (o.type === 'relationship') relationships.push(o);
    else if (!IMPORTERS[o.type]) skip(o.type);
    else {
      const type = IMPORTERS[o.type]!(o);
      const name = typeof o['name'] === 'string' ? o['name'].trim() : '';
      if (!ENTITY_TYPES.has(type)) skip(type);
      else if (!name) skip(`${o.type} (no name)`);
      else actors.set(o.id, actorOf(o, type as EntityType, name));
    }
  }
  for (const r of relationships) if (!addAffiliation(r, actors)) skip('relationship');
  const seen = new Map<string, number>();
  for (const a of actors.values()) seen.set(a.name.toLowerCase(), (seen.get(a.name.toLowerCase()) ?? 0) + 1);
  for (const [name, n] of seen) if (n > 1) warnings.push(`${n} actors are named "${name}"; they are kept apart (review and merge if they are one)`);
  const pack = KbPackSchema.parse({
    pack: opts.pack ?? 'imported-stix',
    description: opts.description ?? `Actors imported from STIX bundle ${bundle.id}`,
    actors: [...actors.values()].sort((a, b) => a.id.localeCompare(b.id)),
  });
  return { pack, skipped, warnings };
}

function aliasesOf(o: StixIn, name: string): { name: string }[] {
  const seen = new Set([name.toLowerCase()]);
  const out: { name: string }[] = [];
  for (const f of ALIAS_FIELDS) {
    const list = o[f];
    if (!Array.isArray(list)) continue;
    for (const a of list) {
      if (typeof a !== 'string' || !a.trim() || seen.has(a.trim().toLowerCase())) continue;
      seen.add(a.trim().toLowerCase());
      out.push({ name: a.trim() });
    }
  }
  return out;
}

function actorOf(o: StixIn, type: EntityType, name: string): KbActor {
  const refs = Array.isArray(o['external_references']) ? (o['external_references'] as Record<string, unknown>[]).filter((r) => typeof r === 'object' && r !== null) : [];
  const wikidata = refs.find((r) => /wikidata/i.test(String(r['source_name'])) && /^Q\d+$/.test(String(r['external_id'])))?.['external_id'] as string | undefined;
  const sources = refs.map((r) => r['url']).filter((u): u is string => typeof u === 'string' && /^https?:\/\//.test(u)).slice(0, 5);
  const country = typeof o['country'] === 'string' && /^[A-Za-z]{2}$/.test(o['country']) ? o['country'].toUpperCase() : undefined;
  const [lat, lon] = [o['latitude'], o['longitude']];
  const coords = typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : undefined;
  const grade = Object.values((o['extensions'] ?? {}) as Record<string, Record<string, unknown>>).find((e) => typeof e?.['reliability'] === 'string');
  const reliability = grade && /^[A-F]$/.test(String(grade['reliability'])) ? (grade['reliability'] as 'A') : undefined;
  return {
    id: kbIdFor(o.id, name),
    type,
    name,
    aliases: aliasesOf(o, name),
    roles: [],
    affiliations: [],
    ...(country ? { country } : {}),
    ...(coords ? { coords } : {}),
    ...(wikidata ? { wikidata } : {}),
    ...(typeof o['description'] === 'string' && o['description'] ? { description: o['description'].slice(0, 1000) } : {}),
    ...(reliability ? { outlet: { domains: [], reliability, source: String(grade!['basis'] ?? 'imported from STIX') } } : {}),
    sources: [...new Set(sources)],
  };
}

/** A relationship between two imported actors becomes an affiliation when its type (or the Dossier type it carries) is one. */
function addAffiliation(r: StixIn, actors: Map<string, KbActor>): boolean {
  const from = actors.get(String(r['source_ref']));
  const to = actors.get(String(r['target_ref']));
  if (!from || !to) return false;
  const carried = Object.values((r['extensions'] ?? {}) as Record<string, Record<string, unknown>>).find((e) => typeof e?.['relation_type'] === 'string')?.['relation_type'];
  const t = String(r['relationship_type']);
  const rel = [STIX_TO_AFFILIATION[t], t, carried].find((c): c is string => typeof c === 'string' && AFFILIATION_RELS.has(c));
  if (!rel) return false;
  if (!from.affiliations.some((a) => a.rel === rel && a.target === to.id)) from.affiliations.push({ rel: rel as 'part-of', target: to.id });
  return true;
}
