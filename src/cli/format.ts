/** Plain-text tables and truncation for terminal output. */

export function truncate(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** Left-aligned columns separated by two spaces; widths fit the content. */
export function table(rows: (string | number | null)[][], header?: string[]): string {
  const all = header ? [header, ...rows] : rows;
  const cells = all.map((r) => r.map((c) => (c === null ? '—' : String(c))));
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length))).join('  ');
  const out = cells.map(line);
  if (header) out.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  return `${out.join('\n')}\n`;
}

export function json(v: unknown): string {
  return `${JSON.stringify(v, null, 2)}\n`;
}
