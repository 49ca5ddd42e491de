/** Predicates on the shape of one line, shared by the cleaner (what not to merge) and the metadata finder. */
import { parseDateLine } from './meta/dates.js';

/** Capitalised words that are common in headings and site furniture but never part of a person's name. */
const NOT_NAME = new Set(
  (
    'the a an and or of for to in on at by with from into about after over under is are was were has have had will can ' +
    'says said say warns calls claims denies deny confirms announces reports report news posts post comments comment popular ' +
    'related articles article home menu reply share agency ministry service committee state states republic president minister ' +
    'government security national international world daily weekly times press analysis policy foreign central asia middle east ' +
    'united nations islamic border borders region council university institute center centre editor editors staff team desk ' +
    'correspondent reporter photo map image video read more latest top stories breaking live updates subscribe contact us ' +
    'privacy terms search login sign register leave recent similar most follow part chapter section introduction conclusion ' +
    'background summary overview new old war peace army forces military police taliban isis afghanistan tajikistan russia china ' +
    'region province city street road day week month year today yesterday monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april june july august september october november december'
  ).split(' '),
);
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'van', 'von', 'de', 'da', 'del', 'der', 'di', 'du', 'la', 'le', 'ul', 'ud', 'ben', 'abu']);
const NAME_WORD = /^(?:\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{Ll}’'`]+(?:-\p{Lu}?[\p{Ll}’']+)*|(?:al|el|ad|as|ash|at|az)-\p{Lu}[\p{Ll}’']+|\p{Lu}[\p{Ll}]*\p{Lu}[\p{Ll}]+)$/u;

/**
 * Two to four capitalised words (initials and particles such as al-/bin/van allowed) and nothing else.
 * @example isPersonName('Sharofiddin Gadoev') // true
 */
export function isPersonName(s: string): boolean {
  const words = s.trim().replace(/[,;]$/, '').split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  let capitalised = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (PARTICLES.has(lower)) continue;
    if (!NAME_WORD.test(w) || NOT_NAME.has(lower)) return false;
    capitalised++;
  }
  return capitalised >= 2 && capitalised <= 4;
}

/** "- item", "* item", "• item", "1. item", "2) item". */
export function isListItem(line: string): boolean {
  return /^(?:[-*•·▪◦–]|\d{1,3}[.)])\s/u.test(line);
}

/** Ends with sentence-final punctuation, allowing closing quotes and brackets after it. */
export function endsSentence(line: string): boolean {
  return /[.!?…:;]["'”’»)\]]*$/u.test(line);
}

/** "By Jane Doe", "Written by …", "Author: …" → the rest of the line, else null. */
export function bylineRest(line: string): string | null {
  const t = line.trim();
  const m = /^(?:by|written by|posted by|words by|reported by|story by|author:|authors:|автор:)\s+(.{3,120})$/iu.exec(t);
  if (m) return m[1]!.trim();
  // wire-service sign-off: "(Reporting by Jane Doe in Kulob; Editing by John Roe)"
  const wire = /^\((?:additional )?reporting by\s+([^;)]{3,120})(?:;[^)]*)?\)$/iu.exec(t);
  return wire ? wire[1]!.replace(/\s+in\s+\p{Lu}[\p{L} ,.'-]*$/u, '').trim() : null;
}

/** "Source: X", "Via X", "Originally published by X" → X, else null. */
export function sourceRest(line: string): string | null {
  const t = line.trim();
  const m = /^(?:source|sources|источник)\s*:\s*(.{2,80}?)\.?$/iu.exec(t) ?? /^(?:via|originally published (?:by|in|at|on)|first published (?:by|in|at|on))\s+(.{2,80}?)\.?$/iu.exec(t);
  if (m && m[1]!.split(/\s+/).length > 8) return null;
  return m ? m[1]!.trim() : null;
}

/** A line that must stand on its own: the wrap repair never merges it with a neighbour. */
export function isStandaloneLine(line: string): boolean {
  return isListItem(line) || bylineRest(line) !== null || sourceRest(line) !== null || parseDateLine(line) !== null;
}
