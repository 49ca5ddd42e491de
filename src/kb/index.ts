/** The knowledge base: packs of actors, their aliases, and name normalisation for matching. */
export { loadKnowledgeBase, loadKnowledgeBases, parsePack, checkPacks, DEFAULT_KB_DIR } from './load.js';
export { buildActorIndex, isCaseSensitiveAlias, caseAllows, surfaceForms } from './actor-index.js';
export { normaliseName, plainName, foldKey, skeletonKey, transliterate } from './normalise.js';
export { resolveName, searchNames, nameTableFor, type Resolution, type NameCandidate, type ResolveOptions } from './resolve.js';
