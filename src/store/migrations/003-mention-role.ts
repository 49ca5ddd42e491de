/** A mention's role: the title or rank written before a name ("Colonel", "Interior Minister"), kept out of the span. */
export const name = 'mention-role';

export const sql = `
ALTER TABLE mentions ADD COLUMN role TEXT;
`;
