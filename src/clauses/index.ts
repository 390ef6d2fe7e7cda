export { detectClauses, PatternMemo } from './detector';
export type { DetectOptions } from './detector';
export { loadTaxonomy, parseTaxonomy, taxonomyCategory, TaxonomyError } from './taxonomy';
export type { Taxonomy, TaxonomyCategory } from './taxonomy';
export { splitUnits } from './sentences';
export type { TextSpan, TextUnit } from './sentences';
export { RULES } from './rules';
export type { ClauseRule } from './rules';
export * from './types';
