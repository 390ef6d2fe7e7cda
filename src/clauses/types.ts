/** Clause categories: the four core ones every summary needs, then the extended ones. See resources/taxonomy.json. */
export const CORE_CATEGORIES = ['commercial-use', 'attribution', 'output-ownership', 'acceptable-use'] as const;
export const EXTENDED_CATEGORIES = [
  'redistribution',
  'derivatives',
  'licence-changes',
  'termination',
  'liability-warranty',
  'governing-law',
  'data-and-training',
] as const;
export const CATEGORIES = [...CORE_CATEGORIES, ...EXTENDED_CATEGORIES] as const;

export type CoreCategory = (typeof CORE_CATEGORIES)[number];
export type Category = (typeof CATEGORIES)[number];

export const STANCES = ['permits', 'requires', 'restricts', 'prohibits', 'disclaims', 'defines'] as const;
export type Stance = (typeof STANCES)[number];

/** Facts pulled out of a clause as data, so they can be compared across versions and shown in summaries. */
export interface FindingFacts {
  /** Monthly active users above which the grant stops (e.g. 700000000). */
  mauThreshold?: number;
  /** Daily active users above which the grant stops (some licences count daily, not monthly, users). */
  dauThreshold?: number;
  /** Use counted per month (visits, requests, API calls) above which free use ends, e.g. 1000000. */
  usageThreshold?: number;
  /** What `usageThreshold` counts, e.g. "visits per month". */
  usageUnit?: string;
  /** Annual revenue above which a paid / separate licence is needed. */
  revenueThreshold?: number;
  currency?: string;
  /** Text that must be displayed, e.g. "Built with Llama". */
  noticeText?: string;
  /** Prefix derived model names must carry, e.g. "Llama". */
  namePrefix?: string;
  /** Address of an incorporated policy. */
  policyUrl?: string;
  /** Territories where the grant does not apply, e.g. ["European Union"]. */
  excludedTerritories?: string[];
  /** The grant is limited to these purposes, e.g. ["non-commercial", "research"]. */
  purposeLimits?: string[];
  /** A defined term this clause defines or relies on, e.g. "Non-Commercial Purposes". */
  definedTerm?: string;
  /** Governing law / venue. */
  jurisdiction?: string;
  /** Who the clause says owns outputs: "user", "not-claimed" (provider claims none) or "provider". */
  outputOwner?: 'user' | 'not-claimed' | 'provider';
  /** The clause incorporates (or defines) a separate use policy. */
  policyIncorporated?: boolean;
  /** Use needs the provider's prior approval (e.g. of the use case). */
  approvalRequired?: boolean;
  /** Commercial use is open only to paid plans or subscribers of the service. */
  paidPlanRequired?: boolean;
  /** A grant limited in scope, e.g. "non-commercial". */
  grantScope?: string;
  /** Ids of the other rules of the same category that matched the passage (the finding names the strongest). */
  alsoMatched?: string[];
  /** Other named facts; values are plain data. */
  [key: string]: unknown;
}

export interface Finding {
  /** "f1", "f2", … in document order, stable for a given text and rule pack. */
  id: string;
  category: Category;
  /** [start, end) into the document text, aligned to sentence / clause / list-item boundaries. */
  start: number;
  end: number;
  quote: string;
  /** 1-based page (PDF) or null. */
  page: number | null;
  stance: Stance;
  facts: FindingFacts;
  /** Id of the rule that fired, e.g. "commercial-use/mau-threshold". */
  rule: string;
  /** 0..1 */
  confidence: number;
  /** Why this passage was flagged, in words a lawyer understands. */
  explanation: string;
}
