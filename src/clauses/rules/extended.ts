/**
 * Extended categories: flagged for reading, not used by the four-field summary. One short table each.
 */
import type { ClauseRule } from './types';
import { GOVERNED_BY_PLACE_LAW, LAW_BY_ADJECTIVE, USE_POLICY } from './vocabulary';

export const REDISTRIBUTION_RULES: ClauseRule[] = [
  {
    id: 'redistribution/may-distribute',
    category: 'redistribution',
    stance: 'permits',
    // A limit may stand between the licence and its acts ("a copyright license, for non-commercial purposes only, to
    // reproduce … and distribute"): distribution is still allowed, within the limit.
    when: [/\b(?:may|right to|licen[cs]e(?:,? (?:for|solely|only|exclusively|limited|subject|under|in|within)\b[^.;]{0,60}?,?)? to)\b[^.;]{0,80}\b(?:distribute|redistribute|sublicense|convey|share)\b|\bredistribution\b[^.;]{0,60}\b(?:permitted|allowed)\b/i],
    explanation: 'Allows the material to be passed on to others.',
    confidence: 0.7,
  },
  {
    id: 'redistribution/conditions',
    category: 'redistribution',
    stance: 'requires',
    when: [/\bif you (?:distribute|redistribute|share|convey|make available)\b|\bredistributions? of\b|\bwhen you (?:distribute|share)\b/i],
    explanation: 'Attaches conditions to distributing the material.',
    confidence: 0.7,
  },
  {
    id: 'redistribution/non-transferable',
    category: 'redistribution',
    stance: 'restricts',
    when: [/\bnon-?transferable\b|\bnon-?sublicensable\b|\bmay not (?:sublicense|transfer|assign)\b/i],
    explanation: 'The licence cannot be transferred or sublicensed.',
    confidence: 0.6,
  },
];

const MODEL_MAY_DESCRIBE =
  /^(?![^]*\b(?:must|shall|may not|only|subject to|provided|permitted|allowed|licen[cs]e)\b)[^]*\b(?:they|it|(?:the |these |this )?models?)\b (?:may|might|could|can) (?:also )?(?:exhibit|show|display|demonstrate|gain|develop|perform)\b/i;

/**
 * The provider's own changes ("We may block or modify outputs that violate this Policy", "We may change or modify
 * the Service at any time"): what the provider may do to its service or to outputs, no term for the user's
 * modifying. Only where the sentence names no user: "We may modify the Model, but you shall not modify it" still sets
 * a term. Anchored and bounded, so it is tried once per sentence.
 */
const PROVIDER_MODIFIES =
  /^(?:(?!\b(?:you|your|licensees?|customers?|users?)\b)[^.;]){0,200}?\b(?:we|licensor)\s+(?:may|will|can|reserves? the right to)\s+(?:[\w,]+\s+){0,4}?(?:modify|alter|adapt)\b(?![^.;]{0,200}\b(?:you|your|licensees?|customers?|users?)\s+(?:shall|must|may|will|agrees?|are|is)\b)/i;

export const DERIVATIVES_RULES: ClauseRule[] = [
  {
    id: 'derivatives/definition',
    category: 'derivatives',
    stance: 'defines',
    when: [{ defines: 'derivative' }],
    explanation: 'Defines what counts as a derivative or modification of the material.',
    confidence: 0.8,
  },
  {
    id: 'derivatives/ownership',
    category: 'derivatives',
    stance: 'permits',
    when: [/\bderivative works?|\bmodifications?\b|\bderivatives of the model\b|\bmodel derivatives\b/i, /\bown(?:er|ership|s)?\b/i],
    explanation: 'Says who owns derivatives and modifications.',
    confidence: 0.75,
  },
  {
    id: 'derivatives/modification-terms',
    category: 'derivatives',
    stance: 'requires',
    // The user's "will not" / "agree not to" / "is not allowed to" modify binds as "shall not" does ("You will not copy, modify or distribute
    // …"); a "will not" about something else that mentions derivative works in passing, or in parentheses, sets no
    // such term.
    when: [
      /\b(?:fine[- ]?tun|modif(?:y|ied|ication)|adapted material|derivative works?|model derivatives|derivatives of the model)/i,
      /\b(?:must|shall|may not|may|only|subject to)\b|\b(?:you|licensees?|customers?|users?) (?:(?:will|agrees?) not|(?:are|is) not (?:allowed|permitted|authori[sz]ed) to)\b(?=[^.;()]{0,80}\b(?:modif|alter|adapt|fine[- ]?tun|derivative))/i,
    ],
    // "The models may exhibit further capabilities if fine-tuned …": "may" of what the model might do, with no duty,
    // limit or condition in the sentence, describes the model; it sets no terms.
    unless: [/["“]as[- ]is["”]|\bliab/i, MODEL_MAY_DESCRIBE, PROVIDER_MODIFIES],
    explanation: 'Sets terms for modifying or fine-tuning the material.',
    confidence: 0.6,
  },
];

export const LICENCE_CHANGES_RULES: ClauseRule[] = [
  {
    id: 'licence-changes/provider-may-update',
    category: 'licence-changes',
    stance: 'permits',
    when: [/\b(?:may|reserves? the right to|will) (?:update|modify|change|amend|revise)\b[^.;]{0,60}\b(?:terms|agreement|polic(?:y|ies)|licen[cs]e|guidelines)\b|\bas (?:may be )?(?:updated|amended|modified) from time to time\b|\bupdate this [^.;]{0,40}from time to time\b/i],
    explanation: 'The provider may change these terms or an incorporated policy.',
    confidence: 0.8,
  },
  {
    id: 'licence-changes/continued-use',
    category: 'licence-changes',
    stance: 'requires',
    when: [/\bcontinued use\b[^.;]{0,80}\b(?:accept|agree|constitutes)\b/i],
    explanation: 'Continuing to use the service means accepting changed terms.',
    confidence: 0.8,
  },
  {
    id: 'licence-changes/policy-current-version',
    category: 'licence-changes',
    stance: 'defines',
    when: [USE_POLICY, /\b(?:most recent|current|latest) (?:copy|version)\b/i],
    explanation: 'The policy that applies is its current version, which may change.',
    confidence: 0.6,
  },
];

export const TERMINATION_RULES: ClauseRule[] = [
  {
    id: 'termination/for-breach',
    category: 'termination',
    stance: 'restricts',
    when: [/\bterminat(?:e|es|ed|ion)\b|\bsuspen(?:d|sion)\b/i, /\b(?:breach|violat|fail(?:ure)? to comply|non-?compliance)\b/i],
    explanation: 'The licence or access can be ended for breach.',
    confidence: 0.8,
  },
  {
    id: 'termination/litigation',
    category: 'termination',
    stance: 'restricts',
    when: [/\b(?:litigation|lawsuit|proceedings?|patent infringement)\b/i, /\bterminat/i],
    explanation: 'Suing the licensor (for example over patents or IP) ends the licence.',
    confidence: 0.85,
  },
  {
    id: 'termination/term',
    category: 'termination',
    stance: 'defines',
    when: [/\b(?:term of this (?:agreement|licen[cs]e)|upon termination|survive (?:the )?termination|effective until terminated|terminate (?:automatically|this))\b/i],
    explanation: 'Sets the term of the licence and what happens when it ends.',
    confidence: 0.7,
  },
];

export const LIABILITY_WARRANTY_RULES: ClauseRule[] = [
  {
    id: 'liability-warranty/disclaimer',
    category: 'liability-warranty',
    stance: 'disclaims',
    when: [/["“]as[- ]is["”]|\bas[- ]is basis\b|\bprovided as[- ]is\b|\bwithout warrant(?:y|ies)\b|\bdisclaims?\b[^.;]{0,40}\bwarrant|\bno warrant(?:y|ies)\b|\bwarranties of (?:any kind|merchantability|title)\b/i],
    explanation: 'Disclaims warranties: the material is provided as is.',
    confidence: 0.9,
  },
  {
    id: 'liability-warranty/limitation',
    category: 'liability-warranty',
    stance: 'disclaims',
    when: [/\b(?:not|no event|never)\b[^.]{0,80}\bliable\b|\blimitation of liability\b|\bliability\b[^.;]{0,60}\b(?:limited|exceed|cap)|\bconsequential\b[^.;]{0,40}\bdamages\b/i],
    explanation: 'Limits or excludes the provider’s liability.',
    confidence: 0.9,
  },
  {
    id: 'liability-warranty/indemnity',
    category: 'liability-warranty',
    stance: 'requires',
    when: [/\bindemnif(?:y|ies|ication)\b|\bhold harmless\b|\bdefend\b[^.;]{0,30}\bindemn/i],
    explanation: 'The user must indemnify the provider against claims.',
    confidence: 0.85,
  },
];

/**
 * "governed by the Acme 3.1 Licence / these Terms / the policy" with no word of law, courts or jurisdiction in the unit
 * (a full stop between digits is a version number, not the end of the sentence).
 */
const GOVERNED_BY_AN_INSTRUMENT =
  /^(?![^]*\b(?:laws?|legal system|jurisdictions?|courts?|statutes?|arbitration|conflicts? of laws?)\b)[^]*\bgoverned (?:by|under) (?:the |this |these |our |its |a |an )?(?:[^.;]|\.(?=\d)){0,80}?\b(?:licen[cs]es?|agreements?|terms|polic(?:y|ies))\b/i;

export const GOVERNING_LAW_RULES: ClauseRule[] = [
  {
    id: 'governing-law/governing-law',
    category: 'governing-law',
    stance: 'defines',
    when: [[/\bgoverned (?:by|under|and construed)\b|\bconstrued in accordance with\b|\bgoverning law\b|\blaws of the (?:state|commonwealth|republic) of\b/i, LAW_BY_ADJECTIVE, GOVERNED_BY_PLACE_LAW]],
    // "Use of the Model is governed by the Acme Community License" (a model card pointing to its licence) names the
    // licence that governs use, not a law: without a word of law, courts or jurisdiction it is no governing-law clause.
    unless: [GOVERNED_BY_AN_INSTRUMENT],
    explanation: 'Names the law that governs the agreement{jurisdiction}.',
    confidence: 0.9,
    extract: ['jurisdiction'],
  },
  {
    id: 'governing-law/forum',
    category: 'governing-law',
    stance: 'defines',
    // "a competent court in Ireland" names a forum; "a court of competent jurisdiction" (severability) does not.
    // "submitted to the jurisdiction of the People's Court where the Licensor is located": a forum named by where a
    // party is, not by a place name.
    when: [/\b(?:exclusive|non-exclusive) jurisdiction\b|\bcourts? (?:of|in|located)\b(?! competent\b)|\bcourts? (?:where|at the place where|in the place where)\b[^.;]{0,40}\b(?:located|domiciled|registered|resides?|seated|headquartered)\b|\bsubmit(?:ted)? to the jurisdiction of\b|\barbitration\b|\bvenue\b/i],
    explanation: 'Says where disputes are decided (courts or arbitration).',
    confidence: 0.85,
    extract: ['jurisdiction'],
  },
];

export const DATA_AND_TRAINING_RULES: ClauseRule[] = [
  {
    id: 'data-and-training/provider-training',
    category: 'data-and-training',
    stance: 'permits',
    when: [/\b(?:use|process)\b[^.;]{0,60}\b(?:your |customer |the )?(?:content|data|inputs?)\b[^.;]{0,80}\b(?:train|improve|develop)\b|\b(?:train|improve)\b[^.;]{0,40}\bmodels?\b[^.;]{0,40}\b(?:your|customer) (?:content|data)\b|\bopt[- ]out\b/i],
    explanation: 'The provider may use customer content or data to train or improve its models (check any opt-out).',
    confidence: 0.8,
  },
  {
    id: 'data-and-training/personal-data',
    category: 'data-and-training',
    stance: 'requires',
    when: [/\bpersonal (?:data|information)\b|\bdata protection\b|\bprocessor\b|\bgdpr\b|\bprivacy polic/i],
    explanation: 'Concerns personal data and its processing.',
    confidence: 0.65,
  },
  {
    id: 'data-and-training/training-data',
    category: 'data-and-training',
    stance: 'defines',
    when: [/\btraining data(?:sets?)?\b|\bdatasets?\b[^.;]{0,60}\b(?:licen[cs]e|copyright|terms)\b/i],
    explanation: 'Concerns the data the model was trained on, or a data set’s terms.',
    confidence: 0.6,
  },
];

export const EXTENDED_RULES: ClauseRule[] = [
  ...REDISTRIBUTION_RULES,
  ...DERIVATIVES_RULES,
  ...LICENCE_CHANGES_RULES,
  ...TERMINATION_RULES,
  ...LIABILITY_WARRANTY_RULES,
  ...GOVERNING_LAW_RULES,
  ...DATA_AND_TRAINING_RULES,
];
