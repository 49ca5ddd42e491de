/** Article metadata from every source, each field resolved by precedence: supplied > stated > url > inferred. */
import type { ActorIndex } from '../../core/actor.js';
import type { ArticleMeta, Stripped } from '../../core/doc.js';
import type { PublishedBasis } from '../../core/vocab.js';
import { joinLines } from '../clean/clean-text.js';
import { bylineRest, isPersonName, sourceRest } from '../line-shapes.js';
import type { StatedMeta, SuppliedMeta } from '../types.js';
import { findBylines } from './byline.js';
import { dateFromUrl, latestDatedMention, normaliseDate, parseDateLine } from './dates.js';

export interface MetaSources {
  /** cleaned text */
  text: string;
  /** what cleaning removed; author boxes in it are read for an inferred author */
  stripped: Stripped[];
  /** metadata the file states outside its text (HTML head) */
  stated?: StatedMeta;
  /** already merged user-supplied fields (CLI > sidecar > front matter) */
  supplied?: Partial<SuppliedMeta>;
}

export interface MetaResult {
  meta: ArticleMeta;
  /** the text with pure byline lines removed */
  text: string;
  /** the removed byline lines, reason 'byline' */
  stripped: Stripped[];
}

type Field = 'title' | 'author' | 'outlet' | 'published' | 'url';
type Candidate = [value: string | null | undefined, basis: PublishedBasis];

/** A first line that reads as a headline: short, more than one word, no closing full stop, not a byline or date. */
export function looksLikeHeadline(line: string): boolean {
  if (line.length < 8 || line.length > 200 || /\.$/.test(line) || !/\s/.test(line) || /^\p{Ll}/u.test(line)) return false;
  // a two-word line shaped like a name is more likely a name than a headline
  const nameLike = line.split(' ').length <= 2 && isPersonName(line);
  return !nameLike && !parseDateLine(line) && bylineRest(line) === null && sourceRest(line) === null;
}

/** An author stated in a meta tag: a name, not a profile URL or a "staff" label. */
function cleanAuthor(s: string | undefined): string | null {
  if (!s) return null;
  const t = s.replace(/^by\s+/i, '').trim();
  if (/https?:|www\.|@/.test(t) || t.length > 80) return null;
  return /\p{Lu}/u.test(t) ? t : null;
}

/** "Director … at Foreign Intrigue" in an author box → the name and the organisation. */
function fromAuthorBox(stripped: Stripped[]): { author: string | null; outlet: string | null } {
  for (const s of stripped) {
    if (s.reason !== 'author-bio') continue;
    const lines = s.text.split('\n');
    const author = lines.find((l) => isPersonName(l)) ?? null;
    const m = /\b(?:editor|director|founder|co-founder|correspondent|writer|reporter|columnist|contributor|analyst|fellow)\b[^.]*?\b(?:at|of|for|with)\s+((?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,4})/iu.exec(s.text);
    return { author, outlet: m ? m[1]!.replace(/^the\s+/i, '') : null };
  }
  return { author: null, outlet: null };
}

/** A closing line such as "Jane Doe is a senior fellow at …" names the author of an opinion piece. */
function fromClosingBio(lines: string[]): string | null {
  const tail = lines.filter((l) => l !== '').slice(-2);
  for (const l of tail) {
    const m = /^\*?((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+),?\s+(?:is|was|has been|serves as)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}(?:fellow|professor|analyst|journalist|researcher|editor|correspondent|writer|director|expert|lecturer|scholar|reporter|columnist)\b/u.exec(l);
    if (m && isPersonName(m[1]!)) return m[1]!;
  }
  return null;
}

function outletName(name: string | null | undefined, kb: ActorIndex): string | null {
  if (!name) return null;
  return kb.outletByName(name)?.name ?? name;
}

function outletFromUrl(url: string | null, kb: ActorIndex): string | null {
  if (!url) return null;
  try {
    return kb.outletByDomain(new URL(url).hostname.replace(/^www\./, ''))?.name ?? null;
  } catch {
    return null;
  }
}

/**
 * The headline line and the byline blocks. A first line that opens a byline block ("Jane Doe / OUTLET / date",
 * or a date line) is not the headline; the headline may then follow the block.
 */
function titleAndBylines(lines: string[], kb: ActorIndex): { titleIdx: number | null } & ReturnType<typeof findBylines> {
  const firstIdx = lines.findIndex((l) => l !== '');
  if (firstIdx < 0) return { titleIdx: null, top: null, bottom: null };
  const probe = findBylines(lines, null, kb);
  const block = probe.top?.lines ?? [];
  const first = lines[firstIdx]!;
  const opensByline = block.includes(firstIdx) && (probe.top!.outlet !== null || !looksLikeHeadline(first));
  if (!opensByline) {
    return looksLikeHeadline(first) ? { titleIdx: firstIdx, ...findBylines(lines, firstIdx, kb) } : { titleIdx: null, ...probe };
  }
  const after = lines.findIndex((l, i) => l !== '' && i > Math.max(...block));
  const titleIdx = after >= 0 && looksLikeHeadline(lines[after]!) ? after : null;
  return { titleIdx, ...probe };
}

/**
 * Resolves title, author, outlet, date and URL, and removes pure byline lines from the text.
 * @example extractMeta({ text: 'A headline here\nBody.\nBy Jane Doe', stripped: [] }, kb).meta.author // 'Jane Doe'
 */
export function extractMeta(src: MetaSources, kb: ActorIndex): MetaResult {
  const lines = src.text.split('\n');
  const { titleIdx, top, bottom } = titleAndBylines(lines, kb);
  const sup = src.supplied ?? {};
  const st = src.stated ?? {};
  const box = fromAuthorBox(src.stripped);
  const url = sup.url ?? st.url ?? null;
  const candidates: Record<Field, Candidate[]> = {
    url: [[sup.url, 'supplied'], [st.url, 'stated']],
    title: [[sup.title, 'supplied'], [st.title, 'stated'], [titleIdx === null ? null : lines[titleIdx], 'stated']],
    author: [[sup.author, 'supplied'], [cleanAuthor(st.author), 'stated'], [top?.author ?? bottom?.author, 'stated'], [box.author ?? fromClosingBio(lines), 'inferred']],
    outlet: [
      [outletName(sup.outlet, kb), 'supplied'],
      [outletName(st.outlet, kb), 'stated'],
      [outletName(top?.outlet ?? bottom?.outlet, kb), 'stated'],
      [outletFromUrl(url, kb), 'url'],
      [outletName(box.outlet, kb), 'inferred'],
    ],
    published: [
      [sup.published, 'supplied'],
      [st.published ? normaliseDate(st.published) : null, 'stated'],
      [top?.published ?? bottom?.published, 'stated'],
      [url ? dateFromUrl(url) : null, 'url'],
    ],
  };
  const meta: ArticleMeta = { title: null, author: null, outlet: null, published: null, publishedBasis: null, url: null, basis: {} };
  for (const field of Object.keys(candidates) as Field[]) {
    const hit = candidates[field].find(([v]) => typeof v === 'string' && v.trim() !== '');
    if (!hit) continue;
    meta[field] = hit[0]!.trim();
    meta.basis[field] = hit[1];
  }
  // only when nothing better exists (it scans the whole text): the latest date the text mentions bounds
  // publication from below, and only its year is claimed
  const inferred = meta.published === null ? latestDatedMention(src.text) : null;
  if (inferred) {
    meta.published = inferred.slice(0, 4);
    meta.basis.published = 'inferred';
  }
  meta.publishedBasis = (meta.basis.published as PublishedBasis | undefined) ?? null;
  const drop = new Set([...(top?.lines ?? []), ...(bottom?.lines ?? [])]);
  const stripped: Stripped[] = [top, bottom]
    .filter((b) => b !== null && b.lines.length > 0)
    .map((b) => ({ text: b!.lines.map((i) => lines[i]).join('\n'), reason: 'byline' }));
  const text = drop.size ? joinLines(lines.map((l, i) => (drop.has(i) ? '' : l))) : src.text;
  return { meta, text, stripped };
}
