import { describe, expect, it } from 'vitest';
import { linkingStage } from '../40-linking/index.js';
import { testNlpContext } from '../../../test-support/kb.js';
import { tokenisedDoc } from '../../../test-support/doc.js';
import { mentionsStage } from './index.js';

function run(text: string, published: string | null) {
  const doc = tokenisedDoc(text, { published });
  const ctx = testNlpContext();
  mentionsStage.run(doc, ctx);
  linkingStage.run(doc, ctx);
  return doc;
}

describe('role phrases', () => {
  it.each([
    ['Later the Tajik leader spoke to reporters in the capital.', '2021-10-01', 'Tajik leader', 'kb:emomali-rahmon'],
    ['On Friday the Uzbek foreign affairs chief called for calm.', '2022-05-13', 'Uzbek foreign affairs chief', 'kb:vladimir-norov'],
  ])('%s → %s', (text, date, span, key) => {
    const doc = run(text, date);
    const m = doc.layers.mentions!.find((x) => x.text === span);
    expect(m, span).toBeDefined();
    expect(m!.type).toBe('PERSON');
    expect(doc.layers.links!.find((l) => l.mention === m!.id)?.entityKey).toBe(key);
  });

  it.each([
    ['the role is not held at that date', 'The Uzbek foreign affairs chief called for calm.', '2010-01-01'],
    ['no document date', 'Later the Tajik leader spoke to reporters.', null],
    ['a title before a name', 'The Tajik Interior Minister Ramazon Rahimzoda spoke.', '2023-02-15'],
  ])('no role mention when %s', (_why, text, date) => {
    const doc = run(text, date);
    expect(doc.layers.mentions!.filter((m) => m.basis === 'role-phrase')).toEqual([]);
  });
});
