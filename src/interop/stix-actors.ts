/** Actors and outlets as STIX SDOs: identity, threat-actor or location, chosen by the ENTITY_SDO table. */
import type { DossierExport, ExportEntityT } from '../core/export-schema.js';
import { extensionId } from './stix-extensions.js';
import { stixId } from './stix-ids.js';
import { locationProperties, countryCode, type PlaceHints } from './stix-places.js';
import { ENTITY_SDO, SECTOR_RULES, THREAT_ACTOR_TYPE_RULES } from './stix-vocab.js';
import { compact, stixTime, type StixObject } from './stix-common.js';

const lower = (s: string) => s.trim().toLowerCase();

/** The STIX id an entity exports to; stable because Dossier entity ids are. */
export function entityStixId(e: Pick<ExportEntityT, 'id' | 'type'>): string {
  return stixId(ENTITY_SDO[e.type].sdo, `entity:${e.id}`);
}

/** Earliest and latest publication date of the documents that mention each entity. */
export function seenRange(x: DossierExport): Map<string, { first: string; last: string }> {
  const published = new Map(x.documents.map((d) => [d.id, d.published]));
  const out = new Map<string, { first: string; last: string }>();
  for (const e of x.entities) {
    const dates = e.mentions.map((m) => published.get(m.doc)).filter((d): d is string => stixTime(d) !== undefined).sort();
    if (dates.length) out.set(e.id, { first: dates[0]!, last: dates[dates.length - 1]! });
  }
  return out;
}

/** Geo precision and parent country per place, from events and located-in relations. */
function placeHints(x: DossierExport): Map<string, PlaceHints> {
  const hints = new Map<string, PlaceHints>();
  const get = (id: string) => hints.get(id) ?? hints.set(id, {}).get(id)!;
  for (const ev of x.events) if (ev.place && ev.geo_precision) get(ev.place).precision ??= ev.geo_precision;
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  for (const r of x.relations) {
    if (!/^located-(in|at)$/.test(r.type)) continue;
    const parent = byId.get(r.target);
    const code = parent?.type === 'GPE' ? [parent.name, ...parent.aliases].map(countryCode).find(Boolean) : undefined;
    if (code) get(r.source).parentCountry ??= code;
  }
  return hints;
}

function firstMatch<T>(rules: { pattern: RegExp }[], names: string[], pick: (r: never) => T): T | undefined {
  const rule = rules.find((r) => names.some((n) => r.pattern.test(n)));
  return rule ? pick(rule as never) : undefined;
}

/** Outlet name → the entity that is that outlet (an identity with a matching name or alias), when there is one. */
export function outletEntities(x: DossierExport): Map<string, ExportEntityT> {
  const outlets = new Set([...x.documents.map((d) => d.outlet), ...x.sources.map((s) => s.outlet)].filter((o): o is string => Boolean(o)).map(lower));
  const out = new Map<string, ExportEntityT>();
  for (const e of x.entities) {
    if (ENTITY_SDO[e.type].sdo !== 'identity') continue;
    for (const n of [e.name, ...e.aliases]) if (outlets.has(lower(n)) && !out.has(lower(n))) out.set(lower(n), e);
  }
  return out;
}

export interface ActorContext {
  stamp: string;
  common: (o: StixObject) => StixObject;
  /** outlet name (lower-case) → its grade */
  grades: Map<string, { reliability: string; basis: string }>;
}

/** One SDO per entity, plus identities for outlets that are not entities; returns them with the outlet → id map. */
export function actorObjects(x: DossierExport, ctx: ActorContext): { objects: StixObject[]; outletRef: Map<string, string> } {
  const seen = seenRange(x);
  const hints = placeHints(x);
  const outletOf = outletEntities(x);
  const outletRef = new Map<string, string>();
  const gradeFor = new Map<string, { reliability: string; basis: string }>();
  for (const [name, e] of outletOf) {
    outletRef.set(name, entityStixId(e));
    const g = ctx.grades.get(name);
    if (g) gradeFor.set(e.id, g);
  }
  const objects = x.entities.map((e) => entityObject(e, ctx, { seen: seen.get(e.id), hints: hints.get(e.id) ?? {}, grade: gradeFor.get(e.id), outlet: [...outletOf.values()].includes(e) }));
  const names = new Set([...x.documents.map((d) => d.outlet), ...x.sources.map((s) => s.outlet)].filter((o): o is string => Boolean(o)));
  for (const name of [...names].sort()) {
    if (outletRef.has(lower(name))) continue;
    const id = stixId('identity', `outlet:${lower(name)}`);
    outletRef.set(lower(name), id);
    const g = ctx.grades.get(lower(name));
    objects.push(ctx.common(compact({ type: 'identity', id, name, identity_class: 'organization', sectors: ['communications'], extensions: g ? gradeExtension(g) : undefined })));
  }
  return { objects, outletRef };
}

const gradeExtension = (g: { reliability: string; basis: string }) => ({ [extensionId('grade')]: { extension_type: 'property-extension', reliability: g.reliability, basis: g.basis } });

interface EntityExtras {
  seen: { first: string; last: string } | undefined;
  hints: PlaceHints;
  grade: { reliability: string; basis: string } | undefined;
  outlet: boolean;
}

function entityObject(e: ExportEntityT, ctx: ActorContext, extra: EntityExtras): StixObject {
  const map = ENTITY_SDO[e.type];
  const aliases = [...new Set(e.aliases.filter((a) => lower(a) !== lower(e.name)))];
  const names = [e.name, ...aliases];
  const base = { type: map.sdo, id: entityStixId(e), name: e.name, external_references: [{ source_name: 'dossier', external_id: e.id }] };
  const toplevel = { [extensionId('toplevel')]: { extension_type: 'toplevel-property-extension' } };
  if (map.sdo === 'threat-actor') {
    return ctx.common(
      compact({
        ...base,
        threat_actor_types: firstMatch(THREAT_ACTOR_TYPE_RULES, names, (r: { types: string[] }) => r.types) ?? ['unknown'],
        aliases,
        first_seen: extra.seen ? stixTime(extra.seen.first) : undefined,
        last_seen: extra.seen ? stixTime(extra.seen.last) : undefined,
      }),
    );
  }
  if (map.sdo === 'location') {
    const { props, openctiType } = locationProperties(e, extra.hints, map.openctiLocation ?? 'Region');
    return ctx.common(compact({ ...base, ...props, x_opencti_aliases: aliases, x_opencti_location_type: openctiType, extensions: toplevel }));
  }
  const sectors = extra.outlet ? ['communications'] : map.identityClass === 'organization' ? firstMatch(SECTOR_RULES, names, (r: { sectors: string[] }) => r.sectors) : undefined;
  const extensions = { ...(aliases.length ? toplevel : {}), ...(extra.grade ? gradeExtension(extra.grade) : {}) };
  return ctx.common(compact({ ...base, identity_class: map.identityClass, sectors, x_opencti_aliases: aliases, extensions }));
}
