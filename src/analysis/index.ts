import { summariseDocument } from '../assess';
import type { ReferenceSummary } from '../assess/types';
import { detectClauses, type PatternMemo } from '../clauses';
import type { DocumentModel } from '../document/model';
import { identifyLicense, LicenseLibraryError, referenceFacts } from '../licenses';
import type { LicenseMatch } from '../licenses/types';
import type { Analysis } from './types';

export type { Analysis } from './types';

/**
 * Version of the rules + reference library; bump it when either changes so stored analyses can be refreshed.
 * "<clause rules and summary>.<revision>": any change to src/clauses (rules, splitter, definitions) or
 * src/assess that can change findings or answers bumps it.
 */
export const RULES_VERSION = '1.21';

/**
 * A licence found in the document backs the summary only when it is (nearly) the whole document and its text is
 * exactly the reference's: a modified copy may have changed precisely the clause a known fact describes, so its
 * answers must come from its own clauses (the diff is shown to counsel instead).
 */
const REFERENCE_MIN_COVERAGE = 0.6;

export interface AnalyzeOptions {
  /**
   * Identify the licence against the reference library (default true). A comparison passes false: what changed
   * between two versions is read from their own clauses (which alone decide every summary field, see
   * REFERENCE_MIN_COVERAGE), and building the reference index costs about as much as the clause detection.
   */
  identifyLicence?: boolean;
  /** Pattern results shared with other documents analysed with the same memo (two versions being compared). */
  patternMemo?: PatternMemo;
}

/** Runs the whole analysis of one document: clause findings, licence identification, summary. */
export function analyzeDocument(model: DocumentModel, options: AnalyzeOptions = {}): Analysis {
  const findings = detectClauses(model, undefined, { memo: options.patternMemo });
  const license = options.identifyLicence === false ? null : identify(model);
  const facts = license && license.match === 'exact' && (license.coverage ?? 1) >= REFERENCE_MIN_COVERAGE ? referenceFacts(license.id) : null;
  const reference: ReferenceSummary | null = facts
    ? {
        kind: facts.kind,
        commercialUse: facts.commercialUse,
        commercialCondition: facts.commercialCondition,
        attributionRequired: facts.attributionRequired,
        outputOwnership: facts.outputOwnership,
        outputRestrictions: facts.outputRestrictions,
        acceptableUse: facts.acceptableUse,
      }
    : null;
  const assessment = summariseDocument(model, findings, license, reference);
  return { rulesVersion: RULES_VERSION, license, findings, assessment };
}

/**
 * Licence identification is an aid, not a precondition: without the reference library (a damaged install) the
 * analysis still stands on the clause findings.
 */
function identify(model: DocumentModel): LicenseMatch | null {
  try {
    return identifyLicense(model);
  } catch (error) {
    if (error instanceof LicenseLibraryError) return null;
    throw error;
  }
}
