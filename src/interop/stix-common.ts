/** Small shared pieces of the STIX writer: the object type, timestamps from partial dates, and dropping empty values. */
export type StixObject = Record<string, unknown> & { type: string; id: string };

/**
 * A STIX timestamp (millisecond precision, `Z`) for a Dossier date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): its first instant.
 * @example stixTime('2024-09') // '2024-09-01T00:00:00.000Z'
 */
export function stixTime(date: string | null | undefined): string | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return undefined;
  const [y, mo = '01', d = '01'] = [m[1]!, m[2], m[3]];
  const t = new Date(`${y}-${mo}-${d}T00:00:00.000Z`);
  // Date rolls 2024-02-31 over to March; a date that does not round-trip is not a real date.
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) return undefined;
  return t.toISOString();
}

/** The last day covered by a partial date, as YYYY-MM-DD (for time intervals). */
export function lastDay(date: string): string | undefined {
  const start = stixTime(date);
  if (!start) return undefined;
  const t = new Date(start);
  if (date.length === 4) t.setUTCFullYear(t.getUTCFullYear() + 1);
  else if (date.length === 7) t.setUTCMonth(t.getUTCMonth() + 1);
  else return date;
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

/** Drops undefined and null values, empty arrays and empty objects: STIX forbids empty lists and nulls. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out as T;
}
