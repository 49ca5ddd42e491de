/** Moves mentions to other entities in one transaction, in the mentions table and every table that copies a mention's entity. */
import type Database from 'better-sqlite3';
import type { EntityRecord, MentionReassignment } from '../store.js';

// claims, claim_about, events, event_actors and relations copy the entity of the mention they name, for indexed filters
const SQL = {
  entity: 'INSERT INTO entities (id, name, type, kb_id, lat, lon) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  mention: 'UPDATE mentions SET entity_id = ? WHERE id = ? AND entity_id IS NOT ?',
  speaker: 'UPDATE claims SET speaker_entity = ? WHERE speaker_mention = ?',
  about: 'UPDATE claim_about SET entity_id = ? WHERE mention_id = ?',
  place: 'UPDATE events SET place_entity = ? WHERE place_mention = ?',
  actor: 'UPDATE event_actors SET entity_id = ? WHERE mention_id = ?',
  source: 'UPDATE relations SET source_entity = ? WHERE source_mention = ?',
  target: 'UPDATE relations SET target_entity = ? WHERE target_mention = ?',
} as const;

export class MentionReassigner {
  private readonly tx: (changes: MentionReassignment[], entities: EntityRecord[]) => number;

  constructor(db: Database.Database) {
    const s = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as { [K in keyof typeof SQL]: Database.Statement };
    const copies = [s.speaker, s.about, s.place, s.actor, s.source, s.target];
    const t = db.transaction((changes: MentionReassignment[], entities: EntityRecord[]) => {
      for (const e of entities) s.entity.run(e.id, e.name, e.type, e.kbId, e.geo?.lat ?? null, e.geo?.lon ?? null);
      let changed = 0;
      for (const c of changes) {
        if (s.mention.run(c.entity, c.mention, c.entity).changes === 0) continue;
        changed++;
        for (const st of copies) st.run(c.entity, c.mention);
      }
      return changed;
    });
    this.tx = (changes, entities) => t.immediate(changes, entities);
  }

  reassign(changes: MentionReassignment[], entities: EntityRecord[]): number {
    return this.tx(changes, entities);
  }
}
