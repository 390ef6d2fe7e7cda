/**
 * What kind of document this is (model licence, use policy, service terms, data terms, open-source licence),
 * from its title and opening and from what the findings say it does.
 */
import type { Finding } from '../clauses/types';
import type { DocumentModel } from '../document/model';
import type { DocumentKind } from './types';

const OPEN_SOURCE =
  /\bapache license\b|\bpermission is hereby granted, free of charge\b|\bredistribution and use in source and binary forms\b|\bgnu (?:lesser |affero )?general public license\b|\bcreative commons\b[^.]{0,80}\bpublic license\b|\bcc0\b|\bmozilla public license\b/i;
const DATA_TERMS = /\bopen data commons\b|\bdatabase (?:contents )?licen[cs]e\b|\bodc[- ](?:by|odbl)\b|\bopen database license\b/i;
const POLICY_TITLE = /\b(?:acceptable|prohibited|permitted|responsible)[- ]use polic(?:y|ies)\b|\busage polic(?:y|ies)\b|\buse polic(?:y|ies)\b|\busage guidelines\b/i;
const SERVICE_TITLE = /\bterms of (?:service|use)\b|\bservices? agreement\b|\bbusiness terms\b|\bservice terms\b|\bcustomer agreement\b|\bapi terms\b/i;
const MODEL_SUBJECT = /\b(?:model weights|trained model|machine[- ]learning model|large language models?|foundation(?:al)? models?|the model\b|models?\b(?= and| or|,))/i;

export interface KindDecision {
  kind: DocumentKind;
  decidedBy: string[];
}

export function classifyDocument(model: DocumentModel, findings: Finding[]): KindDecision {
  const opening = model.text.slice(0, 1500);
  const heading = `${model.title}\n${opening.slice(0, 300)}`;
  const grants = findings.filter((f) => f.category === 'commercial-use' && f.stance === 'permits' && /\/(?:grant|non-commercial-grant)$/.test(f.rule));
  const listed = findings.filter((f) => f.category === 'acceptable-use' && f.stance === 'prohibits');
  const ids = (fs: Finding[]) => fs.slice(0, 3).map((f) => f.id);

  if (POLICY_TITLE.test(heading) && grants.length === 0) return { kind: 'acceptable-use-policy', decidedBy: ids(listed) };
  if (DATA_TERMS.test(opening)) return { kind: 'data-terms', decidedBy: ids(grants) };
  if (OPEN_SOURCE.test(opening)) return { kind: 'open-source-license', decidedBy: ids(grants) };
  const grantsOverModel = grants.filter((g) => MODEL_SUBJECT.test(g.quote) || /\bmaterials\b|\bmodel\b/i.test(g.quote));
  if (SERVICE_TITLE.test(heading) && !/\bmodel\b[^.\n]{0,40}\b(?:licen[cs]e|terms)\b/i.test(heading.replace(/\bmodel api\b/gi, ''))) {
    return { kind: 'service-terms', decidedBy: ids(grants) };
  }
  if (grantsOverModel.length > 0 && MODEL_SUBJECT.test(model.text.slice(0, 20000))) return { kind: 'model-license', decidedBy: ids(grantsOverModel) };
  if (listed.length > 3 && grants.length === 0) return { kind: 'acceptable-use-policy', decidedBy: ids(listed) };
  if (grants.length > 0 && /\blicen[cs]e\b/i.test(heading)) return { kind: 'model-license', decidedBy: ids(grants) };
  return { kind: 'other', decidedBy: [] };
}
