import type { DocumentAssessment } from '../assess/types';
import type { Finding } from '../clauses/types';
import type { LicenseMatch } from '../licenses/types';

/** Everything the engine concludes about one document; stored with it and printed by `analyze --json`. */
export interface Analysis {
  /** Version of the rule pack + reference library that produced it; a change invites re-analysis. */
  rulesVersion: string;
  license: LicenseMatch | null;
  findings: Finding[];
  assessment: DocumentAssessment;
}
