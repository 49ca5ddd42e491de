/** Stable identifiers derived from content, so re-ingesting and re-exporting give the same ids. */
import { createHash } from 'node:crypto';

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Document version id: `doc-` plus the first 12 hex digits of the raw content hash. */
export function docId(sha256: string): string {
  return `doc-${sha256.slice(0, 12)}`;
}

/** Entity ids already derived: every document links the same few thousand names, each several times. */
const entityIds = new Map<string, string>();

/** Entity id from a link's entity key: `kb:<id>` stays; `new:TYPE:name` becomes `type:slug`. */
export function entityIdFromKey(key: string): string {
  if (key.startsWith('kb:')) return key;
  let id = entityIds.get(key);
  if (id === undefined) {
    if (entityIds.size >= 50_000) entityIds.clear(); // a bound, not an eviction policy: rebuilding is cheap
    id = slugOf(key);
    entityIds.set(key, id);
  }
  return id;
}

function slugOf(key: string): string {
  const m = /^new:([A-Z]+):(.*)$/.exec(key);
  if (!m) return key;
  const slug = m[2]!
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `${m[1]!.toLowerCase()}:${slug || createHash('sha1').update(m[2]!).digest('hex').slice(0, 8)}`;
}

/** A document-scoped annotation id made global: `<docId>/<localId>`. */
export function scopedId(doc: string, local: string): string {
  return `${doc}/${local}`;
}
