/** The linker's own decision per mention (entity, score, rule), kept beside the entity an analyst's judgements may have moved it to. */
export const name = 'link-decisions';

// entity_id stays the column every query reads; linked_entity is what the pipeline chose, so judgements re-apply from it.
export const sql = `
ALTER TABLE mentions ADD COLUMN linked_entity TEXT;
ALTER TABLE mentions ADD COLUMN link_score REAL;
ALTER TABLE mentions ADD COLUMN link_rule TEXT;
UPDATE mentions SET linked_entity = entity_id;
CREATE INDEX mentions_linked ON mentions (linked_entity);
`;
