/** The pipeline stage contract: pure over a Doc, declaring the layers it reads and writes. */
import type { Doc, LayerName } from './doc.js';

export interface Stage<Ctx = unknown> {
  /** numbered name, e.g. '30-mentions' */
  name: string;
  version: string;
  requires: readonly LayerName[];
  produces: readonly LayerName[];
  /** layers an earlier stage produced that this one adds to (never replaces) */
  extends?: readonly LayerName[];
  /** Writes its produced layers into doc.layers; no I/O. */
  run(doc: Doc, ctx: Ctx): void;
  /** Loads the models `run` would load on first use, so a caller can load them ahead (a worker waiting for work). */
  prepare?(ctx: Ctx): void;
}

/** `name@version`, the tag every annotation carries. */
export function stageTag(s: Pick<Stage, 'name' | 'version'>): string {
  return `${s.name}@${s.version}`;
}
