/** Builds the stage list, checks each stage's requires against what earlier stages produce, and runs it. */
import { AppError } from '../core/errors.js';
import type { Doc, LayerName } from '../core/doc.js';
import type { Stage } from '../core/stage.js';

export interface Pipeline<Ctx> {
  stages: readonly Stage<Ctx>[];
  run(doc: Doc, ctx: Ctx): Doc;
  /** Loads every stage's models now instead of on the first document. */
  prepare(ctx: Ctx): void;
}

/** Rejects an order in which a stage reads a layer no earlier stage writes, or two stages write one layer. */
export function buildPipeline<Ctx>(stages: readonly Stage<Ctx>[], given: readonly LayerName[] = []): Pipeline<Ctx> {
  const have = new Set<LayerName>(given);
  for (const s of stages) {
    for (const r of s.requires) {
      if (!have.has(r)) throw new AppError('PIPELINE_INVALID', `stage ${s.name} requires '${r}', which no earlier stage produces`);
    }
    for (const x of s.extends ?? []) {
      if (!have.has(x)) throw new AppError('PIPELINE_INVALID', `stage ${s.name} extends '${x}', which no earlier stage produces`);
    }
    for (const p of s.produces) {
      if (have.has(p)) throw new AppError('PIPELINE_INVALID', `stage ${s.name} produces '${p}', already produced earlier`);
      have.add(p);
    }
  }
  return {
    stages,
    run(doc, ctx) {
      for (const s of stages) s.run(doc, ctx);
      return doc;
    },
    prepare(ctx) {
      for (const s of stages) s.prepare?.(ctx);
    },
  };
}
