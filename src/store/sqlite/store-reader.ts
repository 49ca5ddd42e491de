/** Read queries over the SQLite schema; statements are prepared once per distinct filter shape. */
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { Mention, RelationAnn, TimeExpr } from '../../core/doc.js';
import { scopedId } from '../../core/ids.js';
import { DATE_PRECISIONS, ENTITY_TYPES, PUBLISHED_BASES, type EntityType } from '../../core/vocab.js';
import { ClaimAnnSchema, EventAnnSchema, MetaBasisSchema, StrippedListSchema } from '../annotation-schema.js';
import type { ClaimRow, DocumentFilter, EntitySummary, EventRow, MentionRow, RelationRow, StoredDocument } from '../store.js';

/** One condition: SQL with `?` placeholders and its parameters. */
type Cond = [sql: string, ...params: unknown[]];

type Row = Record<string, unknown>;

const entityType = z.enum(ENTITY_TYPES);
const ids = z.array(z.string());

/** Latest versions only, unless all versions were asked for or a document version is named explicitly. */
function scope(filter: DocumentFilter & { doc?: string }, docCol: string): Cond[] {
  const conds: Cond[] = [];
  if (filter.doc !== undefined) conds.push([`${docCol} = ?`, filter.doc]);
  else if (!filter.allVersions) conds.push(['d.latest = 1']);
  return conds;
}

/** The local part of a scoped id, for handing annotations back as the analysis wrote them. */
function local(doc: string, id: string | null): string | null {
  if (id === null) return null;
  const prefix = scopedId(doc, '');
  return id.startsWith(prefix) ? id.slice(prefix.length) : id;
}

export class StoreReader {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  /** `pre` binds placeholders inside `base`, ahead of the conditions' own. */
  private all(base: string, conds: Cond[], tail: string, pre: unknown[] = []): Row[] {
    const where = conds.length ? ` WHERE ${conds.map((c) => c[0]).join(' AND ')}` : '';
    const sql = `${base}${where} ${tail}`;
    let st = this.cache.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.cache.set(sql, st);
    }
    return st.all(...pre, ...conds.flatMap((c) => c.slice(1))) as Row[];
  }

  documents(conds: Cond[]): StoredDocument[] {
    return this.all('SELECT * FROM documents d', conds, 'ORDER BY d.rid').map(toDocument);
  }

  listDocuments(filter: DocumentFilter): StoredDocument[] {
    return this.documents(filter.allVersions ? [] : [['d.latest = 1']]);
  }

  entityNames(): { id: string; name: string; type: EntityType; kbId: string | null }[] {
    return this.all('SELECT e.id, e.name, e.type, e.kb_id FROM entities e', [], 'ORDER BY e.id').map((r) => ({ id: r.id as string, name: r.name as string, type: entityType.parse(r.type), kbId: r.kb_id as string | null }));
  }

  entities(filter: { type?: EntityType; id?: string }): EntitySummary[] {
    const conds: Cond[] = [];
    if (filter.type !== undefined) conds.push(['e.type = ?', filter.type]);
    if (filter.id !== undefined) conds.push(['e.id = ?', filter.id]);
    // The aggregate is materialised before the join, so one entity's filter is repeated inside it.
    const one = filter.id === undefined ? '' : ' AND m.entity_id = ?';
    const rows = this.all(
      `SELECT e.*, coalesce(c.n, 0) AS mention_count, coalesce(c.docs, 0) AS doc_count FROM entities e LEFT JOIN
       (SELECT m.entity_id, count(*) AS n, count(DISTINCT m.doc_id) AS docs FROM mentions m
        JOIN documents d ON d.id = m.doc_id AND d.latest = 1 WHERE m.entity_id IS NOT NULL${one} GROUP BY m.entity_id) c
       ON c.entity_id = e.id`,
      conds,
      'ORDER BY mention_count DESC, e.name, e.id',
      filter.id === undefined ? [] : [filter.id],
    );
    const aliases = this.aliases(filter.id);
    return rows.map((r) => ({
      id: r.id as string,
      name: r.name as string,
      type: entityType.parse(r.type),
      kbId: r.kb_id as string | null,
      geo: r.lat === null ? null : { lat: r.lat as number, lon: r.lon as number },
      mentionCount: r.mention_count as number,
      docCount: r.doc_count as number,
      aliases: aliases.get(r.id as string) ?? [],
    }));
  }

  /** Distinct surface forms per entity in latest versions, most frequent first. */
  private aliases(entity: string | undefined): Map<string, string[]> {
    const conds: Cond[] = [['m.entity_id IS NOT NULL']];
    if (entity !== undefined) conds.push(['m.entity_id = ?', entity]);
    const rows = this.all(
      'SELECT m.entity_id, m.text, count(*) AS n FROM mentions m JOIN documents d ON d.id = m.doc_id AND d.latest = 1',
      conds,
      'GROUP BY m.entity_id, m.text ORDER BY m.entity_id, n DESC, m.text',
    );
    const out = new Map<string, string[]>();
    for (const r of rows) {
      const list = out.get(r.entity_id as string);
      if (list) list.push(r.text as string);
      else out.set(r.entity_id as string, [r.text as string]);
    }
    return out;
  }

  mentions(filter: { entity?: string; doc?: string } & DocumentFilter): MentionRow[] {
    const conds = scope(filter, 'm.doc_id');
    if (filter.entity !== undefined) conds.push(['m.entity_id = ?', filter.entity]);
    return this.all('SELECT m.* FROM mentions m JOIN documents d ON d.id = m.doc_id', conds, 'ORDER BY d.rid, m.pos').map((r) => {
      const mention: Mention = {
        id: r.local_id as string,
        start: r.span_start as number,
        end: r.span_end as number,
        text: r.text as string,
        type: entityType.parse(r.type),
        basis: r.basis as string,
        stage: r.stage as string,
      };
      if (typeof r.role === 'string') mention.role = r.role;
      const link = { entity: r.linked_entity as string | null, score: r.link_score as number | null, rule: r.link_rule as string | null };
      return { doc: r.doc_id as string, mention, entity: r.entity_id as string | null, link };
    });
  }

  claims(filter: { speaker?: string; about?: string; doc?: string } & DocumentFilter): ClaimRow[] {
    const conds = scope(filter, 'c.doc_id');
    if (filter.speaker !== undefined) conds.push(['c.speaker_entity = ?', filter.speaker]);
    if (filter.about !== undefined) {
      conds.push(['EXISTS (SELECT 1 FROM claim_about a WHERE a.claim_id = c.id AND a.entity_id = ?)', filter.about]);
    }
    const rows = this.all(
      `SELECT c.doc_id, c.ann, c.speaker_entity, (SELECT json_group_array(entity_id) FROM (SELECT entity_id FROM claim_about a
         WHERE a.claim_id = c.id AND a.entity_id IS NOT NULL GROUP BY entity_id ORDER BY min(a.pos))) AS about
       FROM claims c JOIN documents d ON d.id = c.doc_id`,
      conds,
      'ORDER BY d.rid, c.pos',
    );
    return rows.map((r) => ({
      doc: r.doc_id as string,
      claim: parseJson(ClaimAnnSchema, r.ann, 'claim'),
      speakerEntity: r.speaker_entity as string | null,
      aboutEntities: parseJson(ids, r.about, 'claim about list'),
    }));
  }

  events(filter: { actor?: string; doc?: string } & DocumentFilter): EventRow[] {
    const conds = scope(filter, 'e.doc_id');
    if (filter.actor !== undefined) {
      conds.push(['EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.entity_id = ?)', filter.actor]);
    }
    const rows = this.all(
      `SELECT e.doc_id, e.ann, e.place_entity, (SELECT json_group_array(entity_id) FROM (SELECT entity_id FROM event_actors x
         WHERE x.event_id = e.id AND x.entity_id IS NOT NULL GROUP BY entity_id ORDER BY min(x.pos))) AS actors
       FROM events e JOIN documents d ON d.id = e.doc_id`,
      conds,
      'ORDER BY d.rid, e.pos',
    );
    return rows.map((r) => ({
      doc: r.doc_id as string,
      event: parseJson(EventAnnSchema, r.ann, 'event'),
      placeEntity: r.place_entity as string | null,
      actorEntities: parseJson(ids, r.actors, 'event actor list'),
    }));
  }

  relations(filter: { entity?: string; doc?: string } & DocumentFilter): RelationRow[] {
    const conds = scope(filter, 'r.doc_id');
    if (filter.entity !== undefined) conds.push(['(r.source_entity = ? OR r.target_entity = ?)', filter.entity, filter.entity]);
    return this.all('SELECT r.* FROM relations r JOIN documents d ON d.id = r.doc_id', conds, 'ORDER BY d.rid, r.pos').map((r) => {
      const doc = r.doc_id as string;
      const relation: RelationAnn = {
        id: r.local_id as string,
        type: r.type as string,
        source: local(doc, r.source_mention as string)!,
        target: local(doc, r.target_mention as string)!,
        claim: local(doc, r.claim_id as string | null),
        evidence: { start: r.span_start as number, end: r.span_end as number },
        stage: r.stage as string,
      };
      return { doc, relation, sourceEntity: r.source_entity as string | null, targetEntity: r.target_entity as string | null };
    });
  }

  times(filter: { doc?: string }): { doc: string; time: TimeExpr }[] {
    return this.all('SELECT t.* FROM times t JOIN documents d ON d.id = t.doc_id', scope(filter, 't.doc_id'), 'ORDER BY d.rid, t.pos').map(
      (r) => ({
        doc: r.doc_id as string,
        time: {
          start: r.span_start as number,
          end: r.span_end as number,
          text: r.text as string,
          value: r.value as string,
          precision: z.enum(DATE_PRECISIONS).parse(r.precision),
          yearInferred: r.year_inferred === 1,
          stage: r.stage as string,
        },
      }),
    );
  }
}

function parseJson<T>(schema: z.ZodType<T>, raw: unknown, what: string): T {
  const parsed = schema.safeParse(JSON.parse(String(raw)));
  if (!parsed.success) throw new Error(`stored ${what} does not match its schema: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

function toDocument(r: Row): StoredDocument {
  return {
    id: r.id as string,
    key: r.key as string,
    source: r.source as string,
    sha256: r.sha256 as string,
    encoding: r.encoding as string,
    language: r.language as string,
    analysed: r.analysed === 1,
    note: r.note as string | null,
    text: r.text as string,
    meta: {
      title: r.title as string | null,
      author: r.author as string | null,
      outlet: r.outlet as string | null,
      published: r.published as string | null,
      publishedBasis: z.enum(PUBLISHED_BASES).nullable().parse(r.published_basis),
      url: r.url as string | null,
      basis: parseJson(MetaBasisSchema, r.meta_basis, 'metadata basis'),
    },
    stripped: parseJson(StrippedListSchema, r.stripped, 'stripped list'),
    version: r.version as number,
    latest: r.latest === 1,
    ingestedAt: r.ingested_at as string,
  };
}
