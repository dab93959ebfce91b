/**
 * Data-preserving table replacement (`apply --allow-destructive --preserve-data`): plan the phases
 * (pure), describe them for the plan output (pure), run or resume them against an endpoint.
 */
export { planPreservingReplace, keyRulesFor, conversionAllowed } from './plan-replace.js';
export { describeReplacePhases } from './describe-phases.js';
export { runPreservingReplace, resumePreservingReplace, type ReplaceOptions } from './run-replace.js';
export { pendingReplaces, readReplaceRecord, ReplaceKeys, type ReplaceRecord } from './record.js';
export { canonicalNumber, convertItem, convertValue } from './convert.js';
export { DigestAccumulator, sameDigest } from './checksum.js';
export * from './types.js';
