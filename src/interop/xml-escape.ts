/** Text safe for XML 1.0 attributes and content: markup characters escaped, characters XML forbids removed. */

// C0 controls except tab/newline/CR, U+FFFE/U+FFFF and unpaired surrogates are not allowed in XML 1.0 at all, even escaped.
// eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * @example xmlEscape('Smith & Sons <Ltd>\u0007') // 'Smith &amp; Sons &lt;Ltd&gt;'
 */
export function xmlEscape(s: string): string {
  return s.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

/** ` name="value"` pairs for the defined values, escaped. */
export function xmlAttrs(attrs: Record<string, string | number | undefined | null>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');
}
