/**
 * The linker's unsure decisions for an analyst to check: names a knowledge-base actor came close to without
 * being accepted, and accepted matches on a low score; grouped by name, most mentions first.
 * @example (await reviewLinks(store))[0] // { text: 'Karimov', type: 'PERSON', mentions: 4, … }
 */
import type { MentionRow, Store } from '../store/store.js';

/** Accepted matches below this score are shown for review too. */
export const REVIEW_BELOW = 0.9;

export interface ReviewItem {
  text: string;
  type: string;
  /** the entity these mentions refer to now */
  entity: string | null;
  mentions: number;
  docs: number;
  score: number | null;
  rule: string;
  /** a few mention ids, for `dossier split` and `dossier link` */
  examples: string[];
}

/** Whether the linker's decision for a mention was unsure. */
export function isUnsure(link: MentionRow['link']): boolean {
  const rule = link?.rule ?? '';
  if (rule.startsWith('unsure:')) return true;
  return rule.startsWith('scored:') && (link?.score ?? 1) < REVIEW_BELOW;
}

/** Unsure decisions in latest document versions that no analyst has yet overridden, most consequential first. */
export async function reviewLinks(store: Store, opts: { limit?: number } = {}): Promise<ReviewItem[]> {
  const judged = new Set((await store.judgements()).flatMap((j) => (j.kind === 'entity-split' || j.kind === 'mention-link' ? [j.subject] : [])));
  const groups = new Map<string, ReviewItem & { docSet: Set<string> }>();
  for (const r of await store.mentions()) {
    const id = `${r.doc}/${r.mention.id}`;
    // a mention an analyst moved (directly or by a merge) has been reviewed
    if (!isUnsure(r.link) || judged.has(id) || r.entity !== (r.link?.entity ?? r.entity)) continue;
    const key = `${r.mention.type}|${r.mention.text}|${r.entity}`;
    let g = groups.get(key);
    if (!g) {
      g = { text: r.mention.text, type: r.mention.type, entity: r.entity, mentions: 0, docs: 0, score: r.link?.score ?? null, rule: r.link?.rule ?? '', examples: [], docSet: new Set() };
      groups.set(key, g);
    }
    g.mentions++;
    g.docSet.add(r.doc);
    if (g.examples.length < 3) g.examples.push(id);
  }
  const items = [...groups.values()].map(({ docSet, ...g }) => ({ ...g, docs: docSet.size }));
  items.push(...(await autoMerges(store)));
  items.sort((a, b) => b.mentions - a.mentions || b.docs - a.docs || a.text.localeCompare(b.text));
  return opts.limit === undefined ? items : items.slice(0, opts.limit);
}

/** The linker's own cross-document merges of spelling variants that still hold, one item per merged entity. */
async function autoMerges(store: Store): Promise<ReviewItem[]> {
  const auto = (await store.judgements('entity-merge')).filter((j) => j.value?.startsWith('auto:'));
  const out: ReviewItem[] = [];
  for (const j of auto) {
    const moved = (await store.mentions({ entity: j.subject })).filter((r) => r.link?.entity === j.object);
    if (moved.length === 0) continue;
    out.push({
      text: moved[0]!.mention.text, type: moved[0]!.mention.type, entity: j.subject, mentions: moved.length,
      docs: new Set(moved.map((r) => r.doc)).size, score: Number(j.value!.slice(5)), rule: `auto-merge: ${j.why}`,
      examples: moved.slice(0, 3).map((r) => `${r.doc}/${r.mention.id}`),
    });
  }
  return out;
}

export interface MentionListing {
  id: string;
  doc: string;
  text: string;
  type: string;
  span: [number, number];
  /** the entity the linker chose, when an analyst's judgement moved the mention elsewhere */
  linkedTo: string | null;
  score: number | null;
  rule: string | null;
}

/** One entity's mentions in latest document versions with their ids, for `split` and `link`. */
export async function entityMentions(store: Store, entity: string, opts: { doc?: string } = {}): Promise<MentionListing[]> {
  const rows = await store.mentions(opts.doc === undefined ? { entity } : { entity, doc: opts.doc });
  return rows.map((r) => ({
    id: `${r.doc}/${r.mention.id}`,
    doc: r.doc,
    text: r.mention.text,
    type: r.mention.type,
    span: [r.mention.start, r.mention.end],
    linkedTo: r.link?.entity !== undefined && r.link.entity !== r.entity ? r.link.entity : null,
    score: r.link?.score ?? null,
    rule: r.link?.rule ?? null,
  }));
}
