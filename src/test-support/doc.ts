/** Test helpers: build Docs over our own short fixture sentences. Never used by shipped code. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ArticleMeta, Doc, Mention, MentionLink } from '../core/doc.js';
import type { EntityType } from '../core/vocab.js';
import { tokensStage } from '../nlp/stages/10-tokens/index.js';
import type { NlpContext } from '../nlp/context.js';

let wink: NlpContext['wink'] | null = null;
export function testWink(): NlpContext['wink'] {
  wink ??= winkNLP(model, ['sbd', 'pos']);
  return wink;
}

export function emptyMeta(over: Partial<ArticleMeta> = {}): ArticleMeta {
  return { title: null, author: null, outlet: null, published: null, publishedBasis: null, url: null, basis: {}, ...over };
}

/** A Doc with sentences and tokens filled in. */
export function tokenisedDoc(text: string, meta: Partial<ArticleMeta> = {}): Doc {
  const doc: Doc = { text, language: 'en', meta: emptyMeta(meta), layers: {} };
  tokensStage.run(doc, { wink: testWink() } as NlpContext);
  return doc;
}

/** Marks every occurrence of each surface form as a mention linked to a key (`new:TYPE:surface` unless given). */
export function markMentions(doc: Doc, names: [surface: string, type: EntityType, key?: string][]): Doc {
  const mentions: Mention[] = [];
  const links: MentionLink[] = [];
  for (const [surface, type, key] of names) {
    let at = doc.text.indexOf(surface);
    while (at >= 0) {
      const id = `m${mentions.length}`;
      mentions.push({ id, start: at, end: at + surface.length, text: surface, type, basis: 'test', stage: 'test@0' });
      const entityKey = key ?? `new:${type}:${surface.toLowerCase()}`;
      links.push({ mention: id, entityKey, kbId: key?.startsWith('kb:') ? key.slice(3) : null, name: surface, type, stage: 'test@0' });
      at = doc.text.indexOf(surface, at + surface.length);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  doc.layers.mentions = mentions;
  doc.layers.links = links;
  return doc;
}
