/**
 * The only way this UI makes elements: text goes in as text nodes, attributes through an allow-list,
 * links only to our own paths or http(s) URLs. Document content never reaches innerHTML.
 */
export type Child = Node | string | number | null | undefined | false | Child[];

type Attrs = {
  class?: string;
  href?: string;
  title?: string;
  id?: string;
  style?: Partial<Record<'width' | 'left' | 'background' | 'height' | 'top', string>>;
  on?: Partial<Record<'click' | 'change' | 'input' | 'submit' | 'dblclick', (e: Event) => void>>;
  data?: Record<string, string>;
  [attr: string]: unknown;
};

const SAFE_ATTRS = new Set(['class', 'title', 'id', 'type', 'name', 'value', 'placeholder', 'colspan', 'for', 'min', 'max', 'step', 'role', 'aria-label', 'selected', 'checked', 'open', 'target', 'rel', 'tabindex']);

/** Our own paths (`/actors/…`) and http(s) URLs pass; anything else (javascript:, data:) becomes inert. */
export function safeHref(href: string): string | null {
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  try {
    const u = new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'on') for (const [ev, fn] of Object.entries(v as Record<string, EventListener>)) el.addEventListener(ev, fn);
    else if (k === 'style') Object.assign(el.style, v);
    else if (k === 'data') for (const [dk, dv] of Object.entries(v as Record<string, string>)) el.dataset[dk] = dv;
    else if (k === 'href') {
      const safe = safeHref(String(v));
      if (safe) el.setAttribute('href', safe);
    } else if (SAFE_ATTRS.has(k)) el.setAttribute(k, v === true ? '' : String(v));
    else throw new Error(`attribute ${k} is not on the allow-list`);
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children.flat(Infinity as 1) as Child[]) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : (c as Node));
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Link to a path inside the app; the router intercepts the click. */
export const link = (path: string, ...children: Child[]) => h('a', { href: path }, ...children);

export const actorPath = (id: string) => `/actors/${encodeURIComponent(id)}`;
export const docPath = (id: string, anchor?: string) => `/documents/${encodeURIComponent(id)}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;

export function table(head: string[], rows: Child[][], cls = ''): HTMLTableElement {
  return h('table', { class: cls }, h('thead', null, h('tr', null, head.map((x) => h('th', null, x)))), h('tbody', null, rows.map((r) => h('tr', null, r.map((c) => h('td', null, c))))));
}

export const section = (title: string, ...children: Child[]) => h('section', null, h('h2', null, title), ...children);

/** Admiralty credibility digit as a small badge, 1 best. */
export function credBadge(digit: number | null | undefined, reason?: string | null): HTMLElement {
  return h('span', { class: `cred cred-${digit ?? 'none'}`, title: reason ?? 'credibility not rated' }, digit ? String(digit) : '–');
}

export const gradeBadge = (g: string | null) => h('span', { class: `grade grade-${g ?? 'none'}` }, g ?? '–');
export const typeBadge = (t: string) => h('span', { class: `etype etype-${t}` }, t);

/** Appends children to an element, skipping empty ones. */
export const add = (el: Element, ...children: Child[]) => append(el, children);
