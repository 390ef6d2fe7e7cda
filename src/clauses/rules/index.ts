/** The rule pack: one table per category, in taxonomy order. */
import { ACCEPTABLE_USE_RULES } from './acceptable-use';
import { ATTRIBUTION_RULES } from './attribution';
import { COMMERCIAL_USE_RULES } from './commercial-use';
import { EXTENDED_RULES } from './extended';
import { OUTPUT_OWNERSHIP_RULES } from './output-ownership';
import type { ClauseRule } from './types';

export type { ClauseRule, Condition, FactName, Reading } from './types';
export { PROHIBITED_LIST_INTRO } from './acceptable-use';

export const RULES: readonly ClauseRule[] = [
  ...COMMERCIAL_USE_RULES,
  ...ATTRIBUTION_RULES,
  ...OUTPUT_OWNERSHIP_RULES,
  ...ACCEPTABLE_USE_RULES,
  ...EXTENDED_RULES,
];
