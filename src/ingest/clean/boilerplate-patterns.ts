/** Site furniture as data: which whole lines are boilerplate and what reason they are stripped under. */

/** Normalised form used for look-ups: lower case, no trailing colon or spaces. */
export function furnitureKey(line: string): string {
  return line.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[:：]$/, '').trim();
}

/** Section headings that start a page's tail; everything from one of them to the end is not the article. */
export const TAIL_HEADERS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'related articles': 'related', 'related posts': 'related', 'related stories': 'related', 'related news': 'related',
    'related content': 'related', 'related reading': 'related', related: 'related', 'similar posts': 'related',
    'similar articles': 'related', 'most popular': 'related', 'most read': 'related', 'popular posts': 'related',
    'recent posts': 'related', 'latest posts': 'related', 'latest news': 'related', 'you may also like': 'related',
    'you might also like': 'related', 'more stories': 'related', 'more from this author': 'related', 'more news': 'related',
    'read also': 'related', 'see also': 'related', 'читайте также': 'related', 'похожие статьи': 'related',
    'recent comments': 'comments', 'leave a reply': 'comments', 'leave a comment': 'comments', comments: 'comments',
    'post a comment': 'comments', 'add comment': 'comments', 'комментарии': 'comments',
    sources: 'references', references: 'references', 'notes and references': 'references',
    'post navigation': 'nav', 'about the author': 'author-bio', 'the following two tabs change content below.': 'author-bio',
  }),
);

/** Numbered comment headings: "3 Comments", "2 thoughts on “…”", "1 Response to …". */
export const COMMENT_COUNT = /^\d+\s+(?:comments?|responses?|thoughts? on|replies)\b/i;

/** Lines that are navigation or page chrome wherever they appear. */
export const NAV_LINES: ReadonlySet<string> = new Set([
  'no menu items!', 'menu', 'main menu', 'primary menu', 'open menu', 'close menu', 'toggle navigation', 'navigation',
  'skip to content', 'skip to main content', 'search', 'search for', 'home', 'subscribe', 'sign in', 'log in', 'login',
  'register', 'close', 'back to top', 'scroll to top', 'print', 'print this page', 'font size', 'a a a', 'главная', 'меню',
]);

/** Share buttons and their labels: removed one line at a time (they also float in the middle of articles). */
export const SHARE_LINES: ReadonlySet<string> = new Set([
  'share this', 'share', 'share this article', 'share this story', 'share this post', 'share on facebook', 'share on twitter',
  'share on x', 'tweet', 'email', 'e-mail', 'facebook', 'twitter', 'x', 'linkedin', 'telegram', 'whatsapp', 'pinterest',
  'reddit', 'vk', 'viber', 'copy link', 'like this', 'like this:', 'loading...', 'поделиться',
]);

/** Single lines of advertising or teaser chrome. */
export const AD_LINES: ReadonlySet<string> = new Set(['advertisement', 'sponsored', 'sponsored content', 'реклама', 'read more', 'continue reading', 'tags', 'categories', 'filed under']);

/**
 * Whole-line shapes of chrome that carry a little text of their own (teasers, credits, footers, banners), each with
 * the reason, and for an unanchored one a plain search every match passes first (a `\b` under /iu is tried at each position).
 */
export const CHROME_PATTERNS: readonly (readonly [RegExp, string, RegExp?])[] = [
  [/^(?:read more|read also|also read|see also|related|more|recommended|watch|listen)\s*:\s*\S.{3,160}$/iu, 'related'],
  [/^(?:©|copyright\b|\(c\)\s*\d{4})|\ball rights reserved\b/iu, 'footer', /©|copyright|\(c\)|rights reserved/iu],
  [/^(?:follow us\b|subscribe to (?:our|the)\b|sign up for (?:our|the)\b|join (?:us|our)\b.*\b(?:telegram|whatsapp|channel)\b|click here to\b)/iu, 'share'],
  [/^(?:[-*•]\s*)?(?:https?:\/\/|www\.)\S+$/iu, 'link'],
  [/\bwe use cookies\b|\bcookie (?:policy|settings)\b|\baccept (?:all )?cookies\b/iu, 'nav', /cookie/iu],
];

/** Pingback and comment-excerpt lines: "1. […] text […]", "[…] text". */
export const PINGBACK = /^(?:\d{1,3}[.)]\s*)?\[(?:…|\.\.\.)\]/u;

/** A photo, map or image credit line. */
export const CAPTION =
  /^(?:\(?\s*(?:[\w\s]{0,30}:\s*)?(?:featured\s+)?(?:photo|map|image|picture|graphic|illustration|chart|video|фото)s?\b[^.]{0,20}\b(?:courtesy|credit|by|via|source|:)|(?:photo|image|map)\s*(?:credit)?\s*:)|(?:[-–—|]\s*(?:file\s+)?(?:photo|image|picture)\s*\)?$)|\((?:left|right)\).*\((?:left|right)\)/iu;

/** An editor's note standing alone on the first line: "[Sample …]", "[Updated …]", or an HTML comment. */
export const EDITOR_NOTE = /^(?:\[[^\]]{3,400}\]|<!--[\s\S]{0,400}?-->)$/u;
