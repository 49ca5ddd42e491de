/** The only place that wires layers together: store, knowledge base, NLP context and pipeline. */
import type { ActorIndex } from '../core/actor.js';
import { existsSync } from 'node:fs';
import { DEFAULT_KB_DIR, loadKnowledgeBases, normaliseName } from '../kb/index.js';
import { createNlpContext, defaultPipeline, type NlpContext } from '../nlp/index.js';
import type { Pipeline } from '../nlp/pipeline.js';
import { openSqliteStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import type { Config } from './config.js';

export interface Runtime {
  config: Config;
  store: Store;
  kb: ActorIndex;
  nlp: NlpContext;
  pipeline: Pipeline<NlpContext>;
  /** actors from the user's packs that were left out because the built-in packs already hold them */
  kbNotes: string[];
  close(): Promise<void>;
}

/** The built-in packs plus the user's own folder when it exists. */
export function loadKb(config: Pick<Config, 'kbDir' | 'userKbDir'>): { kb: ActorIndex; notes: string[] } {
  const dirs = [config.kbDir ?? DEFAULT_KB_DIR, ...(config.userKbDir && existsSync(config.userKbDir) ? [config.userKbDir] : [])];
  return loadKnowledgeBases(dirs, normaliseName);
}

/** Opens the database; the NLP side (model load) is built lazily since read-only commands don't need it. */
export function openRuntime(config: Config, opts: { readonly?: boolean } = {}): Runtime {
  const store = openSqliteStore(config.db, { readonly: opts.readonly ?? false });
  let kb: ActorIndex | null = null;
  let nlp: NlpContext | null = null;
  let pipeline: Pipeline<NlpContext> | null = null;
  const rt: Runtime = {
    config,
    store,
    kbNotes: [],
    get kb() {
      if (!kb) {
        const loaded = loadKb(config);
        kb = loaded.kb;
        rt.kbNotes = loaded.notes;
      }
      return kb;
    },
    get nlp() {
      nlp ??= createNlpContext(rt.kb, normaliseName);
      return nlp;
    },
    get pipeline() {
      pipeline ??= defaultPipeline();
      return pipeline;
    },
    close: () => store.close(),
  };
  return rt;
}
