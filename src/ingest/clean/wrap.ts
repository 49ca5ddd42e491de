/** Repairs hard line wraps: joins lines that a fixed-width wrap broke in the middle of a sentence. */
import { endsSentence, isListItem, isStandaloneLine } from '../line-shapes.js';

/** Words a sentence cannot end on: a line ending with one continues on the next line. */
const CONTINUES = new Set(
  (
    'a an the and or but nor of in on at to for with by from into onto upon about as than that which who whom whose is are ' +
    'was were be been being has have had its their his her our your my this these those such not no will would could should ' +
    'may might can must also both between after before during under over against through while where when if because since ' +
    'via per including like amid among toward towards across within without some any each every many most more other another ' +
    'all very so yet what how whether although though until unless do does did whose и в во на с со по к о об от для что как ' +
    'не из за у до при без под над или но а его её их это этот'
  ).split(' '),
);

/** Titles and initials end with a full stop but never end a sentence: "Gen.\nIvanov", "John F.\nKennedy". */
const TITLE_ABBREV = /(?:^|\s)(?:[Mm]rs?|[Mm]s|[Dd]r|[Gg]en|[Ll]t|[Cc]ol|[Mm]aj|[Cc]apt|[Ss]gt|[Aa]dm|[Pp]rof|[Ss]en|[Rr]ep|[Gg]ov|[Pp]res|vs|\p{Lu})\.$/u;

/** The typical width of a hard-wrapped text, or 0 when lines are not wrapped at a fixed width. */
export function wrapWidth(lines: string[]): number {
  const lens: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) if (lines[i] && lines[i + 1] && lines[i]!.length >= 30) lens.push(lines[i]!.length);
  if (lens.length < 4) return 0;
  lens.sort((a, b) => a - b);
  const median = lens[lens.length >> 1]!;
  if (median < 40 || median > 110) return 0;
  const near = lens.filter((n) => Math.abs(n - median) <= 15).length;
  return near * 2 >= lens.length ? lens[Math.floor(lens.length * 0.9)]! : 0;
}

function lastWord(line: string): string {
  const m = /([\p{L}’']+)[^\p{L}]*$/u.exec(line);
  return m ? m[1]!.toLowerCase() : '';
}

/** Should `next` continue the line `cur` (whose own original width was `curLen`)? */
function continues(cur: string, next: string, curLen: number, width: number, curIsFirst: boolean): boolean {
  if (isListItem(next) || isStandaloneLine(cur) || isStandaloneLine(next)) return false;
  if (TITLE_ABBREV.test(cur)) return /^[\p{L}\d]/u.test(next);
  if (endsSentence(cur)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  if (/,$/.test(cur) || CONTINUES.has(lastWord(cur))) return /^[\p{L}\d"“‘'(«]/u.test(next);
  // a greedy wrap breaks a line only when the next word would not fit; the first line may be a long headline
  const nextWord = /^\S+/u.exec(next)?.[0].length ?? 0;
  return width > 0 && !curIsFirst && curLen + 1 + nextWord >= width * 0.9 && curLen <= width * 1.5 && /^[\p{L}\d"“‘(«]/u.test(next);
}

/**
 * Joins wrapped lines; blank lines (paragraph breaks), list items, bylines and dates are never merged.
 * @example repairWraps(['The army moved', 'north today.']) // ['The army moved north today.']
 */
export function repairWraps(lines: string[]): string[] {
  const width = wrapWidth(lines);
  const out: string[] = [];
  let curLen = 0;
  let firstSeen = false;
  let curIsFirst = false;
  for (const line of lines) {
    const prev = out.length > 0 ? out[out.length - 1]! : '';
    if (line && prev && continues(prev, line, curLen, width, curIsFirst)) {
      // a word hyphenated across the break keeps its hyphen but loses the space
      out[out.length - 1] = /\p{L}-$/u.test(prev) && /^\p{Ll}/u.test(line) ? prev + line : `${prev} ${line}`;
      curLen = line.length;
      curIsFirst = false;
      continue;
    }
    out.push(line);
    curLen = line.length;
    curIsFirst = line !== '' && !firstSeen;
    if (line) firstSeen = true;
  }
  return out;
}
