/**
 * What kind of document this is (model licence, use policy, service terms, data terms, open-source licence),
 * from its title and opening and from what the findings say it does.
 */
import type { Finding } from '../clauses/types';
import type { DocumentModel } from '../document/model';
import type { DocumentKind } from './types';

const OPEN_SOURCE =
  /\bapache license\b|\bpermission is hereby granted, free of charge\b|\bredistribution and use in source and binary forms\b|\bgnu (?:lesser |library |affero )?general public license\b|\bgnu free documentation license\b|\bartistic license\b|\bcreative commons (?:attribution|legal ?code|corporation|cc0)\b|\bcreative commons\b[^.]{0,80}\bpublic licen[cs]e\b|\bcc0\b|\bmozilla public license\b/i;
/**
 * An open licence for software that goes by no name above: it lets anyone give copies away (free software, open
 * source, freely available) and speaks of the program in its source and compiled forms.
 */
/**
 * A statement that something is released under an open licence ("Licensed under the Apache License", "released under
 * a Creative Commons Attribution 4.0 licence") points to that licence; a README or card that says so is not it.
 */
const LICENCE_POINTER =
  /\b(?:licen[cs]ed|released|available|distributed|made available|provided|published|shared) under (?:the |a |an )?(?:terms of (?:the |a )?)?(?:apache license|creative commons (?:attribution|cc0)[^.;]{0,80})/gi;
const FREE_TO_SHARE = /\bgive (?:it |them |copies )?away\b|\bfreely (?:available|redistributable|distributable)\b|\bfree software\b|\bopen[- ]source (?:software|licen[cs]e|initiative)\b/i;
const SOURCE_FORM = /\bsource (?:code|form)s?\b/i;
const COMPILED_FORM = /\b(?:object code|executables?|executable form|binary forms?|binaries|compiled form)\b/i;
const DATA_TERMS =
  /\bopen data commons\b|\buse of data agreement\b|\bdata (?:sharing|use) agreement\b|\bdatabase (?:contents )?licen[cs]e\b|\bopen database licen[cs]e\b|\bthis database\b|\bdata(?:set)? licen[cs]e(?: agreement)?\b|\bdata (?:provider|recipient)s?\b/i;
// "Generative AI User Guidelines", "Community Guidelines": the rules for users' conduct, a use policy by another name.
const POLICY_TITLE =
  /\b(?:acceptable|prohibited|permitted|responsible)[- ]use polic(?:y|ies)\b|\busage polic(?:y|ies)\b|\buse polic(?:y|ies)\b|\b(?:usage|user|community) guidelines\b/i;
/**
 * Terms that name themselves in their opening ("These Terms of Service (“Terms”) apply when you …"), or any named
 * Terms that say they are the agreement with the provider ("These Acme Service Credit Terms (“Terms”) are an
 * agreement between you and Acme").
 */
// A programme's or product's name may join words with small ones ("these Access to Experiment with Acme Program
// Additional Terms of Service"); named Terms that supplement or govern the use of a service ("These Acme Reader Terms
// (“Reader Terms”) supplement the Acme Terms of Service", "These Additional Terms govern your use of …") are terms too.
const SELF_NAMED_TERMS =
  /\b[Tt]hese (?:(?:[A-Z][\w-]*|to|with|of|for|and) ){0,8}(?:Terms of (?:Service|Use)|terms of (?:service|use))\b|\b[Tt]hese (?:[A-Z][\w-]* ){1,4}Terms\b[^.]{0,40}\b(?:are|form|constitute) (?:an? |the )?(?:binding |legal )?(?:agreement|contract) between\b|\b[Tt]hese (?:[A-Z][\w-]* ){1,4}Terms\b(?: \([^()]{0,60}\))? (?:supplement|govern|appl(?:y|ies) to)\b/;
/** A title naming a licence over a model ("Model Weights License", "Acme AI Model License Agreement"). */
const MODEL_LICENCE_TITLE = /\b(?:models?|weights)\b[^\n]{0,40}\b(?:licen[cs]e|agreement)\b/i;
const SERVICE_TITLE = /\bterms of (?:service|use)\b|\bterms for (?:[\w-]+ ){0,3}(?:products?|services?|features)\b|\bproduct terms\b|\bservices? agreement\b|\bbusiness terms\b|\bservice terms\b|\bcustomer agreement\b|\bapi terms\b|\b(?:app |api |platform )?developer terms\b/i;
/**
 * What a model licence licenses: weights, a model's parameters, checkpoints, derivatives of a model. Parameters
 * alone are not enough: software licences speak of "numerical parameters" of an interface.
 */
const MODEL_MATERIAL = /\b(?:model weights|trained (?:model )?weights|weights|(?:pre-?)?trained (?:ai |machine[- ]learning )?models?|(?:model|learnt|learned|trained|network) parameters|checkpoints?|model derivatives|derivatives of the model|machine[- ]learning models?|large language models?|foundation(?:al)? models?)\b/i;
/**
 * The sections of a model or dataset card (Mitchell et al.; the Hugging Face templates): a card describes the
 * material, and its list of out-of-scope or misuse cases does not make it a use policy.
 */
const CARD_SECTION =
  /^(?:(?:model|dataset|data) (?:card|details|description|summary|sources|structure|architecture)|(?:intended|direct|downstream|out[- ]of[- ]scope|evaluated) uses?(?: cases)?|limitations(?: and bias(?:es)?)?|bias(?:,? risks,? and limitations)?|training (?:data|details|procedure)|evaluation(?: results| data)?|environmental impact|citation)\b/i;
const LICENCE_ACTS = /\b(?:reproduce|distribute|redistribute|modify|create derivative works|make modifications|sublicense)\b/i;
const GRANT_RULES = /\/(?:grant|non-commercial-grant|permission)$/;

export interface KindDecision {
  kind: DocumentKind;
  decidedBy: string[];
}

/** The document's title as printed: its file title and its first heading or short opening line. */
function titleOf(model: DocumentModel): string {
  const first = model.blocks[0];
  const firstText = first ? model.text.slice(first.start, first.end) : '';
  const heading = model.blocks.find((b) => b.kind === 'heading');
  const headingText = heading ? model.text.slice(heading.start, heading.end) : '';
  return [model.title, firstText.length <= 160 ? firstText : '', headingText.length <= 160 ? headingText : ''].join('\n');
}

export function classifyDocument(model: DocumentModel, findings: Finding[]): KindDecision {
  const title = titleOf(model);
  const opening = model.text.slice(0, 4000).replace(LICENCE_POINTER, ' ');
  const grants = findings.filter((f) => f.category === 'commercial-use' && GRANT_RULES.test(f.rule));
  const listed = findings.filter((f) => f.category === 'acceptable-use' && f.stance === 'prohibits');
  const ids = (fs: Finding[]) => fs.slice(0, 3).map((f) => f.id);
  // A licence over material grants the copyright acts (reproduce, modify, distribute); service terms grant access.
  const grantsOverModel = grants.filter((g) => LICENCE_ACTS.test(g.quote));
  const modelDocument = MODEL_MATERIAL.test(model.text.slice(0, 30000));

  // A use policy may allow some uses ("You may use public data for research"); only a licence grant makes it a licence.
  const licenceGrants = grants.filter((g) => !g.rule.endsWith('/permission'));
  if (POLICY_TITLE.test(title) && licenceGrants.length === 0) return { kind: 'acceptable-use-policy', decidedBy: ids(listed) };
  if (OPEN_SOURCE.test(opening) && !modelDocument) return { kind: 'open-source-license', decidedBy: ids(grants) };
  if (DATA_TERMS.test(title) || (DATA_TERMS.test(opening) && /\bdatabase\b/i.test(grants.map((g) => g.quote).join(' ')))) {
    return { kind: 'data-terms', decidedBy: ids(grants) };
  }
  // A licence over model weights is a model licence even when it calls itself "Terms of Use" (Gemma).
  if (grantsOverModel.length > 0 && modelDocument) return { kind: 'model-license', decidedBy: ids(grantsOverModel) };
  // Terms whose printed title is lost (a region note above it, the name in a paragraph) still name themselves.
  if (SERVICE_TITLE.test(title) || SELF_NAMED_TERMS.test(opening.slice(0, 3000))) return { kind: 'service-terms', decidedBy: ids(grants) };
  if (OPEN_SOURCE.test(opening)) return { kind: 'open-source-license', decidedBy: ids(grants) };
  if (!modelDocument && grants.length > 0 && FREE_TO_SHARE.test(model.text) && SOURCE_FORM.test(model.text) && COMPILED_FORM.test(model.text)) {
    return { kind: 'open-source-license', decidedBy: ids(grants) };
  }
  // A licence over model weights whose grant sits in another document ("Subject to the separate MODEL LICENSE") is
  // still a model licence, however many uses it bans.
  if (MODEL_LICENCE_TITLE.test(title) && modelDocument && !isCard(model)) return { kind: 'model-license', decidedBy: ids(grants) };
  if (listed.length > 3 && grants.length === 0 && !isCard(model)) return { kind: 'acceptable-use-policy', decidedBy: ids(listed) };
  if (grants.length > 0 && /\blicen[cs]e\b/i.test(title)) return { kind: 'model-license', decidedBy: ids(grants) };
  return { kind: 'other', decidedBy: [] };
}

/** At least two headings name sections of a model or dataset card. */
function isCard(model: DocumentModel): boolean {
  let sections = 0;
  for (const b of model.blocks) {
    if (b.kind !== 'heading') continue;
    if (CARD_SECTION.test(model.text.slice(b.start, b.end).replace(/^[\W\d]+/, '')) && ++sections >= 2) return true;
  }
  return false;
}
