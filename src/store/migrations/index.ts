/** The SQLite schema migrations, in order; a migration's version is its position (1-based). */
import * as m001 from './001-initial.js';
import * as m002 from './002-judgements.js';
import * as m003 from './003-mention-role.js';
import * as m004 from './004-link-decisions.js';
import * as m005 from './005-cross-doc-index.js';
import * as m006 from './006-lean-mention-index.js';
import * as m007 from './007-prepared-crossdoc.js';
import * as m008 from './008-claim-keys-inline.js';
import * as m009 from './009-crossdoc-claims-rowid.js';
import * as m010 from './010-crossdoc-keys-later.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Listed explicitly rather than read from the folder, so the built package needs no file-system scan.
const modules: { name: string; sql: string }[] = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010];

export const MIGRATIONS: readonly Migration[] = modules.map((m, i) => ({ version: i + 1, name: m.name, sql: m.sql }));

/** The schema version this code writes and understands. */
export const SCHEMA_VERSION = MIGRATIONS.length;
