/** The text rules shared by every format: whitespace, boilerplate (kept in `stripped`), hard-wrap repair. */
import type { Stripped } from '../../core/doc.js';
import type { InputFormat } from '../types.js';
import { markBoilerplate, type Line } from './boilerplate.js';
import { markdownToLines, splitFrontMatter } from './markdown.js';
import { repairWraps } from './wrap.js';

export interface CleanResult {
  text: string;
  stripped: Stripped[];
  /** raw YAML front matter of a Markdown file, for the metadata reader */
  frontMatter: string | null;
}

const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Trims a line and collapses its inner runs of spaces. */
export function normaliseLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Consecutive dropped lines with one reason become one stripped block (blank lines inside are kept out). */
function collectStripped(lines: Line[]): Stripped[] {
  const out: Stripped[] = [];
  let cur: { reason: string; parts: string[] } | null = null;
  for (const l of lines) {
    if (!l.text) continue;
    if (l.drop && cur && cur.reason === l.drop) cur.parts.push(l.text);
    else if (l.drop) {
      if (cur) out.push({ text: cur.parts.join('\n'), reason: cur.reason });
      cur = { reason: l.drop, parts: [l.text] };
    } else if (cur) {
      out.push({ text: cur.parts.join('\n'), reason: cur.reason });
      cur = null;
    }
  }
  if (cur) out.push({ text: cur.parts.join('\n'), reason: cur.reason });
  return out;
}

/** Kept lines → text with at most one blank line between paragraphs and none at the ends. */
export function joinLines(lines: string[]): string {
  const out: string[] = [];
  for (const l of lines) {
    if (!l && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/**
 * Cleans decoded text of any format; Markdown syntax and front matter are removed first.
 * @example cleanText('Menu\nA headline\nThe body text.', 'txt').text // 'A headline\nThe body text.'
 */
export function cleanText(input: string, format: InputFormat): CleanResult {
  let text = input.replace(/\r\n?/g, '\n').normalize('NFC');
  const stripped: Stripped[] = [];
  let frontMatter: string | null = null;
  let raw: string[];
  if (format === 'md') {
    const split = splitFrontMatter(text);
    frontMatter = split.frontMatter;
    if (frontMatter !== null) stripped.push({ text: frontMatter, reason: 'front-matter' });
    raw = markdownToLines(split.body);
  } else raw = text.split('\n');
  text = '';
  const lines: Line[] = raw.map((r) => ({ text: normaliseLine(r), drop: null }));
  markBoilerplate(lines);
  stripped.push(...collectStripped(lines));
  // a removed line leaves a paragraph break, so its neighbours are never glued together
  const kept = lines.map((l) => (l.drop ? '' : l.text));
  return { text: joinLines(repairWraps(kept)), stripped, frontMatter };
}
