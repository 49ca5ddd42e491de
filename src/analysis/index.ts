/** Cross-document analysis over data it is given. */
export { linkClaims, contentTerms, type LinkableClaim } from './claim-links.js';
export { gradeSources, type OutletFacts } from './source-grades.js';
