/** Marks boilerplate lines (navigation, page tails, captions, author boxes, comment trails) by shape and position. */
import { isPersonName } from '../line-shapes.js';
import { parseDateLine } from '../meta/dates.js';
import { AD_LINES, CAPTION, EDITOR_NOTE, CHROME_PATTERNS, COMMENT_COUNT, furnitureKey, NAV_LINES, PINGBACK, SHARE_LINES, TAIL_HEADERS } from './boilerplate-patterns.js';

/** One line of the document; `drop` holds the reason once the line is judged boilerplate. */
export interface Line {
  text: string;
  drop: string | null;
}

/** A tail heading only ends the article when this much of the text lies before it. */
const TAIL_MIN_SHARE = 0.5;
/** How many leading lines can hold page chrome before the headline. */
const TOP_LINES = 6;
const MAX_CHROME_LEN = 200;

/** Whether `text` has more than `n` characters that are not white space: its key (less a trailing colon) is then longer than `n - 1`. */
function moreThanNonSpace(text: string, n: number): boolean {
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c > 32 && c < 127) || !/\s/u.test(text[i]!)) {
      if (++k > n) return true;
    }
  }
  return false;
}

/** One more than the longest tail heading (a trailing colon is dropped from a key). */
const LONGEST_HEADING = Math.max(...[...TAIL_HEADERS.keys()].map((k) => k.length)) + 1;

function tailReason(text: string): string | null {
  // a longer line can only be a numbered comment heading ("3 Comments"), which opens with its number
  if (moreThanNonSpace(text, LONGEST_HEADING) && !/^\s*\d/.test(text)) return null;
  const key = furnitureKey(text);
  return TAIL_HEADERS.get(key) ?? (COMMENT_COUNT.test(key) ? 'comments' : null);
}

/** From the first tail heading in the latter part of the text to the end, each segment under its heading's reason. */
function markTail(lines: Line[]): void {
  const total = lines.reduce((n, l) => n + l.text.length, 0);
  let before = 0;
  let reason: string | null = null;
  for (const l of lines) {
    const heading = l.text.length <= MAX_CHROME_LEN ? tailReason(l.text) : null;
    if (heading && (reason || before >= total * TAIL_MIN_SHARE)) reason = heading;
    else if (reason && PINGBACK.test(l.text)) reason = 'comments';
    before += l.text.length;
    if (reason && l.text) l.drop = reason;
  }
}

function lastContent(lines: Line[], from: number): number {
  for (let i = from; i >= 0; i--) if (lines[i]!.text && !lines[i]!.drop) return i;
  return -1;
}

/** A trail of pingbacks/comment excerpts at the end of the text. */
function markEndComments(lines: Line[]): void {
  let i = lastContent(lines, lines.length - 1);
  let first = -1;
  while (i >= 0 && PINGBACK.test(lines[i]!.text)) {
    first = i;
    i = lastContent(lines, i - 1);
  }
  if (first >= 0) for (let k = first; k < lines.length; k++) if (lines[k]!.text && !lines[k]!.drop) lines[k]!.drop = 'comments';
}

const BIO_CUE = /\b(?:e-?mail|follow\b.*\b(?:twitter|on x|facebook|linkedin)|twitter|writes about|is an? |is the |editor|correspondent|journalist|author of|contributor|researcher|analyst)/iu;

/** An author box at the end: a name line (often repeated) and a short bio paragraph that names or follows up on them. */
function markEndBio(lines: Line[]): void {
  const end = lastContent(lines, lines.length - 1);
  let k = end;
  for (let steps = 0; k >= 0 && steps < 4; steps++, k = lastContent(lines, k - 1)) {
    const name = lines[k]!.text;
    if (!isPersonName(name)) continue;
    const after: number[] = [];
    for (let j = k + 1; j <= end; j++) if (lines[j]!.text && !lines[j]!.drop) after.push(j);
    const body = after.map((j) => lines[j]!.text).filter((t) => t !== name);
    const first = name.split(/\s+/)[0]!;
    const repeated = after.some((j) => lines[j]!.text === name);
    if (body.length === 0 || body.length > 2 || !BIO_CUE.test(body.join(' '))) continue;
    if (!repeated && !body[0]!.includes(first)) continue;
    // author boxes often print the name twice: heading, then card
    for (let p = lastContent(lines, k - 1); p >= 0 && lines[p]!.text === name; p = lastContent(lines, p - 1)) k = p;
    for (let j = k; j <= end; j++) if (lines[j]!.text && !lines[j]!.drop) lines[j]!.drop = 'author-bio';
    return;
  }
}

/** A top line made of menu labels glued together ("HomeDaily NewsThe …"), or a breadcrumb trail. */
function isMenuLine(text: string, next: string | undefined): boolean {
  if (/^(?:home|главная)\s*[›»>|/]/iu.test(text) || (text.match(/[›»]/gu)?.length ?? 0) >= 2) return true;
  if (/^Home\p{Lu}/u.test(text)) return true;
  const glued = text.match(/\p{Ll}\p{Lu}\p{Ll}/gu)?.length ?? 0;
  const truncated = /(?:\.\.\.|…)$/u.test(text);
  if (glued >= 2 && truncated) return true;
  // a breadcrumb ends in the headline cut short; the full headline follows it
  if (truncated && next && text.length > 20) {
    const stem = text.replace(/(?:\.\.\.|…)$/u, '').trim();
    return next.startsWith(stem.slice(-Math.min(stem.length, 30)).trim()) || next.includes(stem.slice(-30));
  }
  return false;
}

/** Page chrome above the headline: a weekday date header, menus, breadcrumbs. */
function markTop(lines: Line[]): void {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < TOP_LINES; i++) {
    const l = lines[i]!;
    if (!l.text || l.drop) continue;
    if (l.text.length > MAX_CHROME_LEN) break;
    const next = lines.slice(i + 1).find((n) => n.text && !n.drop)?.text;
    if (seen === 0 && EDITOR_NOTE.test(l.text)) {
      l.drop = 'editor-note';
      continue;
    }
    if (seen === 0 && parseDateLine(l.text)?.weekday) l.drop = 'date-header';
    else if (isMenuLine(l.text, next)) l.drop = 'nav';
    seen++;
  }
}

/** One more than the longest label of the line sets. */
const LONGEST_LABEL = Math.max(...[...NAV_LINES, ...SHARE_LINES, ...AD_LINES].map((k) => k.length)) + 1;

/** The reason a single line is chrome wherever it stands, or null. */
function chromeReason(text: string): string | null {
  // most lines are longer than any label: lower-casing and collapsing each only to miss every set cost a tenth of reading a file
  if (!moreThanNonSpace(text, LONGEST_LABEL)) {
    const key = furnitureKey(text);
    if (NAV_LINES.has(key)) return 'nav';
    if (SHARE_LINES.has(key)) return 'share';
    if (AD_LINES.has(key)) return 'ad';
  }
  if (text.length > MAX_CHROME_LEN) return null;
  if (CAPTION.test(text)) return 'caption';
  return CHROME_PATTERNS.find(([re, , need]) => (!need || need.test(text)) && re.test(text))?.[1] ?? null;
}

/** Line-level chrome anywhere: nav labels, share buttons, ads, captions, footers, adjacent duplicates. */
function markAnywhere(lines: Line[]): void {
  let prev: Line | null = null;
  for (const l of lines) {
    if (!l.text || l.drop) continue;
    l.drop = chromeReason(l.text);
    if (!l.drop && prev && prev.text === l.text && l.text.length <= MAX_CHROME_LEN) l.drop = prev.drop ?? 'duplicate';
    prev = l;
  }
}

/** Runs every rule; order matters: the tail goes first so end-of-text rules see the article's real end. */
export function markBoilerplate(lines: Line[]): void {
  markTail(lines);
  markEndComments(lines);
  markEndBio(lines);
  markTop(lines);
  markAnywhere(lines);
}
