/**
 * The briefing as Markdown or as one standalone HTML file. Article text is untrusted: every piece of it is
 * escaped (HTML: all markup characters, no scripts, a CSP that forbids them; Markdown: characters that would
 * open links, tables, emphasis or raw HTML).
 * @example writeFileSync('brief.html', renderBriefHtml(brief))
 */
import type { Brief, BriefLink, BriefSide, Citation, TimelineItem } from './brief.js';

const clip = (s: string, n = 240) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/** Markdown-escapes untrusted text and folds it onto one line. */
export function mdEscape(s: string): string {
  // only what can act mid-line: our text never starts a line, so '#', '-', '+' and '1.' stay literal
  return s.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|&~]/g, '\\$&');
}

/** HTML-escapes untrusted text (also safe inside attribute values). */
export function htmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** One plain-text citation: title, outlet, date, document id, claim id or character span. */
export function citationText(c: Citation): string {
  const where = [c.title ? `“${clip(c.title, 90)}”` : null, c.outlet, c.published].filter(Boolean).join(', ');
  return `${where ? `${where}; ` : ''}${c.doc}${c.claim ? `, claim ${c.claim}` : ''}, chars ${c.start}–${c.end}`;
}

const grade = (s: BriefSide) => `credibility ${s.credibility ?? '?'}${s.credibilityReason ? ` (${s.credibilityReason})` : ''}`;
const outletOf = (s: BriefSide) => (s.outlet ? `${s.outlet}, source grade ${s.reliability ?? '—'}` : 'outlet unknown');
const linkTitle = (l: BriefLink) => `${l.kind}${l.conflict ? ` / ${l.conflict}` : ''}`;
const title = (b: Brief) => (b.about ? `Briefing: ${b.about.name}` : 'Briefing');
const countLine = (b: Brief) =>
  `${b.counts.documents} documents, ${b.counts.claims} claims, ${b.counts.events} events, ${b.counts.contested} contested pairs, ${b.counts.corroborated} corroborated pairs. Generated ${b.generated}.`;

export function renderBriefMarkdown(b: Brief): string {
  const out: string[] = [`# ${mdEscape(title(b))}`, '', mdEscape(countLine(b)), ''];
  const cite = (c: Citation) => `— ${mdEscape(citationText(c))}`;
  const quote = (c: Citation) => `“${mdEscape(clip(c.quote))}”`;
  out.push('## Key actors', '');
  if (!b.actors.length) out.push('None found.', '');
  else {
    out.push('| actor | type | mentions | documents | spellings |', '|---|---|---|---|---|');
    for (const a of b.actors) out.push(`| ${mdEscape(a.name)} | ${a.type} | ${a.mentions} | ${a.documents} | ${mdEscape(a.spellings.slice(0, 6).join(', '))} |`);
    out.push('');
  }
  out.push('## Timeline', '');
  if (!b.timeline.length) out.push('No dated events or claims.', '');
  for (const t of b.timeline) out.push(`- **${t.date}** (${t.precision}) ${t.kind}: ${mdEscape(clip(t.what, 200))} ${quote(t.cite)} ${cite(t.cite)}`);
  if (b.timelineOmitted) out.push(`- … ${b.timelineOmitted} more dated items left out`);
  out.push('');
  const sideMd = (label: string, s: BriefSide) => [
    `- **${label}:** ${mdEscape(s.speaker)} ${mdEscape(s.cue)} (${s.stance}) — ${mdEscape(outletOf(s))}; ${mdEscape(grade(s))}`,
    `  > ${quote(s.cite)}`,
    `  ${cite(s.cite)}`,
  ];
  const links = (head: string, list: BriefLink[], none: string, labels: [string, string]) => {
    out.push(`## ${head}`, '');
    if (!list.length) out.push(none, '');
    list.forEach((l, i) => out.push(`### ${i + 1}. ${linkTitle(l)}`, '', mdEscape(l.reason), '', ...sideMd(labels[0], l.a), ...sideMd(labels[1], l.b), ''));
  };
  links('Contested claims', b.contested, 'No conflicts found.', ['One side', 'Other side']);
  if (b.scope.length) links('Differences of scope (not contradictions)', b.scope, '', ['One figure', 'Other figure']);
  links('Corroborated claims', b.corroborated, 'No claims corroborated by an independent origin.', ['Claim', 'Agreeing claim']);
  out.push('## Sources', '', '| outlet | grade | documents | basis | signals |', '|---|---|---|---|---|');
  for (const s of b.sources) out.push(`| ${mdEscape(s.outlet)} | ${s.reliability ?? '—'} | ${s.documents} | ${mdEscape(clip(s.basis, 300))} | ${mdEscape(s.signals.join('; ')) || '—'} |`);
  out.push('', 'Source grades are Admiralty letters set by analysts (F until graded); sourcing signals are for reading, never a verdict on truth.', '');
  return out.join('\n');
}

const CSS = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;border:1px solid #ddd;padding:.7rem;margin:.8rem 0}
blockquote{margin:.3rem 0;padding-left:.7rem;border-left:3px solid #999;color:#333}.cite{font-size:.85em;color:#555}
.date{font-variant-numeric:tabular-nums;white-space:nowrap}h1,h2,h3{line-height:1.2}`;

export function renderBriefHtml(b: Brief): string {
  const e = htmlEscape;
  const cite = (c: Citation) => `<div class="cite">${e(citationText(c))}</div>`;
  const side = (label: string, s: BriefSide) =>
    `<div><strong>${e(label)}</strong>: ${e(s.speaker)} <em>${e(s.cue)}</em> (${e(s.stance)})<br>${e(outletOf(s))}; ${e(grade(s))}<blockquote>${e(clip(s.cite.quote))}</blockquote>${cite(s.cite)}</div>`;
  const links = (head: string, list: BriefLink[], none: string, labels: [string, string]) =>
    `<h2>${e(head)}</h2>${list.length ? list.map((l) => `<section><h3>${e(linkTitle(l))}</h3><p>${e(l.reason)}</p><div class="pair">${side(labels[0], l.a)}${side(labels[1], l.b)}</div></section>`).join('') : `<p>${e(none)}</p>`}`;
  const row = (cells: (string | number)[]) => `<tr>${cells.map((c) => `<td>${e(String(c))}</td>`).join('')}</tr>`;
  const item = (t: TimelineItem) => `<li><span class="date">${e(t.date)}</span> (${e(t.precision)}) ${e(t.kind)}: ${e(clip(t.what, 200))}<blockquote>${e(clip(t.cite.quote))}</blockquote>${cite(t.cite)}</li>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title(b))}</title><style>${CSS}</style></head><body>
<h1>${e(title(b))}</h1><p>${e(countLine(b))}</p>
<h2>Key actors</h2>${b.actors.length ? `<table><tr><th>actor</th><th>type</th><th>mentions</th><th>documents</th><th>spellings</th></tr>${b.actors.map((a) => row([a.name, a.type, a.mentions, a.documents, a.spellings.slice(0, 6).join(', ')])).join('')}</table>` : '<p>None found.</p>'}
<h2>Timeline</h2>${b.timeline.length ? `<ul>${b.timeline.map(item).join('')}</ul>` : '<p>No dated events or claims.</p>'}${b.timelineOmitted ? `<p>… ${b.timelineOmitted} more dated items left out</p>` : ''}
${links('Contested claims', b.contested, 'No conflicts found.', ['One side', 'Other side'])}
${b.scope.length ? links('Differences of scope (not contradictions)', b.scope, '', ['One figure', 'Other figure']) : ''}
${links('Corroborated claims', b.corroborated, 'No claims corroborated by an independent origin.', ['Claim', 'Agreeing claim'])}
<h2>Sources</h2><table><tr><th>outlet</th><th>grade</th><th>documents</th><th>basis</th><th>signals</th></tr>${b.sources.map((s) => row([s.outlet, s.reliability ?? '—', s.documents, s.basis, s.signals.join('; ') || '—'])).join('')}</table>
<p class="cite">Source grades are Admiralty letters set by analysts (F until graded); sourcing signals are for reading, never a verdict on truth.</p>
</body></html>
`;
}
