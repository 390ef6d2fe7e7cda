import type { DocumentAssessment } from '../assess/types';
import type { DocumentModel } from '../document/model';
import type { Analysis } from './types';

export type { Analysis } from './types';

/** Version of the rules + reference library; bump it when either changes so stored analyses can be refreshed. */
export const RULES_VERSION = '0';

/**
 * Runs the whole analysis of one document: clause findings, licence identification, summary.
 * PROVISIONAL: clause detection, identification and the summary are being written; until then this returns no
 * findings, no licence and a summary that says nothing was addressed.
 */
export function analyzeDocument(_model: DocumentModel): Analysis {
  const assessment: DocumentAssessment = {
    kind: 'other',
    commercialUse: 'not-addressed',
    commercialCondition: null,
    attributionRequired: false,
    outputOwnership: 'not-addressed',
    outputRestrictions: false,
    acceptableUse: 'none',
    decidedBy: { kind: [], commercialUse: [], attributionRequired: [], outputOwnership: [], outputRestrictions: [], acceptableUse: [] },
  };
  return { rulesVersion: RULES_VERSION, license: null, findings: [], assessment };
}
