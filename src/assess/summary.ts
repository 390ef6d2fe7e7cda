/**
 * The summary of one document in the vocabulary of the corpus labels (../shared/corpus/README.md), each answer
 * with the ids of the findings that decided it. Works from clause findings alone; when the document was
 * identified as a known licence, that licence's reference facts may back an answer the findings leave open.
 */
import type { Finding } from '../clauses/types';
import { USE_POLICY } from '../clauses/rules/vocabulary';
import type { DocumentModel } from '../document/model';
import type { LicenseMatch } from '../licenses/types';
import { decideCommercialUse } from './commercial';
import { classifyDocument } from './kind';
import type { AcceptableUse, DocumentAssessment, OutputOwnership, ReferenceSummary } from './types';

/** Attribution findings that state a duty (not a permission to use a mark, nor a request). */
const ATTRIBUTION_DUTY = new Set(['requires', 'prohibits']);
const ENCOURAGEMENT = /\bplease\b|\bwe (?:encourage|ask|recommend)\b|\bkindly\b/i;

/** Acceptable-use rules that list or state substantive prohibited uses (an embedded policy). */
const EMBEDDED_RULES = new Set([
  'acceptable-use/listed-prohibited-use',
  'acceptable-use/use-prohibition',
  'acceptable-use/prohibited-use-phrase',
  'acceptable-use/no-model-building',
  'acceptable-use/territory',
  'acceptable-use/minimum-age',
  'acceptable-use/sensitive-data',
  'acceptable-use/no-safety-bypass',
  'acceptable-use/high-risk',
  'acceptable-use/advised-against',
]);
/**
 * A prohibition whose only content is "follow the law" or "follow the policy" ("for any purpose which conflicts
 * with the Acceptable Use Policy") does not embed a policy.
 */
const POINTER_ONLY =
  /\b(?:set (?:forth|out) in|referenced in|(?:described|outlined|listed|specified|detailed|found|contained) in|under|conflicts? with|contrary to|inconsistent with|in breach of|in violation of|violates?|(?:prohibited|forbidden|not permitted|disallowed) (?:by|under|in)) (?:the |this |our |its |any )?[^.;]{0,60}\bpolic(?:y|ies)\b|\bin violation of applicable laws?\b/i;

export function summariseDocument(
  model: DocumentModel,
  findings: Finding[],
  license: LicenseMatch | null = null,
  reference: ReferenceSummary | null = null,
): DocumentAssessment {
  const kind = classifyDocument(model, findings);
  const commercial = decideCommercialUse(findings, kind.kind === 'acceptable-use-policy');

  const attribution = findings.filter((f) => f.category === 'attribution' && ATTRIBUTION_DUTY.has(f.stance) && !ENCOURAGEMENT.test(f.quote));
  const outputs = findings.filter((f) => f.category === 'output-ownership');
  const owner = decideOwnership(outputs);
  const outputLimits = outputs.filter((f) => f.stance === 'restricts' || f.stance === 'prohibits' || f.stance === 'requires');
  const acceptable = decideAcceptableUse(findings);

  const assessment: DocumentAssessment = {
    kind: kind.kind,
    commercialUse: commercial.value,
    commercialCondition: commercial.condition,
    attributionRequired: attribution.length > 0,
    outputOwnership: owner.value,
    outputRestrictions: outputLimits.length > 0,
    acceptableUse: acceptable.value,
    decidedBy: {
      kind: kind.decidedBy,
      commercialUse: commercial.decidedBy,
      attributionRequired: attribution.slice(0, 5).map((f) => f.id),
      outputOwnership: owner.decidedBy,
      outputRestrictions: outputLimits.slice(0, 5).map((f) => f.id),
      acceptableUse: acceptable.decidedBy,
    },
  };
  return license && reference ? backWithReference(assessment, license, reference) : assessment;
}

function decideOwnership(outputs: Finding[]): { value: OutputOwnership; decidedBy: string[] } {
  for (const value of ['user', 'not-claimed', 'provider'] as const) {
    const deciding = outputs.filter((f) => f.facts.outputOwner === value);
    if (deciding.length) return { value, decidedBy: deciding.map((f) => f.id) };
  }
  return { value: 'not-addressed', decidedBy: [] };
}

function decideAcceptableUse(findings: Finding[]): { value: AcceptableUse; decidedBy: string[] } {
  const au = findings.filter((f) => f.category === 'acceptable-use');
  const embedded = au.filter((f) => EMBEDDED_RULES.has(f.rule) && !POINTER_ONLY.test(f.quote));
  if (embedded.length) return { value: 'embedded', decidedBy: embedded.slice(0, 5).map((f) => f.id) };
  // A ban that only points at a use policy ("Use in any way prohibited by the Acceptable Use Policy") makes that
  // policy bind: it is a reference to it.
  const byReference = au.filter((f) => f.facts.policyIncorporated === true || (EMBEDDED_RULES.has(f.rule) && POINTER_ONLY.test(f.quote) && USE_POLICY.test(f.quote)));
  if (byReference.length) return { value: 'by-reference', decidedBy: byReference.slice(0, 5).map((f) => f.id) };
  return { value: 'none', decidedBy: [] };
}

/**
 * A document identified as a known licence: where the findings found nothing to decide a field, the reference
 * licence's facts fill it (decidedBy then names the licence, e.g. "license:apache-2.0"). Findings that did
 * decide a field are kept: the document's own words win over what the licence usually says.
 */
function backWithReference(a: DocumentAssessment, license: LicenseMatch, ref: ReferenceSummary): DocumentAssessment {
  const tag = `license:${license.id}`;
  const out: DocumentAssessment = { ...a, decidedBy: { ...a.decidedBy } };
  if (a.decidedBy.commercialUse.length === 0) {
    out.commercialUse = ref.commercialUse;
    out.commercialCondition = ref.commercialCondition;
    out.decidedBy.commercialUse = [tag];
  }
  if (a.decidedBy.attributionRequired.length === 0 && ref.attributionRequired) {
    out.attributionRequired = true;
    out.decidedBy.attributionRequired = [tag];
  }
  if (a.decidedBy.outputOwnership.length === 0 && ref.outputOwnership !== 'not-addressed') {
    out.outputOwnership = ref.outputOwnership;
    out.decidedBy.outputOwnership = [tag];
  }
  if (a.decidedBy.acceptableUse.length === 0 && ref.acceptableUse !== 'none') {
    out.acceptableUse = ref.acceptableUse;
    out.decidedBy.acceptableUse = [tag];
  }
  if (a.decidedBy.kind.length === 0) {
    out.kind = ref.kind;
    out.decidedBy.kind = [tag];
  }
  return out;
}
