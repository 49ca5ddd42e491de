/** Dossier's STIX extension definitions; each carries its JSON Schema (as text) so consumers can validate instances. */
import { stixId } from './stix-ids.js';

/** Definitions are versioned documents: a fixed timestamp keeps them byte-identical across exports. */
const DEFINED = '2025-01-01T00:00:00.000Z';

/** The producer identity every Dossier object is `created_by_ref`. */
export const DOSSIER_IDENTITY_ID = stixId('identity', 'producer:dossier');
export function dossierIdentity(): Record<string, unknown> {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: DOSSIER_IDENTITY_ID,
    created: DEFINED,
    modified: DEFINED,
    name: 'Dossier',
    description: 'Source-attributed knowledge graphs from news articles; objects it creates are machine-extracted from the cited reports.',
    identity_class: 'system',
  };
}

const str = { type: 'string' };
const int0 = { type: 'integer', minimum: 0 };
const pair = { type: 'array', items: int0, minItems: 2, maxItems: 2 };
const stixRef = { type: 'string', pattern: '^[a-z][a-z0-9-]*[a-z0-9]--[0-9a-f-]{36}$' };
const partialDate = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
const span = { type: 'object', required: ['report_ref', 'start', 'end', 'text'], properties: { report_ref: stixRef, start: int0, end: int0, text: str }, additionalProperties: false };
const base = (props: Record<string, unknown>, required: string[]) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['extension_type', ...required],
  properties: { extension_type: { const: 'property-extension' }, ...props },
  additionalProperties: false,
});

const CLAIM_SCHEMA = base(
  {
    dossier_id: str,
    speaker_kind: { enum: ['named', 'anonymous', 'author'] },
    speaker_ref: stixRef,
    speaker_text: str,
    chain: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', required: ['text', 'role'], properties: { entity_ref: stixRef, text: str, role: { enum: ['via', 'outlet', 'citation'] } }, additionalProperties: false },
    },
    cue: str,
    kind: { enum: ['statement', 'belief', 'intention', 'narrative'] },
    stance: { enum: ['assert', 'deny', 'allege', 'estimate', 'predict', 'retract'] },
    hedged: { type: 'boolean' },
    quote: { type: 'boolean' },
    sourcing: { enum: ['named', 'anonymous', 'unattributed'] },
    said_on: partialDate,
    credibility: { type: 'integer', minimum: 1, maximum: 6 },
    quantities: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['text'],
        properties: { value: { type: 'number' }, min: { type: 'number' }, max: { type: 'number' }, unit: str, qualifier: str, text: str },
        additionalProperties: false,
      },
    },
    evidence: span,
    spans: { type: 'object', properties: { source: pair, cue: pair, content: pair }, additionalProperties: false, minProperties: 1 },
  },
  ['dossier_id', 'speaker_kind', 'cue', 'kind', 'stance', 'hedged', 'quote', 'sourcing', 'evidence'],
);

const PROVENANCE_SCHEMA = base(
  {
    dossier_id: str,
    source: str,
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    author: str,
    published_basis: { enum: ['stated', 'inferred', 'supplied', 'url'] },
    language: str,
    analysed: { type: 'boolean' },
    version: { type: 'integer', minimum: 1 },
    relation_type: str,
    claim_ref: stixRef,
    evidence: span,
    link_kind: { enum: ['contradicts', 'corroborates', 'retracts', 'refutes', 'scope'] },
    conflict: { enum: ['quantity', 'denial', 'retraction', 'refutation', 'date', 'place', 'responsibility'] },
    reason: str,
  },
  ['dossier_id'],
);

const GRADE_SCHEMA = base({ reliability: { enum: ['A', 'B', 'C', 'D', 'E', 'F'] }, basis: str }, ['reliability', 'basis']);

/** Top-level properties OpenCTI reads; declared here so they are not undeclared custom properties. */
export const TOPLEVEL_PROPERTIES = ['x_opencti_aliases', 'x_opencti_location_type'] as const;

interface ExtensionSpec {
  key: string;
  name: string;
  description: string;
  schema: object | string;
  types: string[];
  properties?: readonly string[];
}

const SPECS = {
  claim: {
    key: 'dossier-claim',
    name: 'Dossier claim',
    description:
      'On a note: who made the claim (speaker_ref, speaker_kind), through whom it came (chain), the cue, kind, stance, hedging, sourcing, credibility (Admiralty 1-6) and the evidence span (UTF-16 offsets into the report text).',
    schema: CLAIM_SCHEMA,
    types: ['property-extension'],
  },
  provenance: {
    key: 'dossier-provenance',
    name: 'Dossier provenance',
    description:
      'On a report: the document record (source, sha256, author, published_basis, language). On a relationship: the Dossier relation or link type, the claim it was stated in, and the evidence span.',
    schema: PROVENANCE_SCHEMA,
    types: ['property-extension'],
  },
  grade: {
    key: 'dossier-source-grade',
    name: 'Dossier source grade',
    description: 'On an outlet identity: the Admiralty source reliability grade (A-F, F = cannot be judged) and who set it and why.',
    schema: GRADE_SCHEMA,
    types: ['property-extension'],
  },
  toplevel: {
    key: 'dossier-opencti-properties',
    name: 'OpenCTI top-level properties',
    description: 'Declares x_opencti_aliases (alternative names of identities and locations) and x_opencti_location_type (Country, City, Administrative-Area, Region), as read by OpenCTI.',
    schema: 'x_opencti_aliases: list of strings; x_opencti_location_type: one of Region, Country, Administrative-Area, City, Position.',
    types: ['toplevel-property-extension'],
    properties: TOPLEVEL_PROPERTIES,
  },
} satisfies Record<string, ExtensionSpec>;
export type ExtensionName = keyof typeof SPECS;

/** The extension-definition id for one of Dossier's extensions. */
export function extensionId(name: ExtensionName): string {
  return stixId('extension-definition', SPECS[name].key);
}

/** The JSON Schema an extension's instances follow (undefined for the top-level one, described in text). */
export function extensionSchema(name: ExtensionName): object | undefined {
  const s = SPECS[name].schema;
  return typeof s === 'string' ? undefined : s;
}

export function extensionDefinition(name: ExtensionName): Record<string, unknown> {
  const s: ExtensionSpec = SPECS[name];
  return {
    type: 'extension-definition',
    spec_version: '2.1',
    id: extensionId(name),
    created_by_ref: DOSSIER_IDENTITY_ID,
    created: DEFINED,
    modified: DEFINED,
    name: s.name,
    description: s.description,
    schema: typeof s.schema === 'string' ? s.schema : JSON.stringify(s.schema),
    version: '1.0.0',
    extension_types: s.types,
    ...(s.properties ? { extension_properties: [...s.properties] } : {}),
  };
}

export const EXTENSION_NAMES = Object.keys(SPECS) as ExtensionName[];
