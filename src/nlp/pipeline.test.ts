import { describe, expect, it } from 'vitest';
import type { Stage } from '../core/stage.js';
import { buildPipeline } from './pipeline.js';

describe('pipeline', () => {
  it('prepares each stage that loads models ahead, in order, and runs none', () => {
    const calls: string[] = [];
    const stage = (name: string, loads: boolean): Stage<{ tag: string }> => ({
      name,
      version: '1',
      requires: [],
      produces: [],
      run: () => void calls.push(`run ${name}`),
      ...(loads ? { prepare: (ctx: { tag: string }) => void calls.push(`prepare ${name} ${ctx.tag}`) } : {}),
    });
    const p = buildPipeline([stage('10-a', true), stage('20-b', false), stage('30-c', true)]);
    p.prepare({ tag: 'x' });
    expect(calls).toEqual(['prepare 10-a x', 'prepare 30-c x']);
  });
});
