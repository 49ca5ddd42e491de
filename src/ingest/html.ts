/** HTML → article text (Readability over linkedom, falling back to the body) plus the metadata its head states. */
import type { Readability } from '@mozilla/readability';
import type { parseHTML } from 'linkedom';
import { createRequire } from 'node:module';
import type { StatedMeta } from './types.js';

// linkedom takes a fifth of a second to load, so only a batch with HTML in it pays for it (not every ingest worker)
const load = createRequire(import.meta.url);
let dom: { parseHTML: typeof parseHTML; Readability: typeof Readability } | null = null;
function domLibs(): { parseHTML: typeof parseHTML; Readability: typeof Readability } {
  dom ??= {
    parseHTML: (load('linkedom') as { parseHTML: typeof parseHTML }).parseHTML,
    Readability: (load('@mozilla/readability') as { Readability: typeof Readability }).Readability,
  };
  return dom;
}

export interface HtmlExtract {
  text: string;
  meta: StatedMeta;
  /** false when Readability found no article and the whole body was used */
  readability: boolean;
}

/** Minimal DOM surface we walk; linkedom's types are looser than the DOM lib we do not load. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomDoc {
  querySelector(sel: string): { getAttribute(n: string): string | null; textContent: string | null } | null;
  querySelectorAll(sel: string): ArrayLike<{ textContent: string | null }>;
  body: DomNode | null;
  title: string;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'FORM', 'BUTTON', 'SELECT', 'HEAD', 'NAV', 'ASIDE', 'FOOTER', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS']);
const PARA = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'UL', 'OL', 'DL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'ADDRESS']);
const LINE = new Set(['LI', 'TR', 'DT', 'DD']);
/** Readability articles shorter than this are taken as a miss: the body text is used instead. */
const MIN_ARTICLE_CHARS = 200;

/** Block-aware text of a subtree: paragraphs separated by blank lines, list items and <br> by newlines. */
export function nodeText(root: DomNode): string {
  const parts: string[] = [];
  const visit = (n: DomNode): void => {
    if (n.nodeType === 3) {
      parts.push((n.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const tag = n.nodeName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') return void parts.push('\n');
    const sep = PARA.has(tag) ? '\n\n' : LINE.has(tag) ? '\n' : '';
    if (tag === 'TD' || tag === 'TH') parts.push(' ');
    if (sep) parts.push(sep);
    if (tag === 'LI') parts.push('- ');
    for (let i = 0; i < n.childNodes.length; i++) visit(n.childNodes[i]!);
    if (sep && PARA.has(tag)) parts.push(sep);
  };
  visit(root);
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function attr(doc: DomDoc, selectors: string[], name = 'content'): string | undefined {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute(name)?.trim();
    if (v) return v;
  }
  return undefined;
}

/** JSON-LD NewsArticle fields, the most reliable structured metadata a page carries. */
function jsonLd(doc: DomDoc): StatedMeta {
  const out: StatedMeta = {};
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common and harmless
    }
    const items = (Array.isArray(data) ? data : [data, ...((data as { '@graph'?: unknown[] })?.['@graph'] ?? [])]) as Record<string, unknown>[];
    for (const it of items) {
      if (!it || typeof it !== 'object' || !/Article|Posting|Report/.test(String(it['@type'] ?? ''))) continue;
      const author = Array.isArray(it.author) ? it.author[0] : it.author;
      const name = typeof author === 'string' ? author : (author as { name?: unknown } | undefined)?.name;
      if (typeof name === 'string' && !out.author) out.author = name.trim();
      if (typeof it.datePublished === 'string' && !out.published) out.published = it.datePublished;
      if (typeof it.headline === 'string' && !out.title) out.title = it.headline.trim();
      const pub = it.publisher as { name?: unknown } | undefined;
      if (typeof pub?.name === 'string' && !out.outlet) out.outlet = pub.name.trim();
    }
  }
  return out;
}

/** A <title> without its site suffix: "Story | Site", "Story - Site", "Story — Site". */
export function pageTitle(title: string, site: string | undefined): string | undefined {
  const t = title.replace(/\s+/g, ' ').trim();
  const m = /^(.{8,}?)\s+[|–—-]\s+([^|–—]{2,40})$/u.exec(t);
  if (m && (!site || m[2]!.trim().toLowerCase() === site.toLowerCase() || m[2]!.split(' ').length <= 4)) return m[1]!.trim();
  return t || undefined;
}

/** Title, author, outlet, date and canonical URL from the page head. */
export function headMeta(doc: DomDoc): StatedMeta {
  const ld = jsonLd(doc);
  const outlet = attr(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? ld.outlet;
  const meta: StatedMeta = {
    title: attr(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? ld.title ?? pageTitle(doc.title, outlet),
    author: attr(doc, ['meta[name="author"]', 'meta[name="byl"]', 'meta[name="sailthru.author"]']) ?? ld.author,
    outlet,
    published:
      attr(doc, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]']) ??
      ld.published ??
      attr(doc, ['time[datetime]'], 'datetime'),
    url: attr(doc, ['link[rel="canonical"]'], 'href') ?? attr(doc, ['meta[property="og:url"]']),
  };
  for (const k of Object.keys(meta) as (keyof StatedMeta)[]) if (meta[k] === undefined) delete meta[k];
  return meta;
}

/**
 * Main text and stated metadata of an HTML page.
 * @example extractHtml('<title>T</title><p>Body text.</p>').meta.title // 'T'
 */
export function extractHtml(html: string): HtmlExtract {
  const { parseHTML, Readability } = domLibs();
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const doc = document as unknown as DomDoc;
  const meta = headMeta(doc);
  const fallback = doc.body ? nodeText(doc.body) : '';
  let article: ReturnType<Readability['parse']> = null;
  try {
    // Readability changes the DOM it reads, so the head and the fallback text are taken first
    article = new Readability(document as never, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  } catch {
    article = null;
  }
  if (article?.byline && !meta.author) meta.author = article.byline.trim();
  if (article?.publishedTime && !meta.published) meta.published = article.publishedTime;
  if (article?.title && !meta.title) meta.title = article.title.trim();
  if (!article?.content) return { text: fallback, meta, readability: false };
  const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const text = (inner as unknown as DomDoc).body ? nodeText((inner as unknown as DomDoc).body!) : '';
  if (text.length < MIN_ARTICLE_CHARS && fallback.length >= text.length) return { text: fallback, meta, readability: false };
  return { text, meta, readability: true };
}
