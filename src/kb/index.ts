/** The knowledge base: packs of actors, their aliases, and name normalisation for matching. */
export { loadKnowledgeBase, loadKnowledgeBases, parsePack, checkPacks, DEFAULT_KB_DIR } from './load.js';
export { buildActorIndex, isCaseSensitiveAlias, caseAllows, surfaceForms } from './actor-index.js';
export { normaliseName, transliterate } from './normalise.js';
