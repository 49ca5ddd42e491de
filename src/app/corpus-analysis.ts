/** Recomputes cross-document results (claim links, source grades) from the store after a batch. */
import type { ActorIndex } from '../core/actor.js';
import { applyClaimJudgements, gradeSources, linkClaims, nearDuplicateClusters, type LinkableClaim } from '../analysis/index.js';
import type { ExportSourceT } from '../core/export-schema.js';
import type { Store } from '../store/store.js';

export async function refreshCorpusAnalysis(store: Store, kb: ActorIndex): Promise<{ links: number; sources: number }> {
  const docs = await store.listDocuments();
  const outletOf = new Map(docs.map((d) => [d.id, d.meta.outlet]));
  const textOf = new Map(docs.map((d) => [d.id, d.text]));
  const mentionsOf = new Map<string, { start: number; end: number }[]>();
  for (const m of await store.mentions()) (mentionsOf.get(m.doc) ?? mentionsOf.set(m.doc, []).get(m.doc)!).push(m.mention);
  const cluster = nearDuplicateClusters(docs.map((d) => ({ id: d.id, text: d.text })));
  const titleEnd = new Map(docs.map((d) => [d.id, headlineEnd(d.text, d.meta.title)]));
  // a headline restates its own article's claims: linking it would set the article against itself
  const rows = (await store.claims()).filter((r) => r.claim.evidence.start >= (titleEnd.get(r.doc) ?? 0)).sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.claim.evidence.start - b.claim.evidence.start));
  const claims: LinkableClaim[] = rows.map((r, i) => {
    const c = r.claim;
    const speakerText = c.speaker.text ?? (c.speaker.kind === 'author' ? (outletOf.get(r.doc) ?? 'the author') : 'unknown');
    return {
      id: `${r.doc}/${c.id}`,
      doc: r.doc,
      position: i,
      outlet: outletOf.get(r.doc) ?? null,
      speakerKey: c.speaker.kind === 'author' ? 'author' : (r.speakerEntity ?? `anon:${speakerText.toLowerCase()}`),
      speakerText,
      stance: c.stance,
      content: c.content,
      topicText: contentWithoutNames(textOf.get(r.doc) ?? '', c.spans.content, mentionsOf.get(r.doc) ?? [], c.content),
      about: r.aboutEntities,
      quantities: c.quantities,
      origins: [
        ...(c.speaker.kind === 'author' ? [] : [`speaker:${r.speakerEntity ?? speakerText.toLowerCase()}`]),
        `outlet:${(outletOf.get(r.doc) ?? r.doc).toLowerCase()}`,
        `cluster:${cluster.get(r.doc) ?? r.doc}`,
        ...c.chain.map((l) => `via:${l.text.toLowerCase().replace(/^the\s+/, '')}`),
      ],
    };
  });
  const judged = (await store.judgements()).flatMap((j) =>
    j.kind === 'claim-link' || j.kind === 'claim-unlink' ? [{ kind: j.kind, a: j.subject, b: j.object ?? '', value: j.value, why: j.why, who: j.who, at: j.at }] : [],
  );
  const links = applyClaimJudgements(linkClaims(claims), judged);
  await store.replaceLinks(links);
  const grades = new Map((await store.judgements('source-grade')).map((j) => [j.subject, j]));
  const outlets = [...new Set(docs.map((d) => d.meta.outlet).filter((o): o is string => !!o))];
  const sources = gradeSources(
    outlets.map((name) => {
      const rec = kb.outletByName(name)?.outlet;
      const g = grades.get(name);
      return { outlet: name, graded: g ? { reliability: g.value as ExportSourceT['reliability'], why: `${g.why} (${g.who}, ${g.at.slice(0, 10)})` } : undefined, suggested: rec?.reliability, stateAffiliated: rec?.state_affiliated, owner: rec?.owner, country: rec?.country, source: rec?.source };
    }),
  );
  await store.replaceSources(sources);
  return { links: links.length, sources: sources.length };
}

/** The claim's content with actor names blanked out, so that sharing a name is not counted as sharing content. */
function contentWithoutNames(text: string, span: [number, number] | null, mentions: { start: number; end: number }[], fallback: string): string {
  if (!span) return fallback;
  const [from, to] = span;
  let out = '';
  let at = from;
  for (const m of mentions) {
    if (m.end <= from || m.start >= to) continue;
    out += text.slice(at, Math.max(at, m.start)) + ' ';
    at = Math.max(at, m.end);
  }
  return out + text.slice(at, to);
}

/** End of the first line when it is the document's title, else 0. */
function headlineEnd(text: string, title: string | null): number {
  const nl = text.indexOf('\n');
  const first = (nl < 0 ? text : text.slice(0, nl)).trim();
  return title && first === title.trim() ? (nl < 0 ? text.length : nl) : 0;
}
