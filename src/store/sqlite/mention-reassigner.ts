/** Moves mentions to other entities in one transaction, in the mentions table and every table that copies a mention's entity. */
import type Database from 'better-sqlite3';
import type { EntityRecord, MentionReassignment } from '../store.js';

// claims, claim_about, events, event_actors and relations copy the entity of the mention they name, for indexed filters;
// annotations only name mentions of their own document, so each update is narrowed to that document's rows by an index
const SQL = {
  entity: 'INSERT INTO entities (id, name, type, kb_id, lat, lon) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  mention: 'UPDATE mentions SET entity_id = ? WHERE id = ? AND entity_id IS NOT ?',
  speaker: 'UPDATE claims SET speaker_entity = ? WHERE doc_id = ? AND speaker_mention = ?',
  about: 'UPDATE claim_about SET entity_id = ? WHERE claim_id > ? AND claim_id < ? AND mention_id = ?',
  place: 'UPDATE events SET place_entity = ? WHERE doc_id = ? AND place_mention = ?',
  actor: 'UPDATE event_actors SET entity_id = ? WHERE event_id > ? AND event_id < ? AND mention_id = ?',
  source: 'UPDATE relations SET source_entity = ? WHERE doc_id = ? AND source_mention = ?',
  target: 'UPDATE relations SET target_entity = ? WHERE doc_id = ? AND target_mention = ?',
} as const;

export class MentionReassigner {
  private readonly tx: (changes: MentionReassignment[], entities: EntityRecord[]) => number;

  constructor(db: Database.Database) {
    const s = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as { [K in keyof typeof SQL]: Database.Statement };
    const byDoc = [s.speaker, s.place, s.source, s.target];
    const byIdRange = [s.about, s.actor];
    const t = db.transaction((changes: MentionReassignment[], entities: EntityRecord[]) => {
      for (const e of entities) s.entity.run(e.id, e.name, e.type, e.kbId, e.geo?.lat ?? null, e.geo?.lon ?? null);
      let changed = 0;
      for (const c of changes) {
        if (s.mention.run(c.entity, c.mention, c.entity).changes === 0) continue;
        changed++;
        const doc = c.mention.slice(0, c.mention.lastIndexOf('/'));
        for (const st of byDoc) st.run(c.entity, doc, c.mention);
        // ids scoped to the document sort between `<doc>/` and `<doc>0` ('0' follows '/')
        for (const st of byIdRange) st.run(c.entity, `${doc}/`, `${doc}0`, c.mention);
      }
      return changed;
    });
    this.tx = (changes, entities) => t.immediate(changes, entities);
  }

  reassign(changes: MentionReassignment[], entities: EntityRecord[]): number {
    return this.tx(changes, entities);
  }
}
