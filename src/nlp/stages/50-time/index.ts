/** Stage 50: dates in the text normalised against the document date (meta.published). */
import type { Doc, TimeExpr } from '../../../core/doc.js';
import { datePrecision } from '../../../core/vocab.js';
import { stageTag, type Stage } from '../../../core/stage.js';
import type { NlpContext } from '../../context.js';
import { parseAnchor } from './calendar.js';
import { TIME_RULES, type Found } from './rules.js';

export const timeStage: Stage<NlpContext> = {
  name: '50-time',
  version: '1',
  requires: ['sentences', 'tokens'],
  produces: ['times'],
  run(doc) {
    doc.layers.times = findTimes(doc, stageTag(timeStage));
  },
};

/**
 * Every date expression in the text, longest match first where rules overlap.
 * Example: with published '2022-05-13', "on May 8" → {value: '2022-05-08', precision: 'day', yearInferred: true}
 */
export function findTimes(doc: Pick<Doc, 'text' | 'meta'>, stage: string): TimeExpr[] {
  const anchor = parseAnchor(doc.meta.published);
  const found: Found[] = [];
  for (const rule of TIME_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(doc.text); m; m = rule.re.exec(doc.text)) {
      const f = rule.make(m, anchor, doc.text);
      if (f) found.push(f);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TimeExpr[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue; // overlapped by a longer or earlier expression
    lastEnd = f.end;
    out.push({
      start: f.start,
      end: f.end,
      text: doc.text.slice(f.start, f.end),
      value: f.value,
      precision: datePrecision(f.value),
      yearInferred: f.yearInferred,
      stage,
    });
  }
  return out;
}
