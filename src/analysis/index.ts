import { summariseDocument } from '../assess';
import { detectClauses } from '../clauses';
import type { DocumentModel } from '../document/model';
import type { Analysis } from './types';

export type { Analysis } from './types';

/**
 * Version of the rules + reference library; bump it when either changes so stored analyses can be refreshed.
 * Format: "<clause rules>.<summary>" — any change to src/clauses/rules, src/clauses/*.ts or src/assess bumps it.
 */
export const RULES_VERSION = '1.0';

/** Runs the whole analysis of one document: clause findings, licence identification, summary. */
export function analyzeDocument(model: DocumentModel): Analysis {
  const findings = detectClauses(model);
  const assessment = summariseDocument(model, findings, null);
  return { rulesVersion: RULES_VERSION, license: null, findings, assessment };
}
