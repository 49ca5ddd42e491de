/** Cross-document analysis over data it is given. */
export { linkClaims, contentTerms, type LinkableClaim } from './claim-links.js';
export { gradeSources, type OutletFacts } from './source-grades.js';
export { nearDuplicateClusters, signature, similarity } from './near-duplicates.js';
export { credibility, type Credibility, type CredibilityInput } from './credibility.js';
export { applyClaimJudgements, parseLinkValue, type ClaimJudgement } from './judged.js';
export { sourcingProfile, combineProfiles, type SourcingProfile, type ProfileClaim } from './sourcing-profile.js';
export { type FramingCategory } from './sourcing-profile-lexicon.js';
