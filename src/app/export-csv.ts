/** CSV export: one file per table, the claim ledger first, from the same object the JSON export builds. */
import type { DossierExport } from '../core/export-schema.js';

type Row = Record<string, string | number | boolean | null>;

/** RFC 4180 quoting; cells that a spreadsheet would run as a formula get a leading apostrophe. */
export function csvCell(v: string | number | boolean | null): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: Row[], columns: string[]): string {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c] ?? null)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Table name → CSV text, in the order files should be listed. */
export function exportTables(x: DossierExport): [name: string, csv: string][] {
  const entityName = new Map(x.entities.map((e) => [e.id, e.name]));
  const claims = x.claims.map((c) => ({
    id: c.id,
    doc: c.doc,
    speaker_kind: c.speaker.kind,
    speaker: c.speaker.text,
    speaker_entity: c.speaker.entity,
    chain: c.chain.map((l) => `${l.role}:${l.text}`).join(' | '),
    cue: c.cue,
    kind: c.kind,
    stance: c.stance,
    hedged: c.hedged,
    quote: c.quote,
    sourcing: c.sourcing,
    said_on: c.said_on,
    content: c.content,
    about: c.about.map((a) => entityName.get(a) ?? a).join(' | '),
    quantities: c.quantities.map((q) => q.text).join(' | '),
    credibility: c.credibility,
    start: c.evidence.start,
    end: c.evidence.end,
  }));
  // the sourcing profile flattens to its counts; its spans stay in the JSON export
  const documents = x.documents.map(({ text: _t, metadata_basis: _m, sourcing: p, ...d }) => ({
    ...d,
    version: d.version ?? null,
    claims: p?.claims ?? null,
    unattributed: p?.unattributed ?? null,
    anonymous: p?.anonymous ?? null,
    hedged: p?.hedged ?? null,
    unattributed_accusations: p?.unattributed_accusations.length ?? null,
    framing: p?.framing.length ?? null,
  }));
  const entities = x.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, kb_id: e.kb_id, aliases: e.aliases.join(' | '), mentions: e.mentions.length, lat: e.geo?.lat ?? null, lon: e.geo?.lon ?? null }));
  const mentions = x.entities.flatMap((e) => e.mentions.map((m) => ({ id: m.id, entity: e.id, doc: m.doc, start: m.start, end: m.end, text: m.text })));
  const events = x.events.map((e) => ({ id: e.id, doc: e.doc, type: e.type, subtype: e.subtype, date: e.date, date_precision: e.date_precision, place: e.place, geo_precision: e.geo_precision, actors: e.actors.join(' | '), fatalities: e.fatalities, reported_by: e.reported_by.join(' | '), text: e.evidence.text }));
  const relations = x.relations.map((r) => ({ id: r.id, type: r.type, source: r.source, target: r.target, doc: r.doc, claim: r.claim, text: r.evidence.text }));
  const cols = (rows: Row[], fallback: string[]) => (rows[0] ? Object.keys(rows[0]) : fallback);
  return [
    ['claims', toCsv(claims, cols(claims, ['id']))],
    ['links', toCsv(x.links, cols(x.links, ['kind', 'conflict', 'a', 'b', 'reason']))],
    ['documents', toCsv(documents, cols(documents, ['id']))],
    ['entities', toCsv(entities, cols(entities, ['id']))],
    ['mentions', toCsv(mentions, cols(mentions, ['id']))],
    ['events', toCsv(events, cols(events, ['id']))],
    ['relations', toCsv(relations, cols(relations, ['id']))],
    ['sources', toCsv(x.sources, cols(x.sources, ['outlet', 'reliability', 'basis']))],
  ];
}
