/**
 * Attribution and notices: licence copies, copyright / attribution / change notices, NOTICE files, "Built with"
 * displays, naming prefixes, and bans on removing notices or provenance marks.
 */
import { APPLY_BOILERPLATE } from './commercial-use';
import type { ClauseRule } from './types';

const LICENCE_COPY =
  /\b(?:a )?(?:complete )?copy of,? (?:or [^.;]{0,50}?,? )?(?:this|the) (?:licen[cs]e|agreement|public licen[cs]e)\b|\bthe (?:full )?text of (?:this|the) (?:licen[cs]e|agreement)\b|\btext of, or the uri or hyperlink to\b|\b(?:uri|uniform resource identifier|hyperlink|link) (?:for|to)[^.;]{0,20}\b(?:this|the) (?:licen[cs]e|public licen[cs]e)\b|\balong with the program\b|\bcopy of (?:the|this) [^.;]{0,40}?\blicen[cs]e (?:document|text)\b/i;
/** Handing the licence over, or telling recipients how to get it ("inform recipients … how they can obtain a copy"). */
const GIVE = /\b(?:give|provide|include|accompan|distribut|deliver|supply|pass on|convey|inform|makes? available)/i;
const CHANGE_NOTICE =
  /\bprominent notices? stating\b|\bnotices?\b[^.;]{0,40}\bstating (?:how|when|that|what)\b[^.;]{0,40}\b(?:changed|modified)\b|\bnotices? stating that (?:you|You) (?:changed|modified)\b|\bindicate (?:if|that) you modified\b|\bstate [^.;]{0,40}that you changed\b|\bmarked in reasonable ways as different\b/i;
const RETAIN_NOTICE =
  /\b(?:retain|reproduce|duplicate|keep intact|preserve|include|carry|must display|displays?)\b[^.;]{0,140}\b(?:copyright|attribution|proprietary|legal|licen[cs]e) notices?\b|\b(?:above|this) (?:copyright|permission) notice\b|\b(?:copyright|permission|licen[cs]e) (?:notice|statement)s?\b[^.;]{0,80}\b(?:shall|should|must|will|(?:is|are) to) be (?:included|retained|reproduced|kept)\b|\b(?:retain|reproduce|keep intact|preserve)\b[^.;]{0,40}\b(?:this|these|such|all|any) notices?\b|\bkeep intact all notices\b|\bnotices? that refers? to\b|\b(?:retain|reproduce|keep|preserve|include|carry)\b[^.;]{0,80}\bthe following (?:attribution |copyright )?(?:notice|statement|legend)\b/i;
const NOTICE_FILE = /["“]notice["”] text file|\bnotice text file\b|\bnotice file\b/i;
/** "must display “Built with X”", "shall state “Powered by X” in its user interface": a quoted notice to be shown. */
const DISPLAY =
  /\b(?:prominently )?display(?:s|ing)?\b[^.;]{0,20}["“][^"”]{2,160}["”]|\b(?:must|shall|will|(?:is|are) required to|agrees? to) (?:(?:prominently|conspicuously|clearly) )?(?:state|show|indicate|label|mark)\b[^.;]{0,20}["“][^"”]{2,160}["”]/i;
// "… at the beginning of", or "add 'Acme' to the beginning of" (translated licences), the name.
const NAME_PREFIX = /\b(?:at|to) the (?:beginning|start|front) of [^.;]{0,40}\bnames?\b|\bnames?\b[^.;]{0,60}\b(?:begin|start) with\b/i;
/**
 * Ways of crediting the material besides the word "attribution": naming its source and its author ("indicate the
 * code and model source and author information"), citing it ("must include a citation to the Materials"), keeping the
 * credit it came with ("Redistribution must preserve … the attribution to Acme").
 */
const SOURCE_AND_AUTHOR =
  /\b(?:indicate|state|note|mark|identify|specify|cite|credit|acknowledge)\b[^.;]{0,60}\bsources?\b[^.;]{0,40}\bauthors?\b|\b(?:indicate|state|note|mark|identify|specify|cite|credit|acknowledge)\b[^.;]{0,60}\bauthors?\b[^.;]{0,40}\bsources?\b/i;
const CITATION = /\b(?:include|provide|add|give)\b[^.;]{0,20}\b(?:(?:a|an|the|appropriate|proper|full) )*citations? (?:to|of|for)\b/i;
/** "you must acknowledge the use of the Materials in your publication": crediting them (not "acknowledge that …"). */
const ACKNOWLEDGE_USE =
  /\b(?:must|shall|should|will|agree to|(?:are|is) required to|are asked to) (?:(?:clearly|appropriately|expressly|publicly) )?acknowledge (?:the use of|the source|the authors?|(?:the|its|their) contribution)\b/i;
const KEEP_ATTRIBUTION = /\b(?:include|retain|keep|preserve|reproduce|pass on|maintain)\b[^.;]{0,80}\bthe attributions? (?:to|of)\b/i;
const ATTRIBUTE =
  /\battribute (?:the|it|any|all|such|your|this|that|them)\b|\b(?:include|retain|keep|preserve|reproduce|pass on)\b[^.;]{0,80}\b(?:credit|attribution) (?:information|notices?|statements?|text)\b|(?<!\bnot |\bno |n[’']t )\b(?:requires?|is subject to|are subject to) (?:(?:appropriate|proper|clear|visible) )?(?:attribution|credit to)\b|\b(?:provide|give|include|retain|reasonable|appropriate|required|requirements? for|notices? of) attribution\b|\battribution (?:notices?|requirements?|statements?|text|and notices)\b|\b(?:is|are) attributed to\b|\bgive (?:appropriate )?credit\b|\bcredit (?:must|shall) be given\b|\b(?:must|shall) (?:cite|credit)\b|\bidentification of the creator|\bappropriate legal notices\b|\bauthor attributions?\b|\bdesignated to receive attribution\b|\bcredits? [^.;]{0,40}\bas (?:the )?(?:source|author|creator|originator)\b|\bprovided that you (?:cite|credit|acknowledge)\b|\b(?:not|never|prohibited from)\b[^.;]{0,80}\bwithout (?:(?:clearly|properly|expressly|prominently|appropriately) )?(?:citing|crediting|attributing|acknowledging)\b|\b(?:state|indicate|disclose|acknowledge)\b[^.;]{0,60}\bthat (?:it|they|the [\w -]{1,30}) (?:is|are) (?:derived|based) (?:from|on)\b|\bprominent notices?\b[^.;]{0,60}\bthat\b[^.;]{0,60}\b(?:(?:is|are) used in|(?:is|are) covered by|(?:is|are) (?:released|licensed) under)\b/i;
const REMOVE_NOTICE =
  /\b(?:remov(?:e|es|ing)|alter(?:s|ing)?|obscur(?:e|es|ing)|tamper(?:s|ing)? with|modif(?:y|ies|ying)|strip(?:s|ping)?)\b[^.;]{0,40}\b(?:(?:copyright|proprietary|attribution|legal|licen[cs]e|other) notices?|watermarks?|provenance)\b|\b(?:remov(?:e|es|ing)|delet(?:e|es|ing)|strip(?:s|ping)?)\b[^.;]{0,30}\b(?:references?|mentions?) (?:to|of) (?:the|this|that|any|such|its|their) (?:[\w-]+ )?licen[cs]es?\b|\bwithout preserving\b[^.;]{0,40}\b(?:watermarks?|labels?|notices?|provenance)/i;
const OUTPUT_NOTICE = /\bnotice (?:associated with|reasonably calculated|indicating where)\b|\bstatement of the additional terms\b/i;
const TRADEMARK_FOR_NOTICE =
  /\b(?:trade ?marks?|marks?|trade names?)\b[^.]{0,200}\b(?:reproducing the content of the notice|describing the origin|notice requirements|solely as required to comply with)/i;
const ATTRIBUTION_LICENCE =
  /(?:\b(?:licen[cs]ed under|distribute[sd]? [^.;]{0,60}under|released under|available under|(?:provided|offered|published) under|falls? under)\b|\blicen[cs]e\s*:)(?:[^.;]|\.(?=\d)){0,40}\b(?:cc[- ]?by(?![- ]?nc[- ]?nd)|creative commons attribution|odc[- ]?by|open data commons attribution|apache|mit licen|bsd)/i;
const ENDORSEMENT = /\b(?:endorse|endorsed|endorsement|sponsor|promote products derived)\b/i;

export const ATTRIBUTION_RULES: ClauseRule[] = [
  {
    id: 'attribution/licence-copy',
    category: 'attribution',
    stance: 'requires',
    when: [LICENCE_COPY, GIVE],
    explanation: 'Recipients must be given a copy of (or link to) the licence.',
    confidence: 0.9,
  },
  {
    id: 'attribution/change-notice',
    category: 'attribution',
    stance: 'requires',
    when: [CHANGE_NOTICE],
    explanation: 'Modified files or works must say that they were changed.',
    confidence: 0.9,
  },
  {
    id: 'attribution/retain-notices',
    category: 'attribution',
    stance: 'requires',
    when: [RETAIN_NOTICE],
    unless: [ENDORSEMENT],
    explanation: 'Copyright, licence and attribution notices must be kept in copies.',
    confidence: 0.9,
    extract: ['noticeText'],
  },
  {
    id: 'attribution/notice-file',
    category: 'attribution',
    stance: 'requires',
    when: [NOTICE_FILE],
    explanation: 'A NOTICE file with the stated attribution must accompany distributions.',
    confidence: 0.9,
    extract: ['noticeText'],
  },
  {
    id: 'attribution/display-notice',
    category: 'attribution',
    stance: 'requires',
    when: [DISPLAY],
    explanation: 'A notice such as "{noticeText}" must be displayed with products built on the material.',
    confidence: 0.9,
    extract: ['noticeText'],
  },
  {
    id: 'attribution/name-prefix',
    category: 'attribution',
    stance: 'requires',
    when: [NAME_PREFIX],
    explanation: 'Derived models must carry "{namePrefix}" at the beginning of their name.',
    confidence: 0.9,
    extract: ['namePrefix'],
  },
  {
    id: 'attribution/attribution-duty',
    category: 'attribution',
    stance: 'requires',
    when: [[ATTRIBUTE, SOURCE_AND_AUTHOR, CITATION, KEEP_ATTRIBUTION, ACKNOWLEDGE_USE]],
    // "Give credit where credit is due" is a saying about fairness, not a duty to credit anyone.
    unless: [
      ENDORSEMENT,
      /\bas provided in section\b/i,
      /\bdesignated to receive attribution as\b/i,
      /\bcredit where (?:credit|it) is due\b|\bcredit where it[’']s due\b/i,
      // Crediting the reader ("With your permission, attribute your name and contribution on any public disclosure we
      // make", an item of what the provider "will" do) is the provider's promise; a duty credits someone else.
      /\bwith your (?:permission|consent)\b[^.;]{0,40}\battribute\b|\battribute your (?:name|contributions?|findings|report)\b/i,
    ],
    explanation: 'Requires attribution of the material or its authors.',
    confidence: 0.8,
  },
  {
    id: 'attribution/no-removal',
    category: 'attribution',
    stance: 'prohibits',
    when: [REMOVE_NOTICE],
    unless: [/\bwithout (?:prior )?notice\b/i],
    explanation: 'Notices, watermarks or provenance marks must not be removed or altered.',
    confidence: 0.85,
  },
  {
    id: 'attribution/output-notice',
    category: 'attribution',
    stance: 'requires',
    when: [OUTPUT_NOTICE],
    explanation: 'A notice must accompany works made with the material.',
    confidence: 0.8,
  },
  {
    id: 'attribution/trademark-for-notice',
    category: 'attribution',
    stance: 'permits',
    when: [TRADEMARK_FOR_NOTICE],
    explanation: 'The licensor’s name or mark may be used only as the attribution and notice duties require.',
    confidence: 0.7,
  },
  {
    id: 'attribution/attribution-licence',
    category: 'attribution',
    stance: 'requires',
    when: [ATTRIBUTION_LICENCE],
    unless: [APPLY_BOILERPLATE],
    explanation: 'Released under an open licence that requires attribution.',
    confidence: 0.75,
  },
];
