/** Checks a STIX bundle for the validator rules JSON Schema cannot express: id form, timestamps, refs, vocabulary, extensions. */
import { STIX_ID, STIX_ID_V4_V5 } from './stix-ids.js';
import { LINK_RELATIONSHIP, OPENCTI_EXTRA_RELATIONSHIPS, SPEC_COMMON_RELATIONSHIPS, SPEC_RELATIONSHIPS, TLP2_EXTENSION_ID } from './stix-vocab.js';

type Obj = Record<string, unknown>;
const MS_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3,}Z$/;
/** Objects that are not SDOs/SROs carry no created/modified pair (marking definitions have only `created`). */
const NO_MODIFIED = new Set(['marking-definition', 'bundle']);
const SPEC_TYPES = new Set([...Object.keys(SPEC_RELATIONSHIPS), ...SPEC_COMMON_RELATIONSHIPS]);
const LINK_TYPES = new Set(Object.values(LINK_RELATIONSHIP));

function refsOf(o: Obj): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (k.endsWith('_ref') && typeof v === 'string') out.push(v);
    else if (k.endsWith('_refs') && Array.isArray(v)) out.push(...v.filter((r): r is string => typeof r === 'string'));
  }
  return out;
}

/**
 * Problems as strings (empty when the bundle passes), one per broken rule and object.
 * @example lintStixBundle(toStixBundle(x)) // []
 */
export function lintStixBundle(bundle: unknown, opts: { compat?: 'oasis' | 'opencti' } = {}): string[] {
  const problems: string[] = [];
  const b = bundle as Obj;
  if (b?.['type'] !== 'bundle') problems.push('bundle: type must be "bundle"');
  if (typeof b?.['id'] !== 'string' || !STIX_ID_V4_V5.test(b['id']) || !b['id'].startsWith('bundle--')) problems.push('bundle: id must be bundle--<uuid v4/v5>');
  if (!Array.isArray(b?.['objects']) || b['objects'].length === 0) return [...problems, 'bundle: objects must be a non-empty array'];
  const objects = b['objects'] as Obj[];
  const byId = new Map<string, Obj>();
  for (const o of objects) {
    if (byId.has(String(o['id']))) problems.push(`${String(o['id'])}: duplicate id`);
    byId.set(String(o['id']), o);
  }
  const typeOf = (ref: string) => String(byId.get(ref)?.['type'] ?? ref.slice(0, ref.indexOf('--')));
  const pairs = (rt: string) => [...(SPEC_RELATIONSHIPS[rt] ?? []), ...(opts.compat === 'opencti' ? (OPENCTI_EXTRA_RELATIONSHIPS[rt] ?? []) : [])];
  for (const o of objects) problems.push(...objectProblems(o, byId, typeOf, pairs));
  return problems;
}

type Pairs = (rt: string) => [string, string][];

function objectProblems(o: Obj, byId: Map<string, Obj>, typeOf: (ref: string) => string, pairs: Pairs): string[] {
  const p: string[] = [];
  const id = String(o['id']);
  const type = String(o['type']);
  if (!STIX_ID_V4_V5.test(id) || !id.startsWith(`${type}--`)) p.push(`${id}: id must be ${type}--<uuid v4/v5>`);
  if (o['spec_version'] !== '2.1') p.push(`${id}: spec_version must be 2.1`);
  for (const field of NO_MODIFIED.has(type) ? ['created'] : ['created', 'modified']) {
    if (typeof o[field] !== 'string' || !MS_TIMESTAMP.test(o[field])) p.push(`${id}: ${field} must be a millisecond timestamp`);
  }
  if (typeof o['modified'] === 'string' && typeof o['created'] === 'string' && o['modified'] < o['created']) p.push(`${id}: modified is before created`);
  for (const ref of refsOf(o)) {
    if (!STIX_ID.test(ref)) p.push(`${id}: malformed ref ${ref}`);
    else if (!byId.has(ref)) p.push(`${id}: ref ${ref} is not in the bundle`);
  }
  if (o['confidence'] !== undefined && !(Number.isInteger(o['confidence']) && (o['confidence'] as number) >= 0 && (o['confidence'] as number) <= 100)) p.push(`${id}: confidence must be 0..100`);
  if (type === 'extension-definition' && typeof o['created_by_ref'] !== 'string') p.push(`${id}: an extension-definition needs created_by_ref`);
  if (type === 'relationship') p.push(...relationshipProblems(o, typeOf, pairs));
  p.push(...extensionProblems(o, byId));
  return p;
}

function relationshipProblems(o: Obj, typeOf: (ref: string) => string, pairs: Pairs): string[] {
  const id = String(o['id']);
  const rt = String(o['relationship_type']);
  const [src, tgt] = [typeOf(String(o['source_ref'])), typeOf(String(o['target_ref']))];
  if (SPEC_TYPES.has(rt)) {
    const ok = (SPEC_COMMON_RELATIONSHIPS as readonly string[]).includes(rt) || pairs(rt).some(([s, t]) => s === src && t === tgt);
    return ok ? [] : [`${id}: the spec does not define ${rt} from ${src} to ${tgt}`];
  }
  // A custom type is documented when it is a link type or the Dossier relation type recorded in the provenance extension.
  const ext = Object.values((o['extensions'] as Record<string, Obj> | undefined) ?? {}).find((e) => 'relation_type' in e || 'link_kind' in e);
  const documented = (LINK_TYPES.has(rt) && src === 'note' && tgt === 'note') || (ext !== undefined && String(ext['relation_type']).toLowerCase().replace(/[^a-z0-9-]+/g, '-') === rt);
  return documented ? [] : [`${id}: undocumented custom relationship type ${rt}`];
}

function extensionProblems(o: Obj, byId: Map<string, Obj>): string[] {
  const id = String(o['id']);
  const p: string[] = [];
  const exts = (o['extensions'] ?? {}) as Record<string, Obj>;
  const declared = new Set<string>();
  for (const [key, ext] of Object.entries(exts)) {
    if (key === TLP2_EXTENSION_ID) continue;
    const def = byId.get(key);
    if (!def || def['type'] !== 'extension-definition') {
      p.push(`${id}: extension ${key} has no extension-definition in the bundle`);
      continue;
    }
    const types = (def['extension_types'] as string[] | undefined) ?? [];
    if (!types.includes(String(ext['extension_type']))) p.push(`${id}: extension ${key} is used as ${String(ext['extension_type'])}, defined as ${types.join(', ')}`);
    if (ext['extension_type'] === 'toplevel-property-extension') for (const prop of (def['extension_properties'] as string[] | undefined) ?? []) declared.add(prop);
  }
  for (const k of Object.keys(o)) if (k.startsWith('x_') && !declared.has(k)) p.push(`${id}: top-level property ${k} is not declared by a toplevel-property-extension`);
  return p;
}
