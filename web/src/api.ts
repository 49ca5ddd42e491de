/** Talks to the workbench API: same-origin, cookie auth, one error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function api<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const url = `${path}${q.size ? `?${q}` : ''}`;
  const r = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!r.ok) {
    const body = (await r.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    throw new ApiError(r.status, body?.error?.code ?? 'HTTP', body?.error?.message ?? `${r.status} ${r.statusText}`);
  }
  return (await r.json()) as T;
}

export const enc = encodeURIComponent;

export interface Paged<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface Entity {
  id: string;
  name: string;
  type: string;
  kbId: string | null;
  geo: { lat: number; lon: number } | null;
  mentionCount: number;
  docCount: number;
  aliases: string[];
}

export interface DocSummary {
  id: string;
  source: string;
  title: string | null;
  author: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  language: string;
  analysed: boolean;
  version: number;
}

export interface Claim {
  id: string;
  doc: string;
  speaker: { kind: string; entity: string | null; text: string | null };
  chain: { text: string; role: string }[];
  cue: string;
  kind: string;
  stance: string;
  hedged: boolean;
  hedges: string[];
  quote: boolean;
  sourcing: string;
  said_on: string | null;
  content: string;
  about: string[];
  credibility: number | null;
  credibility_reason: string | null;
  evidence: { start: number; end: number; text: string };
  spans: { source: [number, number] | null; cue: [number, number] | null; content: [number, number] | null };
  published: string | null;
  outlet: string | null;
}

export interface EventItem {
  id: string;
  doc: string;
  type: string;
  subtype: string | null;
  date: string | null;
  date_precision: string | null;
  place: string | null;
  geo_precision: number | null;
  actors: string[];
  fatalities: number | null;
  evidence: { start: number; end: number; text: string };
  published?: string | null;
}

export interface Relation {
  id: string;
  doc: string;
  type: string;
  source: string;
  target: string;
  basis: 'alleged' | 'reported';
  credibility: number | null;
  evidence: { start: number; end: number; text: string };
}

export interface Conflict {
  kind: string;
  conflict: string | null;
  a: string;
  b: string;
  reason: string;
  claimA: Claim | null;
  claimB: Claim | null;
}

export interface GraphData {
  nodes: { id: string; name: string; type: string; mentions: number; docs: number; x: number; y: number }[];
  edges: { id: string; source: string; target: string; type: string; basis: 'alleged' | 'reported'; count: number; credibility: number | null; facts: string[]; docs: string[] }[];
  truncated: boolean;
}
