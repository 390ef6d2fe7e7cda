/**
 * Commercial use: the grant and its scope, limits to research / non-commercial purposes, thresholds above
 * which a separate licence is needed, registration or approval gates, and bans on selling or reselling.
 */
import type { ClauseRule } from './types';
import { DISCLAIMER, GRANT, LITIGATION, MAY_USE, NOT_SUBJECT_TO_RESTRICTION, USER_PROHIBITION } from './vocabulary';

/** Purposes that are not commercial: a grant "for" them (and nothing else) is a non-commercial grant. */
const NC_PURPOSE = String.raw`(?:non-?commercial|non-?production|research|evaluation|evaluative|academic|personal|hobby|hobbyist|testing|experimental|experimentation|educational|scientific|study)`;
const NC_PURPOSE_LIST = String.raw`(?:internal |non-?commercial |scientific |academic )?${NC_PURPOSE}(?:(?:,|,? and|,? or|,? and\/or) (?:internal |non-?commercial |scientific |academic )?${NC_PURPOSE}){0,3}`;
const NON_COMMERCIAL = new RegExp(
  [
    // "for commercial or non-commercial purposes" allows both: not a limit; nor does "research, non-commercial, and
    // limited commercial uses", commercial uses with a qualifier.
    String.raw`(?<!\bcommercial,? (?:and|or|and\/or) )\bnon-?commercial(?:ly)?\b(?!,? (?:and|or|and\/or) (?:(?:limited|some|certain|specified|approved|other|permitted|eligible) )?commercial)|\bnon-?production\b`,
    String.raw`\b(?:only|solely|exclusively) for (?:your )?(?:own )?(?:internal )?(?:non-?commercial|research|evaluation|academic|personal|testing)\b`,
    // "You can only use the Service for your own personal use": the limit split around the verb and its object.
    // Not a list of purposes ("only use our APIs (i) for your own personal needs and (ii) to build products").
    String.raw`\b(?:only|solely|exclusively) (?:use|access)\b[^.;()]{0,40}?\bfor (?:your )?(?:own )?(?:non-?commercial|research|evaluation|academic|personal|testing) (?:use|uses|purposes?)\b(?!,? (?:and|or)\b)`,
    // "You may not use any Services for production use": a non-production limit said as a ban.
    String.raw`\b(?:not|never) (?:use|exploit|deploy)\b[^.;]{0,50}\bfor (?:any )?(?:commercial\b|production (?:use|uses|purposes?|environments?|workloads?)\b)`,
    String.raw`\b(?:does|do|shall|will) not (?:permit|allow|authori[sz]e|include|extend to)\b[^.;]{0,30}\bcommercial\b`,
    String.raw`\bcommercial (?:use|uses|purposes?|exploitation|deployment)\b[^.;]{0,30}\b(?:is|are) (?:not (?:permitted|allowed|licensed|authori[sz]ed)|prohibited|excluded|forbidden)\b`,
    String.raw`\bother than (?:for )?commercial\b|\bnot (?:for|primarily intended for) commercial`,
    // "not primarily intended for or directed towards commercial advantage", "may not exercise … in any manner
    // that is primarily intended for … commercial advantage or private monetary compensation"
    String.raw`\b(?:not|never|cannot)\b[^.;]{0,160}\b(?:commercial advantage|monetary compensation|commercial gain)\b`,
    String.raw`\b(?:research|evaluation|academic)(?: (?:or|and|and\/or) (?:evaluation|research|non-?commercial|academic))? (?:purposes?|uses?) only\b`,
    String.raw`\bsolely for (?:your )?(?:non-?commercial )?research\b`,
  ].join('|'),
  'i',
);
// "Commercial Users", "our commercial Customers" name who the terms are for, not a term about commercial use.
const COMMERCIAL =
  /\bcommercial(?:ly)?\b(?! reasonabl| practicabl| computer| software| item| arbitration| available| services"| damages| losses| terms\b(?! apply)| (?:users?|customers?|clients?)\b)|\bfor (?:your|its) business(?:'s|’s)? |\bbusiness use\b|\bmonetary compensation\b|\bproduction use\b/i;
/**
 * In a grant, the purposes it is made for limit it: a licence "to use the Model for internal evaluation purposes"
 * or "for research and testing purposes" or "for your personal use" is a non-commercial grant, "only" or not.
 */
const NON_COMMERCIAL_GRANT = new RegExp(`${NON_COMMERCIAL.source}|\\bfor (?:the )?(?:purposes? of )?(?:your )?(?:own )?${NC_PURPOSE_LIST} (?:purposes?|uses?)\\b`, 'i');
/**
 * Prose with no word of permission, duty, limit or definition ("Plover powers thousands of commercial
 * applications", "our team has published research on non-commercial datasets") mentions commercial use without
 * saying anything about it. Anchored, so it is tried once per unit.
 */
const NOT_NORMATIVE =
  /^(?![^]*\b(?:only|solely|exclusively|not|no|never|must|shall|may|can(?:not)?|limited|restricted|permitted|allowed|prohibited|licen[cs]e[ds]?|licen[cs]ing|grant(?:s|ed)?|purposes?|uses?|used|using|terms|conditions?|agree\w*|requires?|required|subject to|means|includes?|other than|free of charge|royalt\w*|fees?)\b)/i;
/**
 * Names of licences and their elements ("Attribution-NonCommercial 4.0", "License Elements", "the Acme
 * Non-Commercial Community License") are not limits. A name is capitalised: "a non-commercial licence to reproduce
 * the Model" is a limited grant.
 */
const LICENCE_NAME = [
  /\battribution-non-?commercial|\bnon-?commercial-|\blicen[cs]e elements\b|\bnon-?commercial,? (?:and|or) commercial\b/i,
  /\b(?:Non-?[Cc]ommercial|Non-?[Pp]roduction|NON-?COMMERCIAL|NON-?PRODUCTION) (?:(?:Research|RESEARCH|Community|COMMUNITY) ){0,2}(?:Licen[cs]e|LICEN[CS]E)\b/,
  // "This Licence Agreement for Non-Commercial Models (“Agreement”) is …": the name, not a limit.
  /\b(?:Licen[cs]e|LICEN[CS]E)(?: (?:Agreement|AGREEMENT))? (?:for|FOR) (?:Non-?[Cc]ommercial|NON-?COMMERCIAL) (?:[A-Z]\w+)\b[^.;]{0,20}\((?:the )?["“]/,
];
const MAU = /\b(?:monthly active users|mau)\b/i;
/**
 * A licence or fee one does NOT need ("These users do not need a separate commercial license from, or owe license fees
 * or royalties to, the licensors"): leave given, not a gate.
 */
const NOT_NEEDED = /\b(?:do(?:es)? not|don[’']t|doesn[’']t|need not|will not|shall not|never) (?:need|require|have to|owe|pay)\b|\bwithout (?:the )?need (?:for|of|to)\b/i;
/**
 * Use counted per month in visits, requests or API calls ("must not exceed 1 million visits per month", "10 million
 * monthly requests"): a cap on free use as a user count is. Per minute or per day it is a rate limit of a service.
 * A number is at most 25 characters: unbounded, a long run of digits and dots was read again from each digit.
 */
const USAGE_CAP =
  /\b\d[\d,.]{0,24}(?:\s*(?:thousand|million|billion|[kmb]))?\s+(?:(?:visits|page ?views|requests|api calls|calls|queries)\s+(?:per|a|each|every)\s+(?:calendar\s+)?month|monthly (?:visits|page ?views|requests|api calls|calls|queries))\b/i;
/** The cap bounds the licence or its commercial use, not the capacity of a service plan. */
const LICENCE_OR_COMMERCIAL = /\bcommercial(?:ly)?\b|\blicen[cs](?:e|es|ed|ing)\b/i;
const DAU = /\b(?:daily active users|dau)\b/i;
const COMMERCIAL_PERMITTED =
  /\bcommercially usable\b|\bincluding (?:without limitation )?(?:for )?commercial (?:use|uses|purposes?)\b|\bcommercial use is (?:permitted|allowed)\b|\b(?:may|can) (?:be )?used? [^.;]{0,40}\bfor commercial (?:use|purposes?)\b|\bintended for your commercial use\b/i;
/**
 * A card stating what the material is for: "intended for commercial and research use", "enabling both research and
 * commercial usage", "supports commercial use", "is available for commercial use". It permits commercial use; it limits nothing unless the same
 * sentence does (COMMERCIAL_INTENT_LIMIT).
 */
const NC_OR_RESEARCH = String.raw`(?:research|academic|personal|educational|scientific|non-?commercial)`;
const COMMERCIAL_INTENDED = new RegExp(
  String.raw`\b(?:(?:intended|designed|built|suitable|meant|ready|open|available) for|enabl(?:e|es|ed|ing)|support(?:s|ed|ing)?|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?)\s+(?:both\s+)?(?:${NC_OR_RESEARCH}(?:,? (?:and|&|as well as) )?)?commercial(?:,? (?:and|&|as well as) ${NC_OR_RESEARCH})?\s+(?:use|uses|usage|purposes?|applications?|deployments?|settings?)\b`,
  'i',
);
/** Words that turn a statement of purpose into a limit or a condition ("intended for research use only, not commercial use"). */
const COMMERCIAL_INTENT_LIMIT =
  /\b(?:not|never|no|only|solely|exclusively|except|unless|subject to|provided|require[sd]?|requiring|limited|restricted|prohibited|separate|without)\b/i;
/** A paid tier of a service: "paid members", "Pro plan", "premium subscribers". */
const PAID_TIER =
  /\b(?:paid|paying|premium|pro|subscribed) (?:members?|membership|subscribers?|subscriptions?|plans?|tiers?|users?|accounts?|customers?)\b|\bpaid members?hip\b|\bsubscribers? to (?:a |any |our )?paid\b/i;
/** Commercial use stated as open only to some: "Commercial use of Assets is reserved to …", "… requires a Pro plan". */
const COMMERCIAL_RESERVED = /\bcommercial (?:use|uses|usage|rights?|licen[cs]e)\b[^.;]{0,60}\b(?:(?:is|are) (?:only )?(?:available|reserved|limited|restricted)|requires?)\b/i;
const REVENUE = /\b(?:annual|yearly|gross) (?:revenues?|turnover|sales)\b|\brevenues? (?:of|exceed|greater|more|less)/i;
const SEPARATE_LICENCE =
  /\b(?:request|obtain|apply for|seek)\b[^.;]{0,30}\blicen[cs]e (?:from|with)\b|\b(?:request|obtain|apply for|seek)\b[^.;]{0,30}\b(?:separate|seperate|commercial|enterprise|paid|different) licen[cs]e\b|\bcommercial licen[cs](?:e|ing)\b|\benterprise licen[cs]e\b|\bwithout (?:a |an )?(?:separate|commercial|written|enterprise) licen[cs]e\b|\bcontact\b[^.;]{0,40}\bfor (?:a )?commercial\b/i;
/**
 * The governing licence described as a commercial one ("governed by the Acme Licence (a custom, commercial license
 * agreement)", "… which is a permissive commercial licence"): what kind of licence it is, not a second licence to obtain.
 */
const COMMERCIAL_LICENCE_DESCRIPTION =
  /\((?:a|an|the) (?:[\w-]+,? ){0,3}commercial licen[cs]e(?: agreement)?\)|\b(?:is|being|which is) (?:a|an) (?:[\w-]+,? ){0,3}commercial licen[cs]e\b(?! (?:from|with)\b)/i;
const REGISTRATION =
  /\b(?:must|shall|will need to|(?:is|are) required to|need to)(?: first)? (?:register|apply (?:to|with) (?:us|the licensor)|send (?:us |the licensor )?(?:an? )?(?:application|request|e-?mail))\b|\bregistration (?:is )?required\b|\bregistered (?:users?|licensees?|developers?|customers?|businesses|entities) (?:may|can|are (?:permitted|allowed|entitled) to)\b|\b(?:after|upon|once|following) (?:completing (?:the |a )?)?(?:registration|registering)\b|\bcomplete (?:the |a )?registration\b|\bobtain (?:(?:our|the|its|licensor[’']s|prior|express|written) ){0,3}(?:authori[sz]ation|approval|consent|permission)\b|\bwithout (?:(?:our|the|its|licensor[’']s|prior|express|written) ){0,3}authori[sz]ation\b|\b(?:notify|inform)\b[^.;]{0,60}\b(?:before|prior to)\b/i;
const APPROVAL =
  /\b(?:have (?:it|them|your use case) approved|approved by|prior (?:written )?approval|application process|(?:use case|use-case)s? (?:must be |are )?(?:approved|reviewed))\b/i;
const RESALE_OR_TRANSFER = /\b(?:resell|re-sell|resale|sell(?:ing)?|leas(?:e|ing)|rent(?:ing)?|sublicens(?:e|ing)|transfer)\b/i;
const RESALE = /\b(?:resell(?:ing)?|re-sell|sell(?:ing)?|leas(?:e|ing)|rent(?:ing)?)\b/i;
// Or using it "to provide services to the general public" (to third parties, to others): offering it onward.
const THIRD_PARTY_ACCESS =
  /\b(?:on behalf of any third party|enable third parties to use|hosted service|as a service|via (?:your )?apis?|standalone (?:access|service)|aggregator|api keys?|(?:provide|offer|render) (?:any )?services? to (?:the (?:general )?public|third parties|any third party|others))\b/i;
/**
 * Money owed for the licence itself: "subject to payment of a fee of USD 10,000 per year", "you shall pay a royalty
 * of 10% of Attributable Revenues", a revenue share, a licence fee. Royalty-free grants, waivers of royalties and the
 * fees of a paid online service (the price of the service, not a condition on using the material) are not.
 */
const FEE_CONDITION =
  /\bsubject to (?:[\w’']+ )?(?:the )?(?:timely )?payment of\b[^.;]{0,80}\b(?:fees?|royalt(?:y|ies)|charges?|price|consideration)\b|\b(?:pay|payment of|payable|owe|remit)\b[^.;]{0,80}\broyalt(?:y|ies)\b(?![- ]free)|\broyalt(?:y|ies)\b(?![- ]free)[^.;]{0,60}\b(?:(?:is|are|shall be|will be) (?:payable|due|paid|charged)|of (?:\d|one|two|three|four|five|ten|fifteen|twenty))|\brevenue[- ]shar(?:e|ing)\b|\b\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)\)? of (?:the |your |its )?(?:[A-Z]\w+ )?(?:gross |net )?(?:revenues?|sales|receipts|income|turnover)\b|\blicen[cs]e fees?\b[^.;]{0,60}\b(?:payable|due|of (?:USD|US\$|EUR|GBP|[$€£])?\s?\d)|\b(?:fee|royalty) of (?:USD|US\$|EUR|GBP|CNY|RMB|[$€£¥])\s?\d/i;
/** Paying for access to an online service is the service's price (corpus convention), not a condition on commercial use. */
const SERVICE_PRICE = /\b(?:access|use) (?:to |and use )?(?:of )?the (?:services?|platform|apis?|subscription)\b|\bfor the services\b|\border form\b/i;
const FEE = /\bany price or no price\b|\bfor a fee\b|\blicen[cs]e fee\b|\bcharge (?:a )?(?:fee|price)\b/i;
const SCOPE_USERS = /\b(?:businesses and developers|for individuals|consumers?|personal use)\b/i;
const END_USER_EXCEPTION = /\bintegrated end[- ]user product\b[^.]{0,120}\bwill not apply\b/i;
const FOR_ANY_PURPOSE = /\bfor any purposes?(?: whatsoever)?,? including\b|\bunlimited permission\b|\bwithout conditions\b/i;
const LICENCE_STATEMENT =
  /(?:\b(?:licen[cs]ed under|distribute[sd]? [^.;]{0,60}under|released under|(?:provided|offered|published) under|falls? under)\b|\blicen[cs]e\s*:)(?:[^.;]|\.(?=\d)){0,40}\b(?:cc[- ]?by|creative commons|odc[- ]?by|open data commons|apache|mit|bsd|cc0|gpl|odbl|openrail|open rail)/i;
/** The "how to apply this licence" notice licensors paste into files (Apache appendix): guidance, not a term. */
/** Filled in with a real year ("Copyright 2023 Acme") it is the licensor applying the licence: a statement, not guidance. */
export const APPLY_BOILERPLATE = /^(?![^]*\bcopyright (?:\(c\) |© ?)?(?:19|20)\d\d\b)[^]*(?:\byou may not use this file except in compliance\b|\bmay obtain a copy of the licen[cs]e at\b)/i;
/** A statement that the material is released under a non-commercial licence ("licensed under CC BY-NC 4.0"). */
const NC_LICENCE_STATEMENT =
  /(?:\b(?:licen[cs]ed under|distribute[sd]? [^.;]{0,60}under|released under|made available under|available under|(?:provided|offered|published) under|subject to|falls? under|(?:is|are) governed by)\b|\blicen[cs]e\s*:)(?:[^.;]|\.(?=\d)){0,40}\b(?:cc[- ]?by[- ]?nc|creative commons attribution[- ]non-?commercial|non-?commercial (?:research )?licen[cs]e)/i;
const TERMS_GATE = /\b(?:must|need to|required to) (?:agree|accept|consent) to (?:the )?(?:terms|licen[cs]e)/i;
const RESEARCH_ADVICE =
  /\b(?:recommend(?:ation)?|intended|encourage|advise)\b[^.]{0,80}\b(?:research purposes|industrial products?|commercial products?|production)\b|\b(?:dataset|model|release|materials?)\b[^.;]{0,40}\bfor research purposes\b/i;
/** Grants run to the user or the public, not from the user to the provider ("Customer grants OpenAI …"). */
const NOT_A_GRANT_TO_USER = [
  // The grantee may be named in lower case ("the Provider", "xAI"); a grant "to You" runs the other way.
  /\b(?:[Yy]ou|[Cc]ustomer|[Ll]icensee|[Cc]ompany)\b (?:hereby )?(?:grants?|gives?|authori[sz]es) (?:to )?(?![Yy]ou\b|[Ll]icensees?\b|[Cc]ustomers?\b|[Uu]sers?\b)(?:us|we|the [A-Z]\w+|\w*[A-Z]\w*)|\b[Yy]ou (?:hereby )?grant\b/,
  /\bno (?:trademark |patent )?licen[cs]es? (?:is|are) granted\b|\b(?:does|do|shall|will) not grant\b|\bnothing else grants\b|\bmakes? no (?:additional|further|other) grants\b|\bno\b[^.;]{0,30}\bmakes? (?:any )?(?:additional|further|other) grants\b|\bnot (?:be )?granted\b|\bnothing in\b|\bother than the rights\b[^.;]{0,40}\bexpressly granted\b|\bnot obligated\b/i,
  // Leave to use the provider's marks or logos ("You may use Acme's Marks only if …", a licence to use brand assets
  // "solely to promote your Apps") is no licence to the material.
  /\(the "?mark"?\)|\btrademarks?\b|\bname or mark\b|\bmarks\b|\blogos?\b|\b(?:solely|only|exclusively) (?:to|for the purposes? of) (?:promot|advertis|market)\w*/i,
  /\bfeedback\b/i,
  // "Do not … purport to grant any rights under our terms": a ban on pretending to license, not a grant.
  /\bpurport(?:s|ed|ing)? to (?:grant|licen[cs]e|sublicen[cs]e|convey)\b/i,
  // The customer waiving its own claims ("Customer hereby waives, and releases Acme from, any claim") grants nothing.
  /\b(?:you|customer|licensee)\b (?:hereby )?(?:waives?|releases?)\b/i,
  // A recital that rights are granted "in consideration of" acceptance grants nothing of its own (Creative Commons);
  // "In consideration of your agreement …, Acme hereby grants you a licence" is the grant itself.
  /\bin consideration of\b(?![^.;]{0,200}\bhereby grants?\b)/i,
  /\bour licenses grant\b|\bgrants the public\b|\bcompatible licen[cs]e\b/i,
  /\bhow you may use\b|\bonly for lawful purposes\b|\bdoes not affect\b/i,
];

/**
 * Leave to use what the user learns along the way, not the material or service: the results of an audit, a report,
 * the other party's confidential information ("Customer may use the results of an Audit only to …").
 */
const USE_OF_RESULTS_OR_INFORMATION =
  /\bmay use (?:the |any |such )?(?:(?:audit|test|assessment) )?(?:results?|reports?|findings|outcomes?|conclusions?)\b|\bmay use (?:the |any |such )?(?:(?:other|disclosing) party['’]s )?confidential information\b/i;

/**
 * Data or systems called non-production ("Input does not include … non-production data and synthetic data") are a kind
 * of data, not a limit on use; a unit that limits use to them ("only in non-production environments") still limits it.
 * Anchored, so it is tried from the start only.
 */
const NON_PRODUCTION_THING =
  /^(?![^]*\b(?:only|solely|exclusively|limited to|restricted to|may not|shall not|must not|will not)\b)[^]*?\bnon-?production (?:data|datasets?|environments?|systems?|instances?|servers?|copies|workloads?)\b/i;
/**
 * Who a term reaches whatever their purpose ("… applies to all users, regardless of whether you have used the Service
 * for personal, commercial, or other purposes"): it names commercial use only to say it makes no difference.
 */
const WHATEVER_PURPOSE = /\bregardless of whether\b[^.;]{0,80}\bcommercial\b|\bwhether (?:for )?(?:personal|private|non-?commercial),? (?:or )?commercial\b/i;
/** Keeping an API key to oneself ("do not share or publicly disclose your API key with others") is account security. */
const API_KEY_SECRECY = /\b(?:shar(?:e|ing)|disclos(?:e|ing)|expos(?:e|ing)|leak(?:s|ing)?)\b[^.;]{0,60}\bapi keys?\b|\bapi keys?\b[^.;]{0,40}\b(?:securely|secret|confidential)\b/i;

export const COMMERCIAL_USE_RULES: ClauseRule[] = [
  {
    id: 'commercial-use/non-commercial-grant',
    category: 'commercial-use',
    stance: 'restricts',
    when: [{ pattern: NON_COMMERCIAL_GRANT, term: 'non-commercial' }, GRANT],
    unless: [...NOT_A_GRANT_TO_USER, ...LICENCE_NAME],
    explanation: 'Grants rights for non-commercial (research or evaluation) purposes only.',
    confidence: 0.95,
    extract: ['purposeLimits'],
    facts: { grantScope: 'non-commercial' },
  },
  {
    id: 'commercial-use/non-commercial-limit',
    category: 'commercial-use',
    stance: 'restricts',
    when: [NON_COMMERCIAL],
    unless: [DISCLAIMER, ...LICENCE_NAME, NOT_NORMATIVE, NOT_SUBJECT_TO_RESTRICTION, NON_PRODUCTION_THING],
    explanation: 'Limits use to non-commercial, research or evaluation purposes.',
    confidence: 0.85,
    extract: ['purposeLimits'],
  },
  {
    id: 'commercial-use/non-commercial-definition',
    category: 'commercial-use',
    stance: 'defines',
    when: [{ defines: 'non-commercial' }],
    explanation: 'Defines the non-commercial or research purposes the licence is limited to.',
    confidence: 0.9,
    extract: ['purposeLimits'],
  },
  {
    id: 'commercial-use/commercial-definition',
    category: 'commercial-use',
    stance: 'defines',
    when: [{ defines: 'commercial' }],
    explanation: 'Defines what counts as commercial use.',
    confidence: 0.85,
  },
  {
    id: 'commercial-use/mau-threshold',
    category: 'commercial-use',
    stance: 'restricts',
    when: [MAU],
    explanation: 'Commercial use needs a separate licence above {mauThreshold} monthly active users.',
    confidence: 0.95,
    extract: ['mauThreshold'],
  },
  {
    id: 'commercial-use/dau-threshold',
    category: 'commercial-use',
    stance: 'restricts',
    when: [DAU],
    explanation: 'Commercial use needs a separate licence above {dauThreshold} daily active users.',
    confidence: 0.9,
    extract: ['dauThreshold'],
  },
  {
    id: 'commercial-use/usage-threshold',
    category: 'commercial-use',
    stance: 'restricts',
    when: [USAGE_CAP, LICENCE_OR_COMMERCIAL],
    unless: [DISCLAIMER],
    explanation: 'Free commercial use ends above {usageThreshold} {usageUnit}.',
    confidence: 0.85,
    extract: ['usageThreshold'],
  },
  {
    id: 'commercial-use/commercial-permitted',
    category: 'commercial-use',
    stance: 'permits',
    when: [COMMERCIAL_PERMITTED],
    unless: [DISCLAIMER],
    explanation: 'Expressly allows commercial use.',
    confidence: 0.85,
  },
  {
    id: 'commercial-use/revenue-threshold',
    category: 'commercial-use',
    stance: 'restricts',
    when: [REVENUE],
    // The threshold is often drawn in a definition ("“Qualifying Entity” means an organisation with annual revenue
    // of less than …") that the grant then uses.
    inDefinitions: true,
    explanation: 'Free use is limited by annual revenue ({currency} {revenueThreshold}); above it a separate licence is needed.',
    confidence: 0.9,
    extract: ['revenueThreshold'],
  },
  {
    // "If you are a paid member …, you own that Creation. You may use those Creations for any purpose, including
    // commercial purposes": commercial use comes with a paid plan, i.e. with a fee.
    id: 'commercial-use/paid-tier',
    category: 'commercial-use',
    stance: 'requires',
    when: [[COMMERCIAL_PERMITTED, COMMERCIAL_RESERVED], PAID_TIER],
    unless: [DISCLAIMER],
    explanation: 'Commercial use is open only to paid plans or subscribers.',
    confidence: 0.88,
    facts: { paidPlanRequired: true },
  },
  {
    id: 'commercial-use/separate-licence',
    category: 'commercial-use',
    stance: 'requires',
    when: [SEPARATE_LICENCE],
    unless: [DISCLAIMER, /\bnot obligated\b/i, ...LICENCE_NAME, COMMERCIAL_LICENCE_DESCRIPTION, NOT_NEEDED],
    explanation: 'Some uses (typically commercial ones) need a separate licence from the licensor.',
    confidence: 0.85,
  },
  {
    id: 'commercial-use/registration',
    category: 'commercial-use',
    stance: 'requires',
    when: [REGISTRATION, COMMERCIAL],
    explanation: 'Commercial use requires registering with the licensor.',
    confidence: 0.9,
  },
  {
    id: 'commercial-use/approval',
    category: 'commercial-use',
    stance: 'requires',
    when: [APPROVAL, /\b(?:use|access)\b/i],
    // "… except as expressly approved by us" carves an exception out of a ban; it does not gate use.
    unless: [RESALE_OR_TRANSFER, /\bexceptions?\b/i, /\bexcept\b[^.;]{0,40}\bapprov/i],
    explanation: 'Use must first be approved by the provider.',
    confidence: 0.8,
    facts: { approvalRequired: true },
  },
  {
    // Outranks commercial-mention (a mention is "restricts"): a card saying the model is for commercial use permits it.
    id: 'commercial-use/commercial-intended',
    category: 'commercial-use',
    stance: 'permits',
    when: [COMMERCIAL_INTENDED],
    unless: [DISCLAIMER, NON_COMMERCIAL, COMMERCIAL_INTENT_LIMIT, ...LICENCE_NAME],
    explanation: 'States that the material is meant for or supports commercial use.',
    confidence: 0.8,
  },
  {
    id: 'commercial-use/commercial-mention',
    category: 'commercial-use',
    stance: 'restricts',
    when: [{ pattern: COMMERCIAL, term: 'commercial' }],
    // Where a dispute about business use is heard ("a claim … that relates to use … for a business or commercial
    // purpose … must be resolved in a court in Ireland") says nothing about whether such use is allowed.
    unless: [
      DISCLAIMER,
      ...LICENCE_NAME,
      NOT_NORMATIVE,
      WHATEVER_PURPOSE,
      /\b(?:claims? or disputes?|disputes?|arbitrat\w*|courts?)\b/i,
      // How long records are kept ("Contracts, commercial licenses … : we keep your data for … 5 years") is a retention
      // period, not a term about commercial use.
      /\bwe (?:keep|retain|store|hold)\b[^.;]{0,40}\b(?:your |personal |such |this )?(?:data|records|information)\b[^.;]{0,40}\b(?:for|until|as long as)\b/i,
    ],
    explanation: 'Addresses commercial or business use.',
    confidence: 0.75,
  },
  {
    id: 'commercial-use/grant',
    category: 'commercial-use',
    stance: 'permits',
    when: [GRANT],
    unless: [...NOT_A_GRANT_TO_USER, DISCLAIMER],
    explanation: 'Grants the licence: the scope of rights the user receives.',
    confidence: 0.85,
    extract: ['purposeLimits'],
  },
  {
    id: 'commercial-use/permission',
    category: 'commercial-use',
    stance: 'permits',
    when: [MAY_USE],
    unless: [
      // "You may use only Paid Services when …": which offer may be used, a limit, not leave to use the service.
      /\bmay (?:only|not)\b|\bmay (?:use|access) only\b/i,
      /\bmay satisfy\b/i,
      USE_OF_RESULTS_OR_INFORMATION,
      ...NOT_A_GRANT_TO_USER,
      DISCLAIMER,
      /\bnot obligatory\b/i,
    ],
    explanation: 'Permits use of the material or service.',
    confidence: 0.7,
  },
  {
    id: 'commercial-use/any-purpose',
    category: 'commercial-use',
    stance: 'permits',
    when: [FOR_ANY_PURPOSE],
    // "You grant us a right to use your content for any purpose" is the provider's right, not the user's.
    unless: [DISCLAIMER, /\bfitness for a particular purpose\b/i, /\bdoes not affect\b/i, NOT_A_GRANT_TO_USER[0]],
    explanation: 'Allows use for any purpose, which includes commercial use.',
    confidence: 0.75,
  },
  {
    id: 'commercial-use/resale-ban',
    category: 'commercial-use',
    stance: 'prohibits',
    when: [RESALE, USER_PROHIBITION],
    // "to buy or sell securities" is trading in something else, not reselling the material or access to it.
    unless: [DISCLAIMER, /\bassign(?:ment)?\b/i, /\bbuy(?:ing)? or sell(?:ing)?\b|\bpurchase or sale of\b/i],
    explanation: 'Bars selling, reselling, leasing or transferring the material or access to it.',
    confidence: 0.8,
  },
  {
    id: 'commercial-use/third-party-access',
    category: 'commercial-use',
    stance: 'restricts',
    when: [THIRD_PARTY_ACCESS, /\b(?:may not|shall not|must not|will not|not|except as expressly authori[sz]ed)\b/i],
    // Keeping a user's own login to themselves ("Authorized Users may not make their individual accounts accessible
    // to … third parties, and … notify Acme of any unauthorized use of … any API Key") is account security, not
    // offering the service to others.
    unless: [
      DISCLAIMER,
      /\b(?:individual|user|personal) (?:accounts?|login)\b[^.;]{0,40}\b(?:accessible|available)\b|\bnotify\b[^.;]{0,120}\bunauthori[sz]ed (?:access|use)\b/i,
      API_KEY_SECRECY,
    ],
    explanation: 'Restricts offering the material or service to third parties (hosting, API access, resale).',
    confidence: 0.75,
  },
  {
    id: 'commercial-use/fee-condition',
    category: 'commercial-use',
    stance: 'requires',
    when: [FEE_CONDITION],
    // A royalty agreed to settle a patent claim against a contributor ("agree to pay a reasonable royalty … or
    // withdraw your litigation claim") is a term of the dispute, not a price of using the material.
    unless: [DISCLAIMER, LITIGATION, SERVICE_PRICE, /\b(?:waives?|collect)\b[^.;]{0,40}\broyalt/i, /\bmay not (?:impose|charge)\b/i, NOT_NEEDED],
    explanation: 'Use of the material is subject to a fee, royalty or revenue share payable to the licensor.',
    confidence: 0.85,
    facts: { feeRequired: true },
    extract: ['revenueThreshold'],
  },
  {
    id: 'commercial-use/fees',
    category: 'commercial-use',
    stance: 'permits',
    when: [FEE],
    // "You shall not … provide services to third parties for a fee" is a limit, not an allowance to charge.
    unless: [DISCLAIMER, /\bsubscription|billing|refund|payment method\b/i, USER_PROHIBITION],
    explanation: 'States whether a fee or royalty is payable.',
    confidence: 0.6,
  },
  {
    id: 'commercial-use/product-definition',
    category: 'commercial-use',
    stance: 'defines',
    when: [{ defines: 'product' }],
    explanation: 'Defines the customer’s own products built on the service, which the commercial terms cover.',
    confidence: 0.65,
  },
  {
    id: 'commercial-use/end-user-exception',
    category: 'commercial-use',
    stance: 'permits',
    when: [END_USER_EXCEPTION],
    explanation: 'Recipients through an integrated end-user product are outside the commercial terms.',
    confidence: 0.85,
  },
  {
    id: 'commercial-use/non-commercial-licence-statement',
    category: 'commercial-use',
    stance: 'restricts',
    when: [NC_LICENCE_STATEMENT],
    unless: [APPLY_BOILERPLATE],
    explanation: 'Released under a non-commercial licence: commercial use is not licensed.',
    confidence: 0.85,
    facts: { grantScope: 'non-commercial', purposeLimits: ['non-commercial'] },
  },
  {
    id: 'commercial-use/licence-statement',
    category: 'commercial-use',
    stance: 'permits',
    when: [LICENCE_STATEMENT],
    unless: [APPLY_BOILERPLATE],
    explanation: 'States the open licence the material is released under, which sets the commercial terms.',
    confidence: 0.8,
  },
  {
    id: 'commercial-use/terms-gate',
    category: 'commercial-use',
    stance: 'requires',
    when: [TERMS_GATE],
    explanation: 'Access depends on accepting another licence, whose terms govern use.',
    confidence: 0.7,
    extract: ['policyUrl'],
  },
  {
    id: 'commercial-use/research-advice',
    category: 'commercial-use',
    stance: 'restricts',
    when: [RESEARCH_ADVICE],
    explanation: 'Recommends research use (advisory, not a licence condition).',
    confidence: 0.6,
    extract: ['purposeLimits'],
  },
  {
    id: 'commercial-use/scope-of-terms',
    category: 'commercial-use',
    stance: 'defines',
    when: [SCOPE_USERS, /\b(?:terms|agreement)\b[^.]{0,60}\b(?:appl(?:y|ies)|govern)|\bgovern[^.]{0,40}\buse\b/i],
    unless: [/\bdisputes?\b|\bclaims?\b|\barbitrat/i],
    explanation: 'Says which users and uses (business, consumer) these terms cover.',
    confidence: 0.6,
  },
];
