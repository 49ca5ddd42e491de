/** Recomputes cross-document results (claim links, source grades) from the store after a batch. */
import type { ActorIndex } from '../core/actor.js';
import { gradeSources, linkClaims, type LinkableClaim } from '../analysis/index.js';
import type { Store } from '../store/store.js';

export async function refreshCorpusAnalysis(store: Store, kb: ActorIndex): Promise<{ links: number; sources: number }> {
  const docs = await store.listDocuments();
  const outletOf = new Map(docs.map((d) => [d.id, d.meta.outlet]));
  const rows = await store.claims();
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
      about: r.aboutEntities,
      quantities: c.quantities,
      origins: c.chain.map((l) => l.text.toLowerCase()),
    };
  });
  const links = linkClaims(claims);
  await store.replaceLinks(links);
  const outlets = [...new Set(docs.map((d) => d.meta.outlet).filter((o): o is string => !!o))];
  const sources = gradeSources(
    outlets.map((name) => {
      const rec = kb.outletByName(name)?.outlet;
      return { outlet: name, reliability: rec?.reliability, stateAffiliated: rec?.state_affiliated, source: rec?.source };
    }),
  );
  await store.replaceSources(sources);
  return { links: links.length, sources: sources.length };
}
