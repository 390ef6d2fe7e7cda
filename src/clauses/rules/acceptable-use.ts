/**
 * Acceptable use: prohibited uses (single clauses and lists), incorporated use policies, compliance with law
 * and export controls, flow-down of use restrictions, territorial and age limits, and enforcement.
 * Items of a list introduced by "You agree not to use … to:" are flagged by the detector (see listContext).
 */
import type { ClauseRule } from './types';
import { DISCLAIMER, LITIGATION, MODEL_BUILDING, USE_POLICY, USER_PROHIBITION, USERS_OWN_WISH } from './vocabulary';

const POLICY = { pattern: USE_POLICY, term: 'policy' as const };
const INCORPORATE = /\bincorporat(?:ed|es|e)\b[^.;]{0,40}\bby (?:this )?reference\b|\bby (?:this )?reference\b[^.;]{0,20}\bincorporat/i;
const ADHERE =
  /\b(?:adhere to|comply with|complies with|compliance with|subject to|agree to|abide by|follow|in accordance with|appl(?:y|ies) to|set forth in|referenced in|restricted uses)\b|\b(?:not|never)\b[^.;]{0,40}\bviolat/i;
/** A use the user may not make: the prohibition and a verb of use close together. */
const USE_BAN =
  /\b(?:use|using|access|accessing|deploy|interact|engag(?:e|ing)|exploit|bypass|circumvent|generat(?:e|ing)|creat(?:e|ing)|facilitat(?:e|ing)|operate)\b/i;
const POLICY_STATEMENT = /\b(?:acceptable|responsible|appropriate) use\b[^.]{0,80}\b(?:polic(?:y|ies)|terms|rules|bar|standards?)\b|\b(?:polic(?:y|ies)|terms|rules)\b[^.]{0,80}\b(?:acceptable|responsible) use\b/i;
const PROHIBITED_USE_PHRASE = /\bmay not be used\b|\bshould not be used (?:to|for)\b|\bprohibited (?:uses?|activities|use cases)\b|\bstrictly prohibited\b|\b(?:may|must|shall|is|are|can) not (?:to )?be (?:used|employed|utili[sz]ed|deployed)\b|\bprohibit(?:s)? (?:any |the )?(?:content or )?(?:use|using|usage)\b/i;
/**
 * "We do not categorically prohibit use by any particular industry": a ban denied, in a sentence that bans nothing
 * else. Anchored and bounded, so it is tried once per sentence.
 */
const BAN_DENIED =
  /^(?:(?!\b(?:may|must|shall|will|can)(?: not|n[’']t)\b|\bcannot\b|\bprohibited\b)[^.;]){0,200}?\b(?:do|does|will|shall) not (?:\w+ly )?(?:prohibit|forbid|ban)\b(?![^.;]{0,200}\b(?:(?:may|must|shall|will|can) not|cannot|prohibited|not (?:permitted|allowed))\b)/i;
const LAWFUL_USE =
  /\b(?:(?:your|customer[’']s|its|their) use|you|users?|customer|licensee)\b[^.;]{0,80}\b(?:comply|complies|compliance) with\b[^.;]{0,40}\b(?:applicable|all|local|international) [^.;]{0,30}\blaws?\b/i;
// Lists of parties one may not deal with ("any U.S. government list of prohibited or restricted parties", "a sanctioned
// person") are export and sanctions law too.
const EXPORT =
  /\bexport controls?\b|\btrade (?:controls?|compliance|sanctions)\b|\bsanctions\b|\bembargo|\blists? of (?:prohibited|restricted|denied|blocked|designated)(?: or (?:prohibited|restricted|denied|blocked|designated))? (?:parties|persons|entities)\b|\b(?:restricted|denied|prohibited|blocked|designated) part(?:y|ies) lists?\b|\bsanctioned (?:persons?|part(?:y|ies)|entit(?:y|ies)|countr(?:y|ies))\b/i;
const FLOW_DOWN =
  /\b(?:use[- ]based restrictions|use restrictions)\b[^.]{0,160}\b(?:enforceable provision|include|notice|subsequent users|downstream|apply to (?:such |all |any )?(?:derivatives?|derivative (?:works|versions|models)))\b|\brequire (?:all (?:of )?)?(?:your )?(?:end )?users\b[^.;]{0,40}\bto comply\b|\bsame use[- ]based restrictions\b|\busers of your [^.;]{0,40}\b(?:comply|understand)\b/i;
const REMOTE_RESTRICTION = /\breserves? the right to restrict\b|\brestrict \(remotely or otherwise\)/i;
const ENFORCEMENT =
  /\b(?:violat(?:ed|es|ion|ing)|misus(?:e|ing)|abus(?:e|ing)|breach(?:ed)?)\b[^.]{0,120}\b(?:restrict|suspend|terminate|limit)\b[^.]{0,40}\baccess\b|\b(?:restrict|suspend|terminate)\b[^.]{0,40}\baccess\b[^.]{0,80}\b(?:harms?|violat)/i;
/**
 * Where the licence does not reach: "This Agreement does not apply in the European Union, United Kingdom and South
 * Korea", use "outside the Territory" (a defined area the grant is limited to), or a Territory defined as the world
 * "excluding" some places.
 */
const NOT_APPLY_IN =
  /\b(?:does|do|shall|will) not apply (?:in|within)\b[^.;]{0,80}\b(?:union|kingdom|korea|china|countr(?:y|ies)|jurisdictions?|territor(?:y|ies)|regions?)\b/i;
// Case-sensitive: the defined Territory, or territories in the plural; "outside the territory of a party" is no limit.
const OUTSIDE_TERRITORY = /\b(?:outside|beyond) (?:of )?(?:the|this|its) (?:licensed |permitted |authori[sz]ed )?(?:Territory|TERRITORY|territories)\b/;
const TERRITORY_DEFINITION = /^\W*(?:[a-z0-9]{1,4}[.)]\s+)?["“]?territory["”]?\s+(?:shall )?means?\b[^.;]{0,120}\b(?:excluding|except|other than|but not)\b/i;
const TERRITORY =
  /\b(?:not (?:being )?granted|may not (?:access|use|offer|engage)|not (?:permitted|available)|prohibited)\b[^.]{0,160}\b(?:domiciled|principal place of business|located|resident|countr(?:y|ies)|territor(?:y|ies)|geographic area)\b|\b(?:domiciled in|principal place of business in|located in|resident in)\b[^.]{0,160}\b(?:not (?:being )?granted|may not|prohibited|not permitted)\b|\boutside (?:of )?the supported countries\b|\bembargoed? (?:countr|territor)|\bsubject to (?:an )?embargo\b/i;
const MINIMUM_AGE = /\bat least (?:1[3-8]|2[01]) years (?:old|of age)\b|\bminimum age\b/i;
const SENSITIVE_DATA =
  /(?:\b(?:must|shall|may|will) not|\bagrees? not to|^\W*(?:\(?[a-z0-9]{1,4}[.)]\s+)?not)\s+(?:\w+\s+){0,3}?(?:submit|share|send|provide|upload|process|make available|instruct)\b[^.;]{0,120}\b(?:sensitive|personal|health|children|protected health|confidential)\b/i;
const POLICY_EXCEPTIONS = /\bexceptions? (?:to|from) (?:this|our|the)\b[^.;]{0,40}\bpolic/i;
const DOCUMENTATION_USE = /\b(?:only )?use\b[^.;]{0,40}\bin accordance with (?:the )?(?:applicable )?documentation\b/i;
const SAFETY_BYPASS =
  /\b(?:bypass|circumvent|override|evade|disable)\b[^.;]{0,60}\b(?:rate limits|usage limits|restrictions|safety|filters|(?:protective|safety|security) (?:measures|mitigations|features)|mitigations)\b/i;
const DISCLOSE_AI = /\bdisclose\b[^.;]{0,60}\b(?:interacting with an ai|ai system|automated means|generated through automated|(?:using|uses|use of) (?:ai|artificial intelligence)|ai[- ](?:generated|assisted))\b/i;
const HIGH_RISK = /\b(?:not intended for (?:use in )?|do not use [^.;]{0,40} (?:for|to))\b[^.;]{0,60}\b(?:diagnos|treatment|medical|legal advice|high[- ]risk)/i;
const TERMS_GATE = /\b(?:must|need to|required to) (?:agree|accept|consent) to (?:the )?(?:terms|licen[cs]e)\b/i;
const ADVISED_AGAINST = /\b(?:do not|don[’']t|not) recommend (?:using|use|it for|the use)\b|\b(?:recommend(?:s|ed)?|caution(?:s|ed)?|advise(?:s|d)?|warn(?:s|ed)?) (?:strongly )?against (?:(?:any|the) )?(?:using|use|deploying|deployment|relying)\b|\brecommendation is (?:therefore )?to use\b[^.]{0,60}\bfor research\b/i;
/**
 * Use held to a separately named code of conduct: "Your use of the Model must be consistent with the Acme
 * Trustworthy AI terms", "… shall comply with the Acme Responsible Use Guidelines". The instrument is named in
 * capitals (these Terms, this Agreement and the documentation are not a separate use policy).
 */
const NAMED_USE_STANDARD = [
  /\b(?:[Yy]our|[Tt]he|[Aa]ny|[Ss]uch) use\b[^.;]{0,80}\b(?:must|shall|will|is required to)(?: at all times)? (?:comply with|be consistent with|adhere to|conform to|be in accordance with|follow)\s+(?:the\s+)?(?:(?!This\b|These\b)[A-Z][\w-]*\s+){1,5}(?:[Tt]erms|[Gg]uidelines|[Pp]rinciples|[Ss]tandards|[Cc]ode of [Cc]onduct|[Rr]ules|[Pp]olic(?:y|ies))\b/,
  // The same clause printed in capitals, where only the demonstratives tell the instrument apart.
  /\b(?:YOUR|THE|ANY|SUCH) USE\b[^.;]{0,80}\b(?:MUST|SHALL|WILL|IS REQUIRED TO)(?: AT ALL TIMES)? (?:COMPLY WITH|BE CONSISTENT WITH|ADHERE TO|CONFORM TO|BE IN ACCORDANCE WITH|FOLLOW)\s+(?:THE\s+)?(?:(?!THIS\b|THESE\b)[A-Z][\w-]*\s+){1,5}(?:TERMS|GUIDELINES|PRINCIPLES|STANDARDS|CODE OF CONDUCT|RULES|POLIC(?:Y|IES))\b/,
  // What is used named as the subject ("The generative AI features, Input, and Output must be used in accordance with
  // the Acme Generative AI Beta User Guidelines").
  /\b(?:must|shall|will|is required to|are required to) (?:only )?be used (?:only )?(?:in accordance with|in compliance with|consistently with|as (?:set out|described) in)\s+(?:the\s+)?(?:(?!This\b|These\b)[A-Z][\w-]*\s+){1,6}(?:Terms|Guidelines|Principles|Standards|Code of Conduct|Rules|Polic(?:y|ies))\b/,
];
const OTHER_TERMS_APPLY =
  /\b(?:terms and policies|policies|guidelines)\b[^.;]{0,40}\b(?:may apply|apply to your use|form part of|are incorporated)\b/i;
const USE_CASE_APPROVAL = /\buse cases?\b[^.;]{0,60}\b(?:approved|approval|reviewed)\b/i;
/**
 * A ban whose only object is commercial or production use ("You may not use the corpus for commercial products")
 * limits commercial use; it is not a prohibited-use policy. Bans that also name harms ("for any commercial, military
 * or illegal purposes") are both.
 */
const OTHER_HARM =
  String.raw`\b(?:military|illegal|unlawful|harm\w*|weapons?|violat\w+|surveil\w*|discriminat\w+|deceiv\w*|mislead\w*|fraud\w*|spam|abus\w+|minors|children|compet\w+|laws?|rights)\b`;
// Anchored, so it is tried once per unit: no other harm anywhere, and a commercial object.
const COMMERCIAL_ONLY_BAN = new RegExp(
  String.raw`^(?![^]*${OTHER_HARM})[^]*?(?:\bfor (?:any )?(?:commercial|production)\b|\b(?:in connection with|as part of) (?:any )?commercial\b|\bcommercially\b|\bcommercial (?:use|uses|usage|purposes?|exploitation)\b)`,
  'i',
);
/**
 * A ban that rests on trade law alone ("Services may not be used in or for the benefit of any country subject to
 * comprehensive sanctions", "shall not be used for any end use prohibited by applicable Export Control and Sanctions
 * Laws"): who and where the service may reach under export and sanctions law, flagged as export controls, not a use
 * the terms forbid. Evading or breaking those laws stays a use. Anchored, so it is tried from the start only.
 */
const TRADE_LAW_ONLY = new RegExp(
  String.raw`^(?![^]*\b(?:evad|circumvent|avoid|violat|breach|contraven)\w*\b[^.;]{0,60}\b(?:sanctions|export|embargo))[^]*?(?:${EXPORT.source})`,
  'i',
);
/**
 * A use policy named as what use is subject to ("Your use of the app is also subject to our Prohibited Use Policy"): the
 * words of its name are no ban. A unit that also bans something in words of its own stays a ban.
 */
const PROHIBITED_POLICY_NAME_ONLY =
  /^(?![^]*\b(?:(?:shall|will|must|may|can|should)(?: not|n[’']t)|cannot|do not|don[’']t|never|not (?:permitted|allowed)|(?:is|are) prohibited|prohibited from)\b)[^]*?\bprohibited[- ]use polic(?:y|ies)\b/i;
/** A unit naming a privacy policy and no use policy (anchored, so it is tried from the start only). */
const PRIVACY_POLICY_ONLY = new RegExp(String.raw`^(?![^]*${USE_POLICY.source})[^]*?\bprivacy polic`, 'i');
/** "you agree you will use them only for … and not to train …": a ban joined to a duty the user accepts. */
const AGREED_AND_NOT_TO = /\b(?:you|customer|licensee|users?)\b[^.;]{0,40}\b(?:agrees?|will|shall|must)\b[^.;]{0,120}\b(?:and|but) not to\b/i;
/**
 * A ban said as a participle inside a duty ("you shall comply with the Terms, without violating any applicable law, not
 * using this service to infringe upon the legitimate rights and interests of others or to seek improper gains").
 */
const PARTICIPLE_BAN = /\bnot using (?:this|the|our|such|any) (?:[\w-]+ )?(?:services?|platform|products?|models?|apis?)\b[^.;]{0,20}\bto\b/i;
const THIRD_PARTY_ACCESS = /\b(?:hosted service|via (?:your )?apis?|enable third parties to use|resell|sell)\b/i;
/** "shall not use the name of the University … to endorse or promote any product": an endorsement clause. */
const ENDORSEMENT = /\bnames?\b[^.;]{0,80}\b(?:endorse|promote)\b/i;
/**
 * A warning that the service is no stand-in for professional advice ("is not intended to be a substitute for
 * professional medical advice and should not be used to replace or as a substitute for it", "should not rely upon
 * outputs to inform professional advice"): what the service is fit for, not a use the terms forbid.
 */
const NOT_PROFESSIONAL_ADVICE =
  /\b(?:should|must) not (?:be )?(?:rel(?:y|ied) (?:up)?on|used (?:to replace|as (?:a )?substitutes? for))\b[^.;]{0,120}\b(?:professional|medical|legal|financial|investment|tax) (?:advice|diagnosis|judgment|care|treatment)\b|\bnot (?:designed|intended)\b[^.;]{0,60}\bsubstitutes? for\b[^.;]{0,20}\b(?:professional|medical|legal|financial) (?:advice|diagnosis|judgment|care|treatment)\b/i;
/** A rule of construction ("… shall not be used to construe this License against a Contributor"), not a use. */
const CONSTRUCTION = /\bto (?:construe|interpret) (?:this|these|the) (?:licen[cs]e|agreement|terms)\b/i;
/**
 * Conditions that keep copies free, which open licences state in the words of a ban; they bind what is passed on,
 * not what the material may be used for: no technical measures that stop recipients reading or copying their
 * copies, and no combining works whose licences conflict in a copy one distributes.
 */
const FREEDOM_CONDITION =
  /\b(?:technical|technological)(?: protection)? measures?\b[^.;]{0,80}\b(?:reading|copying|copies|recipients?)\b|\b(?:together|combined|combination|link(?:ed|ing)?)\b[^.;]{0,60}\b(?:that|which) you (?:distribute|redistribute|convey)\b/i;

/**
 * The bounds of the licence itself, not a use it bans: "You may not use the Materials except in connection with your
 * use of the Services pursuant to the Agreement", "except in compliance with the License", "Any use beyond the scope
 * of this license … is prohibited".
 */
const LICENCE_SCOPE =
  /\bexcept (?:in compliance with (?:the|this) licen[cs]e|in connection with (?:your|its|the customer[’']s) use of|pursuant to (?:the|this|these|your)|as (?:expressly |explicitly )?(?:permitted|authori[sz]ed|licen[cs]ed) (?:by|under|in) (?:the|this|these))\b|\bbeyond the scope of (?:this|the) licen[cs]e\b/i;

/**
 * A policy speaking of itself ("This Acceptable Use Policy applies to your use of …", "By using the models you agree
 * to this Policy"): it names no other policy, so it incorporates none.
 */
const OTHER_POLICY = String.raw`\b(?:the|our|its|their|any|applicable|[A-Z][\w-]*['’]s?) (?:[\w'’-]+ ){0,2}(?:(?:acceptable|prohibited|permitted|responsible|fair)[- ]use|usage|use|content) polic(?:y|ies)\b`;
/** The policy referring to itself; a unit that also names another policy (OTHER_POLICY, a veto) incorporates that one. */
const SELF_POLICY = /\b(?:this|these) (?:[\w'’-]+ ){0,3}?polic(?:y|ies)\b/i;
// A veto, not a lookaround inside the self-reference: a look back to the start that then scans the whole unit again
// costs the cube of a unit's length (a 30,000-character line hung the analysis).
const NAMES_OTHER_POLICY = new RegExp(OTHER_POLICY, 'i');
/** A unit naming this policy and no other (a veto of incorporation); anchored, so it is tried from the start only. */
const SELF_POLICY_ONLY = new RegExp(String.raw`^(?![^]*${OTHER_POLICY})[^]*?${SELF_POLICY.source}`, 'i');

export const ACCEPTABLE_USE_RULES: ClauseRule[] = [
  {
    id: 'acceptable-use/policy-incorporated',
    category: 'acceptable-use',
    stance: 'requires',
    when: [POLICY, ADHERE],
    near: 120,
    unless: [
      DISCLAIMER,
      SELF_POLICY_ONLY,
      // "the use restrictions in the original License must apply to such derivatives": the licence's own restrictions
      // (flowing down to derivatives), not a separate policy.
      /\buse(?:-based)? restrictions (?:in|of|under|set (?:out|forth) in) (?:this|the|such)(?: original)? (?:licen[cs]e|agreement)\b/i,
      // A privacy policy is no use policy; a unit naming both ("… subject to our Prohibited Use Policy and our Privacy
      // Policy") still incorporates the use policy.
      PRIVACY_POLICY_ONLY,
      /\breport|\bplease\b|\bnotify\b/i,
      /\bupdates? (?:to|of) (?:this|these|the)\b/i,
      // "Subject to Section “Use Restrictions and AUP”": the policy's name is only part of a section's title.
      /\bsections?\s+(?:\d[\d.()a-z]*\s+)?["“][^"”]{0,60}\b(?:aup|(?:acceptable )?use polic(?:y|ies))\b[^"”]{0,40}["”]/i,
      // The provider checking compliance ("Acme may at any time review or test your Software … to ensure compliance
      // with … our Usage Policy"): its right to look, not a duty that makes the policy part of the terms.
      // The same right as an item of its list ("we may at any time: (a) review or test an App to ensure …").
      /\b(?:may|will|can|reserves? the right to)\b[^.;]{0,30}\b(?:review|monitor|test|audit|inspect)\b[^.;]{0,80}\bto (?:ensure|verify|check|confirm)\b|^\W*(?:\(?[a-z0-9]{1,4}[.)]\s+)?(?:review|monitor|test|audit|inspect)\b[^.;]{0,80}\bto (?:ensure|verify|check|confirm)\b/i,
      // The provider's remedy when it finds a breach ("if Acme determines that an Application is … inconsistent with
      // the AUP, …, Acme may terminate the licence"): what it may do, not the duty that incorporates the policy.
      // What does not show a breach ("encountering a block does not by itself indicate a violation of the Usage
      // Policy") says how conduct is judged; it binds no one to the policy.
      /\b(?:does|do|will) not (?:by itself |in itself |necessarily )?(?:indicate|mean|imply|constitute|amount to) (?:a )?(?:violation|breach)\b/i,
      /\bif (?:we|\w+) (?:reasonably )?(?:determines?|believes?|suspects?|finds?|concludes?)\b[^.;]{0,400}\b(?:we|\w+) may (?:suspend|terminate|disable|deactivate|remove|restrict|revoke)\b/i,
    ],
    explanation: 'Use must follow a separate use policy, which is incorporated into these terms.',
    confidence: 0.9,
    extract: ['policyUrl'],
    facts: { policyIncorporated: true },
  },
  {
    // Its duties still bind ("Your use of the services must follow these Usage Policies:"); they are this document's own.
    id: 'acceptable-use/policy-own-terms',
    category: 'acceptable-use',
    stance: 'requires',
    when: [POLICY, ADHERE, SELF_POLICY],
    near: 120,
    unless: [DISCLAIMER, NAMES_OTHER_POLICY, /\bprivacy polic/i, /\breport|\bplease\b|\bnotify\b/i, /\bupdates? (?:to|of) (?:this|these|the)\b/i],
    explanation: 'Use must follow this policy.',
    confidence: 0.8,
  },
  {
    id: 'acceptable-use/incorporated-by-reference',
    category: 'acceptable-use',
    stance: 'requires',
    when: [INCORPORATE, /\bpolic(?:y|ies)\b|\baup\b|\buse restrictions\b/i],
    explanation: 'Incorporates a use policy by reference.',
    confidence: 0.85,
    extract: ['policyUrl'],
    facts: { policyIncorporated: true },
  },
  {
    id: 'acceptable-use/policy-definition',
    category: 'acceptable-use',
    stance: 'defines',
    when: [{ defines: 'policy' }],
    explanation: 'Defines the use policy that applies (and where it is published).',
    confidence: 0.85,
    extract: ['policyUrl'],
    facts: { policyIncorporated: true },
  },
  {
    id: 'acceptable-use/use-prohibition',
    category: 'acceptable-use',
    stance: 'prohibits',
    when: [USE_BAN, USER_PROHIBITION],
    near: 70,
    unless: [
      DISCLAIMER,
      LITIGATION,
      THIRD_PARTY_ACCESS,
      /\bdo not need to comply\b/i,
      /\bname and logo\b|\btrademarks?\b|\bmarks?\b|\blogos?\b/i,
      ENDORSEMENT,
      CONSTRUCTION,
      NOT_PROFESSIONAL_ADVICE,
      // Who may use the service at all ("Who is prohibited from using the Service", "… you are prohibited from using
      // our Service."): eligibility, not a use.
      /^\W*who (?:is|are|may) (?:not |prohibited\b)|\bprohibited from (?:using|accessing) (?:our|the) (?:services?|platform|apps?|websites?)\W*$/i,
      // "… you are not allowed to use that Acme product.": whether one may use the product at all, not a use.
      /\b(?:are|is) not (?:allowed|permitted) to (?:use|access) (?:our|the|that|this|any) (?:[\w-]+ ){0,3}(?:services?|products?|platform|features?)\W*$/i,
      // "You may not use our products if you don't meet these age requirements.": eligibility again.
      /\bmay not (?:use|access) (?:our|the|this|these) (?:[\w-]+ ){0,2}(?:services?|products?|platform|apps?|websites?)\b,? if you (?:do not|don[’']t|are not|aren[’']t|are under)\b/i,
      // "… you cannot access the AIs if you are under the age of 13": who may use it at all, however it is named.
      /\b(?:may not|cannot|can not|must not) (?:use|access)\b[^.;]{0,40}\bif you are (?:under|younger than|below)\b/i,
      // "You may not use the Services if you are on a sanctions list" (a list of restricted parties, in an embargoed
      // country): who may use them at all under trade law, not a use of them. Evading sanctions stays a use.
      /\b(?:may not|cannot|can not|must not) (?:use|access)\b[^.;]{0,60}\bif (?:you|your \w+) (?:are|is|were|become|appear)\b(?:[^.;]|\.(?=\S|\s+[a-z])){0,100}\b(?:lists?|sanction(?:s|ed)|embargo(?:ed)?|(?:restricted|denied|prohibited|blocked|designated) (?:parties|party|persons?|entities|entity))\b/i,
      FREEDOM_CONDITION,
      BAN_DENIED,
      // "You may not use the Materials if you do not accept this Agreement": the terms' condition, not a use.
      // Also among other conditions of who may use the service ("If you are not of legal age, do not agree to these
      // Terms, or do not have that authority, you must not access or use the Services").
      /\bif you\b[^.;]{0,60}?\b(?:do not|don[’']t|did not) (?:agree|accept)\b|\bif you are not of (?:legal|the required|the minimum) age\b/i,
      // "Do not use the Models until you have read this Agreement": a call to read the terms first, not a use.
      /\b(?:until|before|unless) you (?:have )?(?:carefully )?(?:read|reviewed|accepted|agreed to)\b/i,
      // "Without the requisite authority you may not accept this Licence on behalf of your employer": who may
      // enter the contract, not a use.
      /\b(?:requisite|legal|necessary) authority\b|\bauthority to bind\b/i,
      // "… will not have their licenses terminated": about the licence, not a use.
      /\bterminat(?:e|es|ed)\b/i,
      LICENCE_SCOPE,
      USERS_OWN_WISH,
      COMMERCIAL_ONLY_BAN,
      TRADE_LAW_ONLY,
      PROHIBITED_POLICY_NAME_ONLY,
    ],
    // Leave to use the provider's brand (“Acme Assets” defined as its names and logos) is no use of the service.
    unlessTerm: ['brand'],
    explanation: 'Prohibits a use.',
    confidence: 0.8,
  },
  {
    id: 'acceptable-use/prohibited-use-phrase',
    category: 'acceptable-use',
    stance: 'prohibits',
    when: [[PROHIBITED_USE_PHRASE, PARTICIPLE_BAN]],
    unless: [DISCLAIMER, LITIGATION, COMMERCIAL_ONLY_BAN, ENDORSEMENT, CONSTRUCTION, LICENCE_SCOPE, NOT_PROFESSIONAL_ADVICE, TRADE_LAW_ONLY, BAN_DENIED],
    explanation: 'Prohibits a use.',
    confidence: 0.8,
  },
  {
    id: 'acceptable-use/no-model-building',
    category: 'acceptable-use',
    stance: 'prohibits',
    // Or the ban joined to what the user agrees to do ("you agree you will use them only for your work and not to train
    // artificial intelligence or machine learning models").
    when: [MODEL_BUILDING, [USER_PROHIBITION, AGREED_AND_NOT_TO]],
    near: 160,
    unless: [DISCLAIMER, LITIGATION],
    explanation: 'Prohibits using the material to build or improve other AI models.',
    confidence: 0.85,
  },
  {
    id: 'acceptable-use/lawful-use',
    category: 'acceptable-use',
    stance: 'requires',
    when: [LAWFUL_USE],
    // "We use User Content to run the Service and comply with applicable law": the provider's own compliance.
    // Nor is encouragement ("We encourage users to … comply with applicable laws") a duty.
    unless: [
      DISCLAIMER,
      /\bmonitor/i,
      /^\W*(?:\d+(?:\.\d+)*\.?\s+)?we (?:generally |may |also |will |only )?(?:use|process|share|disclose|retain|store)\b/i,
      /\bwe (?:strongly )?(?:encourage|recommend|suggest|urge|invite)\b/i,
      // The proviso of a licence to use the licensor's mark ("… a license to use “Acme” (the “Mark”) …, provided that You
      // comply with any applicable laws related to trademark protection"): how to use the mark, not the material.
      /\blaws?\b[^.;]{0,30}\b(?:related|relating|regarding|concerning|with respect) to (?:the protection of )?(?:trade ?marks?|marks?|brands?)\b/i,
    ],
    explanation: 'Use must comply with applicable laws.',
    confidence: 0.8,
  },
  {
    id: 'acceptable-use/export-controls',
    category: 'acceptable-use',
    stance: 'restricts',
    when: [EXPORT],
    unless: [DISCLAIMER],
    explanation: 'Use is subject to export controls and sanctions.',
    confidence: 0.8,
    extract: ['excludedTerritories'],
  },
  {
    id: 'acceptable-use/flow-down',
    category: 'acceptable-use',
    stance: 'requires',
    when: [FLOW_DOWN],
    explanation: 'The use restrictions must be passed on to downstream users and enforced.',
    confidence: 0.85,
  },
  {
    id: 'acceptable-use/remote-restriction',
    category: 'acceptable-use',
    stance: 'restricts',
    when: [REMOTE_RESTRICTION],
    explanation: 'The licensor may restrict usage that breaches the terms.',
    confidence: 0.8,
  },
  {
    id: 'acceptable-use/enforcement',
    category: 'acceptable-use',
    stance: 'restricts',
    when: [ENFORCEMENT],
    explanation: 'Access may be restricted, suspended or ended for violating the use rules.',
    confidence: 0.7,
  },
  {
    id: 'acceptable-use/territory',
    category: 'acceptable-use',
    stance: 'restricts',
    when: [TERRITORY, /\b(?:not|outside|may not|prohibited|embargo)\b/i],
    unless: [/\bif you are located in (?:or|the eea)/i],
    explanation: 'Use is not permitted in some territories{excludedTerritories}.',
    confidence: 0.8,
    extract: ['excludedTerritories'],
  },
  {
    id: 'acceptable-use/territory-limit',
    category: 'acceptable-use',
    stance: 'restricts',
    when: [[NOT_APPLY_IN, OUTSIDE_TERRITORY]],
    unless: [DISCLAIMER],
    explanation: 'The licence does not reach some territories{excludedTerritories}.',
    confidence: 0.8,
    extract: ['excludedTerritories'],
  },
  {
    id: 'acceptable-use/territory-definition',
    category: 'acceptable-use',
    stance: 'defines',
    when: [TERRITORY_DEFINITION],
    explanation: 'Defines the territory the licence is limited to{excludedTerritories}.',
    confidence: 0.8,
    extract: ['excludedTerritories'],
  },
  {
    id: 'acceptable-use/minimum-age',
    category: 'acceptable-use',
    stance: 'restricts',
    when: [MINIMUM_AGE],
    explanation: 'Users must meet a minimum age.',
    confidence: 0.8,
  },
  {
    id: 'acceptable-use/sensitive-data',
    category: 'acceptable-use',
    stance: 'prohibits',
    when: [SENSITIVE_DATA],
    explanation: 'Sensitive or personal data must not be submitted to the service.',
    confidence: 0.75,
  },
  {
    id: 'acceptable-use/policy-exceptions',
    category: 'acceptable-use',
    stance: 'permits',
    when: [POLICY_EXCEPTIONS],
    // The provider departing from its own disclosure policy in an emergency ("We will make an exception to this policy
    // if we believe there is an emergency that may result in imminent physical harm") is no exception to a use policy.
    unless: [/\bemergenc(?:y|ies)\b|\bimminent (?:physical )?harm\b|\bdanger of death\b/i],
    explanation: 'Exceptions to the use policy are possible only with the provider’s permission.',
    confidence: 0.75,
  },
  {
    id: 'acceptable-use/documentation',
    category: 'acceptable-use',
    stance: 'restricts',
    when: [DOCUMENTATION_USE],
    explanation: 'Use is limited to what the documentation allows.',
    confidence: 0.7,
  },
  {
    id: 'acceptable-use/no-safety-bypass',
    category: 'acceptable-use',
    stance: 'prohibits',
    when: [SAFETY_BYPASS],
    explanation: 'Safety measures, filters and usage limits must not be circumvented.',
    confidence: 0.8,
  },
  {
    id: 'acceptable-use/disclose-ai',
    category: 'acceptable-use',
    stance: 'requires',
    when: [DISCLOSE_AI],
    explanation: 'Users of the product must be told they are dealing with an AI system.',
    confidence: 0.75,
  },
  {
    id: 'acceptable-use/high-risk',
    category: 'acceptable-use',
    stance: 'restricts',
    when: [HIGH_RISK],
    explanation: 'Not to be used in high-risk settings such as medical diagnosis.',
    confidence: 0.7,
  },
  {
    id: 'acceptable-use/policy-statement',
    category: 'acceptable-use',
    stance: 'requires',
    when: [POLICY_STATEMENT],
    unless: [DISCLAIMER, /\breport/i],
    explanation: 'States the rules for acceptable use that apply.',
    confidence: 0.7,
  },
  {
    id: 'acceptable-use/named-use-standard',
    category: 'acceptable-use',
    stance: 'requires',
    when: [NAMED_USE_STANDARD],
    unless: [DISCLAIMER, /\bprivacy\b/i, /\b(?:documentation|order form|brand guidelines|trademark)\b/i],
    explanation: 'Use must follow a separately published code of conduct or use terms, which these terms incorporate.',
    confidence: 0.8,
    extract: ['policyUrl'],
    facts: { policyIncorporated: true },
  },
  {
    id: 'acceptable-use/other-terms-apply',
    category: 'acceptable-use',
    stance: 'requires',
    when: [OTHER_TERMS_APPLY],
    explanation: 'Further policies and service terms apply to use and form part of these terms.',
    confidence: 0.7,
    facts: { policyIncorporated: true },
  },
  {
    id: 'acceptable-use/use-case-approval',
    category: 'acceptable-use',
    stance: 'restricts',
    when: [USE_CASE_APPROVAL],
    explanation: 'Each use case must be approved by the provider before use.',
    confidence: 0.75,
  },
  {
    id: 'acceptable-use/terms-gate',
    category: 'acceptable-use',
    stance: 'requires',
    when: [TERMS_GATE],
    explanation: 'Access depends on accepting another licence or policy, whose use terms then apply.',
    confidence: 0.7,
    extract: ['policyUrl'],
    facts: { policyIncorporated: true },
  },
  {
    id: 'acceptable-use/advised-against',
    category: 'acceptable-use',
    stance: 'restricts',
    when: [ADVISED_AGAINST],
    explanation: 'Advises against some uses (a recommendation, not a binding condition).',
    confidence: 0.6,
  },
];

/** A unit that introduces a list of prohibited uses ("You agree not to use the Model … to:"). */
export const PROHIBITED_LIST_INTRO =
  /\bprohibited from\s*:?\s*$|\b(?:you|customer|licensee|licensees|users?|developers?|recipients?)\b[^.;:]{0,40}\b(?:(?:shall|will|must|may)(?: not|n[’']t| never)|cannot|agrees? not to)\b(?:(?:[^.;:]{0,80}\b(?:to|the following)\b\)?)?\s*:|[^.;:]{0,80}\bto)\s*$|\b(?:uses?|activities|purposes|use cases)\b[^.;:]{0,30}\b(?:are|is) (?:strictly )?(?:prohibited|not permitted|not allowed|forbidden)\b|\b(?:(?:shall|will|must|may|can)(?: not|n[’']t| never)|cannot|agrees? not to|prohibited from|not (?:be )?(?:permitted|allowed) to)\b[^.;:]{0,120}\b(?:use|using|access|for)\b|(?<!\bwe )\b(?:do not|don[’']t) (?:use|access|deploy|exploit|employ)\b|\bprohibit(?:s|ed|ions?)?\b[^.;:]{0,60}\b(?:uses?|using|activities|use cases|following)\b|\bmay not be used\b|\bshould not be used (?:for|to|in|as)\b|\bdisallowed\b|\bstrictly prohibited\b|\bnot allowed\b|\bcannot use\b|\bdon[’']t allow\b/i;
