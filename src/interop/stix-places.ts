/** STIX `location` properties for a place: country code, UN region, or coordinates with precision. */
import type { ExportEntityT } from '../core/export-schema.js';
import { GEO_PRECISION_LOCATION } from './stix-vocab.js';

/** Codes Intl names that are not countries (EU, UN, pseudo-regions). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
let countryCodes: Map<string, string> | null = null;

const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** ISO 3166-1 alpha-2 code for an English country name, from the runtime's ICU data (no table to maintain). */
export function countryCode(name: string): string | undefined {
  if (!countryCodes) {
    countryCodes = new Map();
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const n = names.of(code);
        if (n && n !== code && !NOT_COUNTRIES.has(code)) countryCodes.set(norm(n), code);
      }
    }
  }
  return countryCodes.get(norm(name));
}

/** region-ov (STIX 2.1 §10.20) keyed by the region's English name. */
const REGIONS = new Map(
  [
    'africa', 'eastern-africa', 'middle-africa', 'northern-africa', 'southern-africa', 'western-africa', 'americas', 'latin-america-caribbean',
    'south-america', 'caribbean', 'central-america', 'northern-america', 'asia', 'central-asia', 'eastern-asia', 'southern-asia',
    'south-eastern-asia', 'western-asia', 'europe', 'eastern-europe', 'northern-europe', 'southern-europe', 'western-europe', 'oceania',
    'antarctica', 'australia-new-zealand', 'melanesia', 'micronesia', 'polynesia',
  ].map((r) => [r.replace(/-/g, ' '), r]),
);

export interface PlaceHints {
  /** geo precision the events gave this place (1 city, 2 province, 3 country) */
  precision?: 1 | 2 | 3 | undefined;
  /** country code of a place this one is located in, from relations */
  parentCountry?: string | undefined;
}

/** Location properties plus OpenCTI's location type; always satisfies the schema's region/country/coordinates rule. */
export function locationProperties(e: ExportEntityT, hints: PlaceHints, fallbackType: string): { props: Record<string, unknown>; openctiType: string } {
  const names = [e.name, ...e.aliases];
  const code = names.map(countryCode).find((c) => c !== undefined);
  const region = names.map((n) => REGIONS.get(norm(n))).find((r) => r !== undefined);
  const props: Record<string, unknown> = {};
  let openctiType = fallbackType;
  if (code && e.type === 'GPE') {
    props['country'] = code;
    openctiType = 'Country';
  } else if (region) {
    props['region'] = region;
    openctiType = 'Region';
  } else if (hints.precision) {
    openctiType = GEO_PRECISION_LOCATION[hints.precision].opencti;
  }
  if (!code && hints.parentCountry) props['country'] = hints.parentCountry;
  if (openctiType === 'City' && e.type === 'GPE') props['city'] = e.name;
  if (openctiType === 'Administrative-Area') props['administrative_area'] = e.name;
  if (e.geo) {
    props['latitude'] = e.geo.lat;
    props['longitude'] = e.geo.lon;
    const p = hints.precision ?? (openctiType === 'Country' ? 3 : undefined);
    if (p) props['precision'] = GEO_PRECISION_LOCATION[p].metres;
  }
  // The schema needs one of region, country or coordinates; an unplaced name gets the open-vocabulary value `unknown`.
  if (props['region'] === undefined && props['country'] === undefined && props['latitude'] === undefined) props['region'] = 'unknown';
  return { props, openctiType };
}
