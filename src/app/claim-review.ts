/**
 * Claim links waiting for a human: every machine link no analyst has confirmed or rejected yet, conflicts first,
 * each with both claims and the commands that record a decision. Links carry no confidence score, so every
 * unjudged link is listed; judged pairs (`link-claims`, `unlink`) never come back.
 * @example (await reviewClaimLinks(store))[0].confirm // 'dossier link-claims doc-…/c12 doc-…/c40 --kind contradicts …'
 */
import type { ExportLinkT } from '../core/export-schema.js';
import { scopedId } from '../core/ids.js';
import type { ClaimRow, Store } from '../store/store.js';

export interface ReviewSide {
  claim: string;
  speaker: string;
  content: string;
  outlet: string | null;
}

export interface LinkReviewItem {
  kind: ExportLinkT['kind'];
  conflict: ExportLinkT['conflict'];
  reason: string;
  /** why it waits: an unjudged conflict, or an unconfirmed grouping */
  waiting: string;
  a: ReviewSide;
  b: ReviewSide;
  confirm: string;
  reject: string;
}

/** Conflicts weigh most on a reader, so they come first; then scope differences, then agreements. */
const ORDER: Record<ExportLinkT['kind'], number> = { refutes: 0, retracts: 0, contradicts: 1, scope: 2, corroborates: 3 };

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export async function reviewClaimLinks(store: Store, opts: { limit?: number } = {}): Promise<LinkReviewItem[]> {
  const judged = new Set((await store.judgements()).flatMap((j) => (j.kind === 'claim-link' || j.kind === 'claim-unlink') && j.object ? [pairKey(j.subject, j.object)] : []));
  const claims = new Map((await store.claims()).map((r) => [scopedId(r.doc, r.claim.id), r]));
  const outlets = new Map((await store.listDocuments()).map((d) => [d.id, d.meta.outlet]));
  const side = (id: string, r: ClaimRow | undefined): ReviewSide => ({
    claim: id,
    speaker: !r ? '?' : r.claim.speaker.kind === 'author' ? '(author)' : (r.claim.speaker.text ?? '?'),
    content: r?.claim.content ?? '',
    outlet: r ? (outlets.get(r.doc) ?? null) : null,
  });
  const items = (await store.links())
    .filter((l) => !judged.has(pairKey(l.a, l.b)))
    .sort((x, y) => ORDER[x.kind] - ORDER[y.kind])
    .map((l): LinkReviewItem => {
      const value = `${l.kind}${l.conflict ? ` --conflict ${l.conflict}` : ''}`;
      return {
        kind: l.kind,
        conflict: l.conflict,
        reason: l.reason,
        waiting: l.kind === 'corroborates' || l.kind === 'scope' ? 'grouping not yet confirmed by an analyst' : 'conflict not yet judged by an analyst',
        a: side(l.a, claims.get(l.a)),
        b: side(l.b, claims.get(l.b)),
        confirm: `dossier link-claims ${l.a} ${l.b} --kind ${value} --why "…"`,
        reject: `dossier unlink ${l.a} ${l.b} --why "…"`,
      };
    });
  return opts.limit === undefined ? items : items.slice(0, opts.limit);
}
