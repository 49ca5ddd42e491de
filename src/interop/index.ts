/** Interoperability: STIX 2.1 export and import, GEXF and GraphML; pure functions over `dossier.export/1`. */
export { toStixBundle, type StixBundle, type StixOptions } from './stix-export.js';
export { lintStixBundle } from './stix-lint.js';
export { parseStixBundle, MAX_STIX_BYTES, type ParsedBundle } from './stix-parse.js';
export { stixToKbPack, kbIdFor, type StixImport } from './stix-import.js';
export { toGexf } from './gexf.js';
export { toGraphml } from './graphml.js';
export { TLP_LEVELS, type TlpLevel } from './stix-vocab.js';
