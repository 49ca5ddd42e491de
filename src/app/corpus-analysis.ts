/**
 * Cross-document results (claim links, source grades), brought up to date after a batch. Only documents the
 * cross-document index lacks or marks stale are read; their claims are compared with the indexed claims sharing an
 * actor with them, and only links touching them are replaced — the same links a full recomputation would give.
 */
import type { ActorIndex } from '../core/actor.js';
import { applyClaimJudgements, gradeSources } from '../analysis/index.js';
import { blockingKeys, isNumberKey, linkClaims, MAX_BLOCK, type LinkableClaim } from '../analysis/claim-links.js';
import { assignClusters } from '../analysis/near-duplicates.js';
import type { ExportSourceT } from '../core/export-schema.js';
import type { CrossDocClaim, CrossDocDocument, CrossDocPrepared, Store } from '../store/store.js';
import { docRecords, documentsWithLayers, toCrossDocClaim } from './crossdoc-records.js';

const sigBytes = (s: Uint32Array | null) => (s ? new Uint8Array(s.buffer, s.byteOffset, s.byteLength) : null);
const sigWords = (b: Uint8Array | null) => (b ? new Uint32Array(b.slice().buffer) : null);

/** A document's cross-document records as the batch just wrote them, kept in memory so this step need not read them back. */
export type BatchRecord = CrossDocPrepared & { outlet: string | null };
/** The batch's kept records by document id. */
export type BatchRecords = ReadonlyMap<string, BatchRecord>;

export async function refreshCorpusAnalysis(store: Store, kb: ActorIndex, batch: BatchRecords = new Map()): Promise<{ links: number; sources: number; documents: number }> {
  performance.mark('dossier:corpus-analysis:start');
  const pending = await store.crossDocPending();
  const redo = [...pending.fresh, ...pending.stale.filter((s) => s.latest).map((s) => ({ doc: s.doc, ord: s.ord, prepared: false }))].sort((a, b) => a.ord - b.ord);
  const drop = pending.stale.filter((s) => !s.latest).map((s) => s.doc);
  let links = 0;
  if (redo.length || drop.length) links = await reanalyse(store, kb, redo, drop, batch);
  const sources = await refreshSources(store, kb);
  performance.measure('dossier:corpus-analysis', 'dossier:corpus-analysis:start');
  return { links, sources, documents: redo.length + drop.length };
}

/** A document to place in a cluster: its claims in memory when prepared here, null when they were written at ingest. */
interface Entry {
  id: string;
  ord: number;
  outlet: string | null;
  sig: Uint32Array | null;
  bands: string[];
  claims: LinkableClaim[] | null;
  /** the stored claim records of a prepared document, in document order, when the batch kept them in memory */
  kept?: CrossDocClaim[];
}

/** The documents to redo: those prepared at ingest from the index, the others (stale, or stored before) read back whole. */
async function entriesOf(store: Store, kb: ActorIndex, redo: { doc: string; ord: number; prepared: boolean }[], batch: BatchRecords): Promise<Entry[]> {
  const ord = new Map(redo.map((r) => [r.doc, r.ord]));
  const out: Entry[] = [];
  for await (const { doc, layers } of documentsWithLayers(store, redo.filter((r) => !r.prepared).map((r) => r.doc))) {
    const r = docRecords(kb, doc, layers);
    out.push({ id: doc.id, ord: ord.get(doc.id)!, outlet: doc.meta.outlet ?? null, sig: r.signature, bands: r.bands, claims: r.claims });
  }
  // a prepared document is unchanged since its write (else it would be stale): the batch's copy equals the stored one
  const unkept: string[] = [];
  for (const r of redo.filter((x) => x.prepared)) {
    const b = batch.get(r.doc);
    if (b) out.push({ id: r.doc, ord: r.ord, outlet: b.outlet, sig: sigWords(b.signature), bands: b.bands, claims: null, kept: b.claims });
    else unkept.push(r.doc);
  }
  for (const d of await store.crossDocPrepared(unkept)) {
    out.push({ id: d.doc, ord: ord.get(d.doc)!, outlet: d.outlet, sig: sigWords(d.signature), bands: d.bands, claims: null });
  }
  return out.sort((a, b) => a.ord - b.ord);
}

async function reanalyse(store: Store, kb: ActorIndex, redo: { doc: string; ord: number; prepared: boolean }[], drop: string[], batch: BatchRecords): Promise<number> {
  // 1. the documents to redo: records prepared at ingest stay in the index; only the others are read whole
  const entries = await entriesOf(store, kb, redo, batch);
  performance.mark('dossier:corpus-analysis:read');
  // 2. near-duplicate clusters: the new documents against the indexed ones sharing a band with them
  const redoIds = new Set(entries.map((e) => e.id));
  const known = (await store.crossDocNeighbours(entries.flatMap((e) => e.bands))).filter((k) => !redoIds.has(k.doc));
  const { clusterOf, renamed } = assignClusters(
    entries.map((e) => ({ id: e.id, ord: e.ord, sig: e.sig })),
    known.map((k) => ({ id: k.doc, sig: sigWords(k.signature), cluster: k.cluster, clusterOrd: k.clusterOrd })),
  );
  const moved = renamed.length ? await store.renameCrossDocClusters(renamed) : [];
  const row = (e: Entry): CrossDocDocument => {
    const c = clusterOf.get(e.id)!;
    return { doc: e.id, ord: e.ord, outlet: e.outlet, signature: sigBytes(e.sig), bands: e.bands, cluster: c.cluster, clusterOrd: c.ord };
  };
  const here = entries.filter((e) => e.claims);
  await store.putCrossDoc(here.map(row), here.flatMap((e) => e.claims!.map(toCrossDocClaim)), drop, entries.filter((e) => !e.claims).map(row));
  performance.mark('dossier:corpus-analysis:indexed');
  // 3. compare the touched claims with every indexed claim sharing a blocking key with them (oversized blocks are skipped)
  const touched = new Set([...redoIds, ...moved]);
  const judged = (await store.judgements()).flatMap((j) =>
    (j.kind === 'claim-link' || j.kind === 'claim-unlink') && (touched.has(docOf(j.subject)) || touched.has(docOf(j.object ?? '')))
      ? [{ kind: j.kind, a: j.subject, b: j.object ?? '', value: j.value, why: j.why, who: j.who, at: j.at }]
      : [],
  );
  if (entries.length === (await store.crossDocLatestCount())) {
    // every document was redone (a first analysis): no block needs counting in the index, so the claims are filed under
    // their keys on the other core while this one links them; claims prepared at ingest are read back
    const filed = store.indexCrossDocKeys({ background: true });
    try {
      return await linkAll(store, entries, clusterOf, judged);
    } finally {
      await filed;
    }
  }
  await store.indexCrossDocKeys();
  const mine = await store.crossDocClaims({ docs: [...touched] });
  const keysOfMine = mine.map((c) => new Set(blockingKeys(parse(c)).shared));
  const keys = [...new Set(keysOfMine.flatMap((ks) => [...ks]))];
  // one read of the memberships gives both the block sizes and the claims to read
  const members = new Map<string, string[]>();
  for (const m of keys.length ? await store.crossDocKeyMembers(keys) : []) (members.get(m.key) ?? members.set(m.key, []).get(m.key)!).push(m.claim);
  const oversized = new Set(keys.filter((k) => (members.get(k)?.length ?? 0) > MAX_BLOCK));
  const inMine = new Map<string, number>();
  for (const ks of keysOfMine) for (const k of ks) inMine.set(k, (inMine.get(k) ?? 0) + 1);
  // only keys with members outside the touched documents need reading (none, when everything is touched)
  const wanted = keys.filter((k) => !oversized.has(k) && (members.get(k)?.length ?? 0) > (inMine.get(k) ?? 0));
  const mineIds = new Set(mine.map((c) => c.id));
  const keysOf = new Map<string, string[]>();
  for (const k of wanted) for (const c of members.get(k)!) if (!mineIds.has(c)) (keysOf.get(c) ?? keysOf.set(c, []).get(c)!).push(k);
  const touchedWith = new Map<string, number[]>();
  keysOfMine.forEach((ks, i) => ks.forEach((k) => (touchedWith.get(k) ?? touchedWith.set(k, []).get(k)!).push(i)));
  const others = await store.crossDocClaims({ ids: [...keysOf.keys()].filter((id) => mayMeet(keysOf.get(id)!, touchedWith)) });
  const claims = [...mine, ...others].map(parse);
  performance.mark('dossier:corpus-analysis:loaded');
  const links = applyClaimJudgements(linkClaims(claims, { touched, oversized, keysOf }), judged);
  performance.mark('dossier:corpus-analysis:linked');
  await store.replaceLinksTouching([...touched, ...drop], links);
  return links.length;
}

/** Links every claim of a first analysis: those prepared here, those the batch kept, the rest read back from the index. */
async function linkAll(store: Store, entries: Entry[], clusterOf: Map<string, { cluster: string }>, judged: Parameters<typeof applyClaimJudgements>[1]): Promise<number> {
  const stored = new Map<string, LinkableClaim[]>();
  for (const c of await store.crossDocClaims({ docs: entries.filter((e) => !e.claims && !e.kept).map((e) => e.id) })) (stored.get(c.doc) ?? stored.set(c.doc, []).get(c.doc)!).push(parse(c));
  const all = entries.flatMap((e) => {
    const cluster = clusterOf.get(e.id)!.cluster;
    // shape-ok: main thread, once per claim after the batch
    return e.claims?.map((c) => ({ ...c, origins: [...c.origins, `cluster:${cluster}`] })) ?? e.kept?.map((c) => parse({ data: c.data, cluster })) ?? stored.get(e.id) ?? [];
  });
  performance.mark('dossier:corpus-analysis:loaded');
  const links = applyClaimJudgements(linkClaims(all), judged);
  performance.mark('dossier:corpus-analysis:linked');
  await store.replaceLinks(links);
  return links.length;
}

/** Whether a claim read under these keys shares two of them, or a number, with one touched claim (else linkClaims never compares them). */
function mayMeet(keys: string[], touchedWith: Map<string, number[]>): boolean {
  if (keys.some(isNumberKey)) return true;
  const seen = new Set<number>();
  for (const k of keys) {
    for (const t of touchedWith.get(k) ?? []) {
      if (seen.has(t)) return true;
      seen.add(t);
    }
  }
  return false;
}

/** A stored claim record, with its document's near-duplicate cluster as one more origin. */
function parse(r: { data: string; cluster: string }): LinkableClaim {
  const c = JSON.parse(r.data) as LinkableClaim;
  c.origins = [...c.origins, `cluster:${r.cluster}`];
  return c;
}

const docOf = (claimId: string) => claimId.slice(0, Math.max(0, claimId.indexOf('/')));

async function refreshSources(store: Store, kb: ActorIndex): Promise<number> {
  const grades = new Map((await store.judgements('source-grade')).map((j) => [j.subject, j]));
  const sources = gradeSources(
    (await store.crossDocOutlets()).map((name) => {
      const rec = kb.outletByName(name)?.outlet;
      const g = grades.get(name);
      return { outlet: name, graded: g ? { reliability: g.value as ExportSourceT['reliability'], why: `${g.why} (${g.who}, ${g.at.slice(0, 10)})` } : undefined, suggested: rec?.reliability, stateAffiliated: rec?.state_affiliated, owner: rec?.owner, country: rec?.country, source: rec?.source };
    }),
  );
  await store.replaceSources(sources);
  return sources.length;
}
