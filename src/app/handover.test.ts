// A pair of ingest workers (stages cut in two, layers packed between them) gives exactly the serial analysis.
import { serialize, deserialize } from 'node:v8';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectInputs, readArticle } from '../ingest/index.js';
import { pipelineHalves } from '../nlp/index.js';
import { scratch } from '../test-support/cli.js';
import { analyseArticle, analyseBack, analyseFront } from './analyse-article.js';
import { ConfigSchema } from './config.js';
import { packLayers, unpackLayers } from './handover.js';
import { openRuntime } from './runtime.js';

describe('analysis split between two workers', () => {
  const { dir, cleanup } = scratch();
  afterAll(() => cleanup());
  const rt = openRuntime(ConfigSchema.parse({ db: resolve(dir, 'h.db') }));
  const [front, back] = pipelineHalves('40-linking');
  const { files } = collectInputs([resolve(process.cwd(), 'examples')], {});

  it('equals the whole pipeline on every sample article, through serialised and packed layers', () => {
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const article = readArticle(f, { maxBytes: 1 << 24 }, rt.kb);
      const whole = analyseArticle(rt, article);
      const half = analyseFront({ ...rt, pipeline: front }, article);
      expect(Object.keys(half.layers ?? {})).toEqual(['sentences', 'tokens', 'mentions']);
      const packed = packLayers(half.layers!)!;
      const moved = deserialize(serialize(packed)) as typeof packed;
      const split = analyseBack(rt, { doc: half.doc, layers: unpackLayers(moved) }, back);
      expect(split).toEqual(whole);
    }
  });

  it('gives back the tokens and sentences it packed, field for field', () => {
    const article = readArticle(files[0]!, { maxBytes: 1 << 24 }, rt.kb);
    const { layers } = analyseFront({ ...rt, pipeline: front }, article);
    const back = unpackLayers(packLayers(layers!)!);
    expect(back.tokens).toEqual(layers!.tokens);
    expect(back.sentences).toEqual(layers!.sentences);
    expect(back.mentions).toBe(layers!.mentions);
    expect(Object.keys(back.tokens![0]!)).toEqual(Object.keys(layers!.tokens![0]!));
  });

  it('declines to pack a token holding its separator, so the layers travel as they are', () => {
    const tokens = [{ start: 0, end: 3, pos: 'X', norm: 'a\u0000b', sentence: 0 }];
    expect(packLayers({ sentences: [{ start: 0, end: 3 }], tokens })).toBeNull();
  });

  it('refuses to cut the pipeline before its first stage or a stage it does not have', () => {
    expect(() => pipelineHalves('10-tokens')).toThrow(/cannot cut/);
    expect(() => pipelineHalves('99-nothing')).toThrow(/cannot cut/);
  });
});
