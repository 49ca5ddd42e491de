// The OASIS STIX 2.1 JSON schemas (read from ../shared) as a reusable check: every object by its own type, plus Dossier's extension schemas.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { EXTENSION_NAMES, extensionId, extensionSchema } from './stix-extensions.js';

export const STIX_SCHEMAS = resolve(process.cwd(), '../shared/datasets/stix2-json-schemas/schemas');
export const schemasPresent = existsSync(STIX_SCHEMAS);
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas';
/** Types whose schema lives in common/ rather than sdos/ or sros/. */
const COMMON = new Set(['marking-definition', 'extension-definition', 'language-content']);

let ajv: Ajv2020 | null = null;
function load(): Ajv2020 {
  if (ajv) return ajv;
  // Options from the dataset README: bundle.json needs non-strict types, core.json's `\-` needs no `u` flag.
  const a = new Ajv2020({ strict: false, unicodeRegExp: false, allErrors: true });
  (addFormats as unknown as (x: Ajv2020) => void)(a);
  a.addFormat('idn-hostname', true);
  for (const dir of readdirSync(STIX_SCHEMAS)) {
    for (const f of readdirSync(join(STIX_SCHEMAS, dir))) if (f.endsWith('.json')) a.addSchema(JSON.parse(readFileSync(join(STIX_SCHEMAS, dir, f), 'utf8')));
  }
  for (const n of EXTENSION_NAMES) {
    const s = extensionSchema(n);
    if (s) a.addSchema({ ...s, $id: `urn:dossier:${extensionId(n)}` });
  }
  ajv = a;
  return a;
}

function schemaFor(type: string): ValidateFunction | undefined {
  const a = load();
  const dir = COMMON.has(type) ? 'common' : ['relationship', 'sighting'].includes(type) ? 'sros' : 'sdos';
  return a.getSchema(`${BASE}/${dir}/${type}.json`);
}

const fmt = (v: ValidateFunction) => (v.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');

/** Schema problems per object (by its own type's schema) and per Dossier extension instance. */
export function schemaProblems(bundle: { objects: Record<string, unknown>[] }): string[] {
  const problems: string[] = [];
  for (const o of bundle.objects) {
    const v = schemaFor(String(o['type']));
    if (!v) problems.push(`${String(o['id'])}: no OASIS schema for type ${String(o['type'])}`);
    else if (!v(o)) problems.push(`${String(o['id'])}: ${fmt(v)}`);
    for (const [key, ext] of Object.entries((o['extensions'] ?? {}) as Record<string, unknown>)) {
      const ev = load().getSchema(`urn:dossier:${key}`);
      if (ev && !ev(ext)) problems.push(`${String(o['id'])}: extension ${key}: ${fmt(ev)}`);
    }
  }
  return problems;
}

/** The envelope alone (the README explains why common/bundle.json cannot be used for the whole bundle). */
export function envelopeProblems(bundle: Record<string, unknown>): string[] {
  const p: string[] = [];
  if (bundle['type'] !== 'bundle') p.push('type is not bundle');
  if (typeof bundle['id'] !== 'string' || !/^bundle--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(bundle['id'])) p.push('id is not bundle--<uuid>');
  if (!Array.isArray(bundle['objects']) || bundle['objects'].length === 0) p.push('objects is not a non-empty array');
  const v = load().getSchema(`${BASE}/common/bundle.json`)!;
  // The bundle schema's own properties, checked on an envelope with no objects to avoid its known per-object gap.
  if (!v({ ...bundle, objects: [{ type: 'identity', spec_version: '2.1', id: 'identity--7a5e7c5e-0b1d-4c7e-8f1e-2b6a6d0f9e11', created: '2020-01-01T00:00:00.000Z', modified: '2020-01-01T00:00:00.000Z', name: 'probe' }] })) p.push(`bundle.json: ${fmt(v)}`);
  return p;
}
