/** Markdown → plain text lines: front matter split off, syntax removed, soft-wrapped paragraphs joined. */

export interface MarkdownSplit {
  /** raw YAML between the `---` fences, or null */
  frontMatter: string | null;
  body: string;
}

/** Separates a leading `---` … `---` (or `...`) YAML block from the body. */
export function splitFrontMatter(text: string): MarkdownSplit {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { frontMatter: null, body: text };
  return { frontMatter: m[1]!, body: text.slice(m[0].length) };
}

/** Inline syntax → its visible text. */
export function stripInline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

type Kind = 'para' | 'block';

/** Classifies one source line and returns its visible text; null means the line is pure syntax. */
function convertLine(raw: string, inFence: boolean): { text: string; kind: Kind } | null {
  if (inFence) return { text: raw, kind: 'block' };
  const line = raw.replace(/^(?:\s{0,3}>\s?)+/, '');
  if (/^\s*(?:[-*_]\s*){3,}$/.test(line) || /^\s*=+\s*$/.test(line)) return null;
  if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) return null;
  const h = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
  if (h) return { text: stripInline(h[1]!), kind: 'block' };
  const li = /^\s*(?:[-*+]|(\d{1,3})[.)])\s+(.*)$/.exec(line);
  if (li) return { text: `${li[1] ? `${li[1]}.` : '-'} ${stripInline(li[2]!)}`, kind: 'block' };
  return { text: stripInline(line.trim()), kind: 'para' };
}

/**
 * Markdown body → text lines; headings and list items become lines of their own, paragraphs one line each.
 * @example markdownToLines('# Title\n\nSome *text*\ncontinues.') // ['Title', '', 'Some text continues.']
 */
export function markdownToLines(body: string): string[] {
  const out: string[] = [];
  let open = false; // the last output line is a paragraph still accepting soft-wrapped lines
  let hardBreak = false;
  let inFence = false;
  const src = body.split('\n');
  for (let i = 0; i < src.length; i++) {
    const raw = src[i]!;
    if (/^\s*(?:```|~~~)/.test(raw)) {
      inFence = !inFence;
      open = false;
      continue;
    }
    // a setext underline turns the previous paragraph line into a heading
    if (!inFence && open && /^\s*-{2,}\s*$/.test(raw)) {
      out.push('');
      open = false;
      continue;
    }
    if (!raw.trim()) {
      if (out.length && out[out.length - 1] !== '') out.push('');
      open = false;
      continue;
    }
    const conv = convertLine(raw, inFence);
    if (!conv) continue;
    if (conv.kind === 'para' && open && !hardBreak) out[out.length - 1] += ` ${conv.text}`;
    else {
      if (conv.kind === 'block' && !inFence && /^\s{0,3}#/.test(raw) && out.length && out[out.length - 1] !== '') out.push('');
      out.push(conv.text);
    }
    hardBreak = / {2,}$|\\$/.test(raw);
    open = conv.kind === 'para' || (!inFence && /^\s*(?:[-*+]|\d{1,3}[.)])\s/.test(raw));
    if (conv.kind === 'block' && !inFence && /^\s{0,3}#/.test(raw)) {
      out.push('');
      open = false;
    }
  }
  return out.map((l) => l.replace(/\\$/, ''));
}
