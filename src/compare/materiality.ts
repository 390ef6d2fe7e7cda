import { hunkReasons } from './hunk-reasons';
import { ReasonList, type LocatedReason, type MaterialityInput } from './located-reason';
import { loneClauseReasons } from './lone-clause-reasons';
import { pairedClauseReasons } from './paired-clause-reasons';
import { withoutEchoes } from './reason-grouping';
import { scopeReasons } from './scope-reasons';

export type { LocatedReason, MaterialityInput } from './located-reason';
export { describeHunk } from './hunk-reading';
export { groupClauseReasons } from './reason-grouping';

/**
 * The reasons a comparison's changes are material, each with the hunks it rests on: first what changed in the
 * clauses both versions have (facts, operative words), then the clauses only one has, then what the agreement
 * covers (its scope statement), then what each remaining
 * hunk says by its own wording; a clause added or removed is not said again as the wording of its enclosing clause.
 */
export function findMaterialReasons(input: MaterialityInput): LocatedReason[] {
  const out = new ReasonList();
  const covered = pairedClauseReasons(input, out);
  loneClauseReasons(input, out);
  scopeReasons(input, out);
  hunkReasons(input, covered, out);
  return withoutEchoes(out.reasons, input.hunks);
}
