/**
 * Conflicts about one happening or one act rather than one statement: the same event dated or placed
 * incompatibly, and one act attributed to different parties.
 */
import type { ExportLinkT } from '../core/export-schema.js';
import { jaccard, overlap } from './claim-topics.js';
import { quote, type Prepared } from './claim-links.js';

/** A happening a claim asserts: from the event layer, with its sentence's topic terms (names and dates left out). */
export interface Happening {
  /** where its sentence starts: two events read from one sentence are not two accounts */
  at: number;
  type: string;
  actors: string[];
  terms: string[];
  /** inclusive ISO day range, from a date of month or day precision */
  date: { from: string; to: string; text: string } | null;
  place: { id: string; name: string; lat: number; lon: number } | null;
}

/** Two happenings are one when they share an actor, a type and this many topic terms (and, across documents, this share of them). */
const SAME_HAPPENING_TERMS = 3;
const SAME_HAPPENING_JACCARD_ACROSS = 0.3;
/** Places closer than this may be one place named at two scales (a district and its town). */
const FAR_KM = 50;

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function sameHappening(x: Happening, y: Happening, sameDoc: boolean): boolean {
  if (x.type !== y.type || (sameDoc && x.at === y.at) || !x.actors.some((e) => y.actors.includes(e))) return false;
  const [tx, ty] = [new Set(x.terms), new Set(y.terms)];
  return overlap(tx, ty) >= SAME_HAPPENING_TERMS && (sameDoc || jaccard(tx, ty) >= SAME_HAPPENING_JACCARD_ACROSS);
}

const side = (p: Prepared, h: Happening, what: string) => `${p.c.speakerText} (${what}): "${p.c.content.replace(/\s+/g, ' ').trim().slice(0, 80)}"`;

/** One happening given incompatible dates (disjoint month or day ranges) or far-apart places by two claims. */
export function happeningConflict(a: Prepared, b: Prepared): ExportLinkT | null {
  if (a.c.id === b.c.id) return null;
  for (const x of a.c.happenings ?? []) {
    for (const y of b.c.happenings ?? []) {
      if (!sameHappening(x, y, a.c.doc === b.c.doc)) continue;
      if (x.date && y.date && (x.date.to < y.date.from || y.date.to < x.date.from)) {
        return { kind: 'contradicts', conflict: 'date', a: a.c.id, b: b.c.id, reason: `${side(a, x, x.date.text)} vs ${side(b, y, y.date.text)}` };
      }
      if (x.place && y.place && x.place.id !== y.place.id && km(x.place, y.place) > FAR_KM) {
        return { kind: 'contradicts', conflict: 'place', a: a.c.id, b: b.c.id, reason: `${side(a, x, x.place.name)} vs ${side(b, y, y.place.name)}` };
      }
    }
  }
  return null;
}

/** Attributions of one act share this many topic terms (names left out). */
const SAME_ACT_TERMS = 2;

/** One act attributed to different parties: a group claiming it against another blamed, or two groups blamed. */
export function responsibilityConflict(a: Prepared, b: Prepared): ExportLinkT | null {
  const [x, y] = [a.c.blame, b.c.blame];
  if (!x || !y || x.agent === y.agent) return null;
  if (overlap(a.terms, b.terms) < SAME_ACT_TERMS) return null;
  return { kind: 'contradicts', conflict: 'responsibility', a: b.c.id, b: a.c.id, reason: `${quote(b.c)} holds ${y.text} responsible; ${quote(a.c)} holds ${x.text} responsible` };
}
