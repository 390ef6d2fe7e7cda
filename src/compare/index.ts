/** Version comparison: alignment, moved blocks, word diff, change classification, annotation re-anchoring. */
export { compareDocuments, compareDocumentsWithMaps } from './compare';
export type { CompareOptions, ComparedAnalysis, ComparisonWithMaps } from './compare';
export { OffsetMap } from './offset-map';
export * from './types';
