/**
 * Building blocks of legal language shared by the rule tables. Patterns are case-insensitive, anchored on word
 * boundaries, and use only bounded gaps ("[^.;]{0,80}") so that matching stays linear in the text's length.
 */

/** A duty: "shall", "must", "will", "agree to", "is required to". */
export const DUTY = /\b(?:shall|must|will|agrees? to|(?:is|are) required to|(?:is|are) obliged to|(?:is|are) responsible for)\b/i;

/** A prohibition: "shall not", "may not", "must not", "will not", "cannot", "agree not to", "prohibited". */
export const PROHIBITION =
  /\b(?:(?:shall|will|must|may|can)(?: not|n[’']t)|cannot|can not|won[’']t|agrees? not to|agrees? that (?:you|it) will not|(?:is|are) not (?:permitted|allowed|authori[sz]ed)|(?:is|are) prohibited|prohibit(?:s|ed)?|forbid(?:s|den)?|not allowed to)\b|^\W*(?:\(?[a-z0-9]{1,4}[.)]\s+)?(?:do not|don[’']t|never)\b/i;

/**
 * A prohibition addressed to the user (or an imperative "Do not …"): "you will not", "Customer may not",
 * "users are prohibited from". A provider promising not to do something ("OpenAI will not use …") is not one.
 */
export const USER_PROHIBITION =
  /\b(?:you|customer|licensee|licensees|users?|end users|developers?|recipients?|company)\b[^.;:,]{0,40}?\b(?:(?:shall|will|must|may|can|should)(?: not|n[’']t)|cannot|can not|agrees? not to|(?:are|is) (?:prohibited|not (?:permitted|allowed))|not allowed)\b|^\W*(?:(?:or|and)\s+)?(?:\(?[a-z0-9]{1,4}[.)]\s+)?(?:do not|don[’']t|never|not)\b|\bprohibit(?:s|ed)?\b|\bmay not be used\b|\bstrictly prohibited\b|\bdisallowed\b/i;

/** Uses of the licensed material (verbs). */
export const USE_VERB = /\b(?:use|using|access|accessing|exploit|deploy|run|operate|employ)\b/i;

/**
 * What an AI model or service generates. Defined terms tagged "output" also count (see definitions.ts). Content one
 * "receives from the AI services" and "data from the AI services" are its outputs, named without the word.
 */
export const OUTPUT =
  /\b(?:outputs?|generations|generated (?:content|outputs?|text|images?|media|data|works?|material)|(?:ai|machine)[- ]generated|content (?:you|that you) generate|(?:content|material|text|images?|media) (?:that is |which is )?(?:generated|produced|created) (?:by|with|through|using|from)(?: (?:your|the|any) use of)? (?:the |our |this )?(?:models?|services?|apis?|software|materials?|tools?)|(?:the|any|such) content (?:generated|produced)\b|synthetic data|completions|output or results|results of the (?:model|services?|software|materials)|(?:content|material|data)\b[^.;]{0,80}?\breceived? from (?:the |our |this )?(?:ai|generative ai) (?:services?|models?|features?|systems?|tools?)|(?:data|content|material) (?:generated |obtained )?from (?:the |our )(?:ai|generative ai) (?:services?|models?|features?|systems?|tools?))\b/i;

/** Doing something with outputs (the output is the object): "use Output to …", "extracting … Output", "distribute Outputs". */
export const OUTPUT_AS_OBJECT =
  /\b(?:us(?:e|es|ed|ing)|exploit(?:ing)?|extract(?:ing)?|distribut(?:e|ing)|shar(?:e|ing)|publish(?:ing)?|sell(?:ing)?|pass(?:ing)? off|incorporat(?:e|ing)|access(?:ing)?|mak(?:e|ing) available|post(?:ing)?|disclos(?:e|ed|ing)|remov(?:e|ing)|alter(?:ing)?|obscur(?:e|ing)|tamper(?:ing)? with)\b[^.;]{0,60}\b(?:outputs?|generations|generated content|synthetic data|completions)\b|\b(?:outputs?|generations|synthetic data)\b[^.;]{0,40}\b(?:to (?:train|develop|improve|create)|must not be used|may not be used|for commercial purposes)\b/i;

/** Ownership and rights in something. */
export const OWNERSHIP =
  /\b(?:own|owns|owned|owner|ownership|right,? title,? and interest|title to|assigns?|assignment|claims? no (?:rights?|ownership)|(?:does|do|will) not claim|ip rights|intellectual property rights? in)\b/i;

/** Training, improving or building models. */
export const MODEL_BUILDING =
  // "the Trained Models" names the material, it does not train anything: "trained" directly before "model" is not an act.
  // Nor is creating "derivative works of the Model" building another model: it derives from the licensed one.
  /\b(?:train(?:s|ing)?\b|trained\b(?! (?:(?:ai|language|machine[- ]learning|neural[- ]network) )?models?\b)|fine[- ]?tun(?:e|es|ed|ing)|improve|improving|distil(?:l|ls|led|ling)?|develop(?:s|ing)?|creat(?:e|ing)(?! (?:any )?derivative works? (?:of|from|based (?:up)?on) (?:the|this|such) (?:[A-Z][\w.-]* )?models?\b)|build(?:ing)?|enhance|benchmark)\b[^.;]{0,80}\b(?:(?:ai|language|foundation(?:al)?|generative|machine[- ]learning|competing|other)?\s?models?|llms?|ai (?:technology|technologies|systems?)|(?:artificial intelligence|machine[- ]learning) (?:systems?|algorithms?|technology|technologies))\b/i;

/** The user side of an agreement as a subject. */
export const USER_PARTY = /\b(?:you|your|licensee|customer|users?|end users?|recipients?|developers?|company)\b/i;

/** Words of disclaimers and liability caps: a passage about them is not about the subject matter it lists. */
export const DISCLAIMER =
  /["“]as[- ]is["”]|\bas[- ]is basis\b|\bprovided as[- ]is\b|\b(?:without warrant(?:y|ies)|warrant(?:y|ies) of any kind|no (?:representations? (?:or|and) )?warrant(?:y|ies)|disclaims?|liable|liability|indemnif(?:y|ies|ication)|hold harmless|damages)\b/i;

/** Litigation triggers ("if you institute litigation … alleging that … outputs … infringe"). */
export const LITIGATION = /\b(?:litigation|lawsuit|proceedings?|cross-claim|counterclaim|alleging)\b/i;

/** Use policies by name. */
export const USE_POLICY =
  /\b(?:acceptable use polic(?:y|ies)|(?:prohibited|permitted|responsible|fair)[- ]use polic(?:y|ies)|usage polic(?:y|ies)|use polic(?:y|ies)|content polic(?:y|ies)|usage guidelines|use restrictions|aup)\b/i;

/**
 * A grant of a licence or right to the user. The gap may hold a section number ("revocable (as stated in Section
 * 2.1) license"): a full stop between digits does not end the sentence. A licensor that "hereby waives any claim of
 * ownership" in outputs disclaims them; it grants nothing.
 */
export const GRANT =
  /\b(?:(?:hereby )?grants\b(?:[^.;]|\.(?=\d)){0,200}\b(?:licen[cs]e|right|permission)|\b(?:hereby )?grant (?:to )?(?:you|licensee|customer|each|any|all)\b(?:[^.;]|\.(?=\d)){0,200}\b(?:licen[cs]e|right|permission)|\b(?:gives?|grants?) (?:to )?(?:you|licensee|customer|users?) (?:(?:a|the)\s+)?(?:(?:non-exclusive|limited|revocable|personal),?\s+)*permission to (?:access|use)\b|(?:you|licensee) (?:are|is) (?:hereby )?granted|permission is hereby granted|(?:are|is) (?:hereby )?permitted provided|hereby (?:waives(?! (?:any|all) (?:claims?|ownership)\b)|licenses))/i;

/**
 * Permissive "you may …" for acts a licence would grant ("You may view, use, copy … the Materials"), and the same leave
 * given as a freedom ("You are free to use, copy, modify, and share the Models").
 */
export const MAY_USE =
  /\b(?:you|licensee|customer|(?:a|the|any|each) (?:data )?recipient) (?:may|(?:are|is) (?:hereby )?free to) (?:(?:freely|also|continue to) )?(?:(?:view|copy|reproduce|download|install|display)(?:,|,? and(?:\/or)?|,? or) ){0,3}(?:access|use|host|make|run|propagate|convey|charge|sell|incorporate|integrate)\b(?! to\b)|\b(?:you|licensee|customer) may,\s+on an? [^.;]{0,120}?\bbasis\b[^.;]{0,80}?\b(?:access|use)\b(?! to\b)/i;

/** What is "not subject to" a restriction ("Generated outputs are not subject to the NonCommercial restriction") is freed by it. */
export const NOT_SUBJECT_TO_RESTRICTION = /\b(?:is|are) not subject to\b[^.;]{0,60}\b(?:non-?commercial|restrictions?|limitations?)\b/i;

/**
 * A law named by its place, as an adjective or a name ("Irish law will govern", "California law applies", "New York
 * law shall govern"); a kind of law at the start of a sentence ("Applicable law applies", "Consumer law will apply")
 * names no place.
 */
const NOT_A_PLACE =
  '(?!(?:Applicable|Governing|Local|Mandatory|Such|This|That|These|Any|The|Your|Our|Its|Their|Other|Relevant|Consumer|Statutory|Contract|Copyright|Patent|Trademark|Data|Privacy|Export|Competition|Criminal|Civil|Common|Case|Trade|Tax|Labou?r|Employment|Intellectual|International|Domestic|Foreign|Current|Existing|National|Federal|State|Public|Private|Sanctions?|Terms?|Agreement|Policy|Section|Services?|Licen[cs]e|Under|In|By)\\b)';
const LAW_PLACE = `(?:${NOT_A_PLACE}[A-Z][a-z]+ ){0,2}${NOT_A_PLACE}[A-Z][a-z]+`;
export const LAW_BY_ADJECTIVE = new RegExp(`\\b(${LAW_PLACE}) law (?:will |shall |does |)(?:appl(?:y|ies)|govern(?:s)?)\\b`);
/** "governed by California law", "construed under English law". */
export const GOVERNED_BY_PLACE_LAW = new RegExp(`\\b(?:governed|construed|interpreted) (?:by|under|in accordance with) (?:the )?(${LAW_PLACE}) laws?\\b`);

/**
 * Advice that turns on the user's own wishes ("Do not share information that you don't want the AI to retain", "If
 * you do not want your outputs used for training, do not use Preview Models"): a choice left to the user, not a ban.
 */
export const USERS_OWN_WISH = /\b(?:you|you['’]d|you would) (?:do not|don['’]t|not) (?:want|wish)\b|\bif you (?:prefer|would rather)\b/i;

